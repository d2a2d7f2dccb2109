"""Shared fixtures for the places tests: parse each text once per session."""

from __future__ import annotations

import functools
import os
from pathlib import Path

import pytest

from dateline import places
from dateline.analyse import parse
from dateline.document import Document
from dateline.records import Article


def shared_dir() -> Path:
    default = Path(__file__).resolve().parents[2] / ".." / "shared"
    return Path(os.environ.get("DATELINE_SHARED", default))


@functools.cache
def placed(text: str, date: str = "2021-12-15") -> Document:
    """The Document of ``text`` after the places stage (cached: parsing is the slow part)."""
    doc = Document(Article(id="test", date=date, text=text), parse(text))
    places.run(doc)
    return doc


@pytest.fixture(scope="session")
def seed() -> Document:
    path = shared_dir() / "examples" / "seed.txt"
    if not path.exists():
        pytest.skip(f"shared seed article not found at {path} (set DATELINE_SHARED)")
    raw = path.read_text(encoding="utf-8")
    date, text = raw.split(" ", 2)[1], raw.split(" ", 2)[2]
    return placed(text.lstrip(), date)
