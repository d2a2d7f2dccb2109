"""The working document every pipeline stage reads and adds to.

A stage is a function ``run(doc: Document) -> None`` in its own module: it reads the spaCy
analysis and what earlier stages found, and appends its own findings. ``Document.freeze``
turns the result into the immutable :class:`~dateline.records.Article`.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING

from .records import Actor, Article, Event, Place, Timex

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span


@dataclass
class Document:
    article: Article
    doc: Doc
    timexes: list[Timex] = field(default_factory=list)
    places: list[Place] = field(default_factory=list)
    actors: list[Actor] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    # Free-form notes a stage leaves for later stages (e.g. the time stage's map from
    # timex to governing token); keys are "<stage>.<name>".
    notes: dict[str, object] = field(default_factory=dict)

    @property
    def text(self) -> str:
        return self.article.text

    @property
    def date(self) -> dt.date:
        return dt.date.fromisoformat(self.article.date)

    def sentence_of(self, start: int) -> Span:
        """The spaCy sentence containing character offset ``start``."""
        tok = self.doc.char_span(start, start + 1, alignment_mode="expand")
        return tok.sent if tok is not None else next(iter(self.doc.sents))

    def freeze(self) -> Article:
        by_start = lambda r: (r.start, r.end)  # noqa: E731
        return replace(
            self.article,
            timexes=tuple(sorted(self.timexes, key=by_start)),
            places=tuple(sorted(self.places, key=by_start)),
            actors=tuple(sorted(self.actors, key=by_start)),
            events=tuple(self.events),
        )
