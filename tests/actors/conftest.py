"""Fixtures for the actors stage tests: a fixture office-holder table and a one-call analyser."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from functools import cache
from pathlib import Path

import pytest

from dateline.actors import run
from dateline.actors.knowledge import TABLE, KnowledgeBase
from dateline.analyse import parse
from dateline.document import Document
from dateline.records import Actor, Article
from dateline.tables import lines

FIXTURE_TABLE = Path(__file__).resolve().parent / "office_holders_fixture.tsv"

Analyse = Callable[..., list[Actor]]


@pytest.fixture()
def kb() -> KnowledgeBase:
    """A fresh knowledge base holding only the fixture rows (tests stay independent of the real table)."""
    return KnowledgeBase.from_table(FIXTURE_TABLE)


def actors_of(
    text: str, kb: KnowledgeBase, date: str = "2021-12-15", doc_id: str = "t"
) -> list[Actor]:
    document = Document(article=Article(id=doc_id, date=date, text=text), doc=parse(text))
    run(document, kb)
    return document.actors


@pytest.fixture()
def analyse(kb: KnowledgeBase) -> Analyse:
    def _run(text: str, date: str = "2021-12-15", doc_id: str = "t") -> list[Actor]:
        return actors_of(text, kb, date, doc_id)

    return _run


def by_text(actors: list[Actor], text: str) -> Actor:
    found = [a for a in actors if a.text == text]
    assert found, f"no actor mention {text!r} in {[a.text for a in actors]}"
    return found[0]


def actor_named(kb: KnowledgeBase, text: str, date: str, mention: str) -> Actor:
    """The actor whose mention is ``mention`` in ``text`` read on ``date``."""
    return by_text(actors_of(text, kb, date), mention)


HOLDER_COLUMNS = ["country", "office", "title", "name", "aliases", "start", "end", "source"]


@cache
def holder_rows() -> tuple[dict[str, str], ...]:
    """The office-holder table's rows, checked to have exactly its eight columns."""
    header, *body = lines(TABLE)
    assert header == HOLDER_COLUMNS, header
    return tuple(dict(zip(HOLDER_COLUMNS, cells, strict=True)) for cells in body)


def holders_on(country: str, office: str, day: str) -> set[str]:
    """The names the table gives for an office on a day (start <= day < end)."""
    when = dt.date.fromisoformat(day)
    return {
        r["name"]
        for r in holder_rows()
        if (r["country"], r["office"]) == (country, office)
        and dt.date.fromisoformat(r["start"]) <= when
        and (not r["end"] or when < dt.date.fromisoformat(r["end"]))
    }
