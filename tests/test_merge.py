"""Merging tellings across articles: the rules of dateline.merge on real extracted events."""

from __future__ import annotations

from dateline.merge import Telling, copy_key, happening_id, one_happening, same_happening
from dateline.records import Event, EventDate, Evidence


def _t(type_: str, actors: set[str], recipients: set[str], day: str = "2021-12-11") -> Telling:
    return Telling(type_, day, frozenset(actors), frozenset(recipients))


def test_a_meeting_told_with_an_extra_topic_country_is_the_same_meeting() -> None:
    seed = _t("CONSULT", {"USA"}, {"JPN"})
    other = _t("CONSULT", {"USA"}, {"JPN", "CHN", "PRK"})
    assert same_happening(seed, other)
    assert same_happening(_t("CONSULT", {"JPN"}, {"USA"}), seed)  # who met whom is reciprocal


def test_different_days_types_or_parties_are_different_happenings() -> None:
    seed = _t("CONSULT", {"USA"}, {"JPN"})
    assert not same_happening(seed, _t("CONSULT", {"USA"}, {"JPN"}, day="2021-12-12"))
    assert not same_happening(seed, _t("ASSAULT", {"USA"}, {"JPN"}))
    assert not same_happening(seed, _t("CONSULT", {"USA"}, {"KOR"}))


def test_directed_events_keep_their_direction() -> None:
    assert same_happening(_t("ASSAULT", {"ISR"}, {"PSE"}), _t("ASSAULT", {"ISR"}, {"PSE", "LBN"}))
    assert not same_happening(_t("ASSAULT", {"ISR"}, {"PSE"}), _t("ASSAULT", {"PSE"}, {"ISR"}))


def test_tellings_that_name_nobody_in_common_are_different_happenings() -> None:
    # t17_across_1: countries alone lumped one day's acts of one type by one country ("Obama
    # met his Cabinet" and "Obama's talks with Gulf fishermen"); a shared name is required
    obama = Telling(
        "CONSULT",
        "2010-06-07",
        frozenset({"USA"}),
        frozenset(),
        frozenset({"Barack Obama", "Cabinet"}),
    )
    fishermen = Telling(
        "CONSULT", "2010-06-07", frozenset({"USA"}), frozenset(), frozenset({"fishermen"})
    )
    assert not same_happening(obama, fishermen)
    again = Telling(
        "CONSULT", "2010-06-07", frozenset({"USA"}), frozenset(), frozenset({"Barack Obama"})
    )
    assert same_happening(obama, again)
    # tellings built without names (``names`` None) still merge by countries
    assert same_happening(_t("CONSULT", {"USA"}, {"JPN"}), _t("CONSULT", {"JPN"}, {"USA"}))


def test_a_copied_sentence_is_one_happening_unless_the_dates_conflict() -> None:
    text = (
        "The Arab League voted Saturday to back a no-fly zone in Libya, officials told reporters."
    )

    def event(eid: str, date: str | None, words: str = text, trigger: str = "back") -> Event:
        at = words.index(trigger)
        evidence = Evidence(
            start=0, end=len(words), text=words,
            trigger_start=at, trigger_end=at + len(trigger), trigger=trigger,
        )  # fmt: skip
        return Event(
            id=eid, type="SUPPORT", mode=None, contexts=(), cameo="050", intensity=None,
            actors=(), recipients=(), date=EventDate(value=date, start=0, end=1) if date else None,
            status="occurred", certainty="asserted", negated=False, hypothetical=False,
            attribution=None, location=None, evidence=evidence,
        )  # fmt: skip

    copies: dict = {}
    first = happening_id(event("e1", None), "a", [], copies)
    assert happening_id(event("e2", "2011-03-12"), "b", [], copies) == first
    assert one_happening(event("e1", None), event("e2", "2011-03-12"))
    # the copy's date now holds the happening: a copy dated otherwise is another happening
    assert happening_id(event("e3", "2011-03-19"), "c", [], copies) != first
    # a different sentence, another act of the sentence, or a short sentence is not a copy
    assert happening_id(event("e4", None, text + " Later"), "d", [], copies) != first
    other = event("e5", None, trigger="voted")
    assert happening_id(other, "b", [], copies) != first
    assert not one_happening(event("e1", None), other)
    assert copy_key("SUPPORT", Evidence(start=0, end=15, text="They backed it.")) is None
