"""date_for: the time expression attached to an event trigger, on the seed article."""

from __future__ import annotations

import pytest

from dateline.document import Document

from .conftest import SHARED, document


@pytest.fixture(scope="module")
def seed() -> Document:
    path = SHARED / "examples" / "seed.txt"
    if not path.exists():
        pytest.skip(f"seed article not found at {path} (set DATELINE_SHARED)")
    raw = path.read_text(encoding="utf-8")
    head, _, text = raw.partition("date 2021-12-15 ")
    assert not head.strip()
    return document(text, "2021-12-15")


def _trigger(doc: Document, word: str, after: str):
    start = doc.text.index(after)
    return next(t for t in doc.doc if t.text == word and t.idx >= start)


def _date_of(doc: Document, word: str, after: str) -> str | None:
    from dateline.time import date_for

    timex = date_for(doc, _trigger(doc, word, after))
    return timex.value if timex else None


def test_seed_timexes(seed: Document) -> None:
    values = [(t.text, t.value) for t in seed.timexes]
    assert ("January 7", "2022-01-07") in values
    assert ("December.11", "2021-12-11") in values
    assert all("2+2" not in t.text and "two-plus-two" not in t.text for t in seed.timexes)


def test_hold_talks_on_january_7(seed: Document) -> None:
    assert _date_of(seed, "hold", "are likely to hold") == "2022-01-07"


def test_visit_in_january(seed: Document) -> None:
    assert _date_of(seed, "visit", "Kishi's visit") == "2022-01"


def test_met_on_december_11(seed: Document) -> None:
    assert _date_of(seed, "met", "Antony Blinken met Japanese FM") == "2021-12-11"


def test_no_date_in_another_clause(seed: Document) -> None:
    # "will be discussing security issues" has no time expression of its own.
    assert _date_of(seed, "discussing", "both sides will be discussing") is None


@pytest.mark.parametrize(
    ("sentence", "trigger", "expected"),
    [
        ("Officials said on Tuesday that the ministers met on Monday in Geneva.", "met", "Monday"),
        (
            "Officials said on Tuesday that the ministers met on Monday in Geneva.",
            "said",
            "Tuesday",
        ),
        ("The president, who arrived on Sunday, will meet the king on Tuesday.", "meet", "Tuesday"),
        (
            "The president, who arrived on Sunday, will meet the king on Tuesday.",
            "arrived",
            "Sunday",
        ),
        ("The meeting that took place on Monday ended without a deal.", "meeting", "Monday"),
        ("The meeting that took place on Monday ended without a deal.", "ended", None),
    ],
)
def test_each_clause_keeps_its_own_date(sentence: str, trigger: str, expected: str | None) -> None:
    from dateline.time import date_for

    doc = document(sentence, "2021-12-15")
    tok = next(t for t in doc.doc if t.text == trigger)
    timex = date_for(doc, tok)
    assert (timex.text if timex else None) == expected
