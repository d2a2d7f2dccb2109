"""Score how each event is told (``dateline eval status``): status, certainty, negation,
condition, attribution and the event's own date.

The gold holds one act per record, marked by its trigger in a news sentence, with what a
reader says of it (TimeML/FactBank style): ``{id, text (or article/start/end), date (the
article's), trigger {start, end}, event, status, certainty, negated, hypothetical,
attribution, act_date}``, or only ``reported`` (whether the sentence reports the act or names
it in passing, scored against ``Event.main``), or ``referent`` (whom a pronoun source stands
for, scored against ``Event.attributed_to`` on the article up to the sentence). ``event`` false marks words that name no act (an extraction error);
they are counted, not scored. The event dateline finds at the trigger is scored field by field:
status, certainty, negation and condition by accuracy (and P/R for the rare flags), the
attribution as matching when both are absent or both name the same source (a shared content
word), and the date as the gold value exactly. Beside dateline's date stands the one the
field's systems give every event, the article's publication date.
"""

from __future__ import annotations

import argparse
import re
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from ..records import Event
from . import gold_files_exist, gold_records
from .events import predict

__all__ = ["StatusScores", "main", "score"]

FIELDS = (
    "status", "certainty", "negated", "hypothetical", "attribution", "date", "reported",
    "main_clause", "source",
)  # fmt: skip
_WORD = re.compile(r"[A-Za-z][A-Za-z'-]+")
_FUNCTION = frozenset(
    "the a an of to in on at by for and or from with as its his her their our said says told "
    "according citing".split()
)


@dataclass(slots=True)
class StatusScores:
    records: int = 0
    not_events: int = 0  # gold says the trigger names no act
    not_events_found: int = 0  # ... and dateline still finds an event there
    missed: int = 0  # dateline has no event at the trigger
    scored: int = 0
    right: Counter = field(default_factory=Counter)  # field -> right
    counted: Counter = field(default_factory=Counter)  # field -> acts the gold says it of
    confusion: dict[str, Counter] = field(default_factory=dict)  # field -> (gold, pred) -> n
    flags: dict[str, Counter] = field(default_factory=dict)  # negated/hypothetical -> tp fp fn
    unresolved: int = 0  # pronoun sources dateline resolves to nobody
    dated: int = 0  # acts the gold gives a date
    dated_right: int = 0  # ... dateline's date exactly
    dated_publication: int = 0  # ... the article's date exactly (the publication-date baseline)
    errors: list[tuple[str, str, str, str, str]] = field(default_factory=list)

    def precision(self) -> float:
        """Of dateline's events at the gold triggers, the share that name an act."""
        found = self.scored + self.not_events_found
        return self.scored / found if found else 0.0

    def accuracy(self, name: str) -> float:
        return self.right[name] / self.counted[name] if self.counted[name] else 0.0


def _source_words(text: str | None) -> set[str]:
    return {w.lower() for w in _WORD.findall(text or "")} - _FUNCTION


def same_source(gold: str | None, pred: str | None) -> bool:
    """Both absent, or both naming the same source (a content word in common)."""
    if not gold or not pred:
        return not gold and not pred
    return bool(_source_words(gold) & _source_words(pred))


def same_party(referent: str, names: str | None) -> bool:
    """The first party dateline names is the reader's referent: the head word (the last) of
    one is a word of the other ("Moussa Ibrahim" and "Ibrahim", "a Libyan man" and "the man";
    not "Syrian National Council" and "Syrian Observatory for Human Rights")."""
    if not names:
        return False
    first = names.split("; ")[0]
    gold, got = _WORD.findall(referent.lower()), _WORD.findall(first.lower())
    return bool(gold and got) and (gold[-1] in got or got[-1] in gold)


def _at(events: list[Event], start: int, end: int) -> Event | None:
    """The event whose trigger overlaps the gold trigger."""
    for event in events:
        ev = event.evidence
        if ev.trigger_start is not None and ev.trigger_end is not None:
            if ev.trigger_start < end and start < ev.trigger_end:
                return event
    return None


def _values(gold: dict, event: Event) -> dict[str, tuple[object, object]]:
    """The fields the gold record says of its act, as (gold, dateline)."""
    out: dict[str, tuple[object, object]] = {}
    if "status" in gold:
        out = {
            "status": (gold["status"], event.status),
            "certainty": (gold["certainty"], event.certainty),
            "negated": (bool(gold["negated"]), bool(event.negated)),
            "hypothetical": (bool(gold["hypothetical"]), bool(event.hypothetical)),
            "attribution": (gold.get("attribution"), event.attribution),
            "date": (gold.get("act_date"), event.date.value if event.date else None),
        }
    if "reported" in gold:
        out["reported"] = (bool(gold["reported"]), event.main)
        out["main_clause"] = (bool(gold["reported"]), event.main_clause)
    if gold.get("referent"):
        # who a pronoun source stands for, scored on its article up to the sentence
        names = "; ".join(p.name for p in event.attributed_to) or None
        out["source"] = (gold["referent"], names)
    return out


def score(paths: list[Path]) -> StatusScores:
    records = [r for path in paths for r in gold_records(path)]
    out = StatusScores(records=len(records))
    for name in ("status", "certainty", "negated", "hypothetical"):
        out.confusion[name] = Counter()
    for name in ("negated", "hypothetical", "reported", "main_clause"):
        out.flags[name] = Counter()
    predicted = predict([(r["text"], [], r["date"]) for r in records])
    for gold, events in zip(records, predicted, strict=True):
        trigger = gold["trigger"]
        event = _at(events, trigger["start"], trigger["end"])
        if not gold.get("event", True):
            out.not_events += 1
            if event is not None:
                out.not_events_found += 1
                out.errors.append((gold["id"], "event", "no act", event.type, gold["text"]))
            continue
        if event is None:
            out.missed += 1
            out.errors.append((gold["id"], "event", "an act", "none", gold["text"]))
            continue
        out.scored += 1
        values = _values(gold, event)
        for name, (want, got) in values.items():
            out.counted[name] += 1
            if name == "attribution":
                ok = same_source(want, got)  # type: ignore[arg-type]
            elif name == "source":
                ok = same_party(want, got)  # type: ignore[arg-type]
            else:
                ok = want == got
            out.right[name] += ok
            if name in out.confusion:
                out.confusion[name][(str(want), str(got))] += 1
            if name in out.flags:
                out.flags[name][
                    "tp" if want and got else "fp" if got else "fn" if want else "tn"
                ] += 1
            if not ok:
                out.errors.append((gold["id"], name, str(want), str(got), gold["text"]))
        if "source" in values and values["source"][1] is None:
            out.unresolved += 1
        want_date, got_date = values.get("date", (None, None))
        if want_date:
            out.dated += 1
            out.dated_right += got_date == want_date
            out.dated_publication += gold["date"] == want_date
    return out


def _flag(counts: Counter) -> str:
    tp, fp, fn = counts["tp"], counts["fp"], counts["fn"]
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    return f"P {p:.3f}  R {r:.3f}  (gold {tp + fn}, predicted {tp + fp})"


def main(argv: list[str]) -> int:
    """``dateline eval status --gold FILE [FILE ...] [--errors] [--confusion]``."""
    parser = argparse.ArgumentParser(
        prog="dateline eval status",
        description="Score each event's status, certainty, negation, condition, attribution and date.",
        epilog="example: dateline eval status --gold tests/events/data/t17_status_1.jsonl --errors",
    )
    parser.add_argument(
        "--gold", type=Path, nargs="+", required=True, help="gold JSON Lines file(s)"
    )
    parser.add_argument("--errors", action="store_true", help="list the acts told wrong")
    parser.add_argument("--confusion", action="store_true", help="print gold -> predicted counts")
    args = parser.parse_args(argv)
    if not gold_files_exist(args.gold):
        return 2
    s = score(args.gold)
    print(f"acts                 {s.records} (no act at the trigger: {s.not_events}; "
          f"no event found there: {s.missed}; scored: {s.scored})")  # fmt: skip
    if s.not_events:
        print(f"events naming an act {s.precision():.3f}  (dateline still finds an event at "
              f"{s.not_events_found} of the {s.not_events} words that name none)")  # fmt: skip
    for name in FIELDS:
        if s.counted[name]:
            print(f"{name:<20} accuracy {s.accuracy(name):.3f}  (of {s.counted[name]})")
    for name, counts in s.flags.items():
        if s.counted[name]:
            print(f"{name + ' (flag)':<20} {_flag(counts)}")
    if s.counted["source"]:
        resolved = s.counted["source"] - s.unresolved
        right = s.right["source"]
        print(f"source (resolved)    {resolved} of {s.counted['source']}, "
              f"right {right / resolved if resolved else 0.0:.3f}")  # fmt: skip
    if s.dated:
        print(f"dated acts           {s.dated}: dateline's date {s.dated_right / s.dated:.3f}, "
              f"the publication date {s.dated_publication / s.dated:.3f}")  # fmt: skip
    if args.confusion:
        for name, counts in s.confusion.items():
            if not counts:
                continue
            print(f"\n{name} (gold -> predicted)")
            for (g, p), n in sorted(counts.items(), key=lambda kv: -kv[1]):
                print(f"  {g:>10} -> {p:<10} {n:4d}{'' if g == p else '  *'}")
    if args.errors:
        print(f"\nerrors ({len(s.errors)})")
        for rid, name, want, got, text in s.errors:
            print(f"- {rid} {name}: gold {want}, dateline {got}\n    {text}")
    return 0
