"""Draw pairs of tellings across Timeline17 articles for the cross-article merge check sets
(t17_across_*.jsonl).

Run from this directory with dateline installed (the thirteenth session ran it with the code
of 751808e, whose store rule the pairs sample):

    python draw_across.py ../../../../shared/data/news/t17_articles.jsonl.gz drawn.json

Articles of four stories in the month each was told most (LibyaWar 2011-03, SyrianCrisis
2012-02, EgyptianProtest 2011-02, bpoil 2010-06), at most 12,000 characters, are shuffled with
``random.Random(2029)`` and the first 320 run through the whole pipeline. Every two events of
two different articles with the same type and the same day-precise date and a country are
paired: ``merged`` when the store's rule (``dateline.merge.same_happening``) makes them one
happening, else ``apart``. 110 merged and 90 apart pairs are drawn and shuffled together; the
session split them into two sets of 100. Readers saw the two passages with the triggers
marked, each article's outlet and date, and the kind of act, never which pairs were merged.
"""

from __future__ import annotations

import gzip
import itertools
import json
import random
import sys
from collections import defaultdict
from pathlib import Path

from dateline.analyse import analyse
from dateline.merge import Telling, same_happening
from dateline.pipeline import process
from dateline.records import Article, Event

WINDOWS = {"LibyaWar": "2011-03", "SyrianCrisis": "2012-02", "EgyptianProtest": "2011-02",
           "bpoil": "2010-06"}  # fmt: skip


def _side(article: dict, event: Event) -> dict:
    ev = event.evidence
    trigger = {"start": ev.trigger_start, "end": ev.trigger_end, "text": ev.trigger}
    return {"article": article["id"], "date": article["date"], "start": ev.start, "end": ev.end,
            "trigger": trigger}  # fmt: skip


def _in_window(article: dict) -> bool:
    story = article["id"].split("/")[1]
    return any(story.startswith(k) and article["date"].startswith(v) for k, v in WINDOWS.items())


def main(articles_path: str, out_path: str) -> None:
    with gzip.open(articles_path, "rt", encoding="utf-8") as f:
        articles = [json.loads(line) for line in f]
    rng = random.Random(2029)
    pick = [a for a in articles if _in_window(a) and len(a["text"]) <= 12000]
    rng.shuffle(pick)
    pick = pick[:320]
    by_day: dict[tuple[str, str], list] = defaultdict(list)
    parsed = analyse([a["text"] for a in pick])
    for a, doc in zip(pick, parsed, strict=True):
        for e in process(Article(id=a["id"], date=a["date"], text=a["text"]), doc).events:
            telling = Telling.of(e)
            if telling is not None and e.evidence.trigger_start is not None:
                by_day[(telling.type, telling.day)].append((a, e, telling))
    merged, apart = [], []
    for tellings in by_day.values():
        for x, y in itertools.combinations(tellings, 2):
            if x[0]["id"] != y[0]["id"]:
                (merged if same_happening(x[2], y[2]) else apart).append((x, y))
    rng.shuffle(merged)
    rng.shuffle(apart)
    drawn = [(p, True) for p in merged[:110]] + [(p, False) for p in apart[:90]]
    rows = [
        {
            "type": x[2].type,
            "day": x[2].day,
            "a": _side(x[0], x[1]),
            "b": _side(y[0], y[1]),
            "merged": was_merged,
        }  # fmt: skip
        for (x, y), was_merged in drawn
    ]
    rng.shuffle(rows)
    Path(out_path).write_text(json.dumps(rows), encoding="utf-8")
    print(f"{len(rows)} pairs drawn, {sum(r['merged'] for r in rows)} merged", file=sys.stderr)


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
