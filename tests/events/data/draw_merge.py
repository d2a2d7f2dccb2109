"""Draw pairs of tellings within Timeline17 articles for the within-article merge check."""
import gzip, json, random, sys, itertools
from dateline.analyse import analyse
from dateline.pipeline import process
from dateline.records import Article
from dateline.events import plover_type

arts = [json.loads(l) for l in gzip.open(sys.argv[1], "rt")]
rng = random.Random(2028)
rng.shuffle(arts)
arts = [a for a in arts if 1500 <= len(a["text"]) <= 9000][:160]
merged, apart = [], []
for a, doc in zip(arts, analyse([a["text"] for a in arts])):
    art = process(Article(id=a["id"], date=a["date"], text=a["text"]), doc)
    evs = [e for e in art.events if e.evidence.trigger_start is not None]
    for e in evs:
        tells = [t for t in e.evidences if t.trigger_start is not None]
        for x, y in itertools.combinations(tells, 2):
            merged.append((a, plover_type(e), x, y))
    for e, f in itertools.combinations(evs, 2):
        if plover_type(e) == plover_type(f):
            x, y = e.evidence, f.evidence
            if x.trigger_start > y.trigger_start: x, y = y, x
            apart.append((a, plover_type(e), x, y))
print(len(merged), len(apart), file=sys.stderr)
# at most 3 pairs of each kind per article, then a sample of each kind
def cap(pairs):
    by = {}
    for p in pairs: by.setdefault(p[0]["id"], []).append(p)
    out = []
    for k, v in by.items():
        rng.shuffle(v); out += v[:3]
    rng.shuffle(out)
    return out
merged, apart = cap(merged)[:130], cap(apart)[:130]
pairs = [(p, True) for p in merged] + [(p, False) for p in apart]
rng.shuffle(pairs)
rows = []
for (a, t, x, y), m in pairs:
    def side(ev):
        return {"start": ev.start, "end": ev.end, "trigger": {"start": ev.trigger_start, "end": ev.trigger_end, "text": ev.trigger}}
    rows.append({"article": a["id"], "date": a["date"], "title": a.get("title"), "type": t, "a": side(x), "b": side(y), "merged": m})
json.dump(rows, open(sys.argv[2], "w"))
print(len(rows), sum(r["merged"] for r in rows), file=sys.stderr)
