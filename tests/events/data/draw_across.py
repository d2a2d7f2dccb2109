"""Draw pairs of tellings across Timeline17 articles for the cross-article merge check."""
import collections, gzip, itertools, json, random, sys
from dateline.analyse import analyse
from dateline.pipeline import process
from dateline.records import Article
from dateline.merge import Telling, same_happening
arts = [json.loads(l) for l in gzip.open(sys.argv[1], "rt")]
rng = random.Random(2029)
# articles of a story told by several outlets within a few weeks: the dense months of four stories
windows = {"LibyaWar": "2011-03", "SyrianCrisis": "2012-02", "EgyptianProtest": "2011-02", "bpoil": "2010-06"}
pick = [a for a in arts if any(a["id"].split("/")[1].startswith(k) and a["date"].startswith(v) for k, v in windows.items())]
pick = [a for a in pick if len(a["text"]) <= 12000]
rng.shuffle(pick)
pick = pick[:320]
print(len(pick), file=sys.stderr)
tells = []  # (article, event, telling)
for a, doc in zip(pick, analyse([a["text"] for a in pick])):
    for e in process(Article(id=a["id"], date=a["date"], text=a["text"]), doc).events:
        t = Telling.of(e)
        if t is not None and e.evidence.trigger_start is not None:
            tells.append((a, e, t))
by_day = collections.defaultdict(list)
for x in tells: by_day[(x[2].type, x[2].day)].append(x)
merged, apart = [], []
for key, xs in by_day.items():
    for x, y in itertools.combinations(xs, 2):
        if x[0]["id"] == y[0]["id"]: continue
        (merged if same_happening(x[2], y[2]) else apart).append((x, y))
print(len(tells), len(merged), len(apart), file=sys.stderr)
rng.shuffle(merged); rng.shuffle(apart)
def side(a, e):
    ev = e.evidence
    return {"article": a["id"], "date": a["date"], "start": ev.start, "end": ev.end,
            "trigger": {"start": ev.trigger_start, "end": ev.trigger_end, "text": ev.trigger}}
rows = [{"type": x[2].type, "day": x[2].day, "a": side(x[0], x[1]), "b": side(y[0], y[1]), "merged": m}
        for (x, y), m in [(p, True) for p in merged[:110]] + [(p, False) for p in apart[:90]]]
rng.shuffle(rows)
json.dump(rows, open(sys.argv[2], "w"))
print(len(rows), sum(r["merged"] for r in rows), file=sys.stderr)
