"""The seed article (../shared/examples/seed.txt, dated 2021-12-15) end to end: what the
spine issue says it must give."""

from __future__ import annotations

from pathlib import Path

import pytest

from dateline.pipeline import extract
from dateline.read import read_inputs
from dateline.records import Article, Event


@pytest.fixture(scope="module")
def seed(seed_path: Path) -> Article:
    (article,) = list(extract(read_inputs([str(seed_path)])))
    assert isinstance(article, Article), article
    return article


def _countries(event: Event) -> set[str]:
    return {p.country for p in (*event.actors, *event.recipients) if p.country}


def _names(event: Event) -> set[str]:
    return {p.name for p in (*event.actors, *event.recipients)}


def _value(event: Event) -> str | None:
    return event.date.value if event.date else None


def test_planned_two_plus_two_talks_in_washington(seed: Article) -> None:
    talks = [e for e in seed.events if e.type == "CONSULT" and _value(e) == "2022-01-07"]
    assert talks, [(_value(e), e.type) for e in seed.events]
    event = talks[0]
    assert {"JPN", "USA"} <= _countries(event)
    assert event.location is not None and event.location.geonameid == 4140963
    assert (event.status, event.certainty) == ("planned", "likely")
    assert event.attribution and "Kyodo News" in event.attribution


def test_ministers_visit_in_january_is_planned(seed: Article) -> None:
    visits = [
        e for e in seed.events
        if e.type == "CONSULT" and (_value(e) or "").startswith("2022-01")
        and {"Yoshimasa Hayashi", "Nobuo Kishi"} <= _names(e)
    ]  # fmt: skip
    assert visits and all(e.status == "planned" for e in visits)


def test_liverpool_meeting_occurred_once_with_both_tellings(seed: Article) -> None:
    meetings = [e for e in seed.events if e.type == "CONSULT" and _value(e) == "2021-12-11"]
    assert len(meetings) == 1, [(e.evidence.text, _value(e)) for e in seed.events]
    meeting = meetings[0]
    assert {"Antony Blinken", "Yoshimasa Hayashi"} <= _names(meeting)
    assert meeting.status == "occurred"
    assert meeting.location is not None and meeting.location.name == "Liverpool"
    assert meeting.location.country == "GBR"
    texts = [ev.text for ev in meeting.evidences]
    # both tellings of the meeting; later references to it ("his meeting with") may join them
    assert any("sidelines of the G7" in t for t in texts) and any("December.11" in t for t in texts)


def test_hayashi_to_attend_npt_conference_in_new_york(seed: Article) -> None:
    attend = [
        e for e in seed.events
        if e.location is not None and e.location.geonameid == 5128581
        and "Yoshimasa Hayashi" in {p.name for p in e.actors}
    ]  # fmt: skip
    assert attend, [(e.type, e.location) for e in seed.events]
    assert _value(attend[0]) == "2022-01" and attend[0].status == "planned"


@pytest.mark.parametrize(
    ("name", "country", "role"),
    [
        ("Yoshimasa Hayashi", "JPN", "Foreign Minister"),
        ("Nobuo Kishi", "JPN", "Defense Minister"),
        ("Antony Blinken", "USA", "Secretary of State"),
        ("Lloyd Austin", "USA", "Secretary of Defense"),
        ("Fumio Kishida", "JPN", "Prime Minister"),
    ],
)
def test_officials_resolved_with_country_and_role(
    seed: Article, name: str, country: str, role: str
) -> None:
    found = {(a.country, a.sector, a.role) for a in seed.actors if a.name == name}
    assert (country, "GOV", role) in found, found


def test_kyodo_news_is_a_source_not_an_actor(seed: Article) -> None:
    kyodo = [a for a in seed.actors if a.text == "Kyodo News"]
    assert kyodo and all(a.sector == "MED" for a in kyodo)
    assert not any("Kyodo" in p.name for e in seed.events for p in (*e.actors, *e.recipients))


def test_nothing_after_the_article_date_has_occurred(seed: Article) -> None:
    for event in seed.events:
        if _value(event) and _value(event)[:10] > seed.date:
            assert event.status != "occurred", event
