"""International lenders, councils and agencies, and the national Red Cross and Red Crescent
societies (igos.tsv, thirty-seventh pass). Unlisted, such a body took the country of another
party in its sentence ("the International Organization for Migration" became Libyan beside
"fled Libya") or a company's sector ("the Inter-American Development Bank", USA BUS)."""

from __future__ import annotations

import pytest

from .conftest import Analyse, by_text


@pytest.mark.parametrize(
    ("text", "mention", "name"),
    [
        (
            "In all, 200,000 people have fled Libya, according to the International "
            "Organization for Migration, which has been working with the U.N.",
            "International Organization for Migration",
            "International Organization for Migration",
        ),
        (
            "The Inter-American Development Bank said it was immediately approving a $200,000 "
            "grant for emergency aid.",
            "Inter-American Development Bank",
            "Inter-American Development Bank",
        ),
        (
            "The International Energy Agency said it may cut its oil output estimates for the "
            "Gulf of Mexico by up to 300,000 barrels a day.",
            "International Energy Agency",
            "International Energy Agency",
        ),
        (
            "The Human Rights Council voted to suspend Libya from the council.",
            "Human Rights Council",
            "UN Human Rights Council",
        ),
        ("The IMF and the ECB agreed a loan for Greece.", "ECB", "European Central Bank"),
    ],
)
def test_an_international_body_has_no_country(
    analyse: Analyse, text: str, mention: str, name: str
) -> None:
    body = by_text(analyse(text), mention)
    assert (body.name, body.country, body.sector) == (name, None, "IGO")


@pytest.mark.parametrize(
    ("text", "mention", "country"),
    [
        (
            "The Syrian Arab Red Crescent says its vice-president, Abdulrazak Jbeiro, has been "
            "shot dead.",
            "Syrian Arab Red Crescent",
            "SYR",
        ),
        (
            "The British Red Cross has launched an appeal in the UK and has released # 200,000 "
            "($325,000) from its disaster fund.",
            "British Red Cross",
            "GBR",
        ),
    ],
)
def test_a_national_red_cross_society_is_an_ngo_of_its_country(
    analyse: Analyse, text: str, mention: str, country: str
) -> None:
    actors = analyse(text)
    society = by_text(actors, mention)
    assert (society.country, society.sector) == (country, "NGO")
    # one mention, not the country's adjective and the international movement apart
    assert "Red Cross" not in [a.name for a in actors]
    # the international movement named alone is still no one country's
    movement = by_text(analyse("The Red Cross delivered food to Homs on Friday."), "Red Cross")
    assert (movement.name, movement.country) == ("Red Cross", None)


def test_a_high_commissioner_is_no_secretary_general(analyse: Analyse) -> None:
    # "high commissioner" was a form of the Secretary-General's role, so the UN's High
    # Commissioner for Refugees or for Human Rights resolved to the UN Secretary-General
    text = "The UN High Commissioner for Refugees said 5,000 people fled."
    agency = by_text(analyse(text), "UN High Commissioner for Refugees")
    assert (agency.name, agency.sector) == ("UN refugee agency", "IGO")
    text = "The UN High Commissioner for Human Rights condemned the killings in Syria."
    commissioner = by_text(analyse(text), "UN High Commissioner for Human Rights")
    assert commissioner.role == "UN High Commissioner for Human Rights"
    assert "Secretary-General" not in commissioner.name


def test_the_high_commissioner_for_human_rights_is_a_un_post(analyse: Analyse) -> None:
    text = (
        "High Commissioner for Human Rights Navi Pillay on Friday called on Egypt's government "
        "to exercise restraint."
    )
    pillay = by_text(
        analyse(text, date="2011-01-28"), "High Commissioner for Human Rights Navi Pillay"
    )
    assert (pillay.name, pillay.country, pillay.sector) == ("Navi Pillay", None, "IGO")
    # a Commonwealth high commissioner is his country's envoy
    envoy = by_text(
        analyse("Britain's High Commissioner to Canada was summoned."),
        "Britain's High Commissioner",
    )
    assert (envoy.country, envoy.sector) == ("GBR", "GOV")
