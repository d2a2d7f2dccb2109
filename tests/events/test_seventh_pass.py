"""Seventh pass, from errors read on random Timeline17 articles: who does what when one subject
serves two verbs of opposite voice, a participle modifies its target, a party faces or draws an
act, or an act names only its place; an act answered by another is two events; clauses that
keep their own tense; senses that are no event (weather, reporters, standards, concerts)."""

from __future__ import annotations

import functools

import pytest

from dateline import events
from dateline.pipeline import extract_text
from dateline.records import Event

from .conftest import check_sets

DATE = "2011-03-28"


@functools.cache
def _events(text: str) -> tuple[Event, ...]:
    return extract_text(text, date=DATE).events


def _of_type(text: str, type_: str) -> list[Event]:
    return [e for e in _events(text) if events.plover_type(e) == type_]


def _names(participants: tuple) -> set[str]:
    return {p.name for p in participants}


def test_a_passive_verb_sharing_a_subject_makes_it_the_target() -> None:
    # "marched ... and were arrested by police": the protesters undergo the arrest
    text = "Protesters marched on the palace and were arrested by police."
    (arrest,) = _of_type(text, "COERCE")
    assert _names(arrest.actors) == {"police"}
    assert _names(arrest.recipients) == {"Protesters"}


def test_fighters_beaten_back_are_the_targets_not_the_attackers() -> None:
    text = (
        "Opposition fighters continued to push west, entering territory loyal to Libyan leader "
        "Moammar Gadhafi, but were beaten back by government troops."
    )
    (assault,) = _of_type(text, "ASSAULT")
    assert "Opposition fighters" in _names(assault.recipients)
    assert "Opposition fighters" not in _names(assault.actors)


def test_a_participle_sharing_a_passive_auxiliary_is_passive_too() -> None:
    # "had been raped and beaten by soldiers": one assault, the soldiers its doers
    text = "She said she had been raped and beaten by soldiers."
    (assault,) = _of_type(text, "ASSAULT")
    assert _names(assault.actors) == {"soldiers"}


def test_an_act_and_the_act_answering_it_are_two_events() -> None:
    text = "Rebels advanced on Sirte but were attacked by Gadhafi's forces on Sunday."
    assaults = _of_type(text, "ASSAULT")
    assert len(assaults) == 2
    advance = next(e for e in assaults if e.evidence.trigger.startswith("advanced"))
    attack = next(e for e in assaults if e.evidence.trigger == "attacked")
    assert _names(advance.actors) == {"Rebels"}
    assert "Rebels" in _names(attack.recipients)
    assert "Rebels" not in _names(attack.actors)


def test_one_assault_told_twice_by_the_same_side_is_still_one_event() -> None:
    text = (
        "Government troops shelled Misrata on Monday. Government troops shelled Misrata for"
        " hours, killing 12 people, residents said."
    )
    assert len(_of_type(text, "ASSAULT")) == 1
    # ... but shelling "again", at no named target, is another act (the thirteenth session's
    # merge readers: two acts of one kind on two occasions are two happenings; this test had
    # asked for one event)
    text = (
        "Government troops shelled Misrata on Monday. The troops shelled the city again at "
        "night, residents said."
    )
    assert len(_of_type(text, "ASSAULT")) == 2


def test_violent_repression_named_with_its_victims_is_an_act_of_its_own() -> None:
    # CAMEO 175: "its crackdown on protesters" is told apart from the sanctions it prompted
    text = (
        "Arab states announced sanctions on Syria on Sunday for its eight-month crackdown on "
        "protesters."
    )
    coded = sorted(events.plover_type(e) for e in _events(text))
    assert "COERCE" in coded and "SANCTION" in coded


def test_a_participle_on_a_noun_makes_the_noun_its_target_and_the_agent_its_doer() -> None:
    text = "Syrian protesters killed by security forces on Friday were buried on Saturday."
    (assault,) = _of_type(text, "ASSAULT")
    assert _names(assault.actors) == {"security forces"}
    assert _names(assault.recipients) == {"Syrian protesters"}


def test_a_person_does_not_say_they_of_herself() -> None:
    # the plural pronoun is not the spokeswoman: the meeting's parties stay unknown
    text = 'Interior spokeswoman Kendra Barkoff said they met "to discuss strategies".'
    (meeting,) = _of_type(text, "CONSULT")
    assert "Kendra Barkoff" not in _names(meeting.actors)


def test_a_group_still_speaks_of_itself_as_they() -> None:
    text = (
        "Bosnian Serbs said on Tuesday their forces had completed their withdrawal from the "
        "besieged town of Gorazde."
    )
    (retreat,) = _of_type(text, "RETREAT")
    assert {p.country for p in retreat.actors} == {"BIH"}


def test_an_alleged_role_is_a_hedge_not_an_accusation() -> None:
    text = (
        "A Tunisian court on Tuesday sentenced former President Zine El Abidine Ben Ali in "
        "absentia for his alleged role in the death of protesters in January 2011."
    )
    assert "ACCUSE" not in [events.plover_type(e) for e in _events(text)]


def test_harm_done_by_a_disease_told_in_a_relative_clause_is_no_assault() -> None:
    text = (
        "The swine flu outbreak, which has killed up to 160 people, could be especially dangerous."
    )
    assert _of_type(text, "ASSAULT") == []


def test_the_sun_beating_down_is_weather() -> None:
    text = "It's midday in Port-au-Prince and the sun is beating down from a cloudless sky."
    assert _events(text) == ()


def test_a_coordinated_clause_with_its_own_subject_keeps_its_own_tense() -> None:
    # "agreed" plans its complement, not the next clause: Obama signed on, it is done
    text = "He agreed, and President Obama signed on."
    signed = next(e for e in _events(text) if e.evidence.trigger.startswith("signed"))
    assert signed.status == "occurred"


def test_now_dates_an_event_on_the_article_day_and_the_past_does_not_date_it() -> None:
    now = "Turkey has now launched an investigation into the killing of its citizens."
    dated = [e for e in _events(now) if events.plover_type(e) == "ACCUSE"]
    assert dated and all(e.date is not None and e.date.value == DATE for e in dated)
    past = "In the past, Syria has attacked Lebanese villages."
    (attack,) = _of_type(past, "ASSAULT")
    assert attack.date is None


def test_a_party_that_faces_sanctions_is_their_target() -> None:
    text = "As Syria faces growing economic sanctions, diplomatic isolation and condemnation, Lebanon worries."
    (sanctions,) = _of_type(text, "SANCTION")
    assert {p.country for p in sanctions.recipients} == {"SYR"}
    assert not sanctions.actors


def test_criticism_from_someone_is_theirs() -> None:
    text = "BP drew criticism from Congress over its response."
    (criticism,) = _of_type(text, "ACCUSE")
    assert _names(criticism.actors) == {"Congress"}
    assert _names(criticism.recipients) == {"BP"}


def test_bad_weather_threatens_nobody() -> None:
    text = "Bad weather threatens to force the fleet of ships around the well to leave."
    assert _of_type(text, "THREATEN") == []


def test_an_attack_with_no_target_named_falls_on_the_country_where_it_happens() -> None:
    text = "The White House defended the costs of the U.S. military mission in Libya on Wednesday."
    (mission,) = _of_type(text, "ASSAULT")
    assert {p.country for p in mission.actors} == {"USA"}
    assert {p.country for p in mission.recipients} == {"LBY"}


def test_a_town_named_as_the_object_is_the_target() -> None:
    text = "Government troops shelled the town of Zawiya on Tuesday."
    (assault,) = _of_type(text, "ASSAULT")
    assert {p.country for p in assault.recipients} == {"LBY"}


def test_a_single_country_exercise_mobilizes_and_a_joint_one_cooperates() -> None:
    # PLOVER manual s.COOPERATE: joint operations COOPERATE, single-country exercises MOBILIZE
    assert _of_type("Turkey's military will conduct an exercise in Hatay on Monday.", "MOBILIZE")
    joint = "Turkey and Israel held a joint exercise in the Mediterranean."
    assert _of_type(joint, "COOPERATE") and not _of_type(joint, "MOBILIZE")


def test_a_relative_clause_in_the_perfect_keeps_its_own_tense() -> None:
    text = (
        "Turkey's military will conduct an exercise in Hatay, where more than 7,000 Syrians "
        "have taken refuge."
    )
    (refuge,) = [e for e in _events(text) if e.evidence.trigger.startswith("taken refuge")]
    assert refuge.status == "occurred"


@pytest.mark.parametrize(
    "text",
    [
        "Some doctors displayed behavior that did not meet the highest standards of the profession.",
        "In Azaz, rescuers tried to pull survivors out of the rubble of collapsed houses.",
        "George Clooney has hosted a benefit concert for Haiti earthquake victims.",
        "Wilkerson singled out Mr Cheney in a wide-ranging political assault on the BBC's Today program.",
    ],
)
def test_senses_that_are_no_event(text: str) -> None:
    assert _events(text) == ()


@pytest.mark.parametrize(
    "text",
    [
        "U.S. Northeast digs out from blizzard, tornado strikes in South.",
        "CNN's Nic Robertson investigates the shooting death of a protester by police.",
        "The BBC's Ian Pannell has traveled to the outskirts of Aleppo with rebel fighters.",
    ],
)
def test_weather_and_reporters_do_no_political_acts(text: str) -> None:
    coded = [events.plover_type(e) for e in _events(text)]
    assert not {"PROTEST", "ACCUSE", "CONSULT"} & set(coded)


def test_attacking_someone_as_something_is_criticism() -> None:
    assert _of_type("Now he attacks Blair as a dangerous neocon.", "ACCUSE")
    assert _of_type("Rebels attacked the army base on Friday.", "ASSAULT")


def test_abstaining_from_an_act_negates_it() -> None:
    text = "Israel refrained from attacking Iraq in 1991."
    (attack,) = [e for e in _events(text) if e.type == "ASSAULT"]
    assert attack.negated


@pytest.mark.parametrize(
    ("text", "coded"),
    [
        ("The army's defences collapsed near Sirte on Sunday.", "RETREAT"),
        ("Hundreds of protesters gathered outside parliament in Sanaa on Friday.", "PROTEST"),
        ("Israeli tanks rolled into the Gaza Strip on Saturday.", "ASSAULT"),
        ("Syria's conflict spilled over the border into Lebanon on Monday.", "ASSAULT"),
    ],
)
def test_rows_that_need_their_subject(text: str, coded: str) -> None:
    assert _of_type(text, coded)


@pytest.mark.parametrize("text", ["The talks collapsed on Monday.", "Crowds gathered to watch."])
def test_the_same_verbs_with_other_subjects_are_no_event(text: str) -> None:
    assert _events(text) == ()


def test_a_row_preposition_needs_its_object() -> None:
    assert _events("The reporter is standing by.") == ()
    assert _of_type("Russia stood by President Assad on Thursday.", "SUPPORT")


def test_a_bodys_decided_act_is_done_even_when_nothing_governs_the_decision() -> None:
    text = "France's decision to recall its ambassador from Damascus angered the Syrian government."
    (recall,) = _of_type(text, "SANCTION")
    assert recall.status == "occurred"
    assert {p.country for p in recall.actors} == {"FRA"}


@pytest.mark.parametrize(
    ("text", "type_", "doers", "targets"),
    [
        ("Syria faced criticism from the United States on Monday.", "ACCUSE", {"USA"}, {"SYR"}),
        ("BP is facing growing American criticism.", "ACCUSE", {"USA"}, {"GBR"}),
        ("Obama received a phone call from Sarkozy.", "CONSULT", {"FRA"}, {"USA"}),
    ],
)
def test_who_faces_or_receives_an_act_is_its_target(
    text: str, type_: str, doers: set[str], targets: set[str]
) -> None:
    (event,) = _of_type(text, type_)
    assert {p.country for p in event.actors} == doers
    assert {p.country for p in event.recipients} == targets


def test_winning_a_battle_is_not_undergoing_it() -> None:
    (battle,) = _of_type("Rebels won the battle for Brega.", "ASSAULT")
    assert _names(battle.actors) == {"Rebels"}


def test_fighting_back_is_an_act_of_its_own() -> None:
    text = "Rebels were attacked and fought back against Gaddafi forces."
    assaults = _of_type(text, "ASSAULT")
    assert len(assaults) == 2
    fought = next(e for e in assaults if e.evidence.trigger.startswith("fought"))
    assert _names(fought.actors) == {"Rebels"}


def test_a_person_named_like_a_town_keeps_no_country_of_the_town() -> None:
    # "Murray" is also a town in the gazetteer; a person takes no place's country
    text = "Dr Murray has pleaded not guilty to involuntary manslaughter."
    for event in _events(text):
        assert all(p.country is None for p in event.actors if p.name.endswith("Murray"))


@pytest.mark.parametrize(
    "text",
    [
        "The guards stood by and watched.",
        "Rebels fired guns into the air to celebrate.",
        "Protesters pushed back against police lines.",
        "Mubarak received a call from the president.",
        "The embattled CEO stood by the company's estimate of the flow.",
    ],
)
def test_new_rows_do_not_fire_on_their_other_senses(text: str) -> None:
    coded = {events.plover_type(e) for e in _events(text)}
    assert not coded & {"SUPPORT", "ASSAULT", "REJECT", "CONSULT"}


def test_support_rows_keep_their_adverbs() -> None:
    assert _of_type("Russia has firmly stood behind Assad.", "SUPPORT")
    assert _of_type("Russia stood by President Assad on Thursday.", "SUPPORT")


def test_moving_forces_needs_forces_as_the_object() -> None:
    assert _of_type("The United States moved warships closer to Libya.", "MOBILIZE")
    text = "The government moved to force protesters out of the square."
    assert not _of_type(text, "MOBILIZE")


def test_a_town_captured_by_a_row_noun_is_still_the_target() -> None:
    (capture,) = _of_type("The rebels captured the town of Ajdabiya on Sunday.", "ASSAULT")
    assert {p.country for p in capture.recipients} == {"LBY"}


def test_a_protest_of_supporters_is_aimed_at_nobody_where_it_marches() -> None:
    (march,) = _of_type("Pro-Assad supporters marched in Damascus on Friday.", "PROTEST")
    assert not march.recipients
    (protests,) = _of_type("Protests continued in Cairo on Friday.", "PROTEST")
    assert {p.country for p in protests.recipients} == {"EGY"}


# the measured figures of this pass (tests/events/data/README.md): lead sets 10-15, opened in
# it, 0.543 -> 0.625; the fresh sets 16-17, coded before its last change and scored once after
# it, 0.539 -> 0.548 (recipient-country F1 0.667 -> 0.734). The target for wire news is 0.70:
# these floors guard regressions only.
def test_the_lead_sets_this_pass_opened_hold() -> None:
    opened = check_sets([f"lead{n}" for n in range(10, 16)])
    assert opened.sentences == 450
    assert opened.types.f1 >= 0.61, opened.types


def test_the_fresh_lead_sets_16_and_17_do_not_regress() -> None:
    fresh = check_sets(["lead16", "lead17"])
    assert fresh.sentences == 150
    assert fresh.types.f1 >= 0.53, fresh.types
    assert fresh.recipients.f1 >= 0.71, fresh.recipients


def test_harm_or_flight_during_a_disaster_is_no_act_of_anyone() -> None:
    assert _events("Hundreds of families took refuge in a mosque during the storm.") == ()
    assert _of_type("Two protesters were killed during the demonstration.", "ASSAULT")


def test_a_named_storm_is_a_natural_cause() -> None:
    text = (
        "Tropical Storm Irene strengthened on the weekend after sweeping north of the Dominican "
        "Republic and pummelling Puerto Rico on Monday."
    )
    assert _of_type(text, "ASSAULT") == []


def test_no_meeting_planned_is_no_refusal() -> None:
    text = "The visit was at the invitation of a regional society and no official meetings were planned."
    assert _of_type(text, "REJECT") == []
    assert _of_type("Syria will not accept the plan.", "REJECT")


def test_a_statement_released_by_a_publicist_is_no_release_of_captives() -> None:
    text = "In a statement released by her publicist, the singer explained what happened."
    assert _of_type(text, "RETREAT") == []


def test_markets_that_rally_are_no_protest() -> None:
    assert _events("Brent pared losses, bouncing with rallying U.S. crude on Monday.") == ()
    assert _events("Oil prices rallied on Monday.") == ()
    assert _of_type("Thousands of protesters rallied in Tahrir Square on Friday.", "PROTEST")


def test_hosting_is_a_visit_only_with_a_guest_or_a_meeting() -> None:
    assert _events("The district of al-Mezze hosts several security buildings.") == ()
    assert _of_type("Saudi Arabia hosted Clinton on Tuesday.", "CONSULT")
    assert _of_type("Egypt hosted talks between Hamas and Fatah on Monday.", "CONSULT")


def test_a_time_zone_in_a_page_stamp_is_no_actor() -> None:
    text = "Tuesday 21 March 2005 10.02 GMT On the second anniversary of the invasion of Iraq, it aired."
    article = extract_text(text, date="2005-03-21")
    assert "GMT" not in {a.text for a in article.actors}
    assert all(p.name != "GMT" for e in article.events for p in e.actors)


def test_a_host_receives_its_guest_as_the_target() -> None:
    (visit,) = _of_type("Saudi Arabia hosted Clinton on Tuesday.", "CONSULT")
    assert {p.country for p in visit.actors} == {"SAU"}
    assert {p.country for p in visit.recipients} == {"USA"}
    (visit,) = _of_type("The emir received the Egyptian president on Monday.", "CONSULT")
    assert {p.country for p in visit.recipients} == {"EGY"}
