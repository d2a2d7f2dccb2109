"""Scoring the actors stage against PLOVER gold sentences (``../shared/data/events/plover_gsr_dev.jsonl``).

Every gold actor or recipient whose code starts with a country (CAMEO codes mapped to ISO3) must be
covered by an actor mention of that country: one overlapping its ``actorText`` in the sentence when
the text can be found there, else any mention in the sentence.
Example: ``dateline eval actors --gold ../shared/data/events/plover_gsr_dev.jsonl --errors``.
With ``--sample tests/actors/data/t17_sample.tsv`` it instead scores hand-checked mentions of
Timeline17 articles (read from ``--articles``, the shared ``news/t17_articles.jsonl.gz``).
"""

from __future__ import annotations

import argparse
import csv
import functools
import json
import re
import sys
import time
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..document import Document
from ..records import Actor, Article
from . import parsed, t17_articles

__all__ = [
    "ActorMiss",
    "ActorScores",
    "GoldActor",
    "SampleScores",
    "check_sample",
    "evaluate",
    "gold_actors",
    "iso3_of",
    "main",
    "score",
]

_PLACEHOLDER_DATE = "2000-01-01"  # PLOVER gold sentences carry no real date


@dataclass(frozen=True, slots=True)
class GoldActor:
    sentence_id: str
    text: str  # the sentence
    actor_text: str
    country: str  # ISO3
    start: int | None  # where actor_text was found in the sentence, if it was
    end: int | None


@dataclass(frozen=True, slots=True)
class ActorMiss:
    sentence_id: str
    actor_text: str
    gold: str
    predicted: tuple[str, ...]  # "text=COUNTRY" of the overlapping mentions (empty: not covered)
    sentence: str


@dataclass(slots=True)
class ActorScores:
    gold: int = 0
    located: int = 0  # gold actorText found verbatim (or in parts) in its sentence
    covered: int = 0  # some actor mention overlaps it
    correct: int = 0  # an overlapping mention has the gold country
    sentences: int = 0
    words: int = 0
    parse_seconds: float = 0.0
    stage_seconds: float = 0.0
    misses: list[ActorMiss] = field(default_factory=list)

    @property
    def coverage(self) -> float:
        return self.covered / self.gold if self.gold else 0.0

    @property
    def accuracy(self) -> float:
        """Country accuracy: gold actors covered by a mention of the right country, over all."""
        return self.correct / self.gold if self.gold else 0.0

    @property
    def accuracy_covered(self) -> float:
        return self.correct / self.covered if self.covered else 0.0


@functools.cache
def _valid_iso3() -> frozenset[str]:
    import pycountry

    from ..actors.lexicon import lexicon

    return frozenset(c.alpha_3 for c in pycountry.countries) | frozenset(lexicon().country_names)


def iso3_of(code: str | None) -> str | None:
    """The ISO3 country a CAMEO-style actor code starts with, or None (IGO, NGO, IMG …)."""
    from ..actors.lexicon import lexicon

    if not code or len(code) < 3:
        return None
    head = code[:3].upper()
    head = lexicon().cameo.get(head, head)
    return head if head in _valid_iso3() else None


def _locate(sentence: str, actor_text: str) -> tuple[int, int] | None:
    """Where the gold actorText is in the sentence; "Bosnian Serbs ... forces" by its first part."""
    text = actor_text.strip()
    for needle in (text, *re.split(r"\s*\.\.+\s*", text)):
        if not needle:
            continue
        i = sentence.find(needle)
        if i < 0:
            i = sentence.lower().find(needle.lower())
        if i >= 0:
            return i, i + len(needle)
    return None


def gold_actors(record: dict[str, Any]) -> list[GoldActor]:
    """The country-coded gold actors and recipients of one sentence, each once."""
    seen: set[tuple[str, str]] = set()
    out = []
    text = record["text"]
    for event in record.get("events") or []:
        for part in (event.get("actor") or []) + (event.get("recipient") or []):
            country = iso3_of(part.get("code"))
            actor_text = part.get("actorText") or ""
            if country is None or not actor_text or (actor_text, country) in seen:
                continue
            seen.add((actor_text, country))
            where = _locate(text, actor_text)
            start, end = where if where else (None, None)
            out.append(GoldActor(record["id"], text, actor_text, country, start, end))
    return out


def score(golds: Sequence[GoldActor], actors: Sequence[Actor], scores: ActorScores) -> None:
    """Add one sentence's gold actors and predicted mentions to ``scores``."""
    for gold in golds:
        scores.gold += 1
        if gold.start is not None:
            scores.located += 1
            hits = [a for a in actors if a.start < gold.end and a.end > gold.start]
        else:
            hits = list(actors)
        if hits:
            scores.covered += 1
        if any(a.country == gold.country for a in hits):
            scores.correct += 1
            continue
        predicted = tuple(f"{a.text}={a.country}" for a in hits)
        scores.misses.append(
            ActorMiss(gold.sentence_id, gold.actor_text, gold.country, predicted, gold.text)
        )


def _load(path: Path, limit: int | None) -> list[dict[str, Any]]:
    records = []
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            if line.strip():
                records.append(json.loads(line))
            if limit is not None and len(records) >= limit:
                break
    return records


def evaluate(path: Path, *, limit: int | None = None, kb: Any = None) -> ActorScores:
    """Run the actors stage over the gold sentences and score it (a fresh knowledge base by default)."""
    from .. import actors
    from ..actors.knowledge import KnowledgeBase
    from ..actors.lexicon import cities, lexicon

    kb = kb if kb is not None else KnowledgeBase.from_table()
    lexicon(), cities()  # loaded once per process: not part of the per-document cost timed below
    records = _load(path, limit)
    scores = ActorScores(sentences=len(records))
    t0 = time.perf_counter()
    docs = parsed([r["text"] for r in records])
    scores.parse_seconds = time.perf_counter() - t0
    for record, doc in zip(records, docs, strict=True):
        article = Article(id=record["id"], date=_PLACEHOLDER_DATE, text=record["text"])
        document = Document(article=article, doc=doc)
        t1 = time.perf_counter()
        actors.run(document, kb)
        scores.stage_seconds += time.perf_counter() - t1
        scores.words += len(doc)
        score(gold_actors(record), document.actors, scores)
    return scores


@dataclass(slots=True)
class SampleScores:
    """Hand-checked mentions of real articles: how many the stage now gets right."""

    checked: int = 0
    correct: int = 0
    misses: list[str] = field(default_factory=list)

    @property
    def accuracy(self) -> float:
        return self.correct / self.checked if self.checked else 0.0


def _sample_rows(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8") as fh:
        lines = (line for line in fh if line.strip() and not line.startswith("#"))
        return list(csv.DictReader(lines, delimiter="\t", quoting=csv.QUOTE_NONE))


def _agrees(row: dict[str, str], hits: list[Actor]) -> bool:
    """A "-" row must have no mention; otherwise the best-overlapping mention must match
    (country ``*``: any; ``!X``: any but X)."""
    if row["country"] == "-":
        return not hits
    if not hits:
        return False
    start, end = int(row["start"]), int(row["end"])
    best = max(hits, key=lambda a: min(a.end, end) - max(a.start, start))
    country = row["country"]
    right_country = (
        best.country != country[1:]
        if country.startswith("!")
        else country in ("*", best.country or "")
    )
    return (
        right_country
        and row["sector"] in ("*", best.sector or "")
        and row["kind"] in ("", best.kind)
    )


def check_sample(sample: Path, articles: Path) -> SampleScores:
    """Run the stage over the sample's articles (in file order, one knowledge base) and score it."""
    from .. import actors
    from ..actors.knowledge import KnowledgeBase

    rows = _sample_rows(sample)
    order = list(dict.fromkeys(r["id"] for r in rows))
    records = t17_articles(articles)
    docs = parsed([records[i]["text"] for i in order])
    kb = KnowledgeBase.from_table()
    found: dict[str, list[Actor]] = {}
    for article_id, doc in zip(order, docs, strict=True):
        record = records[article_id]
        article = Article(id=article_id, date=record["date"], text=record["text"])
        document = Document(article=article, doc=doc)
        actors.run(document, kb)
        found[article_id] = document.actors
    s = SampleScores()
    for row in rows:
        start, end = int(row["start"]), int(row["end"])
        hits = [a for a in found[row["id"]] if a.start < end and a.end > start]
        s.checked += 1
        if _agrees(row, hits):
            s.correct += 1
            continue
        got = "; ".join(f"{a.text}={a.country}/{a.sector}/{a.kind}" for a in hits) or "none"
        want = f"{row['country']}/{row['sector']}"
        s.misses.append(f"{row['id']} {row['text']!r} want {want}: {got}  ({row['note']})")
    return s


def _report(s: ActorScores, errors: bool) -> str:
    lines = [
        f"sentences {s.sentences}  country-coded gold actors {s.gold}  located in text {s.located}",
        f"coverage {s.coverage:.3f} ({s.covered}/{s.gold})",
        f"country accuracy {s.accuracy:.3f} ({s.correct}/{s.gold}); over covered {s.accuracy_covered:.3f}",
        f"actor stage {s.stage_seconds:.2f}s for {s.words} tokens"
        f" ({s.words / s.stage_seconds if s.stage_seconds else 0:,.0f} tokens/s; spaCy parse {s.parse_seconds:.1f}s)",
    ]
    if errors:
        lines.append(f"misses ({len(s.misses)}):")
        for m in s.misses:
            got = ", ".join(m.predicted) if m.predicted else "not covered"
            lines.append(
                f"  {m.sentence_id}  {m.actor_text!r} gold {m.gold}: {got}\n      {m.sentence.strip()}"
            )
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="dateline eval actors",
        description="Score actor country resolution against PLOVER gold sentences.",
        epilog="example:\n  dateline eval actors --gold ../shared/data/events/plover_gsr_dev.jsonl --errors",
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--gold", type=Path, help="PLOVER gold JSON Lines file")
    parser.add_argument(
        "--sample", type=Path, help="hand-checked T17 mentions (TSV) to score instead"
    )
    parser.add_argument(
        "--articles",
        type=Path,
        default=Path(__file__).resolve().parents[3]
        / ".."
        / "shared/data/news/t17_articles.jsonl.gz",
        help="Timeline17 articles the sample's ids refer to",
    )
    parser.add_argument("--errors", action="store_true", help="list the gold actors missed")
    parser.add_argument("--limit", type=int, default=None, help="score only the first N sentences")
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    args = parser.parse_args(argv)
    if args.sample is not None:
        return _main_sample(args.sample, args.articles, args.errors)
    if args.gold is None:
        parser.error("one of --gold or --sample is required")
    if not args.gold.exists():
        print(f"dateline eval actors: {args.gold}: no such file", file=sys.stderr)
        return 2
    s = evaluate(args.gold, limit=args.limit)
    if args.json:
        figures = {
            "gold": s.gold,
            "located": s.located,
            "coverage": s.coverage,
            "accuracy": s.accuracy,
        }
        print(json.dumps(figures))
    else:
        print(_report(s, args.errors))
    return 0


def _main_sample(sample: Path, articles: Path, errors: bool) -> int:
    for path in (sample, articles):
        if not path.exists():
            print(f"dateline eval actors: {path}: no such file", file=sys.stderr)
            return 2
    s = check_sample(sample, articles)
    print(f"hand-checked mentions {s.checked}  right {s.correct}  accuracy {s.accuracy:.3f}")
    if errors:
        print("\n".join(f"  {m}" for m in s.misses))
    return 0
