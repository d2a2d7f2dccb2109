"""Where articles and events are kept: one module per backend behind one interface."""

from __future__ import annotations

from pathlib import Path

from .base import EventQuery, IngestCounts, Store, value_range

__all__ = ["DEFAULT_PATH", "EventQuery", "IngestCounts", "Store", "open_store", "value_range"]

DEFAULT_PATH = "dateline.duckdb"


def open_store(path: str | Path = DEFAULT_PATH, *, read_only: bool = False) -> Store:
    """Open the store at ``path`` (a DuckDB file), importing the backend only when used."""
    from .duckdb import DuckDBStore

    return DuckDBStore(path, read_only=read_only)
