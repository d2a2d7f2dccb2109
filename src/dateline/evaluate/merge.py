"""Score one event per happening, within an article and across articles (``dateline eval merge``).

The gold holds pairs of tellings, each marked by its trigger, with a reader's judgement of
whether they tell the same happening: ``{id, article (or text), date, a: {start, end, trigger:
{start, end}}, b: {...}, same: "same" | "different" | "unsure", act_a, act_b}`` (offsets into
the article's text); a pair across two Timeline17 articles names each side's ``article`` and
``date``. dateline runs on each whole article. Within an article a pair is merged when one of
its events holds both triggers among its evidence spans; across articles, when the store
would make the two events one happening (``dateline.merge.one_happening``, judged pair by
pair). Scored over the pairs the reader could judge: precision of the merges (merged pairs
the reader calls one happening) and recall (one-happening pairs dateline merged). A telling
dateline does not keep as an event leaves its pair apart (the pairs are counted). A pair
whose words name no act (``act_a`` or ``act_b`` false) is a pair to keep apart.
"""

from __future__ import annotations

import argparse
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from ..merge import one_happening
from ..records import Article, Event
from . import gold_files_exist, gold_records, parsed, t17_articles
from .events import Prf

__all__ = ["MergeScores", "main", "score"]


@dataclass(slots=True)
class MergeScores:
    pairs: int = 0
    unsure: int = 0  # the reader could not tell
    missing: int = 0  # dateline keeps no event at one of the triggers (scored as apart)
    counts: Counter = field(default_factory=Counter)  # tp fp fn tn
    errors: list[tuple[str, str, str, str]] = field(default_factory=list)  # id, fp/fn, a, b

    @property
    def merges(self) -> Prf:
        """Merges as predictions of 'one happening': precision, recall and F1."""
        return Prf(tp=self.counts["tp"], fp=self.counts["fp"], fn=self.counts["fn"])

    @property
    def accuracy(self) -> float:
        n = sum(self.counts.values())
        return (self.counts["tp"] + self.counts["tn"]) / n if n else 0.0


def _holding(events: list[Event], trigger: dict) -> Event | None:
    """The event one of whose evidence spans has a trigger overlapping ``trigger``."""
    start, end = trigger["start"], trigger["end"]
    for event in events:
        for ev in event.evidences or (event.evidence,):
            if ev.trigger_start is None or ev.trigger_end is None:
                continue
            if ev.trigger_start < end and start < ev.trigger_end:
                return event
    return None


def _snippet(text: str, side: dict) -> str:
    return " ".join(text[side["start"] : side["end"]].split())


def _sides(r: dict) -> list[tuple[str, str, str]]:
    """(key, text, date) of the article each side of a pair is in: one article for a pair
    within an article, two for a pair across articles (each side names its ``article``)."""
    if "article" in r["a"] and r["a"]["article"] != r.get("article"):
        return [
            (
                side["article"],
                side.get("text") or t17_articles()[side["article"]]["text"],
                side["date"],
            )  # fmt: skip
            for side in (r["a"], r["b"])
        ]
    key = r.get("article") or r["id"]
    return [(key, r["text"], r["date"])] * 2


def _merged(a: Event | None, b: Event | None, across: bool) -> bool:
    """Whether dateline makes the two tellings one happening: one event within an article;
    across articles, the store's rule (``dateline.merge.one_happening``, pair by pair)."""
    if a is None or b is None:
        return False
    if not across:
        return a is b
    return one_happening(a, b)


def score(paths: list[Path]) -> MergeScores:
    from ..pipeline import process

    records = [r for path in paths for r in gold_records(path)]
    out = MergeScores(pairs=len(records))
    texts: dict[str, tuple[str, str]] = {}
    for r in records:
        for key, text, date in _sides(r):
            texts.setdefault(key, (text, date))
    keys = list(texts)
    events: dict[str, list[Event]] = {}
    for key, doc in zip(keys, parsed([texts[k][0] for k in keys]), strict=True):
        text, date = texts[key]
        events[key] = list(process(Article(id=key, date=date, text=text), doc).events)
    for r in records:
        if r.get("same") == "unsure":
            out.unsure += 1
            continue
        (ka, text_a, _), (kb, text_b, _) = _sides(r)
        a = _holding(events[ka], r["a"]["trigger"])
        b = _holding(events[kb], r["b"]["trigger"])
        # a telling that is no event of its own, nor part of one, is not merged with the other
        out.missing += a is None or b is None
        gold = r.get("same") == "same" and r.get("act_a", True) and r.get("act_b", True)
        merged = _merged(a, b, ka != kb)
        key = ("tp" if merged else "fn") if gold else ("fp" if merged else "tn")
        out.counts[key] += 1
        if key in ("fp", "fn"):
            out.errors.append((r["id"], key, _snippet(text_a, r["a"]), _snippet(text_b, r["b"])))
    return out


def main(argv: list[str]) -> int:
    """``dateline eval merge --gold FILE [FILE ...] [--errors]``."""
    parser = argparse.ArgumentParser(
        prog="dateline eval merge",
        description="Score one event per happening: pairs of tellings in one article or two.",
        epilog="example: dateline eval merge --gold tests/events/data/t17_merge_1.jsonl --errors",
    )
    parser.add_argument(
        "--gold", type=Path, nargs="+", required=True, help="gold JSON Lines file(s)"
    )
    parser.add_argument("--errors", action="store_true", help="list the pairs merged wrongly")
    args = parser.parse_args(argv)
    if not gold_files_exist(args.gold):
        return 2
    s = score(args.gold)
    c = s.counts
    print(f"pairs                {s.pairs} (unsure: {s.unsure}; scored: {sum(c.values())}, of "
          f"which {s.missing} with a telling dateline keeps as no event)")  # fmt: skip
    print(f"one happening        {c['tp'] + c['fn']} pairs; apart {c['fp'] + c['tn']} pairs")
    print(f"merges               {s.merges}; tn {c['tn']}")
    print(f"pairs right          {s.accuracy:.3f}")
    if args.errors:
        print(f"\nerrors ({len(s.errors)})")
        for rid, kind, a, b in s.errors:
            what = "merged, but two happenings" if kind == "fp" else "one happening, kept apart"
            print(f"- {rid} {what}\n    A: {a}\n    B: {b}")
    return 0
