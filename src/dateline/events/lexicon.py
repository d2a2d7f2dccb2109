"""The events stage's data: trigger lexicon, cue words, light verbs and PLOVER scores.

Every fact lives in a TSV file under ``data/`` that names its source; this module reads them
once per process and builds the lookup tables the stage uses.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass, field
from importlib import resources
from typing import TYPE_CHECKING

from ..data import cameo_countries
from ..tables import rows

if TYPE_CHECKING:
    from collections.abc import Collection

    from spacy.tokens import Token

__all__ = [
    "PERFECT",
    "POSSIBLE",
    "WH",
    "Entry",
    "Lexicon",
    "agents",
    "asked",
    "conditioned",
    "coordinated",
    "existential",
    "expand_classes",
    "has_subject",
    "infinitive",
    "lemma",
    "lemma_fixes",
    "lexicon",
    "of_object",
    "ordered_aside",
    "passive",
    "plotted",
    "read_tsv",
    "spoken_aside",
    "word_classes",
]


@dataclass(frozen=True, slots=True)
class Entry:
    """One trigger reading: a word (optionally needing a dependent) and its PLOVER coding."""

    lemma: str
    pos: str  # V verb, A predicative adjective, N eventive noun, L noun under a governing verb
    needs: str | None  # lemma of a particle, preposition or object the word must govern
    type: str
    mode: str | None
    context: str | None
    cameo: str | None

    @property
    def object_is_party(self) -> bool:
        """The row names its direct object ("host +dobj:PROPN", "receive +dobj=president"):
        that object is a party to the act (the guest), not a word of its trigger."""
        return (self.needs or "").startswith("+dobj")

    @property
    def own_negation(self) -> bool:
        """The row needs a negation as one of its labels ("tolerate +neg&+aux=will": "would not
        be tolerated"): the "not" is a word of its trigger, no denial of the act (not a word
        that only begins so: "pull out+negotiation")."""
        return "+neg" in (self.needs or "").split("&")


@dataclass(frozen=True, slots=True)
class Lexicon:
    verbs: dict[str, tuple[Entry, ...]]
    nouns: dict[str, tuple[Entry, ...]]
    light_verbs: frozenset[str]
    # (verb lemma, preposition) of light verbs governing their noun through a preposition
    light_preps: frozenset[tuple[str, str]]
    # cue kind -> lemma -> value ("-" when the cue carries no value)
    cues: dict[str, dict[str, str]]
    intensity: dict[str, float]
    cameo_countries: dict[str, str | None]
    legacy_types: dict[str, tuple[str, str | None]]
    non_events: frozenset[tuple[str, str]]
    contexts: dict[str, str]
    # every lemma that can start a trigger, for a cheap first filter over tokens
    trigger_lemmas: frozenset[str] = field(default=frozenset())
    # scene-setting prepositions ("after", "amid") and nouns whose clause is their content
    scene_preps: frozenset[str] = field(default=frozenset())
    content_nouns: frozenset[str] = field(default=frozenset())
    # words of a future, hedge or condition ("will", "may", "would"): cues.tsv's three kinds
    modals: frozenset[str] = field(default=frozenset())
    # type of an intended act -> (coded type, mode, cameo) of announcing it ("vowed to attack")
    intents: dict[str, tuple[str, str | None, str | None]] = field(default_factory=dict)


def read_tsv(name: str) -> list[list[str]]:
    """Rows of one of the stage's data files, without the header row."""
    return rows(resources.files("dateline.events").joinpath("data", name))


@functools.cache
def lemma_fixes() -> dict[str, str]:
    """Form -> lemma for the inflections the spaCy model lemmatises wrongly ("fined": "fine")."""
    return dict((form, lemma_) for form, lemma_ in read_tsv("lemma_fixes.tsv"))


def lemma(tok: Token) -> str:
    """The token's lemma in lower case, with the model's known mistakes corrected."""
    return lemma_fixes().get(tok.lower_) or tok.lemma_.lower()


# the perfect auxiliary, whole or contracted ("should have", "should've")
PERFECT = frozenset({"have", "'ve"})
# the modals of a possibility ("could impose sanctions", "might veto")
POSSIBLE = frozenset({"could", "may", "might"})
# the tags of a wh-word ("what", "which", "where")
WH = frozenset({"WDT", "WP", "WRB"})


def infinitive(tok: Token) -> bool:
    """A verb with the infinitive marker "to" ("decided to impose", "is to meet")."""
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children)


def has_subject(verb: Token) -> bool:
    """A verb with a subject of its own (or an expletive "there"): its clause is its own."""
    return any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in verb.children)


def subject_of(verb: Token) -> Token | None:
    """The verb's own subject, active or passive, if it has one."""
    return next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)


def coordinated(tok: Token) -> list[Token]:
    """``tok`` and every word coordinated with it below ("Hayashi and Kishi", "take this path,
    commit to it, or face isolation")."""
    out = [tok]
    for child in tok.children:
        if child.dep_ == "conj":
            out.extend(coordinated(child))
    return out


def existential(noun: Token) -> bool:
    """ "There was a small demonstration outside the consulate", "there have been clashes in
    Homs": a noun whose being there is what the clause tells."""
    verb = noun.head
    return (
        noun.dep_ == "attr"
        and verb.lemma_ == "be"
        and any(c.dep_ == "expl" and c.lower_ == "there" for c in verb.children)
    )


def ranked(clause: Token) -> Token | None:
    """ "Alabama became the first state to sue BP", "Obama will be the first president to visit
    the country": an infinitive on a ranked noun the subject is or becomes tells what the
    subject did (or will do); gives that subject. So does a clause on those the subject is
    among ("France, Italy and Qatar are among the countries that have recognized the TNC",
    "Russia and China were among those sending rescue teams")."""
    noun = clause.head
    if clause.dep_ in ("relcl", "acl"):
        among = _among(noun)
        if among is not None:
            return among
    if clause.dep_ not in ("relcl", "acl") or noun.dep_ != "attr":
        return None
    # "the only Arab country that has contributed planes": a finite clause on its own subject
    relative = clause.dep_ == "relcl" and any(
        c.dep_ == "nsubj" and c.lower_ in ("that", "who", "which") for c in clause.children
    )
    if not (infinitive(clause) or relative):
        return None
    ranks = lexicon().cues["rank"]
    # "the first state", or the rank itself: "the latest of many countries to expel"
    if noun.lower_ not in ranks and not any(
        c.dep_ == "amod" and c.lower_ in ranks for c in noun.children
    ):
        return None
    verb = noun.head
    if verb.lemma_ not in ("be", "become"):
        return None
    return next((c for c in verb.children if c.dep_ == "nsubj"), None)


def _among(noun: Token) -> Token | None:
    """The subject of "be among" whose group ``noun`` names ("among the small number of
    countries", "among those"), or None; not one denied ("Syria is not among the countries
    that have signed")."""
    group = noun.head.head if noun.dep_ == "pobj" and noun.head.lower_ == "of" else None
    if group is not None and group.dep_ == "pobj" and group.lemma_.lower() in _GROUPS:
        noun = group  # "among the small number of countries" (not "among the demands of the
        # Arab League, which will meet": a clause on the League's own)
    prep = noun.head
    if noun.dep_ != "pobj" or prep.lower_ != "among" or prep.dep_ != "prep":
        return None
    verb = prep.head
    if verb.lemma_ not in ("be", "become", "remain") or any(c.dep_ == "neg" for c in verb.children):
        return None
    return next((c for c in verb.children if c.dep_ == "nsubj"), None)


_GROUPS = frozenset(
    {"number", "handful", "dozen", "group", "majority", "minority", "host", "score"}
)


def conditioned(verb: Token, marks: Collection[str] = ("if", "unless")) -> bool:
    """``verb`` has a clause of condition opened by one of ``marks`` ("will withdraw unless ...",
    "will step down if the party loses", "if these photographs are authentic, they represent")."""
    return any(
        c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in marks for m in c.children)
        for c in verb.children
    )


def asked(tok: Token) -> bool:
    """``tok``'s sentence is a question ("Did BP agree under pressure?", "Does China want Iran
    to build a bomb?")."""
    return tok.sent.text.rstrip().endswith("?")


def when_clause(clause: Token) -> bool:
    """A clause opened by "when" ("a big boost on Wednesday when, officials said, forces
    captured ...", "was flying to Paris when the news broke")."""
    doc = clause.doc
    return any(doc[i].lower_ == "when" for i in range(clause.left_edge.i, clause.i))


def of_object(noun: Token) -> Token | None:
    """The object of a noun's "of" ("the killing of Gaddafi", "dozens of foxes")."""
    prep = next((c for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    return (
        None
        if prep is None
        else next((c for c in prep.children if c.dep_ in ("pobj", "pcomp")), None)
    )


# the verbal types: a verb of these types joined to a reported clause may be the reporter's
# (not THREATEN: a storm or a virus that "threatened the coast" is what the clause says it does)
_SPOKEN = frozenset({"REQUEST", "ACCUSE", "SUPPORT", "REJECT", "AGREE", "CONCEDE"})


def ordered_aside(verb: Token) -> Token | None:
    """The ordering verb whose subject does ``verb``, an act the parser joined to what was
    ordered done ("the State Department ordered the embassy closed and expelled diplomats":
    the department expels, not the embassy). Only a finite past verb with an object and no
    subject of its own, under an order's small clause whose subject is no party."""
    head = verb.head
    if verb.dep_ != "conj" or verb.tag_ != "VBD" or head.dep_ not in ("ccomp", "xcomp"):
        return None
    order = head.head
    if lemma(order) != "order" or head.tag_ not in ("VBD", "VBN"):
        return None
    if any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        return None
    if not any(c.dep_ == "dobj" for c in verb.children):
        return None
    subject = subject_of(head)
    if subject is None or subject.ent_type_ or subject.pos_ != "NOUN":
        return None
    return order


def tells(verb: Token, lex: Lexicon) -> bool:
    """A reporting verb (cues.tsv `report`), or "made (it) clear" ("Gadhafi has made it clear he
    will not be forced out", "Rome has made clear that it is not considering ..."): its subject
    tells what follows."""
    word = lemma(verb)
    if word in lex.cues["report"]:
        return True
    return word == "make" and any(lemma(c) == "clear" for c in verb.children)


def telling_verb(clause: Token, lex: Lexicon) -> Token | None:
    """The telling verb a clause is the complement of, through the clauses coordinated with it
    ("the White House said all options were on the table", "said interference would not be
    tolerated"); None when it hangs on none."""
    while clause.dep_ == "conj":
        clause = clause.head
    return clause.head if clause.dep_ == "ccomp" and tells(clause.head, lex) else None


# how the parser hangs what is made clear on "clear" ("made it clear he will not ...")
_MADE_CLEAR = frozenset({"advcl", "ccomp", "csubj"})


def made_clear(clause: Token, lex: Lexicon) -> Token | None:
    """The "made" of "made (it) clear" when ``clause`` is what is made clear and the parser hung
    it on "clear" ("made it clear he will not be forced out"); else None."""
    clear = clause.head
    if clause.dep_ not in _MADE_CLEAR or lemma(clear) != "clear" or clear.head.i == clear.i:
        return None
    made = clear.head
    return made if lemma(made) == "make" and tells(made, lex) else None


def spoken_aside(verb: Token) -> Token | None:
    """The reporting verb whose subject does ``verb``, a speech act the parser joined to the
    reported clause ("the minister said the virus was spreading and urged China to prepare":
    the minister urges, not the virus). Only when the speech act has no subject and the
    reported clause's subject is a thing or a cause, which says nothing."""
    head = verb.head
    if verb.dep_ != "conj" or head.dep_ != "ccomp" or head.head.i == head.i:
        return None
    report = head.head
    lex = lexicon()
    if lemma(report) not in lex.cues["report"] or verb.tag_ != report.tag_:
        return None
    subject = subject_of(head)
    if subject is None or any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        return None
    # "said the army attacked and threatened", "said the resolution was one-sided and
    # supported the opposition" are as parsed; but a thing or a cause that "was likely to
    # enter China" urges nobody
    if lemma(subject) not in lex.cues["cause"] and lemma(subject) not in lex.cues["thing"]:
        return None
    word = lemma(verb)
    entries = lex.verbs.get(word, ())
    spoken = word in lex.cues["report"] or (entries and all(e.type in _SPOKEN for e in entries))
    return report if spoken else None


def plotted(verb: Token) -> Token | None:
    """The verb that foiled the plot, attempt or bid whose act ``verb`` is ("foiled a plot to
    bomb the embassy", with "to bomb" parsed on the plot or on "foiled"): that act did not
    happen, and the foiler is no party of it."""
    if not infinitive(verb):
        return None
    if verb.dep_ == "acl":
        noun = verb.head
    elif verb.dep_ in ("advcl", "xcomp"):
        noun = next((c for c in verb.head.children if c.dep_ == "dobj"), None)
    else:
        return None
    lex = lexicon()
    if noun is None or noun.dep_ != "dobj" or lemma(noun) not in lex.cues["plot"]:
        return None
    return noun.head if lemma(noun.head) in lex.cues["prevent"] else None


# verbs of being whose rows are idioms ("all options are on the table", "remain on the table")
IDIOM_VERBS = frozenset({"be", "remain"})


def agents(verb: Token) -> list[Token]:
    """The doers a passive's "by" phrase names ("were hit by Gaddafi's artillery")."""
    return [g for c in verb.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]


def shared_agent(verb: Token) -> Token | None:
    """The "by" phrase a passive verb shares with the passive it is coordinated with ("was
    attacked and smashed by Sunni thugs", "were arrested by police and beaten"), when it has
    none of its own."""
    if any(c.dep_ == "agent" for c in verb.children):
        return None
    peers = [c for c in verb.children if c.dep_ == "conj"]
    if verb.dep_ == "conj":
        peers.append(verb.head)
    for peer in peers:
        first = verb if peer.dep_ == "conj" and peer.head.i == verb.i else peer
        if not any(c.dep_ == "cc" and c.lower_ == "and" for c in first.children):
            continue  # "dispersed naturally or removed by clean-up efforts": alternatives
        if not _hostile(peer):
            continue  # "were wounded and taken to hospital by volunteers", "attacked and
            # rescued by police": only a hostile peer act lends its doer
        if peer.pos_ == "VERB" and passive(peer) and not has_subject_of_own(peer, verb):
            agent = next((c for c in peer.children if c.dep_ == "agent"), None)
            if agent is not None:
                return agent
    return None


_HOSTILE = frozenset({"ASSAULT", "COERCE", "ACCUSE", "SANCTION", "THREATEN"})


def _hostile(peer: Token) -> bool:
    """A peer whose doer did the verb's act too: not one whose own unconditioned row is
    of another kind ("rescued", "evacuated", "freed", "praised"), a move to care ("taken to
    hospital", "carried away") nor care or a look after the act ("treated", "interviewed",
    "inspected", "released")."""
    entries = lexicon().verbs.get(lemma(peer), ())
    bare = [e for e in entries if e.needs is None]
    if bare and bare[0].type not in _HOSTILE:
        return False
    if any(
        c.dep_ in ("prep", "advmod", "prt")
        and c.lower_ in ("to", "into", "away", "off")
        and lemma(peer) not in ("drag", "haul")
        for c in peer.children
    ):
        return False
    return lemma(peer) not in lexicon().cues["aftercare"]


def has_subject_of_own(peer: Token, verb: Token) -> bool:
    """A coordinated verb with a subject of its own is another clause ("the shop was attacked
    and the owner was beaten by thugs")."""
    if peer.i == verb.head.i:
        return any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)
    return any(c.dep_ in ("nsubj", "nsubjpass") for c in peer.children)


def passive(tok: Token) -> bool:
    """A passive verb ("were arrested"), a participle on a noun or with an agent ("protesters
    killed by security forces"), or a participle sharing an earlier passive's auxiliary ("had
    been raped and beaten by soldiers"), unless it acts itself ("were attacked and fought
    back against Gaddafi's forces")."""
    if any(c.dep_ == "auxpass" for c in tok.children):
        return True
    if tok.tag_ != "VBN":
        return False
    if tok.dep_ == "acl" or any(c.dep_ == "agent" for c in tok.children):
        return True
    own_subject = any(c.dep_ in ("nsubj", "csubj", "nsubjpass") for c in tok.children)
    if tok.dep_ != "conj" or own_subject or tok.head.i == tok.i or _acts(tok):
        return False
    return passive(tok.head)


def _acts(verb: Token) -> bool:
    """ "fought back", "struck out at", "hit back against": a particle or a phrase aimed at
    someone makes a participle active."""
    return any(
        (c.dep_ in ("prt", "advmod") and c.lower_ in ("back", "out"))
        or (c.dep_ == "prep" and c.lower_ in ("against", "on", "at"))
        for c in verb.children
    )


def _opt(value: str) -> str | None:
    return None if value in ("-", "") else value


@functools.cache
def word_classes() -> dict[str, tuple[str, ...]]:
    """Word classes the trigger rows name as "@class" (classes.tsv: "relief", "arms", "forces",
    "crowd", ...), each a tuple of lemmas."""
    classes: dict[str, tuple[str, ...]] = {}
    for name, lemmas in read_tsv("classes.tsv"):
        if name in classes:
            raise ValueError(f"classes.tsv: class {name!r} is defined twice")
        classes[name] = tuple(lemmas.split("|"))
    return classes


def expand_classes(needs: str) -> list[str]:
    """A row's "with" column with its "@class" names spelt out: "+dobj=@arms" lists the class
    in the label's lemmas; a plain "@arms" (or "aside+@money") gives one reading per word,
    so the word joins the trigger's words as a listed one does."""
    if "@" not in needs:
        return [needs]
    classes = word_classes()

    def words(name: str) -> tuple[str, ...]:
        if name not in classes:
            raise ValueError(f"triggers.tsv: no word class {name!r} in classes.tsv")
        return classes[name]

    if needs.startswith("+"):
        return [re.sub(r"@(\w+)", lambda m: "|".join(words(m.group(1))), needs)]
    readings = [""]
    for part in needs.split("+"):
        options = words(part[1:]) if part.startswith("@") else (part,)
        readings = [f"{r}+{o}" if r else o for r in readings for o in options]
    return readings


def _entries() -> tuple[dict[str, tuple[Entry, ...]], dict[str, tuple[Entry, ...]]]:
    verbs: dict[str, list[Entry]] = {}
    nouns: dict[str, list[Entry]] = {}
    for word, pos, with_, type_, mode, context, cameo in read_tsv("triggers.tsv"):
        # "@angry A at": a class in the word column is a row for each of its words
        lemmas = word_classes()[word[1:]] if word.startswith("@") else (word,)
        for lemma, needs in ((w, n) for w in lemmas for n in expand_classes(with_)):
            entry = Entry(lemma, pos, _opt(needs), type_, _opt(mode), _opt(context), _opt(cameo))
            # predicative adjectives ("remained defiant") take their roles as verbs do
            same = verbs if pos in ("V", "A") else nouns
            if entry not in same.get(lemma, ()):  # a class may spell out a listed row
                same.setdefault(lemma, []).append(entry)
    order = lambda es: tuple(sorted(es, key=_generality))  # noqa: E731
    return {k: order(v) for k, v in verbs.items()}, {k: order(v) for k, v in nouns.items()}


def _generality(entry: Entry) -> tuple[bool, int]:
    """Entries that need a dependent come first, those needing several words ("off+strike")
    before those needing one: the more specific reading wins."""
    needs = entry.needs or ""
    return entry.needs is None, -needs.count("+") if not needs.startswith("+") else 0


def _cues() -> dict[str, dict[str, str]]:
    cues: dict[str, dict[str, str]] = {}
    for lemma, cue, value in read_tsv("cues.tsv"):
        kind = cues.setdefault(cue, {})
        if lemma in kind:  # a second row would silently replace the first
            raise ValueError(f"cues.tsv: {lemma!r} is a {cue!r} cue twice")
        kind[lemma] = value
    return cues


@functools.cache
def people_words() -> frozenset[str]:
    """Words for people or forces an act can be done to: "the release of the prisoners",
    "several people were arrested", "the tanks had been withdrawn" (cues.tsv `person` and
    `captive`, the forces class)."""
    lex = lexicon()
    return frozenset(
        lex.cues["person"].keys() | lex.cues["captive"].keys() | set(word_classes()["forces"])
    )


@functools.cache
def lexicon() -> Lexicon:
    """The stage's tables, loaded once."""
    verbs, nouns = _entries()
    cues = _cues()
    return Lexicon(
        verbs=verbs,
        nouns=nouns,
        light_verbs=frozenset(row[0] for row in read_tsv("light_verbs.tsv")),
        light_preps=frozenset((v, p) for v, p in read_tsv("light_preps.tsv")),
        cues=cues,
        intensity={k: float(v) for k, v in read_tsv("intensity.tsv")},
        cameo_countries=cameo_countries(),
        legacy_types={k: (t, _opt(m)) for k, t, m in read_tsv("legacy_types.tsv")},
        non_events=frozenset((n, m) for n, m in read_tsv("non_events.tsv")),
        # one-word keys only: the phrase keys ("air force") are matched by their last word
        contexts={k.split()[-1]: v for k, v in read_tsv("contexts.tsv")},
        trigger_lemmas=frozenset(verbs) | frozenset(nouns),
        scene_preps=frozenset(k for k, v in cues["background"].items() if v == "prep"),
        content_nouns=frozenset(cues["content"]),
        modals=frozenset(cues["future"])
        | frozenset(cues["certainty"])
        | frozenset(cues["condition"]),
        intents={t: (coded, _opt(m), _opt(c)) for t, coded, m, c in read_tsv("intents.tsv")},
    )
