"""Durations (P3D, PXY) and sets (every week) as TimeML writes them."""

from __future__ import annotations

import pytest

from .conftest import only, timexes


@pytest.mark.parametrize(
    ("sentence", "text", "value", "mod"),
    [
        ("The talks lasted three days in Geneva.", "three days", "P3D", None),
        ("The strike went on for nearly two years.", "nearly two years", "P2Y", "LESS_THAN"),
        ("He served a 10-year sentence in prison.", "10-year", "P10Y", None),
        ("Prices have doubled over the past two decades.", "the past two decades", "P20Y", None),
        ("The show lasted a minute and a half on air.", "a minute and a half", "PT1M30S", None),
        # TimeML makes "within" a SIGNAL: it stays outside the expression and sets no mod.
        ("The bonds mature within 18 months of issue.", "18 months", "P18M", None),
        ("The army pulled out within a week, officials said.", "a week", "P1W", None),
        ("The rebels held out for several weeks in the hills.", "several weeks", "PXW", None),
    ],
)
def test_duration(sentence: str, text: str, value: str, mod: str | None) -> None:
    t = only(sentence)
    assert (t.text, t.type, t.value, t.mod) == (text, "DURATION", value, mod)


@pytest.mark.parametrize(
    ("sentence", "value"),
    [
        ("The committee meets every week in Brussels.", "P1W"),
        ("The paper is published daily in the capital.", "P1D"),
        ("The council meets each Thursday at the town hall.", "XXXX-WXX-4"),
    ],
)
def test_set(sentence: str, value: str) -> None:
    t = only(sentence)
    assert (t.type, t.value) == ("SET", value)


def test_rate_a_year_is_a_set() -> None:
    t = only("The plant will earn $33 million a year from the deal.")
    assert (t.text, t.type, t.value) == ("a year", "SET", "P1Y")


def test_ages_are_not_durations() -> None:
    assert timexes("The 6-year-old boy was found by his 52-year-old father.") == []


def test_three_days_later_is_a_duration_without_later() -> None:
    t = only("Three days later the rebels surrendered.")
    assert (t.text, t.type, t.value) == ("Three days", "DURATION", "P3D")


@pytest.mark.parametrize(
    ("sentence", "text", "value"),
    [
        ("The country drew 12 million visitors a year before the uprising.", "a year", "P1Y"),
        ("The well leaked 8 million gallons (30 million liters) a day.", "a day", "P1D"),
    ],
)
def test_a_counted_rate_is_a_set(sentence: str, text: str, value: str) -> None:
    t = only(sentence)
    assert (t.text, t.type, t.value) == (text, "SET", value)


def test_a_stretch_of_time_after_a_plural_stays_a_duration() -> None:
    t = only("The soldiers waited a day before moving on.")
    assert (t.text, t.type, t.value) == ("a day", "DURATION", "P1D")
