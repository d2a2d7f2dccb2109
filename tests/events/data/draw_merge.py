"""Draw pairs of tellings within Timeline17 articles for the merge check sets (t17_merge_*.jsonl).

Run from this directory with dateline installed (the thirteenth session ran it with the code
of 751808e, whose merging the pairs sample):

    python draw_merge.py ../../../../shared/data/news/t17_articles.jsonl.gz drawn.json

Articles of 1,500-9,000 characters are shuffled with ``random.Random(2028)`` and the first 160
run through the whole pipeline. Two kinds of pairs are collected: every two tellings one event
holds (``merged``) and every two events of one PLOVER type (``apart``, their first tellings).
At most three pairs of each kind are kept per article, then 130 of each kind are drawn and
shuffled together; the session split them into two sets of 130. Readers saw the two passages
with the triggers marked, the article's date and its first words, and the kind of act, never
which pairs dateline had merged.
"""

from __future__ import annotations

import gzip
import itertools
import json
import random
import sys
from pathlib import Path

from dateline.analyse import analyse
from dateline.events import plover_type
from dateline.pipeline import process
from dateline.records import Article, Evidence


def _side(ev: Evidence) -> dict:
    trigger = {"start": ev.trigger_start, "end": ev.trigger_end, "text": ev.trigger}
    return {"start": ev.start, "end": ev.end, "trigger": trigger}


def main(articles_path: str, out_path: str) -> None:
    with gzip.open(articles_path, "rt", encoding="utf-8") as f:
        articles = [json.loads(line) for line in f]
    rng = random.Random(2028)
    rng.shuffle(articles)
    articles = [a for a in articles if 1500 <= len(a["text"]) <= 9000][:160]
    merged, apart = [], []
    parsed = analyse([a["text"] for a in articles])
    for a, doc in zip(articles, parsed, strict=True):
        record = process(Article(id=a["id"], date=a["date"], text=a["text"]), doc)
        events = [e for e in record.events if e.evidence.trigger_start is not None]
        for e in events:
            tellings = [t for t in e.evidences if t.trigger_start is not None]
            merged += [(a, plover_type(e), x, y) for x, y in itertools.combinations(tellings, 2)]
        for e, f in itertools.combinations(events, 2):
            if plover_type(e) == plover_type(f):
                x, y = sorted((e.evidence, f.evidence), key=lambda ev: ev.trigger_start)
                apart.append((a, plover_type(e), x, y))

    def capped(pairs: list) -> list:
        by_article: dict[str, list] = {}
        for pair in pairs:
            by_article.setdefault(pair[0]["id"], []).append(pair)
        out = []
        for group in by_article.values():
            rng.shuffle(group)
            out += group[:3]
        rng.shuffle(out)
        return out

    drawn = [(p, True) for p in capped(merged)[:130]] + [(p, False) for p in capped(apart)[:130]]
    rng.shuffle(drawn)
    rows = [
        {
            "article": a["id"],
            "date": a["date"],
            "title": a.get("title"),
            "type": kind,
            "a": _side(x),
            "b": _side(y),
            "merged": was_merged,
        }  # fmt: skip
        for (a, kind, x, y), was_merged in drawn
    ]
    Path(out_path).write_text(json.dumps(rows), encoding="utf-8")
    print(f"{len(rows)} pairs drawn, {sum(r['merged'] for r in rows)} merged", file=sys.stderr)


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
