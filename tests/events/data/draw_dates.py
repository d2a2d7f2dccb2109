"""Draw acts in dated Timeline17 sentences for the event-date check sets (t17_dates_*.jsonl).

Run from this directory with dateline installed (the thirteenth session ran it with the code
of 458d1fe, whose events pick the acts):

    python draw_dates.py ../../../../shared/data/news/t17_articles.jsonl.gz drawn.json

Articles are shuffled with ``random.Random(2027)``; of the first 900, an article that four or
more records of the other check sets already quote is skipped. In each, one sentence of 8-60
tokens that names a date (a month, a weekday, "yesterday", "last week", a year, "two years
ago") and overlaps no earlier check set is picked at random; dateline runs on that sentence
alone (as ``dateline eval status`` does) and one of its events is picked at random, its
trigger marked. The first 240 such acts are written; the session drew 210 (105 per set).
Readers then saw the sentence, the article's date, the marked trigger and the event's rough
type, never dateline's date or status.

The fourteenth session drew status set 3 and negation set 1 with the same script, its code of
a7207a6 picking the acts:

    python draw_dates.py ARTICLES drawn.json --seed 2028 --filter any       # status set 3
    python draw_dates.py ARTICLES drawn.json --seed 2029 --filter negation  # negation set 1

``any`` takes any sentence of 8-60 tokens; ``negation`` one that holds a word of negation,
refusal or failure (NEGATION below), so that the rare negated acts are measured on more than
a handful.
"""

from __future__ import annotations

import glob
import gzip
import json
import random
import re
import sys
from pathlib import Path

from dateline.analyse import analyse
from dateline.pipeline import process
from dateline.records import Article

DATE = re.compile(
    r"\b(January|February|March|April|May|June|July|August|September|October|November|December|"
    r"Jan\.|Feb\.|Aug\.|Sept?\.|Oct\.|Nov\.|Dec\.|Monday|Tuesday|Wednesday|Thursday|Friday|"
    r"Saturday|Sunday|yesterday|today|tonight|tomorrow|"
    r"(last|next|this|earlier this|later this) (week|weekend|month|year|spring|summer|autumn|fall|winter)|"
    r"(19|20)\d\d|\d+ (days|weeks|months|years) ago|(a|one|two|three) (day|week|month|year)s? ago)\b",
    re.I,
)


NEGATION = re.compile(
    r"\b(not|n't|no|never|nothing|none|neither|nor|without|refus\w*|den(y|ied|ies)|"
    r"fail\w*|reject\w*|declin\w*|halt\w*|cancel\w*|call\w* off|prevent\w*|blocked|"
    r"instead of|rather than|yet to|unable)\b",
    re.I,
)
FILTERS = {"dates": DATE, "negation": NEGATION, "any": re.compile("")}


def used_spans(here: Path) -> dict[str, list[tuple[int, int]]]:
    """The article spans every check set under tests/ already quotes."""
    used: dict[str, list[tuple[int, int]]] = {}
    for name in glob.glob(str(here.parent.parent / "**" / "data" / "*.jsonl"), recursive=True):
        for line in open(name, encoding="utf-8"):
            record = json.loads(line)
            if "article" in record:
                span = (record.get("start", 0), record.get("end", 10**9))
                used.setdefault(record["article"], []).append(span)
    return used


def main(articles_path: str, out_path: str, seed: int = 2027, wanted: str = "dates") -> None:
    pattern = FILTERS[wanted]
    used = used_spans(Path(__file__).resolve().parent)
    with gzip.open(articles_path, "rt", encoding="utf-8") as f:
        articles = [json.loads(line) for line in f]
    rng = random.Random(seed)
    rng.shuffle(articles)
    out = []
    for a in articles[:900]:
        if len(used.get(a["id"], [])) > 3:
            continue
        doc = next(iter(analyse([a["text"][:6000]])))
        spans = used.get(a["id"], [])
        sents = [
            s
            for s in doc.sents
            if 8 <= len(s) <= 60 and pattern.search(s.text) and "\n" not in s.text.strip()
            and not any(s.start_char < e and st < s.end_char for st, e in spans)
        ]  # fmt: skip
        if not sents:
            continue
        s = rng.choice(sents)
        parsed = next(iter(analyse([s.text])))
        article = Article(id="d", date=a["date"], text=s.text)
        events = [
            e for e in process(article, parsed).events if e.evidence.trigger_start is not None
        ]
        if not events:
            continue
        e = rng.choice(events)
        trigger = {"start": e.evidence.trigger_start, "end": e.evidence.trigger_end,
                   "text": e.evidence.trigger}  # fmt: skip
        out.append({"article": a["id"], "start": s.start_char, "end": s.end_char, "date": a["date"],
                    "text": s.text, "trigger": trigger, "type": e.type})  # fmt: skip
        if len(out) >= 240:
            break
    Path(out_path).write_text(json.dumps(out), encoding="utf-8")
    print(f"{len(out)} acts drawn", file=sys.stderr)


if __name__ == "__main__":
    import argparse

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("articles")
    parser.add_argument("out")
    parser.add_argument("--seed", type=int, default=2027)
    parser.add_argument("--filter", choices=sorted(FILTERS), default="dates")
    args = parser.parse_args()
    main(args.articles, args.out, args.seed, args.filter)
