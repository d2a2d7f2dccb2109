"""How the article tells an event: status, certainty, negation, condition and attribution.

Read off the trigger's governing chain (the trigger, the words it hangs from up to the
reporting verb or the root) and their auxiliaries and adverbs, with cue words from
``data/cues.tsv``.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from .lexicon import (
    PERFECT,
    POSSIBLE,
    WH,
    Lexicon,
    existential,
    has_subject,
    infinitive,
    lemma,
    lexicon,
    plotted,
    spoken_aside,
    subject_of,
    tells,
    when_clause,
)
from .triggers import Candidate, readied, too_little

if TYPE_CHECKING:
    from collections.abc import Container, Iterable

    from spacy.tokens import Span, Token

DEFINITE = frozenset({"the", "this", "that", "these", "those"})  # determiners of a known thing

__all__ = [
    "DEFINITE",
    "Telling",
    "chain",
    "going_on",
    "misread_past",
    "nothing_done",
    "occurs",
    "relative_phrase",
    "telling",
]

_CHAIN_DEPTH = 8
_CERTAINTY_ORDER = {"asserted": 0, "likely": 1, "possible": 2}
_MODIFIER_DEPS = frozenset({"aux", "auxpass", "advmod", "neg", "acomp", "amod", "det", "mark"})
_PRESENT_BE = frozenset({"is", "are", "am", "'s", "'re"})
_PAST_BE = frozenset({"was", "were"})
_FUTURE_PREPS = frozenset({"ahead", "before"})  # "ahead of the summit"
_GOING_ON = frozenset({"ongoing", "continuing", "current"})
# verbs that tell a lasting act happened or ended, not that it goes on
_OVER = frozenset(
    {"take", "occur", "happen", "end", "finish", "conclude", "stop", "cease", "fail", "collapse"}
)
_UNREAL_MODALS = frozenset({"would", "should", "must"})


@dataclass(frozen=True, slots=True)
class Telling:
    status: str
    certainty: str
    negated: bool
    hypothetical: bool
    attribution: str | None
    reported: bool  # the event sits under a reporting verb
    # the act is only supposed, owed or aimed at ("if his father stepped down", "the
    # government should impose a law", "named a panel to investigate"): not done, so the
    # event is planned, while a coder still codes the act itself (not its intent). Which of
    # them: "supposed" (a condition), "advised" ("should"), "owed" ("must", "has to") or
    # "aimed" (an errand); None for an act told as it stands
    unreal: str | None = None
    # the words that name the claim's sources: the subject of the reporting verb, the
    # object of "according to" (``attribution`` is their text)
    speakers: tuple[Token, ...] = ()
    # what a "whether" clause leaves open ("did not say whether he had quit")
    asked: bool = False
    # a condition told by its words ("if", "unless", "the risk of"), not only by a modal
    # ("a package that would pour $75 billion into ..." describes a plan)
    conditioned: bool = False


def chain(cand: Candidate, lex: Lexicon) -> tuple[list[Token], Token | None]:
    """The trigger's governing words up to a reporting verb (returned separately) or root."""
    out = [cand.trigger] if cand.anchor.i == cand.trigger.i else [cand.trigger, cand.anchor]
    tok = cand.anchor
    reports = lex.cues["report"]
    for _ in range(_CHAIN_DEPTH):
        if tok.head.i == tok.i:
            break
        reporter = spoken_aside(tok) if tok.i == cand.anchor.i else None
        if reporter is not None:
            # "said the virus was likely to spread and urged ...": the urging is the speaker's
            # own act, told with the report's tense, not the reported clause's hedges
            return out, reporter
        if tok.dep_ in ("conj",) and tok.head.pos_ == "VERB" and tok.pos_ == "VERB":
            if _finite_past(tok) and not _finite_past(tok.head):
                # "decision to pull out and slapped him with fines": a finite past verb
                # shares nothing with an infinitive it is parsed as coordinated with; it
                # belongs to the clause above ("took a dim view ... and slapped")
                above = _finite_above(tok.head)
                if above is None:
                    break
                tok = above
                out.append(tok)
                continue
            tok = tok.head  # shared auxiliaries: "will meet and discuss"
            out.append(tok)
            continue
        if tok.dep_ == "appos":
            break  # an apposition renames its head; the head's governors are not its own
        if tok.dep_ == "advcl" and _finite_past(tok):
            break  # "as street battles raged": a past clause keeps its own tense; "when he
            # visits Moscow" under "will meet" takes the plan's
        head = tok.head
        if head.pos_ == "VERB" and head.i != cand.anchor.i and tells(head, lex):
            return out, head
        out.append(head)
        tok = head
    # "..., Kyodo News reported": the report verb may hang from the event's clause
    for tok in out:
        for child in tok.children:
            if child.dep_ in ("parataxis", "advcl") and child.lemma_ in reports:
                return out, child
    return out, None


def misread_past(tok: Token) -> bool:
    """A past form the model tags as present ("retook" VBP): a present form other than "be"
    is the verb's base form, so a VBP verb that is not its own lemma is a past tense."""
    if tok.tag_ != "VBP" or tok.pos_ != "VERB":
        return False
    word = lemma(tok)
    return word != tok.lower_ and word != "be"


def told_past(verb: Token) -> bool:
    """The verb tells a past: a finite past ("imposed", "retook" misread as a present), a
    perfect ("has imposed") or a past passive ("were imposed", "has been imposed")."""
    if verb.pos_ not in ("VERB", "AUX"):
        return False
    if _finite_past(verb):
        return True
    if verb.tag_ != "VBN":
        return False
    auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    if any(c.lower_ in ("will", "would", "'ll", "to", "shall") for c in auxes):
        return False  # "will have been imposed", "to be imposed"
    return any(c.lower_ in _PAST_AUX for c in auxes)


_PAST_AUX = frozenset({"was", "were", "had", "has", "have", "'ve", "'s", "'d"})


def _finite_past(tok: Token) -> bool:
    past = "Past" in tok.morph.get("Tense") and "Fin" in tok.morph.get("VerbForm")
    return past or misread_past(tok)


def _own_clause(verb: Token) -> bool:
    """A coordinated verb with its own subject and tense is a clause of its own."""
    return has_subject(verb) and "Fin" in verb.morph.get("VerbForm")


def _past_relative(cand: Candidate) -> bool:
    """A past relative clause of its own ("the woman, who was beaten by police, will testify
    on Friday", "the activist, who was arrested, will appear in court"): the main clause's
    date and hedges ("appear") are not its."""
    return cand.anchor.dep_ == "relcl" and _own_relative(cand.anchor)


def relative_phrase(cand: Candidate, toks: list[Token]) -> list[Token]:
    """The chain ``toks`` as far as the verb of a past relative clause of its own, else all."""
    return toks[: toks.index(cand.anchor) + 1] if _past_relative(cand) else toks


def _own_relative(verb: Token) -> bool:
    """A relative clause with its own subject and a perfect or past tense ("where 7,000
    Syrians have taken refuge") tells what already happened, whatever the main clause plans."""
    subject = any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)
    perfect = any(c.dep_ == "aux" and c.lemma_ == "have" for c in verb.children)
    # "a woman who was dragged away": a past passive, its tense on the auxiliary
    past_aux = any(c.dep_ in ("aux", "auxpass") and c.tag_ == "VBD" for c in verb.children)
    return subject and (
        perfect or past_aux or "Past" in verb.morph.get("Tense") and verb.tag_ == "VBD"
    )


def _finite_above(tok: Token) -> Token | None:
    """The nearest finite verb governing ``tok`` (the clause an infinitive hangs from)."""
    for _ in range(_CHAIN_DEPTH):
        if tok.head.i == tok.i:
            return None
        tok = tok.head
        if tok.pos_ in ("VERB", "AUX") and "Fin" in tok.morph.get("VerbForm"):
            return tok
    return None


def _own_phrase(cand: Candidate, toks: list[Token], lex: Lexicon) -> list[Token]:
    """The words whose tense is the event's: an act named in another noun's phrase ("cut
    funding for military operations", "take control of the NATO mission") is not planned
    because the clause around that noun is."""
    noun = cand.trigger
    if cand.nominal and noun.dep_ == "pobj" and noun.head.head.pos_ in ("NOUN", "PROPN"):
        # ... but "arrangements for a Paris meeting", "plans for a summit" put it ahead (not
        # "the aim of the visit was to discuss": what the visit was for)
        if noun.head.lower_ != "for" or lemma(noun.head.head) not in lex.cues["future"]:
            return toks[:1]
    # "its attacks on soldiers aim to defend civilians", "Syria's crackdown will stamp on its
    # economic dream": what an act does next is not the act's own tense ("talks will take
    # place", "protests are expected to continue" tell the act itself)
    if cand.nominal and noun.dep_ in ("nsubj", "nsubjpass") and not _tells_act(noun, lex):
        return toks[:1]
    # "will send officers to advise rebels fighting for his ouster": the rebels fight now
    if not cand.nominal and cand.anchor.dep_ == "acl" and cand.anchor.tag_ == "VBG":
        return toks[: toks.index(cand.anchor) + 1]
    # a clause of its own keeps its own tense, while its dates and conditions still come from
    # the whole chain: "he agreed, and Obama signed on"; "an exercise in Hatay, where 7,000
    # Syrians have taken refuge"
    verb = cand.anchor
    if (verb.dep_ == "conj" and _own_clause(verb)) or _past_relative(cand):
        return toks[: toks.index(verb) + 1]
    return toks


def _tells_act(noun: Token, lex: Lexicon) -> bool:
    """Whether the verb an act noun is the subject of tells the act itself: its happening
    ("talks will take place"), its start or continuation ("the trial is expected to start"),
    or, for an act not yet identified, its being foreseen ("an attack on Iran would be a
    disaster", "major clashes would be devastating")."""
    verb = noun.head
    if occurs(verb, lex) or lemma(verb) in lex.cues["aspect"]:
        return True
    if any(c.dep_ == "xcomp" and lemma(c) in lex.cues["aspect"] for c in verb.children):
        return True
    definite = any(c.dep_ == "poss" or c.lower_ in DEFINITE for c in noun.children)
    return not definite and any(c.dep_ == "aux" and c.lower_ in lex.modals for c in verb.children)


def occurs(verb: Token, lex: Lexicon) -> bool:
    """A verb that reports its subject happening ("clashes erupted", "protests broke out",
    "talks took place"), with the particle or object its cue row requires."""
    need = lex.cues["occur"].get(lemma(verb))
    if need is None:
        return False
    return need == "-" or any(c.lower_ == need for c in verb.children)


def _modifiers(tokens: list[Token]) -> list[Token]:
    return [c for t in tokens for c in t.children if c.dep_ in _MODIFIER_DEPS]


def _status(
    cand: Candidate, toks: list[Token], mods: list[Token], lex: Lexicon, reported: bool
) -> str:
    future = lex.cues["future"]
    lemmas = {t.lemma_.lower() for t in toks[1:]} | {m.lemma_.lower() for m in mods}
    lemmas |= {m.lower_ for m in mods}
    # a cue whose value names a particle counts only with it: "look" only in "look forward"
    words = {m.lower_ for m in mods}
    cued = {w for w in lemmas & future.keys() if future[w] == "-" or future[w] in words}
    if cand.entry.type not in _PROMISED:
        cued = {w for w in cued if not (w in lex.cues["done"] and _taken(toks, w))}
    # "said it would/could impose sanctions": a reported prospect, unless a perfect ("said
    # the army may have killed 20") tells a past; "could" and "may" only as the act's own
    # auxiliary, not on a verb whose object names it ("could mark a turning point in the
    # struggle", "could hear soldiers firing") nor on a progressive ("Syria may be using
    # chemical weapons": a guess at the present)
    prospect = "would" in lemmas or _own_prospect(cand.anchor)
    prospect = prospect and not any(m.lower_ in PERFECT for m in mods)
    if cued or (reported and prospect):
        return "planned"
    # "the rebels have yet to attack the town", "is yet to sign": not done, still to come
    above = cand.anchor.head
    if (
        cand.anchor.dep_ == "xcomp"
        and above.lemma_.lower() in ("have", "be")
        and any(c.lower_ == "yet" for c in above.children)
    ):
        return "planned"
    # "Iran may attack Israel", "Gaddafi could pull back to Sirte": what may yet happen
    if prospect and "would" not in lemmas:
        return "planned"
    if any(t.lower_ in _FUTURE_PREPS for t in toks) or _be_to(cand.anchor):
        return "planned"
    if _going_to(cand.anchor):
        return "planned"  # "Russia is going to veto the resolution"
    if _announced_plan(cand.anchor, lex):
        return "planned"
    if cand.nominal and _scheduled_errand(toks, lex):
        return "planned"
    if cand.entry.type == "CONSULT" and _errand_under_way(cand, toks, lex, reported):
        return "planned"
    if cand.entry.type == "CONSULT" and _meeting_will(cand.trigger, lex) and cand.nominal:
        return "planned"
    if not cand.nominal and not _spoken(cand) and _wanted(cand.anchor, lex):
        # "the party wants to talk with the youths": not met yet; "Scottish prosecutors want
        # to question him". Not "wishes to commend the actions of the coroner", "I wish to
        # express my support", "said he wanted to express deep concern": saying it is the act
        return "planned"
    if cand.nominal and existential(cand.trigger):
        if any(c.lower_ in ("will", "would", "'ll") for c in cand.trigger.head.children):
            return "planned"  # "word had spread that there would be protests"
    head = cand.anchor
    aux = [c.lower_ for c in head.children if c.dep_ == "aux"]
    if head.tag_ == "VBG" and any(a in _PRESENT_BE for a in aux):
        return "ongoing"
    if going_on(cand, lex):
        return "ongoing"
    if lemmas & lex.cues["ongoing"].keys() and head.tag_ == "VBG":
        return "ongoing"
    # "all these things are being discussed": a present passive progressive
    passive_aux = [c.lower_ for c in head.children if c.dep_ == "auxpass"]
    if head.tag_ == "VBN" and "being" in passive_aux and any(a in _PRESENT_BE for a in aux):
        return "ongoing"
    # "the government continues to support banks", "protesters keep defying": the present of
    # a verb of continuing over the act (not "continued to attack on Monday")
    if any(t.lemma_.lower() in lex.cues["ongoing"] and _present_tense(t) for t in toks[1:3]):
        return "ongoing"
    # "the security forces have started firing on them", "has begun to withdraw": begun and
    # not over at the telling
    if any(_begun(t, lex) for t in toks[1:3]):
        return "ongoing"
    # "NATO warplanes have been pounding Gadhafi's forces", "BP has been widely criticised
    # since the blowout": a present perfect progressive, or a present perfect since a time,
    # goes on up to the telling (TimeML; the readers of t17_dates_1)
    if "has" in aux or "have" in aux:
        if head.tag_ == "VBG" and "been" in aux:
            return "ongoing"
        if any(c.dep_ == "prep" and c.lower_ == "since" for c in head.children):
            return "ongoing"
    return "occurred"


def going_on(cand: Candidate, lex: Lexicon) -> bool:
    """An act noun told as going on: "Syria's ongoing crackdown on demonstrators", or a lasting
    act (cues.tsv `lasting`) that is the subject of a present or present perfect ("the siege
    of Sirte has held up Libya's transition", "the probes come as ...")."""
    if not cand.nominal:
        return False
    noun = cand.trigger
    if any(c.dep_ == "amod" and c.lower_ in _GOING_ON for c in noun.children):
        return True
    if lemma(noun) not in lex.cues["lasting"] or noun.dep_ != "nsubj":
        return False
    verb = noun.head
    if verb.lemma_.lower() in _OVER:
        return False  # "fresh protests have taken place", "the siege has ended"
    aux = {c.lower_ for c in verb.children if c.dep_ in ("aux", "auxpass")}
    if aux & {"will", "would", "could", "may", "might", "should", "must", "had", "'d"}:
        return False
    return verb.tag_ in ("VBZ", "VBP") or (verb.tag_ == "VBN" and bool(aux & {"has", "have"}))


def _begun(verb: Token, lex: Lexicon) -> bool:
    """A present perfect of starting ("have started", "has begun")."""
    if verb.lemma_.lower() not in ("start", "begin") or lemma(verb) not in lex.cues["aspect"]:
        return False
    return verb.tag_ == "VBN" and any(
        c.dep_ == "aux" and c.lower_ in ("has", "have", "'ve") for c in verb.children
    )


def _present_tense(verb: Token) -> bool:
    """A present-tense verb, or one with a present auxiliary ("is continuing", "has kept")."""
    if verb.tag_ in ("VBZ", "VBP"):
        return True
    aux = [c.lower_ for c in verb.children if c.dep_ == "aux"]
    return verb.tag_ == "VBG" and any(a in _PRESENT_BE for a in aux)


# what there is little or few of did not happen: "there was little fighting"
_SCANT = frozenset({"little", "few", "scant", "hardly"})
# acts a decision only promises, whatever it says: "have decided to take the demands to the
# negotiating table" plans talks (the review of the tenth session's random-news changes)
_PROMISED = frozenset({"CONSULT", "REQUEST", "AGREE", "COOPERATE", "AID", "SUPPORT"})


def _taken(toks: list[Token], word: str) -> bool:
    """ "has decided to step down": a past decision whose infinitive is the act, as against
    "will decide", "if he decides to", "decided which banks to rescue" or a question."""
    for below, tok in zip(toks, toks[1:], strict=False):
        if tok.lemma_.lower() != word:
            continue
        if tok.tag_ not in ("VBD", "VBN") or below.dep_ != "xcomp":
            return False
        near = [*below.children, *(g for c in below.children for g in c.children)]
        if any(t.i < below.i and (t.dep_ == "mark" or t.tag_ in WH) for t in near):
            return False  # "decided whether to bomb", "decided which banks to rescue"
        sent = tok.sent
        return not (sent[-1].text == "?" or any(t.lower_ in ("if", "unless") for t in sent))
    return False


def _own_prospect(verb: Token) -> bool:
    """ "could impose", "may veto": a modal of possibility on the act's own verb."""
    aux = [c.lower_ for c in verb.children if c.dep_ == "aux"]
    return any(a in POSSIBLE for a in aux) and "be" not in aux and verb.tag_ != "VBG"


def _scheduled_errand(toks: list[Token], lex: Lexicon) -> bool:
    """ "Annan is to travel to Moscow for talks": what a scheduled journey is for is
    scheduled (cues.tsv `errand`; "is to blame for the attacks" schedules nothing)."""
    verb = _journey_for(toks)
    return verb is not None and lemma(verb) in lex.cues["errand"] and _be_to(verb)


def _journey_for(toks: list[Token]) -> Token | None:
    """The verb a noun's "for" phrase hangs from ("travel to Moscow for talks"), along the
    noun's governing chain ``toks``."""
    if len(toks) < 3 or toks[0].dep_ != "pobj" or toks[1].lower_ != "for":
        return None
    return toks[2]


def _errand_under_way(cand: Candidate, toks: list[Token], lex: Lexicon, reported: bool) -> bool:
    """ "They are sending their foreign minister to talk to Assad", "said it was sending an envoy
    to Damascus", "is flying to Paris for a meeting": a journey told in the progressive is
    arranged, and the visit or meeting it makes is still ahead (the futurate progressive; a past
    progressive only as reported speech: "Clinton was flying to Paris when ..." tells a past)."""
    verb = _journey_for(toks) if cand.nominal else cand.anchor
    if verb is None or (
        lemma(verb) not in lex.cues["errand"] and lemma(verb) not in lex.cues["dispatch"]
    ):
        return False
    if any(c.dep_ == "advcl" and when_clause(c) for c in verb.children):
        return False  # "said Clinton was flying to Paris for talks when the news broke"
    aux = {c.lower_ for c in verb.children if c.dep_ == "aux"}
    return verb.tag_ == "VBG" and bool(aux & _PRESENT_BE or (reported and aux & _PAST_BE))


def _announced_plan(verb: Token, lex: Lexicon) -> bool:
    """ "Bush announced plans yesterday to host an emergency summit": the parser hangs the
    infinitive on the verb whose object is the plan; the act is still ahead (not "announced
    its decision to expel", a decision taken: cues.tsv `done`)."""
    if verb.dep_ != "xcomp" or not infinitive(verb):
        return False
    future, done = lex.cues["future"], lex.cues["done"]
    return any(
        c.dep_ == "dobj" and future.get(lemma(c)) == "-" and lemma(c) not in done
        for c in verb.head.children
    )


def _meeting_will(noun: Token, lex: Lexicon) -> bool:
    """ "The meeting ... will be the first since March", "Erdogan's tour will include
    Tunisia": a meeting that will be or hold something (cues.tsv `agenda`) is still ahead (not
    "yesterday's meeting will shape the peace process": what a past meeting will do)."""
    if noun.dep_ != "nsubj" or noun.head.lemma_ not in lex.cues["agenda"]:
        return False
    if any(c.dep_ == "poss" and c.ent_type_ in ("DATE", "TIME") for c in noun.children):
        return False
    return any(c.dep_ == "aux" and c.lower_ in ("will", "'ll", "shall") for c in noun.head.children)


def _spoken(cand: Candidate) -> bool:
    """Praise or criticism, an act done by saying it."""
    return cand.entry.type == "SUPPORT" or (
        cand.entry.type == "ACCUSE" and cand.entry.mode == "disapprove"
    )


def _wanted(verb: Token, lex: Lexicon) -> bool:
    """An infinitive its subject wants, hopes or is keen to do (cues.tsv `desire`), not one
    wanted of others ("wants the rebels to talk") nor a past aim the teller narrates."""
    if verb.dep_ != "xcomp" or not infinitive(verb) or has_subject(verb):
        return False
    head = verb.head
    if any(c.dep_ == "nsubj" and c.lower_ in ("i", "we") for c in head.children):
        if head.tag_ == "VBD":
            return False  # "We wanted to speak to as many people as we could": a narrated aim
    return lemma(head) in lex.cues["desire"] and not any(c.dep_ == "dobj" for c in head.children)


def _going_to(verb: Token) -> bool:
    """ "is going to veto", "was not going to accept": the "be going to" future (not "is going
    to Paris", a journey, whose "to" has an object)."""
    going = verb.head
    if verb.dep_ != "xcomp" or not infinitive(verb) or going.lower_ != "going":
        return False
    return any(c.dep_ == "aux" and c.lemma_ == "be" for c in going.children)


def _be_to(tok: Token) -> bool:
    """'Lavrov is to meet Arab leaders': "be to" with an infinitive is a scheduled act."""
    if tok.lemma_.lower() in lexicon().cues["unscheduled"] and not any(
        c.dep_ == "acomp" for c in tok.head.children
    ):
        return False  # "Syria is to blame for the attacks": who is responsible, not a plan
    return tok.dep_ == "xcomp" and tok.head.lemma_ == "be" and infinitive(tok)


def _certainty(toks: list[Token], mods: list[Token], sent: Span, lex: Lexicon) -> str:
    cues = lex.cues["certainty"]
    found = "asserted"
    words = [*toks, *mods, *(t for t in sent if t.dep_ == "advmod" and t.head.dep_ == "ROOT")]
    for tok in words:
        value = cues.get(tok.lower_) or cues.get(tok.lemma_.lower())
        if value and _CERTAINTY_ORDER[value] > _CERTAINTY_ORDER[found]:
            found = value
    return found


def _negated(cand: Candidate, lex: Lexicon) -> bool:
    negs = lex.cues["negation"]
    if _set_aside(cand.trigger, lex.cues["instead"]):
        return True  # "competing rather than working together"
    noun = cand.trigger
    if cand.nominal and noun.dep_ == "pobj" and noun.head.lower_ == "of":
        if lemma(noun.head.head) in lex.cues["failure"]:
            return True  # "the lack of coordination with the United Nations"
    near = [cand.anchor, cand.trigger]
    if _stopped_short(cand.anchor) or _no_longer(cand.anchor):
        return True  # "stopped short of imposing sanctions", "will no longer allow supplies"
    if cand.anchor.dep_ in ("xcomp", "acl") and lemma(cand.anchor.head) in lex.cues["failure"]:
        return True  # "failed to agree a new cabinet", "Assad's failure to halt": not done
    if cand.anchor.dep_ in ("advcl", "xcomp") and infinitive(cand.anchor):
        if too_little(cand.anchor.head):
            return True  # "has not done enough to bring the perpetrators to justice"
    prep = cand.anchor.head
    if cand.anchor.dep_ == "pcomp" and prep.lower_ == "from" and prep.head.i != prep.i:
        if lemma(prep.head) in lex.cues["failure"]:
            return True  # "abstained from passing the resolution", "refrained from attacking"
        stop = prep.head
        if lemma(stop) in lex.cues["prevent"] or lemma(stop) in lex.cues["rebuff"]:
            # "preventing Gaddafi's forces from overrunning the revolt", not an aim ("aiming to
            # prevent Gaddafi's forces from attacking civilians"), a prospect ("could stop") or
            # a prevention that failed ("did not prevent them from attacking Misrata")
            return not (
                infinitive(stop) or any(c.tag_ == "MD" or c.dep_ == "neg" for c in stop.children)
            )
    if cand.anchor.dep_ in ("xcomp", "acomp"):
        # "did not agree to meet" is folded; "not expected to"; "is not willing to"
        near.append(cand.anchor.head)
        head = cand.anchor.head
        unwilling = head.dep_ == "acomp" and lemma(head) in lex.cues["intent"]
        if cand.anchor.dep_ == "xcomp" and unwilling:
            near.append(head.head)  # "is not ready to make concessions": unwillingness
    if not cand.nominal and any(
        g.dep_ == "neg"
        for c in cand.anchor.children
        if c.dep_ == "oprd" and lemma(c) == cand.entry.needs
        for g in c.children
    ):
        # "was found not guilty": what the verdict finds is denied (not "a no-fly zone"; and
        # "pleaded not guilty" is still a plea, as the negation set's readers judge it)
        return True
    intent = _intent_noun(cand.anchor, lex)
    if intent is not None:
        near.append(intent)  # "has no plans to send troops", "no intention of stepping down"
    if cand.nominal and existential(cand.trigger):
        near.append(cand.trigger.head)  # "there weren't more attacks"
        # "there was no more fighting on Monday"
        near += [c for c in cand.trigger.children if c.dep_ == "amod" and c.lower_ in _FURTHER]
        if any(c.lower_ in _SCANT for c in cand.trigger.children):
            return True  # "there was little fighting": a lull
    ready = readied(cand.trigger) if cand.nominal else None
    if ready is not None:  # "were not ready for talks", "is not prepared for talks"
        near += [ready, ready.head] if ready.dep_ == "acomp" else [ready]
    if not cand.nominal and _nobody_does(cand.anchor):
        return True  # "neither side attacked the convoy", "no country has recognised"
    if not cand.nominal and (_rebuffed(cand.anchor, lex) or nothing_done(cand)):
        return True
    return any(c.dep_ in ("neg", "det") and c.lower_ in negs for t in near for c in t.children)


def _stopped_short(verb: Token) -> bool:
    """ "stopped short of imposing sanctions": the act named after "short of" was not done."""
    prep = verb.head
    if verb.dep_ != "pcomp" or prep.lower_ != "of" or prep.head.lower_ != "short":
        return False
    return prep.head.head.lemma_.lower() in ("stop", "fall")


def _no_longer(verb: Token) -> bool:
    """ "will no longer allow", "no longer supports": the act stops (not "no longer than")."""
    return any(
        c.dep_ == "advmod" and c.lower_ == "longer" and any(g.lower_ == "no" for g in c.children)
        for c in verb.children
    )


_NOBODY = frozenset({"nobody", "none", "neither", "noone"})
_FURTHER = frozenset({"more", "further", "new"})
_SPOKEN_TYPES = frozenset({"REQUEST", "ACCUSE", "THREATEN", "REJECT", "PROTEST"})


def _rebuffed(verb: Token, lex: Lexicon) -> bool:
    """ "tried to visit the prisoners but was denied access", "attempted to march on the
    palace but were stopped by police": an attempt undone by what follows it."""
    attempt = verb.head
    if verb.dep_ != "xcomp" or lemma(attempt) not in lex.cues["attempt"]:
        return False
    rebuff = lex.cues["rebuff"]
    for then in attempt.children:
        need = rebuff.get(lemma(then))
        if then.dep_ != "conj" or need is None or any(c.dep_ == "neg" for c in then.children):
            continue
        if need == "-" or any(c.lower_ == need for c in then.children):
            return any(c.lower_ == "but" for c in attempt.children)
    return False


def nothing_done(cand: Candidate) -> bool:
    """ "BP has offered no estimate", "offered nothing": the act's object is none, and the
    trigger is the verb alone ("made no arrests" is read by its own words). What a demand or
    an accusation says is its content ("urges no cuts")."""
    verb = cand.anchor
    if cand.trigger.i != verb.i or cand.entry.type in _SPOKEN_TYPES:
        return False
    for obj in verb.children:
        if obj.dep_ != "dobj":
            continue
        if obj.lower_ in ("nothing", "none"):
            return True
        # not the "no" of "a no-fly zone"
        return any(
            c.dep_ == "det" and c.lower_ == "no" and c.nbor().text != "-" for c in obj.children
        )
    return False


def _nobody_does(verb: Token) -> bool:
    """The act's subject is nobody: "nobody", "none of them", "neither side", "no country"."""
    for c in verb.children:
        if c.dep_ not in ("nsubj", "nsubjpass"):
            continue
        if c.lower_ in _NOBODY and not any(g.dep_ == "cc" for g in c.children):
            return True  # not "neither Russia nor China", which names both as doers
        if any(g.dep_ == "det" and g.lower_ in ("no", "neither") for g in c.children):
            return True
    return False


def _intent_noun(verb: Token, lex: Lexicon) -> Token | None:
    """The noun of plan or intention whose infinitive or "of" gerund the verb is ("plans to
    send troops", "intention of stepping down")."""
    noun = verb.head
    if verb.dep_ == "pcomp" and noun.lower_ == "of":
        noun = noun.head
    elif verb.dep_ != "acl" or not infinitive(verb):
        return None
    if noun.pos_ != "NOUN" or noun.lemma_.lower() not in lex.cues["future"]:
        return None
    return noun


def _prevented(cand: Candidate, lex: Lexicon) -> Token | None:
    """The verb that stops the act its object names ("police foiled an attack", "thwarted an
    attempt to attack the oil facility")."""
    obj = cand.trigger
    if not cand.nominal:
        return plotted(cand.anchor)  # the act a foiled plot, attempt or bid was to carry out
    if obj.dep_ != "dobj" or obj.head.pos_ != "VERB":
        return None
    return obj.head if lemma(obj.head) in lex.cues["prevent"] else None


def _done(verb: Token) -> bool:
    """A finite past act with no modal ("police foiled an attack"), not a purpose or a wish
    ("a no-fly zone to prevent Gaddafi's attacks", "should have prevented")."""
    if verb.tag_ not in ("VBD", "VBN") or infinitive(verb):
        return False
    return not any(c.dep_ == "aux" and c.tag_ == "MD" for c in verb.children)


def _set_aside(tok: Token, instead: dict[str, str]) -> bool:
    """The act right after "rather than" or "instead of", past its modifiers ("rather than a
    crackdown", "instead of immediately attacking")."""
    # sentence starts bound the look back (``Token.sent`` would build the sentence's span)
    doc, i = tok.doc, tok.i
    while not doc[i].is_sent_start and tok.i - i < 3 and doc[i - 1].dep_ in _SKIPPED_BEFORE:
        i -= 1
    if doc[i].is_sent_start or doc[i - 1].is_sent_start:
        return False
    first, second = doc[i - 2], doc[i - 1]
    return instead.get(first.lower_) == second.lower_


_SKIPPED_BEFORE = frozenset({"det", "amod", "advmod", "nummod", "compound"})


def _unreal_form(verb: Token) -> bool:
    """An exhortation ("donate to charities and the poor") or a generic infinitive ("to
    criticise is not to capitulate"): the writer names an act nobody did."""
    top = verb
    while top.dep_ == "conj" and top.head.i != top.i:
        top = top.head
    if top.dep_ == "ROOT" and top.tag_ == "VB":
        if not any(
            c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass", "expl") for c in top.children
        ):
            return True
    if not infinitive(verb):
        return False
    if verb.dep_ == "csubj":
        return True
    # "... is not to capitulate", but "Lavrov is to meet Arab leaders" is a plan
    head = verb.head
    subject = any(c.dep_ in ("nsubj", "nsubjpass") for c in head.children)
    return verb.dep_ in ("xcomp", "attr") and head.lemma_ == "be" and not subject


def _supposed(toks: list[Token], lex: Lexicon, report: Token | None) -> bool:
    """The act is told as supposed by the words around it (a condition, an unreal form, the
    risk of it, a warning of it), not only by a modal ("would", ``_hypothetical``)."""
    conditions = lex.cues["condition"]
    reported = report is not None
    verb = next((t for t in toks if t.pos_ in ("VERB", "AUX")), None)
    if not reported and verb is not None and _unreal_form(verb):
        return True
    if verb is not None and verb.i == toks[0].i and _counterfactual(verb):
        return True  # "said King should have consulted the governor": he did not (but "should
        # have prevented the attack" tells an attack that happened)
    if reported and any(c.dep_ == "aux" and c.lower_ == "would" for c in report.children):
        return True  # "you wouldn't say thank you": the telling itself is imagined
    if any(t.lemma_.lower() in conditions for t in toks[1:] if t.pos_ in ("NOUN", "ADJ")):
        return True  # "the risk of an attack", "hopeful they will capture the port"
    if _foreseen(toks[0], lex.cues["foresee"]):
        return True  # "warned of attacks on European cities"
    # "if no agreement is reached", "split over whether to impose sanctions"
    return _conditioned(toks, lex)


def _hypothetical(supposed: bool, mods: list[Token], report: Token | None) -> bool:
    """Supposed by its words, or by "would", "should" or "must" outside reported speech: a
    conditional ("X would retaliate") or the writer's view of what ought to happen, not a
    happening."""
    return supposed or (report is None and any(m.lower_ in _UNREAL_MODALS for m in mods))


def _unreal(cand: Candidate, toks: list[Token], hypothetical: bool, lex: Lexicon) -> str | None:
    """How the act is only supposed, owed or aimed at, not told as done (Telling.unreal): in a
    condition or a supposition ("faces four years in prison if convicted"), under a modal of
    duty ("should impose", "needs to ask"), or the purpose of another act ("building its army
    to battle the insurgency", "named a panel to investigate"). A perfect ("should have
    consulted", "if he had stepped down") tells a past that did not happen, which negation
    and condition say."""
    verb = cand.anchor
    if any(c.dep_ == "aux" and c.lemma_ == "have" for c in verb.children):
        return None
    if cand.nominal and not (cand.trigger.tag_ == "VBG" or existential(cand.trigger)):
        return None  # "if their protests do not subside": the protests go on
    duty = None if cand.nominal else _owed(toks)
    if hypothetical and (duty is None or _conditioned(toks, lex)):
        return None if _asked(toks) else "supposed"
    if cand.nominal:
        return None
    if duty is not None:
        return "advised" if duty in ("should", "ought") else "owed"
    if infinitive(verb) and _purpose(verb, lex.cues["commission"]):
        return "aimed"
    return None


def _marked(toks: Iterable[Token], words: Container[str]) -> bool:
    """One of the words marks a clause of ``toks`` ("if", "unless", "whether")."""
    return any(c.dep_ == "mark" and c.lower_ in words for t in toks for c in t.children)


def _conditioned(toks: list[Token], lex: Lexicon) -> bool:
    """A condition marker on the act's chain ("if convicted", "unless he steps down"), or a
    condition told by an auxiliary put before its subject ("should they make the tragic
    mistake of using those weapons", "had he known"), in a sentence that asks nothing."""
    return _marked(toks, lex.cues["condition"]) or any(_inverted(t) for t in toks)


def _inverted(verb: Token) -> bool:
    subject = subject_of(verb)
    if subject is None or verb.sent[-1].text == "?":
        return False
    return any(
        c.dep_ in ("aux", "auxpass") and c.lower_ in _INVERTING and c.i < subject.i
        for c in verb.children
    )


_INVERTING = frozenset({"should", "had", "were"})


def _consequent(toks: list[Token], lex: Lexicon) -> bool:
    """The act is what follows from a condition told beside it ("If Gaddafi attacks
    Benghazi, NATO would strike his forces")."""
    clauses = (c for t in toks for c in t.children if c.dep_ == "advcl")
    return _marked(clauses, lex.cues["condition"])


def _open_question(toks: list[Token]) -> bool:
    """The act is what a "whether" clause leaves open ("won't take the decision lightly on
    whether to use military force"), or an "if" clause that is a question's object ("did not
    say if he had quit", ``_asked``)."""
    return _marked(toks, ("whether",)) or _asked(toks)


def _asked(toks: list[Token]) -> bool:
    """ "was asked if he had spoken with the CEO": an "if" or "whether" clause that is the
    object of a question, not a condition."""
    return any(
        t.dep_ == "ccomp"
        and any(c.dep_ == "mark" and c.lower_ in ("if", "whether") for c in t.children)
        for t in toks
    )


_DUTY = frozenset({"should", "must", "ought"})
_NEED = frozenset({"need", "have"})


def _owed(toks: list[Token]) -> str | None:
    """The word of duty over the act ("should impose", "must withdraw", "needs to ask", "has
    to pay"), or None for a deed."""
    for tok in toks:
        if tok.pos_ not in ("VERB", "AUX", "ADJ"):
            break
        duty = next((c.lower_ for c in tok.children if c.dep_ == "aux" and c.lower_ in _DUTY), None)
        if duty is not None:
            return duty
        if tok.dep_ == "xcomp" and infinitive(tok):
            head = tok.head.lemma_.lower()
            if head == "ought":
                return "ought"  # "ought to impose sanctions"
            if head in _NEED:
                # "had to flee", "have had to request payment" were done; "needed to ask" may
                # not be
                done = head == "have" and tok.head.tag_ in ("VBD", "VBN")
                return None if done else "need"
        if has_subject(tok):
            break  # "should remember that those who voted are hostile": not the act's duty
    return None


def _marked_purpose(verb: Token) -> bool:
    """ "in order to ask", "so as to avoid" (not "has gone so far as to push for")."""
    to = next((c for c in verb.children if c.dep_ == "aux" and c.lower_ == "to"), None)
    if to is None:
        return False
    # the parser hangs "in order to attack" as "in" -> "order" -> acl "attack"
    before = [t.lower_ for t in verb.doc[max(0, to.i - 2) : to.i]]
    return before in (["in", "order"], ["so", "as"])


def _purpose(verb: Token, commission: dict[str, str]) -> bool:
    """An infinitive of purpose: "in order to", or the errand of what a verb of sending, naming
    or setting up sends or sets up (cues.tsv `commission`: "named a panel to investigate",
    "deployed troops to protect civilians", "is building its police to battle the
    insurgency"). A bare purpose clause is left as told: the act is often done by the means
    ("voted 180-238 to reject the measure", "braved rain to protest")."""
    if verb.dep_ not in ("xcomp", "advcl", "acl"):
        return False
    if _marked_purpose(verb):
        return True  # "in order to", "so as to"
    head = verb.head
    if verb.dep_ == "acl":
        if head.dep_ != "dobj":
            return False
        head = head.head  # "named a panel to investigate": the panel's errand
    need = commission.get(lemma(head))
    if need is None or not any(c.dep_ == "dobj" for c in head.children):
        return False
    return need == "-" or any(c.lower_ == need for c in head.children)


def _counterfactual(verb: Token) -> bool:
    """ "should have consulted", "would have been killed", "could've stopped": a past that
    did not happen."""
    aux = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    return any(a.lower_ in _COUNTERFACTUAL for a in aux) and any(a.lower_ in PERFECT for a in aux)


_COUNTERFACTUAL = frozenset({"should", "would", "could"})


def _foreseen(noun: Token, foresee: dict[str, str]) -> bool:
    """An act named as what a verb of foreseeing is about ("warned of attacks")."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.head.i == prep.i or prep.head.pos_ != "VERB":
        return False
    return prep.lower_ in foresee.get(prep.head.lemma_.lower(), "").split("|")


def _text(tok: Token) -> str:
    # the span's own text: Doc.text joins every token of the article on each call
    return tok.doc[tok.left_edge.i : tok.i + 1].text


def _joint(subj: Token) -> bool:
    """The parties speak together of what they did together ("both sides reiterated ... and
    discussed"): the statement is the act's own telling. Any other speaker is the claim's
    source, a party or a pronoun included ("NATO said it had carried out air strikes", "he
    said"), as the status and dates sets' readers attribute it (0.850 -> 0.884 on their 589
    acts, when a party or a pronoun had been taken for the writer's own voice)."""
    if any(c.lower_ == "both" and c.dep_ in ("det", "predet") for c in subj.children):
        return lemma(subj) in _SIDES  # "both sides", not "both officials"
    two = any(c.lower_ == "two" for c in subj.children)
    return two and any(c.lower_ == "the" for c in subj.children)  # "the two ministers"


def _in_report(report: Token, toks: list[Token]) -> bool:
    """The act is part of what the reporting verb reports: its clause is the verb's content
    ("said it had carried out air strikes"), or the verb hangs from the act's clause ("...,
    Kyodo News reported"). Not an act told around the report ("Visiting Turkey, he said",
    "said at the meeting", "X, who is suing BP, said", "said ..., urging him")."""
    ids = {t.i for t in toks}
    if report.head.i in ids and report.dep_ in ("parataxis", "advcl"):
        return True
    last = toks[-1]
    return last.head.i == report.i and last.dep_ in _CONTENT


_SIDES = frozenset({"side", "party", "country", "government", "leader", "minister", "delegation"})
# how a reported clause hangs from its reporting verb
_CONTENT = frozenset({"ccomp", "parataxis", "xcomp", "dobj", "conj", "attr", "oprd"})
# a subject that is no speaker ("That said, they warned")
_NO_SPEAKER = frozenset({"that", "this"})


def _attribution(
    report: Token | None, sent: Span, cand: Candidate, toks: list[Token]
) -> tuple[str | None, tuple[Token, ...]]:
    """The claim's source as written ("Kyodo News, citing officials"), and the words that
    name its speakers."""
    parts: list[str] = []
    speakers: list[Token] = []
    if report is not None and report.i != cand.anchor.i and _in_report(report, toks):
        # a passive report names no source ("are reported to have been killed")
        subj = next((c for c in report.children if c.dep_ == "nsubj"), None)
        if subj is not None and not _joint(subj) and subj.lower_ not in _NO_SPEAKER:
            parts.append(_text(subj))
            speakers.append(subj)
            for child in report.children:
                if child.lemma_ == "cite" or child.lower_ == "quoting":
                    obj = next((c for c in child.children if c.dep_ == "dobj"), None)
                    if obj is not None:
                        parts.append(f"{child.lower_} {_text(obj)}")
                        speakers.append(obj)
    for tok in sent:
        if tok.lower_ == "according" and tok.dep_ == "prep":
            to = next((c for c in tok.children if c.lower_ == "to"), None)
            obj = (
                next((c for c in to.children if c.dep_ == "pobj"), None) if to is not None else None
            )
            if obj is not None:
                parts.append(f"according to {_text(obj)}")
                speakers.append(obj)
    return ", ".join(parts) or None, tuple(speakers)


def telling(cand: Candidate, sent: Span, lex: Lexicon) -> Telling:
    """Status, certainty, negation, condition and attribution of a candidate event."""
    toks, report = chain(cand, lex)
    mods = _modifiers(toks)
    reported = report is not None
    own = _own_phrase(cand, toks, lex)
    stopper = _prevented(cand, lex)
    # "should have prevented the attack": the prevention did not happen, so the attack did
    real = not (stopper is not None and _counterfactual(stopper))
    supposed = real and _supposed(toks, lex, report)
    hypothetical = real and _hypothetical(supposed, mods, report)
    attribution, speakers = _attribution(report, sent, cand, toks)
    certainty = _certainty(own if _past_relative(cand) else toks, mods, sent, lex)
    asked = _open_question(toks)
    if certainty == "asserted" and asked:
        certainty = "possible"  # "did not indicate whether he had quit": unknown (FactBank)
    return Telling(
        status=_status(cand, own, _modifiers(own), lex, reported),
        certainty=certainty,
        negated=(stopper is not None and _done(stopper)) or _negated(cand, lex),
        hypothetical=hypothetical,
        attribution=attribution,
        reported=reported,
        unreal=_unreal(cand, own, hypothetical, lex),
        speakers=speakers,
        asked=asked,
        conditioned=hypothetical and (supposed or _consequent(toks, lex)),
    )
