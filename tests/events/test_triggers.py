"""Which words are events, of which PLOVER type, and which are folded into another."""

from __future__ import annotations

import pytest

from dateline import events
from dateline.events import plover_type

from .conftest import Build


def _types(build: Build, text: str) -> list[str]:
    doc = build(text)
    events.run(doc)
    return [e.type for e in doc.events]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Israel and Lebanon renewed negotiations today on their future relations.", ["CONSULT"]),
        ("Iran today threatened to launch a new military offensive against Iraq.", ["THREATEN"]),
        ("Pakistan rejected a fresh offer from Iran for direct talks.", ["REJECT"]),
        ("Thousands of people rioted in Tehran on Monday.", ["PROTEST"]),
        ("Russia condemned the decision on Tuesday.", ["ACCUSE"]),
        ("Iraq expelled two diplomats on Friday.", ["SANCTION"]),
        ("Police arrested twelve protesters in Cairo.", ["COERCE"]),
        ("Israeli troops shelled the village overnight.", ["ASSAULT"]),
        ("The United States suspended military aid to Pakistan.", ["SANCTION"]),
    ],
)
def test_verbal_triggers_get_their_plover_type(
    build: Build, text: str, expected: list[str]
) -> None:
    assert _types(build, text) == expected


def test_nominal_trigger_under_light_verb_is_one_event(build: Build) -> None:
    doc = build("Israel and Lebanon held talks in Geneva on Monday.")
    events.run(doc)
    (ev,) = doc.events
    assert ev.type == "CONSULT"
    assert ev.evidence.trigger == "held talks"


def test_complement_of_an_event_is_folded_into_it(build: Build) -> None:
    # PLOVER codes the offer, not the handing over it promises
    assert _types(build, "Libya has offered to hand over two suspects to Great Britain.") == [
        "AGREE"
    ]
    assert _types(build, "Israel refused to allow observers to enter Lebanon.") == ["REJECT"]


def test_purpose_clause_is_part_of_the_protest(build: Build) -> None:
    text = "Thousands of students staged demonstrations on Saturday to demand political reforms."
    assert _types(build, text) == ["PROTEST"]


def test_reporting_verbs_alone_are_not_events(build: Build) -> None:
    assert _types(build, "Israel said on Monday that the weather was fine.") == []


def test_must_under_a_reporting_verb_is_a_demand(build: Build) -> None:
    assert _types(build, "Russia said on Tuesday that Iraq must return the helicopter.") == [
        "REQUEST"
    ]


def test_press_release_is_not_a_release(build: Build) -> None:
    assert _types(build, "Israel published a press release on Monday.") == []


def test_background_clause_event_is_not_coded_alone(build: Build) -> None:
    text = "Serbia lifted a curfew in the province where 28 people have been killed this year."
    assert _types(build, text) == ["CONCEDE"]


def test_planned_cooperation_is_agree_for_plover_coders(build: Build) -> None:
    doc = build("Iran will meet Iraq next week.")
    events.run(doc)
    (ev,) = doc.events
    assert (ev.type, ev.status, plover_type(ev)) == ("CONSULT", "planned", "AGREE")


def test_contexts_from_the_trigger_and_its_phrase(build: Build) -> None:
    doc = build("Iran threatened to launch a missile attack against Iraq over the oil dispute.")
    events.run(doc)
    (ev,) = doc.events
    assert ev.type == "THREATEN"
    assert {"military", "natural_resource"} <= set(ev.contexts)


def test_refusal_gets_the_reject_cameo_code(build: Build) -> None:
    doc = build("Pakistan says it will not meet Iran.")
    events.run(doc)
    (ev,) = doc.events
    assert (ev.type, ev.mode, ev.cameo) == ("REJECT", "meet", "125")
