"""Shared fixtures: the shared data folder and the seed article."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("DATELINE_SHARED", REPO.parent / "shared"))
EXAMPLES = REPO / "examples" / "articles"


def shared_file(relative: str) -> Path:
    """A file under ../shared, or skip the test saying what is missing."""
    path = SHARED / relative
    if not path.exists():
        pytest.skip(f"shared data absent: {path} (set DATELINE_SHARED)")
    return path


@pytest.fixture(scope="session")
def seed_path() -> Path:
    return shared_file("examples/seed.txt")
