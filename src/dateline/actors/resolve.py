"""Resolve actor phrases to who they are on the article's date, and link later mentions.

Order of evidence for a person's country and role: the phrase itself ("Japanese FM ..."), a title
it is coordinated with ("US Secretary of State X and Defence Secretary Y"), another mention of the
same name in the article, the knowledge base on the article's date, an apposition ("X, head of
MI6,"), then (for titled people and groups only) the country the sentence names most (a tie goes to
the one named much nearer; rebels, protesters and the like first by their own clause), and last
the article's dominant country, when one clearly leads, unless the knowledge base knows the person
as of another country. Unnamed state bodies take no country from what they act on ("ministers
condemning Russia") or a party's home ("Hezbollah"), and ministers or diplomats none from the venue
("met in Paris"); data/local_groups.tsv says which nouns a place does settle ("police in Cairo").
Names match across transliterations ("Gaddafi", "Qadhafi"). A group tied to someone ("forces loyal
to Gadhafi", "anti-Assad fighters", "Bush administration") takes their country and side last.
Later mentions ("Hayashi", "the Japanese Foreign minister", "he") resolve to the actor already
introduced when that is unambiguous.
"""

from __future__ import annotations

import bisect
import functools
import re
from collections import Counter, defaultdict
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, NamedTuple

from ..records import Actor
from .allegiance import AGAINST, Tie, followers, prefix_stance, tie_of
from .knowledge import (
    IGO_CODES,
    Fact,
    KnowledgeBase,
    office_of,
    surname_keys,
    surnames,
    valid_on,
    variant_key,
)
from .lexicon import DATA, cities, definite_refs, key, lexicon, read_tsv
from .mentions import Anchor, Phrase, find_phrases, is_agency, national_org

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

    from ..document import Document

__all__ = ["Who", "resolve"]

_LOCATIVE = frozenset(
    {"in", "at", "near", "from", "outside", "inside", "around", "across", "into", "to", "towards",
     "toward", "through", "within", "via", "of", "on", "throughout", "between", "over"}
)  # fmt: skip
# where a region's name is a party to its verb, not a place or a modifier
_PARTY_DEPS = frozenset({"nsubj", "nsubjpass", "dobj", "dative"})
_PARTY_PREPOSITIONS = frozenset({"to", "with", "against", "by"})
# a US politician's party and state after the name ("R-Ohio", "D-Nevada")
_DESIGNATOR = re.compile(r"\b[RDI]-$")
_IN_PLACE = frozenset(
    {"in", "at", "near", "into", "inside", "outside", "around", "across", "throughout"}
)
_TOWN_PREPOSITIONS = _IN_PLACE | {"from"}
_DETERMINERS = re.compile(r"^(?:the|a|an|some|several|two|three|many)\s+", re.IGNORECASE)
_PRONOUN = re.compile(r"\b(?:he|she|him|his|her|He|She|His|Her)\b")
_PLURAL_ROLE = re.compile(r"(?:s|men|women)$")
# an unnamed company or firm brought in ("a Chinese firm", "another company"): a definite
# description after it may be that one
_UNNAMED = re.compile(r"\b(?:an?|another)\s+(?:[\w-]+\s+){0,3}?(?:company|firm)\b", re.IGNORECASE)
_SUBJECT = frozenset({"nsubj", "nsubjpass"})
_CAPITALISED = re.compile(r"\b[A-Z][\w'’-]+")
# The article's dominant country: at least this many pieces of evidence, this many times the next.
_DOMINANT_MIN = 1
_DOMINANT_LEAD = 1.5
# A tie between countries in a sentence goes to one named this many times closer to the actor.
_NEAR_FACTOR = 2
_NO_COUNTRY_SECTORS = frozenset({"IGO", "NGO", "IMG"})
# Groups placed by where the sentence happens rather than by the states it names.
# "Name, head of MI6,", "Name, a spokesman for the Muslim Brotherhood": an appositive that places
# the person with the body named (at most four words of post between the comma and "of").
_APPOSITION = re.compile(
    r",\s+(?:the\s+|a\s+|an\s+)?(?:[\w-]+\s+){1,4}(?:of|for|at|with)\s+(?:the\s+)?", re.IGNORECASE
)
_BACKGROUND = -1  # the evidence key of clues that place no sentence, only the article
# "the city of Homs", "the rebel stronghold of Benghazi": the name after is a town's.
_TOWN_OF = re.compile(r"\b(?:city|town|village|port|capital|stronghold|suburb|district) of $")
_BASED = ("-based", " based")  # "the London-based group": a place, not the government
_HONORIFIC_BEFORE = re.compile(r"\b(?:Mr|Mrs|Ms|Dr)\.? $")
_CREDIT = re.compile(r"(?:\b[Bb]y|\bBY)\s+$")
_APPOSITION_OWNER = re.compile(r",\s+(?:the\s+)?")  # "Name, Oxfam's head of logistics"
_BODY_KINDS = frozenset({"organization", "group", "country"})
_CHALLENGER_SECTORS = frozenset({"REB", "OPP"})
_LOCAL_SECTORS = frozenset({"REB", "CVL", "OPP", "REF"})
# A place at most this many words up the parse from a group places it ("activists arrested in").
_OWN_PLACE_DEPTH = 3
# local_groups.tsv: groups that act for a state wherever they are, so no venue places them.
_TRAVELLING = frozenset({"away", "abroad"})
# A place at most this many words up the parse from such a group is of its own phrase.
_BODY_PLACE_DEPTH = 6
# How far up the parse a group may sit under the verb of a "where" clause ("where thousands of
# demonstrators were clashing with security forces": forces, with, clashing).
_WHERE_DEPTH = 4
_STATE_SECTORS = frozenset({"GOV", "MIL", "POL"})
# Groups that bear arms for a side: "forces", "militias", "fighters".
_ARMED = frozenset({"MIL", "REB"})
# Bodies a name or a possessive before them makes someone's: "Assad's troops", "Bush administration".
_SIDES = _ARMED | {"GOV"}
# The verb's own arguments, through which what a subject group acts on is reached (not a clause
# it reports: "..., residents said").
_ARGUMENT = frozenset(
    {"dobj", "pobj", "prep", "poss", "compound", "amod", "nmod", "appos", "dative", "agent"}
)
# Organisations whose members take the organisation's sector ("Hamas leader" is REB, not GOV).
_MEMBER_SECTORS = frozenset({"REB", "OPP", "PTY", "IMG", "MED", "BUS", "NGO", "SPY"})
# Bodies of a state: placed by states and nationalities, not by the home of a party or militia.
_STATE_BODIES = _STATE_SECTORS | {"LEG", "JUD", "SPY"}
# those that act on a state from outside it: unknown, international, civil or media parties
_OUTSIDERS = frozenset({None, "IGO", "NGO", "MED"})
_VERBS = frozenset({"VERB", "AUX"})
# Clauses beside a verb rather than under it: "X shelled Homs as the regime ignored calls" is two
# acts, so an actor of one is not what the other acts on.
_SIDE_CLAUSES = frozenset({"conj", "advcl"})
_CLAUSE_SUBJECTS = frozenset({"nsubj", "nsubjpass", "csubj", "expl"})
# The arcs by which a verb takes the parties it acts on or with (not "as far away as Japan").
_PARTY_ARCS = frozenset(
    {"dobj", "dative", "prep", "agent", "attr", "oprd", "acomp", "xcomp", "advcl", "conj"}
)
# What a group says is not what it acts on: "officials said Syrian troops had attacked".
_REPORTED = frozenset({"ccomp", "parataxis"})


# Offices whose holder a bare surname means even after the article names a namesake in full.
_TOP_OFFICES = frozenset({"head_of_state", "head_of_government"})


def _stem(word: str) -> str:
    """A given name's first three letters: "Amr" and "Amre" are one name, "Jay" and "Joe" two."""
    return word[:3].lower()


class Clue(NamedTuple):
    """One piece of country evidence in a sentence."""

    country: str  # ISO3
    tier: int  # 1 nationality word, 2 country named as an actor, 3 place
    person: bool  # a person's nationality
    at: int  # where it is written
    # For the home of a party, militia or company ("Hezbollah", "BP"): its sector. None for a
    # state, a nationality or a country word.
    home: str | None = None


@functools.cache
def placement() -> dict[str, str]:
    """Head-noun lemma -> "here" (placed where they are), "away" (not by a venue) or "abroad"
    (by no place of their own), from data/local_groups.tsv."""
    return {row["lemma"]: row["placed"] for row in read_tsv(DATA / "local_groups.tsv")}


@dataclass(frozen=True, slots=True)
class Who:
    """An actor's identity as the record states it."""

    name: str
    kind: str
    country: str | None
    sector: str | None
    role: str | None


@dataclass(slots=True)
class Mention:
    start: int
    end: int
    who: Who | None
    phrase: Phrase | None = None
    explicit: bool = False  # country read from the phrase itself
    titled: bool = False  # a person named with a title, learnable
    exclude: str | None = None  # "ethnic Albanians": not Albania, but where they live
    # placed by its own clause ("rebels in Syria"): a later bare mention may follow it
    anchored: bool = False
    tie: Tie | None = None  # "forces loyal to Gadhafi": whose side the group is on
    tie_only: bool = False  # an actor only through its tie ("forces" alone is no one's)


class _Resolver:
    def __init__(self, document: Document, kb: KnowledgeBase) -> None:
        self.document = document
        self.doc: Doc = document.doc
        self.text = document.text
        self.kb = kb
        self.lex = lexicon()
        self.on = document.article.date
        self.sent_starts = [s.start_char for s in self.doc.sents]
        # sentence -> where persons no actor mention covers are subjects (set by pronouns())
        self._strangers: dict[int, list[int]] = {}
        self.mentions: list[Mention] = []
        self.people: dict[str, Who | None] = {}  # name key -> person (None: two people share it)
        self.first_names: dict[str, Who | None] = {}  # weaker: first words of two-word names
        # People by spelling-blind key ("kadafi"): "Gadhafi" after "Muammar Gaddafi".
        self.variants: dict[str, Who | None] = {}
        # Country evidence per sentence: tier 1 nationality words ("Turkish police", "Japan's"),
        # tier 2 country names as actors, tier 3 places ("in Abidjan"); it places actors the text
        # leaves bare ("rebels", "President Gbagbo").
        self.evidence: dict[int, list[Clue]] = {}
        self.doc_names: set[str] = set()
        self.doc_variants: set[str] = set()  # doc_names folded by variant_key
        # Surname key -> where and how the article names someone in full with it
        # ("lieberman" -> (4, "Jay Lieberman")).
        self.doc_full: dict[str, list[tuple[int, str]]] = defaultdict(list)
        # The dominant country from the text alone, once needed ("": none leads).
        self.early_dominant: str | None = None
        self.starts: list[int] = []  # mention starts, for finding the mention after one
        self.placements: dict[tuple[int, int], str | None] = {}  # placed(), by mention span
        self.named_spans: list[tuple[int, int]] = []  # name and country anchors, sorted

    # -- helpers ---------------------------------------------------------------------------
    def sentence(self, char: int) -> int:
        return bisect.bisect_right(self.sent_starts, char) - 1

    def display(self, iso3: str | None) -> str:
        return self.lex.country_names.get(iso3 or "", iso3 or "")

    def clean(self, start: int, end: int) -> str:
        text = self.text[start:end]
        return re.sub(r"(?:'s|’s)$", "", _DETERMINERS.sub("", text)).strip()

    # -- phrase interpretation -------------------------------------------------------------
    def explicit_country(self, phrase: Phrase) -> str | None:
        if phrase.several:
            return None  # "the foreign ministers of Germany, Japan, India and Brazil"
        if phrase.of_country is not None and phrase.of_country.country:
            return phrase.of_country.country.iso3
        for a in phrase.anchors[:-1] if len(phrase.anchors) > 1 else phrase.anchors:
            if a.type == "country" and a.country and not a.ethnic:
                return a.country.iso3
            if a.type == "entity" and a.country:
                return a.country.iso3
            if a.type == "org" and a.org and a.org.country and a.org.sector != "MED":
                return a.org.country
        return None

    def igo(self, phrase: Phrase) -> Anchor | None:
        return next(
            (
                a
                for a in phrase.anchors[:-1]
                if a.type == "org" and a.org and a.org.sector in ("IGO", "NGO")
            ),
            None,
        )

    def kb_knows(self, name: str) -> bool:
        """A single word the knowledge base knows as someone's name, in office near the date."""
        return any(valid_on(f, self.on) for f in self.kb.lookup_name(name))

    def is_known_name(self, text: str) -> bool:
        """A name some person in this article or the knowledge base goes by."""
        if not text[:1].isupper():
            return False
        return self.named_in_doc(text) or bool(self.kb.lookup_name(text))

    def named_in_doc(self, text: str) -> bool:
        """A surname or honorific name this article gives a person, in any spelling (one word:
        "Al Khums" must not pass for the surname "Khums" it folds to)."""
        if key(text) in self.doc_names:
            return True
        return " " not in text and variant_key(text) in self.doc_variants

    def modifies_noun(self, a: Anchor) -> bool:
        """True for "press" in "press release": the word modifies the noun after it."""
        span = self.doc.char_span(a.start, a.end, alignment_mode="expand")
        if span is None:
            return False
        root = span.root
        return (
            root.dep_ in ("compound", "amod")
            and root.head.i > root.i
            and root.head.pos_ in ("NOUN", "PROPN")
        )

    def interpret(self, phrase: Phrase) -> Mention | None:
        head = phrase.anchors[-1]
        if head.type == "group" and phrase.of_country is None:
            if self.modifies_noun(head):
                if len(phrase.anchors) == 1:
                    return None
                phrase.anchors = phrase.anchors[:-1]
                head = phrase.anchors[-1]
        m = self._interpret(phrase, head)
        if m is not None:
            ethnic = next((a for a in phrase.anchors if a.ethnic and a.country), None)
            if ethnic is not None and ethnic.country is not None and not m.explicit:
                m.exclude = ethnic.country.iso3
        return m

    def _interpret(self, phrase: Phrase, head: Anchor) -> Mention | None:
        country = self.explicit_country(phrase)
        start, end = phrase.start, phrase.end
        if len(phrase.anchors) == 1 and self.town(head):
            return None
        if head.type in ("person", "entity") and self.text.startswith(_BASED, head.end):
            return None  # "Milton Keynes-based charity": a place the tagger took for a name
        if head.type == "person":
            if len(phrase.anchors) == 1 and self.names_a_thing(head):
                return None
            return self.person(phrase, head, country)
        if head.type == "role":
            return self.role_only(phrase, head, country)
        if head.type == "group":
            return self.group(phrase, head, country)
        if head.type == "country" and head.country and head.ethnic:
            who = Who(self.clean(start, end), "group", None, None, None)
            return Mention(start, end, who, phrase)
        if head.type == "country" and head.country:
            return self.country(head, phrase)
        if head.type == "org" and head.org:
            if national_org(head) and country and country != head.org.country:
                # "the Philippine Department of Justice", "the Pakistani Taliban": the country
                # the phrase names wins over the one the bare name usually means.
                who = Who(self.clean(start, end), "organization", country, head.org.sector, None)
                return Mention(start, end, who, phrase, explicit=True)
            return self.org(head)
        if head.type == "entity" and head.country is None:
            # A name the tagger took for a place or an organisation may be a person this article
            # or the knowledge base knows ("Hayashi" tagged ORG); other places are the places stage's.
            if self.is_known_name(head.text):
                return Mention(
                    start, end, Who(self.clean(start, end), "person", None, None, None), phrase
                )
            if head.label != "ORG":
                return None
        if (
            head.type == "entity"
            and head.label == "ORG"
            and self.named_in_doc(head.text.split()[-1])
        ):
            # "Trinidadian Warner" tagged ORG, where the article names Jack Warner.
            head.type = "person"
            who = Who(self.clean(start, end), "person", country, None, None)
            return Mention(start, end, who, phrase, explicit=country is not None)
        if head.type == "entity":
            if head.country is None and (
                head.text.split()[-1].lower() in self.lex.not_actors
                or self.locative(head, _IN_PLACE)
            ):
                return None
            sector = head.group.sector if head.group else None
            if sector is None and is_agency(head.text):
                sector = "GOV"  # "the Minerals Management Service"
            kind = "organization"
            who = Who(
                self.clean(start, end),
                kind,
                head.country.iso3 if head.country else None,
                sector,
                None,
            )
            return Mention(start, end, who, phrase, explicit=head.country is not None)
        return None

    def names_a_thing(self, head: Anchor) -> bool:
        """An unknown one-word name before a common noun names a thing, not a person: "a Scud
        missile" (a known one is the owner: "Bush administration", "Gaddafi loyalists")."""
        if " " in head.text or self.is_known_name(head.text):
            return False
        span = self.doc.char_span(head.start, head.end, alignment_mode="expand")
        if span is None or len(span) != 1:
            return False
        tok = span[0]
        return tok.dep_ == "compound" and tok.head.i == tok.i + 1 and tok.head.pos_ == "NOUN"

    def town(self, head: Anchor) -> bool:
        """A town the tagger took for a name, after a preposition of place ("testimony from Homs")."""
        if head.type not in ("person", "entity") or head.text not in cities():
            return False
        if self.named_in_doc(head.text):
            return False  # "Jackson" where the article names Michael Jackson
        if self.text[max(0, head.start - 4) : head.start] in ("Mr ", "Dr ", "Mrs "):
            return False
        if _TOWN_OF.search(self.text, max(0, head.start - 24), head.start):
            return True  # "the besieged city of Homs"
        return self.locative(head, _TOWN_PREPOSITIONS, modifier=False)

    def sector_mod(self, phrase: Phrase) -> str | None:
        """A group noun before the head sets the sector: "rebel leaders", "opposition leader"."""
        mod = next((a for a in phrase.anchors[:-1] if a.type == "group" and a.group), None)
        if mod is not None and mod.group is not None:
            return mod.group.sector
        # "Hezbollah leader", "Muslim Brotherhood spokesman": the organisation's own sector.
        org = next(
            (
                a
                for a in phrase.anchors[:-1]
                if a.type == "org" and a.org and a.org.kind == "organization"
            ),
            None,
        )
        if org is not None and org.org is not None and org.org.sector in _MEMBER_SECTORS:
            return org.org.sector
        return None

    def role_title(self, role: Anchor | None, country: str | None) -> str | None:
        if role is None or role.role is None:
            return None
        styled = self.kb.title(country, role.role.office, self.on) if role.role.office else None
        return styled or role.role.role

    def person(self, phrase: Phrase, head: Anchor, country: str | None) -> Mention:
        role = phrase.last("role")
        first = phrase.find("role")
        if (
            role is not None
            and first is not None
            and role.role is not None
            and first.role is not None
            and role.role.sector == "MIL"
            and first.role.sector == "GOV"
        ):
            role = first  # "Libyan leader Col. Moammar Gadhafi": the office, not the rank
        name = self.clean(head.start, head.end)
        igo = self.igo(phrase)
        sector = self.sector_mod(phrase) or (role.role.sector if role and role.role else None)
        if igo is not None:
            sector, country = "IGO", None
        who = Who(name, "person", country, sector, self.role_title(role, country))
        titled = role is not None and role.role is not None and role.role.rank == 1
        return Mention(
            phrase.start, phrase.end, who, phrase, explicit=country is not None, titled=titled
        )

    def role_only(self, phrase: Phrase, head: Anchor, country: str | None) -> Mention | None:
        entry = head.role
        if entry is None:
            return None
        igo = self.igo(phrase)
        sector = self.sector_mod(phrase) or ("IGO" if igo else entry.sector)
        plural = _PLURAL_ROLE.search(
            head.text.lower()
        ) is not None and not head.text.lower().endswith("ss")
        if entry.rank == 0 or plural:
            who = Who(self.clean(phrase.start, phrase.end), "group", country, sector, entry.role)
            return Mention(phrase.start, phrase.end, who, phrase, explicit=country is not None)
        if country is None and igo is None:
            # "the minister": only an earlier actor can say who this is.
            return Mention(phrase.start, phrase.end, None, phrase)
        role = self.role_title(head, country)
        name = f"{igo.org.name if igo and igo.org else self.display(country)} {role}"
        who = Who(name, "person", None if igo else country, sector, role)
        return Mention(phrase.start, phrase.end, who, phrase, explicit=country is not None)

    def group(self, phrase: Phrase, head: Anchor, country: str | None) -> Mention | None:
        entry = head.group
        weak = all(a.type == "group" and a.group and not a.group.bare for a in phrase.anchors)
        tie = self.tie(head, weak) if len(phrase.anchors) == 1 and entry is not None else None
        if entry is None or (weak and phrase.of_country is None and tie is None):
            return None  # "people", "firms many people": no one in particular
        sector = "IGO" if self.igo(phrase) and entry.sector == "GOV" else entry.sector
        outlet = next((a.org for a in phrase.anchors[:-1] if a.org and a.org.sector == "MED"), None)
        if outlet is not None and entry.sector == "MED" and country is None:
            country = outlet.country  # "the AFP news agency" is French
        mod = self.sector_mod(phrase)
        if mod in _CHALLENGER_SECTORS:
            sector = mod  # "rebel government", "opposition forces": challengers, not the state
        elif mod == "GOV" and entry.sector in _ARMED:
            # "pro-government militias", "regime gunmen" fight for the state; "anti-government
            # fighters" against it.
            against = prefix_stance(self.text, phrase.start) == AGAINST
            sector = "REB" if against else "MIL"
        if len(phrase.anchors) == 1:
            start = self.extend_left(head)
        else:  # "anti-government demonstrators"
            whole = self.doc.char_span(phrase.start, phrase.end, "expand")
            start = phrase.start if whole is None else _hyphened(self.doc, whole)
        # Not over the mention before it ("Mubarak" in "Mubarak regime" is his own mention).
        floor = self.mentions[-1].end if self.mentions else 0
        if start < floor:
            start = (
                floor
                + len(self.text[floor : head.start])
                - len(self.text[floor : head.start].lstrip())
            )
        who = Who(self.clean(start, phrase.end), entry.kind, country, sector, None)
        tie_only = weak and phrase.of_country is None and tie is not None
        explicit = country is not None
        return Mention(start, phrase.end, who, phrase, explicit, tie=tie, tie_only=tie_only)

    def tie(self, head: Anchor, weak: bool) -> Tie | None:
        """Whose side a group noun is on, if its phrase names someone it is tied to ("forces
        loyal to Gadhafi", "Gaddafi loyalists", "his forces"), not a place ("Homs forces").

        A noun that needs a modifier to be an actor (``weak``) is tied by a name or possessive
        only if it is a state's or armed body or a following ("the Bush administration", "his
        supporters"); "his opposition" is his stance, "Libya's Quryna newspaper" no one's.
        """
        span = self.doc.char_span(head.start, head.end, alignment_mode="expand")
        tie = tie_of(span.root, self.text) if span is not None else None
        if tie is None or tie.cue:
            return tie
        assert head.group is not None
        if weak and head.group.sector not in _SIDES and key(head.text) not in followers():
            return None
        owner = self.text[tie.start : tie.end]
        pronoun = _PRONOUN.fullmatch(owner) is not None
        if pronoun or _overlaps(self.named_spans, tie.start, tie.end):
            return tie
        return tie if self.is_known_name(owner.split()[-1]) else None

    def extend_left(self, head: Anchor) -> int:
        """A bare group noun takes its modifiers: "Moslem fundamentalist demonstrators"."""
        span = self.doc.char_span(head.start, head.end, alignment_mode="expand")
        if span is None:
            return head.start
        root, i = span.root, span.start - 1
        while i >= 0 and span.start - i <= 3:
            tok = self.doc[i]
            if tok.dep_ not in ("amod", "compound") or tok.pos_ not in ("ADJ", "PROPN", "NOUN"):
                break
            if not (tok.i < tok.head.i <= root.i):
                break
            i -= 1
        start = self.doc[i + 1].idx if i + 1 < span.start else head.start
        whole = self.doc.char_span(start, head.end, alignment_mode="expand")
        return start if whole is None else _hyphened(self.doc, whole)

    def country(self, head: Anchor, phrase: Phrase) -> Mention | None:
        form = head.country
        assert form is not None
        if form.region:
            if form.governed and self.governing(head):
                # "Alabama sued BP", "BP will pay Florida": the state's government, which
                # still tells the country of the parties beside it ("the federal government
                # sued Arizona")
                self.add_evidence(head.start, form.iso3, 3)
                name = self.clean(head.start, head.end)
                who = Who(name, "organization", form.iso3, "GOV", None)
                return Mention(head.start, head.end, who, phrase, explicit=True)
            # "Chechens" are a group of Russia's; "Chechnya" alone is a place, only a clue.
            if form.form != "people":
                self.add_evidence(head.start, form.iso3, 2 if form.form == "adj" else 3)
                return None
            who = Who(self.clean(head.start, head.end), "group", form.iso3, None, None)
            return Mention(head.start, head.end, who, phrase, explicit=True)
        if self.text.startswith(_BASED, head.end):
            # "the UK-based Syrian Observatory": where a body sits, no actor.
            self.add_background(head.start, form.iso3)
            return None
        kind = "group" if form.form == "people" else "country"
        who = Who(self.display(form.iso3), kind, form.iso3, None, None)
        return Mention(head.start, head.end, who, phrase, explicit=True)

    def org(self, head: Anchor) -> Mention | None:
        org = head.org
        assert org is not None
        if org.kind == "capital":
            if self.locative(head):
                self.add_evidence(head.start, org.country, 3)
                return None
            if self.text.startswith(_BASED, head.end):
                # "the London-based company": where a body sits, no government.
                self.add_background(head.start, org.country)
                return None
            who = Who(self.display(org.country), "country", org.country, "GOV", None)
        else:
            who = Who(org.name, "organization", org.country, org.sector, None)
        return Mention(
            head.start, head.end, who, explicit=org.country is not None and org.sector != "MED"
        )

    def governing(self, head: Anchor) -> bool:
        """A region's name that stands for its government: a party to a government's act
        (state_acts.tsv: "Alabama sued BP", "paid Florida $25 million", "a suit filed by
        Alabama"), not a place ("in Alabama", "the storm hit Florida", "the Alabama coast",
        "Louisiana's wetlands"), a team ("Texas beat Oklahoma") or a person ("Virginia")."""
        span = self.doc.char_span(head.start, head.end, alignment_mode="expand")
        if span is None or self.locative(head) or _DESIGNATOR.search(self.text, 0, head.start):
            return False  # "House Speaker John Boehner, R-Ohio": his party and state
        root = span.root
        if root.ent_type_ == "PERSON":
            return False  # "Virginia accused her husband"
        while root.dep_ == "conj" and root.head.i < root.i:
            root = root.head
        verb = root.head
        if root.dep_ == "pobj":
            # "sued by Alabama", "paid $25 million to Florida"; not "in several states,
            # including Mississippi"
            if verb.lower_ not in _PARTY_PREPOSITIONS:
                return False
            verb = verb.head
        elif root.dep_ not in _PARTY_DEPS:
            return False
        return verb.lemma_.lower() in self.lex.state_acts

    def locative(
        self, head: Anchor, preps: frozenset[str] = _LOCATIVE, *, modifier: bool = True
    ) -> bool:
        """A capital in "in Washington" or "Baghdad University" is a place, not a government."""
        span = self.doc.char_span(head.start, head.end, alignment_mode="expand")
        if span is None:
            return True
        root = span.root
        if modifier and root.dep_ in ("compound", "amod", "nmod") and root.head.i > root.i:
            return True
        while root.dep_ == "conj" and root.head.i < root.i:
            root = root.head  # "in both Kabul and Baghdad": the first conjunct's preposition
        if root.dep_ == "pobj" and root.head.lower_ in preps:
            # "protested to Tokyo" addresses a government; "flew to Tokyo" goes to a place;
            # "called on Damascus" and "sanctions on Damascus" press a government
            prep = root.head
            if prep.lower_ == "on":
                return prep.head.lemma_.lower() not in self.lex.address
            return prep.lower_ != "to" or prep.head.lemma_.lower() in self.lex.motion
        return span.start > span.sent.start and self.doc[span.start - 1].lower_ in preps

    # -- document-level resolution -------------------------------------------------------
    def register(self, m: Mention) -> None:
        """Remember a named person so later mentions of the name or surname resolve to them."""
        if m.who is None or m.who.kind != "person":
            return
        if m.phrase is None or m.phrase.anchors[-1].type != "person":
            return
        for k in {key(m.who.name)} | surname_keys(m.who.name):
            self._remember(self.people, k, m.who)
            self._remember(self.variants, variant_key(k), m.who)
        words = m.who.name.split()
        if len(words) in (2, 3):
            # Family name first in Chinese and Korean names: "Xi" for Xi Jinping, "Kim" for Kim Jong Un.
            self._remember(self.first_names, key(words[0]), m.who)

    @staticmethod
    def _remember(index: dict[str, Who | None], k: str, who: Who) -> None:
        if k not in index:
            index[k] = who
            return
        old = index[k]
        if old is None or old.name != who.name:
            index[k] = None  # two people share it: "the Kims"
        elif (who.country is not None, who.role is not None) > (
            old.country is not None,
            old.role is not None,
        ):
            index[k] = who

    def person_named(self, name: str) -> Who | None:
        k = key(name)
        if k in self.people:
            return self.people[k]
        v = variant_key(k)
        return self.variants[v] if v in self.variants else self.first_names.get(k)

    def run(self) -> list[Mention]:
        phrases = find_phrases(self.doc, self.text, self.kb_knows)
        # Surnames of people this article names in full, before any phrase is read.
        self.doc_names = {
            k
            for p in phrases
            for a in p.anchors
            if a.type == "person" and " " in a.text
            for k in surname_keys(a.text)
        }
        # "Mr Blansjaar": a surname the article gives a person, even if their full name was
        # tagged as an organisation.
        self.doc_names.update(
            key(a.text)
            for p in phrases
            for a in p.anchors
            if a.type == "person"
            and _HONORIFIC_BEFORE.search(self.text, max(0, a.start - 5), a.start)
        )
        self.doc_variants = {variant_key(k) for k in self.doc_names}
        for p in phrases:
            for a in p.anchors:
                if a.type == "person" and " " in a.text:
                    for k in surname_keys(a.text):
                        self.doc_full[k].append((a.start, a.text))
        self.named_spans = sorted(
            (a.start, a.end)
            for p in phrases
            for a in p.anchors
            if a.type in ("person", "entity", "country")
        )
        for phrase in phrases:
            m = self.interpret(phrase)
            if m is not None:
                self.mentions.append(m)
        self.inherit()
        self.collect_evidence()
        for m in self.mentions:
            if m.explicit:
                self.register(m)
        self.starts = [m.start for m in self.mentions]
        for m in self.mentions:
            self.complete(m)
        self.apply_dominant()
        for m in self.mentions:
            if m.who is not None and " " in m.who.name:
                self.register(m)
        for m in self.mentions:
            # Every mention of a person gets the fullest identity the article gives them.
            if m.who is not None and m.who.kind == "person" and m.phrase is not None:
                # A bare surname is the article's own person before one the knowledge base
                # offers in another spelling ("Gaddafi" here, "Moammar Gadhafi" learned).
                head = m.phrase.anchors[-1]
                bare = head.type == "person" and " " not in head.text
                known = (self.person_named(head.text) if bare else None) or self.person_named(
                    m.who.name
                )
                if known is not None and (
                    bare
                    or known.name == m.who.name
                    or " " not in m.who.name
                    or variant_key(known.name) == variant_key(m.who.name)
                ):
                    m.who = known
        self.later_names()
        self.office_holders()
        self.pronouns()
        self.definite_refs()
        self.sides()
        return [m for m in self.mentions if m.who is not None]

    def sides(self) -> None:
        """Groups tied to someone take their country, and a side: CAMEO codes "forces loyal to
        Gadhafi" as Libya's military while he is in power, and "anti-Gadhafi forces" as rebels."""
        self.starts = [m.start for m in self.mentions]
        for m in self.mentions:
            if m.tie is None or m.who is None:
                continue
            owner = self.known_owner(self.owner(m.tie))
            if owner is None:
                if m.tie_only:
                    m.who = None  # "forces loyal to his rival": whose, the text does not say
                continue
            country = m.who.country if m.explicit else owner.country or m.who.country
            m.who = replace(m.who, country=country, sector=self.side(m, owner))

    def side(self, m: Mention, owner: Who) -> str | None:
        """The sector of a group tied to ``owner``: an armed group (or any group "loyal to"
        someone) fights for the state it serves, against it or for a challenger as rebels; a
        private person's militia and unarmed groups keep their own ("Sadr's militia")."""
        assert m.who is not None and m.tie is not None
        armed = m.who.sector in _ARMED or m.tie.cue != "" and m.tie.stance != AGAINST
        if not armed:
            return m.who.sector
        if m.tie.stance == AGAINST or owner.sector in _CHALLENGER_SECTORS:
            return "REB"
        if owner.kind == "country" or owner.sector in _STATE_SECTORS:
            return "MIL"
        return m.who.sector

    def known_owner(self, owner: Who | None) -> Who | None:
        """An owner placed by the knowledge base when the text leaves them bare: the "Bush
        administration" in 2000 is American whichever Bush it means."""
        if owner is None or owner.country is not None or owner.kind != "person":
            return owner
        countries = {f.country for f in self.kb.lookup_name(owner.name) if f.country}
        return replace(owner, country=countries.pop()) if len(countries) == 1 else owner

    def owner(self, tie: Tie) -> Who | None:
        """Who a group is tied to: the mention written there, else the one person the name
        names in this article or in office on the date ("anti-Gadhafi", which the tagger often
        leaves unnamed)."""
        i = bisect.bisect_right(self.starts, tie.end) - 1
        while i >= 0 and self.mentions[i].end > tie.start:
            other = self.mentions[i]
            if other.start < tie.end and other.who is not None and other.who.kind != "group":
                return other.who
            i -= 1
        word = self.text[tie.start : tie.end].split()[-1]
        return self.person_named(word) or self.office_holder(word, self.kb.names_on(self.on))

    def inherit(self) -> None:
        """In "US Secretary of State X and Defence Secretary Y", Y is American too."""
        by_phrase = {id(m.phrase): m for m in self.mentions if m.phrase is not None}
        for m in self.mentions:
            if (
                m.phrase is None
                or m.phrase.inherit is None
                or m.explicit
                or m.phrase.find("role") is None
            ):
                continue
            prev = by_phrase.get(id(m.phrase.inherit))
            if prev is None or prev.who is None or prev.who.kind != "person" or not prev.explicit:
                continue
            if m.who is None:
                continue
            country = prev.who.country
            role = self.role_title(m.phrase.last("role"), country)
            if m.phrase.anchors[-1].type == "person":
                m.who = replace(m.who, country=country, role=role, sector=m.who.sector)
                m.explicit = True
                if prev.who.sector == "IGO":
                    m.who = replace(m.who, sector="IGO")

    def complete(self, m: Mention) -> None:
        if m.who is None:
            m.who = self.antecedent(m)
            return
        if m.who.kind == "person" and m.phrase is not None and m.phrase.anchors[-1].type == "role":
            m.who = self.holder(m) or m.who
            return
        if m.who.sector == "IGO" and m.phrase is not None and self.igo(m.phrase) is not None:
            return  # "U.N. Secretary-General Ban Ki-moon" speaks for the UN, not for Korea
        if m.who.kind == "person" and not m.explicit:
            m.who = self.known_person(m) or m.who
        elif m.who.kind == "person" and m.who.role is None:
            m.who = self.known_role(m.who) or m.who
        if m.who.kind == "person" and m.who.country is None:
            m.who = self.apposition(m) or m.who
        # An untitled person is placed only by the text or the knowledge base: the sentence's
        # one country is often where they acted, not theirs ("Saddam Hussein ... U.S. forces").
        untitled = m.who.kind == "person" and not m.titled
        # A named organisation is placed by a country named as such, not by a place: "BP" is not
        # Mexican for a spill in the Gulf of Mexico.
        named = m.phrase is not None and m.phrase.anchors[-1].type == "entity"
        # "NATO warplanes" are the alliance's, whoever else the sentence names; "the ministers of
        # Germany, Japan, India and Brazil" are of no one country.
        alliance = m.phrase is not None and (self.igo(m.phrase) is not None or m.phrase.several)
        # An international body ("Human Rights Watch", "al-Qaeda") is no one country's, whatever
        # country its sentence is about.
        international = m.who.kind != "person" and m.who.sector in _NO_COUNTRY_SECTORS
        if self.placed(m) == "many":
            return  # "Western powers", "Arab states": many states, none of them theirs
        if (
            m.who.country is None
            and m.who.sector != "IGO"
            and not international
            and m.who.kind != "country"
            and not untitled
            and not alliance
        ):
            placed = self.placed(m)
            where = self.where_country(m)
            if where is not None:
                country = where  # "the crisis in Egypt, where ... clashing with security forces"
            elif self.is_local(m) or placed == "here":
                # People on the street: their own clause ("rebels in Syria", "protesters
                # demanding Mubarak's resignation"), a nationality in the sentence, the same
                # group placed earlier ("Syrian rebels ... the rebels"), and only then a place
                # the sentence mentions in passing. Police are placed by where they are, never
                # by a state they act against.
                country = self.clause_country(m, states=self.is_local(m))
                m.anchored = country is not None
                country = (
                    country
                    or self.context_country(m, max_tier=2)
                    or self.earlier_group(m)
                    or self.context_country(m)
                )
            elif placed in _TRAVELLING:
                # Ministers meeting in Paris are not French: only a nationality or a state the
                # sentence names, the same group placed earlier, or a place in its own phrase
                # ("leaders in China"; for diplomats only the place of their body) says whose.
                country = (
                    self.context_country(m, max_tier=2)
                    or self.earlier_group(m, paragraph=True)
                    or self.place_of_body(m, direct=placed == "away")
                )
            else:
                country = self.context_country(m, max_tier=2 if named else 3)
            if country:
                m.who = replace(m.who, country=country)

    def where_country(self, m: Mention) -> str | None:
        """The country of the place a "where" clause hangs on, for a group inside the clause:
        "the crisis in Egypt, where demonstrators were clashing with security forces"."""
        tok = self.top_token(m)
        for _ in range(_WHERE_DEPTH):
            if tok is None or tok.head.i == tok.i or tok.pos_ in _VERBS and tok.dep_ != "relcl":
                return None
            if tok.dep_ == "relcl":
                break
            tok = tok.head
        if tok is None or tok.dep_ != "relcl":
            return None
        if not any(c.dep_ == "advmod" and c.lower_ == "where" for c in tok.children):
            return None
        place = tok.head
        for other in self.mentions:
            if other.start <= place.idx < other.end and other.who is not None:
                return other.who.country if other.who.kind == "country" else None
        return cities().get(place.text) if place.ent_type_ == "GPE" else None

    def place_of_body(self, m: Mention, *, direct: bool = False) -> str | None:
        """The place of the body a group belongs to, in its own phrase: "the leaders of the
        churches in Ireland" (not "diplomats in Geneva": where they are is not whose they are);
        ``direct``: also a place the group is in itself ("the communist leaders in China"), but
        never the venue of what it does ("ministers, meeting in Liverpool")."""
        span = self.doc.char_span(m.start, m.end, alignment_mode="expand")
        if span is None:
            return None
        top = span.root
        lo, hi = top.left_edge.idx, top.right_edge.idx + len(top.right_edge)
        for clue in self.evidence.get(self.sentence(m.start), []):
            if clue.tier != 3 or not lo <= clue.at < hi or m.start <= clue.at < m.end:
                continue
            path = self.path(clue.at, clue.at + 1, top)
            if path and _of_body(path, direct) and clue.country != m.exclude:
                return clue.country
        return None

    @staticmethod
    def is_local(m: Mention) -> bool:
        """People on the street: rebels, civilians, the opposition, refugees."""
        return m.who is not None and m.who.kind != "person" and m.who.sector in _LOCAL_SECTORS

    def clause_country(self, m: Mention, *, states: bool = True) -> str | None:
        """Where a group's own clause puts it: the nearest place in its phrase ("rebels in Syria")
        or the state it fights ("rebels fighting Assad's forces"), else, for a subject, a place its
        verb happens in ("rebels attacked in Homs") or the state the verb acts against; never a
        state backing it ("rebels backed by Iran"). Without ``states``, places only ("police in
        Cairo"): police are not of the state they clash with."""
        span = self.doc.char_span(m.start, m.end, alignment_mode="expand")
        if span is None:
            return None
        root = span.root
        found = self.clause_evidence(m, root, root, states)
        if not found and root.dep_ in _SUBJECT and root.head.pos_ in _VERBS:
            found = self.clause_evidence(m, root, root.head, states)
        if not found:
            return None
        return min(found, key=lambda f: abs(f[1] - m.start))[0]

    def clause_evidence(
        self, m: Mention, group: Token, top: Token, states: bool = True
    ) -> list[tuple[str, int]]:
        """Countries under ``top`` that place the group (with where they are written)."""
        lo, hi = top.left_edge.idx, top.right_edge.idx + len(top.right_edge)
        found = []
        for clue in self.evidence.get(self.sentence(m.start), []):
            at = clue.at
            if clue.tier != 3 or clue.person or not lo <= at < hi or m.start <= at < m.end:
                continue
            path = self.path(at, at + 1, top)
            if path is not None and (_own_place(path) if top is group else _in_place(path)):
                found.append((clue.country, at))
        if not states:
            return [(c, at) for c, at in found if c != m.exclude]
        i = bisect.bisect_left(self.starts, lo)
        for other in self.mentions[i:]:
            if other.start >= hi:
                break
            if other is m or not _state_side(other.who) or m.start <= other.start < m.end:
                continue
            assert other.who is not None
            country = other.who.country
            if country is None and other.who.kind == "person":
                known = self.known_person(other)
                country = known.country if known else None
            if not country:
                continue
            path = self.path(other.start, other.end, top)
            if path is None or top is not group and not all(t.dep_ in _ARGUMENT for t in path):
                continue
            words = path if top is group else [*path, top]
            if any(t.lemma_.lower() in self.lex.opposition for t in words):
                found.append((country, other.start))
        return [(c, at) for c, at in found if c != m.exclude]

    def path(self, start: int, end: int, top: Token) -> list[Token] | None:
        """The tokens from the head of [start, end) up to ``top`` (not included), if under it."""
        span = self.doc.char_span(start, end, alignment_mode="expand")
        if span is None:
            return None
        tok, path = span.root, []
        while tok.i != top.i:
            if tok.head.i == tok.i:
                return None
            path.append(tok)
            tok = tok.head
        return path

    def earlier_group(self, m: Mention, *, paragraph: bool = False) -> str | None:
        """The country of the same group named or placed firmly earlier ("Libyan rebels" ...
        "rebels"), if every such earlier mention agrees; not one a passing place gave.
        ``paragraph``: only in the same paragraph (ministers and leaders change with the topic).
        """
        lemma = self.head_lemma(m)
        if lemma is None or m.who is None:
            return None
        first = self.text.rfind("\n", 0, m.start) + 1 if paragraph else 0
        countries = {
            o.who.country
            for o in self.mentions
            if first <= o.start < m.start and o.who is not None and o.who.country
            and (o.explicit or o.anchored)
            and (o.who.kind, o.who.sector) == (m.who.kind, m.who.sector)
            and self.head_lemma(o) == lemma
        }  # fmt: skip
        if len(countries) != 1:
            return None
        # A slip earlier ("the U.S. ideal of ... protesters") must not carry through a report
        # whose country is clearly another.
        if self.early_dominant is None:
            self.early_dominant = self.dominant_country() or ""
        country = countries.pop()
        return country if self.early_dominant in ("", country) else None

    def head_lemma(self, m: Mention) -> str | None:
        """The lemma of a group mention's head noun ("rebel" for "Libyan rebels")."""
        tok = self.head_token(m)
        return tok.lemma_.lower() if tok is not None else None

    def head_token(self, m: Mention) -> Token | None:
        """The head noun of a group named by a common noun ("ministers" in "G7 foreign ministers")."""
        if m.phrase is None or m.phrase.anchors[-1].type not in ("group", "role"):
            return None
        head = m.phrase.anchors[-1]
        span = self.doc.char_span(head.start, head.end, alignment_mode="expand")
        return span.root if span is not None else None

    def foreign_known(self, m: Mention, country: str) -> bool:
        """A person the knowledge base knows only as of other countries than ``country``."""
        assert m.who is not None
        if m.who.kind != "person":
            return False
        facts = self.kb.lookup_name(m.who.name)
        if " " not in m.who.name:
            # A bare surname ("Johnson") is known from the table only while its holder is in
            # office; one read in an article ("Assad") is known for good.
            facts = [f for f in facts if f.seen is not None or valid_on(f, self.on)]
        known = {f.country for f in facts if f.country}
        return bool(known) and country not in known

    def takes_dominant(self, m: Mention) -> bool:
        """Bare groups and people the text does not place belong to the country the article is
        about ("protesters" in a report from Cairo); organisations and IGOs do not."""
        assert m.who is not None
        if m.who.sector in _NO_COUNTRY_SECTORS or m.who.kind == "country":
            return False
        if self.placed(m) == "many":
            return False
        if m.phrase is not None and (self.igo(m.phrase) is not None or m.phrase.several):
            return False  # "NATO warplanes" are the alliance's
        if m.who.kind == "organization" and m.phrase is not None:
            return m.phrase.anchors[-1].type == "group"  # "the government", not "Knight Ridder"
        if m.who.kind == "person" and _CREDIT.search(self.text[max(0, m.start - 16) : m.start]):
            return (
                False  # "By Michael Martinez, CNN": the reporter is not of the country reported on
            )
        return m.who.kind in ("group", "person")

    def apply_dominant(self) -> None:
        """Give the article's dominant country to the groups and people nothing else placed."""
        # Another person's nationality does not place a person ("President Mitterrand welcomed
        # South African leader de Klerk"), so people are placed by the other evidence only.
        dominant = {
            kind: self.dominant_country(people=kind == "person") for kind in ("group", "person")
        }
        for m in self.mentions:
            if m.who is not None and m.who.country is None and self.takes_dominant(m):
                country = dominant["person" if m.who.kind == "person" else "group"]
                if self.placed(m) in _TRAVELLING:
                    # Only when the rest of the article agrees with the whole of it.
                    away = self.away_dominant(m)
                    country = away if away == country else None
                elif country is not None and m.who.kind != "person":
                    country = self.dominant_for(m, country)
                # "Assad" in a report from Cairo is still Syria's, even out of the facts' reach.
                if country is None or self.foreign_known(m, country):
                    continue
                if self.acts_on(m, country):
                    continue  # "Navi Pillay ... condemned Syria" in an article about Syria
                m.who = replace(m.who, country=country)

    def away_dominant(self, m: Mention) -> str | None:
        """The article's country for a group that acts for a state wherever it is, from the rest
        of the article: its own sentence places it only by what the sentence says of it (the
        venue and the other parties are not its country)."""
        here = self.sentence(m.start)
        votes = Counter(
            clue.country for sent, found in self.evidence.items() if sent != here for clue in found
        )
        placed = {
            o.who.name: o.who.country
            for o in self.mentions
            if not o.explicit and o.who is not None and o.who.kind == "person" and o.who.country
            and self.sentence(o.start) != here
        }  # fmt: skip
        votes.update(placed.values())
        country = _leader(votes)
        # Met in another country than the article's: a gathering of many ("Arab leaders meeting
        # in Baghdad" in a report on Syria), whose country the article does not give.
        abroad = any(c.tier == 3 and c.country != country for c in self.evidence.get(here, []))
        return None if abroad else country

    def dominant_for(self, m: Mention, dominant: str) -> str | None:
        """The article's dominant country for a group, not counting what its own sentence names
        as the other parties of its act ("The government issued a protest note to Syria")."""
        foreign = [
            c for c in self.evidence.get(self.sentence(m.start), []) if self.foreign_clue(m, c)
        ]
        if not foreign:
            return dominant
        votes = self.dominant_votes()
        votes.subtract(c.country for c in foreign)
        return _leader(+votes)

    def dominant_country(self, *, people: bool = False) -> str | None:
        """The country most of the article's country evidence names, if it clearly leads."""
        return _leader(self.dominant_votes(people=people))

    def dominant_votes(self, *, people: bool = False) -> Counter[str]:
        """The article's country evidence: the sentences' country words and places, and the
        people the knowledge base placed; ``people``: leave out the nationalities of people (the
        evidence for placing a person)."""
        votes = Counter(
            clue.country
            for found in self.evidence.values()
            for clue in found
            if not (people and clue.person)
        )
        if not people:
            # Each such person once: a US president quoted often says little of where the news is.
            placed = {
                m.who.name: m.who.country
                for m in self.mentions
                if not m.explicit and m.who is not None and m.who.kind == "person" and m.who.country
            }
            votes.update(placed.values())
        return votes

    def apposition(self, m: Mention) -> Who | None:
        """ "Sir John Scarlett, head of MI6," is British intelligence: the body after the name."""
        assert m.who is not None
        i = bisect.bisect_right(self.starts, m.start)
        if i >= len(self.mentions):
            return None
        body = self.mentions[i]
        if body.who is None or body.who.kind not in _BODY_KINDS:
            return None
        if not (body.explicit or body.who.sector in _NO_COUNTRY_SECTORS):
            return None
        gap = self.text[m.end : body.start]
        possessive = self.text[body.end : body.end + 2] in ("'s", "’s")
        if not (_APPOSITION.fullmatch(gap) or possessive and _APPOSITION_OWNER.fullmatch(gap)):
            return None
        sector = m.who.sector or body.who.sector
        if body.who.sector in _NO_COUNTRY_SECTORS:
            return replace(m.who, sector=body.who.sector)
        return replace(m.who, country=body.who.country, sector=sector)

    def holder(self, m: Mention) -> Who | None:
        """For "Japan's prime minister": the one in this article, else the holder on the date."""
        assert m.who is not None and m.phrase is not None
        entry = m.phrase.anchors[-1].role
        if entry is None or entry.office is None or m.who.country is None or m.phrase.former:
            return None
        for other in self.mentions:
            w = other.who
            if (
                w is not None
                and other is not m
                and w.kind == "person"
                and w.country == m.who.country
            ):
                if other.phrase is not None and other.phrase.anchors[-1].type == "person":
                    role = other.phrase.last("role")
                    if (
                        role is not None
                        and role.role is not None
                        and role.role.office == entry.office
                    ):
                        return w
        fact = self.kb.holder(m.who.country, entry.office, self.on)
        if fact is None:
            return None
        return Who(
            fact.name, "person", fact.country, fact.sector or m.who.sector, fact.role or m.who.role
        )

    def antecedent(self, m: Mention) -> Who | None:
        """For "the minister": the one earlier person whose role says so, if there is just one."""
        assert m.phrase is not None
        want = key(m.phrase.anchors[-1].text)
        found = {
            o.who.name: o.who
            for o in self.mentions
            if o.start < m.start and o.who is not None and o.who.kind == "person" and o.who.role
            and _role_is(key(o.who.role), want)
        }  # fmt: skip
        return next(iter(found.values())) if len(found) == 1 else None

    def known_role(self, who: Who) -> Who | None:
        """The office the knowledge base says a named person of that country holds on the date."""
        for fact in self.kb.lookup_name(who.name, self.on):
            if fact.country == who.country and fact.role and valid_on(fact, self.on):
                return replace(who, role=fact.role, sector=who.sector or fact.sector)
        return None

    def known_person(self, m: Mention) -> Who | None:
        """The person a name is in this article, else in the knowledge base on the article's date."""
        assert m.who is not None
        known = self.person_named(m.who.name)
        if known is not None:
            return known
        # The article's own "Muammar Gaddafi" is not the knowledge base's "Moammar Gadhafi".
        own = " " not in m.who.name and self.named_in_doc(m.who.name)
        facts = self.kb.lookup_name(m.who.name, self.on, variants=not own)
        if own:
            facts = self.same_people(m, facts)
        if " " not in m.who.name:
            # A bare surname is common ("Johnson"): take only someone in office on the date, or
            # the holder of the very office the title names ("President Bush").
            office = office_of(m.who.role)
            facts = [
                f for f in facts if valid_on(f, self.on) or office and office_of(f.role) == office
            ]
        if not facts:
            return None
        office = office_of(m.who.role)
        if office:
            # "King Philippe" is the king, not the prime minister in office that year
            facts = sorted(facts, key=lambda f: office_of(f.role) != office)
        best = facts[0]
        role = m.who.role or best.role
        return Who(
            best.name, best.kind or "person", best.country, best.sector or m.who.sector, role
        )

    def same_people(self, m: Mention, facts: list[Fact]) -> list[Fact]:
        """The facts that may be the person the article named in full before with this surname:
        "Lieberman" after "Dr. Jay Lieberman" is not Senator Joe Lieberman. A fact stays when the
        earlier full name is that person's in the knowledge base, shares a given name with
        theirs ("Fogh Rasmussen", "Amre Moussa", a garbled "Moussa Koussa Koussa"), or when the
        mention's own title names the fact's office ("President Obama" after "Comrade Obama"),
        or when it is a head of state or government in office: news names a relative or a
        commenter in full ("Michelle Obama") and still means the leader by the surname."""
        assert m.who is not None
        full = {name for start, name in self.doc_full.get(key(m.who.name), ()) if start < m.start}
        if not full:
            return facts
        office = office_of(m.who.role)
        names = set(full)
        for name in full:
            names.update(f.name for f in self.kb.lookup_name(name, self.on))
        given = {_stem(w) for name in full for w in name.split()[:-1]}
        return [
            f for f in facts
            if f.name in names
            or office and office_of(f.role) == office
            or given & {_stem(w) for w in f.name.split()[:-1]}
            or office_of(f.role) in _TOP_OFFICES and valid_on(f, self.on)
        ]  # fmt: skip

    def add_background(self, char: int, iso3: str | None) -> None:
        """Where a body sits ("the London-based company"): a clue to what the article is about,
        none to where its sentence happens or whose its actors are."""
        found = self.evidence.setdefault(_BACKGROUND, [])
        if iso3 and all(c.at != char for c in found):  # a capital is also one of the towns
            found.append(Clue(iso3, 3, False, char))

    def add_evidence(
        self, char: int, iso3: str | None, tier: int, person: bool = False, home: str | None = None
    ) -> None:
        if iso3:
            clue = Clue(iso3, tier, person, char, home)
            self.evidence.setdefault(self.sentence(char), []).append(clue)

    def collect_evidence(self) -> None:
        taken = {(m.start, m.end) for m in self.mentions}
        towns = cities()
        for ent in self.doc.ents:
            if (
                ent.label_ == "GPE"
                and (ent.start_char, ent.end_char) not in taken
                and ent.text in towns
            ):
                if self.text.startswith(_BASED, ent.end_char):
                    self.add_background(ent.start_char, towns[ent.text])
                else:
                    self.add_evidence(ent.start_char, towns[ent.text], 3)
        for m in self.mentions:
            if not m.explicit or m.who is None or not m.who.country:
                continue
            anchors = m.phrase.anchors if m.phrase else []
            nationality = len(anchors) > 1 or any(
                a.possessive or (a.country is not None and a.country.form != "name")
                for a in anchors
            )
            tier = (
                1
                if nationality
                else 3
                if m.phrase is not None and self.locative(m.phrase.anchors[0], modifier=False)
                else 2
            )
            home = self.home_sector(m)
            self.add_evidence(m.start, m.who.country, tier, m.who.kind == "person", home)

    @staticmethod
    def home_sector(m: Mention) -> str | None:
        """For a mention whose country is the home of a party, militia or company it names
        ("Hezbollah", "Hezbollah supporters", "BP"): that sector; None for a state, a nationality
        or a country word ("Syrian protesters", "the people of Syria")."""
        assert m.who is not None
        if m.who.sector in _STATE_BODIES or m.who.sector is None:
            return None
        if m.phrase is None:
            return m.who.sector
        if m.phrase.of_country is not None or any(a.type == "country" for a in m.phrase.anchors):
            return None
        return m.who.sector if any(a.type in ("org", "entity") for a in m.phrase.anchors) else None

    def context_country(self, m: Mention, max_tier: int = 3) -> str | None:
        """The country its sentence names most often as an actor or nationality, else as a place.

        Ties leave the actor without a country: the sentence does not say which.
        """
        # Another person's nationality says nothing of a person's own: "President Mitterrand
        # welcomed South African leader de Klerk".
        person = m.who is not None and m.who.kind == "person"
        # People on the street are where the sentence is set, not with the states or officials
        # acting on them: "Britain ... would not arm the rebels", "White House said ... protesters"
        # (police are the state's: "as Norway mourns ..., police there").
        local = self.is_local(m)
        found = [
            (clue.country, clue.tier, clue.at)
            for clue in self.evidence.get(self.sentence(m.start), [])
            if clue.country != m.exclude
            and not ((person or local) and clue.person)
            and not self.foreign_clue(m, clue)
        ]
        if local:
            found = [e for e in found if e[1] != 2]
        for tiers in ((1, 2), (3,)):
            near = [(c, at) for c, t, at in found if t in tiers and t <= max_tier]
            votes = Counter(c for c, _ in near)
            if votes:
                (best, n), *rest = votes.most_common(2)
                if not rest or rest[0][1] < n:
                    return best
                return _nearest(near, m.start, {c for c, k in votes.items() if k == n})
        return None

    def foreign_clue(self, m: Mention, clue: Clue) -> bool:
        """Evidence that says whose some other party is, not an unnamed state body's own country:
        what it acts on or with ("condemning Russia"), or the home of a party, militia or company
        outside its own phrase ("Ministers met while Hezbollah supporters protested", "the
        government and BP"), but not "officials from the National Transitional Council"."""
        if m.who is None or clue.tier == 3:
            return False
        if m.who.kind == "person" or m.who.sector is None:
            # a person or a body the knowledge base does not know is no one of a state it acts
            # on by name ("Navi Pillay ... condemned Syria", "the OECD criticised Greece")
            return clue.tier == 2 and not clue.person and self.acted_on(m, clue.at)
        # Only a state's bodies deal with other states; people, rebels and workers are as often
        # of the state they act against ("ethnic Turks ... protest against Sweden's decision").
        if m.who.sector not in _STATE_BODIES:
            return False
        relation = self.relation(m, clue.at)
        if clue.home in _CHALLENGER_SECTORS:
            # A state's forces clash with the rebels of their own country ("soldiers killed in
            # clashes with Free Syrian Army fighters"); rebels in a clause beside say nothing.
            return relation in ("side", "partner")
        return relation == "party" or clue.home is not None and relation != "own"

    def acted_on(self, m: Mention, at: int) -> bool:
        """What is written at ``at`` is the direct object of a verb by which the mention, its
        subject, addresses or acts on a state from outside (addressed_acts.tsv: "condemned
        Syria"; not "left Yemen" or "represented Yemen"). Only for a person or body of no known
        sector or an international or civil one: rebels and opposition figures act on their own
        state ("Opposition figure Riad Seif accused Syria")."""
        assert m.who is not None
        if m.who.sector not in _OUTSIDERS:
            return False
        top, tok = self.top_token(m), self.token_at(at)
        if top is None or tok is None or self.challenger_named(top):
            return False
        verb = self.acting_verb(top)
        if verb is None or verb.lemma_.lower() not in self.lex.addressed:
            return False
        return tok.dep_ == "dobj" and tok.head.i == verb.i

    def challenger_named(self, name: Token) -> bool:
        """A name the words before it make an opposition figure, an activist or a rebel
        ("Prominent opposition figure Haitham al-Maleh", "Activist Riad Seif"; groups.tsv),
        who acts on their own state."""
        words = [c for c in name.subtree if c.i < name.i and c.dep_ in ("compound", "amod")]
        for word in words:
            for form in (word.lower_, f"{word.lower_}s", word.lemma_.lower()):
                entry = self.lex.groups.get(form)
                if entry is not None and entry.sector in _CHALLENGER_SECTORS:
                    return True
        return False

    def acts_on(self, m: Mention, country: str) -> bool:
        """The mention's own verb names ``country`` as a state it acts on, and the sentence
        gives no nationality of that country ("Wael Ghonim, an Egyptian activist, urged
        Egypt")."""
        clues = self.evidence.get(self.sentence(m.start), [])
        if any(clue.country == country and clue.tier == 1 for clue in clues):
            return False
        return any(
            clue.country == country and clue.tier == 2 and self.acted_on(m, clue.at)
            for clue in clues
        )

    def relation(self, m: Mention, at: int) -> str:
        """How what is written at ``at`` stands to a group, by the parse: "own" (a modifier of it:
        "forces loyal to Assad", "Syrian troops and police"), "party" (another party to its own
        act: under the verb it is the subject of, or under a verb in its own phrase: "ministers
        condemning Russia", "refugees, whom authorities blame"), "partner" (a noun coordinated
        with it: "the government and BP"), else "other" (a clause beside it, "Syrian troops
        shelled Homs as the regime ignored calls", or what it reports, "officials said Syrian
        troops ...")."""
        top = self.top_token(m)
        tok = self.token_at(at)
        if top is None or tok is None:
            return "other"
        verb = self.acting_verb(top)
        # "refugees, whom authorities blame": the noun a relative clause hangs on is its object,
        # with the nouns it is coordinated with ("Sierra Leonean and Liberian refugees").
        antecedents = set()
        if verb is not None and verb.dep_ == "relcl":
            noun = verb.head
            antecedents.add(noun.i)
            while noun.dep_ == "conj" and noun.head.i < noun.i:
                noun = noun.head
                antecedents.add(noun.i)
        through_verb, prev = False, None
        while True:
            if tok.i == top.i:
                if prev is not None and prev.dep_ == "conj":
                    return "partner"
                return "party" if through_verb else "own"
            if tok.i in antecedents:
                return "party"
            if verb is not None and tok.i == verb.i:
                if prev is not None and _own_clause(prev):
                    return "side"
                return "party" if prev is None or prev.dep_ in _PARTY_ARCS else "other"
            if tok.dep_ in _REPORTED:
                return "other"
            # "including Iranian President X" is a preposition in the form of a verb.
            through_verb = through_verb or tok.pos_ in _VERBS and tok.dep_ != "prep"
            if tok.head.i == tok.i:
                return "other"
            prev, tok = tok, tok.head

    @staticmethod
    def acting_verb(top: Token) -> Token | None:
        """The verb a group is the subject of, whose other arguments are the parties it acts on.

        Not a verb it is the object of: in "Britain was putting military boots on the ground" the
        one acting on the group is its owner as often as not; nor "be": in "officials were among
        the Libyans who fled" the predicate describes the group.
        """
        if top.dep_ not in _SUBJECT or top.head.pos_ not in _VERBS or top.head.lemma_ == "be":
            return None
        return top.head

    def top_token(self, m: Mention) -> Token | None:
        """The head of a mention, or of the first of the nouns it is coordinated with ("Syrian
        troops and police")."""
        span = self.doc.char_span(m.start, m.end, alignment_mode="expand")
        if span is None:
            return None
        top = span.root
        while top.dep_ == "conj" and top.head.pos_ in ("NOUN", "PROPN") and top.head.i < top.i:
            top = top.head
        return top

    def token_at(self, at: int) -> Token | None:
        span = self.doc.char_span(at, at + 1, alignment_mode="expand")
        return span[0] if span is not None and len(span) else None

    def placed(self, m: Mention) -> str | None:
        """For an unnamed group, whether a place says whose it is: "here" (police, residents),
        "away" (ministers: not the venue), "abroad" (diplomats: no place of their own), "many"
        (nations: of no one country), else None (the default order)."""
        if m.who is None or m.who.kind == "person":
            return None
        span = (m.start, m.end)
        if span not in self.placements:
            tok = self.head_token(m)
            table = placement()
            self.placements[span] = (
                None if tok is None else table.get(tok.lemma_.lower()) or table.get(tok.lower_)
            )
        return self.placements[span]

    def later_names(self) -> None:
        """Surnames and names of people met earlier that the tagger did not mark ("Blinken met")."""
        people = [w for w in self.people.values() if w is not None]
        names = {n for w in people for n in surnames(w.name)} | {w.name for w in people}
        if not names:
            return
        pattern = re.compile(
            r"\b(?:" + "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True)) + r")\b"
        )
        taken = sorted((m.start, m.end) for m in self.mentions)
        for hit in pattern.finditer(self.text):
            if _overlaps(taken, hit.start(), hit.end()):
                continue
            who = self.person_named(hit.group())
            if who is not None:
                self.mentions.append(Mention(hit.start(), hit.end(), who))
        self.mentions.sort(key=lambda m: m.start)

    def office_holders(self) -> None:
        """Surnames of people in office on the article's date the tagger missed ("Merkel said"),
        and other spellings of the article's people ("Qadhafi" after "Muammar Gaddafi")."""
        known = self.kb.names_on(self.on)
        spelled = {k: w for k, w in self.variants.items() if w is not None}
        if not known and not spelled:
            return
        taken = sorted((m.start, m.end) for m in self.mentions)
        for hit in _CAPITALISED.finditer(self.text):
            word = hit.group()
            who = self.office_holder(word, known) or spelled.get(variant_key(word))
            if who is None or _overlaps(taken, hit.start(), hit.end()):
                continue
            if self.looks_like_name(hit.start(), hit.end()):
                self.mentions.append(Mention(hit.start(), hit.end(), who))
        self.mentions.sort(key=lambda m: m.start)

    def office_holder(self, word: str, known: dict[str, Fact]) -> Who | None:
        """The one person in office on the date that a word names, in this or another spelling."""
        fact = known.get(word)
        if fact is None:
            found = {known[n].name: known[n] for n in self.kb.spellings(word) if n in known}
            fact = next(iter(found.values())) if len(found) == 1 else None
        if fact is None:
            return None
        return Who(fact.name, "person", fact.country, fact.sector, fact.role)

    def looks_like_name(self, start: int, end: int) -> bool:
        """Proper nouns outside dates, places and organisations, and not after "the" ("the Moon")."""
        span = self.doc.char_span(start, end)
        if span is None or any(
            t.pos_ != "PROPN" or t.ent_type_ not in ("", "PERSON") for t in span
        ):
            return False
        return span.start == 0 or self.doc[span.start - 1].lower_ not in ("the", "a", "an")

    def pronouns(self) -> None:
        """A "he" or "she" refers to the subject person of the same or the previous sentence."""
        by_sentence: dict[int, list[Mention]] = {}
        for m in self.mentions:
            if m.who is not None and m.who.kind == "person":
                by_sentence.setdefault(self.sentence(m.start), []).append(m)
        if not by_sentence:
            return
        self._strangers = self.stranger_subjects()
        added = []
        taken = sorted((m.start, m.end) for m in self.mentions)
        for hit in _PRONOUN.finditer(self.text):
            if _overlaps(taken, hit.start(), hit.end()):
                continue
            who = self.pronoun_antecedent(hit.start(), by_sentence)
            if who is not None:
                added.append(Mention(hit.start(), hit.end(), who))
        self.mentions = sorted(self.mentions + added, key=lambda m: m.start)

    def definite_refs(self) -> None:
        """ "BP said ... The company will compensate all those affected": a definite
        description (definite_refs.tsv) names again the one party of its sector named in the
        same sentence before it or in the two sentences before."""
        refs, pattern = definite_refs()
        taken = sorted((m.start, m.end) for m in self.mentions)
        added = []
        for hit in pattern.finditer(self.text):
            sector = refs[" ".join(hit.group("ref").lower().split())]
            if _overlaps(taken, hit.start(), hit.end()):
                continue
            if self.text[: hit.start()].rstrip().endswith(","):
                continue  # "Ogilvy, the firm that invented the slogan": an apposition's own
            if re.match(r"\s+of\b", self.text[hit.end() :]):
                continue  # "the company of US Marines": another sense of the word
            sent = self.sentence(hit.start())
            named = [
                m
                for m in self.mentions
                if m.who is not None and m.who.kind == "organization" and m.who.sector == sector
                and m.who.name[:1].isupper()  # a named party, not "investors"
                and m.start < hit.start() and sent - 2 <= self.sentence(m.start) <= sent
            ]  # fmt: skip
            if len({m.who.name for m in named if m.who is not None}) != 1:
                continue
            # "sold its stake to a Chinese firm. The firm agreed": that firm (not "BP, a
            # British company, said", an apposition of the named one)
            latest = max(m.end for m in named)
            others = _UNNAMED.finditer(self.text, latest, hit.start())
            if any(self.text[latest : u.start()].strip() != "," for u in others):
                continue
            added.append(Mention(hit.start(), hit.end(), named[-1].who))
        self.mentions = sorted(self.mentions + added, key=lambda m: m.start)

    def pronoun_antecedent(self, at: int, by_sentence: dict[int, list[Mention]]) -> Who | None:
        sent = self.sentence(at)
        same = [m for m in by_sentence.get(sent, ()) if m.start < at]
        for pool, index in ((same, sent), (by_sentence.get(sent - 1, []), sent - 1)):
            told = [m for m in pool if m.who and self.is_subject(m)]
            subjects = {m.who.name: m.who for m in told}
            # "... van Creveld says in his article": a person no actor mention covers is the
            # main-clause subject after the known ones, and "his" is not the leader before
            last = max((m.start for m in told), default=-1)
            if any(last < start < at for start in self._strangers.get(index, ())):
                return None
            if len(subjects) == 1:
                return next(iter(subjects.values()))
            if pool and not subjects and len({m.who.name for m in pool if m.who}) == 1:
                return pool[-1].who
            if pool:
                return None
        return None

    def stranger_subjects(self) -> dict[int, list[int]]:
        """Sentence -> where a person the model names, whom no actor mention covers, is the
        subject of the sentence's main verb."""
        spans = sorted((m.start, m.end) for m in self.mentions)
        starts = [a for a, _ in spans]
        out: dict[int, list[int]] = {}
        for ent in self.doc.ents:
            if ent.label_ != "PERSON" or ent.root.dep_ not in _SUBJECT:
                continue
            if ent.root.head.dep_ != "ROOT":
                continue  # "said bin Laden was dead", "after van Creveld spoke": not the main verb's
            # the mentions starting before the person's end: does one reach into it?
            reach = spans[: bisect.bisect_left(starts, ent.end_char)]
            if any(end > ent.start_char for _, end in reach):
                continue
            out.setdefault(self.sentence(ent.start_char), []).append(ent.start_char)
        return out

    def is_subject(self, m: Mention) -> bool:
        span = self.doc.char_span(m.start, m.end, alignment_mode="expand")
        return span is not None and span.root.dep_ in _SUBJECT


def _own_clause(tok: Token) -> bool:
    """A clause beside a verb with a subject of its own ("as the regime ignored calls"), not the
    same actor's next act ("met to discuss", "met and condemned")."""
    return tok.dep_ in _SIDE_CLAUSES and any(c.dep_ in _CLAUSE_SUBJECTS for c in tok.children)


def _of_body(path: list[Token], direct: bool) -> bool:
    """A place under another noun of the group's phrase, with no verb between ("the leaders of
    the churches in Ireland"); ``direct``: or right under the group ("leaders in China")."""
    while path and path[0].dep_ == "conj":
        path = path[1:]  # "leaders in Egypt and Tunisia": from the first of the places
    return (
        len(path) <= _BODY_PLACE_DEPTH
        and (direct or any(t.pos_ in ("NOUN", "PROPN") for t in path[1:]))
        and all(t.pos_ not in _VERBS for t in path)
        and any(t.dep_ == "prep" and t.lower_ in _IN_PLACE for t in path)
    )


def _in_place(path: list[Token]) -> bool:
    """The path reaches the verb through its "in"/"at"/"near" phrase: where the verb happens."""
    return bool(path) and path[-1].dep_ == "prep" and path[-1].lower_ in _IN_PLACE


def _own_place(path: list[Token]) -> bool:
    """A place close under the group and where it is or comes from: "rebels in Syria",
    "activists arrested in Zimbabwe"; not "to Tunisia", nor "operating from bases inside Syria"."""
    return len(path) <= _OWN_PLACE_DEPTH and any(
        t.dep_ == "prep" and t.lower_ in _TOWN_PREPOSITIONS for t in path
    )


def _state_side(who: Who | None) -> bool:
    """A person or a state body a group may stand against ("Assad's forces", "the regime"); not
    a country named as such ("attacking the consulate of ... Italy")."""
    return who is not None and (who.kind == "person" or who.sector in _STATE_SECTORS)


def _leader(votes: Counter[str]) -> str | None:
    """The country with the most votes, if it clearly leads."""
    if not votes:
        return None
    (best, n), *rest = votes.most_common(2)
    second = rest[0][1] if rest else 0
    return best if n >= _DOMINANT_MIN and n >= _DOMINANT_LEAD * second else None


def _nearest(found: list[tuple[str, int]], at: int, tied: set[str]) -> str | None:
    """Of countries tied in a sentence, the one named much closer to the actor, if one is
    ("Iraqis demonstrated ... with those in Egyptian rallying against their President Mubarak")."""
    distance: dict[str, int] = {}
    for c, where in found:
        if c in tied:
            distance[c] = min(distance.get(c, 10**9), abs(at - where))
    (first, d1), *others = sorted(distance.items(), key=lambda kv: kv[1])
    return first if others and d1 * _NEAR_FACTOR <= others[0][1] else None


def _role_is(role: str, want: str) -> bool:
    """True if a "Foreign Minister" is a "minister"; a "Vice President" is no "president"."""
    return role == want or role.endswith(" " + want) and not role.startswith(("vice", "deputy"))


def _overlaps(taken: list[tuple[int, int]], start: int, end: int) -> bool:
    """Whether [start, end) overlaps one of the sorted, non-overlapping spans in ``taken``."""
    i = bisect.bisect_right(taken, (start, 10**9)) - 1
    if i >= 0 and taken[i][1] > start:
        return True
    return i + 1 < len(taken) and taken[i + 1][0] < end


def resolve(document: Document, kb: KnowledgeBase) -> list[tuple[Mention, Actor]]:
    """Actor records for a document, with the mentions they came from (for learning)."""
    out = []
    text = document.text
    for m in _Resolver(document, kb).run():
        assert m.who is not None
        w = m.who
        actor = Actor(
            start=m.start,
            end=m.end,
            text=text[m.start : m.end],
            name=w.name,
            kind=w.kind,
            country=w.country if w.country and len(w.country) == 3 else None,
            # "Kofi Annan", "Barroso": an office of the UN or the EU is an IGO's, not a state's.
            sector="IGO" if w.country in IGO_CODES else w.sector,
            role=w.role,
        )
        out.append((m, actor))
    return out


def facts_from(document: Document, resolved: list[tuple[Mention, Actor]]) -> list[Fact]:
    """Title–name pairs the article states outright, to learn for later articles."""
    facts = []
    for m, actor in resolved:
        if not (
            m.titled and m.explicit and actor.kind == "person" and actor.country and actor.role
        ):
            continue
        if m.phrase is None or m.phrase.former or m.phrase.anchors[-1].type != "person":
            continue
        facts.append(
            Fact(
                name=actor.name,
                country=actor.country,
                sector=actor.sector,
                role=actor.role,
                kind="person",
                seen=document.article.date,
                source=document.article.id,
                evidence=actor.text,
            )
        )
    return facts


def _hyphened(doc: Doc, span: Span) -> int:
    """Where a phrase starts once the word its first word is hyphened to is taken in
    ("centre-right government", "anti-government demonstrators"): a name cut at the hyphen
    ("right government") says something else."""
    i = span.start
    while i >= 2 and doc[i - 1].text == "-" and not doc[i - 1].whitespace_:
        if doc[i - 2].whitespace_ or not doc[i - 2].is_alpha:
            break
        i -= 2
    return doc[i].idx
