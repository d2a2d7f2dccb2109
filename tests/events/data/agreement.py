"""Agreement between two hand codings of the same check sentences (run by hand; not a test).

Scores a coded file against a reference coding exactly as ``dateline eval events`` scores the
pipeline: per sentence, greedy one-to-one match of PLOVER types, micro P/R/F1, and actor and
recipient country sets (ISO3) on the matched events.

    python agreement.py --reference t17_holdout4.jsonl --coded t17_holdout4_coder2.jsonl
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from dateline.evaluate.events import Prf, count, gold_countries, gold_type, match, read_gold

# a sentence's events, each a gold-format dict
Events = list[dict]


@dataclass
class Agreement:
    """Counts of one coding against a reference coding (reference = 'gold')."""

    sentences: int = 0
    reference_events: int = 0
    coded_events: int = 0
    types: Counter = field(default_factory=Counter)
    actors: Counter = field(default_factory=Counter)
    recipients: Counter = field(default_factory=Counter)
    # (sentence, reference types, coded types) where the two type lists differ
    disagreements: list[tuple[str, list[str], list[str]]] = field(default_factory=list)


def _tally(result: Agreement, text: str, reference: Events, coded: Events) -> None:
    pairs, unmatched, left = match(reference, coded, lambda c: gold_type(c["event"]))
    missed, extra = len(unmatched), len(left)
    result.sentences += 1
    result.reference_events += len(reference)
    result.coded_events += len(coded)
    result.types.update(tp=len(pairs), fn=missed, fp=extra)
    for ref, cod in pairs:
        count(result.actors, gold_countries(ref["actor"]), gold_countries(cod["actor"]))
        count(result.recipients, gold_countries(ref["recipient"]), gold_countries(cod["recipient"]))
    if missed or extra:
        types = [sorted(gold_type(e["event"]) for e in events) for events in (reference, coded)]
        result.disagreements.append((text, types[0], types[1]))


def agreement(reference: list[Path], coded: list[Path]) -> Agreement:
    """Score each coded file against its reference file, pooled (sentences paired by text).

    Files pair up in order and each is read as the events eval reads it, so a sentence that
    two sets share counts once per set, as it does in ``dateline eval events``.
    """
    if len(reference) != len(coded):
        raise ValueError("give one coded file per reference file")
    result = Agreement()
    for ref_path, coded_path in zip(reference, coded, strict=True):
        ref = {text: events for text, events, _ in read_gold(ref_path)}
        cod = {text: events for text, events, _ in read_gold(coded_path)}
        if ref.keys() != cod.keys():
            raise ValueError(f"{coded_path} does not hold the sentences of {ref_path}")
        for text, events in ref.items():
            _tally(result, text, events, cod[text])
    return result


def _prf(counter: Counter) -> Prf:
    return Prf(tp=counter["tp"], fp=counter["fp"], fn=counter["fn"])


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--reference", type=Path, nargs="+", required=True)
    parser.add_argument("--coded", type=Path, nargs="+", required=True)
    parser.add_argument("--diff", action="store_true", help="list the sentences that differ")
    args = parser.parse_args(argv)
    result = agreement(args.reference, args.coded)
    print(f"sentences            {result.sentences}")
    print(f"events               reference {result.reference_events}, coded {result.coded_events}")
    print(f"event type           {_prf(result.types)}")
    print(f"actor countries      {_prf(result.actors)}")
    print(f"recipient countries  {_prf(result.recipients)}")
    if args.diff:
        for text, ref_types, coded_types in result.disagreements:
            print(f"- {text}\n    reference: {ref_types}\n    coded:     {coded_types}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
