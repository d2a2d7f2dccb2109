"""A US state named alone as a party to an act is its government ("Alabama sued BP", "BP will
pay Louisiana $25 million"), as the GSR-style coders code it (USAGOV, 21 times in the sets);
where it is a place ("in Alabama", "flew to Ohio", "the Louisiana coast") it is no actor."""

from __future__ import annotations

import pytest

from dateline import events
from dateline.pipeline import extract_text

from .conftest import Analyse, by_text


@pytest.mark.parametrize(
    ("text", "state"),
    [
        ("Alabama sued BP and Transocean on Tuesday.", "Alabama"),
        ("Texas asked the federal government for help.", "Texas"),
        ("BP agreed to pay Louisiana $25 million for the sand berms.", "Louisiana"),
        ("BP gave Florida and Mississippi $25 million each for tourism.", "Mississippi"),
    ],
)
def test_a_state_named_as_a_party_is_its_government(
    analyse: Analyse, text: str, state: str
) -> None:
    actor = by_text(analyse(text, "2010-06-20"), state)
    assert (actor.name, actor.kind, actor.country, actor.sector) == (
        state,
        "organization",
        "USA",
        "GOV",
    )


@pytest.mark.parametrize(
    ("text", "state"),
    [
        ("Oil washed ashore in Alabama on Tuesday.", "Alabama"),
        ("Obama flew to Louisiana on Friday.", "Louisiana"),
        ("The Louisiana coast was battered by the storm.", "Louisiana"),
        ("Louisiana's wetlands are among the richest in the country.", "Louisiana"),
        ("The governor of Florida declared a state of emergency.", "Florida"),
        # the code review's sentences from 10,000 random ones: a politician's party and state,
        # a destination, a list of places
        ("The bill was supported by House Speaker John Boehner, R-Ohio.", "Ohio"),
        ("Landrieu urged the audience to visit Louisiana.", "Louisiana"),
        (
            "The task force is working with scientists in states including Mississippi.",
            "Mississippi",
        ),
        ("The storm hit Florida on Sunday.", "Florida"),
        ("Obama carried Virginia and North Carolina.", "Virginia"),
        ("Texas beat Oklahoma 24-17 on Saturday.", "Texas"),
        ("Virginia accused her husband of beating her.", "Virginia"),
        ("The Mississippi crested at 48 feet.", "Mississippi"),
        ("He retired to Florida in 2005.", "Florida"),
    ],
)
def test_a_state_as_a_place_is_no_actor(analyse: Analyse, text: str, state: str) -> None:
    assert state not in [a.text for a in analyse(text, "2010-06-20")]


def test_the_state_is_the_party_of_its_act() -> None:
    (suit,) = [
        e
        for e in extract_text("Alabama sued BP and Transocean on Tuesday.", "2010-06-20").events
        if events.plover_type(e) == "ACCUSE"
    ]
    assert [(p.name, p.country, p.sector) for p in suit.actors] == [("Alabama", "USA", "GOV")]
    assert [p.name for p in suit.recipients] == ["BP", "Transocean"]


def test_the_state_still_tells_the_country_of_the_parties_beside_it(analyse: Analyse) -> None:
    # as a place name does: "the federal government" that sues Arizona is the United States's
    actors = analyse("The federal government sued Arizona over its immigration law.", "2010-07-06")
    assert by_text(actors, "federal government").country == "USA"
    assert by_text(actors, "Arizona").sector == "GOV"
