"""Scoring the places stage against geoparsing gold (``../shared/data/geo/*.jsonl``).

Recognition P/R/F1 with overlap matching, accuracy within 161 km over recognised gold
toponyms that have coordinates, exact GeoNames id match, and the list of errors.
Example: ``dateline eval places --gold ../shared/data/geo/lgl.jsonl --errors``.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..document import Document
from ..records import Article, Place
from . import gold_records, parsed

__all__ = ["GoldDoc", "PlaceError", "PlaceScores", "evaluate", "load_gold", "main", "score"]

KM = 161.0
_PLACEHOLDER_DATE = "2000-01-01"  # geo gold has no article dates; the places stage ignores them


@dataclass(frozen=True, slots=True)
class GoldDoc:
    id: str
    text: str
    toponyms: tuple[dict[str, Any], ...]


@dataclass(frozen=True, slots=True)
class PlaceError:
    """One error: a missed gold toponym, a spurious place, or one resolved too far away."""

    doc_id: str
    kind: str  # "missed", "spurious", "far", "unresolved"
    text: str
    gold: str | None = None
    predicted: str | None = None
    km: float | None = None


@dataclass(slots=True)
class PlaceScores:
    docs: int = 0
    gold: int = 0
    predicted: int = 0
    matched: int = 0
    located: int = 0  # matched gold toponyms with coordinates
    within: int = 0  # of those, resolved within 161 km
    with_id: int = 0  # matched gold toponyms with a GeoNames id
    exact_id: int = 0
    words: int = 0
    parse_seconds: float = 0.0
    stage_seconds: float = 0.0
    errors: list[PlaceError] = field(default_factory=list)

    @property
    def precision(self) -> float:
        return self.matched / self.predicted if self.predicted else 0.0

    @property
    def recall(self) -> float:
        return self.matched / self.gold if self.gold else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    @property
    def acc161(self) -> float:
        return self.within / self.located if self.located else 0.0

    @property
    def id_accuracy(self) -> float:
        return self.exact_id / self.with_id if self.with_id else 0.0

    def summary(self) -> str:
        speed = self.words / self.stage_seconds if self.stage_seconds else float("inf")
        share = (
            f"{self.stage_seconds / self.parse_seconds:.1%} of parse time {self.parse_seconds:.1f} s"
            if self.parse_seconds
            else "parse cached, not timed"
        )
        exact = (
            f"{self.id_accuracy:.3f}  ({self.exact_id}/{self.with_id})" if self.with_id else "n/a"
        )
        return (
            f"docs {self.docs}  gold {self.gold}  predicted {self.predicted}  matched {self.matched}\n"
            f"recognition  P {self.precision:.3f}  R {self.recall:.3f}  F1 {self.f1:.3f}\n"
            f"acc@161km    {self.acc161:.3f}  ({self.within}/{self.located})\n"
            f"exact id     {exact}\n"
            f"speed        places stage {self.stage_seconds:.2f} s for {self.words} words "
            f"({speed:,.0f} words/s; {share})"
        )


def load_gold(path: Path, limit: int | None = None) -> list[GoldDoc]:
    docs = []
    try:
        for n, d in enumerate(gold_records(path), 1):
            if "text" not in d or "id" not in d:
                raise ValueError(f"{path}: record {n}: not a geo gold record (no id or text)")
            docs.append(GoldDoc(str(d["id"]), d["text"], tuple(d.get("toponyms") or ())))
            if limit is not None and len(docs) >= limit:
                break
    except json.JSONDecodeError as exc:
        raise ValueError(f"{path}: not JSON Lines ({exc})") from exc
    return docs


def _overlaps(p: Place, g: dict[str, Any]) -> bool:
    return p.start < g["end"] and g["start"] < p.end


def _score_doc(s: PlaceScores, gold: GoldDoc, places: Sequence[Place]) -> None:
    from ..places.gazetteer import distance_km

    s.docs += 1
    s.gold += len(gold.toponyms)
    s.predicted += len(places)
    used: set[int] = set()
    for g in gold.toponyms:
        j = next((j for j, p in enumerate(places) if j not in used and _overlaps(p, g)), None)
        if j is None:
            s.errors.append(PlaceError(gold.id, "missed", g["phrase"], gold=g.get("name")))
            continue
        used.add(j)
        s.matched += 1
        p = places[j]
        if g.get("geonameid") is not None:
            s.with_id += 1
            s.exact_id += p.geonameid == g["geonameid"]
        if g.get("lat") is None:
            continue
        s.located += 1
        km = None if p.lat is None else distance_km(p.lat, p.lon, g["lat"], g["lon"])  # type: ignore[arg-type]
        if km is not None and km <= KM:
            s.within += 1
        else:
            kind = "unresolved" if km is None else "far"
            label = f"{p.name} {p.country} {p.feature}"
            s.errors.append(PlaceError(gold.id, kind, g["phrase"], g.get("name"), label, km))
    for j, p in enumerate(places):
        if j not in used:
            s.errors.append(PlaceError(gold.id, "spurious", p.text, predicted=p.name))


def score(gold: Iterable[GoldDoc], predicted: Iterable[Sequence[Place]]) -> PlaceScores:
    """Score predicted places (one sequence per gold doc, same order) against the gold."""
    s = PlaceScores()
    for g, places in zip(gold, predicted, strict=True):
        _score_doc(s, g, places)
    return s


def _parsed(texts: list[str], cache: bool) -> tuple[list[Any], float]:
    """Parsed docs, and the seconds parsing took (timed only with the cache off: a cached
    run may have loaded them instead)."""
    t0 = time.perf_counter()
    docs = parsed(texts, cache=cache)
    return docs, 0.0 if cache else time.perf_counter() - t0


def evaluate(path: Path, limit: int | None = None, cache: bool = True) -> PlaceScores:
    """Parse the gold texts, run the actors and places stages, and score the places."""
    from .. import actors, places

    gold = load_gold(path, limit)
    parsed, parse_seconds = _parsed([g.text for g in gold], cache)
    places.warm_up()
    predicted = []
    stage = 0.0
    for g, parsed_doc in zip(gold, parsed, strict=True):
        doc = Document(Article(id=g.id, date=_PLACEHOLDER_DATE, text=g.text), parsed_doc)
        actors.run(doc)
        t0 = time.perf_counter()
        places.run(doc)
        stage += time.perf_counter() - t0
        predicted.append(sorted(doc.places, key=lambda p: p.start))
    s = score(gold, predicted)
    s.words = sum(len(p) for p in parsed)
    s.parse_seconds, s.stage_seconds = parse_seconds, stage
    return s


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(
        prog="dateline eval places",
        description=__doc__,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--gold", type=Path, required=True, help="geo gold JSONL file")
    parser.add_argument("--errors", action="store_true", help="list every error")
    parser.add_argument("--limit", type=int, default=None, help="score only the first N docs")
    parser.add_argument("--no-cache", action="store_true", help="parse again, do not cache")
    args = parser.parse_args(argv)
    if not args.gold.exists():
        print(f"error: no gold file {args.gold}", file=sys.stderr)
        return 2
    s = evaluate(args.gold, args.limit, cache=not args.no_cache)
    if args.errors:
        for e in s.errors:
            km = f"{e.km:.0f} km" if e.km is not None else ""
            print(
                f"{e.kind:10} {e.doc_id:>10}  {e.text!r:28} gold={e.gold!s:28} got={e.predicted!s} {km}"
            )
    print(s.summary())
    return 0
