"""The seed article: the five named officials with the right country and role, Kyodo News as MED."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from dateline.actors.knowledge import KnowledgeBase
from dateline.records import Actor

from ..conftest import shared_file
from .conftest import FIXTURE_TABLE, actors_of

EXPECTED = {
    "Yoshimasa Hayashi": ("JPN", "GOV", "Foreign Minister"),
    "Nobuo Kishi": ("JPN", "GOV", "Defense Minister"),
    "Antony Blinken": ("USA", "GOV", "Secretary of State"),
    "Lloyd Austin": ("USA", "GOV", "Secretary of Defense"),
    "Fumio Kishida": ("JPN", "GOV", "Prime Minister"),
}


def _seed_actors(table: Path | None) -> tuple[str, list[Actor]]:
    raw = shared_file("examples/seed.txt").read_text(encoding="utf-8")
    form = re.match(r"\s*date\s+(\d{4}-\d{2}-\d{2})\s+", raw)
    assert form, "seed.txt is not in the `date YYYY-MM-DD <text>` form"
    date, text = form.group(1), raw[form.end() :]
    kb = KnowledgeBase.from_table(table) if table else KnowledgeBase.from_table()
    return text, actors_of(text, kb, date=date, doc_id="seed")


@pytest.mark.parametrize("table", [FIXTURE_TABLE, None], ids=["fixture-table", "shipped-table"])
def test_seed_officials(table: Path | None) -> None:
    text, actors = _seed_actors(table)
    for name, expected in EXPECTED.items():
        found = {(a.country, a.sector, a.role) for a in actors if a.name == name}
        assert found == {expected}, name
    for actor in actors:
        assert text[actor.start : actor.end] == actor.text


def test_seed_kyodo_is_media() -> None:
    _, actors = _seed_actors(FIXTURE_TABLE)
    kyodo = [a for a in actors if a.text == "Kyodo News"]
    assert kyodo and all((a.sector, a.kind) == ("MED", "organization") for a in kyodo)


def test_seed_later_mentions_resolve() -> None:
    _, actors = _seed_actors(FIXTURE_TABLE)
    assert {a.name for a in actors if a.text == "Japanese Foreign minister"} == {
        "Yoshimasa Hayashi"
    }
    assert {a.name for a in actors if a.text == "Blinken"} == {"Antony Blinken"}
