"""Ninth pass, from the acts missed on the opened lead sets (recall): attacks told through
what they did or what befell a thing, a plural the tagger took for a verb, meetings named by
whom they were with, acts held by a noun that names none, crackdowns named with their
victims, the tense of an act told as a subject, crowds demanding, -ing participles and acts told
in a clause inside a source's phrase; and warnings of a danger are no threats."""

from __future__ import annotations

import pytest

from dateline import events

from .conftest import check_sets
from .conftest import pipeline_events as _events
from .conftest import pipeline_types as _types


def test_an_attack_on_a_thing_is_coded_without_its_doer() -> None:
    assert _types("A police car was attacked in central Damascus on Tuesday.") == ["ASSAULT"]
    assert _types("A military helicopter was shot down near the border on Friday.") == ["ASSAULT"]


def test_a_casualty_count_is_still_no_event() -> None:
    # the check sets code who did the killing; a bare count of the dead names no act
    assert _types("Twelve people were killed on Sunday, officials said.") == []


def test_an_attack_that_does_something_is_told() -> None:
    assert _types("Air strikes have weakened the regime's army, a general said on Monday.") == [
        "ASSAULT"
    ]
    assert _types("An errant airstrike may have caused civilian casualties, NATO said.") == [
        "ASSAULT"
    ]


def test_a_plural_tagged_as_a_verb_is_still_an_attack() -> None:
    # the tagger reads "airstrikes" here as a third-person verb (VBZ)
    assert _types("The army said it had lost tanks to NATO airstrikes.") == ["ASSAULT"]


def test_a_meeting_names_whom_it_was_with() -> None:
    text = "Lavrov was speaking after a meeting with Libyan opposition envoy Mahmoud Jibril."
    assert _types(text) == ["CONSULT"]


def test_a_noun_naming_no_act_cannot_swallow_one() -> None:
    # "pressure" is an event only under a governing verb; the crackdown it is over is one
    text = (
        "Kuwait won the seat after Syria, under pressure over its crackdown on protesters, "
        "dropped its bid."
    )
    assert "COERCE" in _types(text)


def test_a_crackdown_named_with_its_victims_is_coded() -> None:
    text = "Western countries urged the government to halt a violent crackdown on its opponents."
    assert _types(text) == ["ASSAULT", "REQUEST"]


def test_an_act_told_as_a_subject_keeps_its_own_tense() -> None:
    text = "The Free Syrian Army says its attacks on soldiers aim to protect protesters."
    (attack,) = _events(text)
    assert events.plover_type(attack) == "ASSAULT"
    assert attack.status == "occurred"


def test_a_warning_of_a_danger_is_no_threat() -> None:
    text = "Intelligence officials are warning that the crisis threatens fragile governments."
    assert _types(text) == []


def _countries(participants: tuple) -> set[str | None]:
    return {p.country for p in participants}


def test_demonstrators_demanding_are_protesting() -> None:
    text = (
        "Thousands of protesters demanding reforms gathered outside parliament in Sanaa on Friday."
    )
    (protest,) = _events(text)
    assert events.plover_type(protest) == "PROTEST"
    assert _countries(protest.actors) == {"YEM"}


def test_an_ing_participle_is_done_by_its_noun_now() -> None:
    # the rebels fight now; Britain's sending is what "will" plans
    text = "Britain will send advisers to help rebels fighting for the ouster of Gaddafi."
    (fight,) = [e for e in _events(text) if events.plover_type(e) == "ASSAULT"]
    assert fight.status == "occurred"
    assert _countries(fight.actors) == {"LBY"}
    assert _countries(fight.recipients) == {"LBY"}


def test_an_act_told_inside_a_sources_phrase_is_coded() -> None:
    text = "The father of a boy who was shot by soldiers in Deraa said the family wanted justice."
    assert _types(text) == ["ASSAULT"]


# the faults a review of these rules found on 10,000 random sentences, each pinned here
def test_a_count_of_people_killed_is_no_attack_on_a_thing() -> None:
    assert _types("At least three people were killed in the city on Sunday, witnesses said.") == []


def test_a_partys_threat_inside_a_warning_is_still_coded() -> None:
    assert _types("Obama warned that Iran threatened to close the Strait of Hormuz.") == [
        "THREATEN"
    ]


def test_an_attack_a_modal_foresees_is_not_told_as_done() -> None:
    (attack,) = _events("An attack on Iran would be a disaster for the region, the minister said.")
    assert attack.status == "planned"  # not "occurred", as the noun's own tense would say


def test_a_standing_role_in_a_relative_clause_is_no_act() -> None:
    text = (
        "Herman Van Rompuy, who now chairs meetings of EU leaders, said the summit would go ahead."
    )
    assert "CONSULT" not in _types(text)


def test_asking_not_to_be_named_is_no_request() -> None:
    assert _types("A woman who asked not to be identified said the shops were closed.") == []


def test_the_speakers_own_resolve_is_no_request() -> None:
    assert _types('"We should file litigation against them," he said.') == []
    assert _types("The minister said Syria must withdraw its troops from Lebanon.") == ["REQUEST"]


def test_a_preposition_before_the_verb_is_no_particle_of_it() -> None:
    # "By ..., CNN Army soldiers stand guard": the byline's "By" is no "stand by" (support)
    assert _types("By the time the vote came, the senators stand divided on the plan.") == []


# the measured figures of this session (tests/events/data/README.md), each pair coded blind and
# scored once: sets 20-21, coded before the pass, 0.597 (the session's start code) -> 0.623;
# sets 22-23, coded after it, 0.554 -> 0.581; sets 24-25, coded at the end and scored after the
# last change, 0.524 -> 0.548. The target for wire news is 0.70: these floors guard regressions.
@pytest.mark.parametrize(
    ("sets", "type_floor", "recipient_floor"),
    [
        # recipient 0.707 -> 0.673 with the thirty-fourth pass's eased sanctions as CONCEDE (CAMEO
        # 085: these coders code "eased sanctions on Libya" RETREAT, as the table does; the
        # GSR-style coders and the manual's `yield' CONCEDE): that one event's three recipients
        (["lead20", "lead21"], 0.60, 0.67),
        (["lead22", "lead23"], 0.56, 0.77),
        # recipient 0.700 -> 0.683 with the thirteenth session's stricter merge (one country
        # of one event; type F1 rose 0.594 -> 0.599)
        (["lead24", "lead25"], 0.53, 0.68),
    ],
)
def test_the_fresh_lead_sets_do_not_regress(
    sets: list[str], type_floor: float, recipient_floor: float
) -> None:
    fresh = check_sets(sets)
    assert fresh.sentences == 150
    assert fresh.types.f1 >= type_floor, fresh.types
    assert fresh.recipients.f1 >= recipient_floor, fresh.recipients
