"""Who did it and to whom: map a trigger's syntactic arguments onto the actor mentions.

Subjects (and "by" agents) are actors; objects, "with"/"to"/"against" phrases and passive
subjects are recipients; possessors and national adjectives of an event noun are its actors.
Coordinated and reciprocal subjects ("Japan and the US", "both sides") are all actors, as
in the PLOVER manual's compound and reciprocal actors.
"""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import replace
from typing import TYPE_CHECKING

from ..document import Document
from ..records import Actor, Place
from .lexicon import (
    IDIOM_VERBS,
    coordinated,
    infinitive,
    lemma,
    lexicon,
    of_object,
    ordered_aside,
    passive,
    plotted,
    ranked,
    shared_agent,
    spoken_aside,
    telling_verb,
    tells,
)
from .triggers import (
    Candidate,
    aided,
    dispatched,
    pressing,
    readied,
    sends_aid,
    sum_of_money,
    under_verb,
)

if TYPE_CHECKING:
    from spacy.tokens import Token

__all__ = ["Roles", "roles"]

Roles = tuple[list[Actor], list[Actor]]

_SUBJ = frozenset({"nsubj", "csubj"})
# types whose nouns name their doer with "from" ("criticism from", "aid from"); leaving
# ("withdrawal from Iraq", "expulsion from the League") names a place or body left
_FROM_SOURCE = frozenset({"ACCUSE", "SUPPORT", "REQUEST", "AID", "THREATEN", "REJECT", "AGREE"})
_RECIPIENT_PREPS = frozenset({"to", "with", "against", "on", "into", "toward", "towards", "at"})
# "of" names the object of a transitive act ("the killing of Gaddafi", "the arrest of two
# journalists", "condemnation of Israel", "the release of al-Megrahi") and the doer of an
# intransitive one ("the visit of President Obama", "a meeting of Arab foreign ministers";
# cues.tsv "agentive" lists the intransitive nouns of the other types: "the withdrawal of US
# troops", "the advance of Gaddafi's forces")
_OF_PATIENT = frozenset({"ASSAULT", "COERCE", "ACCUSE", "SANCTION", "RETREAT"})
_OF_AGENT = frozenset({"CONSULT", "MOBILIZE", "PROTEST", "REQUEST"})
_NOUN_ACTOR_DEPS = frozenset({"poss", "compound", "amod", "nmod"})
# subject phrases that stand for the parties already named: reciprocal and plural anaphora
_RECIPROCAL_HEADS = frozenset(
    {"side", "country", "nation", "party", "leader", "minister", "government"}
)
_RECIPROCAL_DETS = frozenset({"both", "two"})
_PLURAL_PRONOUNS = frozenset({"they", "them", "their", "we", "our"})
_PERSON_PRONOUNS = frozenset({"he", "him", "his", "she", "her"})
_SOURCE_SECTORS = frozenset({"MED"})
# acts the media can suffer: journalists killed, detained, expelled, released, accused
_SUFFERED = frozenset({"ASSAULT", "COERCE", "SANCTION", "RETREAT", "THREATEN", "CONCEDE", "ACCUSE"})
# where an event happens is not who takes part in it
# talks and meetings: their objects and folded acts are topics unless they name a party
_TALK_TYPES = frozenset({"CONSULT"})
_LOCATIVE_PREPS = frozenset({"in", "at", "near", "outside", "inside", "across", "throughout"})


def _party(actor: Actor) -> bool:
    """The media tell the news and take no part in it, but journalists can be its victims
    ("a cameraman was killed in an ambush", "journalists were detained") and a named one its
    doer ("was labeled a disgrace by journalist Christopher Hitchens"); ``roles`` keeps
    them only there, not as those a statement is told to ("told reporters")."""
    return actor.sector not in _SOURCE_SECTORS or actor.kind in ("group", "person")


class Index:
    """Actor mentions of a document by start offset, for overlap queries."""

    def __init__(self, doc: Document, parties_only: bool = True) -> None:
        """``parties_only`` leaves out the media that only tell the news; a claim's sources
        (``speaker_parties``) include them ("Kyodo News reported")."""
        self.places = {p.start: p for p in doc.places if p.country}
        self.actors = sorted(
            (_placed(a, self.places, doc) for a in doc.actors if _party(a) or not parties_only),
            key=lambda a: a.start,
        )
        self.starts = [a.start for a in self.actors]

    def overlapping(self, start: int, end: int) -> list[Actor]:
        i = bisect_left(self.starts, start)
        while i > 0 and self.actors[i - 1].end > start:
            i -= 1
        out = []
        while i < len(self.actors) and self.actors[i].start < end:
            if self.actors[i].end > start:
                out.append(self.actors[i])
            i += 1
        return out

    def names(self, tok: Token) -> bool:
        """Whether an actor mention covers the word ("forces" is a party; "attack" is not)."""
        return bool(self.overlapping(tok.idx, tok.idx + len(tok)))

    def kinds(self, tok: Token) -> set[str]:
        """The kinds of the actor mentions covering the word ("person", "group", "country")."""
        return {a.kind for a in self.overlapping(tok.idx, tok.idx + len(tok))}

    def last_person_before(self, start: int) -> Actor | None:
        i = bisect_left(self.starts, start)
        for actor in reversed(self.actors[:i]):
            if actor.kind == "person":
                return actor
        return None


def speaker_parties(tok: Token, index: Index) -> list[Actor]:
    """Who a claim's source is (the subject of "said", the object of "according to"),
    resolved as a participant is: a name or a title to the actor it names. A pronoun ("he
    said") goes on with the last speaker a few sentences before it when that speaker can be
    what it stands for and nobody else who could be is the subject of a sentence between
    ("Ibrahim told reporters ... He said", "the ministry said ... It said"); otherwise it
    keeps the actors stage's reading. (The last person named before "he" is its referent only
    half the time: 70 pronoun sources judged blind, sixteenth session.) Empty when no actor
    is named ("witnesses", "the report")."""
    if tok.pos_ != "PRON":
        return _phrase(tok, index)
    speaker = _last_speaker(tok, index)
    if speaker is None:
        return index.overlapping(tok.idx, tok.idx + len(tok))  # the actors stage's reading
    return _phrase(speaker, index)


# how far back a pronoun speaker's antecedent is looked for
_SPEAKER_REACH = 3  # sentences


def _last_speaker(pronoun: Token, index: Index) -> Token | None:
    """The subject of the last reporting verb before ``pronoun`` within a few sentences, if it
    can be what the pronoun stands for: one person for "he" or "she", a body for "it", many
    for "they". None when the last speaker cannot be, when a sentence between has another
    subject that could be, or when there is none."""
    reports = lexicon().cues["report"]
    doc = pronoun.doc
    first = pronoun.sent.start
    for _ in range(_SPEAKER_REACH):
        if first == 0:
            break
        first = doc[first - 1].sent.start
    for tok in reversed(doc[first : pronoun.i]):
        if tok.dep_ != "nsubj" or tok.tag_ in ("WDT", "WP"):
            continue  # "Ibrahim, who said ...": the relative stands for its noun
        verb = tok.head
        if tok.pos_ == "PRON":
            if lemma(verb) not in reports or tok.lower_ == pronoun.lower_:
                continue  # "He said ... he added": the same speaker, named further back
            return None
        if not _fits_pronoun(pronoun, tok, index):
            if lemma(verb) in reports:
                return None  # the last speaker cannot be "he": "Rebel commanders said"
            continue
        if lemma(verb) in reports:
            return tok
        if verb.dep_ == "ROOT" or (verb.dep_ == "conj" and verb.head.dep_ == "ROOT"):
            return None  # someone nearer who could be meant ("Obama met Sarkozy. He said")
        # a subject inside a clause ("said the army was restoring order") is no new topic
    return None


def _fits_pronoun(pronoun: Token, subj: Token, index: Index) -> bool:
    """``subj`` can be what ``pronoun`` stands for, by number and by person or body."""
    lower = pronoun.lower_
    plural = subj.tag_ in ("NNS", "NNPS") or any(c.dep_ == "conj" for c in subj.children)
    kinds = index.kinds(subj)
    person = (
        subj.ent_type_ == "PERSON" or kinds == {"person"} or lemma(subj) in lexicon().cues["person"]
    )
    if lower in ("he", "she"):
        return not plural and person  # not "the news channel", "an image"
    if lower == "it":
        return not plural and not person
    return lower == "they" and plural


def _target(tok: Token, index: Index, context: list[Actor]) -> list[Actor]:
    """An object's parties; a town named only as a place ("attacked Zawiya", "shelled the
    town of Zawiya") is the target, standing for its country."""
    found = _argument(tok, index, context)
    if found:
        return found
    if tok.lemma_.lower() in lexicon().cues["settlement"]:
        tok = next((g for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"
                    for g in c.children if g.dep_ == "pobj"), tok)  # fmt: skip
    place = index.places.get(tok.left_edge.idx) or index.places.get(tok.idx)
    if place is None or not (place.start <= tok.idx < place.end):
        return []
    return [place_party(place)]


def place_party(place: Place) -> Actor:
    """A place as the party an act falls on, standing for its country (CAMEO/GDELT code the
    location's country when no target is named)."""
    return Actor(
        start=place.start,
        end=place.end,
        text=place.text,
        name=place.name or place.text,
        kind="place",
        country=place.country,
        sector=None,
        role=None,
    )


def _placed(actor: Actor, places: dict[int, Place], doc: Document) -> Actor:
    """A party named by its town ("pounded the city of Misrata") belongs to the country the
    places stage resolved the town to; the actors stage runs before places and cannot know."""
    place = places.get(actor.start)
    if place is None or place.end != actor.end:
        return actor
    if actor.kind == "organization" and actor.sector is None and _settlement(place):
        # "Russian forces shelled Mariupol": a town the actors stage took for a body of the
        # sentence's country (no sector: it knows no such body) is the town's country's; a
        # name with no country that speaks or acts ("Ferguson has failed to sign", "Delta
        # said") is a person's or a firm's, and an acronym ("NAIC") a body's
        if not actor.text.isupper() and (actor.country or not _a_subject(actor, doc)):
            return replace(actor, country=place.country)
    if actor.country or actor.kind in ("person", "organization"):
        return actor  # "Dr Murray", "Dudley": a name that is also a place name a person
    return replace(actor, country=place.country)


def _a_subject(actor: Actor, doc: Document) -> bool:
    """The mention is the subject of its clause (active or passive)."""
    span = doc.doc.char_span(actor.start, actor.end, alignment_mode="expand")
    return span is not None and span.root.dep_ in ("nsubj", "nsubjpass")


def _settlement(place: Place) -> bool:
    """A town, city or region (GeoNames feature PPL* or ADM*), not a country."""
    return (place.feature or "").startswith(("PPL", "ADM"))


def _phrase(tok: Token, index: Index) -> list[Actor]:
    """Actors named by the noun phrase headed by ``tok`` (pre-modifiers, 'of', appositions)."""
    found: list[Actor] = []
    for head in coordinated(tok):
        start, end = head.left_edge.idx, head.idx + len(head)
        mentions = index.overlapping(start, end)
        named = [a for a in mentions if a.kind != "country"]
        # "US Secretary of State Antony Blinken" is Blinken, not also the US
        found.extend(named or mentions)
        if not mentions:
            for child in head.children:
                if child.dep_ == "appos" or (child.dep_ == "prep" and child.lower_ == "of"):
                    target = child if child.dep_ == "appos" else _pobj(child)
                    if target is not None:
                        found.extend(_phrase(target, index))
    return found


def _pobj(prep: Token) -> Token | None:
    return next((c for c in prep.children if c.dep_ in ("pobj", "pcomp")), None)


def _subject(tok: Token) -> Token | None:
    """The subject of ``tok``'s clause, climbing through control and shared-subject verbs."""
    if plotted(tok) is not None:
        return None  # "police foiled a plot to bomb the embassy": the police bomb nothing
    for _ in range(4):
        for child in tok.children:
            if child.dep_ in _SUBJ or child.dep_ == "nsubjpass":
                # "Qatar is the only Arab country that has contributed": the ranked subject
                ranking = ranked(tok) if child.tag_ in ("WDT", "WP") else None
                return ranking or child
        if tok.dep_ in ("xcomp", "conj", "advcl", "acomp") and tok.head.i != tok.i:
            tok = spoken_aside(tok) or ordered_aside(tok) or tok.head
        elif tok.dep_ == "pcomp" and tok.head.lower_ == "to" and tok.head.head.i != tok.head.i:
            tok = tok.head.head  # "they looked forward to strengthening ties": they strengthen
            if tok.dep_ == "advmod" and tok.head.i != tok.i:
                tok = tok.head
        elif ranked(tok) is not None:
            # "Alabama became the first state to sue BP" (one "to be targeted" undergoes it)
            return None if passive(tok) else ranked(tok)
        elif tok.dep_ == "acl" and infinitive(tok):
            # "France's decision to airlift weapons": the noun's owner does the act; "the US
            # has no plans to send troops": the one who has them
            owner = next((c for c in tok.head.children if c.dep_ == "poss"), None)
            if owner is not None or not _had(tok.head):
                return owner
            tok = tok.head.head
        elif tok.dep_ == "pcomp" and tok.head.lower_ == "of" and _had(tok.head.head):
            tok = tok.head.head.head  # "he had no intention of stepping down"
        elif _content_clause(tok):
            tok = tok.head.head  # "issued a statement condemning X": the issuer condemns
        else:
            return None
    return None


def _had(noun: Token) -> bool:
    """A noun of plan or intention that its clause's subject has ("has no plans", "had every
    intention"), not a right, a reason or the means ("had the right to veto" vetoes nothing)."""
    return (
        noun.dep_ == "dobj"
        and noun.head.lemma_ == "have"
        and noun.lemma_.lower() in lexicon().cues["future"]
    )


def _content_clause(tok: Token) -> bool:
    """A participle saying what a statement, letter or resolution does to someone."""
    noun = tok.head
    return (
        tok.dep_ == "acl"
        and tok.tag_ == "VBG"
        and noun.dep_ in ("dobj", "pobj")
        and noun.head.pos_ in ("VERB", "AUX")
        and noun.lemma_ in lexicon().cues.get("content", {})
    )


def _reporter(tok: Token, index: Index) -> list[Actor]:
    """'Iraq said it would allow ...': a pronoun in reported speech is usually the speaker."""
    lex = lexicon()
    head = tok.head
    for _ in range(6):
        subj = next((c for c in head.children if c.dep_ == "nsubj"), None)
        named = subj is not None and subj.pos_ != "PRON" and _agrees(tok, subj, index)
        if named and tells(head, lex):
            return _phrase(subj, index)
        if named and head.i != tok.head.i and _adverbial(tok, head, subj, index):
            # "bombers killed 23 people when they blew themselves up, police said": the
            # clause's subject, not the speaker
            return _phrase(subj, index)
        if head.head.i == head.i:
            break
        head = head.head
    return []


def _adverbial(pronoun: Token, governor: Token, subject: Token, index: Index) -> bool:
    """``pronoun`` is the subject of a time clause of ``governor`` ("when they blew themselves
    up") and stands for ``subject``, named before it: a third person that fits it ("police
    arrested the man after he attacked" is not the police)."""
    verb = pronoun.head
    if verb.dep_ != "advcl" or verb.head.i != governor.i or subject.i > pronoun.i:
        return False
    if not any(c.dep_ in ("mark", "advmod") and c.lower_ in _TIME_MARKS for c in verb.children):
        return False
    person = _person(subject, index.kinds(subject))
    plural = subject.tag_ in ("NNS", "NNPS") or any(c.dep_ == "conj" for c in subject.children)
    lower = pronoun.lower_
    if lower == "they":
        return not person or plural
    if lower in ("he", "she"):
        return person and not plural
    return lower == "it" and not (person or plural)  # "the army withdrew after it shelled"


_TIME_MARKS = frozenset({"when", "as", "while", "after", "before", "once", "until", "whenever"})


def _person(tok: Token, kinds: set[str]) -> bool:
    """A person, by the actors stage's kinds for the word, or by the model's label when no
    actor covers it ("Serbs", tagged PERSON too, are many)."""
    if kinds:
        return kinds == {"person"}
    return tok.ent_type_ == "PERSON" and tok.tag_ not in ("NNS", "NNPS")


def _agrees(pronoun: Token, speaker: Token, index: Index) -> bool:
    """ "Spokeswoman Kendra Barkoff said they met": a person does not say "they" of herself,
    nor a state "he" of itself. The actors stage's kind decides; the model's label when the
    speaker is no actor ("Serbs", tagged PERSON too, are many)."""
    kinds = index.kinds(speaker)
    person = _person(speaker, kinds)
    body = bool(kinds & {"country", "place"}) if kinds else speaker.ent_type_ in ("GPE", "NORP")
    lower = pronoun.lower_
    if lower in ("they", "them", "their", "it", "its"):
        return not person
    if lower in ("he", "she", "him", "his", "her"):
        return not body and speaker.tag_ not in ("NNS", "NNPS")  # not "officials"
    return True


def _anaphora(tok: Token, index: Index, context: list[Actor]) -> list[Actor] | None:
    """Reciprocal or pronoun subjects stand for earlier parties (None: not an anaphor)."""
    lower = tok.lower_
    if tok.pos_ == "PRON" and tok.dep_ in _SUBJ | {"poss"}:
        speaker = _reporter(tok, index)
        if speaker:
            return speaker
    if lower in _PLURAL_PRONOUNS:
        return list(context)
    if tok.lemma_.lower() in _RECIPROCAL_HEADS and any(
        c.lower_ in _RECIPROCAL_DETS for c in tok.children
    ):
        return list(context)
    if lower in _PERSON_PRONOUNS:
        person = index.last_person_before(tok.idx)
        return [person] if person else []
    return None


def _antecedent(tok: Token) -> Token | None:
    """The noun a relative pronoun stands for ("the League, which has called for ...")."""
    if tok.tag_ not in ("WDT", "WP"):
        return None
    clause = tok.head
    for _ in range(3):
        if clause.dep_ == "relcl":
            return clause.head
        if clause.head.i == clause.i:
            return None
        clause = clause.head
    return None


def _argument(tok: Token, index: Index, context: list[Actor]) -> list[Actor]:
    antecedent = _antecedent(tok)
    if antecedent is not None:
        return _phrase(antecedent, index)
    if tok.pos_ == "PRON":
        # the actors stage may have resolved the pronoun itself ("his" -> Antony Blinken)
        named = index.overlapping(tok.idx, tok.idx + len(tok))
        if named:
            return named
    resolved = _anaphora(tok, index, context)
    return resolved if resolved is not None else _phrase(tok, index)


def _fragment_verb(verb: Token) -> bool:
    """A past tense the parser took for a participle on its sentence's subject, which it left as
    the root: "Amr Moussa, head of the Arab League, called Monday for an end to the bombing"
    (the verb follows the subject's apposition and its closing comma), "The Supreme Council,
    in a Facebook message posted on Thursday, called on protesters" (a phrase set off by
    commas, and the tagger's past tense, not a participle)."""
    head = verb.head
    return (
        head.dep_ == "ROOT"
        and verb.i > 0
        and verb.doc[verb.i - 1].text == ","
        and (
            any(c.dep_ == "appos" and c.i < verb.i for c in head.children)
            or (
                verb.tag_ == "VBD" and any(c.dep_ == "prep" and c.i < verb.i for c in head.children)
            )
        )
        # "President Saleh, the country's leader since 1978, wounded in rocket attack on
        # palace": a headline's passive, what befell him
        and not any(
            c.dep_ == "agent" or (c.dep_ == "prep" and c.lower_ in _BEFELL) for c in verb.children
        )
    )


_BEFELL = frozenset("in at during by after".split())


def _verb_roles(verb: Token, index: Index, context: list[Actor], skip: set[int]) -> Roles:
    actors: list[Actor] = []
    recipients: list[Actor] = []
    subj = _subject(verb)
    if subj is not None:
        # a passive subject undergoes the event ("candidates were banned"), unless it is the
        # raised subject of a control verb ("the minister is expected to attend")
        # ... and so does a subject shared with an earlier verb when this one is passive
        # ("protesters marched and were arrested by police": the police arrest them)
        own = subj.head.i == verb.i
        undergoes = (subj.dep_ == "nsubjpass" and own) or (not own and passive(verb))
        into = recipients if undergoes else actors
        if _unnamed_event(subj, index):
            # "the bombing of the U.S. embassy killed 200": the bombing's doer, not its target
            into.extend(_noun_roles(subj, index, context, own=True)[0])
        else:
            into.extend(_argument(subj, index, context))
    elif (
        verb.dep_ == "acl"
        # a past tense the parser hung on its subject is its subject's act, never a participle
        and (verb.tag_ == "VBN" or (verb.tag_ == "VBD" and _fragment_verb(verb)))
        and verb.head.pos_ in ("NOUN", "PROPN")
    ):
        # "a journalist killed Wednesday in Misrata": the noun a participle modifies undergoes
        # it; one with an object of its own is a past tense the parser hung on its subject
        # ("doctors from two aid groups donated medicines")
        told = [verb, *(c for c in verb.children if c.dep_ == "conj")]
        own_object = any(c.dep_ == "dobj" for v in told for c in v.children)
        does = own_object or _fragment_verb(verb)
        # ... or the party said to be among them ("three journalists were among those arrested";
        # the noun itself when that names no party: "four children were among 13 civilians")
        among = ranked(verb)
        parties = _argument(among, index, context) if among is not None else []
        parties = parties or _argument(verb.head, index, context)
        (actors if does else recipients).extend(parties)
    elif verb.dep_ == "acl" and verb.tag_ == "VBG" and verb.head.pos_ in ("NOUN", "PROPN"):
        # "protesters demanding reforms": the noun an -ing participle modifies does it
        actors.extend(_argument(verb.head, index, context))
    elif verb.dep_ == "relcl" and passive(verb):
        # "Hitchens, who was himself branded by Galloway": the parser hung "who" elsewhere
        recipients.extend(_argument(verb.head, index, context))
    for child in verb.children:
        if child.i in skip:
            if child.dep_ == "dobj" and lemma(child) in lexicon().cues["settlement"]:
                recipients.extend(_target(child, index, context))  # "captured the town of X"
            continue
        if child.dep_ == "dobj" and sum_of_money(child):
            continue  # "gave 2 billion Saudi riyals to Yemen": the currency's country gets none
        if child.dep_ in ("dobj", "dative"):
            recipients.extend(_target(child, index, context))
        elif child.dep_ == "agent" and passive(verb):
            obj = _pobj(child)
            if obj is not None:
                actors.extend(_argument(obj, index, context))
        elif child.dep_ == "prep" and child.lower_ in _RECIPIENT_PREPS:
            obj = _pobj(child)
            if obj is not None and obj.i not in skip:
                recipients.extend(_argument(obj, index, context))
    shared = shared_agent(verb) if not actors and passive(verb) else None
    if shared is not None:
        # "were beaten and arrested by police": the police beat them too
        obj = _pobj(shared)
        if obj is not None:
            actors.extend(_argument(obj, index, context))
    return actors, recipients


def _noun_roles(
    noun: Token, index: Index, context: list[Actor], own: bool = False, type_: str = ""
) -> Roles:
    """``type_``: the event's type; "from" names who does the act ("criticism from
    Congress") for statements, demands and support, not for leaving ("withdrawal from Iraq")
    or moving ("the airlift from Misrata")."""
    source = type_ in _FROM_SOURCE or _undergone(noun, type_)
    actors: list[Actor] = []
    recipients: list[Actor] = []
    for child in noun.children:
        if child.dep_ in _NOUN_ACTOR_DEPS and child.i < noun.i:
            actors.extend(_argument(child, index, context))
        elif child.dep_ == "acl" and lemma(child) in lexicon().cues["perpetrate"]:
            # "mass rape committed by American troops", "a rally organised by the opposition"
            for agent in (g for g in child.children if g.dep_ == "agent"):
                obj = _pobj(agent)
                if obj is not None:
                    actors.extend(_argument(obj, index, context))
        elif child.dep_ == "prep":
            obj = _pobj(child)
            if obj is None:
                continue
            if child.lower_ == "between":
                actors.extend(_argument(obj, index, context))
            elif child.lower_ == "by" or (child.lower_ == "from" and source):
                # "criticism from members of Congress", "recognition from Britain"
                actors.extend(_argument(obj, index, context))
            elif child.lower_ in _RECIPIENT_PREPS:
                recipients.extend(_argument(obj, index, context))
    if not actors and noun.dep_ in ("nsubj", "nsubjpass"):
        # "negotiations remained under way between Gadhafi and the African Union": the
        # parties hang from the verb the act is the subject of
        verb = noun.head
        near = [*verb.children, *(g for c in verb.children if c.dep_ in ("acomp", "advmod")
                                  for g in c.children)]  # fmt: skip
        for prep in near:  # "talks are underway between ..."
            obj = _pobj(prep) if prep.dep_ == "prep" and prep.lower_ == "between" else None
            if obj is not None:
                actors.extend(_argument(obj, index, context))
    if not own and noun.dep_ in ("pobj", "dobj"):
        # "arrived in Amman on a visit", "were engaged in ethnic cleansing": the clause's
        # subject does what the noun names
        verb = _governing_verb(noun)
        subj = _subject(verb) if verb.pos_ in ("VERB", "AUX") else None
        if subj is not None and not (subj.dep_ == "nsubjpass" and passive(verb)):
            # "the government denies rape allegations": the denier is the one accused, and
            # "BP drew criticism from Congress": the subject undergoes it
            cues = lexicon().cues
            word = verb.lemma_.lower()
            undergoes = word in cues["denial"] or _undergone(noun, type_)
            if undergoes:
                recipients.extend(_argument(subj, index, context))
            elif word in cues["witness"] or word in cues["prevent"]:
                pass  # "activists have reported fresh government attacks": they only tell of
                # it, and "police foiled an attack": they stopped it
            elif not actors and _unnamed_event(subj, index):
                # "the surrender of Gaddafi's forces ended the battle": no doer of the battle
                pass
            elif not actors:
                actors.extend(_argument(subj, index, context))
        if not actors and verb.pos_ in ("VERB", "AUX") and _undergone(noun, type_):
            # "drew sharp criticism from China", "has won praise from the IMF": the parser
            # hangs "from" on the verb
            actors.extend(_from(verb, index, context))
    found = _genitive(noun)
    obj, owner = found if found is not None else (None, noun)
    if obj is not None and obj.lemma_.lower() in lexicon().trigger_lemmas:
        # "in protest of last week's arrest of activists": a cause, not a party (but "the
        # advance of Gaddafi's forces": a party whose word is also an event's)
        obj = obj if index.names(obj) else None
    doer = owner.lemma_.lower() in lexicon().cues["agentive"]  # "the advance of X's forces"
    if obj is not None and type_ in _OF_PATIENT and not doer:
        recipients.extend(_argument(obj, index, context))
    elif obj is not None and (type_ in _OF_AGENT or doer) and not actors:
        # ... not when the clause names the doer: "Clinton spoke at the meeting of ..."
        actors.extend(_argument(obj, index, context))
    if noun.dep_ == "conj" and any(c.dep_ == "poss" for c in noun.children):
        # "Hayashi and Kishi's visit" is often parsed as "Hayashi and [Kishi's visit]"; not
        # "pressure on Taiwan and North Korea's missile threats", where the first name is
        # another phrase's object
        head = noun.head
        if not (head.dep_ == "pobj" and head.head.head.pos_ in ("NOUN", "PROPN")):
            actors[:0] = _phrase(noun.head, index)
    return actors, recipients


def _unnamed_event(tok: Token, index: Index) -> bool:
    """An event noun no actor mention covers ("the bombing", not "forces"; nor "both sides",
    whose word is an event's only as a verb, "sided with")."""
    return tok.pos_ == "NOUN" and tok.lemma_.lower() in lexicon().nouns and not index.names(tok)


def _genitive(noun: Token) -> tuple[Token, Token] | None:
    """The "of" object of an event noun and the noun that owns it: its own, or one shared
    with a coordinated noun ("the capture and killing of Gaddafi": "of" hangs on one of the
    two), not another phrase's ("the attack on the convoy and the withdrawal of US troops")."""
    own = of_object(noun)
    if own is not None:
        return own, noun
    if any(c.dep_ == "prep" for c in noun.children):
        return None
    for other in noun.conjuncts:
        later = other if other.i > noun.i else noun
        obj = of_object(other)
        if obj is not None and not any(c.dep_ == "det" for c in later.children):
            return obj, other
    return None


def _undergone(noun: Token, type_: str) -> bool:
    """ "Syria faces growing sanctions", "faced a wave of attacks", "won recognition": the
    object of a verb of undergoing, for the kinds of act it undergoes (cues.tsv)."""
    if under_verb(noun) is not None:
        return True  # "came under fire from Syrian forces" (cues.tsv `under`)
    top = noun
    while top.dep_ == "pobj" and top.head.lower_ == "of" and top.head.head.dep_ == "dobj":
        top = top.head.head  # "a wave of attacks"
    if top.dep_ != "dobj":
        return False
    return _undergoes(top.head, type_)


def _undergone_verb(cand: Candidate) -> bool:
    """A row on the verb of undergoing itself ("faced criticism", "face calls to resign")."""
    if cand.nominal or cand.entry.object_is_party:
        return False  # "the emir received the Egyptian president": the object is a party
    if _under_fire(cand):
        return True  # "the EPA has come under attack in Congress"
    return _undergoes(cand.anchor, cand.entry.type)


def _under_fire(cand: Candidate) -> bool:
    """An act undergone "under" a verb ("came under fire from Syrian forces"; cues.tsv
    `under`): the candidate is anchored on the verb whose subject undergoes it."""
    verb = None if cand.nominal else under_verb(cand.trigger)
    return verb is not None and verb.i == cand.anchor.i


def _undergoes(verb: Token, type_: str) -> bool:
    """``verb`` is one of undergoing ("face", "receive") for acts of ``type_`` (cues.tsv)."""
    types = lexicon().cues["undergo"].get(verb.lemma_.lower())
    return types is not None and type_ in types.split("|")


def _from(verb: Token, index: Index, context: list[Actor]) -> list[Actor]:
    """Who "from" names on a verb or its object ("faced criticism from Congress")."""
    out: list[Actor] = []
    for tok in (verb, *(c for c in verb.children if c.dep_ == "dobj")):
        for prep in tok.children:
            obj = _pobj(prep) if prep.dep_ == "prep" and prep.lower_ == "from" else None
            if obj is not None:
                out.extend(_argument(obj, index, context))
    return out


def _pressers(pressure: Token, index: Index, context: list[Actor]) -> list[Actor]:
    """Who pressed: the "from" or "by" party of the pressure ("under pressure from the Obama
    administration", "Pressured by Congress") or its owner ("under Washington's pressure")."""
    out = [a for obj in pressing(pressure) for a in _argument(obj, index, context)]
    for child in pressure.children:
        if child.dep_ in ("poss", "amod", "compound") and index.names(child):
            out.extend(_argument(child, index, context))
    return out


def _governing_verb(noun: Token) -> Token:
    """The verb over an object noun, through measure nouns ("began three days of talks")."""
    tok = noun
    for _ in range(3):
        head = tok.head.head if tok.dep_ == "pobj" else tok.head
        if head.pos_ in ("VERB", "AUX") or head.dep_ not in ("dobj", "pobj", "nsubj", "attr"):
            return head
        if tok.dep_ != "pobj" or tok.head.lower_ != "of":
            return head
        tok = head
    return tok.head


_NOT_PREDICATE = frozenset({"nsubj", "nsubjpass", "csubj", "parataxis", "mark", "punct"})


def _predicate_actors(anchor: Token, index: Index, topics: set[int]) -> list[Actor]:
    """Every actor named in the rest of the predicate ("lift embargoes on sales to Iran, ...")."""
    reports, scene = lexicon().cues["report"], lexicon().cues["background"]
    skip: set[int] = set()
    for child in anchor.children:
        if (
            child.i in topics
            or child.dep_ in _NOT_PREDICATE
            or child.lemma_ in reports
            or child.lower_ == "according"
            or child.dep_ == "advcl"  # purposes and circumstances are not the target
            or (child.dep_ == "conj" and child.pos_ == "VERB")  # "... and agreed to": its own act
            or (
                child.dep_ == "prep"
                and child.lower_ in _LOCATIVE_PREPS  # "in Karuizawa, Japan"
                and not (child.lower_ == "at" and anchor.pos_ == "ADJ")  # "angry at BP"
            )
            or (
                child.dep_ == "prep" and scene.get(child.lower_) == "prep"
            )  # "after the murder of X"
            or (child.dep_ == "prep" and any(c.lemma_ == "order" for c in child.children))
        ):
            skip.update(range(child.left_edge.i, child.right_edge.i + 1))
    sources = lexicon().cues["source"]
    for tok in anchor.subtree:
        # "distributing tents provided by the United States": who provided a thing is no
        # target of what is done with it (unlike "shelled a town held by rebels"); and "a
        # rally backed by BP": who backs or holds the act itself is no target of it
        if (
            tok.dep_ == "agent"
            and tok.head.dep_ == "acl"
            and (lemma(tok.head) in sources or tok.head.head.i == anchor.i)
        ):
            skip.update(range(tok.left_edge.i, tok.right_edge.i + 1))
    found: list[Actor] = []
    run: list[Token] = []
    for tok in [*anchor.subtree, None]:
        if tok is not None and tok.i not in skip and tok.i != anchor.i:
            run.append(tok)
        elif run:
            found += index.overlapping(run[0].idx, run[-1].idx + len(run[-1]))
            run = []
    return found


def _own_subject(cand: Candidate) -> bool:
    """A folded complement clause with a subject of its own ("rallied calling for Gaddafi to
    step down", "demanded that Assad quit"): its doer is not the governing act's. Not a
    coordinated verb, a "with" clause ("with protesters calling for ...") or a relative one,
    whose subject is the doer; nor the same act told twice ("have attacked, have carried out
    an air strike"), which the caller checks."""
    verb = cand.anchor
    if cand.nominal or verb.dep_ not in ("ccomp", "xcomp", "advcl", "pcomp"):
        return False
    marked = any(c.dep_ == "mark" and c.lower_ in ("for", "that") for c in verb.children)
    if verb.dep_ in ("advcl", "pcomp") and not marked:
        return False
    return any(c.dep_ == "nsubj" and c.tag_ not in ("WDT", "WP") for c in verb.children)


def _object_noun(cand: Candidate) -> bool:
    """A folded event noun in the object of the governing act ("condemned Russia's threats")."""
    return cand.nominal and cand.trigger.dep_ in ("dobj", "pobj", "nsubjpass", "attr")


def _topics(verb: Token, index: Index) -> set[int]:
    """Objects of a talk that name a matter, not a party ("discussed North Korea's launches");
    after a topic verb every object is a matter ("discussed China and North Korea")."""
    always = verb.lemma_.lower() in lexicon().cues.get("topic", {})
    out = set()
    for child in verb.children:
        if child.dep_ != "dobj":
            continue
        if always:
            out.update(t.i for t in (child, *child.conjuncts))
        elif not index.names(child):
            out.add(child.i)
    return out


def _claims(verb: Token) -> list[Token]:
    """The claims, reports or suggestions a verb takes as its object ("rejected rebel claims")."""
    nouns = lexicon().cues["claim"]
    return [c for c in verb.children if c.dep_ == "dobj" and c.lemma_.lower() in nouns]


def _not_the_claim(claims: list[Token], actors: list[Actor], recipients: list[Actor]) -> Roles:
    """ "rejected rebel claims that the governments of Egypt ... have been asked": the parties
    a claim's own clause names are neither rejecter nor recipient; whose claim it is (its
    owner, "claims by rebels") is the recipient."""
    told = [
        (g.left_edge.idx, g.right_edge.idx + len(g.right_edge))
        for c in claims
        for g in c.children
        if g.dep_ in ("acl", "ccomp", "relcl")
    ]
    return _outside(actors, told), _outside(recipients, told)


def _outside(parties: list[Actor], spans: list[tuple[int, int]]) -> list[Actor]:
    """The parties not named inside any of ``spans`` (character ranges)."""
    return [p for p in parties if not any(a <= p.start < b for a, b in spans)]


def roles(cand: Candidate, index: Index, context: list[Actor]) -> Roles:
    """Actors and recipients of a candidate event (with those of its folded triggers)."""
    trigger_tokens = {t.i for t in cand.tokens}
    sent: list[tuple[int, int]] = []  # the spans of what an act of aid sends
    under = _under_fire(cand)
    talk = cand.entry.type in _TALK_TYPES
    topics = _topics(cand.anchor, index) if talk and not cand.nominal else set()
    if cand.nominal:
        # an act told apart inside another ("condemned the attacks on journalists") is not
        # done by the governing act's subject
        type_ = cand.entry.type
        actors, recipients = _noun_roles(cand.trigger, index, context, cand.apart, type_)
        ready = readied(cand.trigger)
        if ready is not None and not actors:  # "they were ready for a cease-fire"
            verb = ready.head if ready.dep_ == "acomp" else ready
            actors = _verb_roles(verb, index, context, trigger_tokens)[0]
    else:
        actors, recipients = _verb_roles(cand.anchor, index, context, trigger_tokens | topics)
        if _undergone_verb(cand):  # "Syria faced criticism from the United States"
            doers = _from(cand.anchor, index, context)
            for obj in (c for c in cand.anchor.children if c.dep_ == "dobj"):
                doers += _noun_roles(obj, index, context, own=True)[0]  # "American criticism"
            if under:  # "came under attack by gunmen"
                type_ = cand.entry.type
                doers += _noun_roles(cand.trigger, index, context, own=True, type_=type_)[0]
                for by in (c for c in cand.anchor.children if c.lower_ == "by"):
                    obj = _pobj(by)
                    doers += _argument(obj, index, context) if obj is not None else []
            named = {a.name for a in doers}
            # ... whoever is under fire undergoes it, not a party of the reason ("for allowing
            # BP to spray")
            undergoers = actors if under else actors + recipients
            actors, recipients = doers, [a for a in undergoers if a.name not in named]
        if sends_aid(cand):  # "had sent a team of 34 people to help Japan"
            if not actors:  # "The FAO has, however, dispatched": the parser's subject of "has"
                aux = [a for a in cand.anchor.children if a.dep_ == "aux"]
                subj = next((g for a in aux for g in a.children if g.dep_ == "nsubj"), None)
                actors = _argument(subj, index, context) if subj is not None else []
            helped = [a for tok in aided(cand.anchor) for a in _argument(tok, index, context)]
            # ... not what is sent ("sent experts", "a ship ... to be sent to Haiti")
            sent += [_sent_span(c) for c in cand.anchor.children if c.dep_ in ("dobj", "nsubjpass")]
            recipients = helped + [
                r for r in _outside(recipients, sent) if r not in helped and r not in actors
            ]
        elif dispatched(cand, "MOBILIZE"):
            # "Russia has sent hundreds of troops to Syria": the forces sent are no recipient
            # (forces a passive tells of, "troops had been deployed", are its only party)
            sent += [_sent_span(c) for c in cand.anchor.children if c.dep_ == "dobj"]
            recipients = _outside(recipients, sent)
        if cand.pressure is not None:  # "under pressure from Congress": who pressed is yielded to
            recipients += _pressers(cand.pressure, index, context)
        if cand.anchor.i != cand.trigger.i:
            more_a, more_r = _noun_roles(cand.trigger, index, context, type_=cand.entry.type)
            actors += [a for a in more_a if not actors]  # the noun's owner only when no subject
            recipients += more_r
    told = {cand.trigger.i, cand.anchor.i, *(f.trigger.i for f in cand.folded)}
    # "Republicans say the government is not doing enough to help": who says it, named or
    # not, is no doer of what the statement tells
    stated = not cand.nominal and lemma(cand.anchor) in lexicon().cues["report"]
    for folded in cand.folded:
        sub = roles(folded, index, context)
        own = folded.entry.type != cand.entry.type and _own_subject(folded)
        if not actors and not _object_noun(folded) and not own and not stated:
            actors += sub[0]  # "offered to hand over": the offerer hands over
        if talk and folded.entry.type not in _TALK_TYPES:
            continue  # "discussed North Korea's launches": a topic is not a party
        if (
            folded.anchor.dep_ == "acl"
            and folded.anchor.head.i in told
            and any(c.dep_ == "agent" for c in folded.anchor.children)
        ):
            # "a rally backed by BP": who backs the act is not whom it is aimed at; "mass rape
            # committed by American troops": who commits it does it
            if not actors and lemma(folded.anchor) in lexicon().cues["perpetrate"]:
                actors += sub[0]
            continue
        peer = ordered_aside(folded.anchor)
        if peer is not None and peer.i == cand.anchor.i:
            continue  # "ordered the embassy closed and expelled diplomats": a peer act
        if folded.anchor.dep_ == "ccomp" and lemma(cand.anchor) in lexicon().cues["intent"]:
            # "vowed that his forces would crush the rebels": the vow's own side does the act
            recipients += [a for a in sub[1] if a not in actors]
            continue
        # the folded act's own doer is who the governing act is aimed at ("demanded that the
        # partners refuse", "complained over Israeli raids")
        recipients += [a for a in sub[0] + sub[1] if a not in actors]
    # when no argument names the target, the nearest actor further in the predicate does
    if not recipients and not under and (not cand.nominal or cand.trigger.dep_ not in _SUBJ):
        named = {a.name for a in actors}
        rest = [
            a
            for a in _outside(_predicate_actors(cand.anchor, index, topics), sent)
            if a.name not in named
        ]
        recipients += rest[:1]
    if (
        not actors
        and not cand.nominal
        and cand.entry.type == "THREATEN"
        and (
            lemma(cand.anchor) in IDIOM_VERBS
            or _undergone_verb(cand)
            or cand.entry.own_negation  # "won't tolerate", he said
        )
    ):
        # "all options are on the table", "those responsible would face justice": who tells it
        actors = _teller(cand.anchor, index, context)
    actors = [a for a in actors if a.sector not in _SOURCE_SECTORS or a.kind == "person"]
    if cand.entry.type not in _SUFFERED:
        recipients = [r for r in recipients if r.sector not in _SOURCE_SECTORS]
    if cand.entry.type == "REJECT" and not cand.nominal:
        claims = _claims(cand.anchor)
        actors, recipients = _not_the_claim(claims, actors, recipients)
        for claim in claims:  # "rejected rebel claims", "claims by rebels"
            recipients += _noun_roles(claim, index, context, own=True)[0]
    return _unique(actors), _unique([r for r in recipients if r not in actors])


def _sent_span(thing: Token) -> tuple[int, int]:
    """The characters of what is sent ("30 doctors", "a team of doctors"), up to where it
    goes when the parser hung that on it ("rushed supplies to the Rio Grande Valley")."""
    goes = [
        c.left_edge.idx for c in thing.children if c.dep_ == "prep" and c.lower_ in ("to", "into")
    ]
    end = thing.right_edge.idx + len(thing.right_edge)
    return thing.left_edge.idx, min(goes, default=end)


def _teller(verb: Token, index: Index, context: list[Actor]) -> list[Actor]:
    """Who tells an act said only as an idiom, with no party in it ("the White House said all
    options were on the table", "'There will be penalties,' said Holder"): the subject of the
    telling verb the clause hangs on."""
    told = telling_verb(verb, lexicon())
    if told is None:
        return []
    subj = _subject(told)
    return _argument(subj, index, context) if subj is not None else []


def _unique(actors: list[Actor]) -> list[Actor]:
    seen: set[str] = set()
    out = []
    for a in actors:
        if a.name not in seen:
            seen.add(a.name)
            out.append(a)
    return out
