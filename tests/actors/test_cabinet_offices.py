"""Cabinet offices beyond foreign and defence ministers: finance, interior, justice and US posts."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict

import pytest

from dateline.actors.knowledge import TABLE, KnowledgeBase, office_of

from .conftest import actor_named, actors_of, holder_rows

CABINET = ("finance_minister", "interior_minister", "justice_minister")
US_ONLY = ("homeland_security", "energy_secretary", "health_secretary")
# The first day each office must be covered from: the period start, or the day the office began.
COVERED_FROM = {
    ("USA", "homeland_security"): dt.date(2003, 1, 24),
    ("GBR", "justice_minister"): dt.date(2007, 5, 9),
}
PERIOD_START = dt.date(2000, 1, 1)
# Vacancies between holders the table leaves out (short acting holders, or acting ones the compiler
# was not sure of): none may be longer than this (HHS 2017-09..2018-01 is the longest).
LONGEST_GAP_DAYS = 125


@pytest.fixture(scope="module")
def real_kb() -> KnowledgeBase:
    """A fresh knowledge base from the shipped table (the pipeline's default one learns)."""
    return KnowledgeBase.from_table(TABLE)


def _country_of(kb: KnowledgeBase, text: str, date: str, mention: str) -> str | None:
    """The mention's country, or None when it is no actor (an unknown bare surname)."""
    found = [a for a in actors_of(text, kb, date) if a.text == mention]
    return found[0].country if found else None


# --- the rows ---------------------------------------------------------------------------------


def _periods() -> dict[tuple[str, str], list[tuple[dt.date, dt.date | None]]]:
    periods: dict[tuple[str, str], list[tuple[dt.date, dt.date | None]]] = defaultdict(list)
    for row in holder_rows():
        if row["office"] in CABINET + US_ONLY:
            end = dt.date.fromisoformat(row["end"]) if row["end"] else None
            periods[(row["country"], row["office"])].append(
                (dt.date.fromisoformat(row["start"]), end)
            )
    return periods


@pytest.mark.parametrize(
    ("country", "office"),
    [("USA", office) for office in CABINET + US_ONLY] + [("GBR", office) for office in CABINET],
)
def test_us_and_uk_offices_have_every_holder_since_2000(country: str, office: str) -> None:
    periods = sorted(_periods()[(country, office)])
    assert periods, (country, office)
    first = COVERED_FROM.get((country, office), PERIOD_START)
    assert periods[0][0] <= first, periods[0]
    for (_, end), (start, _) in zip(periods, periods[1:], strict=False):
        assert end is not None and (start - end).days <= LONGEST_GAP_DAYS, (country, office, end)
    assert periods[-1][1] is None, "the last known holder stays open-ended"


def test_cabinet_rows_cite_their_source() -> None:
    rows = [r for r in holder_rows() if r["office"] in CABINET + US_ONLY]
    assert len(rows) > 100
    assert all(r["source"].startswith("Wikipedia: ") for r in rows)
    assert {r["office"] for r in rows if r["country"] != "USA"} <= set(CABINET)


def test_holder_on_a_date(real_kb: KnowledgeBase) -> None:
    assert real_kb.holder("USA", "Attorney General", "2016-01-01").name == "Loretta Lynch"
    assert real_kb.holder("GBR", "finance_minister", "2022-10-01").name == "Kwasi Kwarteng"
    assert real_kb.holder("GBR", "Home Secretary", "2015-03-01").name == "Theresa May"
    assert real_kb.holder("USA", "Secretary of the Interior", "2010-06-01").name == "Ken Salazar"
    # Offices beyond the common ones are looked up by their own name too.
    assert real_kb.holder("USA", "homeland_security", "2010-06-01").name == "Janet Napolitano"
    assert real_kb.holder("USA", "health_secretary", "2010-06-01").name == "Kathleen Sebelius"
    assert real_kb.holder("USA", "homeland_security", "2002-06-01") is None
    # Before the Justice Secretary's office existed the table says nothing, not a guess.
    assert real_kb.holder("GBR", "justice_minister", "2005-01-01") is None


def test_offices_of_a_country_list_the_cabinet(real_kb: KnowledgeBase) -> None:
    assert set(CABINET) <= set(real_kb.offices("FRA"))
    assert set(US_ONLY) <= set(real_kb.offices("USA"))
    assert "homeland_security" not in real_kb.offices("GBR")


# --- sentences --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "date", "mention", "country", "office"),
    [
        (
            "Interior Secretary Ken Salazar met with BP's top executives in London on Tuesday.",
            "2010-06-01",
            "Interior Secretary Ken Salazar",
            "USA",
            "interior_minister",
        ),
        (
            "Attorney General Eric Holder said the Justice Department would investigate BP.",
            "2010-06-01",
            "Attorney General Eric Holder",
            "USA",
            "justice_minister",
        ),
        (
            "Treasury Secretary Timothy Geithner met Chinese officials in Beijing.",
            "2010-06-01",
            "Treasury Secretary Timothy Geithner",
            "USA",
            "finance_minister",
        ),
        (
            "Homeland Security Secretary Janet Napolitano flew to London for talks on airport security.",
            "2010-06-01",
            "Homeland Security Secretary Janet Napolitano",
            "USA",
            "homeland_security",
        ),
        (
            "Energy Secretary Steven Chu met BP engineers in Houston.",
            "2010-06-01",
            "Energy Secretary Steven Chu",
            "USA",
            "energy_secretary",
        ),
        (
            "Home Secretary Theresa May told police chiefs in Manchester that budgets would be cut.",
            "2010-06-01",
            "Home Secretary Theresa May",
            "GBR",
            "interior_minister",
        ),
        (
            "Chancellor of the Exchequer George Osborne met bankers in Frankfurt.",
            "2012-06-01",
            "Chancellor of the Exchequer George Osborne",
            "GBR",
            "finance_minister",
        ),
        (
            "Justice Secretary Kenneth Clarke visited a prison in Paris.",
            "2011-03-01",
            "Justice Secretary Kenneth Clarke",
            "GBR",
            "justice_minister",
        ),
        (
            "Interior Minister Hans-Peter Friedrich met police chiefs in Paris.",
            "2012-06-01",
            "Interior Minister Hans-Peter Friedrich",
            "DEU",
            "interior_minister",
        ),
        (
            "Finance Minister Alexei Kudrin met bankers in London.",
            "2008-06-01",
            "Finance Minister Alexei Kudrin",
            "RUS",
            "finance_minister",
        ),
    ],
)
def test_title_and_name_give_the_holders_country_not_the_venues(
    real_kb: KnowledgeBase, text: str, date: str, mention: str, country: str, office: str
) -> None:
    actor = actor_named(real_kb, text, date, mention)
    assert (actor.country, actor.sector, office_of(actor.role)) == (country, "GOV", office)


def test_a_known_holders_surname_resolves_alone_in_office(real_kb: KnowledgeBase) -> None:
    actor = actor_named(
        real_kb, "Salazar said the drilling ban would stay.", "2010-06-01", "Salazar"
    )
    assert (actor.name, actor.country, actor.sector) == ("Ken Salazar", "USA", "GOV")
    assert office_of(actor.role) == "interior_minister"
    actor = actor_named(real_kb, "Osborne said the deficit must fall.", "2012-06-01", "Osborne")
    assert (actor.country, office_of(actor.role)) == ("GBR", "finance_minister")


def test_the_date_decides_the_office(real_kb: KnowledgeBase) -> None:
    # The tagger leaves "Theresa" out of the mention; the knowledge base still names her.
    text = "Theresa May met police chiefs on Monday."
    home = actor_named(real_kb, text, "2012-06-01", "May")
    assert (home.name, home.country, office_of(home.role)) == (
        "Theresa May", "GBR", "interior_minister"
    )  # fmt: skip
    assert office_of(actor_named(real_kb, text, "2018-06-01", "May").role) == "head_of_government"
    rudd = actor_named(
        real_kb, "Amber Rudd met French officials in Calais.", "2019-09-01", "Amber Rudd"
    )
    assert rudd.country == "GBR" and rudd.role == "former Home Secretary"


def test_not_yet_in_office(real_kb: KnowledgeBase) -> None:
    # In 2008 Eric Holder was a lawyer: American, but not the Attorney General.
    actor = actor_named(real_kb, "Eric Holder met lawyers in London.", "2008-06-01", "Eric Holder")
    assert actor.country == "USA" and office_of(actor.role) != "justice_minister"
    # Before his term a bare "Geithner" names no office holder; in it, he is the Treasury's.
    text = "Geithner met bankers in Tokyo."
    assert _country_of(real_kb, text, "2005-06-01", "Geithner") is None
    assert _country_of(real_kb, text, "2010-06-01", "Geithner") == "USA"


def test_long_gone_holder_surname_does_not_resolve(real_kb: KnowledgeBase) -> None:
    text = "Osborne said the deficit must fall."
    assert _country_of(real_kb, text, "2020-06-01", "Osborne") is None


def test_role_without_name_is_the_holder_on_the_date(real_kb: KnowledgeBase) -> None:
    text = "The US attorney general met Mexican officials in Mexico City."
    assert actor_named(real_kb, text, "2012-06-01", "US attorney general").name == "Eric Holder"
    assert actor_named(real_kb, text, "2016-06-01", "US attorney general").name == "Loretta Lynch"


@pytest.mark.parametrize(
    ("text", "date", "mention"),
    [
        ("Smith said the police would get more money.", "2008-06-01", "Smith"),
        ("Johnson said the border was secure.", "2014-06-01", "Johnson"),
    ],
)
def test_common_surnames_of_new_holders_do_not_resolve_alone(
    real_kb: KnowledgeBase, text: str, date: str, mention: str
) -> None:
    assert _country_of(real_kb, text, date, mention) is None


def test_common_surname_resolves_once_the_article_names_the_holder(real_kb: KnowledgeBase) -> None:
    text = "Home Secretary Jacqui Smith met police chiefs. Smith said crime had fallen."
    actor = actor_named(real_kb, text, "2008-06-01", "Smith")
    assert (actor.name, actor.country) == ("Jacqui Smith", "GBR")
