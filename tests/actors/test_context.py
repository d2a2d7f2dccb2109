"""Placing actors the phrase leaves bare: the sentence's place, an apposition, the article's country."""

from __future__ import annotations

from .conftest import Analyse, by_text

CAIRO = (
    "Thousands of Egyptians marched in Cairo on Friday. Egyptian police fired tear gas in "
    "Alexandria. Protesters chanted slogans as the army deployed tanks. Activists said the "
    "government had shut down the internet."
)


def test_bare_groups_take_the_article_country(analyse: Analyse) -> None:
    actors = analyse(CAIRO, date="2011-01-28")
    for text in ("Protesters", "army", "Activists", "government"):
        assert by_text(actors, text).country == "EGY", text


def test_rebels_are_not_the_state_that_arms_them(analyse: Analyse) -> None:
    text = (
        "Libyan rebels held Misrata and Libya's rebels asked for arms. "
        "Britain said it would send advisers but would not arm the rebels."
    )
    actors = analyse(text, date="2011-04-19")
    rebels = [a for a in actors if a.text == "rebels"]
    assert rebels and all(a.country == "LBY" for a in rebels)


def test_byline_reporter_does_not_take_the_article_country(analyse: Analyse) -> None:
    text = (
        "By Michael Martinez, CNN. Egyptian soldiers guarded Tahrir Square as Egyptian "
        "protesters gathered in Cairo."
    )
    reporter = [a for a in analyse(text, date="2011-02-04") if "Martinez" in a.text]
    assert reporter and reporter[0].country != "EGY"


def test_apposition_places_a_person_with_their_body(analyse: Analyse) -> None:
    text = "Sir John Scarlett, head of MI6, has been accused of trying to sex up a report."
    scarlett = by_text(analyse(text, date="2005-05-15"), "John Scarlett")
    assert (scarlett.country, scarlett.sector) == ("GBR", "SPY")


def test_armed_group_leader_takes_the_group_sector(analyse: Analyse) -> None:
    text = "The Hezbollah leader said he had not spoken before about the situation in Egypt."
    leader = by_text(analyse(text, date="2011-02-07"), "Hezbollah leader")
    assert (leader.country, leader.sector) == ("LBN", "REB")


def test_alliance_aircraft_have_no_country(analyse: Analyse) -> None:
    text = "NATO warplanes struck tanks near Ajdabiyah as Libyan rebels advanced on Brega."
    planes = by_text(analyse(text, date="2011-04-10"), "NATO warplanes")
    assert planes.country is None


def test_places_are_not_actors(analyse: Analyse) -> None:
    text = (
        "LONDON | Tue Apr 19, 2011 8:42 pm BST LONDON (Reuters) - BP bought oil fields in "
        "Texas and New Mexico. Al Jazeera had given the location of its offices in both Kabul "
        "and Baghdad to the authorities in Washington."
    )
    actors = analyse(text, date="2011-04-19")
    texts = {a.text for a in actors}
    assert not texts & {"Mexico", "BST LONDON", "Baghdad"}
    bp = by_text(actors, "BP")
    assert (bp.country, bp.sector) == ("GBR", "BUS")


def test_tied_countries_go_to_the_nearer_one(analyse: Analyse) -> None:
    text = (
        "Nearly 200 Iraqis demonstrated in Baghdad to show solidarity with the Egyptians "
        "rallying against their President Hosni Mubarak."
    )
    mubarak = by_text(analyse(text, date="2011-02-03"), "President Hosni Mubarak")
    assert mubarak.country == "EGY"


def test_a_leader_with_a_military_rank_keeps_the_office(analyse: Analyse) -> None:
    text = "Libyan leader Col. Moammar Gadhafi was last seen on video April 30."
    gadhafi = by_text(analyse(text, date="2011-05-11"), "Libyan leader Col. Moammar Gadhafi")
    assert (gadhafi.country, gadhafi.sector, gadhafi.role) == ("LBY", "GOV", "Leader")


def test_seas_and_towns_are_not_actors(analyse: Analyse) -> None:
    text = (
        "Day 54 of the Gulf of Mexico oil spill. The opposition said testimony coming from "
        "Homs was truly horrific, and the Brotherhood called for calm."
    )
    actors = analyse(text, date="2012-03-05")
    assert not {a.text for a in actors} & {"Mexico", "Homs"}
    brotherhood = by_text(actors, "Brotherhood")
    assert (brotherhood.country, brotherhood.sector) == ("EGY", "OPP")


def test_news_agency_after_an_outlet_is_the_outlet(analyse: Analyse) -> None:
    text = "Japan imports no oil from Libya, the Kyodo news agency said on Monday."
    agency = [a for a in analyse(text, date="2011-03-07") if "news agency" in a.text]
    assert agency and (agency[0].country, agency[0].sector) == ("JPN", "MED")
