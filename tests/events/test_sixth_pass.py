"""Sixth pass: acts told beside the main one in wire-news leads (concurrent clauses, named
violent acts, participles set off by a comma, what befell a party) and tellings that are no
event (the writer's own doings, interviews, games), pinned on news sentences."""

from __future__ import annotations

import functools

import pytest

from dateline import events
from dateline.pipeline import extract_text
from dateline.records import Event

from .conftest import check_sets

DATE = "2011-03-01"


@functools.cache
def _events(text: str) -> tuple[Event, ...]:
    return extract_text(text, date=DATE).events


def _coded(text: str) -> list[str]:
    """Types as a coder scores them: hypothetical and negated events are not coded."""
    return sorted(events.plover_type(e) for e in _events(text) if not (e.hypothetical or e.negated))


# 1. "as", "while" and "when" clauses of a lead tell acts happening at the same time
@pytest.mark.parametrize(
    ("text", "coded"),
    [
        (
            "Rebels held the port on Monday as government troops shelled the old town.",
            "ASSAULT",
        ),
        (
            "The minister resigned on Friday while thousands of students protested in the capital.",
            "PROTEST",
        ),
        (
            "Police fired tear gas on Sunday when protesters stormed the parliament building.",
            "ASSAULT",
        ),
    ],
)
def test_a_concurrent_clause_tells_its_own_act(text: str, coded: str) -> None:
    assert coded in _coded(text)


# ... and keeps its own tense: "as street battles raged" is past, not the main clause's plan
def test_a_concurrent_clause_keeps_its_own_tense() -> None:
    text = (
        "The government said it is prepared to impose a curfew as street battles raged in the "
        "capital between rebels and the army."
    )
    battles = [e for e in _events(text) if e.evidence.trigger == "battles"]
    assert [e.status for e in battles] == ["occurred"]
    assert "ASSAULT" in _coded(text)


# a "because" clause still only sets the scene; "after X did Y" tells X's act
def test_a_clause_of_cause_still_sets_the_scene() -> None:
    text = "The talks resumed because the two sides had exchanged prisoners."
    assert _coded(text) == ["CONSULT"]


def test_an_after_clause_tells_its_own_act() -> None:
    text = "The embassy closed in March after the government expelled all foreign diplomats."
    assert _coded(text) == ["SANCTION"]


# 2. a violent act named with its party is a happening of its own wherever it is mentioned
@pytest.mark.parametrize(
    "text",
    [
        "A court on Monday postponed the trial of two officers over the killing of protesters.",
        "The envoy arrived in the capital following a fierce assault by rebel forces on the port.",
    ],
)
def test_a_named_violent_act_is_told_apart(text: str) -> None:
    assert "ASSAULT" in _coded(text)


def test_a_metaphorical_battle_is_no_assault() -> None:
    text = "Donors pledged new funds for the battle against the water and sanitation crisis."
    assert "ASSAULT" not in _coded(text)


# 3. a killing told in a participle on its victims is news; an earthquake's victims are not
def test_victims_killed_in_a_participle() -> None:
    text = "The bodies of two journalists killed on Wednesday in Misrata reached Benghazi."
    assert _coded(text) == ["ASSAULT"]


def test_victims_of_a_disaster_are_no_assault() -> None:
    text = "The body of an aid worker killed in the earthquake was identified on Friday."
    assert _coded(text) == []


# 4. a participle set off from its clause tells a second act of another kind
def test_a_participle_of_another_kind_is_its_own_act() -> None:
    text = (
        "The foreign minister met opposition leaders in Ankara on Tuesday, urging them to "
        "reject violence."
    )
    assert _coded(text) == ["CONSULT", "REQUEST"]


def test_a_protest_demand_stays_its_topic() -> None:
    text = "Thousands of workers marched through Cairo on Friday, demanding higher wages."
    assert _coded(text) == ["PROTEST"]


# 5. the writer's own doings and interviews with the media are no events
def test_the_writers_own_visit_is_no_event() -> None:
    text = "When I visited Benghazi in July, the rebels who are fighting Gaddafi held the port."
    assert "CONSULT" not in _coded(text)


def test_a_quoted_first_person_is_a_party() -> None:
    text = '"I met the rebel leaders in Benghazi on Monday," the French envoy said.'
    assert "CONSULT" in _coded(text)


def test_speaking_to_the_media_is_an_interview() -> None:
    text = "Speaking to Sky News, the minister said the army had done nothing wrong."
    assert "CONSULT" not in _coded(text)


# 6. a game is no assault
@pytest.mark.parametrize(
    "text",
    [
        "Chelsea beat Arsenal 2-1 at Stamford Bridge on Sunday.",
        "The champion will fight the challenger for the heavyweight title in Las Vegas.",
    ],
)
def test_a_game_is_no_assault(text: str) -> None:
    assert "ASSAULT" not in _coded(text)


def test_an_attack_at_a_match_is_still_an_assault() -> None:
    text = "Gunmen attacked the team bus before the cricket match in Lahore on Tuesday."
    assert "ASSAULT" in _coded(text)


# 7. a named party's act told through its forces ("the retreat of Gaddafi's forces"), and an
#    act told as what befell a named party ("Egypt has been rocked by protests")
def test_an_act_of_a_named_partys_forces() -> None:
    text = "The retreat of Gaddafi's forces from the town on Saturday lifted the rebels' spirits."
    assert "RETREAT" in _coded(text)


def test_an_act_that_befell_a_party() -> None:
    text = "Bahrain has been shaken by protests in recent weeks."
    assert _coded(text) == ["PROTEST"]


# 8. a participle used as an adjective names a state; two verbs of one assault are one event
@pytest.mark.parametrize(
    "text",
    [
        "Residents cleared the burned cars from the square on Saturday.",
        "Aid trucks reached the besieged city on Monday.",
    ],
)
def test_an_adjectival_participle_is_no_act(text: str) -> None:
    assert _coded(text) == []


def test_two_verbs_of_one_assault_are_one_event() -> None:
    text = "The woman told reporters she had been beaten and raped by militiamen in Tripoli."
    assert _coded(text) == ["ASSAULT"]


def test_a_decided_act_of_a_named_party_is_told_apart() -> None:
    text = "Russia criticised France's decision to airlift weapons to the rebels on Wednesday."
    assert _coded(text) == ["ACCUSE", "AID"]


# 9. "after meeting X, Y did Z" tells two acts; a named body's meeting setting the scene is one
def test_an_act_after_another_is_its_own() -> None:
    text = "After briefing the Security Council on Monday, the envoy called for a ceasefire."
    assert _coded(text) == ["CONSULT", "REQUEST"]


def test_an_act_before_another_is_a_condition() -> None:
    text = "The rebels demanded a truce before allowing aid convoys into the town."
    assert _coded(text) == ["REQUEST"]


def test_a_named_bodys_meeting_setting_the_scene() -> None:
    text = "In a closed-door Security Council meeting on Tuesday, China criticised the strikes."
    assert "CONSULT" in _coded(text)


# 10. a protest against a party named by a pronoun ("against his rule") names its party
def test_a_protest_against_his_rule() -> None:
    text = "The leader clung to power on Monday when protests against his rule reached the capital."
    assert "PROTEST" in _coded(text)


# 11. a statement whose clause judges someone's conduct is criticism (CAMEO 111)
@pytest.mark.parametrize(
    "text",
    [
        'The opposition leader said the government\'s comments were "disappointing".',
        "Libyan officials said on Sunday that the airstrikes violated the U.N. resolution.",
    ],
)
def test_a_judging_statement_is_criticism(text: str) -> None:
    assert _coded(text) == ["ACCUSE"]


@pytest.mark.parametrize(
    "text",
    [
        'The company\'s chief told reporters that "nothing has gone wrong" with the pumping.',
        "The minister said the measures were not illegal.",
        "A BP executive said a safety device failed during the blowout.",
    ],
)
def test_a_statement_judging_nobody_is_no_criticism(text: str) -> None:
    assert "ACCUSE" not in _coded(text)


# 12. "pressed ahead with" is no plan; a clause on people ("officials who boarded") tells what
#     they did, one on "anyone who" does not; a vow to keep protesting is a threat (CAMEO 133)
def test_pressing_ahead_is_no_plan() -> None:
    (event,) = [e for e in _events("The army pressed ahead with its offensive on Homs on Monday.")]
    assert (event.type, event.status) == ("ASSAULT", "occurred")


def test_a_clause_on_people_tells_what_they_did() -> None:
    text = "Customs officers who boarded the ship on Friday found a cargo of rifles."
    assert _coded(text) == ["COERCE"]


def test_a_clause_on_anyone_is_nobody_in_particular() -> None:
    text = "The army will deal firmly with anyone who attacks public buildings."
    assert "ASSAULT" not in _coded(text)


def test_a_vow_to_keep_protesting_is_a_threat() -> None:
    text = "Students vowed on Sunday to continue demonstrating against the government."
    assert _coded(text) == ["THREATEN"]


# 13. attending is consultation only when a meeting is attended
def test_attending_a_summit_is_consultation() -> None:
    assert _coded("The Saudi foreign minister attended the summit in Sirte on Saturday.") == [
        "CONSULT"
    ]


def test_attending_a_graduation_is_no_consultation() -> None:
    assert _coded("A woman fresh from the front lines attended the graduation on Saturday.") == []


# 14. a violent act whose own modifiers name a party is told apart from what governs it
@pytest.mark.parametrize(
    "text",
    [
        "The group of exiles who backed the US-British invasion met the envoy on Monday.",
        "The senators voted to fund the NATO-led air campaign in Libya.",
    ],
)
def test_a_violent_act_named_by_its_modifiers(text: str) -> None:
    assert "ASSAULT" in _coded(text)


# 15. regressions found over 600 Timeline17 articles: "opened fire across the border" is an
#     assault, not an opened border; a verb the parser takes for an adjective in a sentence
#     with no main verb is still a verb
def test_opening_fire_across_a_border() -> None:
    assert _coded("Syrian forces opened fire across the border on Monday.") == ["ASSAULT"]


def test_a_misparsed_main_verb_is_still_an_act() -> None:
    text = (
        "Rebels to the west and east of Libya's increasingly isolated capital fought forces "
        "loyal to Muammar Gaddafi Wednesday for control of the city."
    )
    assert _coded(text) == ["ASSAULT"]


# 16. the seed's last faults: "looked forward to strengthening ties" is a plan of the two who
#     met, and "pressure on Taiwan and North Korea's missile threats" threatens from North Korea
def test_looking_forward_to_an_act_plans_it() -> None:
    text = (
        "Antony Blinken met Yoshimasa Hayashi in Liverpool on Saturday. He said that they looked "
        "forward to strengthening ties on climate issues."
    )
    found = extract_text(text, date="2021-12-15").events
    (event,) = [e for e in found if e.evidence.trigger == "strengthening ties"]
    assert (event.status, events.plover_type(event)) == ("planned", "AGREE")
    assert {a.country for a in event.actors} == {"USA", "JPN"}


def test_moving_forward_is_no_plan() -> None:
    (event,) = _events("The army pushed forward with its offensive on Homs on Monday.")
    assert event.status == "occurred"


def test_a_name_in_another_phrase_is_no_owner() -> None:
    text = "Concern grew over military pressure on Taiwan and North Korea's missile threats."
    (threat,) = [e for e in _events(text) if e.type == "THREATEN"]
    assert [a.country for a in threat.actors] == ["PRK"]


# 17. the act an accusation names in a gerund is told apart from the accusation
def test_an_accused_act_is_told_apart() -> None:
    text = "The United States condemned Iran on Monday for arresting opposition figures."
    assert _coded(text) == ["ACCUSE", "COERCE"]


# 18. denying an accusation is a CAMEO 016 statement (CAMEO2PLOVER maps no 01x code); the
#     accusation is coded, with the denier as the accused
def test_a_denied_accusation_is_coded_against_the_denier() -> None:
    (event,) = _events("The Libyan government on Sunday denied rape allegations.")
    assert (event.type, [r.country for r in event.recipients]) == ("ACCUSE", ["LBY"])


def test_rejecting_a_plan_is_still_a_rejection() -> None:
    assert _coded("Syria rejected the Arab League peace plan on Sunday.") == ["REJECT"]


# 19. an "anti-" act names its target when that is a ruler or a name; a charge's act is told
def test_an_anti_government_demonstration_names_its_party() -> None:
    text = "A young protester held a sign during an anti-government demonstration in Derna."
    assert _coded(text) == ["PROTEST"]


def test_an_anti_war_demonstration_names_nobody() -> None:
    text = "A young protester held a sign during an anti-war demonstration in London."
    assert _coded(text) == []


def test_the_act_a_charge_names_is_told_apart() -> None:
    text = "The former minister went on trial on Monday charged with killing 30 protesters."
    assert "ASSAULT" in _coded(text)


# 20. faults a review found in this pass's rules, each pinned on its probe sentence
@pytest.mark.parametrize(
    ("text", "coded"),
    [
        # an act told inside a threat, a refusal or a request has not happened
        ("NATO ruled out a ground invasion of Libya.", ["REJECT"]),
        ("Hamas warned Israel against a possible strike on Gaza's power station.", ["THREATEN"]),
        # two verbs with their own subjects are two acts
        (
            "Israeli jets bombed Gaza on Monday and Hamas fighters shelled Israeli towns.",
            ["ASSAULT", "ASSAULT"],
        ),
        # a natural cause is looked up in its own list, not in every non-event row
        ("Two soldiers were killed by sniper fire in Homs on Monday.", ["ASSAULT"]),
        ("Militants attacked a police station in the heart of Kabul.", ["ASSAULT"]),
        # "the Arab League" is no sport; beating fans after a match is an assault
        ("Syrian troops fought rebels in Homs on Tuesday, the Arab League said.", ["ASSAULT"]),
        ("Police beat protesters outside the stadium after the match.", ["ASSAULT"]),
        # a judgement of sales is no criticism; the act a statement names is the news
        ("The company said sales were disappointing.", []),
        (
            "The opposition said the regime had violated the ceasefire by shelling Homs.",
            ["ASSAULT"],
        ),
        # travellers are not consultations
        ("Newlyweds who had traveled to Mexico fell ill with the flu.", []),
    ],
)
def test_review_probes(text: str, coded: list[str]) -> None:
    assert _coded(text) == coded


def test_the_condemner_is_not_the_attacker() -> None:
    text = "President Obama condemned the attacks on journalists in Egypt."
    attacks = [e for e in _events(text) if e.type == "ASSAULT"]
    assert all("USA" not in {a.country for a in e.actors} for e in attacks)


def test_a_when_clause_under_a_plan_is_planned() -> None:
    found = _events("Obama will meet Putin when he visits Moscow.")
    assert found and all(e.status == "planned" for e in found)


def test_a_quoted_first_person_in_a_later_sentence_is_a_party() -> None:
    text = '"We will fight on. I will never negotiate with the rebels. We will die here," he said.'
    assert "REJECT" in _coded(text)


# 20b. found on lead sets 10-11 after their one scoring: a hedged past is no plan, gunfire
#      that reverberates is reported, a failed act did not happen
def test_a_hedged_past_is_no_plan() -> None:
    text = "Explosions over Tripoli indicated NATO has likely increased its air strikes."
    (event,) = _events(text)
    assert (event.type, event.status, event.certainty) == ("ASSAULT", "occurred", "likely")


def test_reverberating_gunfire_is_reported() -> None:
    assert _coded("Heavy gunfire reverberated in central Cairo before dawn on Thursday.") == [
        "ASSAULT"
    ]


def test_a_failed_act_did_not_happen() -> None:
    assert _coded("Libya's interim leaders failed to agree a new cabinet on Sunday.") == []


@pytest.mark.parametrize(
    ("text", "coded"),
    [
        (
            "Qatar has sent fighter jets to an air base in Crete to enforce the no-fly zone.",
            "MOBILIZE",
        ),
        ("Arab states exerted strong pressure on Damascus to end the crackdown.", "REQUEST"),
        ("The council withdrew its offer of safe passage for the colonel on Monday.", "REJECT"),
    ],
)
def test_rows_added_after_sets_10_and_11(text: str, coded: str) -> None:
    assert coded in _coded(text)


@pytest.mark.parametrize(
    "text",
    [
        "The flu outbreak threatens the global economic recovery.",
        "Volunteers waged a low-tech battle against a giant oil slick on Thursday.",
    ],
)
def test_a_natural_cause_is_no_party(text: str) -> None:
    assert _coded(text) == []


def test_a_party_in_breach_is_criticised() -> None:
    text = "The envoy said the Syrian government was in breach of the peace plan."
    (event,) = _events(text)
    assert (event.type, [r.country for r in event.recipients]) == ("ACCUSE", ["SYR"])


def test_chanting_protesters_protest() -> None:
    assert _coded('Protesters chant "The people and the army are one."') == ["PROTEST"]


# 20c. found on lead sets 12-13 after their one scoring: an act named in another noun's phrase
#      keeps its own tense, and "due to" a cause is no plan
def test_an_act_in_another_nouns_phrase_keeps_its_tense() -> None:
    text = "Gates said it would be a mistake to cut funding for U.S. military operations in Libya."
    assert "ASSAULT" in _coded(text)


def test_due_to_sanctions_is_no_plan() -> None:
    text = "Oil trade has been paralysed as banks decline to clear payments due to U.S. sanctions."
    assert _coded(text) == ["SANCTION"]


@pytest.mark.parametrize(
    ("text", "coded"),
    [
        ("The violence threatens to spread to neighbouring Lebanon.", []),
        ("Hamas threatened to attack Israel on Monday.", ["THREATEN"]),
        (
            "Zakaria reminds us that a partition of Libya is better than a Gadhafi-ruled country.",
            [],
        ),
        ("The envoy reminded Syria to respect the peace plan on Monday.", ["REQUEST"]),
        ('The banner reads, "Tell the killer he will meet the fate of those he kills."', []),
    ],
)
def test_forecasts_remarks_and_idioms(text: str, coded: list[str]) -> None:
    assert _coded(text) == coded


def test_a_hoped_for_capture_is_no_threat() -> None:
    assert (
        _coded("Rebel commanders are hopeful they will soon capture the oil port of Brega.") == []
    )


# 21. the measured figures of this pass (tests/events/data/README.md): the lead sets 6-9 it
#     was tuned on went 0.545 -> 0.712; sets 10-11 and 12-13, each held out for one round and
#     then opened, 0.480 -> 0.590 and 0.447 -> 0.522; the fresh sets 14-15, coded before the
#     last round and scored once after it, 0.487 -> 0.510. The target for wire news is 0.70:
#     these floors guard regressions only.
def test_the_lead_sets_this_pass_was_tuned_on_hold() -> None:
    leads = check_sets(["lead6", "lead7", "lead8", "lead9"])
    assert leads.sentences == 300
    assert leads.types.f1 >= 0.70, leads.types
    assert check_sets(["lead10", "lead11"]).types.f1 >= 0.58
    assert check_sets(["lead12", "lead13"]).types.f1 >= 0.51
    assert check_sets(["holdout4", "holdout5"]).types.f1 >= 0.56


def test_the_fresh_lead_sets_do_not_regress() -> None:
    fresh = check_sets(["lead14", "lead15"])
    assert fresh.sentences == 150
    assert fresh.types.f1 >= 0.50, fresh.types
