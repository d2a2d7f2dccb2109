"""Draw acts in date-bearing T17 sentences for the event-date gold (session 13)."""
import glob, gzip, json, random, re, sys
sys.path.insert(0, "/work/main/src")
from dateline.analyse import analyse
from dateline.pipeline import process
from dateline.records import Article
from dateline.evaluate import gold_records

DATE = re.compile(r"\b(January|February|March|April|May|June|July|August|September|October|November|December|"
                  r"Jan\.|Feb\.|Aug\.|Sept?\.|Oct\.|Nov\.|Dec\.|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|"
                  r"yesterday|today|tonight|tomorrow|(last|next|this|earlier this|later this) (week|weekend|month|year|spring|summer|autumn|fall|winter)|"
                  r"(19|20)\d\d|\d+ (days|weeks|months|years) ago|(a|one|two|three) (day|week|month|year)s? ago)\b", re.I)
used = {}
for f in glob.glob("/work/main/tests/**/data/*.jsonl", recursive=True):
    for line in open(f):
        r = json.loads(line)
        if "article" in r:
            used.setdefault(r["article"], []).append((r.get("start", 0), r.get("end", 10**9)))
arts = [json.loads(l) for l in gzip.open("/work/shared/data/news/t17_articles.jsonl.gz", "rt")]
rng = random.Random(2027)
rng.shuffle(arts)
out = []
for a in arts[:900]:
    if a["id"] in used and len(used[a["id"]]) > 3: continue
    text = a["text"]
    doc = next(iter(analyse([text[:6000]])))
    sents = [s for s in doc.sents if 8 <= len(s) <= 60 and DATE.search(s.text) and "\n" not in s.text.strip()]
    sents = [s for s in sents if not any(s.start_char < e and st < s.end_char for st, e in used.get(a["id"], []))]
    if not sents: continue
    s = rng.choice(sents)
    stext = s.text
    sdoc = next(iter(analyse([stext])))
    evs = [e for e in process(Article(id="d", date=a["date"], text=stext), sdoc).events if e.evidence.trigger_start is not None]
    if not evs: continue
    e = rng.choice(evs)
    ts, te = e.evidence.trigger_start, e.evidence.trigger_end
    assert stext[ts:te] == e.evidence.trigger, (stext[ts:te], e.evidence.trigger)
    out.append(dict(article=a["id"], start=s.start_char, end=s.end_char, date=a["date"], text=stext,
                    trigger=dict(start=ts, end=te, text=e.evidence.trigger), type=e.type))
    if len(out) >= 240: break
print(len(out), file=sys.stderr)
json.dump(out, open("/tmp/s13/date/drawn.json", "w"))
