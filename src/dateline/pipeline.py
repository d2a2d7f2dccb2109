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
import multiprocessing
import os
from collections import deque
from collections.abc import Iterable, Iterator
from itertools import islice
from types import ModuleType
from typing import TYPE_CHECKING

from .analyse import analyse, load_model
from .document import Document
from .read import Skip
from .records import Article

if TYPE_CHECKING:
    from spacy.tokens import Doc

__all__ = ["STAGES", "extract", "extract_text", "prepare", "process"]

STAGES: tuple[str, ...] = ("time", "actors", "places", "events")
PARALLEL_TASK = 4  # articles a worker takes at a time
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
    from .actors.knowledge import KnowledgeBase, default_kb

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


def _extract_serial(items: Iterable[Item], batch_size: int) -> Iterator[Item]:
    modules = prepare()
    pending: deque[Item] = deque()
    articles: deque[Article] = deque()

    def texts() -> Iterator[str]:
        for item in items:
            if isinstance(item, Skip):
                pending.append(item)
            else:
                articles.append(item)
                yield item.text

    for doc in analyse(texts(), batch_size=batch_size):
        while pending:
            yield pending.popleft()
        yield _process_safely(articles.popleft(), doc, modules)
    yield from pending


def _work(batch: list[Item]) -> tuple[list[Item], list[dict]]:
    """Worker side: parse and process one batch, keeping its order; bring back what the
    actor stage learned, so the parent can pass it on to the store."""
    from .actors.knowledge import default_kb

    done = list(_extract_serial(batch, batch_size=len(batch) or 1))
    return done, default_kb().drain_learned()


def _batches(items: Iterable[Item], size: int) -> Iterator[list[Item]]:
    iterator = iter(items)
    while batch := list(islice(iterator, size)):
        yield batch


def _extract_parallel(items: Iterable[Item], workers: int, batch_size: int) -> Iterator[Item]:
    from .actors.knowledge import Fact, default_kb

    prepare()  # loaded once here, shared copy-on-write by forked workers
    kb = default_kb()
    method = "fork" if "fork" in multiprocessing.get_all_start_methods() else "spawn"
    # Forked workers inherit what prepare() loaded; spawned ones load it before their first task.
    with multiprocessing.get_context(method).Pool(workers, initializer=prepare) as pool:
        # imap keeps input order and streams: at most a few batches are in flight.
        for done, learned in pool.imap(_work, _batches(items, batch_size), chunksize=1):
            for fact in learned:  # learned in a worker: the parent hands it to the store
                kb.learn(Fact.from_dict(fact))
            yield from done


def extract(items: Iterable[Item], *, workers: int = 1, batch_size: int = 16) -> Iterator[Item]:
    """Finished Articles (and the Skips met on the way), in input order."""
    if workers < 1:
        raise ValueError(f"workers must be at least 1, got {workers}")
    if workers == 1:
        return _extract_serial(items, batch_size)
    # Small tasks keep every worker busy to the end: a news article takes about 0.2-1 s,
    # and a worker left waiting on another's last big batch wastes most of a core.
    return _extract_parallel(items, workers, min(batch_size, PARALLEL_TASK))


def extract_text(text: str, date: str, article_id: str = "text") -> Article:
    """One text dated ``date`` through the whole pipeline (for tests and notebooks)."""
    result = next(_extract_serial([Article(id=article_id, date=date, text=text)], 1))
    if isinstance(result, Skip):
        raise RuntimeError(str(result))
    return result
