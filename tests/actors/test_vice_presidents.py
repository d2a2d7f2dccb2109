"""Vice presidents and the fifth session's cabinet rows: a titled name takes its own country."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict

import pytest

from dateline.actors.knowledge import TABLE, KnowledgeBase, office_of

from .conftest import actor_named, actors_of, holder_rows, holders_on

VP = "vice_president"
# The countries whose table rows give several vice presidents at once.
SEVERAL_AT_ONCE = {"IRQ", "SYR"}


@pytest.fixture(scope="module")
def real_kb() -> KnowledgeBase:
    """A fresh knowledge base from the shipped table (the pipeline's default one learns)."""
    return KnowledgeBase.from_table(TABLE)


def _vp_rows() -> list[dict[str, str]]:
    return [r for r in holder_rows() if r["office"] == VP]


# --- the rows ---------------------------------------------------------------------------------


def test_us_vice_presidents_cover_every_day_since_2000() -> None:
    rows = sorted((r["start"], r["end"], r["name"]) for r in _vp_rows() if r["country"] == "USA")
    assert [name for _, _, name in rows][-6:] == [
        "Al Gore", "Dick Cheney", "Joe Biden", "Mike Pence", "Kamala Harris", "JD Vance"
    ]  # fmt: skip
    assert rows[0][0] <= "2000-01-01"
    for (_, end, name), (start, _, successor) in zip(rows, rows[1:], strict=False):
        assert end == start, (name, successor)  # the US office is never vacant on inauguration day
    assert rows[-1][1] == "", "the last known holder stays open-ended"


def test_vice_president_rows_cite_their_source() -> None:
    rows = _vp_rows()
    assert len(rows) > 30
    assert all(r["source"].startswith("Wikipedia: ") for r in rows)
    assert all(
        r["title"] in {"Vice President", "First Vice President", "Deputy President"} for r in rows
    )


def test_only_iraq_and_syria_have_several_vice_presidents_at_once() -> None:
    spans: dict[str, list[tuple[dt.date, dt.date, str]]] = defaultdict(list)
    for row in _vp_rows():
        end = dt.date.fromisoformat(row["end"]) if row["end"] else dt.date.max
        spans[row["country"]].append((dt.date.fromisoformat(row["start"]), end, row["name"]))
    shared = set()
    for country, items in spans.items():
        items.sort()
        for (_, end, _), (start, _, _) in zip(items, items[1:], strict=False):
            if end > start:
                shared.add(country)
    assert shared == SEVERAL_AT_ONCE
    assert holders_on("IRQ", VP, "2008-06-01") == {"Adel Abdul Mahdi", "Tariq al-Hashemi"}


def test_holder_on_a_date(real_kb: KnowledgeBase) -> None:
    assert real_kb.holder("USA", "Vice President", "2002-06-01").name == "Dick Cheney"
    assert real_kb.holder("USA", VP, "2011-02-05").name == "Joe Biden"
    assert real_kb.holder("EGY", VP, "2011-02-05").name == "Omar Suleiman"
    assert real_kb.holder("CHN", VP, "2010-06-01").name == "Xi Jinping"
    assert real_kb.holder("ZAF", "Deputy President", "2012-06-01").name == "Kgalema Motlanthe"
    # Mubarak had no vice president until the last days of January 2011.
    assert real_kb.holder("EGY", VP, "2010-06-01") is None
    # Iraq has several at once: the office alone does not say which of them.
    assert real_kb.holder("IRQ", VP, "2008-06-01") is None
    assert VP in real_kb.offices("USA") and VP not in real_kb.offices("GBR")


# --- sentences --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "date", "mention", "country"),
    [
        # The fault this file pins: the sentence's other country is not the vice president's.
        ("Obama discusses the situation in Egypt with Vice President Biden.", "2011-02-05",
         "Vice President Biden", "USA"),
        ("Vice President Dick Cheney arrived in Baghdad on an unannounced visit to Iraq.",
         "2008-03-17", "Vice President Dick Cheney", "USA"),
        ("Vice President Joe Biden in Baghdad met Iraqi leaders on Tuesday.", "2011-02-05",
         "Vice President Joe Biden", "USA"),
        ("Vice President Omar Suleiman flew to Washington for talks on the transition.",
         "2011-02-05", "Vice President Omar Suleiman", "EGY"),
        ("Vice President Farouk al-Sharaa met Turkish officials in Ankara.", "2011-07-10",
         "Vice President Farouk al-Sharaa", "SYR"),
        # Iraq's two vice presidents, each named by the name after the title.
        ("Vice President Tariq al-Hashemi fled to Turkey after a warrant was issued.",
         "2011-12-20", "Vice President Tariq al-Hashemi", "IRQ"),
        ("Vice President Adel Abdul Mahdi met Iranian officials in Tehran.", "2009-06-01",
         "Vice President Adel Abdul Mahdi", "IRQ"),
        ("Vice-President Abdrabbuh Mansur Hadi met the U.S. envoy in Riyadh.", "2011-06-10",
         "Vice-President Abdrabbuh Mansur Hadi", "YEM"),
        ("Vice President Xi Jinping met business leaders in Washington.", "2012-02-14",
         "Vice President Xi Jinping", "CHN"),
        ("Deputy President Kgalema Motlanthe met British ministers in London.", "2012-06-01",
         "Deputy President Kgalema Motlanthe", "ZAF"),
    ],
)  # fmt: skip
def test_vice_president_takes_their_own_country_not_the_sentences(
    real_kb: KnowledgeBase, text: str, date: str, mention: str, country: str
) -> None:
    actor = actor_named(real_kb, text, date, mention)
    assert (actor.country, actor.sector, office_of(actor.role)) == (country, "GOV", VP)


def test_a_vice_presidents_surname_resolves_alone_in_office(real_kb: KnowledgeBase) -> None:
    actor = actor_named(
        real_kb, "Cheney said the war in Iraq was going well.", "2005-06-01", "Cheney"
    )
    assert (actor.name, actor.country, office_of(actor.role)) == ("Dick Cheney", "USA", VP)


@pytest.mark.parametrize(
    ("text", "date", "mention", "country"),
    [
        # Before the office: Pence governed Indiana, Xi ran Zhejiang, Suleiman Egypt's spies.
        ("Mike Pence met trade officials in Mexico City.", "2014-06-01", "Mike Pence", "USA"),
        ("Zhejiang party chief Xi Jinping met investors in Hong Kong.", "2006-06-01",
         "party chief Xi Jinping", "CHN"),
        ("Omar Suleiman met Hamas leaders in Cairo.", "2009-06-01", "Omar Suleiman", "EGY"),
        # After it, a "former" vice president.
        ("Dick Cheney criticised the president in a speech in Texas.", "2012-06-01",
         "Dick Cheney", "USA"),
    ],
)  # fmt: skip
def test_not_vice_president_on_other_dates(
    real_kb: KnowledgeBase, text: str, date: str, mention: str, country: str
) -> None:
    actor = actor_named(real_kb, text, date, mention)
    assert actor.country == country
    assert actor.role is None or actor.role.startswith("former ") or office_of(actor.role) != VP


def test_former_vice_presidents_role_says_so(real_kb: KnowledgeBase) -> None:
    text = "Dick Cheney criticised the president in a speech in Texas."
    assert actor_named(real_kb, text, "2012-06-01", "Dick Cheney").role == "former Vice President"


def test_vice_presidents_surname_does_not_resolve_before_the_term(real_kb: KnowledgeBase) -> None:
    found = [a for a in actors_of("Pence said taxes must fall.", real_kb, "2012-06-01")]
    assert all(a.country is None for a in found if a.text == "Pence")


def test_the_office_alone_names_the_one_holder_only(real_kb: KnowledgeBase) -> None:
    us = actor_named(
        real_kb, "The U.S. vice president arrived in Baghdad.", "2008-06-01", "U.S. vice president"
    )
    assert (us.name, us.country) == ("Dick Cheney", "USA")
    text = "Iraq's vice president met Iranian officials in Tehran."
    iraq = actor_named(real_kb, text, "2008-06-01", "Iraq's vice president")
    assert iraq.country == "IRQ"
    assert iraq.name not in {"Adel Abdul Mahdi", "Tariq al-Hashemi"}


# --- cabinet rows of the fifth session -----------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "date", "mention", "country", "office"),
    [
        ("Roberto Maroni met Libyan officials in Tripoli.", "2010-06-01", "Roberto Maroni", "ITA",
         "interior_minister"),
        ("Finance Minister Yuval Steinitz met IMF officials in Washington.", "2011-04-15",
         "Finance Minister Yuval Steinitz", "ISR", "finance_minister"),
        ("Economy and Finance Minister Giulio Tremonti met bankers in Brussels.", "2010-06-01",
         "Giulio Tremonti", "ITA", "finance_minister"),
        ("Interior Minister Habib el-Adly ordered police onto the streets of Cairo.", "2011-01-27",
         "Interior Minister Habib el-Adly", "EGY", "interior_minister"),
        ("Mehmet Simsek met investors in London.", "2012-06-01", "Mehmet Simsek", "TUR",
         "finance_minister"),
        ("Guido Mantega met G20 finance ministers in Seoul.", "2010-10-22", "Guido Mantega", "BRA",
         "finance_minister"),
        ("Prince Nayef bin Abdulaziz met Yemeni officials in Riyadh.", "2010-06-01",
         "Nayef bin Abdulaziz", "SAU", "interior_minister"),
    ],
)  # fmt: skip
def test_cabinet_holder_takes_their_own_country(
    real_kb: KnowledgeBase, text: str, date: str, mention: str, country: str, office: str
) -> None:
    actors = actors_of(text, real_kb, date)
    actor = next(a for a in actors if mention in a.text)
    assert (actor.country, actor.sector, office_of(actor.role)) == (country, "GOV", office)


def test_cabinet_holder_not_yet_in_office(real_kb: KnowledgeBase) -> None:
    # In 2005 Steinitz chaired the Knesset's defence committee: Israeli, not the finance minister.
    actor = actor_named(
        real_kb, "Yuval Steinitz met officials in Washington.", "2005-06-01", "Yuval Steinitz"
    )
    assert actor.country == "ISR" and office_of(actor.role) != "finance_minister"


def test_a_city_is_not_a_ministers_surname(real_kb: KnowledgeBase) -> None:
    # Andrea Orlando was Italy's justice minister in 2016 (left out of the table for this):
    # "Orlando" alone is the Florida city.
    actors = actors_of("Orlando police said the gunman was dead.", real_kb, "2016-06-12")
    assert all(a.country != "ITA" and a.kind != "person" for a in actors)


def test_australias_treasurer_is_its_finance_minister(real_kb: KnowledgeBase) -> None:
    text = "Peter Costello met bankers in Washington on Friday."
    actor = actor_named(real_kb, text, "2005-06-01", "Peter Costello")
    assert (actor.country, actor.sector, actor.role) == ("AUS", "GOV", "Treasurer")
    assert real_kb.holder("AUS", "finance_minister", "2005-06-01").name == "Peter Costello"


# --- the White House press secretary -------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "date", "mention"),
    [
        ("Gibbs told reporters that Mubarak must listen to the Egyptian people.", "2011-02-01",
         "Gibbs"),
        ("Jay Carney said Syria's government had lost legitimacy.", "2011-08-10", "Jay Carney"),
        ("The White House press secretary said Egypt must change.", "2011-02-01",
         "White House press secretary"),
    ],
)  # fmt: skip
def test_press_secretary_speaks_for_washington_not_the_country_discussed(
    real_kb: KnowledgeBase, text: str, date: str, mention: str
) -> None:
    actor = actor_named(real_kb, text, date, mention)
    assert (actor.country, actor.sector, office_of(actor.role)) == ("USA", "GOV", "press_secretary")


def test_press_secretarys_surname_names_no_one_before_the_term(real_kb: KnowledgeBase) -> None:
    found = actors_of("Carney said the talks with Syria had failed.", real_kb, "2009-06-01")
    assert all(a.country != "USA" for a in found if a.text == "Carney")
    assert real_kb.holder("USA", "press secretary", "2012-06-01").name == "Jay Carney"


def test_harris_alone_is_the_vice_president_only_in_her_term(real_kb: KnowledgeBase) -> None:
    text = "Harris said Guatemalans should not come."
    actor = actor_named(real_kb, text, "2021-06-07", "Harris")
    assert (actor.name, actor.country, office_of(actor.role)) == ("Kamala Harris", "USA", VP)
    # Before it, a common surname: no one in particular.
    earlier = [a for a in actors_of(text, real_kb, "2012-06-07") if a.text == "Harris"]
    assert all(a.name != "Kamala Harris" and a.country != "USA" for a in earlier)


def test_haitis_president_is_haitian_wherever_he_meets(real_kb: KnowledgeBase) -> None:
    text = "Preval met Clinton in Washington to discuss the reconstruction."
    actor = actor_named(real_kb, text, "2010-03-10", "Preval")
    assert (actor.name, actor.country, office_of(actor.role)) == (
        "Rene Preval", "HTI", "head_of_state"
    )  # fmt: skip
    # Between his terms (2001-06) he was no president: the bare surname names no one.
    between = [a for a in actors_of(text, real_kb, "2003-03-10") if a.text == "Preval"]
    assert all(a.country != "HTI" for a in between)
