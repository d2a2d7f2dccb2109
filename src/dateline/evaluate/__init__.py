"""Scoring each stage against gold data: one module per stage, used by ``dateline eval``.

Parsing dominates an evaluation and the dev sets are scored again and again, so parsed
documents are cached as spaCy DocBins, keyed by model, spaCy version and the texts.
"""

from __future__ import annotations

import functools
import gzip
import hashlib
import json
import os
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from spacy.tokens import Doc


def cache_dir() -> Path:
    """$DATELINE_CACHE, else a folder in the temp dir."""
    return Path(os.environ.get("DATELINE_CACHE") or Path(tempfile.gettempdir()) / "dateline-cache")


def parsed(texts: list[str], *, cache: bool = True) -> list[Doc]:
    """spaCy docs for ``texts`` in order, from the cache when it holds them."""
    from spacy import __version__ as spacy_version
    from spacy.tokens import DocBin

    from ..analyse import MODEL, analyse, load_model

    nlp = load_model()
    key = "\x00".join([MODEL, str(nlp.meta.get("version")), spacy_version, *nlp.pipe_names, *texts])
    path = cache_dir() / f"docs-{hashlib.sha1(key.encode()).hexdigest()[:16]}.spacy"
    if cache and path.exists():
        return list(DocBin().from_disk(path).get_docs(nlp.vocab))
    docs = list(analyse(texts))
    if cache:
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            DocBin(store_user_data=False, docs=docs).to_disk(path)
        except OSError:
            pass  # a read-only cache only costs a parse next time
    return docs


T17 = "data/news/t17_articles.jsonl.gz"


@functools.cache
def t17_articles(path: Path | None = None) -> dict[str, dict[str, Any]]:
    """Timeline17 article records by id (default: ../shared), read once per process."""
    from ..bench import shared_dir

    path = path or shared_dir() / T17
    if not path.exists():
        raise FileNotFoundError(f"{path}: the Timeline17 articles gold records quote by reference")
    with gzip.open(path, "rt", encoding="utf-8") as f:
        return {r["id"]: r for r in map(json.loads, f)}


def gold_files_exist(paths: list[Path]) -> bool:
    """True when every gold file is there; else the first missing one is named on stderr."""
    missing = [path for path in paths if not Path(path).is_file()]
    if missing:
        print(f"error: no gold file at {missing[0]}", file=sys.stderr)
    return not missing


def gold_records(path: str | Path) -> Iterator[dict[str, Any]]:
    """The records of a gold JSON Lines file, in order.

    A record may quote a Timeline17 article by reference instead of carrying its text:
    ``{"article": ID, "start": i, "end": j, ...}`` gets ``text`` = that article's
    ``text[i:j]`` from ../shared, so the repository never holds a copy of shared data.
    """
    with open(path, encoding="utf-8") as f:
        for line in f:
            if not line.strip():
                continue
            record = json.loads(line)
            if "text" not in record and "article" in record:
                text = t17_articles()[record["article"]]["text"]
                record["text"] = text[record.get("start", 0) : record.get("end", len(text))]
            yield record
