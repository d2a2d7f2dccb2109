"""Status, certainty, negation, condition and attribution of an event."""

from __future__ import annotations

import pytest

from dateline import events
from dateline.records import Event

from .conftest import Build, timex


def _one(build: Build, text: str, **kw) -> Event:
    doc = build(text, **kw)
    events.run(doc)
    assert len(doc.events) == 1, doc.events
    return doc.events[0]


@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("Iran will meet Iraq in Geneva.", "planned"),
        ("Iran is expected to meet Iraq in Geneva.", "planned"),
        ("Iran is preparing for talks with Iraq.", "planned"),
        ("Iran met Iraq in Geneva.", "occurred"),
        ("Iran has met Iraq in Geneva.", "occurred"),
        ("Iran and Iraq are negotiating in Geneva.", "ongoing"),
    ],
)
def test_status_from_tense_aspect_and_cues(build: Build, text: str, status: str) -> None:
    assert _one(build, text).status == status


@pytest.mark.parametrize(
    ("text", "certainty"),
    [
        ("Iran met Iraq in Geneva.", "asserted"),
        ("Iran is likely to meet Iraq in Geneva.", "likely"),
        ("Reportedly, Iran met Iraq in Geneva.", "likely"),
        ("Iran may meet Iraq in Geneva.", "possible"),
    ],
)
def test_certainty_from_hedges(build: Build, text: str, certainty: str) -> None:
    assert _one(build, text).certainty == certainty


def test_a_date_after_the_article_makes_the_event_planned(build: Build) -> None:
    text = "Iran meets Iraq on January 7."
    ev = _one(build, text, timexes=[timex(text, "January 7", "2022-01-07")])
    assert ev.date is not None and ev.date.value == "2022-01-07"
    assert ev.status == "planned"


def test_no_date_means_null_not_the_article_date(build: Build) -> None:
    assert _one(build, "Iran met Iraq in Geneva.").date is None


def test_past_negation_is_marked_negated(build: Build) -> None:
    ev = _one(build, "Iran did not attack Iraq.")
    assert ev.type == "ASSAULT" and ev.negated


def test_refusal_to_cooperate_in_future_is_a_rejection(build: Build) -> None:
    ev = _one(build, "Pakistan says it will not accept any more refugees.")
    assert ev.type == "REJECT" and not ev.negated


def test_conditional_clause_is_hypothetical(build: Build) -> None:
    doc = build("Iran threatened to leave the talks if Iraq attacked Kuwait.")
    events.run(doc)
    by_type = {e.type: e for e in doc.events}
    assert not by_type["THREATEN"].hypothetical
    assert by_type["ASSAULT"].hypothetical


@pytest.mark.parametrize(
    ("text", "attribution"),
    [
        ("Iran and Iraq will hold talks, Kyodo News reported citing officials.",
         "Kyodo News, citing officials"),
        ("According to the US State Department, Iran met Iraq.",
         "according to the US State Department"),
        ("Iran met Iraq on Monday, a senior official said.", "a senior official"),
    ],
)  # fmt: skip
def test_attribution_as_written(build: Build, text: str, attribution: str) -> None:
    assert _one(build, text).attribution == attribution
