"""Headline, caption, byline and time-stamp run-ons get their own sentences, and the
look-alikes inside real sentences ("reported by The New York Times") do not."""

from __future__ import annotations

from collections.abc import Iterator
from importlib import resources
from pathlib import Path

import pytest

import dateline.analyse as analyse_module
from dateline.analyse import analyse, load_model, parse, runon_starts
from dateline.tables import records, split_forms
from dateline.time.lexicon import lexicon as time_lexicon

from .conftest import shared_file

# Each case: the text, and the words that must (or must not) start a sentence.
SPLITS = {
    "caption before a lead opened by a preposition": (
        "Rebels are targeting military vehicles advancing on towns and villages At least 80"
        " Syrian soldiers were killed by rebels over the weekend, activists say.",
        "At least",
    ),
    "headline before a lead opened by a place": (
        "Opposition leaders call for more help from the world In Hama, four people died on"
        " Sunday, activists said.",
        "In Hama",
    ),
    "headline before lead": (
        "Syria crisis: UN report condemns crackdown on protests The UN report says security "
        "forces shot unarmed protesters in Homs.",
        "The UN report says",
    ),
    "caption before lead": (
        "Smoke rises over the old city after the shelling It is unclear how many people died "
        "in the attack on Monday.",
        "It is unclear",
    ),
    "caption ending in a plural noun, then a name": (
        "It is unclear why flu rates are higher in Inuit communities Canada is investigating "
        "whether the north was hit harder.",
        "Canada is investigating",
    ),
    "quoted caption, then a name": (
        "Kofi Annan said Iran could play a 'positive role' UN and Arab League special envoy "
        "Kofi Annan has met officials in Iran and Iraq.",
        "UN and Arab League",
    ),
    "BBC time stamp": (
        "Russia warns against intervention 09 February 12 16:07 GMT Russia's deputy foreign "
        "minister says his country will block any resolution.",
        "Russia's deputy foreign",
    ),
    "Reuters header": (
        "WASHINGTON | Wed Mar 30, 2011 6:16 pm EDT WASHINGTON (Reuters) - President Barack "
        "Obama has signed a secret order authorizing covert support for Libyan rebels.",
        "President Barack",
    ),
    "web page time stamp": (
        "Jun 22, 2010 13:39 UTC Shakespeare put it best, and BP's chief executive has learnt it.",
        "Shakespeare put",
    ),
    "wire dateline": (
        "By Tom Miles and Stephanie Nebehay GENEVA, Sept 26 (Reuters) - Syria's army shelled "
        "the town of Rastan on Monday, activists said.",
        "Syria's army",
    ),
    "CNN byline": (
        "By Joe Sterling, CNN Syrian forces shelled the city of Homs on Saturday, activists said.",
        "Syrian forces shelled",
    ),
    "CNN wire byline": (
        "By the CNN Wire Staff Libyan rebels have taken control of the oil port of Brega.",
        "Libyan rebels have",
    ),
    "headline before a wire header": (
        "Syrian attack on rebel city mocks Arab peace plan LONDON | Tue Nov 8, 2011 8:30 am EST "
        "LONDON (Reuters) - Syria's assault on the city of Homs has mocked the plan.",
        "LONDON | Tue",
    ),
    "headline before a BBC stamp": (
        "Syria crisis: Ex-PM says regime is collapsing 14 August 2012 Last updated at 10:46 GMT "
        "The former prime minister, who defected to Jordan, says the regime is collapsing.",
        "14 August 2012",
    ),
    "CNN story bullets": (
        "NEW: Rebels say they hold the port NEW: The African Union sends a delegation to "
        "Tripoli on Sunday.",
        "NEW: The African Union",
    ),
    "BBC pull quote": (
        'He said: "We are losing our battle to protect our coast" End Quote Bobby Jindal '
        "Louisiana governor The governor has asked for more booms.",
        "End Quote",
    ),
    "headline with a present verb, then a plural noun and a name": (
        "Rebels claim gains near the border with Turkey despite air strikes by government "
        "forces Saudi Arabia has said it is recalling its ambassador from Damascus.",
        "Saudi Arabia has said",
    ),
}

TRAPS = {
    "title of a film with a capital preposition": (
        "She starred in the film Lost In Translation with Bill Murray in 2003.",
        "In Translation",
    ),
    "newspaper after a preposition": (
        "The plan was first reported by The New York Times on Monday, and officials confirmed it.",
        "The New York Times",
    ),
    "title before a name": (
        "On Tuesday President Barack Obama said the United States would not send ground troops.",
        "Barack Obama",
    ),
    "quoted title": (
        'She said she had read "The Road" twice and it changed how she saw the war.',
        "The Road",
    ),
    "joint envoy": (
        "Officials said U.S. and Arab League envoys would meet in Cairo on Thursday.",
        "Arab League",
    ),
    "band name after a noun": (
        "He is a member of hip-hop trio The Fugees and was born in Haiti in 1972.",
        "The Fugees",
    ),
    "letter after a noun": (
        "She said the person had tested positive for type A flu and was having more tests.",
        "A flu",
    ),
    "newspaper as an object with a that-clause": (
        "The minister told the newspaper The Times that he would resign within a week.",
        "The Times",
    ),
    "newspaper as an object with a that-clause and its own subject": (
        "The minister told the newspaper The Times that officials would resign within a week.",
        "The Times",
    ),
    "that-less clause after a noun": (
        "The fund was set up in June amid fears BP would fail to heed the president's demand.",
        "BP would fail",
    ),
    "reduced relative after a noun": (
        "Mr Obama was asked about comments Mr Hayward made in the wake of the disaster.",
        "Mr Hayward made",
    ),
    "reduced relative after a quoted name": (
        'He said the vote would be a message of support to the "extremists and terrorists" '
        "Damascus says it is fighting.",
        "Damascus says",
    ),
    "reduced relative after a superlative": (
        "Fighting has left dozens injured in some of the most severe hostilities Sanaa has seen.",
        "Sanaa has seen",
    ),
    "relative clause before a title": (
        "The poet, who won the prize this week with his collection of poems A Scattering, "
        "also took part.",
        "A Scattering",
    ),
    "wire dateline kept with its stamp": (
        "ZURICH | Thu Oct 6, 2011 3:22 pm BST ZURICH (Reuters) - Stiff competition for private "
        "bankers has kept a floor under pay.",
        "ZURICH (Reuters)",
    ),
    "update stamp with its day": (
        "(Update 3:09 a.m. Wednesday in Cairo, 8:09 p.m. ET Tuesday) Obama spoke with Mubarak.",
        "Tuesday)",
    ),
    "tweet stamp with its date": (
        "Coming up: the man who killed bin Laden 8:13 pm ET February 11, 2013 RETWEET",
        "February 11",
    ),
    "CNN byline with a title": (
        "By Fran Townsend, CNN National Security Contributor NATO ramps up pressure on Libya.",
        "National Security",
    ),
}


# Hand-checked Timeline17 text: (article id, offset of the word that must or must not start a
# sentence). Found by reading the splits on 528 sampled articles; the traps were wrong splits
# of earlier versions of the rule.
T17_SPLITS = [
    ("t17/SyrianCrisis_bbc/2011-06-15/199", 55),  # protests | The UN report says
    ("t17/H1N1_bbc/2009-06-12/301", 99),  # Inuit communities | Canada is investigating
    ("t17/bpoil_bbc/2010-05-28/1188", 125),  # Obama: "..." | US President Barack Obama has
    ("t17/SyrianCrisis_bbc/2012-08-14/152", 57),  # says regime is collapsing | 14 August
    ("t17/EgyptianProtest_cnn/2011-01-31/206", 236),  # won't shoot protesters | U.S. needs
    ("t17/LibyaWar_cnn/2011-07-04/167", 22),  # By the CNN Wire Staff | Libyan strongman
    ("t17/LibyaWar_cnn/2011-04-04/109", 95),  # rifles to sodomize her | NEW: She says
    ("t17/SyrianCrisis_reuters/2011-11-08/301", 60),  # mocks Arab peace plan | LONDON |
    ("t17/SyrianCrisis_bbc/2012-03-05/81", 1297),  # not safe for us to go in" | End Quote
    ("t17/bpoil_guardian/2010-06-09/513", 5578),  # oil spill intensifies | This article
]
T17_TRAPS = [
    ("t17/H1N1_bbc/2009-04-28/447", 1533),  # in contact with honeymooners | Iain and Dawn
    ("t17/bpoil_bbc/2010-08-23/728", 1004),  # amid fears | BP would fail
    ("t17/bpoil_bbc/2010-06-08/2063", 515),  # asked about comments | Mr Hayward made
    ("t17/H1N1_guardian/2009-04-30/296", 1080),  # positive for type | A flu
    ("t17/haiti_bbc/2010-01-13/1379", 1093),  # hip-hop trio | The Fugees
    ("t17/EgyptianProtest_cnn/2011-01-31/209", 171),  # 3:14 p.m. ET | Tuesday)
    ("t17/bpoil_washingtonpost/2010-10-07/2095", 9180),  # of the "settlement" | BP agreed to
    ("t17/haiti_bbc/2010-01-21/1817", 655),  # "historic challenge" | UN spokesman told
    ("t17/LibyaWar_cnn/2011-06-10/27", 22),  # By Fran Townsend, CNN | National Security
]


@pytest.fixture(scope="module")
def t17_starts() -> dict[tuple[str, int], bool]:
    """Whether each hand-checked T17 offset starts a sentence; only its line is parsed."""
    from dateline.evaluate import t17_articles

    shared_file("data/news/t17_articles.jsonl.gz")
    articles = t17_articles()
    cases = [*T17_SPLITS, *T17_TRAPS]
    lines = []
    for article, offset in cases:
        text = articles[article]["text"]
        start = text.rfind("\n", 0, offset) + 1
        end = text.find("\n", offset)
        lines.append((start, text[start : end if end >= 0 else len(text)]))
    docs = analyse([line for _, line in lines])
    return {
        case: any(s.start_char + start == case[1] for s in doc.sents)
        for case, (start, _), doc in zip(cases, lines, docs, strict=True)
    }


@pytest.mark.parametrize(
    "case", T17_SPLITS, ids=lambda c: f"{c[0]}@{c[1]}" if isinstance(c, tuple) else None
)
def test_t17_run_on_is_split(
    case: tuple[str, int], t17_starts: dict[tuple[str, int], bool]
) -> None:
    assert t17_starts[case], case


@pytest.mark.parametrize(
    "case", T17_TRAPS, ids=lambda c: f"{c[0]}@{c[1]}" if isinstance(c, tuple) else None
)
def test_t17_look_alike_is_not_split(
    case: tuple[str, int], t17_starts: dict[tuple[str, int], bool]
) -> None:
    assert not t17_starts[case], case


@pytest.fixture(scope="module")
def sentence_starts() -> dict[str, set[int]]:
    """Character offsets where the full pipeline starts a sentence, for every case text."""
    texts = [text for text, _ in (*SPLITS.values(), *TRAPS.values())]
    return {d.text: {s.start_char for s in d.sents} for d in analyse(texts)}


@pytest.mark.parametrize("case", sorted(SPLITS))
def test_run_on_is_split(case: str, sentence_starts: dict[str, set[int]]) -> None:
    text, start = SPLITS[case]
    assert text.index(start) in sentence_starts[text], case


@pytest.mark.parametrize("case", sorted(TRAPS))
def test_look_alike_is_not_split(case: str, sentence_starts: dict[str, set[int]]) -> None:
    text, start = TRAPS[case]
    assert text.index(start) not in sentence_starts[text], case


def test_split_runs_before_the_parser() -> None:
    names = load_model().pipe_names
    assert names.index("dateline_sentences") < names.index("parser")


def test_lead_after_headline_gets_its_own_subject() -> None:
    # The point of the split: "says" no longer shares a sentence (and a subject) with
    # "condemns", so the lead's verb heads its own sentence.
    lead = list(parse(SPLITS["headline before lead"][0]).sents)[-1]
    assert lead.root.lemma_ == "say" and "condemns" not in lead.text, lead


def test_seed_article_is_not_split() -> None:
    text = shared_file("examples/seed.txt").read_text(encoding="utf-8")
    article = text.split("date 2021-12-15 ", 1)[1]
    assert runon_starts(parse(article)) == []


# The splitter's words are data (src/dateline/data/runons.tsv, and the time stage's month and
# weekday names): each form in the table must work in its pattern, and a form added to the table
# must be read.
_RUNON_DATA = resources.files("dateline.data").joinpath("runons.tsv")


def _table_forms(name: str) -> tuple[str, ...]:
    return next(split_forms(r["forms"]) for r in records(_RUNON_DATA) if r["list"] == name)


def _calendar_names() -> list[str]:
    """The month and weekday names of the time stage's lexicon: "March", "Mar", "Tuesday"."""
    lexicon = time_lexicon()
    return [n.title() for n in (*lexicon["weekdays"], *lexicon["months"]) if n.isalpha()]


_TABLE_TEXTS = {
    **{
        ("agency", a): f"MOSCOW ({a}) - Russia said on Monday it would block the resolution."
        for a in _table_forms("agencies")
    },
    **{
        ("zone", z): f"Russia warns against intervention 09 February 12 16:07 {z} Russia's "
        "deputy foreign minister says his country will block any resolution."
        for z in _table_forms("zones")
    },
    **{
        ("title", t): f"By Fran Townsend, CNN Senior Security {t} NATO ramps up pressure on Libya."
        for t in _table_forms("byline_titles")
    },
    **{
        ("date", d): f"Coming up: the man who killed bin Laden 8:13 pm ET {d} 11, 2013 RETWEET"
        for d in _calendar_names()
    },
}
# the words that must start a sentence after a wire dateline or a time stamp
_TABLE_STARTS = {"agency": "Russia said", "zone": "Russia's"}
_NEW_AGENCY = "BEIJING (Xinhua) - China said on Monday it would send an envoy to Damascus."


@pytest.fixture(scope="module")
def table_starts() -> dict[tuple[str, str], set[int]]:
    """The run-on starts (as character offsets) of every text built from the table."""
    docs = analyse(list(_TABLE_TEXTS.values()))
    return {
        case: {doc[i].idx for i in runon_starts(doc)}
        for case, doc in zip(_TABLE_TEXTS, docs, strict=True)
    }


@pytest.mark.parametrize("case", [c for c in _TABLE_TEXTS if c[0] in _TABLE_STARTS], ids="-".join)
def test_every_agency_and_zone_of_the_table_splits(
    case: tuple[str, str], table_starts: dict[tuple[str, str], set[int]]
) -> None:
    # (with GMT the BBC stamp is split off too: "intervention | 09 February 12 16:07 GMT")
    assert _TABLE_TEXTS[case].index(_TABLE_STARTS[case[0]]) in table_starts[case], case


@pytest.mark.parametrize("case", [c for c in _TABLE_TEXTS if c[0] == "title"], ids="-".join)
def test_byline_title_of_the_table_keeps_the_byline(
    case: tuple[str, str], table_starts: dict[tuple[str, str], set[int]]
) -> None:
    assert _TABLE_TEXTS[case].index("NATO") not in table_starts[case], case


def test_stamp_goes_on_with_every_month_and_weekday_of_the_time_lexicon(
    table_starts: dict[tuple[str, str], set[int]],
) -> None:
    dates = [c for c in _TABLE_TEXTS if c[0] == "date"]
    assert dates and all(not table_starts[c] for c in dates), [c for c in dates if table_starts[c]]


def test_every_list_of_the_table_is_documented_in_its_header() -> None:
    header = _RUNON_DATA.read_text(encoding="utf-8").split("\nlist\t", 1)[0]
    names = [r["list"] for r in records(_RUNON_DATA)]
    assert names and all(f"#   {name}: " in header for name in names), names


@pytest.fixture()
def extra_agency(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """The table with one agency more, as a linguist would add it (patterns rebuilt after)."""
    words = analyse_module._runon_words()
    more = {**words, "agencies": (*words["agencies"], "Xinhua")}
    analyse_module._runons.cache_clear()
    monkeypatch.setattr(analyse_module, "_runon_words", lambda: more)
    yield
    analyse_module._runons.cache_clear()


def test_agency_added_to_the_table_is_read(extra_agency: None) -> None:
    doc = parse(_NEW_AGENCY)
    assert [doc[i].idx for i in runon_starts(doc)] == [_NEW_AGENCY.index("China said")]


def test_agency_not_in_the_table_is_not_split() -> None:
    assert runon_starts(parse(_NEW_AGENCY)) == []


def test_table_missing_a_list_is_refused(tmp_path: Path) -> None:
    lines = _RUNON_DATA.read_text(encoding="utf-8").splitlines(keepends=True)
    table = tmp_path / "runons.tsv"
    table.write_text("".join(x for x in lines if not x.startswith("zones\t")), encoding="utf-8")
    with pytest.raises(ValueError, match="runons.tsv: no forms for the list.*zones"):
        analyse_module._read_runon_words(table)


def test_a_byline_after_cnns_date_stamp_is_split_off() -> None:
    text = "January 31, 2011 | By Ashley Hayes, CNN Army soldiers stand guard outside the museum."
    assert [s.text for s in parse(text).sents][
        -1
    ] == "Army soldiers stand guard outside the museum."


def test_title_case_and_a_toggle_are_not_split_before_a_preposition() -> None:
    text = "A Life Of Montaigne In One Question And 20 Attempts At An Answer is a new book."
    assert [s.text for s in parse(text).sents] == [text]
    text = "Auto update every minute On | Off"
    assert len(list(parse(text).sents)) == 1
