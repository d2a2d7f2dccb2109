"""Find event triggers in a sentence and pick the ones that head their own event.

A trigger is a verb or noun from the lexicon; a noun governed by a light verb ("hold talks")
is anchored on that verb. A trigger inside the complement of another ("offered to hand
over", "rejected calls to adopt") is folded into it, as PLOVER codes the governing act.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from typing import TYPE_CHECKING

from ..actors.lexicon import lexicon as actor_lexicon
from .lexicon import (
    IDIOM_VERBS,
    PERFECT,
    POSSIBLE,
    WH,
    Entry,
    Lexicon,
    agents,
    asked,
    conditioned,
    has_subject,
    infinitive,
    lemma,
    lexicon,
    of_object,
    passive,
    people_words,
    ranked,
    spoken_aside,
    subject_of,
    telling_verb,
    word_classes,
)

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

__all__ = ["PERSONAL", "STRONG", "Candidate", "find", "harm_told", "names_party", "party_like"]

# Dependencies through which a trigger sits inside another's complement or object.
_FOLD_DEPS = frozenset(
    {"xcomp", "ccomp", "dobj", "pobj", "prep", "pcomp", "acl", "compound", "amod", "nmod", "attr",
     "oprd", "agent", "dative", "acomp", "poss"}
)  # fmt: skip
_NOT_ARGUMENTS = frozenset({"aux", "auxpass", "mark", "punct", "nsubj", "nsubjpass", "cc", "neg"})
# verbs standing where a noun phrase should ("evacuated the wounded") are not predicates
_NOMINAL_DEPS = frozenset({"dobj", "pobj", "nsubj", "nsubjpass", "attr", "appos", "compound"})
_AUX_DEPS = frozenset({"aux", "auxpass", "cop"})
# prepositions a row may find on the verb's object as on the verb ("received arms from Qatar")
_OBJECT_PREPS = frozenset({"from"})
_PREDICATIVE_DEPS = frozenset({"acomp", "oprd"})  # "remained defiant", "was critical of"
_OBJECT_DEPS = frozenset({"dobj", "attr", "oprd", "nsubjpass"})
_CLAUSE_DEPS = frozenset({"advcl", "ccomp", "xcomp"})
_PARTY_ENTITIES = frozenset({"PERSON", "ORG", "NORP", "GPE"})
# types whose trigger words rarely mean anything but the act, so a scene-setting telling with
# a named actor still codes it (events/__init__.py), as does a clause on people ("who")
STRONG = frozenset({"ASSAULT", "COERCE", "PROTEST", "SANCTION", "ACCUSE", "REQUEST"})
_SCORE = re.compile(r"(?<![\d-])\d{1,2}-\d{1,2}(?![\d-])")  # "beat Arsenal 2-1"; not dates
_VIOLENCE = frozenset({"ASSAULT", "PROTEST", "COERCE"})
_UNDONE = frozenset({"THREATEN", "REQUEST"})  # the acts these name have not happened
_WHEN = frozenset({"DATE", "TIME"})  # "Sunday's killings" names a day, not a party
_BODY_ENTITIES = frozenset({"ORG", "NORP", "GPE"})
PERSONAL = frozenset({"he", "she", "they", "we", "i", "you"})  # pronouns that name a party
_NOBODY = frozenset({"nothing", "nobody", "none", "no"})
_PERSONAL_POSS = frozenset({"his", "her", "their"})
_SEQUENCE_PREPS = frozenset({"after", "since", "following"})  # "before allowing": a condition
_SETTING_PREPS = frozenset({"in", "at", "during"})

# prepositions whose object is a party of the noun's act: "the assassination of Hariri",
# "air attacks by the United States", "lawsuits against BP"
_PARTY_PREPS = frozenset({"of", "by", "against"})
_MEETING_PREPS = _PARTY_PREPS | {"with"}
# prepositions of where or of what an act happened, through which non_events.tsv does not
# look ("attacked a police station in the heart of Kabul")
_PLACE_PREPS = frozenset({"in", "at", "on", "near", "of", "across", "throughout", "around"})
_MODAL_DEMAND = frozenset({"must", "should"})
_SPEAKERS = frozenset({"i", "we"})  # "we must respond": the speaker's own resolve
_FOLD_DEPTH = 7
_REQUEST = Entry("say", "V", None, "REQUEST", None, None, "100")
_CRITICISE = Entry("say", "V", None, "ACCUSE", "disapprove", None, "111")
_SENT_REPRESENTATIVE = "+dobj=representative"  # triggers.tsv: who is sent on an errand
_DENOUNCE = Entry("call", "V", None, "ACCUSE", "disapprove", None, "111")  # a naming
_PRAISE = Entry("say", "V", None, "SUPPORT", None, "diplomatic", "051")
_PROTEST = Entry("demand", "V", None, "PROTEST", "demo", None, "141")
_ATTACKED_FOR = Entry("attack", "V", None, "ACCUSE", "disapprove", None, "111")
_ALLEGE = Entry("evidence", "N", None, "ACCUSE", "allege", None, "112")
_ABUSES = frozenset({"ASSAULT", "COERCE"})
_PUBLIC = frozenset({"street", "square"})  # where a crowd that fills or floods protests
_DEMAND = frozenset({"demand", "call", "press", "push", "clamor", "clamour", "insist", "urge"})
_RIOT = Entry("riot", "V", None, "PROTEST", "riot", None, "145")
_CONTROL_TAKEN = Entry("control", "V", None, "ASSAULT", None, "military", "190")
_FORCES_GATHER = Entry("gather", "V", None, "MOBILIZE", "troops", "military", "150")
_AID_SENT = Entry("send", "V", None, "AID", None, None, "070")
# "those responsible", "those accountable": a phrase the parser may hang "to justice" on
_ANSWERABLE = frozenset({"responsible", "accountable"})
_JUDGED = _ANSWERABLE | {"guilty", "liable"}
# what an accused is ordered to stand or face (an order to stand trial is the legal action)
_TRIED = frozenset({"trial", "charge"})
# an act done under pressure: a concession to whoever pressed (cues.tsv `yield`; CAMEO 080)
_YIELD = Entry("pressure", "N", None, "CONCEDE", None, None, "080")


@dataclass(eq=False)
class Candidate:
    """A trigger, the token its participants hang from, and the triggers folded into it."""

    trigger: Token
    anchor: Token
    entry: Entry
    tokens: list[Token]  # every token of the trigger words (for the evidence span)
    nominal: bool
    # told in a relative or adverbial clause that sets the scene ("after X met Y")
    background: bool = False
    # False for nouns such as "agreement" that name an event only under a governing verb
    standalone: bool = True
    # a named party's act told inside another's object ("condemning Russia's threats"): the
    # governing act's tense, hedges and date are not its own
    apart: bool = False
    folded: list[Candidate] = field(default_factory=list)
    # the pressure an act yielded to ("agreed under pressure from Washington"; _YIELD)
    pressure: Token | None = None


def _governs(tok: Token, needs: str) -> Token | None:
    """The dependent a row's "with" column asks for; "off+strike" asks for every word joined
    by "+" ("called off a strike") and gives the first, as "+dobj&+xcomp" does for labels."""
    if "&" in needs:  # "+dobj&+xcomp": every label ("pushed BP to act", not "is pushing to fix")
        found = [_governs_one(tok, part) for part in needs.split("&")]
        return found[0] if all(found) else None
    if not needs.startswith("+") and "+" in needs:
        found = [_governs_one(tok, word) for word in needs.split("+")]
        return found[0] if all(found) else None
    return _governs_one(tok, needs)


def _governs_one(tok: Token, word: str) -> Token | None:
    if word.startswith("+"):  # a dependency label, optionally with a part of speech or lemmas
        dep, _, lemmas = word[1:].partition("=")
        dep, _, pos = dep.partition(":")
        wanted = _listed(lemmas) if lemmas else None
        candidates = list(tok.children)
        if dep == "pair":
            # "Obama and Cameron talked about the spill": two parties as one subject talk with
            # each other ("Obama talked about the economy" is a speech)
            return next(
                (c for c in candidates if c.dep_ == "nsubj" and _paired(c)),
                None,
            )
        if dep == "nsubj" and _scheduled(tok):
            # "Mr Annan is expected to travel to Iran", "is due to arrive": the subject the
            # infinitive shares with the verb of its plan (its object, if it has one: "has
            # scheduled the envoy to travel")
            controller = _controller(tok.head)
            candidates = [controller] if controller is not None else []
            dep = controller.dep_ if controller is not None else dep
        elif (
            dep == "nsubj"
            and tok.dep_ == "acl"
            and tok.tag_ == "VBG"
            and tok.head.dep_ not in ("nsubj", "nsubjpass")
            and not has_subject(tok)
        ):
            # "pictures of troops moving into Maarat al-Numan": the noun an -ing participle
            # modifies does it (not "forces advancing from Brega had opened fire": the
            # clause's own verb tells what they did)
            candidates, dep = [tok.head], tok.head.dep_
        elif dep in ("nsubj", "nsubjpass") and (shared := shared_subject(tok)) is not None:
            # "journalists ... were captured last week and have been released", "al-Megrahi was
            # ill and was released": a verb coordinated after another shares its subject, in
            # its own voice
            candidates = [shared] if (dep == "nsubjpass") == passive(tok) else []
            dep = shared.dep_
        elif dep == "nsubj" and wanted is not None and passive(tok):
            # "oilfields were hit by Gaddafi's artillery": a passive's agent is the doer a row
            # names by its subject ("hit" by missiles, shells, jets or troops)
            candidates, dep = agents(tok), "pobj"
        elif dep == "nsubj" and (wanted is not None or pos) and (said := _speaker_meant(tok)):
            # "Clinton said she would travel to Haiti": a pronoun subject of reported speech
            # is the speaker a row names by its subject
            candidates = [said]
        return next(
            (
                c
                for c in candidates
                if c.dep_ == dep
                and (not pos or c.pos_ == pos)
                and (wanted is None or _named_as(c, wanted))
            ),
            None,
        )

    undergone = _told_undergone(tok)
    done_to = _small_clause_object(tok)
    if done_to is not None and word in (lemma(done_to), done_to.lower_):
        return done_to  # "ordered Gadhafi's assets frozen", "all Libyan assets frozen by"
    for child in tok.children:
        if undergone and child.dep_ == "nsubjpass" and word in (lemma(child), child.lower_):
            # "a previous attempt was blocked by Russia": the passive's object (an event noun,
            # "sanctions were imposed", is the act its verb carries: one event, the noun's)
            return None if word in lexicon().nouns else child
        if child.dep_ in _NOT_ARGUMENTS or _dating(child) or child.lower_ == "according":
            continue  # "protesting in Cairo, according to the group": no "protest to"
        if lemma(child) == word or child.lower_ == word:
            if (child.dep_ == "prep" or child.lower_ == "by") and child.n_rights == 0:
                continue  # "the reporter is standing by": a preposition with no object
            if child.dep_ in ("prep", "prt") and child.i < tok.i:
                continue  # "By Ashley Hayes, CNN Army soldiers stand guard": a byline's "By"
            return child
        # "remained on alert", "hold a round of talks": the word may sit one step down
        if child.dep_ == "prep" and any(lemma(g) == word for g in child.children):
            return child
        # "called for the government to respect": the parser makes "for" the clause's marker
        # (a clause of time's "as" is no "attacked as": "attacked the gates as jets flew over")
        if (
            word != "as"
            and child.dep_ in _CLAUSE_DEPS
            and any(g.dep_ == "mark" and g.lower_ == word for g in child.children)
        ):
            return child
        if child.dep_ == "dobj":
            for grand in child.children:
                if grand.dep_ == "prep" and any(lemma(g) == word for g in grand.children):
                    return grand
                # "received arms from Qatar": the parser hangs the phrase on the object
                if grand.dep_ == "prep" and grand.lower_ == word and word in _OBJECT_PREPS:
                    return grand
                # "suspected local fighters of passing tips": an "of" gerund on the object
                # (not "warned the people of Benghazi", a phrase of the object's own)
                if grand.dep_ == "prep" and grand.lower_ == word == "of":
                    if any(g.dep_ == "pcomp" and g.tag_ == "VBG" for g in grand.children):
                        return grand
                # "held BP responsible for the spill": the parser makes the word the object's
                # ... and "found Jackson's doctor Conrad Murray guilty"
                if grand.dep_ == "amod" and word in _JUDGED and lemma(grand) == word:
                    return grand
                # "bring those responsible to justice": the parser hangs the phrase on
                # "responsible" (only there: "held the mediators responsible for the talks")
                if grand.dep_ == "amod" and lemma(grand) in _ANSWERABLE:
                    for prep in (g for g in grand.children if g.dep_ == "prep"):
                        if prep.lower_ != "to":
                            continue
                        if lemma(prep) == word or any(lemma(g) == word for g in prep.children):
                            return prep
    return None


def _speaker_meant(verb: Token) -> Token | None:
    """The named speaker a pronoun subject of ``verb`` stands for, when ``verb`` tells what
    the speaker said ("Clinton said she would travel", "Russia said it would send"): one
    person for "he" or "she" (a name, or a title: "the president"; not a spokesman or an aide,
    whose "he" is most often the one they speak for), one body for "it" (not "the minister
    said it"), many for "they"; None otherwise."""
    pronoun = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if pronoun is None or pronoun.pos_ != "PRON":
        return None
    said = telling_verb(verb, lexicon())
    speaker = subject_of(said) if said is not None else None
    if speaker is None or speaker.pos_ == "PRON" or speaker.i > pronoun.i:
        return None
    plural = speaker.tag_ in ("NNS", "NNPS") or any(c.dep_ == "conj" for c in speaker.children)
    titled = lemma(speaker) in actor_lexicon().roles
    lower = pronoun.lower_
    if lower in ("he", "she"):
        # a name the model calls a person, or one it gives no label ("Eni" may be either)
        named = speaker.ent_type_ == "PERSON" or (speaker.pos_ == "PROPN" and not speaker.ent_type_)
        mouthpiece = lemma(speaker) in lexicon().cues["mouthpiece"]
        return speaker if not plural and (named or titled) and not mouthpiece else None
    if lower == "it":
        return speaker if not plural and speaker.ent_type_ != "PERSON" and not titled else None
    return speaker if lower == "they" and plural else None


_MODALS = frozenset("may might could would should can must".split())
_DESCRIBED = frozenset({"is", "are", "am"})


def _paired(subject: Token) -> bool:
    """A subject of two named parties joined by "and" (the parser may hang the first on the
    second as a compound: "Obama and British Prime Minister David Cameron"); not "residents and
    activists spoke of", "the President and other officials spoke openly about"."""
    if not _named_party(subject):
        return False
    for first in (subject, *(g for g in subject.children if g.dep_ == "compound")):
        joined = any(c.dep_ == "cc" and c.lower_ == "and" for c in first.children)
        others = [c for c in first.children if c.dep_ == "conj"]
        if joined and others and all(_named_party(c) for c in others):
            return True
    return False


def _named_party(tok: Token) -> bool:
    return tok.pos_ == "PROPN" or tok.ent_type_ in _PARTY_ENTITIES


def _named_or_proper(tok: Token) -> bool:
    """A proper noun, a name, or a noun a name qualifies ("the U.S. government"), not one only
    a personal possessive does ("his troops")."""
    return tok.pos_ == "PROPN" or _named(tok, personal=False)


def _told_undergone(verb: Token) -> bool:
    """A passive told as something done to its subject, whose subject a word row may name as
    the object ("a previous attempt was blocked by Russia", "Gadhafi has been captured"): not
    a description in the simple present ("the roads are blocked by debris", "access is
    controlled by a single company"), a prospect ("force may be used") or a condition ("if
    it is vetoed"), nor a verb whose passive subject is an instrument or a manner ("tear gas
    was used", "fighters have been sent fleeing")."""
    aux = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    if not any(c.dep_ == "auxpass" for c in aux) or lemma(verb) in ("use", "send"):
        return False
    if any(c.lemma_.lower() in _MODALS for c in aux):
        return False
    if all(c.dep_ == "auxpass" and c.lower_ in _DESCRIBED for c in aux):
        return False
    tok = verb
    for _ in range(3):
        if tok.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ == "if" for c in tok.children):
            return False
        if tok.head.i == tok.i:
            break
        tok = tok.head
    return True


def shared_subject(verb: Token) -> Token | None:
    """The subject a verb coordinated after another takes from it, having none of its own
    (not across a line break, where the parser joined two sentences)."""
    if verb.dep_ != "conj" or has_subject(verb) or verb.pos_ not in ("VERB", "AUX"):
        return None
    head = verb.head
    while head.dep_ == "conj" and not has_subject(head) and head.head.i != head.i:
        head = head.head
    if head.pos_ not in ("VERB", "AUX"):
        return None
    if "\n" in verb.doc[head.i : verb.i].text:
        return None
    return subject_of(head)


def _scheduled(verb: Token) -> bool:
    """An infinitive with no subject of its own under a word of a plan (cues.tsv `future`:
    "is expected to travel", "is due to arrive", "plans to visit"), not "wants to travel"."""
    if verb.dep_ not in ("xcomp", "advcl") or has_subject(verb) or not infinitive(verb):
        return False
    future = lexicon().cues["future"]
    if verb.dep_ == "xcomp":
        return lemma(verb.head) in future
    # "is due on Tuesday to travel to China": the parser hangs the infinitive on "is"
    return lemma(verb.head) == "be" and any(
        c.dep_ == "acomp" and lemma(c) in future for c in verb.head.children
    )


def _controller(verb: Token) -> Token | None:
    """Who does what an infinitive under ``verb`` names: its object ("urged Annan to go"), else
    its subject ("Annan is expected to go", "Annan wants to go")."""
    if verb.dep_ == "acomp" and not has_subject(verb):
        verb = verb.head  # "Hu is due to travel": the subject is the copula's
    deps = (("dobj",), ("nsubj", "nsubjpass"))
    return next((c for want in deps for c in verb.children if c.dep_ in want), None)


_ARGUMENT_DEPS = frozenset({"dobj", "nsubj", "nsubjpass", "pobj"})


@lru_cache(maxsize=4096)
def _listed(lemmas: str) -> frozenset[str]:
    """A row's "+dep=a|b" words, split once."""
    return frozenset(lemmas.split("|"))


@lru_cache(maxsize=4096)
def _kinds(lemmas: frozenset[str]) -> frozenset[str]:
    """The words of a list that name a head noun with its kind ("rescue team")."""
    return frozenset(word for word in lemmas if " " in word)


def _named_as(tok: Token, lemmas: frozenset[str]) -> bool:
    """``tok`` is one of ``lemmas``, a count of them ("hundreds of protesters"), or a name
    whose title is one ("sacked Deraa governor Faisal Kalthoum")."""
    if lemma(tok) in lemmas:
        return True
    if "dollar" in lemmas and sum_of_money(tok):
        return True
    if kinded := _kinds(lemmas):
        # "sending rescue and medical teams", "a search and rescue team": a listed "rescue
        # team" is the head noun with its kind as a modifier (or a modifier's conjunct)
        kinds = [c for c in tok.children if c.dep_ in ("compound", "amod", "nmod")]
        kinds += [g for c in kinds for g in c.children if g.dep_ == "conj"]
        if any(f"{lemma(c)} {lemma(tok)}" in kinded for c in kinds):
            return True
    if tok.lower_ in lemmas and tok.tag_ == "VBG" and tok.dep_ in _ARGUMENT_DEPS:
        return True  # "reopened a border crossing": the tagger's gerund, lemma "cross"
    if tok.pos_ == "PROPN":
        # "sending Foreign Minister Ahmet Davutoglu": a title the tagger takes for a name too,
        # on the name or on its first part ("Secretary General Ban Ki-moon", whose head is
        # "moon")
        names = [c for c in tok.children if c.dep_ == "compound" and c.pos_ == "PROPN"]
        for c in [tok, *names]:
            if any(
                t.dep_ in ("compound", "nmod")
                and t.pos_ in ("NOUN", "PROPN")
                and lemma(t) in lemmas
                for t in c.children
            ):
                return True  # ... or "US Secretary of State Hillary Clinton" (an nmod)
    # ... not an act done to them ("the lifting of sanctions", "the easing of the curfew")
    if tok.lower_.endswith("ing"):
        return False
    return any(
        c.dep_ == "prep" and c.lower_ == "of" and any(lemma(g) in lemmas for g in c.children)
        for c in tok.children
    )


def sum_of_money(tok: Token) -> bool:
    """A sum in a currency the money rows do not list by name, or written with its sign
    (cues.tsv `currency`): "50 million Kuwaiti dinar", "$10m", "# 500,000"."""
    if lemma(tok) in lexicon().cues["currency"]:
        # "50 million Kuwaiti dinar"; not a weight, "500 pounds of dispersant"
        return not any(c.dep_ == "prep" and c.lower_ == "of" for c in tok.children)
    if tok.pos_ != "NUM" and tok.lower_ not in ("m", "bn"):
        return False
    signs = [c for c in tok.children if c.dep_ in ("quantmod", "nmod", "compound")]
    signs += [g for c in tok.children if c.dep_ == "compound" for g in c.children]
    if tok.i > 0:
        signs.append(tok.doc[tok.i - 1])
    written = _currency_signs()
    return any(s.text in written for s in signs)


@lru_cache(maxsize=1)
def _currency_signs() -> frozenset[str]:
    """The signs written before a sum (the values of cues.tsv `currency`), read once."""
    values = lexicon().cues["currency"].values()
    return frozenset(sign for value in values if value for sign in value.split("|"))


def signed_sum(verb: Token, needs: str) -> bool:
    """A money row's object is a sum matched by its sign or currency only, not by a word the
    row lists ("$400 million" is "million"; "# 500,000" and "50 million Kuwaiti dinar" are
    signed sums)."""
    if not needs.startswith("+dobj=") or "dollar" not in needs:
        return False
    listed = _listed(needs[len("+dobj=") :].split("&")[0])
    return any(
        c.dep_ == "dobj" and lemma(c) not in listed and sum_of_money(c) for c in verb.children
    )


def _dating(prep: Token) -> bool:
    """A phrase that only dates the act ("a strike on Sunday", "called up on Thursday"): its
    preposition is no argument a trigger row can require."""
    if prep.dep_ != "prep":
        return False
    if prep.lower_ in ("to", "for") and lemma(prep.head) in lexicon().cues["term"]:
        return False  # "sentenced to three years", "jailed for life": a term, not a date
    obj = next((c for c in prep.children if c.dep_ == "pobj"), None)
    if obj is None or obj.ent_type_ not in ("DATE", "TIME"):
        return False
    # "bowing to eight days of protests": the time counts what the phrase names (not "vote
    # for four more years of the same", a term)
    return prep.lower_ != "to" or not any(
        c.dep_ == "prep" and c.lower_ == "of" for c in obj.children
    )


def _match(tok: Token, entries: tuple[Entry, ...]) -> tuple[Entry, Token | None] | None:
    named = any(c.dep_ == "oprd" for c in tok.children) or _named_after(tok)
    reach: set[str] | None = None
    for entry in entries:
        if entry.needs is None:
            return entry, None
        if named and entry.needs.startswith("+dobj"):
            continue  # "called Assad a liar": the object is named something, not the act's kind
        if not entry.needs.startswith("+"):
            # a word row whose words are nowhere below the trigger cannot match: a verb with
            # a word class's many rows ("send food", "send tents", ...) skips them cheaply
            reach = _reachable(tok) if reach is None else reach
            parts = entry.needs.split("&")  # "price&+aux=will|would": the words, not the labels
            words = [w for part in parts if not part.startswith("+") for w in part.split("+")]
            if not reach.issuperset(words):
                continue
        dep = _governs(tok, entry.needs)
        if dep is not None:
            return entry, dep
    return None


def _match_on_light_verb(
    noun: Token, light: Token | None, entries: tuple[Entry, ...]
) -> tuple[Entry, Token | None] | None:
    """A noun row that needs a preposition the parser hung on the noun's light verb instead
    ("China and Russia repeated their opposition to outside intervention": "to" on
    "repeated"), after the noun."""
    if light is None:
        return None
    for entry in entries:
        word = entry.needs
        if word is None or word.startswith("+") or "&" in word or "+" in word:
            continue
        for child in light.children:
            if child.dep_ == "prep" and child.lower_ == word and child.i > noun.i:
                return entry, child
    return None


def _small_clause_object(verb: Token) -> Token | None:
    """What a participle with no object or subject of its own ends a verb's small clause
    about: the verb's object ("ordered Gadhafi's assets frozen", which the parser splits into an
    object and a clause, or makes the participle the object's: "ordered all Libyan government
    assets frozen"). Not a participle on any other noun ("$30 billion in assets frozen by the
    United States will be released" tells the freeze in passing)."""
    if verb.tag_ != "VBN" or any(c.dep_ in _SUBJ_DEPS or c.dep_ == "dobj" for c in verb.children):
        return None
    if verb.dep_ == "acl" and verb.head.pos_ == "NOUN" and verb.head.dep_ == "dobj":
        if any(c.dep_ == "agent" for c in verb.children):
            return None  # "seized assets frozen by the Treasury": a description
        return verb.head
    if verb.dep_ in ("ccomp", "oprd", "xcomp") and verb.head.pos_ == "VERB":
        return next((c for c in verb.head.children if c.dep_ == "dobj" and c.i < verb.i), None)
    return None


_SUBJ_DEPS = frozenset({"nsubj", "nsubjpass", "csubj"})


def _reachable(tok: Token) -> set[str]:
    """The lemmas and forms of the words up to four steps below ``tok``: every word a row's
    "with" column can find (``_governs_one`` looks at most that deep: "bring those responsible
    to justice"), and what a participle is done to (``_small_clause_object``)."""
    words: set[str] = set()
    done_to = _small_clause_object(tok)
    if done_to is not None:
        words.update((lemma(done_to), done_to.lower_))
    frontier = [tok]
    for _ in range(4):
        frontier = [c for t in frontier for c in t.children]
        for c in frontier:
            words.add(lemma(c))
            words.add(c.lower_)
    return words


def _named_after(verb: Token) -> bool:
    """The direct object is followed by what it is called, the parser's "oprd" missed ("calling
    Hosni Mubarak a, quote, good friend")."""
    obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
    if obj is None or obj.right_edge.i != obj.i or obj.i + 1 >= len(verb.doc):
        return False  # "warned foreign powers of "another Vietnam"": the quote is the object's
    after = verb.doc[obj.i + 1]
    if after.lower_ in ("a", "an") and after.head.lemma_ in _TIME_UNITS:
        return False  # "visited Tripoli a year after taking office": a time, not a name
    return after.lower_ in ("a", "an") or after.is_quote


def _light_anchor(noun: Token, lex: Lexicon) -> Token | None:
    head = noun.head
    if (
        noun.dep_ in _OBJECT_DEPS
        and head.pos_ in ("VERB", "AUX")
        and lemma(head) in lex.light_verbs
    ):
        return head
    # "engaged in ethnic cleansing", "took part in protests": the verb behind the preposition
    if noun.dep_ == "pobj" and head.dep_ == "prep":
        verb = head.head
        if verb.pos_ == "VERB" and (lemma(verb), head.lower_) in lex.light_preps:
            return verb
    return None


# "as a result", "as a consequence": a link between clauses, no word that changes a verb's sense
# ("was released, as a result, on compassionate grounds" is no release of results)
_LINKS = frozenset({"result", "consequence"})


def _dependents(tok: Token) -> list[Token]:
    """A word's dependents, the objects of its prepositions ("stood by his decision", "fired
    into the air") and the noun a participle describes ("a statement released by"), where
    non_events.tsv looks for the word that changes its sense."""
    # "had seized the airport on Monday": a date is no word that changes the sense
    out = [c for c in tok.children if not _dating(c)]
    if tok.pos_ in ("VERB", "AUX"):  # a verb's "apposition" is the parser's, not the words'
        out = [c for c in out if c.dep_ != "appos"]  # ("offered help ...; evidence that ...")
    participle = (
        tok.dep_ == "acl"
        and tok.tag_ == "VBN"
        and not any(c.dep_ in ("nsubj", "mark") for c in tok.children)
    )  # not a clause of its own: "reports that the government has released prisoners"
    if participle or (tok.dep_ == "amod" and tok.tag_ == "VBG"):
        out.append(tok.head)  # "a statement released by her publicist", "rallying U.S. crude"
    out += [
        g
        for c in tok.children
        if c.dep_ == "prep" and c.lower_ not in _PLACE_PREPS
        for g in c.children
        if g.dep_ == "pobj" and not (c.lower_ == "as" and lemma(g) in _LINKS)
    ]
    # "killed dozens of foxes", "a number of birds": the counted noun under a quantity
    for c in tok.children:
        if c.dep_ == "dobj" and (c.like_num or lemma(c) in lexicon().cues["quantity"]):
            counted = of_object(c)
            out += [counted] if counted is not None else []
    return out


def _candidate(tok: Token, lex: Lexicon) -> Candidate | None:
    word = lemma(tok)
    if word == "be" and not any(
        c.dep_ == "expl"
        or (c.dep_ == "nsubj" and (lemma(c) in lex.cues["idiom_subject"] or crowd(c, lex)))
        for c in tok.children
    ):
        # "be" triggers only its idioms ("options are ...", "there will be ...") and a crowd
        # where it is ("protesters are still in Tahrir Square"): cheaply
        return None
    if any(
        (
            (word, lemma(c)) in lex.non_events
            and not _yield_refused(word, c)
            and not _means(word, c)
            and not _lives_lost(word, c)
        )
        or (word, f"+{c.dep_}") in lex.non_events
        for c in _dependents(tok)
    ):
        return None
    if (
        tok.dep_ in ("xcomp", "dobj", "acomp")
        and (word, f"^{lemma(tok.head)}") in lex.non_events
        and not any(c.dep_ == "dobj" for c in tok.children)
    ):
        # "is to blame", "poses no further threat", "feel sorry for": the governing word's
        # sense ("it was ok to blame Bush" still blames someone)
        return None
    if _natural_cause(tok, lex) or _forecast_of_act(tok, lex):
        return None
    # "the besieged city", "burned cars": a participle used as an adjective names a state
    adjectival = tok.dep_ == "amod" and (tok.sent.root.pos_ in ("VERB", "AUX") or _inside_np(tok))
    verbal = tok.pos_ == "VERB" and tok.dep_ not in _NOMINAL_DEPS and not adjectival
    # "all options are on the table", "there will be consequences": "be" as a clause's own
    # verb (the tagger's AUX), never as an auxiliary
    verbal = verbal or (tok.pos_ == "AUX" and word == "be" and tok.dep_ not in _AUX_DEPS)
    predicative = tok.pos_ == "ADJ" and _predicative(tok)
    if (verbal or predicative) and word in lex.verbs:
        pos = "V" if verbal else "A"
        found = _match(tok, tuple(e for e in lex.verbs[word] if e.pos == pos))
        if found:
            entry, dep = found
            extra = [dep] if dep is not None and dep.dep_ in ("prt", "dobj", "prep") else []
            if entry.object_is_party:
                extra = []  # "hosted Japanese Prime Minister Hashimoto": the guest is a party
            if word in IDIOM_VERBS and entry.type == "THREATEN":
                # an idiom's words: "options were on the table", "be consequences"
                if _idiom_aside(tok, lex):
                    return None
                extra = [c for c in tok.children if c.dep_ in ("nsubj", "attr", "prep")]
                extra += [g for c in extra if c.dep_ == "prep" for g in c.children]
            if entry.type == "PROTEST" and entry.needs in _PUBLIC and not _people_fill(tok, lex):
                return None  # "rotting corpses beginning to fill the streets"
            if entry.type == "PROTEST" and _crowd_does(entry):
                subject = next((c for c in tok.children if c.dep_ == "nsubj"), None)
                if subject is not None and subject.tag_ == "NN":
                    return None  # "a young protester held a sign": one person, no crowd
            if entry.type == "THREATEN" and entry.needs == "+dobj" and not _warned_party(dep):
                return None  # "rescue workers warning the final death toll could run into
                # thousands": a warning given to no party
            if entry.type == "CONSULT" and entry.needs == _SENT_REPRESENTATIVE:
                if any(infinitive(c) and lemma(c) in lex.trigger_lemmas for c in tok.children):
                    return None  # "sent a representative to investigate the killings": the
                    # errand is the act (the code review)
            if entry.type == "ASSAULT" and _attacked_for(tok, lex):
                entry = _ATTACKED_FOR  # "has attacked the network for its coverage of the war"
            if entry.type == "REQUEST" and _crowd_demand(tok, lex):
                entry = _PROTEST  # "demonstrators demanding his resignation": their protest
            elif _rioting(entry) and _crowd_acts(tok, lex) and _riot_target(tok, entry, lex):
                entry = _RIOT  # "protesters hurled rocks at police": a riot (manual s.PROTEST)
            return Candidate(tok, tok, entry, [tok, *extra], nominal=False)
    # a capitalised trigger noun is a name ("March", "Talk Back") unless it opens the sentence
    noun = tok.pos_ == "NOUN" or (tok.pos_ == "PROPN" and tok.is_sent_start and not tok.ent_type_)
    noun = noun or (tok.tag_ == "VBG" and tok.dep_ in _NOMINAL_DEPS)  # gerund: "ethnic cleansing"
    # a plural the tagger took for a verb ("NATO airstrikes" as VBZ) where a noun stands
    noun = noun or (tok.tag_ == "VBZ" and tok.dep_ in _NOMINAL_DEPS and word not in lex.verbs)
    # ... and an adjective it took for one where a noun stands ("launched a ground offensive")
    noun = noun or (tok.pos_ == "ADJ" and tok.dep_ in _OBJECT_DEPS and word in lex.nouns)
    if noun and (word in lex.nouns or tok.lower_ in lex.nouns):
        entries = lex.nouns.get(word) or lex.nouns[tok.lower_]
        light = _light_anchor(tok, lex)
        found = _match(tok, entries) or _match_on_light_verb(tok, light, entries)
        if found:
            entry, _ = found
            if entry.pos == "L" and light is None and not _owned(tok) and not readied(tok):
                return Candidate(tok, tok, entry, [tok], nominal=True, standalone=False)
            anchor = light or tok
            return Candidate(
                tok, anchor, entry, [anchor, tok] if light else [tok], nominal=light is None
            )
    return None


def _crowd_does(entry: Entry) -> bool:
    """A row of what a crowd does with something ("protesters held signs", "+nsubj=@crowd&+dobj=
    sign|..."; "stood their ground")."""
    needs = entry.needs or ""
    return needs.startswith("+nsubj=") and "&" in needs


def _idiom_aside(verb: Token, lex: Lexicon) -> bool:
    """A threat idiom said of a purpose, a field or a thing, not to a party: "all options were
    on the table to cut the deficit", "nothing is off the table in the budget negotiations",
    "there will be consequences for inflation" (not "for Syria", "with respect to Libya")."""
    if any(
        c.dep_ in ("advcl", "xcomp")
        and any(g.dep_ == "aux" and g.lower_ == "to" for g in c.children)
        for c in verb.children
    ):
        return True
    for subj in (c for c in verb.children if c.dep_ == "nsubj" and lemma(c) == "option"):
        # options of a field ("further easing options", "policy options"), not "all
        # options", "military options"
        if any(
            c.dep_ in ("compound", "amod") and lemma(c) not in lex.cues["threat_option"]
            for c in subj.children
        ):
            return True
    words = [verb, *(c for c in verb.children if c.dep_ in ("attr", "prep"))]
    words += [g for c in verb.children if c.dep_ == "prep" for g in c.children if g.dep_ == "pobj"]
    for prep in (c for w in words for c in w.children if c.dep_ == "prep"):
        objects = [g for g in prep.children if g.dep_ in ("pobj", "pcomp")]
        if prep.lower_ == "for" and any(not _named(g) for g in objects):
            return True  # "consequences for inflation"
        if prep.lower_ == "in" and any(
            g.dep_ == "pcomp" or lemma(g) in lex.nouns or lemma(g) in lex.cues["field"]
            for g in objects
        ):
            return True  # "in fighting deflation", "in the talks" (not "in the billions")
    return False


def _lives_lost(verb: str, noun: Token) -> bool:
    """A loss of life or lives regretted ("NATO regrets the loss of innocent civilian lives"):
    the regretter's concession after its strike (CAMEO 055; the GSR-style coders), not the
    condolence of "regretted the loss of a great friend" nor "the loss of market share"."""
    counted = of_object(noun) if verb == "regret" and lemma(noun) == "loss" else None
    return counted is not None and lemma(counted) in ("life", "live")


def _means(verb: str, noun: Token) -> bool:
    """What a crowd is dispersed with or amid ("dispersed the protesters with a cloud of
    tear gas"): only what is dispersed itself is oil or a plume ("dispersed the oil")."""
    return verb == "disperse" and noun.dep_ not in ("dobj", "nsubj", "nsubjpass")


def _yield_refused(verb: str, noun: Token) -> bool:
    """A suggestion or claim rejected whose clause is the rejecter's yielding ahead ("rejected
    any suggestion that he will give up power", "rejected suggestions that he was about to
    leave the country"): a refusal (CAMEO 12), not the denial of an accusation ("rejected
    suggestions that the administration had been slow", CAMEO 016)."""
    if verb not in ("reject", "dismiss"):
        return False  # "denied reports that it would expel the diplomats" denies a report
    for clause in (c for c in noun.children if c.dep_ in ("acl", "ccomp", "relcl")):
        ahead = any(
            c.lower_ in ("will", "would", "'ll") for c in clause.children if c.dep_ == "aux"
        )
        about = any(
            c.lower_ == "about" and any(g.dep_ == "xcomp" for g in c.children)
            for c in clause.children
        )  # "was about to leave"
        if (ahead or about) and _yields(clause, noun):
            return True
    return False


def _yields(clause: Token, noun: Token) -> bool:
    """The clause tells the rejecter itself yielding ("that he will give up power", "that
    he was about to leave the country"), not a forecast ("that the economy would slip") nor
    another plan ("that it would raise rates", "that he would call an early election")."""
    subj = subject_of(clause)
    rejecter = next((c for c in noun.head.children if c.dep_ == "nsubj"), None)
    same = subj is not None and (
        subj.lower_ in PERSONAL
        or subj.lower_ == "it"
        or (rejecter is not None and lemma(subj) == lemma(rejecter))
    )
    if not same:
        return False
    verbs = [clause] + [
        g for c in clause.children if c.lower_ == "about" for g in c.children if g.dep_ == "xcomp"
    ]
    yielding = lexicon().cues["yielding"]
    for v in verbs:
        word = lemma(v)
        particle = yielding.get(word)
        if particle == "-":
            obj = next((c for c in v.children if c.dep_ == "dobj"), None)
            if (
                word != "leave"
                or obj is None
                or obj.ent_type_ == "GPE"
                or lemma(obj) in ("country", "power", "office", "post", "capital", "presidency")
            ):
                return True
        elif particle is not None and any(
            c.dep_ in ("prt", "prep", "advmod") and c.lower_ == particle for c in v.children
        ):
            return True
    return False


def _attacked_for(verb: Token, lex: Lexicon) -> bool:
    """A party attacked for what it did or said ("attacked the network for its coverage of the
    Iraq war", "attacked Obama for his handling of the spill"): criticism (CAMEO 111; cues.tsv
    `conduct`, `deed`), not an assault ("attacked the base for three hours")."""
    if lemma(verb) != "attack":
        return False
    done = [
        g
        for c in verb.children
        if c.dep_ == "prep" and c.lower_ == "for"
        for g in c.children
        if g.dep_ in ("pobj", "pcomp")
    ]
    return any(
        lemma(g) in lex.cues["conduct"] or lemma(g) in lex.cues["deed"] or g.tag_ == "VBG"
        for g in done
    )


def _crowd_demand(verb: Token, lex: Lexicon) -> bool:
    """A crowd's demand is the topic of its protest, which the PLOVER manual codes as the
    PROTEST alone (s.PROTEST): a participle on a crowd noun ("protesters demanding reforms",
    "thousands of demonstrators demanding"), a crowd's own demand ("protesters are calling for
    Mubarak to leave", "the tens of thousands in Cairo demanded his ouster"), and the demand a
    crowd's move or protest is made for ("gathered in Times Square, demanding he resign",
    "took to the streets to call for his departure")."""
    if verb.dep_ == "acl" and verb.tag_ == "VBG" and crowd(verb.head, lex):
        return True
    if lemma(verb) not in _DEMAND:
        return False  # "protesters are begging us for help" is no protest
    if _crowd_subject(verb, lex, counts=True, protest=True):
        return True
    head = verb
    for _ in range(3):  # "carried red cards, employing a soccer symbol to demand"
        head = _subject_lender(head)
        if head is None:
            return False
        if _crowd_subject(head, lex, counts=True) or _protest_verb(head, lex):
            return True
        if lemma(head) in lex.cues["gather"] and _people_subject(head, lex) and _seat(head, lex):
            return True  # "residents gathered outside the town hall to demand clean water"
    return False


def _seat(verb: Token, lex: Lexicon) -> bool:
    """The verb's place is a seat of power or a public place ("gathered outside the town hall",
    "massed in the square")."""
    return any(
        lemma(g) in lex.cues["seat"]
        or (g.head.i == c.i and g.ent_type_ in ("GPE", "FAC", "LOC"))  # "in Suez", not
        # "outside the hospital in Cairo"
        for c in verb.children
        if c.dep_ == "prep"
        for g in c.subtree
        if g.dep_ == "pobj"
    )


def _people_subject(verb: Token, lex: Lexicon) -> bool:
    """The verb's subject is people as such ("people", "residents", "workers")."""
    return any(c.dep_ == "nsubj" and lemma(c) in lex.cues["person"] for c in verb.children)


def _subject_lender(verb: Token) -> Token | None:
    """The verb whose subject a subjectless clause under it shares ("demonstrators torched and
    ransacked", "began throwing stones", "gathered in Times Square, demanding"); None when the
    clause has a subject of its own ("as security forces stormed the mosque, protesters ...")."""
    head = verb.head
    if (
        verb.dep_ in ("advcl", "xcomp", "conj")
        and head.pos_ == "VERB"
        and not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)
    ):
        return head
    return None


def _predicative(adj: Token) -> bool:
    """An adjective said of a subject: "remained defiant", "was critical of", one the parser
    made a clause's head ("Washington is frustrated" under "said"), or one coordinated with
    such ("frustrated and angry")."""
    if adj.dep_ == "conj" and adj.head.pos_ == "ADJ":
        adj = adj.head
    if adj.dep_ in _PREDICATIVE_DEPS:
        return True
    return any(c.dep_ in ("auxpass", "cop") and c.lemma_ == "be" for c in adj.children) and any(
        c.dep_ in ("nsubj", "nsubjpass") for c in adj.children
    )


def _rioting(entry: Entry) -> bool:
    """An act a crowd does as a riot: stones and rocks thrown, property burned, ransacked,
    looted, stormed or occupied (CAMEO 171, 192, 1712; ASSAULT `primitive`). A clash with
    security forces stays a fight, a seizure of weapons a seizure."""
    if entry.lemma == "attack" and entry.type == "ASSAULT" and not entry.mode:
        return True  # "protesters attacked Israel's embassy": the GSR-style coders' riot
    return (entry.mode == "primitive" and entry.cameo != "1823") or entry.cameo in (
        "171",
        "192",
        "1712",
    )  # a killing is an assault whoever does it ("hacked a policeman to death")


def _riot_target(verb: Token, entry: Entry, lex: Lexicon) -> bool:
    """What a crowd attacks in a riot: property ("protesters attacked Israel's embassy", "the
    U.S. Embassy was attacked by an organized mob"), not people ("a mob attacked two men") nor a
    policy ("attacked the president for his handling of the economy"). Other riot rows (stones
    thrown, buildings burned) say it themselves."""
    if entry.lemma != "attack":
        return True
    if any(c.dep_ == "prep" and c.lower_ == "for" for c in verb.children):
        return False
    targets = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
    return bool(targets) and all(lemma(t) in lex.cues["premises"] for t in targets)


def _people_fill(verb: Token, lex: Lexicon) -> bool:
    """Those who fill, pack or pour into the streets are people: a crowd, a count of people,
    a people ("thousands of Egyptians packed Tahrir Square") or people as such ("took to the
    streets" with its subject left out)."""
    doer = verb
    while doer.dep_ == "xcomp" and not any(c.dep_ == "nsubj" for c in doer.children):
        doer = doer.head  # "corpses beginning to fill the streets"
    # a clause as subject is no crowd ("Rotting garbage and sewage filled the streets")
    # "protesters who poured into the streets"
    subjects = [_relative_antecedent(c) for c in doer.children if c.dep_ in ("nsubj", "csubj")]
    return not subjects or any(
        crowd(subject, lex)
        or lemma(subject) in lex.cues["quantity"]  # "thousands of students hit the streets"
        or lemma(subject) in lex.cues["person"]
        or subject.ent_type_ in ("NORP", "ORG", "PERSON")
        or subject.lower_ in ("they", "we")
        for subject in subjects  # "ET) Protesters in Iraq took to the streets"
    )


def _crowd_acts(verb: Token, lex: Lexicon) -> bool:
    """A crowd that attacks, burns or storms: a violent riot, PROTEST `riot` (manual s.PROTEST:
    "continuous and violent action ... to cause physical injury and/or property damage";
    CAMEO 145), not ASSAULT ("protesters hurled rocks at police", "demonstrators torched the
    party headquarters")."""
    if _crowd_subject(verb, lex, counts=True) or _rioters(verb, lex):
        return True  # "Hundreds of angry young people rampaged ... throwing rocks at police"
    # "the embassy was attacked by an organized mob"
    if any(crowd(g, lex) for g in agents(verb)):
        return True
    head = _subject_lender(verb)
    return head is not None and (_crowd_subject(head, lex, counts=True) or _rioters(head, lex))


def _rioters(verb: Token, lex: Lexicon) -> bool:
    """The verb's subject is a party's supporters, activists, a mob or youths ("Assad supporters
    threw stones at the embassy", "Activists earlier attacked Syrian embassies": cues.tsv
    `crowdlike`), who riot as a crowd does."""
    return any(
        c.dep_ == "nsubj" and lemma(_relative_antecedent(c)) in lex.cues["crowdlike"]
        for c in verb.children
    )


def _crowd_subject(verb: Token, lex: Lexicon, counts: bool, protest: bool = False) -> bool:
    """The verb's active subject is a crowd ("protesters", "thousands of demonstrators"), or,
    with ``counts``, a bare count of people ("thousands demanded", "the tens of thousands"),
    or, with ``protest``, a protest ("a silent protest by 150 people demanded the release")."""
    for c in verb.children:
        if c.dep_ != "nsubj":
            continue
        c = _relative_antecedent(c)  # "protesters who threw stones"
        if crowd(c, lex):
            return True
        if protest and _demonstration(c, lex):
            return True
        if counts and not c.ent_type_ == "ORG" and _headcount(c, lex):
            return True
    return False


def crowd_joins(noun: Token) -> bool:
    """A protest that a crowd or a count of people gathers in, joins or turns up for ("in
    neighboring Egypt, about a thousand people showed up for a pro-women demonstration"; the
    GSR-style coders code the crowd's protest)."""
    lex = lexicon()
    if noun.dep_ != "pobj" or noun.head.lower_ not in ("in", "for", "at", "to"):
        return False
    verb = noun.head.head
    if verb.pos_ != "VERB" or verb.dep_ in ("relcl", "acl", "advcl"):
        return False
    # a verb of gathering or of turning up ("died in the demonstrations" is a toll, "spoke at
    # a rally" a speech)
    if lemma(verb) not in lex.cues["gather"] and lemma(verb) not in _TURN_OUT:
        return False
    # ... somewhere named in the clause ("in neighboring Egypt"): not "people gathered in a
    # rally of support for the team"
    if not any(t.ent_type_ in ("GPE", "LOC", "FAC") for t in verb.subtree):
        return False
    if _crowd_subject(verb, lex, counts=True) or _people_subject(verb, lex):
        return True
    return any(c.dep_ == "nsubj" and lemma(c) in ("crowd", "throng") for c in verb.children)


_TURN_OUT = frozenset({"show", "turn", "attend", "join", "come", "march", "rally"})


def _headcount(noun: Token, lex: Lexicon) -> bool:
    """A count of people with nothing counted ("thousands", "the tens of thousands in Cairo",
    "large numbers")."""
    quantity = lex.cues["quantity"]
    if lemma(noun) == "ten" and of_object(noun) is not None:
        noun = of_object(noun)  # "tens of thousands"
    if lemma(noun) not in quantity or noun.tag_ != "NNS":
        return False
    counted = of_object(noun)
    return (
        counted is None
        or lemma(counted) in quantity
        or lemma(counted) in lex.cues["person"]
        or counted.ent_type_ == "NORP"  # "thousands of Egyptians"
    )


def calls_protest(verb: Token, lex: Lexicon) -> bool:
    """A call for a protest ("the Brotherhood called for protests after Friday prayers",
    "called on its supporters to join protests", "urged followers to demonstrate"): the GSR-style
    coders code the protest called for, which is planned."""
    for c in verb.children:
        if c.dep_ == "prep" and c.lower_ == "for":
            if any(_protest_word(g, lex) for g in c.children if g.dep_ == "pobj"):
                return True
        if c.dep_ in ("dobj", "xcomp", "ccomp") and _protest_word(c, lex):
            return True
        if (
            c.dep_ in ("advcl", "ccomp")
            and any(g.dep_ == "mark" and g.lower_ == "for" for g in c.children)
            and _protest_word(c, lex)
        ):  # "called for its followers to demonstrate"
            return True
        if c.dep_ == "xcomp" and any(
            g.dep_ == "dobj" and _protest_word(g, lex) for g in c.children
        ):  # "called on supporters to join protests"
            return True
    return False


def _protest_word(tok: Token, lex: Lexicon) -> bool:
    """A protest noun ("protests", "a rally") or verb ("to demonstrate", "to march")."""
    if tok.pos_ == "VERB":
        return _protest_verb(tok, lex)
    entry = _noun_entry(tok, lex)
    return entry is not None and entry.type == "PROTEST"  # not "air strikes"


def _demonstration(noun: Token, lex: Lexicon) -> bool:
    """A demonstration as such (CAMEO 141: "protest", "rally", "march"), whose demand is
    its own; a strike or a hunger strike (143, 142) keeps its code apart."""
    if noun.lower_.endswith("ing"):
        return False
    entry = _noun_entry(noun, lex)
    return entry is not None and entry.type == "PROTEST" and entry.cameo == "141"


def _noun_entry(noun: Token, lex: Lexicon) -> Entry | None:
    """The event-noun row a noun matches, None for a word that is no noun or no event."""
    found = _match(noun, lex.nouns.get(lemma(noun), ())) if noun.pos_ == "NOUN" else None
    return None if found is None else found[0]


def _protest_verb(verb: Token, lex: Lexicon) -> bool:
    """The verb is one of PROTEST's own ("rallied", "took to the streets")."""
    found = _match(verb, tuple(e for e in lex.verbs.get(lemma(verb), ()) if e.pos == "V"))
    return found is not None and found[0].type == "PROTEST"


def crowd(noun: Token, lex: Lexicon) -> bool:
    """A noun for people protesting, or a count of them ("protesters", "thousands of
    demonstrators"; cues.tsv `crowd`, `quantity`)."""
    counted = of_object(noun) if lemma(noun) in lex.cues["quantity"] else None
    noun = counted if counted is not None else noun
    word = lemma(noun)
    if noun.tag_ in ("NNPS", "NNP") and word.endswith("s"):
        # "ET) Protesters in Iraq", "SUDAN - Protesters are demanding": the tagger's proper
        # noun keeps its plural "s"
        word = word[:-1]
    return word in lex.cues["crowd"]


def witnessed(noun: Token) -> bool:
    """An act named as what witnesses report ("refugees report relentless attacks")."""
    return noun.dep_ == "dobj" and lemma(noun.head) in lexicon().cues["witness"]


def _inside_np(tok: Token) -> bool:
    """A participle after its noun's determiner or possessor ("his alleged role"), unlike a
    main verb the parser took for a modifier ("the capital fought forces loyal to ...")."""
    noun = tok.head
    return tok.i < noun.i and any(
        c.dep_ in ("det", "poss", "nummod") and c.i < tok.i for c in noun.children
    )


def _forecast_of_act(tok: Token, lex: Lexicon) -> bool:
    """ "The fighting threatened to descend into civil war": an act that threatens is a
    forecast, not a party's threat (PLOVER THREATEN needs a party that threatens)."""
    if not any(e.type == "THREATEN" for e in lex.verbs.get(lemma(tok), ())):
        return False
    return any(c.dep_ == "nsubj" and _violence(c, lex) for c in tok.children)


def _violence(noun: Token, lex: Lexicon) -> bool:
    """A noun naming violence or unrest ("the fighting", "clashes"), not a party ("the
    opposition" is also a REJECT noun)."""
    entries = lex.nouns.get(lemma(noun)) or lex.nouns.get(noun.lower_) or ()
    return any(e.type in _VIOLENCE for e in entries)


def _natural_cause(tok: Token, lex: Lexicon) -> bool:
    """ "Killed in the earthquake", "died in floods": harm by a natural cause, as "the
    earthquake killed" is (non_events.tsv); the causes are cues.tsv's "cause" rows."""
    causes = lex.cues["cause"]
    doer = tok  # "winter weather began marching", "the storm, after sweeping ... and pummelling"
    for _ in range(3):
        if any(c.dep_ in ("nsubj", "nsubjpass") for c in doer.children) or doer.head.i == doer.i:
            break
        if doer.dep_ not in ("xcomp", "advcl", "conj", "pcomp"):
            break
        doer = doer.head.head if doer.dep_ == "pcomp" else spoken_aside(doer) or doer.head
    if any(c.dep_ == "nsubj" and _cause(_relative_antecedent(c), causes) for c in doer.children):
        return True  # "the flu outbreak threatens the recovery", "the outbreak, which has killed"
    if tok.pos_ == "NOUN" and _named_cause(tok, causes):
        return True  # "tornado strikes in the South"
    if not _harm_word(tok, lex):
        return False  # "in this outbreak, the health minister has called for a halt": a setting
    return any(
        g.dep_ == "pobj" and lemma(g) in causes
        for c in tok.children
        if c.dep_ in ("prep", "agent") and c.lower_ in ("in", "by", "against", "during")
        for g in c.children
    )


def _harm_word(tok: Token, lex: Lexicon) -> bool:
    """A word that can tell harm done, what a natural cause does too ("killed in the
    earthquake", "homes destroyed by the floods"), as a request or a meeting cannot."""
    word = lemma(tok)
    entries = (lex.verbs.get(word) or ()) + (lex.nouns.get(word) or ())
    return any(e.type in _VIOLENCE for e in entries)


def _cause(tok: Token, causes: dict[str, str]) -> bool:
    """A cause word, or a named one ("Tropical Storm Irene", "Hurricane Katrina"); not a
    party a cause word describes ("the spill commission called for", "earthquake victims
    protested")."""
    return lemma(tok) in causes or (tok.pos_ == "PROPN" and _named_cause(tok, causes))


def _named_cause(tok: Token, causes: dict[str, str]) -> bool:
    """A word a cause names ("Storm Irene", "tornado strikes")."""
    return any(c.dep_ == "compound" and lemma(c) in causes for c in tok.children)


def _relative_antecedent(tok: Token) -> Token:
    """The noun a relative pronoun stands for ("the outbreak, which has killed"), else itself."""
    clause = tok.head
    if tok.tag_ in ("WDT", "WP") and clause.dep_ == "relcl" and clause.head.i != clause.i:
        return clause.head
    return tok


def readied(noun: Token) -> Token | None:
    """The readiness word a noun is the object of ("ready for a cease-fire", "prepared for
    talks"): the act it announces, as "ready to hold talks" does with an infinitive."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.lower_ not in ("for", "to") or prep.head.i == prep.i:
        return None
    word, intent = prep.head, lexicon().cues["intent"]
    if lemma(word) in intent and word.pos_ == "ADJ":
        return word  # "ready for", "willing to"
    return word if word.lower_ in intent and word.tag_ == "VBN" else None  # "prepared for"


def _owned(noun: Token) -> bool:
    """A named possessor makes a noun such as "demand" an act of its own ("the rebels'
    demands that ...", "Syria's call for calm"), as a governing verb otherwise would."""
    return any(c.dep_ == "poss" and c.pos_ in ("PROPN", "NOUN") for c in noun.children)


def names_party(noun: Token, meeting: bool = False) -> bool:
    """A noun whose own words name someone ("Pelosi's meeting", "the Luton protest", "the
    assassination of Rafik al-Hariri"): an act a coder codes even when the actors stage
    could not say who that someone is. A meeting also names whom it is with ("a meeting with
    France's President")."""
    preps = _MEETING_PREPS if meeting else _PARTY_PREPS
    if _against_ruler(noun) or _named_owner(noun):
        return True  # "anti-government protests"; "Pelosi's meeting", a name the model missed
    for child in noun.children:
        if child.dep_ in ("poss", "compound", "amod") and child.ent_type_ in _PARTY_ENTITIES:
            return True
        if child.dep_ == "prep" and child.lower_ in preps:
            if any(g.dep_ == "pobj" and _named(g) for g in child.children):
                return True
    return False


def harm_told(cand: Candidate, named: bool = False) -> bool:
    """A violent act named with its party ("the killing of protesters", "a fierce assault
    by forces loyal to X") is a happening of its own wherever it is mentioned. ``named``: only
    a target the words name or own ("his opponents", not "attacks on two other women")."""
    # CAMEO 175, violent repression ("its crackdown on protesters"), is harm as much as assault
    harm = cand.entry.type == "ASSAULT" or cand.entry.cameo == "175"
    if not harm or cand.anchor.i != cand.trigger.i:
        return False
    if _named_before(cand.trigger):
        return True  # "backed the US-British invasion", "the NATO-led campaign"
    return any(
        c.dep_ == "prep"
        and c.lower_ in ("of", "by", "on", "against")
        and any(
            g.dep_ == "pobj"
            and party_like(g)
            and g.ent_type_ not in _WHEN  # "skirmishes on Monday"
            # a doer ("murders by paramilitaries") is named enough; a target must be named
            and (
                not named
                or c.lower_ == "by"
                or _named(g)
                or any(k.dep_ == "poss" for k in g.children)
            )
            for g in c.children
        )
        for c in cand.trigger.children
    )


def _named_before(noun: Token) -> bool:
    """A name among the noun's own modifiers ("the NATO-led military campaign", "the London
    bombings", "British army abuses")."""
    return any(
        t.ent_type_ in _PARTY_ENTITIES and t.head.i != noun.head.i
        for t in noun.doc[noun.left_edge.i : noun.i]
    )


def party_like(tok: Token) -> bool:
    """A word that can name a party: a name, a pronoun or a plural ("protesters")."""
    return tok.pos_ in ("PROPN", "PRON") or tok.ent_type_ in _PARTY_ENTITIES or tok.tag_ == "NNS"


def _against_ruler(noun: Token) -> bool:
    """ "An anti-government demonstration", "anti-Assad protests": the act's target is named."""
    rulers = lexicon().cues["ruler"]
    mods = [c for c in noun.children if c.dep_ in ("amod", "compound") and c.i < noun.i]
    for anti, dash, target in zip(mods, mods[1:], mods[2:], strict=False):
        if anti.lower_ == "anti" and dash.text == "-" and target.i == dash.i + 1:
            return target.ent_type_ in _PARTY_ENTITIES or target.lower_ in rulers
    return False


def _named(tok: Token, personal: bool = True) -> bool:
    """A name, or a noun a name qualifies ("Gaddafi's forces", "Syrian troops"), or, with
    ``personal``, a personal possessive ("protests against his rule")."""
    if tok.ent_type_ in _PARTY_ENTITIES:
        return True
    return any(
        (c.dep_ in ("poss", "compound", "amod") and c.ent_type_ in _PARTY_ENTITIES)
        or (personal and c.dep_ == "poss" and c.lower_ in _PERSONAL_POSS)
        for c in tok.children
    )


def _told_done(cand: Candidate, target: Candidate, lex: Lexicon) -> bool:
    """Whether the act told inside another is told as done: not one that is threatened,
    ruled out, asked for or feared ("warned against a possible Israeli strike", "ruled out a
    ground invasion", "called for more strikes")."""
    unreal = lex.cues["unreal"]
    if any(c.lower_ in unreal for c in cand.trigger.children):
        return False
    if _adjunct(cand.anchor, target.anchor, lex):
        return True  # "urging them ... despite the biggest offensive yet": a fact beside it
    undone = target.entry.type in _UNDONE or lemma(target.anchor) in unreal
    return not (undone or lemma(target.anchor) in lex.cues["intent"])


def _adjunct(tok: Token, governor: Token, lex: Lexicon) -> bool:
    """``tok`` hangs from ``governor`` through a scene-setting preposition, not as its object."""
    while tok.i != governor.i and tok.head.i != tok.i:
        if tok.dep_ in ("pobj", "pcomp") and tok.head.lower_ in lex.scene_preps:
            return True
        tok = tok.head
    return False


def _charged(cand: Candidate, target: Candidate) -> bool:
    """The violent or coercive act an accusation names in a gerund ("slammed Iran for
    arresting opposition figures", "charged with killing 148 people") happened, as the
    accuser tells it: it is told apart from the accusation."""
    verb = cand.anchor
    if cand.entry.type not in ("ASSAULT", "COERCE") or target.entry.type != "ACCUSE":
        return False
    if verb.dep_ == "ccomp" and verb.head.i == target.anchor.i and not target.nominal:
        # "charged that rebels are detaining civilians": the charge names its doer, and whom
        # it was done to ("complaining that Obama targets his tax breaks" names no victim)
        obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
        victim = obj is None or (
            party_like(obj) and not any(c.dep_ == "poss" and c.pos_ == "PRON" for c in obj.children)
        )
        return victim and any(c.dep_ in ("nsubj", "nsubjpass") and _named(c) for c in verb.children)
    return verb.dep_ == "pcomp" and verb.head.lower_ in ("for", "of", "with")


def _decided(cand: Candidate, lex: Lexicon) -> bool:
    """ "Criticised France's decision to airlift weapons": a named party's decided act, told
    in the infinitive on its decision, happened whatever the governing act says of it."""
    verb = cand.anchor
    if verb.dep_ != "acl" or not infinitive(verb):
        return False
    noun = verb.head
    # a state's or a body's decision; a person's may be private ("the golfer's decision")
    return lemma(noun) in lex.cues["decision"] and any(
        c.dep_ == "poss" and c.ent_type_ in _BODY_ENTITIES for c in noun.children
    )


def _meeting_setting(cand: Candidate) -> bool:
    """A named body's meeting that sets the scene of an act ("in a closed-door Security
    Council meeting, Russia criticised ..."): the meeting is a happening of its own."""
    noun = cand.trigger
    if cand.entry.type != "CONSULT" or noun.dep_ != "pobj" or not names_party(noun):
        return False
    return noun.head.lower_ in _SETTING_PREPS


def _party_owned(noun: Token) -> bool:
    """A named owner or a pronoun standing for one ("Syria's crackdown", "their veto")."""
    return _named_owner(noun) or any(c.dep_ == "poss" and c.pos_ == "PRON" for c in noun.children)


def _named_owner(noun: Token) -> bool:
    return any(
        c.dep_ == "poss" and c.pos_ == "PROPN" and c.ent_type_ not in _WHEN for c in noun.children
    )


def _demand_candidate(tok: Token, lex: Lexicon) -> Candidate | None:
    """'X said Y must do Z' is a demand by X on Y (PLOVER REQUEST; CAMEO 10), and so is "X
    wants Y to do Z" of a named Y ("the White House wants BP to pay")."""
    if tok.lemma_ == "want" and not asked(tok):
        wished = lex.cues["wish"]  # "Republicans want Obama to succeed": a hope
        if any(
            c.dep_ == "ccomp" and infinitive(c) and _named_subject(c) and lemma(c) not in wished
            for c in tok.children
        ):
            return Candidate(tok, tok, _REQUEST, [tok], nominal=False)
    if tok.lemma_ not in lex.cues["report"]:
        return None
    for child in tok.children:
        if child.dep_ != "ccomp":
            continue
        if (
            _modal_demand(child)
            or _obliged(child)
            or _time_for(child)
            or _mandative(tok, child, lex)
        ):
            if _demanded_of(child):
                return Candidate(tok, tok, _REQUEST, [tok], nominal=False)
    return None


def _mandative(verb: Token, clause: Token, lex: Lexicon) -> bool:
    """ "The NTC insists Gaddafi step down": a clause in the bare subjunctive (a base form with
    its own subject and no auxiliary) under a verb of insisting is a demand (cues.tsv
    `mandative`); "insists Gaddafi is ill" is a claim."""
    if lemma(verb) not in lex.cues["mandative"] or clause.tag_ != "VB":
        return False
    subject = next((c for c in clause.children if c.dep_ == "nsubj"), None)
    return subject is not None and not any(c.dep_ in ("aux", "auxpass") for c in clause.children)


def under_verb(noun: Token) -> Token | None:
    """The verb whose subject undergoes the act an "under" phrase names ("the convoy came under
    fire", "Misrata is under heavy shelling"; cues.tsv `under`, `under_act`)."""
    cues = lexicon().cues
    if noun.dep_ != "pobj" or noun.head.lower_ != "under" or lemma(noun) not in cues["under_act"]:
        return None
    verb = noun.head.head
    if verb.pos_ not in ("VERB", "AUX") or lemma(verb) not in cues["under"]:
        return None
    return verb


def _under_candidate(tok: Token, lex: Lexicon) -> Candidate | None:
    """ "Rebels came under heavy fire from Gaddafi's forces" is an attack on the rebels; "the
    EPA has come under attack in Congress for allowing BP to spray" is criticism of the EPA,
    told by a reason ("for" not a span of time, "over" not a place, "as", "amid accusations",
    "under fire to push BP") or a critic ("from rivals", "in Congress", "political fire"),
    with no armed party ("from pro-Gaddafi forces", "armed groups", "artillery fire"); and so
    is "his advisor is under fire", a person or a body under fire from no one named (cues.tsv
    `critics`, `armed`, `answerable`)."""
    verb = under_verb(tok) if tok.pos_ == "NOUN" else None
    if verb is None:
        return None
    cues = lex.cues
    preps = [p for x in (verb, tok) for p in x.children if p.dep_ in ("prep", "agent")]
    preps += [c for p in preps for c in p.conjuncts if c.dep_ == "conj"]  # "in Congress and from"
    named = [g for p in preps if p.lower_ in _UNDER_PARTY for g in p.children if g.dep_ == "pobj"]
    modifiers = [c for c in tok.children if c.dep_ in ("amod", "compound")]
    if any(_armed(g, lex) or any(lemma(m) == "armed" for m in g.children) for g in named) or any(
        _armed(m, lex) for m in modifiers
    ):
        criticism = False  # "came under fire from Syrian forces", "under heavy artillery fire"
    else:
        criticism = (
            any(_reason(p) for p in preps)
            or any(c.dep_ in _CLAUSES and infinitive(c) for x in (verb, tok) for c in x.children)
            or any(
                lemma(g) in cues["critics"] or g.lower_ in cues["critics"]
                for g in named + modifiers
            )
            or (not named and _answerable(verb, lex))
        )
    word = lemma(tok)
    row = "criticism" if criticism or word == "criticism" else cues["under_act"][word]
    row = word if row == "-" else row
    entry = next(e for e in lex.nouns[row] if e.needs is None)
    return Candidate(tok, verb, entry, [verb, tok.head, tok], nominal=False)


def _reason(prep: Token) -> bool:
    """A reason for criticism: "for allowing BP to spray", "for his remarks" (not "for weeks"),
    "over his handling" (not "over Maarat"), "as unduly bureaucratic", "amid accusations"."""
    objs = [g for g in prep.children if g.dep_ in ("pobj", "pcomp")]
    if prep.lower_ == "as":
        return True
    if prep.lower_ == "for":
        return any(g.ent_type_ not in _SPANS and lemma(g) not in _SPAN_WORDS for g in objs)
    if prep.lower_ == "over":
        return any(g.pos_ != "PROPN" and g.ent_type_ not in _PLACES for g in objs)
    if prep.lower_ == "amid":
        return any(lemma(g) in lexicon().cues["critics"] for g in objs)
    return False


def _answerable(verb: Token, lex: Lexicon) -> bool:
    """The subject is a person or body answerable for its conduct ("his advisor is under
    fire", "Hayward has been under fire"; cues.tsv `answerable`)."""
    subject = subject_of(verb)
    if subject is None:
        return False
    person = subject.ent_type_ == "PERSON" and subject.tag_ == "NNP"  # not "Africans"
    return person or lemma(subject) in lex.cues["answerable"]


_UNDER_PARTY = frozenset({"from", "by", "in", "at"})
_PLACES = frozenset({"GPE", "LOC", "FAC"})
_SPANS = frozenset({"DATE", "TIME"})
_SPAN_WORDS = frozenset("day week fortnight month year decade hour minute century time".split())
_CLAUSES = frozenset({"xcomp", "advcl", "acl"})


def _control_candidate(tok: Token, lex: Lexicon) -> Candidate | None:
    """Control taken, gained, wrested, regained or seized of a place ("took complete control of
    Wazin", "had wrested control of a key building in Misrata", "gained control of the oil
    export terminal"): capturing a place in fighting, ASSAULT 190 as the capture rows code it
    (triggers.tsv "take control+town"). The place is named (a town, site or region the entity
    tagger marks) or held in fighting (classes.tsv `held`); not "took control of the crisis",
    "gained control of the company", "took control of the House"."""
    if lemma(tok) not in lex.cues["take_control"]:
        return None
    if tok.dep_ == "acl" and infinitive(tok):
        return None  # "a campaign to regain control of a city": an aim, not a capture
    control = next((c for c in tok.children if c.dep_ == "dobj" and lemma(c) == "control"), None)
    if control is None:
        return None
    over = next((c for c in control.children if c.dep_ == "prep" and c.lower_ == "over"), None)
    place = of_object(control) or next(
        (g for g in (over.children if over else ()) if g.dep_ == "pobj"), None
    )
    if place is None:
        return None
    if place.ent_type_ not in ("GPE", "LOC", "FAC") and lemma(place) not in word_classes()["held"]:
        return None
    if any(c.dep_ == "prep" and c.lower_ == "from" for w in (tok, control) for c in w.children):
        return None  # "took control of Basra province from the British": a handover
    subject = next((c for c in tok.children if c.dep_ == "nsubj"), None)
    if subject is not None and not (
        _armed_subject(tok, lex)
        or subject.lower_ in PERSONAL
        or subject.ent_type_ in ("NORP", "GPE", "ORG", "PERSON")
    ):
        return None  # "customs officials took control of the border crossing"
    return Candidate(tok, tok, _CONTROL_TAKEN, [tok, control], nominal=False)


def _gathering_candidate(tok: Token, lex: Lexicon) -> Candidate | None:
    """A crowd or a count of people gathering at a public place or a named one ("More than
    3,500 gathered in the capital Sanaa", "Supporters gathered outside the White House", "tens of
    thousands of people gathered in Umayyad Square for a weekly show of support"): the GSR-style
    coders code the gathering a protest (CAMEO 141), as they do a crowd's ("protesters
    gathered", triggers.tsv). Not a gathering to mourn, pray, watch or wait (cues.tsv
    `gathering_aside`: "gathered at a Tripoli cemetery to bury the victims"), nor one a
    participle describes ("people gathered in the square were posing for pictures")."""
    if lex.cues["gather"].get(lemma(tok)) != "assembly" or tok.dep_ in ("acl", "amod", "relcl"):
        return None  # not "more than 100,000 people have poured into Tunisia"
    if _gathered_aside(tok, lex):
        return None
    if _armed_subject(tok, lex):
        # forces or fighters gathering somewhere ("forces from rebel-held towns were gathering
        # in Nalut, ready for the attack"; "soldiers gathered at the base to mourn" is aside)
        if any(c.dep_ == "prep" and c.lower_ in _GATHERING_PREPS for c in tok.children):
            return Candidate(tok, tok, _FORCES_GATHER, [tok], nominal=False)
        return None
    if not (_crowd_subject(tok, lex, counts=True) or _gathered_people(tok, lex)):
        return None
    if not _gathering_place(tok, lex):
        return None
    return Candidate(tok, tok, _PROTEST, [tok], nominal=False)


def _gathered_aside(verb: Token, lex: Lexicon) -> bool:
    """What the gathering is for, or who gathers, is no protest (cues.tsv `gathering_aside`):
    "gathered on Saturday by the cathedral for the funeral of ...", "gathered to discuss the
    plan", "thousands of mourners gathered". A clause with a subject of its own tells something
    else ("gathered in Tahrir Square while police watched")."""
    aside = lex.cues["gathering_aside"]
    own = {
        t.i
        for c in verb.children
        if c.dep_ in ("advcl", "conj", "ccomp", "parataxis") and has_subject(c)
        for t in c.subtree
    }
    told = [t for t in verb.subtree if t.i > verb.i and t.i not in own]
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    told += [of_object(c) or c for c in subjects]
    return any(lemma(t) in aside for t in told)


def _armed_subject(verb: Token, lex: Lexicon) -> bool:
    """The verb's subject is forces or fighters."""
    return any(c.dep_ == "nsubj" and _armed(c, lex) for c in verb.children)


def _armed(tok: Token, lex: Lexicon) -> bool:
    """A word for forces, fighters or their weapons (classes.tsv `forces`, cues.tsv `armed`)."""
    word = lemma(tok)
    return word in lex.cues["armed"] or word in word_classes()["forces"]


def _gathering_place(verb: Token, lex: Lexicon) -> bool:
    """Where a crowd gathers is a seat or public place (cues.tsv `seat`: "in the square", "in the
    Jordanian capital", "in front of the embassy") or a named one ("outside the White House",
    "in Sanaa"), not "at the hospital", "in parks", "on Saturday" or "around the Pope"."""
    for prep in (c for c in verb.children if c.dep_ == "prep" and c.lower_ in _GATHERING_PREPS):
        for g in (g for g in prep.children if g.dep_ == "pobj"):
            if lemma(g) == "front":  # "in front of the embassy"
                g = of_object(g) or g
            if (
                lemma(g) in lex.cues["seat"]
                or g.ent_type_ in ("GPE", "FAC", "LOC", "ORG")
                or any(c.dep_ == "compound" and lemma(c) in lex.cues["seat"] for c in g.children)
            ):
                return True
    return False


_GATHERING_PREPS = frozenset({"in", "at", "outside", "near", "around", "on", "before", "into"})


def _gathered_people(verb: Token, lex: Lexicon) -> bool:
    """The subject of a gathering is a crowd as such or a group that acts as one (cues.tsv
    `crowdlike`: "a crowd of around 10,000", "Supporters") or people counted ("About 3,000
    people"), not people as such ("people gathered")."""
    for c in verb.children:
        if c.dep_ != "nsubj":
            continue
        word = lemma(c)
        if word in lex.cues["crowdlike"]:  # "Supporters gathered outside the White House"
            return True
        if word in lex.cues["person"] and any(
            g.dep_ == "nummod" or (g.dep_ == "amod" and lemma(g) in lex.cues["quantity"])
            for g in c.children
        ):
            return True
        counted = of_object(c)
        if c.like_num and (  # "More than 3,500 gathered", not "3,000 of the singer's fans"
            counted is None or lemma(counted) in lex.cues["person"] or crowd(counted, lex)
        ):
            return True
    return False


def _aid_candidate(tok: Token, lex: Lexicon) -> Candidate | None:
    """ "Department of Energy said it had sent a team of 34 people to help Japan", "world powers
    freed up billions of dollars to help Libya's new rulers rebuild the nation", "would send a
    team to Misrata to help civilians trapped by fighting": what a party sends or gives to help
    a party is aid (CAMEO 07; cues.tsv `dispatch`, `giving`, `aid_purpose`). The party helped is
    named ("help Japan", "help the Mexicans check their pig herds") or the sending goes to a
    country or town ("to Haiti"): "BP would send a second rig to the spill site to help capture
    the oil" gives nobody anything."""
    cues = lex.cues
    word = lemma(tok)
    if word not in cues["dispatch"] and word not in cues["giving"]:
        return None
    particle = cues["giving"].get(word, "-")
    if particle != "-" and not any(c.dep_ == "prt" and c.lower_ == particle for c in tok.children):
        return None  # "set aside", "freed up"
    bare = tok.tag_ == "VB" and not any(c.dep_ in ("nsubj", "aux", "auxpass") for c in tok.children)
    if (bare and tok.dep_ in ("ROOT", "ccomp", "conj")) or lemma(tok.head) == "let":
        return None  # "Please send them a donation", "Let's send many American dollars"
    return Candidate(tok, tok, _AID_SENT, [tok], nominal=False) if aided(tok) else None


def _help_purpose(verb: Token) -> Token | None:
    """The infinitive of helping a sending or giving is for (cues.tsv `aid_purpose`); the parser
    may hang it on the object sent ("dispatched a surveillance mission to help the Mexicans")."""
    sent = [c for c in verb.children if c.dep_ == "dobj"]
    return next(
        (
            c
            for c in (*verb.children, *(g for o in sent for g in o.children))
            if c.dep_ in ("xcomp", "advcl", "relcl", "acl")
            and infinitive(c)
            and lemma(c) in lexicon().cues["aid_purpose"]
        ),
        None,
    )


def aided(verb: Token) -> list[Token]:
    """Whom what ``verb`` sends or gives helps: the party its infinitive of helping names, or
    the country or town it goes to ("to help Japan", "help the Mexicans check their herds",
    "send experts to Mexico to help"); none for an act of another kind."""
    purpose = _help_purpose(verb)
    if purpose is None:
        return []
    # whom "help" itself names ("help Japan", "help the Mexicans check"), not the object of
    # the act helped ("to help murder unarmed demonstrators")
    helped = [c for c in purpose.children if c.dep_ == "dobj"]
    helped += [g for c in purpose.children if c.dep_ in ("ccomp", "xcomp")
               for g in c.children if g.dep_ == "nsubj"]  # fmt: skip
    helped = [g for g in helped if (party_like(g) or _named(g)) and g.lower_ not in _ANYONE]
    destination = [
        g
        for c in verb.children
        if c.dep_ == "prep" and c.lower_ in ("to", "into")
        for g in c.children
        if g.dep_ == "pobj" and g.ent_type_ in _PLACE_PARTIES
    ]
    return helped + destination


def sends_aid(cand: Candidate) -> bool:
    """A candidate of ``_aid_candidate``, or aid a verb of dispatch tells ("sent 300 doctors
    to Haiti"): what is sent is no recipient."""
    return cand.entry is _AID_SENT or dispatched(cand, "AID")


def dispatched(cand: Candidate, type_: str) -> bool:
    """An act of ``type_`` a verb of dispatch tells ("sent 300 doctors", "sent troops")."""
    return (
        cand.entry.type == type_
        and not cand.nominal
        and lemma(cand.anchor) in lexicon().cues["dispatch"]
    )


_PLACE_PARTIES = frozenset({"GPE", "NORP"})
_ANYONE = frozenset({"everyone", "everybody", "anyone", "anybody", "all", "others"})


def _evidence_candidate(tok: Token, lex: Lexicon) -> Candidate | None:
    """ "Amnesty said it had fresh evidence of extrajudicial executions", "his panel found
    evidence of war crimes": evidence of abuses that a party has, finds or obtains is an
    allegation against their doers (CAMEO 112; cues.tsv `evidence`), not "found evidence of
    water on Mars"."""
    if tok.dep_ != "dobj":
        return None
    cues = lex.cues["evidence"]
    verb = tok.head
    if cues.get(lemma(tok)) != "noun" or cues.get(lemma(verb)) != "verb":
        return None
    abuse = of_object(tok)
    if abuse is None:
        return None
    word = lemma(abuse)
    harmful = cues.get(word) == "abuse" or any(e.type in _ABUSES for e in lex.nouns.get(word, ()))
    return Candidate(tok, verb, _ALLEGE, [verb, tok], nominal=False) if harmful else None


def pressed(verb: Token, lex: Lexicon) -> Token | None:
    """The pressure an act was done under, its word ("agreed under pressure to show a live
    feed", "under heavy pressure from Washington, BP had added a video stream", "started
    showing live feed after pressure from the administration", "Pressured by Congress, BP
    began showing ..."), or None; not the pressure itself ("came under pressure to resign")."""
    cues = lex.cues["yield"]
    pressure = _pressure_word(verb, cues)
    if pressure is None or not _yielder(verb, pressure):
        return None
    if cues.get(lemma(verb)) == "strain":
        return None
    if lemma(verb) in lex.cues["report"] and not any(c.dep_ == "dobj" for c in verb.children):
        return None  # "said on Tuesday, under pressure from China, ...": the act is the news
    if asked(verb):
        return None  # "Did BP agree under pressure from Washington?"
    if any(lemma(t) in lex.cues["denial"] for t in verb.ancestors):
        return None  # "Obama denied that he had acted under pressure from the Israelis"
    return pressure


def _pressure_word(verb: Token, cues: dict[str, str]) -> Token | None:
    """The first "under/after/following pressure" phrase's noun on ``verb``, or its fronted
    "Pressured by ..." participle (cues.tsv `yield`)."""
    for child in verb.children:
        if child.dep_ == "prep" and cues.get(child.lower_) == "prep":
            obj = next((g for g in child.children if g.dep_ == "pobj"), None)
            if obj is None or cues.get(lemma(obj)) != "noun":
                continue
            # "won the seat after Syria, under pressure over its crackdown, dropped its bid": a
            # pressure set off by a comma after the verb is the parser's guess at another's
            if child.i < verb.i or not any(t.text == "," for t in verb.doc[verb.i : child.i]):
                return obj
        elif child.dep_ == "advcl" and child.tag_ == "VBN" and child.i < verb.i:
            if cues.get(lemma(child)) == "noun":
                return child
    return None


def _yielder(verb: Token, pressure: Token) -> bool:
    """A party yields to a party: the pressure names no thing that pressed ("the dam gave way
    under pressure from the floodwaters", "the airline cut jobs under pressure from rising
    costs"), and either the verb's subject or the one who pressed can name a party ("BP agreed
    under pressure", "under pressure from Congress"); not "a weak spot could blow under the
    pressure"."""
    pressers = pressing(pressure)
    if pressers and not any(_presser(p) for p in pressers):
        return False
    return bool(pressers) or any(c.dep_ == "nsubj" and party_like(c) for c in verb.children)


def pressing(pressure: Token) -> list[Token]:
    """The "from" or "by" objects of a pressure ("under pressure from Congress", "Pressured
    by Congress"): who pressed."""
    return [
        obj
        for c in pressure.children
        if c.dep_ in ("prep", "agent") and c.lower_ in ("from", "by")
        for obj in c.children
        if obj.dep_ == "pobj"
    ]


def _presser(tok: Token) -> bool:
    """One who can press a party: a name, a pronoun, or a word for a party (cues.tsv `yield`,
    value party: "the administration", "lawmakers", "protesters"), not "the floodwaters" or
    "rising costs"."""
    if tok.pos_ in ("PROPN", "PRON") or _named(tok):
        return True
    return lexicon().cues["yield"].get(lemma(tok)) == "party"


def _obliged(clause: Token) -> bool:
    """ "said Assad needed to take concrete action": a named party's need to act, told as
    "must" tells it (not "more work needs to be done"; "have to" tells circumstance as often:
    "reported that Pakistan and Afghanistan have to work hard to repulse a threat")."""
    if clause.lemma_ != "need" or not any(
        c.dep_ == "xcomp" and infinitive(c) for c in clause.children
    ):
        return False
    # "Louisianians will need to stretch every dollar", "Greece may need to seek a bailout": a
    # forecast; "Gadhafi does not need to go": no demand
    if any(c.dep_ == "neg" or c.tag_ == "MD" for c in clause.children):
        return False
    return _named_subject(clause)


def _modal_demand(clause: Token) -> bool:
    """ "said Syria must withdraw", "should step down": a modal of demand on the clause, not
    one put before its subject ("They will be held accountable, should they make the tragic
    mistake of using those weapons": a condition)."""
    subject = subject_of(clause)
    return any(
        a.lower_ in _MODAL_DEMAND and (subject is None or subject.i < a.i) for a in clause.children
    )


def _time_for(clause: Token) -> bool:
    """ "said it was time for Assad to step down", "it is time for Congress to exercise
    oversight": the named party's act is asked for, as "must" asks it (not "it was time to
    move on", "it is not time for ...", "it may be time for ...", nor "time for investors to
    buy")."""
    if clause.lemma_ != "be" or any(c.dep_ == "neg" or c.tag_ == "MD" for c in clause.children):
        return False  # not "it may be time for Tehran to ..."
    if not any(c.dep_ == "nsubj" and c.lower_ == "it" for c in clause.children):
        return False
    times = [c for c in clause.children if c.dep_ == "attr" and c.lemma_ == "time"]
    acts = [c for t in times for c in t.children if c.dep_ in ("relcl", "acl") and infinitive(c)]
    # a named party, not a word for one ("time for investors to buy")
    subjects = [c for a in acts for c in a.children if c.dep_ == "nsubj"]
    return any(_named_or_proper(c) for c in subjects)


def _named_subject(clause: Token) -> bool:
    """The clause's subject is a named party ("BP", "Assad", "the Syrians", "the U.S.
    government") or a word for one ("the administration", "the government"; cues.tsv `yield`,
    value party)."""
    subject = next((c for c in clause.children if c.dep_ == "nsubj"), None)
    if subject is None:
        return False
    # "the U.S. government"; not "his troops", the speaker's own
    return _named_or_proper(subject) or _party_word(subject, lexicon())


def _party_word(tok: Token, lex: Lexicon) -> bool:
    """A word for a party ("the administration", "the government", "the international
    community"; cues.tsv `yield`, value party)."""
    return lex.cues["yield"].get(lemma(tok)) == "party"


def _demanded_of(clause: Token) -> bool:
    """Whether a "must" clause asks something of someone ("Syria must withdraw", "the
    crackdown must end"), not of the speaker's own side ("we must respond")."""
    if any(a.dep_ == "aux" and a.lower_ in PERFECT for a in clause.children):
        return False  # "the readings should have alerted crews": a judgement of the past
    subject = subject_of(clause)
    return subject is None or subject.lower_ not in _SPEAKERS


def _acts_within(said: Candidate, cands: list[Candidate]) -> bool:
    """Another act told in the statement's clause, other than its judged subject."""
    clause = next(c for c in said.anchor.children if c.dep_ == "ccomp")
    if too_little(clause):
        return False  # "has not done enough to bring the perpetrators to justice": none done
    subject = next(c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass"))
    first, last = clause.left_edge.i, clause.right_edge.i
    judged = range(subject.left_edge.i, subject.right_edge.i + 1)
    return any(
        first <= c.trigger.i <= last
        and c.trigger.i not in judged
        and _in_clause(c.anchor, clause)
        and not _conduct_judged(c.anchor, clause)
        for c in cands
        if c is not said
    )


def _conduct_judged(act: Token, clause: Token) -> bool:
    """ "had been excessive in ordering a six-month halt", "was wrong in attacking": the act the
    judgement is of, not another act told (as "by shelling Homs" is)."""
    prep = act.head
    return (
        act.dep_ == "pcomp"
        and prep.lower_ == "in"
        and (
            prep.head.i == clause.i
            or (prep.head.head.i == clause.i and prep.head.dep_ in ("acomp", "attr"))
        )
    )


def _in_clause(tok: Token, clause: Token) -> bool:
    """``tok`` belongs to ``clause`` itself, not to a clause set inside it ("when ...")."""
    while tok.i != clause.i:
        if tok.dep_ in ("advcl", "relcl") or tok.head.i == tok.i:
            return False
        tok = tok.head
    return True


def _one_of(one: Token) -> Token | None:
    """What "one" is one of, through a series ("one of a long line of gaffes": gaffes)."""
    kind = of_object(one)
    while kind is not None and lemma(kind) in _SERIES and of_object(kind) is not None:
        kind = of_object(kind)
    return kind


_SERIES = frozenset({"line", "series", "string", "number", "list", "litany", "succession"})


def _judged(subject: Token, lex: Lexicon) -> bool:
    """A subject whose conduct can be judged: a party ("the regime", "Israel", "they", "the
    government") or an act or statement ("the comments", "the airstrikes"); not "sales" or a
    dummy "it"."""
    if _named(subject) or subject.lower_ in PERSONAL:
        return True  # "Israel", "the Syrian government", "they"
    if subject.pos_ == "PROPN" and subject.tag_ == "NNP" and not subject.ent_type_:
        # a name the entity tagger missed ('"BP has mismanaged ...," he said'), not a day or
        # a month it knows ("said January was disappointing for retailers")
        return True
    word = lemma(subject)
    # "said the government was over-reacting", "some countries had incited the opposition"
    return _party_word(subject, lex) or word in lex.nouns or word in lex.cues["conduct"]


def _criticism_candidate(tok: Token, lex: Lexicon) -> Candidate | None:
    """'X said the authorities had over-reacted', 'X said the comments were disappointing':
    a statement whose clause judges someone's conduct is criticism (PLOVER ACCUSE
    disapprove; CAMEO 111 criticize or denounce)."""
    if lemma(tok) not in lex.cues["report"]:
        return None
    # "so when people say BP is culpable ...", "if you say ...": no one said it (the code
    # review); a past "when he declared the Iraq war illegal" tells a statement made
    supposing = ("if", "unless") if tok.tag_ not in ("VBP", "VBZ") else ("if", "unless", "when")
    if any(c.dep_ in ("mark", "advmod") and c.lower_ in supposing for c in tok.children):
        return None
    clause = _evident(next((c for c in tok.children if c.dep_ == "ccomp"), None))
    subject = None if clause is None else subject_of(clause)
    if subject is None or not (_judged(subject, lex) or _run_by(subject)):
        return None
    if _own_doing(subject, lex):
        return None
    if any(c.dep_ == "aux" and c.lower_ in _MAYBE for c in clause.children):
        return None  # "the treatment would have been unlawful": a judgement of what might be
    if conditioned(clause):
        return None  # "if these photographs are authentic, they represent a violation"
    # an effort judged short is a named party's ("the Vatican", "the government"), not one the
    # speakers tell of their own ("most reported they did little to protect themselves") nor
    # a thing's ("the 165-strong mission has done nothing to stop a crackdown")
    short = too_little(clause) and (
        lemma(clause) == "fall"  # "those efforts have fallen short": a party's conduct
        or _named_or_proper(subject)
        or _party_word(subject, lex)
    )
    if _blamed(clause, subject, lex) or short:
        return Candidate(tok, tok, _CRITICISE, [tok], nominal=False)
    judging = lex.cues["judgement"]
    words = [clause, *(c for c in clause.children if c.dep_ in ("acomp", "attr", "xcomp"))]
    # "was one of a long line of PR gaffes and mistakes": what it is one of
    ones = [_one_of(w) for w in words if w.dep_ == "attr" and w.lower_ == "one"]
    words += [g for o in ones if o is not None for g in (o, *o.conjuncts)]
    # "is in contravention of the plan", "was in breach of the ceasefire", "was at fault"
    words += [g for c in clause.children if c.dep_ == "prep" and c.lower_ in ("in", "at")
              for g in c.children if g.dep_ == "pobj"]  # fmt: skip
    if lemma(clause) in lex.cues["amount"]:  # "BP's actions amounted to gross negligence"
        said = [c for c in clause.children if c.dep_ == "dobj"]
        said += [g for c in clause.children if c.dep_ == "prep" and c.lower_ == "to"
                 for g in c.children if g.dep_ == "pobj"]  # fmt: skip
        words += said + [g for w in said for g in w.conjuncts]
    # "was one-sided": a hyphenated judgement the tokenizer split
    spelled = [
        w.doc[w.i - 2 : w.i + 1].text.lower() for w in words if w.i > 1 and w.nbor(-1).text == "-"
    ]
    denied = any(c.dep_ == "neg" or c.lower_ in _NOBODY for w in words for c in w.children)
    if any(lemma(w) in judging or w.lower_ in judging for w in words) or any(
        s in judging for s in spelled
    ):
        if not denied:  # "nothing has gone wrong", "was not illegal"
            return Candidate(tok, tok, _CRITICISE, [tok], nominal=False)
        return None
    # "said the first part of his speech was excellent", "it is a great speech", "Obama's
    # decision was the right one": praise (CAMEO 051); "were not helpful": criticism
    if _praised(clause, subject, words, denied, lex):
        return Candidate(tok, tok, _CRITICISE if denied else _PRAISE, [tok], nominal=False)
    return None


def _praised(clause: Token, subject: Token, words: list[Token], denied: bool, lex: Lexicon) -> bool:
    """A praise word (cues.tsv `praiseworthy`) among what a statement's clause says of its
    subject: of a named party, a third person or conduct a party owns; denied, it is
    criticism of whatever the clause is about."""
    # (the words the clause says of its subject, not its verb: "said Damascus welcomed the
    # veto" is told by "welcomed"); a praise word on a noun praises only conduct ("it is a
    # great speech", "did a good job"), not "a hopeful, helpful narrative" (the code review)
    said = [w for w in words if w is not clause]
    named = [*said, *(c for w in said if w.dep_ == "attr" and _conduct(w, lex)
                      for c in w.children if c.dep_ == "amod")]  # fmt: skip
    named += [c for w in clause.children if w.dep_ == "dobj" and lemma(w) in lex.cues["deed"]
              for c in w.children if c.dep_ == "amod"]  # fmt: skip
    if not any(lemma(w) in lex.cues["praiseworthy"] for w in named):
        return False
    # a party praised: a name, or a third person ("you" is a blogger's reader as often), or its
    # conduct ("Obama's decision"); not a thing a country's adjective qualifies ("US-French
    # relations had been excellent", the code review)
    party = (
        subject.pos_ == "PROPN"
        or subject.ent_type_ in _PARTY_ENTITIES
        or (subject.lower_ in PERSONAL and subject.lower_ != "you")
    )
    owned = any(c.dep_ == "poss" for c in subject.children)  # "Obama's decision", "its plan"
    return denied or party or owned


def _conduct(noun: Token, lex: Lexicon) -> bool:
    """A noun for what someone did or said ("a great speech", "the right decision", "a
    positive step"; cues.tsv `conduct`, `deed`, or an event noun)."""
    word = lemma(noun)
    return word in lex.cues["conduct"] or word in lex.cues["deed"] or word in lex.nouns


def _run_by(subject: Token) -> bool:
    """ "The blowout preventer owned by Transocean": a thing a named party owns or runs
    (cues.tsv `owner`), whose failing a statement blames on it."""
    return any(
        c.dep_ == "acl"
        and lemma(c) in lexicon().cues["owner"]
        and any(a.dep_ == "agent" and any(_named(g) for g in a.children) for a in c.children)
        for c in subject.children
    )


def _evident(clause: Token | None) -> Token | None:
    """ "It's very clear that BP has not been telling the truth": the clause a dummy "it" is
    said of (an evident, clear or obvious thing) is what the statement says, and so is the
    clause of the speaker's own opinion ("I think that the first part of his speech was
    excellent"; cues.tsv `opinion`)."""
    if (
        clause is not None
        and lemma(clause) in lexicon().cues["opinion"]
        and any(c.dep_ == "nsubj" and c.lower_ in _SPEAKERS for c in clause.children)
    ):
        return next((c for c in clause.children if c.dep_ == "ccomp"), clause)
    if (
        clause is None
        or not any(c.dep_ == "nsubj" and c.lower_ == "it" for c in clause.children)
        or not any(c.dep_ == "acomp" for c in clause.children)
    ):
        return clause
    return next((c for c in clause.children if c.dep_ == "ccomp"), clause)


def _blamed(clause: Token, subject: Token, lex: Lexicon) -> bool:
    """A statement that blames its clause's party without a judgement word: a virtue denied
    ("BP was not entirely honest", "has not been telling the truth", "can no longer be
    trusted"), a duty failed ("the international community had failed in its duty", "failed to
    protect civilians"), or harm it is responsible for ("Transocean is responsible for the
    leak"; cues.tsv `virtue`, `duty`, `harm`)."""
    said = [clause, *(c for c in clause.children if c.dep_ in ("acomp", "attr", "dobj"))]
    # "can no longer be trusted": the parser hangs "no" on "longer"
    heads = [*said, *(c for c in clause.children if c.dep_ == "advmod")]
    denied = any(c.dep_ == "neg" for w in heads for c in w.children)
    # the virtue's verb only in the passive: "Turkey no longer trusted Assad" judges Assad,
    # whom the subject distrusts, not Turkey (the code review)
    virtues = [w for w in said if w is not clause or passive(clause)]
    if denied and any(lemma(w) in lex.cues["virtue"] for w in virtues):
        return True
    party = (
        _named(subject)
        or subject.lower_ in PERSONAL
        or subject.pos_ == "PROPN"
        or _party_word(subject, lex)  # "the international community had failed in its duty"
    )
    if not party or denied:
        return False
    if lemma(clause) == "fail":
        duties = [c for c in clause.children if c.dep_ == "xcomp"]
        duty = any(lemma(d) in lex.cues["duty"] for d in duties)
        return duty or any(
            c.dep_ == "prep"
            and c.lower_ == "in"
            and any(lemma(g) in lex.cues["duty"] for g in c.children)
            for c in clause.children
        )
    return any(
        lemma(w) == "responsible"
        and any(
            p.dep_ == "prep"
            and p.lower_ == "for"
            and any(lemma(g) in lex.cues["harm"] for g in p.children)
            for p in w.children
        )
        for w in said
    )


def _naming_candidate(tok: Token, lex: Lexicon) -> Candidate | None:
    """ "The UNHCR called the forced return a violation of international law", "branded the
    vote a sham", "dismissed the report as propaganda": naming what someone did or said with a
    judgement (cues.tsv `naming`, `judgement`) is criticism (CAMEO 111), as a statement
    judging it is (``_criticism_candidate``). Not a naming denied or only possible ("did not
    call it a mistake", "could call it a failure"), nor of the speaker's own conduct."""
    need = lex.cues["naming"].get(lemma(tok))
    objects = [c for c in tok.children if c.dep_ == "dobj"]
    if need is None or not objects or _own_doing(objects[0], lex):
        return None
    if lemma(tok) in lex.cues["denial"] and lemma(objects[0]) in lex.trigger_lemmas:
        return None  # "dismissed the allegations as lies": a denial (CAMEO 016), not coded
    if objects[0].tag_ in WH:
        return None  # "in what activists are describing as a new massacre": a name for the
        # killings the sentence tells, no act of judging a party's
    if any(c.dep_ == "neg" or (c.dep_ == "aux" and c.lower_ in _MAYBE) for c in tok.children):
        return None
    names: list[Token] = []
    if need == "-":  # "called X a violation", "branded the vote a sham" (a second object)
        names += [c for c in tok.children if c.dep_ == "oprd"] + objects[1:]
        # "called the comments unacceptable": the parser makes the name the object's adjective
        names += [c for c in objects[0].children if c.dep_ == "amod" and c.i > objects[0].i]
    for owner in (tok, objects[0]):  # "dismissed the report as propaganda"
        for prep in (c for c in owner.children if c.dep_ == "prep" and c.lower_ == "as"):
            names += [g for g in prep.children if g.dep_ in ("pobj", "amod", "acomp")]
    judging = lex.cues["judgement"]
    # "a ridiculous spectacle", but not "described the overnight strikes as the most
    # aggressive attack": an act named as an act is told, not judged
    described = [n for n in names if lemma(n) not in lex.trigger_lemmas]
    words = [*names, *(c for n in described for c in n.children if c.dep_ == "amod")]
    if any(lemma(w) in judging or w.lower_ in judging for w in words):
        return Candidate(tok, tok, _DENOUNCE, [tok], nominal=False)
    return None


def _own_doing(subject: Token, lex: Lexicon) -> bool:
    """The speaker's own conduct ("saying his company was being very aggressive", "the
    statement he crafted was wrong"): a comment, not criticism. What was done to the speaker
    ("their arrest was a mistake") still is."""
    if lemma(subject) in lex.trigger_lemmas:
        return False
    owned = any(c.dep_ == "poss" and c.pos_ == "PRON" for c in subject.children)
    crafted = any(
        c.dep_ == "relcl" and any(g.dep_ == "nsubj" and g.pos_ == "PRON" for g in c.children)
        for c in subject.children
    )
    return owned or crafted


def too_little(verb: Token) -> bool:
    """A party's effort judged short: "has not done enough", "is not doing enough", "has done
    little to ...", "did nothing to ...", "have fallen short". The infinitive on it ("to bring
    the perpetrators to justice") was not done, and saying so of a party is criticism."""
    word = lemma(verb)
    if word == "fall":
        # not short of a figure or of expectations ("the package fell short of $10 billion")
        short = [c for c in verb.children if c.dep_ in ("advmod", "acomp") and c.lower_ == "short"]
        return bool(short) and not any(g.lower_ == "of" for c in short for g in c.children)
    if word != "do":
        return False
    said = [c for c in verb.children if c.dep_ in ("dobj", "advmod")]
    # "has done nothing to stop the crackdown": an aim not pursued, not "did nothing wrong"
    # nor "had done nothing to deserve the attack"
    aims = [c for t in (verb, *said) for c in t.children if c.dep_ in _AIM_DEPS and infinitive(c)]
    if any(c.lower_ in ("little", "nothing") and not _qualified(c) for c in said):
        return any(lemma(a) not in _DESERVE for a in aims)
    denied = any(c.dep_ == "neg" for c in verb.children)
    return denied and any(c.lower_ == "enough" for c in said)


def _qualified(word: Token) -> bool:
    """ "nothing wrong", "nothing illegal": what was done is judged, not how little."""
    return any(c.dep_ == "amod" or c.pos_ == "ADJ" for c in word.children)


_AIM_DEPS = frozenset({"advcl", "xcomp", "acl", "relcl"})
_DESERVE = frozenset({"deserve", "merit", "warrant", "justify", "earn", "provoke"})


_MAYBE = POSSIBLE | {"would"}


def _subordinate(tok: Token) -> bool:
    """A purpose or manner clause with no subject of its own ("staged a rally to demand")."""
    if tok.dep_ != "advcl":
        return False
    if any(c.dep_ == "mark" and c.lower_ == "for" for c in tok.children):
        return True  # "called for Saleh to step down": the clause is the call's complement
    if infinitive(tok) and any(c.dep_ == "mark" and c.lower_ == "on" for c in tok.children):
        return True  # "calls on Gaddafi to quit", parsed with "on" as the clause's marker
    if any(c.dep_ in ("nsubj", "nsubjpass", "mark") for c in tok.children):
        return False
    return tok.tag_ == "VBG" or infinitive(tok)


def _fold_target(cand: Candidate, by_token: dict[int, Candidate], lex: Lexicon) -> Candidate | None:
    tok = cand.anchor
    own_subject = any(c.dep_ in ("nsubj", "nsubjpass") for c in tok.children)
    if tok.dep_ == "conj" and not cand.nominal and not own_subject:
        other = by_token.get(tok.head.i)
        same = other is not None and not other.nominal and other.entry.type == cand.entry.type
        # "advanced on Sirte but were attacked": the shared subject does one and undergoes the
        # other, two assaults
        if same and passive(tok) == passive(tok.head):
            return other  # "had been raped and beaten": one assault told by two verbs
    if tok.i == cand.trigger.i and _meeting_setting(cand):
        return None  # "in a Security Council meeting Tuesday, Russia criticised ..."
    for _ in range(_FOLD_DEPTH):
        if tok.dep_ == "pobj" and tok.head.lower_ in lex.scene_preps and _party_owned(tok):
            # "marched after Syria's crackdown", "came under criticism after their veto of a UN
            # resolution": a happening of its own, not a topic
            return None
        if tok.dep_ == "pcomp" and tok.head.lower_ in _SEQUENCE_PREPS:
            return None  # "after briefing the Security Council, Annan renewed calls": two acts
        if tok.dep_ == "pobj" and lex.cues["yield"].get(lemma(tok)) == "noun":
            return None  # "under pressure over its crackdown": what drew the pressure happened
        if tok.dep_ == "acl" and tok.tag_ == "VBG" and tok.head.lemma_.lower() in lex.content_nouns:
            return None  # "supports a plan calling for ...": the plan's demand is its own act
        if tok.dep_ == "conj" and tok.i != cand.anchor.i:
            tok = tok.head  # "refused to allow planes to land and evacuate": share the fold
            continue
        if (
            tok.dep_ == "conj"
            and not (own_subject or cand.nominal)
            and tok.head.i not in by_token
            and tok.tag_ == "VB"
            and infinitive(tok.head)
        ):
            tok = tok.head  # "called on Arabs to unite and mobilize": what the call asks
            continue
        if (tok.dep_ not in _FOLD_DEPS and not _subordinate(tok)) or tok.head.i == tok.i:
            return None
        tok = tok.head
        other = by_token.get(tok.i)
        if other is not None and other is not cand:
            return other
    return None


def find(sent: Span, lex: Lexicon) -> list[Candidate]:
    """The sentence's event triggers that head an event, each with its folded triggers."""
    cands: list[Candidate] = []
    for tok in sent:
        cand = _under_candidate(tok, lex) if tok.dep_ == "pobj" else None
        if cand is None and (lemma(tok) in lex.trigger_lemmas or tok.lower_ in lex.trigger_lemmas):
            cand = _candidate(tok, lex)
        if cand is None and tok.pos_ == "VERB":
            cand = (
                _demand_candidate(tok, lex)
                or _criticism_candidate(tok, lex)
                or _naming_candidate(tok, lex)
                or _aid_candidate(tok, lex)
                or _gathering_candidate(tok, lex)
                or _control_candidate(tok, lex)
            )
        if cand is None and tok.dep_ == "dobj" and tok.pos_ == "NOUN":
            cand = _evidence_candidate(tok, lex)
        if tok.pos_ == "VERB" and (cand is None or cand.entry.type == "AGREE"):
            # "agreed under pressure to show a live feed": the agreement is a concession
            pressure = pressed(tok, lex)
            if pressure is not None:
                # the evidence: "agreed under pressure", not the words a comma sets between
                words = [tok, pressure] if abs(pressure.i - tok.i) <= 3 else [tok]
                cand = Candidate(tok, tok, _YIELD, words, nominal=False, pressure=pressure)
        if cand is not None:
            cands.append(cand)
    # "said the regime had violated the ceasefire by shelling Homs": the act is the news
    cands = [c for c in cands if c.entry is not _CRITICISE or not _acts_within(c, cands)]
    # "under pressure from the uprising, was seeking a deal": a verb carrying an event noun
    # tells that act, not a concession
    carried = {c.anchor.i for c in cands if c.entry is not _YIELD}
    cands = [c for c in cands if c.entry is not _YIELD or c.anchor.i not in carried]
    if cands and _sport(sent, lex):
        cands = [c for c in cands if not _game(c, lex)]
    cands = [c for c in cands if not _mishap(c, lex)]
    heads = _fold(cands, lex)
    kept = []
    for cand in heads:
        _court_order(cand)
        _approval(cand)
        if _forecast(cand, cands):
            continue  # "warned that the rivalry could turn violent": a forecast, no act named
        if _shared_view(cand):
            continue  # "leaders agreed that the crisis was serious": a view, no course agreed
        scene = _scene(cand.anchor, lex, cand.entry.type in STRONG)
        if scene != "reporter":
            cand.background = scene == "background"
            kept.append(cand)
    return kept


def _court_order(cand: Candidate) -> None:
    """ "A judge ordered Dr Murray to stand trial", "authorities ordered Mubarak to face
    charges": an order whose act is a trial or charges is that legal action (CAMEO 11, as the
    GSR-style coders code it), not a request of the accused; and one whose act is a sanction or
    a restriction is that measure (`_ordered_measure`)."""
    if cand.entry.type != "REQUEST" or cand.nominal or lemma(cand.anchor) != "order":
        return
    # a trial or charges faced, not "ordered prosecutors to drop the charges" or "ordered the
    # ministry to investigate the attack"
    legal = next((f for f in cand.folded if lemma(f.trigger) in _TRIED), None)
    if legal is not None and _faced(legal):
        cand.entry = legal.entry
        return
    # "have ordered an asset freeze", "ordered that his assets be frozen", "ordered a curfew to
    # be extended": an order whose act is a sanction or a restriction is that act, done by who
    # orders it (as the GSR-style coders code such orders), not a request
    imposed = next((f for f in cand.folded if _ordered_measure(f, cand.anchor)), None)
    if imposed is not None:
        cand.entry = imposed.entry
        cand.tokens = [*cand.tokens, *imposed.tokens]  # "ordered an asset freeze"


def _approval(cand: Candidate) -> None:
    """ "The Human Rights Council approved an investigation into the killings", "the parliament
    approved a law recognizing ...": the act approved is the news (the dev gold codes the law's
    concession, the GSR-style coders the approved act), done by who approves it."""
    if cand.entry.type != "SUPPORT" or cand.nominal or lemma(cand.anchor) not in _APPROVE:
        return
    approved = next((f for f in cand.folded if _approved_act(f, cand.anchor)), None)
    if approved is not None:
        cand.entry = approved.entry
        cand.tokens = [*cand.tokens, *approved.tokens]


_APPROVE = frozenset({"approve", "authorize", "authorise"})
# what an approval may be of: not a support ("approved a statement backing a peace plan"), a
# release ("approved the release of $25 million in aid" releases aid), a deployment ("the
# Security Council authorised a no-fly zone" endorses one, as "voted to back" does), a deal
# others made ("regulators approved the deal between AT&T and T-Mobile"), a meeting or a
# domestic ban ("Parliament approved a ban on smoking in restaurants")
_APPROVED_TYPES = frozenset({"SANCTION", "ACCUSE", "AID", "CONCEDE"})


def _approved_act(act: Candidate, approval: Token) -> bool:
    """An act that is the object of an approval ("approved an investigation")."""
    tok = act.trigger
    return act.entry.type in _APPROVED_TYPES and tok.dep_ == "dobj" and tok.head.i == approval.i


def _of_people_or_forces(noun: Token) -> bool:
    """A release or withdrawal of people or forces: "the release of the prisoners", "his
    release", "the withdrawal of US troops" (not "the release of the tapes")."""
    people = people_words()
    owners = [c for c in noun.children if c.dep_ == "poss"]
    owners += [
        g
        for c in noun.children
        if c.dep_ == "prep" and c.lower_ == "of"
        for g in c.children
        if g.dep_ == "pobj"
    ]
    return any(
        o.tag_ == "PRP$" or o.ent_type_ in ("PERSON", "NORP") or lemma(o) in people for o in owners
    )


def _ordered_measure(act: Candidate, order: Token) -> bool:
    """A sanction or restriction that is what an order orders: its object ("ordered an asset
    freeze", "ordered the arrest of", and a release or withdrawal: "ordered the release of
    the prisoners") or its clause ("ordered that his assets be frozen", "ordered the embassy
    closed", "orders the embassy to close"; the GSR-style coders code who orders it as its
    doer). Other acts ordered stay requests ("ordered the army to attack", "ordered BP to
    pay")."""
    tok = act.trigger
    if act.entry.type == "RETREAT":
        # of people or of forces: not "ordered the release of the documents", "the withdrawal
        # of the contaminated products"
        return tok.dep_ == "dobj" and tok.head.i == order.i and _of_people_or_forces(tok)
    if act.entry.type not in ("SANCTION", "COERCE"):
        return False
    if tok.dep_ != "dobj" and lemma(tok) in lexicon().cues["self_halt"]:
        return False  # "ordered the convoy to halt", "ordered technicians to suspend work"
    if tok.dep_ == "dobj" and tok.head.i == order.i:
        return True
    # "that his assets be frozen": the parser may make "frozen" the complement of "be"
    clause = tok.head if tok.dep_ == "acomp" and tok.head.lemma_ == "be" else tok
    if clause.dep_ == "acl" and clause.head.dep_ == "dobj":
        clause = clause.head  # "ordered all Libyan government assets frozen"
        return clause.head.i == order.i
    return clause.dep_ in ("ccomp", "xcomp") and clause.head.i == order.i


def _faced(legal: Candidate) -> bool:
    """The trial or charges are stood or faced ("to stand trial", "to face charges")."""
    verb = legal.trigger.head if legal.nominal else legal.anchor
    return lemma(verb) in ("stand", "face")


def _mishap(cand: Candidate, lex: Lexicon) -> bool:
    """A death an accident, a disease or nature caused ("a plane crashed, killing the pilot",
    "helicopter crashes into crane, kills two", "the storm killed 12"), or a fight against one
    ("the battle to contain the spill"): no attack."""
    if cand.entry.type != "ASSAULT":
        return False
    verb = cand.anchor
    mishaps = lex.cues["mishap"]
    if not cand.nominal and any(c.dep_ == "nsubj" and lemma(c) in mishaps for c in verb.children):
        return True
    # the killing told as what a crash did: "crashed, killing the pilot", "crashes ..., kills"
    if not cand.nominal and verb.dep_ in ("advcl", "conj") and lemma(verb.head) in mishaps:
        # ... a bare participle or a verb sharing a subject that is no party ("the ferry
        # capsized, killing 40"), not "troops stormed Baba Amr and killed dozens" nor "the
        # building collapsed after jets bombed it"
        own = any(c.dep_ in ("nsubj", "nsubjpass", "mark") for c in verb.children)
        party = any(c.dep_ == "nsubj" and party_like(c) for c in verb.head.children)
        return not (own or party)
    if not cand.nominal and _works_blast(verb, lex):
        return True
    # "BP's battle to contain the spill", "the fight against the virus": a figure of speech
    return any(lemma(t) in mishaps for t in _fought(cand.trigger))


def _works_blast(verb: Token, lex: Lexicon) -> bool:
    """A killing done by an explosion or fire in a clause that names works or a fuel ("an
    explosion on an offshore rig killed 11 workers", "eleven workers on the rig were killed by
    the explosion", "an explosion and fire destroyed BP's rig, killing 11 people"; cues.tsv
    `blast`, `works`): an accident, unless the sentence names a bomb or a saboteur ("an
    explosion at a gas pipeline killed three, and militants claimed responsibility")."""
    blasts = lex.cues["blast"]
    clause = verb
    for _ in range(3):  # "..., killing 11 people", "killed 11 workers and injured 17 others"
        doers = [c for c in clause.children if c.dep_ == "nsubj"]
        doers += agents(clause)
        if any(lemma(d) in blasts for d in doers):
            break
        if clause.dep_ not in ("conj", "advcl") or clause.head.i == clause.i:
            return False
        clause = clause.head
    else:
        return False
    works, saboteurs = lex.cues["works"], lex.cues["saboteur"]
    if any(lemma(t) in saboteurs for t in verb.sent):
        return False
    return any(lemma(t) in works for t in clause.subtree)


def _fought(trigger: Token) -> list[Token]:
    """What a fight or battle is against: its object, its "against" or "with" object, or the
    object of its infinitive ("the battle to contain the spill")."""
    found = []
    for child in trigger.children:
        if child.dep_ == "dobj":
            found.append(child)
        elif child.dep_ == "prep" and child.lower_ in ("against", "with"):
            found += [g for g in child.children if g.dep_ == "pobj"]
        elif child.dep_ in ("acl", "xcomp", "advcl") and infinitive(child):
            found += [g for g in child.children if g.dep_ == "dobj"]
    return found


def _sport(sent: Span, lex: Lexicon) -> bool:
    """A sports report: a score ("2-1") or a word of sport ("season", "heavyweight") outside
    a name ("the Arab League" is no league of sport)."""
    sport = lex.cues["sport"]
    if _SCORE.search(sent.text):
        return True
    return any(t.lemma_.lower() in sport and not t.ent_type_ for t in sent)


def _game(cand: Candidate, lex: Lexicon) -> bool:
    """A contest verb with a named side ("United beat Manchester City 3-2", "Ali fought George
    Foreman"): a game; "police beat fans after the match" is still an assault."""
    verb = cand.trigger
    if lemma(verb) not in lex.cues["contest"] or cand.nominal:
        return False
    if any(c.dep_ in ("dobj", "npadvmod", "nsubj") and c.pos_ == "PROPN" for c in verb.children):
        return True
    # "battling with Webber and Schumacher to finish eighth"
    return any(
        c.dep_ == "prep" and c.lower_ == "with" and any(g.pos_ == "PROPN" for g in c.children)
        for c in verb.children
    )


def _verb_between(start: Token, clause: Token) -> bool:
    """A verb of its own at or above ``start``, below the clause it hangs from."""
    tok = start
    while tok.i != clause.i and tok.head.i != tok.i:
        if tok.pos_ in ("VERB", "AUX"):
            return True
        tok = tok.head
    return False


_SEEN_AT = frozenset({"in", "at", "on", "near", "outside", "around"})


def _seen(clause: Token, lex: Lexicon) -> bool:
    """A participle on what a witness verb's subject saw ("videos show hundreds of people
    taking part in rallies", "witnesses saw soldiers firing on the crowd") or a broadcast
    aired ("it aired opposition leaders criticizing the government"): the act seen."""
    noun = clause.head
    if noun.dep_ == "pobj" and noun.head.lower_ in _SEEN_AT and noun.head.head.pos_ == "NOUN":
        # "shows thousands of mourners on the streets chanting for freedom": the parser hung
        # the participle on where they were
        noun = noun.head.head
    if noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.dep_ == "dobj":
        noun = noun.head.head  # "hundreds of people taking part"
    screened = (
        noun.dep_ == "dobj"
        and lemma(noun.head) in lex.cues["screen"]
        and (party_like(noun) or _named(noun))  # not "aired a documentary explaining how"
    )
    return clause.tag_ == "VBG" and (witnessed(noun) or screened)


def _who(clause: Token) -> bool:
    """A relative clause on people ("officials who boarded the ship"): what they did."""
    if clause.head.pos_ == "PRON":
        return False  # "anyone who tries to ...": nobody in particular
    return any(c.dep_ in ("nsubj", "nsubjpass") and c.lower_ == "who" for c in clause.children)


def _forecast(cand: Candidate, cands: list[Candidate]) -> bool:
    """A warning whose clause names no act ("warned that the rivalry could turn violent"),
    unlike "warned that further strikes could follow": a forecast, not a threat. A noun that
    is an event only under a governing verb ("dialogue", "reparations") names no act here."""
    if cand.entry.type != "THREATEN" or cand.entry.needs != "+ccomp":
        return False
    clause = next((c for c in cand.anchor.children if c.dep_ == "ccomp"), None)
    if clause is None:
        return True
    if _own_course(cand.anchor, clause):
        return False
    first, last = clause.left_edge.i, clause.right_edge.i
    # "warned the spill threatened their way of life": a warning of a danger names no act
    return not any(
        first <= other.trigger.i <= last
        for other in cands
        if other is not cand
        and other.standalone
        and not _danger(other)
        and not _judged_hard(other.anchor)
    )


def _own_course(verb: Token, clause: Token) -> bool:
    """A warning that tells what the warner will do ("warned he would show no mercy", "warned
    they will respond"): a threat (CAMEO 13). A condition alone does not make one ("warned that
    Egypt will face a leadership vacuum if the government falls", "drilling will be suspended
    if the storm hits": forecasts)."""
    warner = subject_of(verb)
    if warner is None or not (
        warner.lower_ in PERSONAL
        or _party_word(warner, lexicon())
        or any(t.pos_ == "PROPN" or t.ent_type_ in _PARTY_ENTITIES for t in warner.subtree)
    ):
        return False  # "economists warned they would revise their forecasts"
    if any(c.dep_ == "neg" for c in clause.children) or lemma(clause) in _LACK:
        return False  # "warned he would never leave", "warned they would run out of fuel"
    subject = next((c for c in clause.children if c.dep_ == "nsubj"), None)
    return (
        subject is not None
        and subject.lower_ in PERSONAL
        and any(c.dep_ == "aux" and c.lower_ in ("will", "would", "'ll") for c in clause.children)
    )


_LACK = frozenset("run need face lose suffer starve struggle have be".split())


def _shared_view(cand: Candidate) -> bool:
    """An agreement "that ..." whose clause sets no course ("leaders agreed that the crisis
    was serious"), unlike "ministers agreed that member states should decide"."""
    if cand.entry.type != "AGREE" or not (cand.entry.needs or "").startswith("+ccomp"):
        return False
    clause = next((c for c in cand.anchor.children if c.dep_ == "ccomp"), None)
    if clause is None:
        return True
    modals = {c.lemma_.lower() for c in clause.children if c.dep_ == "aux"}
    if modals & _COURSE:
        return False
    # "the two governments agreed that the border would reopen"; not "both sides agree that
    # the disaster will not be over", a forecast
    subject = subject_of(clause)
    planned = subject is not None and party_like(subject)
    return not (modals & _AHEAD and planned)


_COURSE = frozenset("should shall must ought".split())
_AHEAD = frozenset("will would".split())


def _judged_hard(verb: Token) -> bool:
    """ "Warned that it will be extremely difficult to provide emergency aid": an act the clause
    only judges hard or easy to do names no act of a threat (cues.tsv `difficulty`)."""
    head = verb.head
    return verb.dep_ == "xcomp" and any(
        c.dep_ == "acomp" and lemma(c) in lexicon().cues["difficulty"] for c in head.children
    )


def _warned_party(obj: Token | None) -> bool:
    """The object of a warning is a party warned ("warned Syria", "warned protesters", "warned
    the government not to"), or an act it warns of ("warned any foreign military action will
    turn Syria into another Afghanistan"), not what it forecasts ("warning the final death
    toll could ..."; cues.tsv `warned`)."""
    if obj is None:
        return False
    lex = lexicon()
    word = lemma(obj)
    return party_like(obj) or _named(obj) or word in lex.cues["warned"] or word in lex.nouns


def _danger(cand: Candidate) -> bool:
    """ "The spill threatened their way of life": a threat by no party (unlike "Iran
    threatened to close the strait")."""
    verb = cand.anchor
    return cand.entry.type == "THREATEN" and not any(
        c.dep_ == "nsubj" and party_like(c) for c in verb.children
    )


def _scene(tok: Token, lex: Lexicon, strong: bool) -> str | None:
    """'reporter' inside the phrase naming a source; 'background' in a scene-setting clause."""
    reports, background, content = lex.cues["report"], lex.cues["background"], lex.cues["content"]
    told = False  # passed a clause on a party: it is no longer the source's own phrase
    start = tok
    for _ in range(_FOLD_DEPTH + 3):
        head = tok.head
        if head.i == tok.i:
            return None
        if tok.dep_ in ("nsubj", "nsubjpass") and head.lemma_ in reports and not told:
            # "the meeting's co-chairman said", "was quoted as saying"; not what a passive
            # reports ("clashes between security forces and protesters were reported")
            if tok.dep_ == "nsubj" or _quoted_as(head):
                return "reporter"
        if tok.dep_ == "acl" and tok.i == start.i and _verbless(tok):
            # "Doctors from two aid groups donated goods": the parser hung the sentence's
            # only verb on its subject; it is what the sentence tells
            return None
        said = tok.dep_ == "acl" and (
            infinitive(tok)
            or head.lemma_ in content
            or _seen(tok, lex)
            or _source_saying(tok, head, reports)
        )
        # "Pankin, who complained that ...": a clause on a named party tells what it did
        # ... and so does one on people that tells a strong act ("officials who boarded the
        # ship"), unlike "newlyweds who had travelled to Mexico"
        named = tok.dep_ == "relcl" and (
            head.ent_type_ in _PARTY_ENTITIES or (strong and _who(tok))
        )
        if tok.dep_ == "relcl" and _when_clause(tok):
            tok = head  # "the same day as Clinton met with ...": a time clause, not a relative
            continue
        if ranked(tok) is not None and not _verb_between(start, tok):
            # "became the first state to sue BP": what the subject did (not what a clause below
            # tells: "became the first programme to be shown after a power cut halted ...")
            tok = head
            continue
        if (tok.dep_ == "relcl" and not named) or (tok.dep_ == "acl" and not said):
            return "background"
        # "the mother of a woman who was raped by troops said": the rape is no source (the
        # clause's own verb only, and not a standing role: "who now chairs meetings")
        told = told or (tok.dep_ == "relcl" and named and tok.i == start.i and not _habit(tok))
        if tok.dep_ == "advcl" and any(
            c.dep_ in ("mark", "advmod") and background.get(c.lower_) == "mark"
            for c in tok.children
        ):
            return "background"
        if tok.dep_ == "pobj" and background.get(head.lower_) == "prep":
            return "background"
        tok = head
    return None


_QUOTING = ("quote", "cite")  # verbs whose object is a source, who "says" what follows


def _source_saying(clause: Token, noun: Token, reports: dict) -> bool:
    """ "quoted a military source saying army forces seized weapons": a source quoted or cited
    as saying tells what the report says, as "quoted ... as saying" does (not "a man saying
    prayers", a reporting participle with no clause below it)."""
    return (
        clause.tag_ == "VBG"
        and clause.lemma_ in reports
        and noun.dep_ == "dobj"
        and noun.head.lemma_ in _QUOTING
        and any(c.dep_ == "ccomp" for c in clause.children)
    )


_TIME_NOUNS = frozenset("day night morning afternoon evening weekend".split())
_ORDINALS = frozenset("first second third fourth fifth sixth".split())
_TIME_UNITS = frozenset("minute hour day week fortnight month year decade century".split())


def _quoted_as(verb: Token) -> bool:
    """A passive of reporting whose subject is the source ("was quoted as saying"), or one
    that says what the subject is ("the invasion could be declared illegal"): no report of
    the subject as an act."""
    return verb.lemma_ in _QUOTING or any(
        (c.dep_ == "prep" and c.lower_ == "as") or c.dep_ in ("acomp", "oprd", "xcomp")
        for c in verb.children
    )


def _when_clause(clause: Token) -> bool:
    """A past clause on a day opened by "as" after "same" or by "when" ("the same day as
    Clinton met ...", "the night when troops stormed ..."): it tells when, and what it tells
    is news as much as an "as" clause on the verb ("the year when the excesses threatened
    the dream", "the day when they shall meet Him" are no such news)."""
    noun = clause.head
    prep = noun.head
    if (
        noun.lower_ == "time"
        and prep.lower_ == "at"
        and lemma(prep.head) in lexicon().cues["report"]
    ):
        # "reports said at the time the government threatened to ...": the parser hangs the
        # reported clause on "the time"; it is what was said
        return any(c.dep_ == "nsubj" for c in clause.children)
    if (
        noun.lower_ == "time"
        and any(c.dep_ in ("amod", "nummod") and c.lower_ in _ORDINALS for c in noun.children)
        and not any(t.lower_ == "not" for t in noun.doc[max(noun.i - 4, 0) : noun.i])
    ):
        # "it is the third time that Moscow and Beijing have vetoed sanctions": the clause
        # tells a named party's act, what the sentence is about (not "the first time the two
        # sides had met since the war", a description, nor "not the first time the Academy
        # Awards had witnessed a protest")
        return any(c.dep_ == "nsubj" and _named_or_proper(c) for c in clause.children)
    if noun.lemma_ not in _TIME_NOUNS or clause.tag_ != "VBD":
        return False
    same = any(c.lower_ == "same" for c in noun.children)
    return any(
        c.dep_ in ("mark", "advmod") and (c.lower_ == "when" or (c.lower_ == "as" and same))
        for c in clause.children
    )


def _verbless(verb: Token) -> bool:
    """A sentence the parser rooted on a noun, whose first verb ``verb`` hangs as a clause
    from that noun's phrase ("Doctors from two aid groups donated goods"): not a participle
    ("jets enforcing the no-fly zone"), nor a transcript's speaker ("CAMERON: ...")."""
    sent = verb.sent
    root = sent.root
    if root.pos_ not in ("NOUN", "PROPN") or verb.tag_ == "VBG":
        return False
    if root.text.isupper() and root.i + 1 < sent.end and verb.doc[root.i + 1].text == ":":
        return False  # "KURTZ: ...", not "Syria crisis: UN report condemns crackdown"
    if any(t.pos_ in ("VERB", "AUX") for t in verb.doc[sent.start : verb.i]):
        return False
    tok = verb.head  # up the subject's phrase: "doctors from two aid groups"
    while tok.i != root.i and tok.dep_ in ("pobj", "prep", "conj", "appos"):
        tok = tok.head
    return tok.i == root.i


def _habit(verb: Token) -> bool:
    """A plain present with no auxiliary ("who now chairs meetings"): a standing role."""
    return verb.tag_ in ("VBZ", "VBP") and not any(
        c.dep_ in ("aux", "auxpass") for c in verb.children
    )


def _fold(cands: list[Candidate], lex: Lexicon) -> list[Candidate]:
    by_token: dict[int, Candidate] = {}
    for c in cands:
        by_token.setdefault(c.anchor.i, c)
        by_token.setdefault(c.trigger.i, c)
    heads: list[Candidate] = []
    for cand in cands:
        target = _fold_target(cand, by_token, lex)
        named = cand.nominal and (_named_owner(cand.trigger) or harm_told(cand))
        named = named or (target is not None and _charged(cand, target))
        if target is not None and (named or _decided(cand, lex)) and _told_done(cand, target, lex):
            # "defended Beijing's veto", "condemned Syria's crackdown": the named party's act
            # happened, whatever the governing act says of it; it is told apart from it
            cand.apart, target = True, None
        elif target is None and _decided(cand, lex):
            cand.apart = True  # "Britain's decision to expel Gaddafi's diplomats ensures ..."
        if (
            target is None
            and cand.anchor.i != cand.trigger.i
            and by_token.get(cand.anchor.i) is not cand
        ):
            target = by_token[cand.anchor.i]  # two nouns on one light verb: the first wins
        if target is not None and _aside(cand, target, by_token):
            target = None
        root = _root(target, by_token, lex) if target is not None else None
        if root is not None and (root.standalone or not _held_apart(cand)):
            root.folded.append(cand)
        elif cand.standalone:
            # "under pressure over its crackdown": a noun that names no act on its own
            # cannot hold one that does (its complement, "calls to withdraw", stays its)
            heads.append(cand)
    return heads


def _held_apart(cand: Candidate) -> bool:
    """An act a noun only mentions, not the content the noun names ("the willingness to
    allow", "calls to withdraw backing")."""
    verb = cand.anchor
    if verb.dep_ == "acl" and any(c.dep_ == "mark" for c in verb.children):
        return False  # "charges that journalists are being used as shields"
    return cand.standalone and verb.dep_ not in _CLAUSE_DEPS and not infinitive(verb)


def _aside(cand: Candidate, target: Candidate, acts: dict[int, Candidate]) -> bool:
    """A participle set off from its clause ("held a meeting with opposition leaders, urging
    them to ...") tells a second act of another kind; a protest's demands stay its topic."""
    verb = cand.anchor
    if verb.dep_ == "acl" and verb.tag_ == "VBG" and not cand.nominal:
        # "will send advisers to help rebels fighting for the ouster of Gaddafi": a participle
        # on a noun no act governs ("help" is none) tells the noun's own act; on a noun an act
        # is done to ("opened fire on youths marching", "condemned the forces firing on
        # protesters") it stays that act's
        noun, gov = verb.head, verb.head.head
        while gov.dep_ in ("prep", "pobj") and gov.head.i != gov.i:
            gov = gov.head
        return noun.pos_ in ("NOUN", "PROPN") and gov.i not in acts
    if verb.dep_ != "advcl" or verb.tag_ != "VBG" or verb.head.i != target.anchor.i:
        return False
    if any(c.dep_ in ("mark", "nsubj") for c in verb.children):
        return False
    return target.entry.type not in ("PROTEST", cand.entry.type)


def _root(cand: Candidate, by_token: dict[int, Candidate], lex: Lexicon) -> Candidate:
    seen = {id(cand)}
    target = _fold_target(cand, by_token, lex)
    while target is not None and id(target) not in seen:
        seen.add(id(target))
        cand, target = target, _fold_target(target, by_token, lex)
    return cand
