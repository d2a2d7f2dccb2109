"""One event per happening: fold later mentions of an event into the first one.

Two mentions tell the same happening when they have the same type and mode family, the same
status family (planned vs. past), and their dates and places do not conflict, and something
ties them: a definite noun ("the attack") joins the latest event of its type; two words of one
sentence join unless they name other parties; otherwise they must share a party, name the same
doers and the same targets where both name them, and, for a doer acting twice, meet the same
named target, fall on the same day or place, or have no target at all. Tellings with no party
in common join only on the same day or at the same place. (Readers judged 86 % of the merges
of the looser rule, "share a participant or one has none", two happenings: t17_merge_1-2.)
The merged event keeps every evidence span, the most specific date and place, the first
attribution and the least certain reading.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from ..merge import dates_fit
from ..records import Actor, Evidence, Place, Timex

__all__ = ["Draft", "absorb", "merge_into"]

_CERTAINTY_ORDER = {"asserted": 0, "likely": 1, "possible": 2}


@dataclass
class Draft:
    """An event while the article is read; frozen into a ``records.Event`` at the end."""

    type: str
    mode: str | None
    contexts: list[str]
    cameo: str | None
    actors: list[Actor]
    recipients: list[Actor]
    timex: Timex | None
    place: Place | None
    status: str
    certainty: str
    negated: bool
    hypothetical: bool
    attribution: str | None
    evidences: list[Evidence]
    # a definite noun with no participants ("the meeting") refers back to a known event
    anaphoric: bool = False
    # only told in scene-setting clauses so far (dropped unless a main clause tells it too)
    background: bool = False
    # words modifying a nominal trigger ("two-plus-two", "ministerial"): they pick the antecedent
    modifiers: set[str] = field(default_factory=set)
    names: set[str] = field(default_factory=set)
    # the type a coder gives an announced act ("is prepared to impose martial law": THREATEN)
    coded: str | None = None
    # planned only as the aim, duty or condition of what the sentence tells ("named a panel
    # to investigate", "faces prison if convicted"): it joins a telling of the act as done
    supposed: bool = False
    # told as what a sentence reports, not only in passing (``salience``): ``events.run`` sets
    # it for each telling; a record read back without the field is main (``records``)
    main: bool = False
    # told in its sentence's main clause itself, with no fallback to the highest telling
    main_clause: bool = False
    # the one act a one-event-per-sentence coder records for a sentence that tells it
    lead: bool = False
    # the first letters of each telling's trigger word ("atta" for "attacked", "the attack"):
    # a definite noun refers back to an act told with its own word; a general noun ("the
    # attack", "the incident"; cues.tsv `general`) has none and refers to any act of its type
    stems: set[str] = field(default_factory=set)
    # who the attribution's words name, resolved ("he said" -> the last speaker who fits)
    claimed_by: list[Actor] = field(default_factory=list)
    # how an act not told as it stands is told (``Event.mood``)
    mood: str | None = None

    def __post_init__(self) -> None:
        self.names = {a.name for a in (*self.actors, *self.recipients)}


def _planned(draft: Draft) -> bool:
    return draft.status == "planned" and not draft.supposed


def _dates_fit(a: Timex | None, b: Timex | None) -> bool:
    return dates_fit(a.value if a else None, b.value if b else None)


def _places_fit(a: Place | None, b: Place | None) -> bool:
    if a is None or b is None:
        return True
    if a.geonameid is not None and a.geonameid == b.geonameid:
        return True
    if a.country != b.country:
        return False
    # a country and a place inside it fit ("the UK" and "Liverpool, UK"); two cities do not
    return (a.feature or "").startswith("PCL") or (b.feature or "").startswith("PCL")


def _fits(old: Draft, new: Draft) -> bool:
    if old.type != new.type or old.negated != new.negated:
        return False
    if old.mode and new.mode and old.mode != new.mode:
        return False
    if not (_dates_fit(old.timex, new.timex) and _places_fit(old.place, new.place)):
        return False
    if new.anaphoric:
        # "the meeting": whichever status its own sentence suggests; beyond meetings, which
        # news names by many words ("talks", "the summit", "the visit"), a definite noun in
        # another sentence names an act told by its own word ("the killings" after "were
        # killed"), not any act of its type ("the relief effort" after "distribute aid")
        if old.type in _MUTUAL or _one_sentence(old, new) or not new.stems:
            return True
        return bool(old.stems & new.stems)
    if _planned(old) != _planned(new):
        return False
    if _swapped(old, new):
        return False  # "advanced on Sirte but were attacked by Gaddafi's forces": two acts
    if _one_sentence(old, new):
        if _history(old, new) or _history(new, old):
            return False
        if old.hypothetical != new.hypothetical:
            # "the six would be willing to resume talks if Iran was ready to discuss": an act
            # supposed beside one told as it stands is another
            return False
        # two words of one sentence of one type are one act unless they name other parties
        # ("launched an offensive ... the offensive killed 12")
        return not new.names or not old.names or _share_party(old, new)
    if not new.names or not old.names:
        # neither names a party both share: only a telling pinned to the same day or place
        # is the same happening ("the refugees' rape and the fighting in western Libya" are
        # two acts; readers of t17_merge_1 called 67 of 74 such merges two happenings)
        return _pinned(old, new)
    if old.type not in _MUTUAL and not _roles_fit(old, new):
        return False  # "Obama vowed to halt ..." and "Obama ordered Salazar to ...": two acts
    if not _share_party(old, new):
        return False
    # a doer who acts twice in an article acts twice unless the act meets the same target, or
    # falls on the same day or place ("Obama vowed to halt ..." and "Obama ordered Salazar")
    # (an act with no target told twice by its doer is one: "workers began a strike on Sunday
    # ... dock workers walked out")
    untargeted = not old.recipients and not new.recipients
    return old.type in _MUTUAL or untargeted or _targets_meet(old, new) or _pinned(old, new)


def _history(dated: Draft, undated: Draft) -> bool:
    """ "130 people were killed in Hama, where Assad's father crushed an uprising in 1982": an
    act given a year of its own in a clause told in passing is history, not the undated act
    the sentence reports."""
    if dated.timex is None or undated.timex is not None or dated.main or not undated.main:
        return False
    value = dated.timex.value or ""
    return dated.timex.type == "DATE" and value.isdigit() and len(value) <= 4


def _targets_meet(old: Draft, new: Draft) -> bool:
    return _meet(old.recipients, new.recipients)


def _one_sentence(old: Draft, new: Draft) -> bool:
    starts = {e.start for e in old.evidences}
    return any(e.start in starts for e in new.evidences)


def _roles_fit(old: Draft, new: Draft) -> bool:
    """The doers, and the targets, of a directed act meet where both tellings name them."""
    return all(
        not (a and b) or _meet(a, b)
        for a, b in ((old.actors, new.actors), (old.recipients, new.recipients))
    )


def _meet(these: list[Actor], those: list[Actor]) -> bool:
    return any(_one_party(a, b) for a in these for b in those)


def _one_party(a: Actor, b: Actor) -> bool:
    """One name, or one group named twice by its head noun ('workers at the port', 'dock
    workers')."""
    if a.name == b.name:
        return True
    return (
        a.kind == b.kind == "group"
        and _head(a.name) == _head(b.name)
        and (a.country is None or b.country is None or a.country == b.country)
    )


def _pinned(old: Draft, new: Draft) -> bool:
    """Both tellings fall on the same day, or at the same place below a country."""
    a, b = old.timex, new.timex
    if a is not None and b is not None and a.value and a.value == b.value and len(a.value) >= 10:
        return True
    x, y = old.place, new.place
    return (
        x is not None
        and y is not None
        and x.geonameid is not None
        and x.geonameid == y.geonameid
        and not (x.feature or "").startswith("PCL")
    )


# types whose two sides act together: who is named first says nothing of who did what
_MUTUAL = frozenset({"CONSULT", "AGREE", "COOPERATE"})


def _swapped(old: Draft, new: Draft) -> bool:
    """One side's doers are the other's targets and nobody does both: an act and the act
    answering it, not one happening told twice."""
    if old.type in _MUTUAL:
        return False  # "Japan and the United States will hold talks": both sides act
    doers = {a.name for a in old.actors}, {a.name for a in new.actors}
    if doers[0] & doers[1]:
        return False
    # "were attacked and fought back": the target of one is the doer of the other
    targets = {a.name for a in new.recipients}, {a.name for a in old.recipients}
    return bool(doers[0]) and doers[0] <= targets[0] or bool(doers[1]) and doers[1] <= targets[1]


def _share_party(old: Draft, new: Draft) -> bool:
    """A party both tellings name: one name, or one group named twice by its head noun
    ('workers at the port' and 'dock workers')."""
    return _meet([*old.actors, *old.recipients], [*new.actors, *new.recipients])


def _head(name: str) -> str:
    return name.rsplit(maxsplit=1)[-1].lower()


def _specific(a: Timex | None, b: Timex | None) -> Timex | None:
    if a is None or not a.value:
        return b or a
    if b is None or not b.value:
        return a
    return b if len(b.value) > len(a.value) else a


def _specific_place(a: Place | None, b: Place | None) -> Place | None:
    if a is None:
        return b
    if (
        b is not None
        and (a.feature or "").startswith("PCL")
        and not (b.feature or "").startswith("PCL")
    ):
        return b
    return a


def _union(a: list[Actor], b: list[Actor], exclude: set[str]) -> list[Actor]:
    names = {x.name for x in a} | exclude
    return a + [x for x in b if x.name not in names and not names.add(x.name)]  # type: ignore[func-returns-value]


def absorb(old: Draft, new: Draft) -> None:
    """Fold ``new`` (a later mention) into ``old``."""
    old.actors = _union(old.actors, new.actors, {r.name for r in old.recipients})
    old.recipients = _union(old.recipients, new.recipients, {a.name for a in old.actors})
    old.names = {a.name for a in (*old.actors, *old.recipients)}
    old.timex = _specific(old.timex, new.timex)
    old.place = _specific_place(old.place, new.place)
    if old.mode is None and new.mode is not None:
        old.mode, old.cameo = new.mode, new.cameo  # "visit" says more than "talks"
    old.contexts += [c for c in new.contexts if c not in old.contexts]
    if not old.attribution:
        old.attribution, old.claimed_by = new.attribution, new.claimed_by
    if old.supposed and not new.supposed:
        # told as aimed at, then as done: the telling as done says how it stands
        old.status, old.certainty, old.supposed = new.status, new.certainty, False
        old.hypothetical, old.mood = new.hypothetical, new.mood
    raised = _CERTAINTY_ORDER[new.certainty] > _CERTAINTY_ORDER[old.certainty]
    if raised and not (new.anaphoric or new.supposed):
        old.certainty = new.certainty
    old.background = old.background and new.background
    old.main = old.main or new.main
    old.main_clause = old.main_clause or new.main_clause
    old.lead = old.lead or new.lead
    old.modifiers |= new.modifiers
    old.stems |= new.stems
    old.evidences.extend(e for e in new.evidences if e not in old.evidences)


def merge_into(drafts: list[Draft], new: Draft, apart: tuple[Draft, ...] = ()) -> Draft:
    """Add ``new`` to the article's events, merged with an earlier telling if there is one.

    ``apart`` are events ``new`` is listed beside ("Russia's suppression of Chechnya and the
    occupation of Gaza"): never the same happening. Returns the event that now holds ``new``.
    """
    if new.anaphoric and new.modifiers:
        for old in reversed(drafts):
            if old not in apart and old.modifiers & new.modifiers and _fits(old, new):
                absorb(old, new)
                return old
    for old in reversed(drafts):
        if old in apart:
            continue
        if _fits(old, new):
            absorb(old, new)
            return old
        if old.type == new.type and not new.names:
            break  # "the talks", "fighting": only the latest event of that type is meant
    drafts.append(new)
    return new
