"""The stages in order: read → analyse → time → actors → places → events.

``extract`` turns a stream of input items (Articles and Skips from :mod:`dateline.read`)
into finished Articles, in input order, on one or more worker processes. ``process`` runs
the stages on one already-parsed article; a stage that fails on an article turns that
article into a Skip naming the stage, so one bad article never stops a run.
"""

from __future__ import annotations

import functools
import gc
import importlib
import json
import multiprocessing
import os
import tempfile
from collections import deque
from collections.abc import Iterable, Iterator
from itertools import islice
from types import ModuleType
from typing import TYPE_CHECKING

from .actors.knowledge import Fact, default_kb
from .analyse import analyse, load_model
from .document import Document
from .read import Skip
from .records import Article

if TYPE_CHECKING:
    from multiprocessing.pool import AsyncResult

    from spacy.tokens import Doc

__all__ = ["STAGES", "extract", "extract_text", "prepare", "process"]

STAGES: tuple[str, ...] = ("time", "actors", "places", "events")
PARALLEL_TASK = 4  # articles a worker takes at a time
# Articles read with the same knowledge of actors: what one teaches (a title-name pair) is known
# to the articles two blocks on and later, on any number of workers alike (KnowledgeBase.hold).
BLOCK = 64
Item = Article | Skip


_WARM_UP = (
    "On Monday, US Secretary of State Antony Blinken met Japanese Foreign Minister "
    "Yoshimasa Hayashi in Tokyo, Kyodo News reported. They will hold talks in Paris next week."
)


@functools.cache
def prepare() -> list[tuple[str, ModuleType]]:
    """The stages, with their models and tables loaded, once per process.

    What is loaded here (the spaCy model, the gazetteer, the office-holder table, the
    lexicons) lives as long as the process, so it is frozen out of the garbage collector:
    collections stop walking millions of objects that can never be garbage, which also
    keeps forked workers from copying every page they would touch (about 15% faster).
    """
    nlp = load_model()
    modules = [(name, importlib.import_module(f"dateline.{name}")) for name in STAGES]
    # One small article through every stage loads each stage's tables before the freeze;
    # the actor stage learns it into a scratch knowledge base, not the one runs keep.
    from .actors.knowledge import KnowledgeBase

    default_kb()
    warm = Article(id="warm-up", date="2021-12-15", text=_WARM_UP)
    document = Document(article=warm, doc=nlp(_WARM_UP))
    for name, module in modules:
        module.run(document, kb=KnowledgeBase()) if name == "actors" else module.run(document)
    gc.collect()
    gc.freeze()
    return modules


def process(article: Article, doc: Doc, stages: Iterable[str] = STAGES) -> Article:
    """Run the named stages on one parsed article and return its finished record."""
    document = Document(article=article, doc=doc)
    for name in stages:
        importlib.import_module(f"dateline.{name}").run(document)
    return document.freeze()


def _process_safely(article: Article, doc: Doc, modules: list[tuple[str, ModuleType]]) -> Item:
    document = Document(article=article, doc=doc)
    for name, module in modules:
        try:
            module.run(document)
        except Exception as exc:  # noqa: BLE001 - one article's failure must not end the run
            if os.environ.get("DATELINE_RAISE"):
                raise
            origin = article.origin or article.id
            return Skip(origin, f"internal error in the {name} stage: {exc!r}")
    return document.freeze()


def _extract_serial(
    items: Iterable[Item], batch_size: int, *, block: int | None = None
) -> Iterator[Item]:
    """Parse and process in this process. With ``block`` (a run on its own), what a block of
    articles teaches the actor stage is settled when the block after it ends, as a parallel
    run settles it; without, it is held for the parent to settle (a worker's batch)."""
    modules = prepare()
    kb = default_kb()
    if block:
        kb.hold()  # a worker's batches are held by _work
    # each Skip with the number of articles read before it: it is given back after them, in
    # input order, though the parser reads a batch ahead
    pending: deque[tuple[int, Skip]] = deque()
    articles: deque[Article] = deque()
    read = 0

    def texts() -> Iterator[str]:
        nonlocal read
        for item in items:
            if isinstance(item, Skip):
                pending.append((read, item))
            else:
                articles.append(item)
                read += 1
                yield item.text

    done = 0
    lagging: list[Fact] = []  # what the block before this one taught
    try:
        for doc in analyse(texts(), batch_size=batch_size):
            while pending and pending[0][0] <= done:
                yield pending.popleft()[1]
            yield _process_safely(articles.popleft(), doc, modules)
            done += 1
            if block and done % block == 0:
                kb.settle(lagging)
                lagging = kb.held()
        yield from (skip for _, skip in pending)
    finally:
        if block:
            kb.settle(lagging)
            kb.release()


# The worker's byte offset in the run's file of settled facts: what it has learned so far;
# None until its first task, which starts the worker's hold.
_settled_upto: int | None = None


def _work(task: tuple[list[Item], str, int]) -> tuple[list[Item], list[dict]]:
    """Worker side: learn the facts settled in earlier blocks, then parse and process one
    batch, keeping its order; bring back what the actor stage learned from it, unsettled."""
    global _settled_upto
    batch, settled, upto = task
    kb = default_kb()
    if _settled_upto is None:
        kb.hold()  # for the worker's life: the parent settles what its batches teach
        _settled_upto = 0
    if upto > _settled_upto:
        with open(settled, "rb") as f:
            f.seek(_settled_upto)
            lines = f.read(upto - _settled_upto).decode("utf-8").splitlines()
        kb.settle(Fact.from_dict(json.loads(line)) for line in lines)
        _settled_upto = upto
    done = list(_extract_serial(batch, batch_size=len(batch) or 1))
    return done, [fact.as_dict() for fact in kb.held()]


def _batches(items: Iterable[Item], size: int) -> Iterator[list[Item]]:
    iterator = iter(items)
    while batch := list(islice(iterator, size)):
        yield batch


def _blocks(items: Iterable[Item], size: int) -> Iterator[list[Item]]:
    """The input cut after every ``size`` articles (a Skip goes with the block being filled;
    one right after a full block opens the next)."""
    block: list[Item] = []
    articles = 0
    for item in items:
        if articles == size:
            yield block
            block, articles = [], 0
        block.append(item)
        articles += isinstance(item, Article)
    if block:
        yield block


def _extract_parallel(items: Iterable[Item], workers: int, batch_size: int) -> Iterator[Item]:
    prepare()  # loaded once here, shared copy-on-write by forked workers
    kb = default_kb()
    method = "fork" if "fork" in multiprocessing.get_all_start_methods() else "spawn"
    # Forked workers inherit what prepare() loaded; spawned ones load it before their first task.
    with (
        tempfile.TemporaryDirectory(prefix="dateline-") as tmp,
        open(os.path.join(tmp, "settled.jsonl"), "wb") as settled,
        multiprocessing.get_context(method).Pool(workers, initializer=prepare) as pool,
    ):
        # Two blocks run at a time, so that no worker waits for a block's last batch: what
        # block b teaches is settled when it ends, for the parent (which hands it to the
        # store) and, through the file, for the workers from block b + 2 on.
        blocks = enumerate(_blocks(items, BLOCK))
        running: deque[tuple[int, AsyncResult]] = deque()
        learned: list[dict] = []

        def start_next() -> None:
            nxt = next(blocks, None)
            if nxt is None:
                return
            b, block = nxt
            task = (settled.name, settled.tell())
            for batch in _batches(block, batch_size):
                running.append((b, pool.apply_async(_work, ((batch, *task),))))

        start_next()
        start_next()
        while running:
            b, result = running.popleft()
            done, facts = result.get()  # in input order
            for fact in facts:  # the parent's knowledge base only hands them to the store
                kb.learn(Fact.from_dict(fact))
            learned.extend(facts)
            yield from done
            if running and running[0][0] == b:
                continue
            for fact in learned:  # block b has ended
                settled.write(json.dumps(fact, ensure_ascii=False).encode("utf-8") + b"\n")
            settled.flush()
            learned = []
            start_next()


def extract(items: Iterable[Item], *, workers: int = 1, batch_size: int = 16) -> Iterator[Item]:
    """Finished Articles (and the Skips met on the way), in input order."""
    if workers < 1:
        raise ValueError(f"workers must be at least 1, got {workers}")
    if workers == 1:
        return _extract_serial(items, batch_size, block=BLOCK)
    # Small tasks keep every worker busy to the end: a news article takes about 0.2-1 s,
    # and a worker left waiting on another's last big batch wastes most of a core.
    return _extract_parallel(items, workers, min(batch_size, PARALLEL_TASK))


def extract_text(text: str, date: str, article_id: str = "text") -> Article:
    """One text dated ``date`` through the whole pipeline (for tests and notebooks)."""
    result = next(_extract_serial([Article(id=article_id, date=date, text=text)], 1, block=1))
    if isinstance(result, Skip):
        raise RuntimeError(str(result))
    return result
