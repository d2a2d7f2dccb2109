"""The DuckDB store: idempotent ingest, whole-batch transactions, event queries."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from pathlib import Path

import pytest

from dateline.records import Article, Event, EventDate, Evidence, Location, Participant
from dateline.store import EventQuery, open_store, value_range
from dateline.store.duckdb import DuckDBStore

HAYASHI = Participant(
    name="Yoshimasa Hayashi", country="JPN", sector="GOV", role="Foreign Minister"
)
BLINKEN = Participant(name="Antony Blinken", country="USA", sector="GOV", role="Secretary of State")
TEXT = (
    "Japan and the United States are likely to hold ministerial talks on January 7 in Washington."
)


OTHER = "Hayashi is likely to hold talks with Blinken in Washington early in January, Kyodo said."


def _event(eid: str, date: str | None, status: str, text: str = TEXT) -> Event:
    return Event(
        id=eid, type="CONSULT", mode=None, contexts=("diplomatic",), cameo="040", intensity=2.5,
        actors=(HAYASHI,), recipients=(BLINKEN,),
        date=EventDate(value=date, start=68, end=77) if date else None,
        status=status, certainty="likely", negated=False, hypothetical=False,
        attribution="Kyodo News", evidence=Evidence(start=0, end=len(text), text=text,
                                                     trigger_start=42, trigger_end=46, trigger="hold"),
        location=Location(name="Washington, D.C.", geonameid=4140963, country="USA", lat=38.9, lon=-77.0),
    )  # fmt: skip


def _article(aid: str, events: tuple[Event, ...], text: str = TEXT) -> Article:
    return Article(id=aid, date="2021-12-15", text=text, events=events)


@pytest.fixture
def store(tmp_path: Path):
    s = open_store(tmp_path / "t.duckdb")
    yield s
    s.close()


def test_value_range_covers_timex_granularities() -> None:
    assert value_range("2022-01-07") == (dt.date(2022, 1, 7), dt.date(2022, 1, 7))
    assert value_range("2022-01") == (dt.date(2022, 1, 1), dt.date(2022, 1, 31))
    assert value_range("2021-W50") == (dt.date(2021, 12, 13), dt.date(2021, 12, 19))
    assert value_range("2022-Q1") == (dt.date(2022, 1, 1), dt.date(2022, 3, 31))
    assert value_range("2021-WI") == (dt.date(2021, 12, 1), dt.date(2022, 2, 28))
    assert value_range("PAST_REF") is None


def test_reingest_adds_nothing_and_conflicts_are_skipped(store) -> None:
    a = _article("a", (_event("e1", "2022-01-07", "planned"),))
    assert store.add([a]).stored == 1
    again = store.add([a])
    assert (again.stored, again.present) == (0, 1)
    other = store.add([_article("a", (), text="Different text.")])
    assert other.skipped == 1 and "duplicate id" in next(iter(other.reasons))
    assert store.counts()["articles"] == 1 and store.counts()["events"] == 1


def test_failed_batch_leaves_nothing_and_rerun_completes(store) -> None:
    def interrupted():
        yield _article("a", (_event("e1", "2022-01-07", "planned"),))
        raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        store.add(interrupted())
    assert store.counts()["articles"] == 0
    store.add([_article("a", (_event("e1", "2022-01-07", "planned"),))])
    assert store.counts() == {**store.counts(), "articles": 1, "events": 1}


def test_event_queries_filter_by_actor_type_status_and_dates(store) -> None:
    store.add([
        _article("a", (_event("e1", "2022-01-07", "planned"),)),
        _article("b", (_event("e2", "2021-12-11", "occurred"),), text=TEXT + " "),
    ])  # fmt: skip
    ids = lambda **kw: [e["id"] for e in store.events(EventQuery(**kw))]  # noqa: E731
    assert ids() == ["e2", "e1"]  # ordered by the event's own date
    assert ids(actor="JPN") == ["e2", "e1"]
    assert ids(actor="blinken") == ["e2", "e1"]
    assert ids(actor="FRA") == []
    assert ids(status="planned") == ["e1"]
    assert ids(since=dt.date(2022, 1, 1)) == ["e1"]
    assert ids(until=dt.date(2021, 12, 31)) == ["e2"]
    assert ids(type="consult", until=dt.date(2021, 12, 11)) == ["e2"]
    shown = store.event("e1")
    assert shown["location"]["geonameid"] == 4140963 and shown["article_id"] == "a"


def test_bad_queries_are_refused() -> None:
    with pytest.raises(ValueError, match="status must be one of"):
        EventQuery(status="maybe")
    with pytest.raises(ValueError, match="is after"):
        EventQuery(since=dt.date(2022, 2, 1), until=dt.date(2022, 1, 1))


def test_learned_actor_facts_round_trip(store) -> None:
    fact = {"name": "Fumio Kishida", "country": "JPN", "sector": "GOV", "role": "Prime Minister",
            "kind": "person", "start": None, "end": None, "seen": "2021-12-15", "source": "seed",
            "evidence": "Japanese Prime Minister Fumio Kishida"}  # fmt: skip
    assert store.add_actor_facts([fact]) == 1
    assert list(store.actor_facts()) == [fact]


def test_one_happening_told_by_two_articles_is_one_event_with_two_sources(store) -> None:
    store.add([
        _article("a", (_event("e1", "2022-01-07", "planned"),)),
        _article("b", (_event("e2", "2022-01-07", "planned"),), text=TEXT + " "),
        _article("c", (_event("e3", "2022-01", "planned", OTHER),), text=OTHER),
    ])  # fmt: skip
    events = store.events(EventQuery())
    # a month-precise telling in other words is never merged
    assert [e["id"] for e in events] == ["e3", "e1"]
    assert [s["article_id"] for s in events[1]["sources"]] == ["a", "b"]
    assert [s["event_id"] for s in store.event("e2")["sources"]] == ["e1", "e2"]


def test_negated_and_hypothetical_events_are_listed_only_when_asked(store) -> None:
    from dataclasses import replace

    unreal = replace(_event("e9", "2022-01-07", "planned"), hypothetical=True)
    store.add([_article("a", (unreal, _event("e1", "2022-01-08", "planned")))])
    assert [e["id"] for e in store.events(EventQuery())] == ["e1"]
    assert [e["id"] for e in store.events(EventQuery(unreal=True))] == ["e9", "e1"]


def test_a_telling_that_names_more_countries_joins_the_stored_happening(store) -> None:
    from dataclasses import replace

    china = Participant(name="China", country="CHN", sector=None, role=None)
    first = _event("e1", "2022-01-07", "planned")
    store.add([_article("a", (first,))])
    wider = replace(_event("e2", "2022-01-07", "planned"), recipients=(BLINKEN, china))
    store.add([_article("b", (wider,), text=TEXT + " ")])
    (event,) = store.events(EventQuery())
    assert [s["article_id"] for s in event["sources"]] == ["a", "b"]


def test_two_events_of_one_article_are_never_merged_by_the_store(store) -> None:
    store.add(
        [
            _article(
                "a", (_event("e1", "2022-01-07", "planned"), _event("e2", "2022-01-07", "planned"))
            )
        ]
    )
    assert [e["id"] for e in store.events(EventQuery())] == ["e1", "e2"]


def test_a_sentence_repeated_in_another_article_tells_one_happening(store) -> None:
    # a wire paragraph carried by two outlets, undated: one happening with two sources
    store.add([
        _article("a", (_event("e1", None, "occurred"),)),
        _article("b", (_event("e2", None, "occurred"),), text=TEXT + " "),
    ])  # fmt: skip
    (event,) = store.events(EventQuery())
    assert [s["article_id"] for s in event["sources"]] == ["a", "b"]
    # ... also when stored in two runs, unless the copies' dates conflict
    store.add([_article("c", (_event("e3", "2022-01-07", "occurred"),), text=TEXT + "  ")])
    store.add([_article("d", (_event("e4", "2021-12-11", "occurred"),), text=TEXT + "   ")])
    assert [[s["article_id"] for s in e["sources"]] for e in store.events(EventQuery())] == [
        ["d"],
        ["a", "b", "c"],
    ]
    # a short sentence may tell two happenings
    short = replace(
        _event("e5", None, "occurred"),
        evidence=Evidence(start=0, end=20, text="Police arrested him."),
    )
    store.add(
        [
            _article("e", (short,), "Police arrested him."),
            _article("f", (replace(short, id="e6"),), "Police arrested him. "),
        ]
    )
    assert len(store.events(EventQuery(type="CONSULT"))) == 4


def test_two_acts_of_one_sentence_in_two_copies_are_two_happenings(tmp_path: Path) -> None:
    text = "Government forces shelled Misrata and attacked Zintan on Sunday, rebels said."

    def act(eid: str, trigger: str) -> Event:
        at = text.index(trigger)
        return replace(
            _event(eid, None, "occurred", text),
            type="ASSAULT",
            evidence=Evidence(start=0, end=len(text), text=text, trigger_start=at,
                              trigger_end=at + len(trigger), trigger=trigger),
        )  # fmt: skip

    store = DuckDBStore(tmp_path / "copies.duckdb")
    store.add([_article("a", (act("a1", "shelled"), act("a2", "attacked")), text)])
    store.add([_article("b", (act("b1", "shelled"), act("b2", "attacked")), text + " ")])
    sources = sorted(
        sorted(s["event_id"] for s in e["sources"]) for e in store.events(EventQuery())
    )
    assert sources == [["a1", "b1"], ["a2", "b2"]]
    # a store written before the copies table gets its rows when opened again
    store.con.execute("DROP TABLE copies")  # as a store written before the table existed
    store.con.close()
    again = DuckDBStore(tmp_path / "copies.duckdb")
    assert again.con.execute("SELECT count(*) FROM copies").fetchone()[0] == 4
    again.add([_article("c", (act("c1", "shelled"),), text + "  ")])
    (shelling,) = [e for e in again.events(EventQuery()) if e["id"] == "a1"]
    assert [s["article_id"] for s in shelling["sources"]] == ["a", "b", "c"]
