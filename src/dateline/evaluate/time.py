"""Score the time stage as TempEval-3 does: ``dateline eval time --gold FILE.jsonl``.

Relaxed (any overlap) and strict (exact) span P/R/F1, value and type accuracy over the
relaxed matches, value F1 = value accuracy × relaxed F1, type F1 likewise.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..document import Document
from ..records import Article, Timex
from . import gold_records, parsed

if TYPE_CHECKING:
    pass

__all__ = ["Score", "documents", "load_gold", "main", "score", "score_file"]


@dataclass
class Score:
    """TempEval-3 figures for one gold file."""

    gold: int = 0
    system: int = 0
    relaxed: int = 0  # gold timexes matched by an overlapping system timex (one-to-one)
    strict: int = 0
    value_ok: int = 0
    type_ok: int = 0
    errors: list[str] = field(default_factory=list)

    @staticmethod
    def _f(p: float, r: float) -> float:
        return 2 * p * r / (p + r) if p + r else 0.0

    def prf(self, hits: int) -> tuple[float, float, float]:
        p = hits / self.system if self.system else 0.0
        r = hits / self.gold if self.gold else 0.0
        return p, r, self._f(p, r)

    @property
    def relaxed_f1(self) -> float:
        return self.prf(self.relaxed)[2]

    @property
    def strict_f1(self) -> float:
        return self.prf(self.strict)[2]

    @property
    def value_accuracy(self) -> float:
        return self.value_ok / self.relaxed if self.relaxed else 0.0

    @property
    def value_f1(self) -> float:
        return self.value_accuracy * self.relaxed_f1

    @property
    def type_f1(self) -> float:
        return (self.type_ok / self.relaxed if self.relaxed else 0.0) * self.relaxed_f1

    def report(self, name: str) -> str:
        rp, rr, rf = self.prf(self.relaxed)
        sp, sr, sf = self.prf(self.strict)
        return (
            f"{name}: gold {self.gold}, system {self.system}\n"
            f"  relaxed span  P {rp:.3f}  R {rr:.3f}  F1 {rf:.3f}\n"
            f"  strict span   P {sp:.3f}  R {sr:.3f}  F1 {sf:.3f}\n"
            f"  value accuracy {self.value_accuracy:.3f}  value F1 {self.value_f1:.3f}\n"
            f"  type F1 {self.type_f1:.3f}"
        )


def load_gold(path: Path, limit: int | None = None) -> list[dict[str, Any]]:
    """The gold documents of a TempEval-style JSON Lines file; a document may quote a
    Timeline17 article by reference (``"article": ID``) instead of carrying its text."""
    rows = list(gold_records(path))
    return rows[:limit] if limit else rows


def documents(rows: Sequence[dict[str, Any]]) -> list[Document]:
    texts = [r["text"] for r in rows]
    out = []
    for row, doc in zip(rows, parsed(texts), strict=True):
        article = Article(id=row["doc_id"], date=row["dct"][:10], text=row["text"])
        out.append(Document(article=article, doc=doc))
    return out


def score(
    pairs: Iterable[tuple[Document, list[dict[str, Any]]]], with_errors: bool = False
) -> Score:
    """Compare each document's ``timexes`` with its gold TIMEX3 list."""
    s = Score()
    for doc, gold in pairs:
        _score_doc(s, doc, gold, with_errors)
    return s


def _score_doc(s: Score, doc: Document, gold: list[dict[str, Any]], with_errors: bool) -> None:
    system: list[Timex] = sorted(doc.timexes, key=lambda t: t.start)
    s.gold += len(gold)
    s.system += len(system)
    used: set[int] = set()
    for g in gold:
        hit = _best_overlap(g, system, used)
        if hit is None:
            if with_errors:
                s.errors.append(f"MISS  {doc.article.id}  {g['text']!r} {g['type']} {g['value']}")
            continue
        used.add(hit)
        t = system[hit]
        s.relaxed += 1
        s.strict += t.start == g["start"] and t.end == g["end"]
        s.value_ok += t.value == g["value"]
        s.type_ok += t.type == g["type"]
        if with_errors and t.value != g["value"]:
            s.errors.append(
                f"VALUE {doc.article.id} {doc.article.date}  {g['text']!r}: gold {g['value']}"
                f" {g['type']}, got {t.value} {t.type} ({t.text!r})"
            )
    if with_errors:
        for i, t in enumerate(system):
            if i not in used:
                s.errors.append(f"FALSE {doc.article.id}  {t.text!r} {t.type} {t.value}")


def _best_overlap(g: dict[str, Any], system: list[Timex], used: set[int]) -> int | None:
    best, best_len = None, 0
    for i, t in enumerate(system):
        overlap = min(t.end, g["end"]) - max(t.start, g["start"])
        if overlap > best_len and i not in used:
            best, best_len = i, overlap
    return best


def score_file(path: Path, limit: int | None = None, with_errors: bool = False) -> Score:
    """Run the time stage over a gold file and score it."""
    from .. import time as time_stage

    rows = load_gold(path, limit)
    docs = documents(rows)
    for doc in docs:
        time_stage.run(doc)
    return score(zip(docs, (r["timexes"] for r in rows), strict=True), with_errors)


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(
        prog="dateline eval time",
        description="Score the time stage against TempEval-3 gold TIMEX3 (JSON Lines).",
        epilog="example: dateline eval time --gold ../shared/data/timex/timebank.jsonl --errors",
    )
    parser.add_argument("--gold", type=Path, action="append", required=True, help="gold JSONL")
    parser.add_argument("--errors", action="store_true", help="list misses, false alarms, values")
    parser.add_argument("--limit", type=int, default=None, help="only the first N documents")
    args = parser.parse_args(argv)
    for path in args.gold:
        if not path.exists():
            print(f"error: gold file {path} not found", file=sys.stderr)
            return 2
        s = score_file(path, args.limit, args.errors)
        print(s.report(path.stem))
        for line in s.errors:
            print("  " + line)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
