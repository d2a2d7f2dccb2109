"""Shared helpers for the time stage's tests: parse a sentence once, run the stage on it."""

from __future__ import annotations

import functools
import os
from pathlib import Path

import pytest

from dateline.analyse import parse
from dateline.document import Document
from dateline.records import Article, Timex
from dateline.time import run

SHARED = Path(
    os.environ.get("DATELINE_SHARED", Path(__file__).resolve().parents[2] / ".." / "shared")
)


@functools.cache
def document(text: str, dct: str) -> Document:
    doc = Document(article=Article(id="t", date=dct, text=text), doc=parse(text))
    run(doc)
    return doc


def timexes(text: str, dct: str = "2021-12-15") -> list[Timex]:
    return document(text, dct).timexes


def only(text: str, dct: str = "2021-12-15") -> Timex:
    """The one time expression the sentence must hold."""
    found = timexes(text, dct)
    assert len(found) == 1, found
    return found[0]


@pytest.fixture(scope="session")
def shared() -> Path:
    if not (SHARED / "data" / "timex").is_dir():
        pytest.skip(f"shared data not found at {SHARED} (set DATELINE_SHARED)")
    return SHARED
