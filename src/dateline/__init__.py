"""dateline: dated news articles in, a queryable record of who did what to whom, when and where."""

from .records import Actor, Article, Event, Place, Timex

__all__ = ["Actor", "Article", "Event", "Place", "Timex", "__version__"]
__version__ = "0.1.0"
