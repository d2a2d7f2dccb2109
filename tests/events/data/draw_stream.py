"""Stream Timeline17 sentences in a coder's shuffled order (run by hand; not a test).

The held-out GSR-style and CAMEO-style sets since the fifteenth session were drawn from this
stream by coders blind to dateline, following the briefs in ``briefs/``. Each line printed is
``ordinal <TAB> article <TAB> start <TAB> end <TAB> sentence``.

Articles: the non-duplicate ones whose id's sha1 is ``--mod`` modulo 6 (six disjoint parts,
one per coder), in the order ``random.Random(--seed)`` shuffles them to. Sentences: 8-50 words,
not all capitals, not overlapping a sentence of any set under ``tests/`` (by span), and, since
the twenty-second session, not the same words (case and punctuation aside) as one, so a wire
story copied into two articles cannot reach two sets. The exclusions are read from the sets as
they are now: a stream drawn again after later sets were added skips their sentences too, so
its ordinals no longer match an earlier draw's (the sets keep each sentence's article and span).

    python tests/events/data/draw_stream.py --seed 349 --mod 0 --start 0 --count 300
"""

from __future__ import annotations

import argparse
import gzip
import hashlib
import json
import os
import random
import re
from pathlib import Path

HERE = Path(__file__).resolve().parent
TESTS = HERE.parents[1]
SHARED = Path(os.environ.get("DATELINE_SHARED", TESTS.parent.parent / "shared"))
ARTICLES = SHARED / "data" / "news" / "t17_articles.jsonl.gz"
# a sentence ends at . ! ? (with a closing quote or bracket) before a capital, digit or quote
SPLIT = re.compile(r"(?<=[.!?])[\"'\u201d\u2019)]?\s+(?=[\"'\u201c\u2018(]?[A-Z0-9])")


def norm(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", " ", text.lower()).strip()


def used(texts: dict[str, str]) -> tuple[dict[str, list[tuple[int, int]]], set[str]]:
    """Every set's sentences under tests/: spans by article, and their words."""
    spans: dict[str, list[tuple[int, int]]] = {}
    words: set[str] = set()
    for path in TESTS.rglob("*.jsonl"):
        for line in path.read_text(encoding="utf-8").splitlines():
            try:
                row = json.loads(line)
            except json.JSONDecodeError:
                continue
            if not isinstance(row, dict) or not {"article", "start", "end"} <= row.keys():
                continue
            spans.setdefault(row["article"], []).append((row["start"], row["end"]))
            text = norm(texts.get(row["article"], "")[row["start"] : row["end"]])
            if len(text) > 20:
                words.add(text)
    return spans, words


def sentences(text: str) -> list[tuple[int, int]]:
    out = []
    for line in re.finditer(r"[^\n]+", text):
        pos = line.start()
        for m in SPLIT.finditer(line.group(0)):
            out.append((pos, line.start() + m.start()))
            pos = line.start() + m.end()
        out.append((pos, line.end()))
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--seed", type=int, required=True)
    ap.add_argument("--mod", type=int, required=True, choices=range(6))
    ap.add_argument("--start", type=int, default=0)
    ap.add_argument("--count", type=int, default=200)
    ap.add_argument("--articles", type=Path, default=ARTICLES)
    args = ap.parse_args()
    with gzip.open(args.articles, "rt", encoding="utf-8") as f:
        rows = [json.loads(line) for line in f]
    spans, words = used({r["id"]: r["text"] for r in rows})
    rows = [
        r
        for r in rows
        if r.get("dup_of") in (None, "None")
        and int(hashlib.sha1(r["id"].encode()).hexdigest(), 16) % 6 == args.mod
    ]
    rows.sort(key=lambda r: r["id"])
    random.Random(args.seed).shuffle(rows)
    n = printed = 0
    for row in rows:
        text = row["text"]
        for s, e in sentences(text):
            sent = text[s:e].strip()
            if not sent:
                continue
            s = text.index(sent, s)
            e = s + len(sent)
            if not 8 <= len(sent.split()) <= 50 or not re.search(r"[a-z]", sent):
                continue
            if any(s < ue and us < e for us, ue in spans.get(row["id"], [])):
                continue
            if norm(sent) in words:
                continue
            if n >= args.start:
                print(f"{n}\t{row['id']}\t{s}\t{e}\t{sent}")
                printed += 1
                if printed >= args.count:
                    return
            n += 1


if __name__ == "__main__":
    main()
