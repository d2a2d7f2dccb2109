"""Holders whose surnames are common words or names are in the table, yet their surname alone
does not name them: given_names.tsv lists the word, and titles or the article's full name still do."""

from __future__ import annotations

from functools import cache
from pathlib import Path

import pytest

from dateline.actors import knowledge
from dateline.actors.cli import main as actors_cli
from dateline.actors.knowledge import GIVEN_NAMES, TABLE, KnowledgeBase, bare_surnames
from dateline.records import Actor

from .conftest import actors_of, by_text

# Holders the first table left out for their surnames: (country, office, a day in office, name).
RESTORED = [
    ("NZL", "head_of_government", "2005-03-01", "Helen Clark"),
    ("NZL", "head_of_government", "2012-01-01", "John Key"),
    ("NZL", "head_of_government", "2017-03-01", "Bill English"),
    ("NZL", "foreign_minister", "2007-01-01", "Winston Peters"),
    ("NZL", "foreign_minister", "2019-03-01", "Winston Peters"),
    ("IRL", "head_of_government", "2021-03-01", "Micheal Martin"),
    ("IRL", "foreign_minister", "2009-01-01", "Micheal Martin"),
    ("IRL", "head_of_government", "2024-06-01", "Simon Harris"),
    ("ESP", "head_of_state", "2010-03-01", "Juan Carlos I"),
    ("BEL", "head_of_state", "2015-03-01", "King Philippe"),
    ("POL", "head_of_government", "2002-03-01", "Leszek Miller"),
    ("AFG", "foreign_minister", "2003-03-01", "Abdullah Abdullah"),
    ("AFG", "head_of_government", "2016-03-01", "Abdullah Abdullah"),
    ("LBN", "defence_minister", "2020-06-01", "Zeina Akar"),
    ("SYR", "defence_minister", "2023-05-01", "Ali Mahmoud Abbas"),
    ("JOR", "foreign_minister", "2008-06-01", "Salaheddine al-Bashir"),
    ("OMN", "foreign_minister", "2011-03-01", "Yusuf bin Alawi bin Abdullah"),
    ("EGY", "foreign_minister", "2012-03-01", "Mohamed Kamel Amr"),
    ("PAK", "head_of_government", "2006-03-01", "Shaukat Aziz"),
    ("ISR", "foreign_minister", "2023-05-01", "Eli Cohen"),
]  # fmt: skip


@cache
def _table_kb() -> KnowledgeBase:
    """The shipped table, loaded once for the read-only checks."""
    return KnowledgeBase.from_table(TABLE)


def _analyse(text: str, date: str) -> list[Actor]:
    # A fresh knowledge base per article: the stage learns from what it reads.
    return actors_of(text, KnowledgeBase.from_table(TABLE), date)


def _people(actors: list[Actor]) -> dict[str, Actor]:
    return {a.text: a for a in actors if a.kind == "person"}


# --- the table and the word list ---------------------------------------------------------------


@pytest.mark.parametrize(("country", "office", "day", "name"), RESTORED)
def test_restored_holder_holds_the_office(country: str, office: str, day: str, name: str) -> None:
    fact = _table_kb().holder(country, office, day)
    assert fact is not None and fact.name == name, fact


@pytest.mark.parametrize(("country", "office", "day", "name"), RESTORED)
def test_restored_holders_surname_does_not_resolve_alone(
    country: str, office: str, day: str, name: str
) -> None:
    kept, blocked = bare_surnames(name)
    assert blocked and not kept, (kept, blocked)
    known = _table_kb().names_on(day)
    assert all(known[word].name != name for word in blocked if word in known)


@pytest.mark.parametrize(
    ("word", "day", "holder"),
    [
        ("Abbas", "2023-05-01", "Mahmoud Abbas"),  # not Syria's defence minister, in office too
        ("Akar", "2020-06-01", "Hulusi Akar"),  # not Lebanon's Zeina Akar
        ("Bashir", "2008-06-01", "Omar al-Bashir"),  # not Jordan's Salaheddine al-Bashir
        ("al-Bashir", "2008-06-01", "Omar al-Bashir"),
        ("Martin", "2005-03-01", "Paul Martin"),
        ("Miller", "2020-12-01", "Christopher Miller"),
        ("Cohen", "2000-06-01", "William Cohen"),
        ("Philippe", "2019-03-01", "Edouard Philippe"),  # not Belgium's King Philippe
    ],
)
def test_keep_for_holder_keeps_the_shared_surname(word: str, day: str, holder: str) -> None:
    assert _table_kb().names_on(day)[word].name == holder


def test_listed_al_form_is_blocked_and_unlisted_one_stays() -> None:
    blocked = frozenset({"al-Bashir", "Bashir"})
    assert bare_surnames("Salaheddine al-Bashir") == (frozenset(), blocked)
    assert "al-Faisal" in bare_surnames("Saud al-Faisal")[0]


@cache
def _word_rows() -> list[dict[str, str]]:
    return list(knowledge.read_tsv(GIVEN_NAMES))


def test_every_listed_surname_or_word_ends_a_holders_name() -> None:
    ends = {s.lower() for f in _table_kb().facts() for s in knowledge.surnames(f.name)}
    listed = [r["word"] for r in _word_rows() if r["kind"] in ("surname", "word")]
    assert listed and not [w for w in listed if w.lower() not in ends]


def test_every_keep_for_name_is_a_table_holder() -> None:
    names = {f.name for f in _table_kb().facts()}
    keep = {n for r in _word_rows() for n in r["keep_for"].split("|") if n}
    assert keep and not keep - names, keep - names


def test_an_unknown_kind_is_rejected(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    bad = tmp_path / "given_names.tsv"
    bad.write_text("# test\nword\tkind\tkeep_for\tnote\nKey\tnoun\t\tx\n", encoding="utf-8")
    monkeypatch.setattr(knowledge, "GIVEN_NAMES", bad)
    knowledge._name_rules.cache_clear()
    try:
        with pytest.raises(ValueError, match="'noun'"):
            knowledge._name_rules()
    finally:
        monkeypatch.undo()
        knowledge._name_rules.cache_clear()


# --- real sentences ----------------------------------------------------------------------------

NZ = "2010-03-02"


def test_bare_key_in_a_new_zealand_article_is_not_john_key() -> None:
    text = (
        "The New Zealand dollar rose in Wellington on Tuesday after the central bank held rates."
        " Key said the economy was recovering faster than expected."
    )
    named = [a for a in _analyse(text, NZ) if a.name == "John Key" or a.role == "Prime Minister"]
    assert not named, named


def test_full_name_with_title_is_new_zealands_prime_minister() -> None:
    text = "New Zealand Prime Minister John Key said on Tuesday that the economy was recovering."
    actor = by_text(_analyse(text, NZ), "New Zealand Prime Minister John Key")
    assert (actor.name, actor.country, actor.role) == ("John Key", "NZL", "Prime Minister")


def test_prime_minister_key_is_john_key() -> None:
    text = "Prime Minister Key told reporters in Wellington that the budget would be tight."
    actor = by_text(_analyse(text, NZ), "Prime Minister Key")
    assert (actor.name, actor.country) == ("John Key", "NZL")


def test_key_after_the_full_name_is_john_key() -> None:
    text = "John Key met farmers in Hamilton on Tuesday. Key said the drought would hurt exports."
    actor = _people(_analyse(text, NZ))["Key"]
    assert (actor.name, actor.country) == ("John Key", "NZL")


def test_english_alone_is_no_prime_minister() -> None:
    text = "English said the election would be held in September."
    assert not [a for a in _analyse(text, "2017-03-02") if a.name == "Bill English"]


@pytest.mark.parametrize("date", ["2010-03-02", "2023-05-02"])
def test_bare_abbas_is_the_palestinian_president(date: str) -> None:
    text = "Abbas said on Tuesday that talks with Israel could not resume while settlements grew."
    actor = _people(_analyse(text, date))["Abbas"]
    assert (actor.name, actor.country) == ("Mahmoud Abbas", "PSE")


def test_abbas_after_mahmoud_abbas_is_palestinian() -> None:
    text = (
        "Palestinian President Mahmoud Abbas met Egypt's president in Cairo on Tuesday."
        " Abbas said talks with Israel could not resume."
    )
    actor = _people(_analyse(text, NZ))["Abbas"]
    assert (actor.name, actor.country) == ("Mahmoud Abbas", "PSE")


def test_syrias_defence_minister_named_in_full() -> None:
    text = "Syrian Defence Minister Ali Mahmoud Abbas visited troops near Aleppo on Tuesday."
    actor = by_text(_analyse(text, "2023-05-02"), "Syrian Defence Minister Ali Mahmoud Abbas")
    assert (actor.name, actor.country) == ("Ali Mahmoud Abbas", "SYR")
    assert actor.role == "Defense Minister"


def test_surname_after_a_restored_full_name_is_that_holder() -> None:
    text = (
        "Polish Prime Minister Leszek Miller said Poland would join the EU in 2004."
        " Miller said farmers would gain."
    )
    actor = _people(_analyse(text, "2002-03-02"))["Miller"]
    assert (actor.name, actor.country) == ("Leszek Miller", "POL")


def test_omans_foreign_minister_is_named() -> None:
    text = "Oman's foreign minister said the Arab League backed a no-fly zone over Libya."
    actor = by_text(_analyse(text, "2011-03-14"), "Oman's foreign minister")
    assert (actor.name, actor.country) == ("Yusuf bin Alawi bin Abdullah", "OMN")


def test_cli_shows_john_key_for_new_zealand(capsys: pytest.CaptureFixture[str]) -> None:
    assert actors_cli(["NZL", "--on", "2012-01-01"]) == 0
    assert "John Key" in capsys.readouterr().out


def test_a_title_naming_an_office_prefers_that_offices_holder() -> None:
    from dateline.pipeline import extract_text

    article = extract_text("Defence Minister Abbas visited Homs.", date="2023-03-01")
    assert (article.actors[0].name, article.actors[0].country) == ("Ali Mahmoud Abbas", "SYR")
    article = extract_text("Abbas met Netanyahu in Washington.", date="2010-09-02")
    assert (article.actors[0].name, article.actors[0].country) == ("Mahmoud Abbas", "PSE")


def test_a_royal_title_finds_the_monarch_not_the_namesake_in_office() -> None:
    from dateline.pipeline import extract_text

    king = extract_text("King Philippe opened the session in Brussels.", date="2019-05-01")
    assert (king.actors[0].name, king.actors[0].country) == ("King Philippe", "BEL")
    bare = extract_text("Philippe said the reform would pass.", date="2019-05-01")
    assert (bare.actors[0].name, bare.actors[0].country) == ("Edouard Philippe", "FRA")
