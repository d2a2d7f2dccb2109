"""A state's own bodies named by the tagger ("the Department of Justice", "the Minerals
Management Service") are government organisations (data/agency_words.tsv)."""

from __future__ import annotations

from .conftest import Analyse, by_text


def test_a_department_with_a_role_word_inside_its_name_is_a_government_body(
    analyse: Analyse,
) -> None:
    text = "BPXA has worked with the Department of Justice to resolve certain legal issues."
    doj = by_text(analyse(text), "Department of Justice")
    assert (doj.kind, doj.sector) == ("organization", "GOV")
    justice = by_text(
        analyse("The Justice Department opened an investigation."), "Justice Department"
    )
    assert justice.sector == "GOV"


def test_an_agency_the_lexicon_does_not_know_is_a_government_body(analyse: Analyse) -> None:
    text = "The company had been working with the Coast Guard and the Minerals Management Service."
    assert by_text(analyse(text), "Minerals Management Service").sector == "GOV"
    # a broadcaster's service keeps its owner
    assert [a.text for a in analyse("The BBC World Service reported the news.")] == ["BBC"]
