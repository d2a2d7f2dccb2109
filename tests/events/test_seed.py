"""The seed article (../shared/examples/seed.txt): the four events the spine issue names."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from dateline import events
from dateline.document import Document
from dateline.records import Event

from .conftest import Build, place, timex


def _seed(seed_path: Path) -> tuple[str, str]:
    raw = seed_path.read_text(encoding="utf-8")
    m = re.match(r"\s*date (\d{4}-\d{2}-\d{2})\s", raw)
    assert m, "seed.txt must start with 'date YYYY-MM-DD'"
    return m.group(1), raw[m.end() :]


@pytest.fixture(scope="module")
def seed(seed_path: Path, build: Build) -> Document:
    date, text = _seed(seed_path)
    months = [m.start() for m in re.finditer(r"\bJanuary\b(?! 7)", text)]
    timexes = [
        timex(text, "January 7", "2022-01-07"),
        timex(text, "December.11", "2021-12-11"),
        *(timex(text, "January", "2022-01", nth=0) for _ in months[:1]),
    ]
    timexes += [
        type(timexes[0])(start=s, end=s + 7, text="January", type="DATE", value="2022-01")
        for s in months[1:]
    ]
    places = [
        place(text, "Washington", "Washington, D.C.", "USA", "PPLC", 4140963),
        place(text, "New York", "New York City", "USA", "PPL", 5128581),
        place(text, "Liverpool", "Liverpool", "GBR", "PPLA2", 2644210),
    ]
    doc = build(text, date, timexes=timexes, places=places)
    events.run(doc)
    return doc


def _names(ev: Event) -> set[str]:
    return {p.name for p in (*ev.actors, *ev.recipients)}


def _with_trigger(doc: Document, word: str) -> list[Event]:
    return [e for e in doc.events if any(x.trigger and word in x.trigger for x in e.evidences)]


def test_ministerial_talks_planned_likely_attributed_to_kyodo(seed: Document) -> None:
    (talks,) = [e for e in seed.events if e.date and e.date.value == "2022-01-07"]
    assert talks.type == "CONSULT"
    assert talks.status == "planned"
    assert talks.certainty == "likely"
    assert talks.attribution and "Kyodo News" in talks.attribution
    assert talks.location and talks.location.name == "Washington, D.C."
    assert {"Yoshimasa Hayashi", "Nobuo Kishi"} <= {a.name for a in talks.actors}
    assert {"Antony Blinken", "Lloyd Austin"} <= _names(talks)


def test_visit_to_united_states_is_planned_for_january(seed: Document) -> None:
    (visit,) = _with_trigger(seed, "visit")
    assert visit.type == "CONSULT"
    assert visit.status == "planned"
    assert visit.date and visit.date.value.startswith("2022-01")
    assert "United States" in _names(visit)


def test_blinken_hayashi_meeting_told_twice_is_one_occurred_event(seed: Document) -> None:
    met = [e for e in seed.events if e.status == "occurred" and "Antony Blinken" in _names(e)]
    assert len(met) == 1
    (ev,) = met
    assert ev.type == "CONSULT"
    assert ev.date and ev.date.value == "2021-12-11"
    assert ev.location and ev.location.name == "Liverpool"
    assert [a.name for a in ev.actors] == ["Antony Blinken"]
    assert "Yoshimasa Hayashi" in {r.name for r in ev.recipients}
    texts = [x.text for x in ev.evidences]
    assert any("sidelines of the G7" in t for t in texts), texts
    assert any("in Liverpool" in t for t in texts), texts


def test_npt_conference_attendance_in_new_york_is_planned(seed: Document) -> None:
    (attend,) = _with_trigger(seed, "attend")
    assert attend.type == "CONSULT"
    assert attend.mode == "multilateral"
    assert attend.status == "planned"
    assert attend.certainty == "likely"
    assert [a.name for a in attend.actors] == ["Yoshimasa Hayashi"]
    assert attend.location and attend.location.name == "New York City"
    assert attend.date and attend.date.value == "2022-01"


def test_news_agency_is_a_source_not_a_participant(seed: Document) -> None:
    assert all("Kyodo News" not in _names(e) for e in seed.events)


def test_nothing_after_the_article_date_has_occurred(seed: Document) -> None:
    for ev in seed.events:
        if ev.date and ev.date.value and ev.date.value[:7] > seed.article.date[:7]:
            assert ev.status != "occurred", ev


def test_evidence_spans_are_exact_and_ids_stable(seed: Document) -> None:
    ids = [e.id for e in seed.events]
    assert len(set(ids)) == len(ids) and all(len(i) == 16 for i in ids)
    for ev in seed.events:
        for x in ev.evidences:
            assert seed.text[x.start : x.end] == x.text
            assert x.start <= x.trigger_start < x.trigger_end <= x.end
            assert seed.text[x.trigger_start : x.trigger_end] == x.trigger


@pytest.fixture(scope="module")
def seed_pipeline(seed_path: Path) -> Document:
    """The seed through every stage (time, actors, places, events) as the pipeline runs them."""
    from dateline import actors, places, time
    from dateline.analyse import parse
    from dateline.records import Article

    date, text = _seed(seed_path)
    doc = Document(article=Article(id="seed-2021-12-15", date=date, text=text), doc=parse(text))
    for stage in (time, actors, places, events):
        stage.run(doc)
    return doc


def test_seed_through_the_whole_pipeline(seed_pipeline: Document) -> None:
    consult = [e for e in seed_pipeline.events if e.type == "CONSULT"]
    talks = [e for e in consult if e.date and e.date.value == "2022-01-07"]
    assert len(talks) == 1
    assert (talks[0].status, talks[0].certainty) == ("planned", "likely")
    assert talks[0].attribution and "Kyodo News" in talks[0].attribution
    assert talks[0].location and talks[0].location.country == "USA"
    met = [e for e in consult if e.status == "occurred" and "Antony Blinken" in _names(e)]
    assert len(met) == 1 and len(met[0].evidences) >= 2
    assert met[0].date and met[0].date.value == "2021-12-11"
    assert met[0].location and met[0].location.country == "GBR"
    (attend,) = _with_trigger(seed_pipeline, "attend")
    assert attend.status == "planned" and attend.date and attend.date.value == "2022-01"
    assert attend.location and attend.location.name and "New York" in attend.location.name
    assert all("Kyodo News" not in _names(e) for e in seed_pipeline.events)
