"""Draw a wire-news check set of Timeline17 sentences (run by hand; not a test).

One random 8-45-word sentence from each of a run of random non-duplicate articles, most from
the Egypt/Libya/Syria/Iraq topics, skipping articles used by earlier sets.
"""

from __future__ import annotations

import argparse
import gzip
import json
import random
import re
from pathlib import Path

MENA = ("EgyptianProtest", "LibyaWar", "SyrianCrisis", "IraqWar")
# A sentence ends at . ! ? (optionally closing quote) followed by space and a capital/quote.
SENTENCE_END = re.compile(r"(?<=[.!?])[\"']?\s+(?=[\"'A-Z])")


def _used_articles(skip: list[Path]) -> set[str]:
    used: set[str] = set()
    for path in skip:
        for line in path.read_text(encoding="utf-8").splitlines():
            used.add(json.loads(line)["origin"].split(" ")[0])
    return used


def _sentences(text: str) -> list[str]:
    out = []
    for para in text.splitlines():
        out.extend(s.strip() for s in SENTENCE_END.split(para) if 8 <= len(s.split()) <= 45)
    return out


def draw(articles: Path, seed: int, mena: int, other: int, skip: list[Path]) -> list[dict]:
    with gzip.open(articles, "rt", encoding="utf-8") as fh:
        rows = [json.loads(line) for line in fh]
    rows = [r for r in rows if r["dup_of"] is None and r["id"] not in _used_articles(skip)]
    rng = random.Random(seed)
    rng.shuffle(rows)
    picked, want = [], {True: mena, False: other}
    for row in rows:
        key = row["topic"] in MENA
        sentences = _sentences(row["text"])
        if want[key] and sentences:
            want[key] -= 1
            picked.append((row, rng.choice(sentences)))
    return [
        {
            "id": f"T17HOLD{seed}-{i:02d}",
            "origin": f"{row['id']} (Timeline17, Tran et al. 2013; research use; short quote)",
            "date": row["date"],
            "text": text,
            "events": [],
        }
        for i, (row, text) in enumerate(picked)
    ]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("articles", type=Path)
    parser.add_argument("--seed", type=int, required=True)
    parser.add_argument("--mena", type=int, default=50)
    parser.add_argument("--other", type=int, default=10)
    parser.add_argument("--skip", type=Path, nargs="*", default=[], help="earlier sets")
    args = parser.parse_args()
    for record in draw(args.articles, args.seed, args.mena, args.other, args.skip):
        print(json.dumps(record, ensure_ascii=False))


if __name__ == "__main__":
    main()
