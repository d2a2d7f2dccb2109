"""Score the events stage on PLOVER gold sentences (``dateline eval events``).

Per sentence, gold PLOVER types against predicted types, greedily one-to-one, micro P/R/F1;
the predicted events are the one each sentence leads with (``Event.lead``, what ``dateline
events --lead`` lists), as the gold codes one event per sentence; with ``lead=False``
(``--events main``) every event the sentence reports (``Event.main``: "attacked and detained"
are two), or with ``every=True`` (``--events all``) every event, for gold that codes each act a
sentence names;
for matched events, actor and recipient country sets (ISO3; CAMEO ``JAP`` = ``JPN``), micro
F1; a confusion table by type; and the sentences that went wrong. Gold types of older PLOVER
releases (DEMAND, DISAPPROVE, FIGHT, ...) are read as their current types, and predicted
events are read as a PLOVER-manual coder would code them (planned cooperation is AGREE).
"""

from __future__ import annotations

import argparse
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TypeVar

from ..document import Document
from ..records import Actor, Article, Event
from . import gold_files_exist, gold_records

__all__ = ["EventScores", "Prf", "count", "gold_countries", "gold_type", "main", "match", "score"]

T = TypeVar("T")


@dataclass(frozen=True, slots=True)
class Prf:
    tp: int
    fp: int
    fn: int

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def __str__(self) -> str:
        return f"P {self.precision:.3f}  R {self.recall:.3f}  F1 {self.f1:.3f}  (tp {self.tp}, fp {self.fp}, fn {self.fn})"


@dataclass(frozen=True, slots=True)
class SentenceResult:
    text: str
    gold: tuple[str, ...]
    predicted: tuple[str, ...]
    triggers: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class EventScores:
    sentences: int
    types: Prf
    actors: Prf
    recipients: Prf
    confusion: dict[tuple[str, str], int] = field(default_factory=dict)
    errors: tuple[SentenceResult, ...] = ()


@dataclass
class _Tally:
    types: Counter = field(default_factory=Counter)
    actors: Counter = field(default_factory=Counter)
    recipients: Counter = field(default_factory=Counter)
    confusion: Counter = field(default_factory=Counter)
    errors: list[SentenceResult] = field(default_factory=list)


def gold_type(name: str) -> str:
    from ..events.lexicon import lexicon

    return lexicon().legacy_types.get(name, (name, None))[0]


def _country(code: str | None) -> str | None:
    from ..events.lexicon import lexicon

    if not code or len(code) < 3:
        return None
    table = lexicon().cameo_countries
    key = code[:3].upper()
    return table[key] if key in table else key


def gold_countries(parties: list[dict]) -> set[str]:
    return {c for p in parties if (c := _country(p.get("code")))}


def _pred_countries(parties: Iterable) -> set[str]:
    return {p.country for p in parties if p.country}


# a gold sentence: its text, its gold events and the date of its article
Gold = tuple[str, list[dict], str]
# PLOVER gold has a placeholder date; the wire-news check has the real one, which decides
# whether "in 2005" lies before or after the telling
_PLACEHOLDER = "2000-01-01"


def read_gold(path: Path, limit: int | None = None) -> list[Gold]:
    """Gold sentences with all their events (a sentence coded twice is one sentence)."""
    by_text: dict[str, tuple[list[dict], str]] = {}
    for record in gold_records(path):
        events, _ = by_text.setdefault(record["text"], ([], record.get("date") or _PLACEHOLDER))
        events.extend(record["events"])
    items = [(text, events, date) for text, (events, date) in by_text.items()]
    return items[:limit] if limit else items


def _gold_actor_mentions(text: str, events: list[dict]) -> list[Actor]:
    """Oracle actor mentions from the gold (to score the participant mapping on its own)."""
    out: dict[tuple[int, int], Actor] = {}
    for ev in events:
        for party in ev["actor"] + ev["recipient"]:
            name, code = party.get("actorText") or "", party.get("code")
            at = text.find(name) if name else -1
            if at < 0 or not code:
                continue
            out[(at, at + len(name))] = Actor(
                start=at, end=at + len(name), text=name, name=name, kind="group",
                country=_country(code), sector=party.get("sector"), role=None,
            )  # fmt: skip
    return list(out.values())


def predict(items: list[Gold], gold_actors: bool = False) -> Iterator[list[Event]]:
    """Run the pipeline stages (time, actors, places, events) on each gold sentence.

    With ``gold_actors`` the actors stage is replaced by the gold actor mentions, so the
    participant figures measure the events stage's own mapping from syntax to roles.
    """
    from .. import events, places, time
    from ..analyse import analyse
    from ..pipeline import process

    texts = [text for text, _, _ in items]
    for (text, gold, date), parsed in zip(items, analyse(texts), strict=True):
        article = Article(id="gold", date=date, text=text)
        if not gold_actors:
            yield list(process(article, parsed).events)
            continue
        doc = Document(article=article, doc=parsed)
        time.run(doc)
        doc.actors.extend(_gold_actor_mentions(text, gold))
        places.run(doc)
        events.run(doc)
        yield doc.events


def match(
    gold: list[dict], pred: Sequence[T], type_of: Callable[[T], str]
) -> tuple[list[tuple[dict, T]], list[dict], list[T]]:
    """Greedy one-to-one match of a sentence's events by PLOVER type, in gold order: the
    pairs, the gold events left unmatched and the other side's events left over."""
    left = list(pred)
    pairs: list[tuple[dict, T]] = []
    unmatched: list[dict] = []
    for g in gold:
        hit = next((p for p in left if type_of(p) == gold_type(g["event"])), None)
        if hit is None:
            unmatched.append(g)
        else:
            left.remove(hit)
            pairs.append((g, hit))
    return pairs, unmatched, left


def count(counter: Counter, gold: set[str], pred: set[str]) -> None:
    """Add one matched pair's country sets to a tp/fp/fn counter."""
    counter["tp"] += len(gold & pred)
    counter["fp"] += len(pred - gold)
    counter["fn"] += len(gold - pred)


def _tally(
    tally: _Tally, text: str, gold: list[dict], pred: list[Event], every: bool, lead: bool = False
) -> None:
    from ..events import plover_type

    # the gold codes what happened or was said, not denied or conditional happenings
    pred = [
        p
        for p in pred
        if not (p.negated or p.hypothetical) and (every or (p.lead if lead else p.main))
    ]
    pairs, missed, extra = match(gold, pred, plover_type)
    tally.types["tp"] += len(pairs)
    tally.types["fn"] += len(missed)
    tally.types["fp"] += len(extra)
    for g, p in pairs:
        tally.confusion[(gold_type(g["event"]), plover_type(p))] += 1
        count(tally.actors, gold_countries(g["actor"]), _pred_countries(p.actors))
        count(tally.recipients, gold_countries(g["recipient"]), _pred_countries(p.recipients))
    for i in range(max(len(missed), len(extra))):
        g_type = gold_type(missed[i]["event"]) if i < len(missed) else "-"
        p_type = plover_type(extra[i]) if i < len(extra) else "-"
        tally.confusion[(g_type, p_type)] += 1
    if missed or extra:
        tally.errors.append(
            SentenceResult(
                text=text,
                gold=tuple(f"{gold_type(g['event'])}[{g.get('eventText')}]" for g in gold),
                predicted=tuple(plover_type(p) for p in pred),
                triggers=tuple(p.evidence.trigger or "" for p in pred),
            )
        )


def _prf(counter: Counter) -> Prf:
    return Prf(tp=counter["tp"], fp=counter["fp"], fn=counter["fn"])


def score(
    gold_path: Path | Sequence[Path],
    limit: int | None = None,
    gold_actors: bool = False,
    coded_only: bool = False,
    every: bool = False,
    lead: bool = True,
) -> EventScores:
    """Run the pipeline on the gold sentences (of one file or several, pooled) and score.

    ``coded_only`` scores only the sentences the gold codes an event in, as CAMEO-coded data
    sets (ICEWS, Phoenix) hold only those. ``every`` scores every event dateline finds, not
    only those each sentence reports, for gold that codes every act a sentence names; else
    ``lead`` scores the one event each sentence leads with, and without it every event the
    sentence reports."""
    paths = [gold_path] if isinstance(gold_path, Path) else list(gold_path)
    items = [item for path in paths for item in read_gold(path)]
    if coded_only:
        items = [item for item in items if item[1]]
    items = items[:limit] if limit else items
    tally = _Tally()
    for (text, gold, _), pred in zip(items, predict(items, gold_actors), strict=True):
        _tally(tally, text, gold, pred, every, lead)
    return EventScores(
        sentences=len(items),
        types=_prf(tally.types),
        actors=_prf(tally.actors),
        recipients=_prf(tally.recipients),
        confusion=dict(tally.confusion),
        errors=tuple(tally.errors),
    )


def _print_confusion(confusion: dict[tuple[str, str], int]) -> None:
    print("\nconfusion (gold -> predicted: count; '-' = none)")
    for (g, p), n in sorted(confusion.items(), key=lambda kv: (kv[0][0], -kv[1])):
        mark = "" if g == p else "  *"
        print(f"  {g:>10} -> {p:<10} {n:4d}{mark}")


def main(argv: list[str]) -> int:
    """``dateline eval events --gold FILE [FILE ...] [--errors] [--limit N] [--confusion]
    [--coded-only] [--events lead|main|all]``."""
    parser = argparse.ArgumentParser(
        prog="dateline eval events",
        description="Score PLOVER event types and participants on gold sentences.",
        epilog="example: dateline eval events --gold ../shared/data/events/plover_gsr_dev.jsonl --errors",
    )
    parser.add_argument(
        "--gold", type=Path, nargs="+", required=True,
        help="PLOVER gold JSON Lines file(s); several are scored pooled",
    )  # fmt: skip
    parser.add_argument("--errors", action="store_true", help="list the sentences that went wrong")
    parser.add_argument("--limit", type=int, default=None, help="score only the first N sentences")
    parser.add_argument("--confusion", action="store_true", help="print the confusion by type")
    parser.add_argument(
        "--coded-only", action="store_true",
        help="score only the sentences the gold codes an event in (as CAMEO-coded data sets hold)",
    )  # fmt: skip
    parser.add_argument(
        "--events", choices=("lead", "main", "all"), default="lead",
        help="score the one event each sentence leads with (default; the PLOVER gold and "
        "CAMEO-coded data code one per sentence), every event each sentence reports ('main': "
        "'attacked and detained' are two), or every event found, also those told in passing "
        "(for gold that codes every act a sentence names)",
    )  # fmt: skip
    parser.add_argument(
        "--gold-actors", action="store_true",
        help="use the gold actor mentions instead of the actors stage (scores participant mapping alone)",
    )  # fmt: skip
    args = parser.parse_args(argv)
    if not gold_files_exist(args.gold):
        return 2
    result = score(
        args.gold, args.limit, args.gold_actors, args.coded_only,
        every=args.events == "all", lead=args.events == "lead",
    )  # fmt: skip
    print(f"sentences            {result.sentences}")
    print(f"event type           {result.types}")
    print(f"actor countries      {result.actors}")
    print(f"recipient countries  {result.recipients}")
    if args.confusion:
        _print_confusion(result.confusion)
    if args.errors:
        print(f"\nerrors ({len(result.errors)} sentences)")
        for err in result.errors:
            print(f"- {err.text}\n    gold: {', '.join(err.gold)}\n    pred: "
                  f"{', '.join(f'{t}[{w}]' for t, w in zip(err.predicted, err.triggers, strict=True))}")  # fmt: skip
    return 0
