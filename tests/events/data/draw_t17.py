"""Draw a wire-news check set of Timeline17 sentences (run by hand; not a test).

One random 8-45-word sentence (or, with --lead, the lead sentence) from each of a run of random
non-duplicate articles, most from the Egypt/Libya/Syria/Iraq topics, skipping earlier sets.
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
# A wire dateline ("TRIPOLI (Reuters) -", "Dafniya, Libya (CNN) --"): the lead starts after it,
# which also drops the page furniture (timestamps, headlines) that precedes it on the line.
WIRE_DATELINE = re.compile(
    r"\((?:Reuters|CNN|AP|AFP|BBC)\)\s*(?:(?:-+|\u2013|\u2014)\s*)?"
    r"|\b[A-Z]{3,}[A-Z .]*(?:, [A-Z][\w.]*(?: [A-Z][\w.]*)*)? -- "  # "BUCHAREST, Romania -- "
    r"|\b\d{1,2}\.\d{2} (?:BST|GMT)\s+"  # the Guardian's "Monday 29 August 2005 02.36 BST"
    r"|Last updated at \d{1,2}:\d{2} (?:BST|GMT)(?: Help)?\s+"  # the BBC's update stamp
)
# Page furniture that is no lead: bylines, update stamps, CNN highlight bullets, captions.
FURNITURE = re.compile(
    r"^(?:By\s+(?:the\s+)?[A-Z][\w.'-]*(?:\s+[A-Z][\w.'-]*)*\s*(?:,|$|and\b|Staff|Writer)"
    r"|Last updated|Updated|Posted|Published|NEW:|Full Article|Credit:|Photo|Image|Watch|Read more"
    r"|[A-Z][a-z]+ \d{1,2}(?:, \d{4})?:"  # caption stamps ("April 21: This file photo ...")
    r"|[^\s(]*\)"  # a split inside a ticker ("Ford Motor Co (F.N) shares")
    r"|[a-z])"  # a split inside a sentence
)
# Captions, site navigation and recurring teasers anywhere in the sentence.
BOILERPLATE = re.compile(
    r"\b(?:photo|image|picture) (?:shows|taken|from video)|PICTURE TAKEN|EDITOR ?'S NOTE"
    r"|CNN Student News|RUSH TRANSCRIPT|Download PDF|Search, find|Media Literacy|Follow The"
    r"|Insight, wit and analysis|digs out from blizzard|As it happened|In this edition"
    r"|\?[\"']?$"  # a question is a teaser, not a lead
    r"|(?:January|February|March|April|May|June|July|August|September|October|November"
    r"|December) \d{1,2}, \d{4}\.?$"  # a caption ends with the photo's date
)
# Whole articles that are transcripts or site pages, not news reports.
NOT_NEWS = re.compile(r"CNN Student News|Search Democracy Live|RUSH TRANSCRIPT")
# The lead splitter also keeps "U.N. Secretary-General" and "Mr. Annan" in one sentence.
LEAD_END = re.compile(
    r"(?<![A-Z]\.[A-Z]\.)(?<!\b(?:Mr|Dr|St)\.)(?<!\bMrs\.)(?<=[.!?])[\"']?\s+(?=[\"'A-Z])"
)
# A lead reports something, so it needs a verb-like lowercase word (headline lists have none).
VERBISH = re.compile(
    r"\b(?:[a-z]{2,}(?:ed|es|ing)|is|are|was|were|has|have|had|will|would|said|says|say"
    r"|took|made|met|won|led|left|fell|rose|began|came|went|told|gave|held|sent|set|hit|cut"
    r"|put|fled|shot|got|ran|saw|spent|struck|fought|sought|seized|[a-z]{3,}s)\b"
)


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


def _spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of every sentence of ``text``, paragraph by paragraph."""
    spans, offset = [], 0
    for para in text.splitlines(keepends=True):
        cut = 0
        for match in [*LEAD_END.finditer(para), None]:
            end = match.start() if match else len(para)
            chunk = para[cut:end]
            left = len(chunk) - len(chunk.lstrip())
            spans.append((offset + cut + left, offset + cut + len(chunk.rstrip())))
            cut = match.end() if match else cut
        offset += len(para)
    return spans


def lead_span(text: str) -> tuple[int, int] | None:
    """Offsets of the article's first 8-45-word sentence that is not page furniture."""
    if NOT_NEWS.search(text):
        return None
    for start, end in _spans(text):
        datelines = list(WIRE_DATELINE.finditer(text, start, end))
        if datelines:
            start = datelines[-1].end()
        sentence = text[start:end]
        if (
            FURNITURE.match(sentence)
            or BOILERPLATE.search(sentence)
            or not VERBISH.search(sentence)
        ):
            continue
        if 8 <= len(sentence.split()) <= 45:
            return start, end
    return None


def _rows(articles: Path, seed: int, skip: list[Path]) -> tuple[list[dict], random.Random]:
    with gzip.open(articles, "rt", encoding="utf-8") as fh:
        rows = [json.loads(line) for line in fh]
    used = _used_articles(skip)
    rows = [r for r in rows if r["dup_of"] is None and r["id"] not in used]
    rng = random.Random(seed)
    rng.shuffle(rows)
    return rows, rng


def _skipped_texts(skip: list[Path], articles: dict[str, str]) -> set[str]:
    """Sentences of the earlier sets, given as text or quoted by reference."""
    texts = set()
    for path in skip:
        for line in path.read_text(encoding="utf-8").splitlines():
            record = json.loads(line)
            if "text" in record:
                texts.add(record["text"])
            elif record.get("article") in articles:
                texts.add(articles[record["article"]][record["start"] : record["end"]])
    return texts


def draw_lead(articles: Path, seed: int, mena: int, other: int, skip: list[Path]) -> list[dict]:
    """The lead sentence of each of the first ``mena`` + ``other`` shuffled articles."""
    rows, _ = _rows(articles, seed, skip)
    with gzip.open(articles, "rt", encoding="utf-8") as fh:
        texts = {r["id"]: r["text"] for r in map(json.loads, fh)}
    # Different outlets carry the same wire lead: keep the sets free of repeats.
    picked, want, seen = [], {True: mena, False: other}, _skipped_texts(skip, texts)
    for row in rows:
        key = row["topic"] in MENA
        span = lead_span(row["text"]) if want[key] else None
        if span is None or row["text"][span[0] : span[1]] in seen:
            continue
        seen.add(row["text"][span[0] : span[1]])
        want[key] -= 1
        picked.append((row, span))
    return [
        {
            "id": f"T17LEAD{seed}-{i:02d}",
            "article": row["id"],
            "start": start,
            "end": end,
            "origin": f"{row['id']} (Timeline17, Tran et al. 2013; research use; short quote)",
            "date": row["date"],
            "events": [],
        }
        for i, (row, (start, end)) in enumerate(picked)
    ]


def draw(articles: Path, seed: int, mena: int, other: int, skip: list[Path]) -> list[dict]:
    rows, rng = _rows(articles, seed, skip)
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
    parser.add_argument(
        "--lead", action="store_true", help="each article's lead sentence, quoted by reference"
    )
    args = parser.parse_args()
    drawer = draw_lead if args.lead else draw
    for record in drawer(args.articles, args.seed, args.mena, args.other, args.skip):
        print(json.dumps(record, ensure_ascii=False))


if __name__ == "__main__":
    main()
