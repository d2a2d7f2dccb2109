"""The actors stage: who is mentioned, resolved to name, country, sector and role on the article's date.

Span rule: a mention covers its modifiers, title and name together ("Japanese Foreign Minister
Yoshimasa Hayashi", "Turkish police", "Israel's Cabinet"); coordinated names are separate mentions.
"""

from __future__ import annotations

from ..document import Document
from .knowledge import Fact, KnowledgeBase, default_kb
from .resolve import facts_from, resolve

__all__ = ["Fact", "KnowledgeBase", "default_kb", "run"]


def run(doc: Document, kb: KnowledgeBase | None = None) -> None:
    """Append one Actor per mention to ``doc.actors`` and learn the title–name pairs it states."""
    kb = kb if kb is not None else default_kb()
    resolved = resolve(doc, kb)
    doc.actors.extend(actor for _, actor in resolved)
    for fact in facts_from(doc, resolved):
        kb.learn(fact)
