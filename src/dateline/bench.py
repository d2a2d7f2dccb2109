"""``dateline bench``: dateline's speed and memory against bare spaCy, in one process.

The machine is shared and noisy, so every figure that matters is a ratio against a
baseline measured in the same run: bare ``nlp.pipe`` over the same texts with the same
model and the same number of processes.
"""

from __future__ import annotations

import argparse
import os
import resource
import sys
import time
from collections.abc import Callable
from itertools import islice
from pathlib import Path

from .analyse import load_model
from .document import Document
from .pipeline import extract, prepare
from .read import Skip, read_inputs
from .records import Article

DEFAULT_INPUT = "data/news/t17_articles.jsonl.gz"


def shared_dir() -> Path:
    """The shared data folder: $DATELINE_SHARED, else ../shared beside the checkout or cwd."""
    if env := os.environ.get("DATELINE_SHARED"):
        return Path(env)
    for base in (Path.cwd(), Path(__file__).resolve().parents[2]):
        if (base.parent / "shared").is_dir():
            return base.parent / "shared"
    return Path.cwd().parent / "shared"


def _rss_mb() -> float:
    with open("/proc/self/statm") as f:
        return int(f.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 2**20


def _peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def load_articles(path: str | Path, n: int) -> list[Article]:
    items = islice((i for i in read_inputs([str(path)]) if not isinstance(i, Skip)), n)
    return list(items)


def _timed(fn: Callable[[], object]) -> float:
    start = time.perf_counter()
    fn()
    return time.perf_counter() - start


def _bare(texts: list[str], workers: int) -> float:
    nlp = load_model()
    return _timed(lambda: sum(1 for _ in nlp.pipe(texts, batch_size=16, n_process=workers)))


def _dateline(articles: list[Article], workers: int, rss: list[float]) -> float:
    def run() -> None:
        for i, _ in enumerate(extract(iter(articles), workers=workers), start=1):
            if i % max(1, len(articles) // 4) == 0:
                rss.append(_rss_mb())

    return _timed(run)


def stage_costs(articles: list[Article]) -> dict[str, float]:
    """Seconds each stage takes over the articles, and spaCy's own parse time."""
    nlp = load_model()
    start = time.perf_counter()
    docs = list(nlp.pipe([a.text for a in articles], batch_size=16))
    costs = {"spacy": time.perf_counter() - start}
    documents = [Document(article=a, doc=d) for a, d in zip(articles, docs, strict=True)]
    for name, module in prepare():
        costs[name] = _timed(lambda run=module.run: [run(doc) for doc in documents])
    costs["sentences"] = sum(1 for d in docs for _ in d.sents)
    return costs


def run_bench(args: argparse.Namespace) -> int:
    path = Path(args.input) if args.input else shared_dir() / DEFAULT_INPUT
    if not path.exists():
        print(f"dateline bench: {path}: not found (give --input FILE.jsonl)", file=sys.stderr)
        return 2
    articles = load_articles(path, args.n)
    texts = [a.text for a in articles]
    words = sum(len(t.split()) for t in texts)
    prepare()  # the model, gazetteer and tables load outside the timings
    print(f"bench: {len(articles)} articles, {words:,} words from {path}; best of {args.repeat}")
    print(f"{'run':<22}{'s':>8}{'articles/s':>12}{'words/s':>10}{'ratio':>8}")
    results: dict[tuple[str, int], float] = {}
    for workers in sorted({1, args.workers}):
        rss: list[float] = []
        # Alternate the two runs and keep each one's best time, so neither pays alone
        # for warm-up or for a burst of load from other jobs on the machine.
        bare, ours = float("inf"), float("inf")
        for _ in range(args.repeat):
            bare = min(bare, _bare(texts, workers))
            rss.clear()
            ours = min(ours, _dateline(articles, workers, rss))
        results[("bare", workers)], results[("dateline", workers)] = bare, ours
        for name, secs in ((f"bare spaCy x{workers}", bare), (f"dateline x{workers}", ours)):
            ratio = f"{bare / ours:.2f}" if name.startswith("dateline") else ""
            print(
                f"{name:<22}{secs:>8.1f}{len(texts) / secs:>12.2f}{words / secs:>10.0f}{ratio:>8}"
            )
        if rss:
            print(
                f"  RSS during dateline x{workers} (MB, each quarter): "
                + ", ".join(f"{r:.0f}" for r in rss)
            )
    if args.workers > 1:
        speedup = results[("dateline", 1)] / results[("dateline", args.workers)]
        print(f"dateline x{args.workers} / x1 speed-up: {speedup:.2f}")
    costs = stage_costs(articles[: min(len(articles), 50)])
    spacy_s = costs.pop("spacy")
    sentences = costs.pop("sentences")
    print("stage costs (share of spaCy parse time, first 50 articles):")
    for name, secs in costs.items():
        extra = f"  ({sentences / secs:,.0f} sentences/s)" if secs > 0 else ""
        print(f"  {name:<8}{secs:>7.2f}s  {100 * secs / spacy_s:>5.1f}%{extra}")
    from .places import gazetteer

    gazetteer.gazetteer.cache_clear()
    load = _timed(gazetteer.gazetteer)
    print(f"gazetteer load from its cache: {load:.2f} s")
    print(f"peak RSS: {_peak_mb():.0f} MB")
    return 0
