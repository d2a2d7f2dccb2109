"""The US federal departments news names without their country ("the State Department"), and a
country named just before a national body it names ("the Italian Coast Guard", "the Pakistani
Taliban"), which wins over the country the body's bare name usually means."""

from __future__ import annotations

import pytest

from .conftest import Analyse, by_text


@pytest.mark.parametrize(
    ("text", "mention", "sector"),
    [
        ("The State Department ordered the embassy closed.", "State Department", "GOV"),
        ("The Justice Department sued BP on Wednesday.", "Justice Department", "GOV"),
        ("The Interior Department suspended drilling permits.", "Interior Department", "GOV"),
        (
            "A spokesman for the Department of Homeland Security said.",
            "Department of Homeland Security",
            "GOV",
        ),
    ],
)
def test_a_us_department_named_alone_is_the_united_states(
    analyse: Analyse, text: str, mention: str, sector: str
) -> None:
    actor = by_text(analyse(text), mention)
    assert (actor.country, actor.sector) == ("USA", sector)


@pytest.mark.parametrize(
    ("text", "mention", "country", "sector"),
    [
        ("The Italian Coast Guard rescued 200 migrants.", "Italian Coast Guard", "ITA", "MIL"),
        (
            "The Philippine Department of Justice charged the governor.",
            "Philippine Department of Justice",
            "PHL",
            "GOV",
        ),
        (
            "Canada's Department of Justice charged the governor.",
            "Canada's Department of Justice",
            "CAN",
            "GOV",
        ),
        ("The Pakistani Taliban attacked a police station.", "Pakistani Taliban", "PAK", "REB"),
    ],
)
def test_the_country_named_before_a_national_body_wins(
    analyse: Analyse, text: str, mention: str, country: str, sector: str
) -> None:
    actor = by_text(analyse(text), mention)
    assert (actor.country, actor.sector) == (country, sector)
    # and the adjective is no actor of its own
    assert [a.text for a in analyse(text) if a.kind == "country"] == []


def test_a_country_before_a_body_of_its_own_names_the_body(analyse: Analyse) -> None:
    actors = analyse("The U.S. Justice Department sued BP.")
    assert [(a.country, a.sector) for a in actors] == [("USA", "GOV"), ("GBR", "BUS")]
    afghan = by_text(analyse("The Afghan Taliban attacked a police station."), "Taliban")
    assert afghan.country == "AFG"


def test_a_country_after_a_state_body_wins(analyse: Analyse) -> None:
    text = "The Interior Department of Pakistan banned the group."
    body = by_text(analyse(text), "Interior Department of Pakistan")
    assert (body.country, body.sector) == ("PAK", "GOV")
    # the Coast Guard named alone is no one country's: Sri Lanka's and Italy's are news too
    guard = by_text(analyse("The Coast Guard rescued 12 fishermen."), "Coast Guard")
    assert guard.country != "USA"


def test_a_body_with_no_country_keeps_the_adjective_apart(analyse: Analyse) -> None:
    # al-Qaeda has no one country: "Yemeni" is not folded into it
    actors = analyse("Yemeni al-Qaeda attacked a police station.")
    assert by_text(actors, "al-Qaeda").country is None


def test_fishermen_are_civilians(analyse: Analyse) -> None:
    actor = by_text(analyse("Hundreds of fishermen protested in New Orleans."), "fishermen")
    assert (actor.kind, actor.sector) == ("group", "CVL")
