"""Tenth pass (seventh session), from the opened lead sets 20-25 and the PLOVER dev misses: a
threat whose subject is a thing is no party's threat, a charge that names its doer tells the
act it charges, a sentence the parser rooted on a noun still tells its one verb, and a verb
joined to an infinitive shares what governs it."""

from __future__ import annotations

import pytest

from dateline import events

from .conftest import check_sets
from .conftest import pipeline_events as _events
from .conftest import pipeline_types as _types


def test_a_thing_that_threatens_is_no_threat() -> None:
    assert _types("Rising food prices threaten the stability of the region.") == []
    # ... also when the subject is shared with an earlier verb
    text = "Analysts fear high oil prices could erode demand and threaten the recovery."
    assert _types(text) == []


def test_a_party_that_threatens_still_threatens() -> None:
    assert _types("Iran threatened on Sunday to close the Strait of Hormuz.") == ["THREATEN"]
    text = "The rebels attacked the town on Monday and threatened to kill the mayor."
    assert _types(text) == ["ASSAULT", "THREATEN"]


def test_a_charge_that_names_its_doer_tells_the_act() -> None:
    text = "Amnesty International charged on Tuesday that Syrian troops are torturing detainees."
    assert _types(text) == ["ACCUSE", "ASSAULT"]
    torture = next(e for e in _events(text) if e.type == "ASSAULT")
    assert {p.country for p in torture.actors} == {"SYR"}


def test_a_charge_of_no_act_is_one_accusation() -> None:
    assert _types("Amnesty International charged on Tuesday that the new law is unfair.") == [
        "ACCUSE"
    ]


def test_a_verb_the_parser_hung_on_the_subject_is_the_news() -> None:
    # the parser roots this sentence on "Doctors" and hangs "donated" on "groups" as a clause
    text = (
        "Doctors from two American aid groups donated and personally delivered $50,000 worth"
        " of goods to Baghdad University Medical School."
    )
    (aid,) = _events(text)
    assert events.plover_type(aid) == "AID"
    # with objects of its own the participle is no passive: its noun gives, not receives
    assert {p.country for p in aid.actors} == {"USA"}
    assert not aid.recipients or "USA" not in {p.country for p in aid.recipients}


def test_a_reduced_passive_still_undergoes_its_act() -> None:
    (killing,) = [e for e in _events("A journalist killed in Misrata was buried on Friday.")]
    assert killing.type == "ASSAULT"
    assert [p.name for p in killing.recipients] == ["journalist"]


def test_a_verb_joined_to_an_infinitive_is_what_the_call_asks() -> None:
    text = "The Arab League called on its members to unite and mobilize against the regime."
    assert _types(text) == ["REQUEST"]
    text = "The militia refused to allow planes to land and evacuate the wounded, the UN said."
    assert _types(text) == ["REJECT"]


def test_a_past_tense_joined_by_a_misparse_stays_an_act() -> None:
    # "closed" is a past tense: the parser joined it to the infinitive, but it is no purpose
    text = (
        "Sudan has deployed troops at the border to prevent arms smuggling and closed the"
        " Libyan consulate in the region, an official said."
    )
    assert _types(text) == ["MOBILIZE", "SANCTION"]


def test_a_person_who_threatens_is_no_danger() -> None:
    # nobody named but a title: the threat is still an act
    assert _types("The minister threatened to resign on Monday.") == ["THREATEN"]


def test_a_group_with_no_country_takes_the_country_where_it_is_hit() -> None:
    # CAMEO coders code "protesters" shot in Deraa as Syrian (SYRCVL); the actors stage alone
    # cannot know it, the places stage can
    (shooting,) = _events("Snipers shot dead three protesters in Deraa on Friday.")
    assert {p.country for p in shooting.recipients} == {"SYR"}
    (arrest,) = _events("Police arrested dozens of protesters in Cairo on Friday.")
    assert {p.country for p in arrest.actors} == {"EGY"}
    assert {p.country for p in arrest.recipients} == {"EGY"}


def test_a_meeting_venue_gives_its_parties_no_country() -> None:
    text = "Western and Arab nations met in Abu Dhabi on Thursday to discuss Libya."
    meeting = next(e for e in _events(text) if e.type == "CONSULT")
    assert "ARE" not in {p.country for p in meeting.actors}


def test_snipers_are_a_military_group() -> None:
    (shooting,) = _events("Syrian snipers shot dead three protesters on Friday.")
    assert [(p.country, p.sector) for p in shooting.actors] == [("SYR", "MIL")]


def test_a_device_that_allows_is_no_concession() -> None:
    text = "The service allows people without an internet connection to leave a message."
    assert _types(text) == []
    assert _types("The government allowed journalists to enter Homs on Monday.") == ["CONCEDE"]


def test_should_have_judges_the_past_and_asks_nothing() -> None:
    text = "The test readings should have alerted the crew to the leak, the engineer said."
    assert _types(text) == []
    assert _types("Syria must withdraw its troops from Lebanon, the minister said.") == ["REQUEST"]


def test_a_statement_judging_a_decision_is_criticism() -> None:
    assert _types("Russia said on Monday that the resolution was one-sided.") == ["ACCUSE"]
    text = "Egypt's order to cull all the country's pigs is a real mistake, a U.N. agency said."
    (criticism,) = _events(text)
    assert criticism.type == "ACCUSE"
    assert {p.country for p in criticism.recipients} == {"EGY"}
    # a judgement of a thing nobody did is no criticism
    assert _types("The minister said the weather was ridiculous.") == []


def test_a_pronoun_in_a_when_clause_is_the_clause_s_subject_not_the_source() -> None:
    text = (
        "Two Palestinian suicide bombers killed 23 people late Sunday when they blew"
        " themselves up in Tel Aviv, police said."
    )
    # one attack, told twice, by the bombers (not by the police who report it)
    (attack,) = _events(text)
    assert {p.country for p in attack.actors} == {"PSE"}
    assert "police" not in {p.name for p in attack.actors}


def test_a_death_an_accident_caused_is_no_attack() -> None:
    assert (
        _types("A plane of the Red Arrows display team crashed on Saturday, killing the pilot.")
        == []
    )
    assert _types("Helicopter crashes into crane on London tower, kills two.") == []
    assert _types("The storm killed 12 people in Florida on Monday.") == []
    # ... unlike a plane brought down, or a bomb
    assert _types("Rebels shot down a helicopter on Monday, killing two pilots.") == ["ASSAULT"]
    assert _types("A car bomb killed 12 people in Baghdad on Monday.") == ["ASSAULT"]


def test_a_fight_against_a_social_ill_is_no_attack() -> None:
    assert _types("The government launched a fight against corruption on Monday.") == []
    assert _types("BP's battle to contain the spill goes on.") == []
    assert _types("The army is battling the insurgents in the north.") == ["ASSAULT"]


def test_defending_someone_s_conduct_is_support_and_defending_a_town_is_not() -> None:
    text = "Ham defended the work of NATO in the face of criticism by the rebels."
    assert "SUPPORT" in _types(text)
    assert _types("Rebels defended the town against Gaddafi's forces on Monday.") != ["SUPPORT"]


def test_handcuffing_is_an_arrest() -> None:
    assert _types("Police beat and handcuffed the activist in Cairo on Monday.") == [
        "ASSAULT",
        "COERCE",
    ]


def test_a_date_is_no_word_that_changes_a_verb_s_sense() -> None:
    # non_events.tsv has (seize, on) for "seized on the remarks"; "on Monday" only dates it
    text = "The government said its forces had seized the airport on Monday."
    assert _types(text) == ["ASSAULT"]
    assert _types("The opposition seized on the remarks of the minister.") == []


def test_an_adjective_the_tagger_read_where_a_noun_stands_is_a_noun() -> None:
    # the tagger reads "offensive" in "a ground offensive" as an adjective
    text = (
        "The fate of the quarter remains unclear after government troops launched a ground"
        " offensive on rebels."
    )
    assert _types(text) == ["ASSAULT"]
    assert _types("The remarks were offensive, the minister said on Monday.") == []


def test_a_past_passive_relative_clause_keeps_its_own_tense() -> None:
    text = "A woman who was dragged away by police in Tripoli will be seen by doctors this week."
    dragging = next(e for e in _events(text) if e.evidence.trigger.startswith("dragged"))
    assert dragging.type == "COERCE"
    assert dragging.status == "occurred"


# Narrowed after a reviewer read every changed event on 8,000 + 8,800 random T17 sentences.


def test_a_transcript_speaker_or_a_participle_is_no_verbless_sentence() -> None:
    assert _types("CAMERON: We held weekly meetings with the opposition groups.") == []
    assert _types("Jets enforcing the no-fly zone over Libya.") == []
    assert _types("Syria crisis: UN report condemns crackdown on protests") == ["ACCUSE"]


def test_a_pronoun_takes_a_clause_s_subject_only_when_it_fits() -> None:
    # "he" is not the police: the old reading (nobody, or the source) stays
    text = "Police arrested the man after he attacked a checkpoint in Cairo, officials said."
    attack = next(e for e in _events(text) if e.evidence.trigger == "attacked")
    assert not {p.sector for p in attack.actors} & {"POL", "GOV"}
    # "if" opens a condition, not a time clause
    text = "The rebels would retreat if they faced air strikes, the minister said on Monday."
    assert all(p.name != "minister" for e in _events(text) for p in e.actors)


def test_a_judgement_of_what_might_be_or_of_one_s_own_doing_is_no_criticism() -> None:
    assert _types("He said such treatment would have been unlawful.") == []
    assert _types("Hayward said his company was being very aggressive.") == []
    # what was done to the speakers is still judged
    assert "ACCUSE" in _types("The activists told the BBC that their arrest was a mistake.")


def test_a_charge_naming_no_victim_tells_no_act() -> None:
    text = "Republicans complained that Obama targets his tax breaks at the rich."
    assert "ASSAULT" not in _types(text)


def test_should_have_done_is_a_past_that_did_not_happen() -> None:
    text = "Strange said King should have consulted with the governor before the decision."
    (consult,) = [e for e in _events(text) if e.type == "CONSULT"]
    assert consult.hypothetical
    assert _types("He said the Israelis should've stopped the flotilla earlier.") == []


def test_a_thing_threatening_as_a_participle_or_an_agent_is_no_threat() -> None:
    assert _types("The oil spill threatening the U.S. coast grew on Monday.") == []
    assert _types("Areas threatened by oil were closed to fishing on Monday.") == []


# Narrowed after a second review (17,500 random T17 sentences and probes).


def test_a_real_attack_under_a_mishap_verb_stays_an_attack() -> None:
    assert _types("The building collapsed after Israeli jets bombed it on Tuesday.") == ["ASSAULT"]
    assert "ASSAULT" in _types("Syrian troops stormed Baba Amr and killed dozens of rebels.")
    assert _types("The ferry capsized off the coast on Monday, killing 40.") == []


def test_it_in_a_time_clause_can_be_an_army() -> None:
    text = "The Syrian army withdrew from the town after it shelled the mosque."
    shelling = next(e for e in _events(text) if e.type == "ASSAULT")
    assert {p.country for p in shelling.actors} == {"SYR"}


def test_a_military_defence_is_no_support() -> None:
    assert _types("Rebels defended their positions near Brega against Gaddafi's forces.") == []
    assert _types("The White House defended Obama against criticism from Republicans.") == [
        "SUPPORT"
    ]


def test_lying_is_a_judgement_and_lie_with_is_not() -> None:
    assert _types("Markey said BP were either lying or they were incompetent.") == ["ACCUSE"]
    assert _types("He said Libya's best hope may now lie with the army officers.") == []


# The seventh session's fresh sets, scored once after its last change (4c67203; figures and
# the code from before the session in data/README.md). Lead sets 26-27 (coded before any
# change): type F1 0.635, recipient 0.711, as before the session (no prediction changed on
# them). Sets 28-29 (coded during the session): 0.554 (0.538 before), recipient 0.590. The
# CAMEO-style sets, one event per sentence, on the sentences with a gold event: 1-2 (opened)
# 0.553 (0.532 before); 3-4 (fresh) 0.400 (0.400 before). The floors sit a little below.
# (Sets 1-2's recipient floor went from 0.79 to 0.77 in the ninth session, when tear gas
# became ASSAULT as the manual codes it: one more event matched, whose recipient the gold
# names and dateline does not. Sets 3-4's went from 0.58 to 0.56 in the twenty-second session,
# when "Chinese workers have been withdrawn from that country" became SANCTION as coded: the
# one more matched event names the workers, not the country they left, as its recipient.)
@pytest.mark.parametrize(
    ("sets", "coded_only", "sentences", "type_floor", "recipient_floor"),
    [
        (["lead26", "lead27"], False, 150, 0.62, 0.69),
        (["lead28", "lead29"], False, 150, 0.54, 0.57),
        (["cameo1", "cameo2"], True, 80, 0.54, 0.77),
        (["cameo3", "cameo4"], True, 31, 0.38, 0.56),
    ],
)
def test_the_seventh_session_s_fresh_sets_do_not_regress(
    sets: list[str], coded_only: bool, sentences: int, type_floor: float, recipient_floor: float
) -> None:
    fresh = check_sets(sets, coded_only=coded_only)
    assert fresh.sentences == sentences
    assert fresh.types.f1 >= type_floor, fresh.types
    assert fresh.recipients.f1 >= recipient_floor, fresh.recipients
