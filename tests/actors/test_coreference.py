"""Later mentions resolve to the actor first introduced with a title."""

from __future__ import annotations

from .conftest import Analyse, by_text

TEXT = (
    "Japanese Foreign Minister Yoshimasa Hayashi met US Secretary of State Antony Blinken on Saturday. "
    "Hayashi said the talks were useful. "
    "Later the Japanese foreign minister flew home. "
    "Blinken shared two pictures of the meeting. He said ties were strong."
)


def test_surname_resolves_to_full_actor(analyse: Analyse) -> None:
    actors = analyse(TEXT)
    hayashi = [a for a in actors if a.text == "Hayashi"]
    assert hayashi and (hayashi[0].name, hayashi[0].country, hayashi[0].role) == (
        "Yoshimasa Hayashi", "JPN", "Foreign Minister",
    )  # fmt: skip
    blinken = by_text(actors, "Blinken")
    assert (blinken.name, blinken.country) == ("Antony Blinken", "USA")


def test_role_with_country_resolves_to_the_person_introduced(analyse: Analyse) -> None:
    minister = by_text(analyse(TEXT), "Japanese foreign minister")
    assert minister.name == "Yoshimasa Hayashi"


def test_pronoun_resolves_to_previous_subject(analyse: Analyse) -> None:
    he = by_text(analyse(TEXT), "He")
    assert he.name == "Antony Blinken"


def test_ambiguous_bare_role_is_left_out(analyse: Analyse) -> None:
    text = (
        "Foreign Minister Yoshimasa Hayashi and Defense Minister Nobuo Kishi will visit Washington. "
        "The minister will also go to New York."
    )
    assert not [a for a in analyse(text) if a.text == "minister"]


def test_name_first_written_without_country_gets_it_from_a_later_title(analyse: Analyse) -> None:
    text = (
        "Japan is preparing for Foreign Minister Yoshimasa Hayashi's visit. "
        "Japanese Foreign Minister Yoshimasa Hayashi will fly on Friday."
    )
    first = by_text(analyse(text, date="2000-01-01"), "Foreign Minister Yoshimasa Hayashi")
    assert first.country == "JPN"


def test_courtesy_title_and_particle_surnames_resolve(analyse: Analyse) -> None:
    text = (
        "German Chancellor Angela Merkel met Syrian President Bashar al-Assad's envoy. "
        "Mrs Merkel said Assad must stop the shelling."
    )
    actors = analyse(text, date="2012-06-20")
    assert by_text(actors, "Merkel").name == "Angela Merkel"
    assert by_text(actors, "Assad").name == "Bashar al-Assad"


def test_family_name_first_resolves(analyse: Analyse) -> None:
    text = "Chinese President Xi Jinping arrived on Monday. Xi said trade would grow."
    xi = [a for a in analyse(text) if a.text == "Xi"]
    assert xi and (xi[0].name, xi[0].country) == ("Xi Jinping", "CHN")


def test_pronoun_after_a_person_no_actor_covers_is_left_out(analyse: Analyse) -> None:
    # "his" is van Creveld's, whom the actors stage does not know; the leader named a sentence
    # earlier is not what it stands for (a Guardian article of 2005-11-29)
    text = (
        "Former Iraqi Prime Minister Ayad Allawi caused a stir by asserting that human rights "
        "are no better protected now than under the rule of Saddam. Noting that two-thirds of "
        "Americans believe the war was a mistake, van Creveld says in his article that the US "
        "should leave."
    )
    actors = analyse(text, date="2005-11-29")
    assert by_text(actors, "Iraqi Prime Minister Ayad Allawi").name == "Ayad Allawi"
    assert not [a for a in actors if a.text == "his"]


def test_a_stranger_in_a_clause_of_his_own_does_not_block_the_pronoun(analyse: Analyse) -> None:
    # the code review's cases: the person no actor covers is no main-clause subject after the
    # known one ("said bin Laden was dead"; "after van Creveld spoke")
    text = "Barack Obama said bin Laden was dead. He added that the world was safer."
    assert by_text(analyse(text, date="2011-05-03"), "He").name == "Barack Obama"
    text = "After van Creveld spoke, Barack Obama said he would leave."
    assert by_text(analyse(text, date="2011-05-03"), "he").name == "Barack Obama"


def test_the_company_names_again_the_company_just_named(analyse: Analyse) -> None:
    # Timeline17 BP coverage: "The company has said it will honor legitimate claims"
    text = (
        "BP sent its chief executive to Louisiana to oversee the clean-up. "
        "The company has said it will honor legitimate claims for damages."
    )
    company = by_text(analyse(text), "The company")
    assert (company.name, company.country, company.sector) == ("BP", "GBR", "BUS")


def test_the_company_after_two_companies_or_in_apposition_is_left_out(analyse: Analyse) -> None:
    text = "BP and Transocean met on Monday. The company refused to comment."
    assert not [a for a in analyse(text) if a.text == "The company"]
    text = (
        "BP shares fell. The slogan won awards for BP. Ogilvy, the firm that invented the "
        "slogan, still boasts of it."
    )
    assert not [a for a in analyse(text) if a.text == "the firm"]
    # too far back: three sentences on, "the company" is no longer BP's by default
    text = (
        "BP shares fell. Oil prices rose. Markets were calm. Traders left early. The company said."
    )
    assert not [a for a in analyse(text) if a.text == "The company"]


def test_the_firm_after_an_unnamed_firm_or_in_another_sense_is_left_out(analyse: Analyse) -> None:
    # the code review's sentences
    text = "BP sold its stake to a Chinese firm last year. The firm agreed to pay."
    assert not [a for a in analyse(text) if a.text == "The firm"]
    text = "BP has been criticised by Obama. The company of US Marines attacked the village."
    assert not [a for a in analyse(text) if a.text.startswith("The company")]
    # an apposition of the named company is no other firm
    text = "BP, a British company, said it would pay. The company will compensate those affected."
    assert by_text(analyse(text), "The company").name == "BP"
