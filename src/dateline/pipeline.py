"""The stages in order: read → analyse → time → actors → places → events.

``extract`` turns a stream of input items (Articles and Skips from :mod:`dateline.read`)
into finished Articles, in input order, on one or more worker processes. ``process`` runs
the stages on one already-parsed article; a stage that fails on an article turns that
article into a Skip naming the stage, so one bad article never stops a run.
"""

from __future__ import annotations

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

__all__ = ["STAGES", "extract", "extract_text", "process"]

STAGES: tuple[str, ...] = ("time", "actors", "places", "events")
PARALLEL_TASK = 4  # articles a worker takes at a time
Item = Article | Skip


def _stage_modules() -> list[tuple[str, ModuleType]]:
    return [(name, importlib.import_module(f"dateline.{name}")) for name in STAGES]


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
    modules = _stage_modules()
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

    load_model()  # loaded once here, shared copy-on-write by forked workers
    _stage_modules()
    kb = default_kb()
    method = "fork" if "fork" in multiprocessing.get_all_start_methods() else "spawn"
    with multiprocessing.get_context(method).Pool(workers, initializer=load_model) as pool:
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

