"""An unnamed group's country from its context: its own words, the state it belongs to, never a
venue it only visits nor the party it acts on."""

from __future__ import annotations

import pytest

from dateline.actors.resolve import placement
from dateline.evaluate.actors import evaluate

from ..conftest import shared_file
from .conftest import Analyse, by_text

# Dev-set country accuracy measured with this behaviour (356/382 = 0.932); one item of noise.
DEV_TARGET = 0.928


def country(analyse: Analyse, text: str, mention: str, date: str = "2021-12-15") -> str | None:
    return by_text(analyse(text, date=date), mention).country


# -- not the venue -----------------------------------------------------------------------------
def test_ministers_meeting_in_paris_are_not_french(analyse: Analyse) -> None:
    text = "The ministers met in Paris as the assassination of Rafik al-Hariri shook the region."
    assert country(analyse, text, "ministers", "2005-02-20") is None


def test_diplomats_gathered_in_geneva_are_not_swiss_nor_of_the_topic(analyse: Analyse) -> None:
    text = "Diplomats gathered in Geneva to discuss Iran's nuclear programme."
    assert country(analyse, text, "Diplomats") is None


def test_leaders_meeting_abroad_do_not_take_the_host_country(analyse: Analyse) -> None:
    text = "Arab leaders meeting in Baghdad called for the peace plan to be implemented."
    assert country(analyse, text, "leaders", "2012-03-30") is None


def test_a_place_in_the_groups_own_phrase_still_places_it(analyse: Analyse) -> None:
    text = "The leaders of the churches in Ireland released a joint statement."
    assert country(analyse, text, "leaders", "2009-05-31") == "IRL"
    text = "It was the dictatorship of the communist leaders in China."
    assert country(analyse, text, "leaders", "2005-01-30") == "CHN"


# -- not the party acted on --------------------------------------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "The foreign ministers, meeting in Liverpool, issued a statement condemning Russia.",
        "The G7 foreign ministers, meeting in Liverpool, issued a statement condemning Russia.",
        "The ministers issued a statement condemning Russia.",
    ],
)
def test_the_country_condemned_is_not_the_ministers(analyse: Analyse, text: str) -> None:
    ministers = next(a for a in analyse(text, date="2021-12-12") if "ministers" in a.text)
    assert ministers.country is None


def test_the_recipient_of_a_protest_note_is_not_the_government(analyse: Analyse) -> None:
    text = "The government has also issued a diplomatic protest note to Syria."
    assert country(analyse, text, "government", "2012-06-24") is None


def test_the_antecedent_of_a_relative_clause_is_what_the_group_acts_on(analyse: Analyse) -> None:
    text = (
        "Security forces in Guinea have tortured scores of Sierra Leonean and Liberian refugees, "
        "whom authorities blame for a border conflict."
    )
    actors = analyse(text, date="2000-10-12")
    assert by_text(actors, "authorities").country == "GIN"
    assert by_text(actors, "Security forces").country == "GIN"


def test_officials_with_a_head_of_government_are_of_his_country(analyse: Analyse) -> None:
    text = (
        "Prime Minister Silvio Berlusconi and other officials fawned over Libyan leader Muammar "
        "Gaddafi on his visit to Italy."
    )
    assert country(analyse, text, "officials", "2011-03-07") == "ITA"


# -- not the home of a party, militia or company -----------------------------------------------
def test_a_militia_in_another_clause_does_not_place_ministers(analyse: Analyse) -> None:
    text = "Ministers met in Paris while the protest by Hezbollah supporters went on."
    assert country(analyse, text, "Ministers", "2005-03-05") is None


@pytest.mark.parametrize(
    ("text", "mention"),
    [
        ("Cameron said he has offered to help the government and BP in dealing with the spill.",
         "government"),
        ("Journalists, including CNN reporters, taken by the government to the site of the "
         "strikes, reported seeing bodies.", "government"),
    ],
)  # fmt: skip
def test_a_company_does_not_place_a_government(analyse: Analyse, text: str, mention: str) -> None:
    assert country(analyse, text, mention, "2010-06-03") is None


def test_members_of_a_named_body_take_its_country(analyse: Analyse) -> None:
    text = "Officials from the National Transitional Council explained their rebuilding plans."
    assert country(analyse, text, "Officials", "2011-09-02") == "LBY"


def test_soldiers_fighting_rebels_are_of_the_rebels_country(analyse: Analyse) -> None:
    text = (
        "At least 80 soldiers had been killed in clashes with Free Syrian Army fighters, said "
        "the Syrian Observatory for Human Rights, a UK-based group."
    )
    actors = analyse(text, date="2012-06-04")
    assert by_text(actors, "soldiers").country == "SYR"
    assert "UK" not in {a.text for a in actors}  # where the group sits, not an actor


def test_a_capital_before_based_is_a_place_not_a_government(analyse: Analyse) -> None:
    text = (
        "At least 28 civilians were killed by security forces across Syria on Sunday, said the "
        "London-based Syrian Observatory for Human Rights."
    )
    actors = analyse(text, date="2012-02-06")
    assert "London" not in {a.text for a in actors}
    assert by_text(actors, "security forces").country == "SYR"


# -- where the context is right ----------------------------------------------------------------
def test_protesters_and_police_in_cairo_are_egyptian(analyse: Analyse) -> None:
    actors = analyse("Protesters in Cairo clashed with police.", date="2011-01-28")
    assert by_text(actors, "Protesters").country == "EGY"
    assert by_text(actors, "police").country == "EGY"


def test_police_are_not_of_the_foreigners_they_arrest(analyse: Analyse) -> None:
    text = "Police in Cairo arrested two Britons."
    assert country(analyse, text, "Police", "2011-04-11") == "EGY"


def test_bare_police_follow_the_named_police_of_the_paragraph(analyse: Analyse) -> None:
    text = (
        "Egyptian police fired tear gas at the crowd on Friday.\nLater, police arrested bloggers."
    )
    actors = analyse(text, date="2011-01-28")
    assert [a.country for a in actors if a.text == "police"] == ["EGY"]
    text = "Egyptian police fired tear gas in Alexandria; police also beat protesters."
    assert country(analyse, text, "police", "2011-01-28") == "EGY"


def test_the_regime_belongs_to_the_sentences_state(analyse: Analyse) -> None:
    text = "Syrian troops shelled Homs as the regime ignored calls for a ceasefire."
    assert country(analyse, text, "regime", "2012-03-01") == "SYR"


def test_own_modifiers_place_the_group(analyse: Analyse) -> None:
    assert country(analyse, "Ministers of Japan met in Washington.", "Ministers of Japan") == "JPN"
    actors = analyse("The Syrian government's forces shelled the city.", date="2012-03-01")
    assert all(a.country == "SYR" for a in actors)


def test_a_group_of_several_countries_has_none(analyse: Analyse) -> None:
    text = (
        "The foreign ministers of Germany, Japan, India and Brazil are to fly to New York.\n"
        "The G4 foreign ministers are scheduled to meet on Sunday."
    )
    actors = analyse(text, date="2005-07-15")
    ministers = [a for a in actors if "ministers" in a.text]
    assert len(ministers) == 2 and all(a.country is None for a in ministers)
    assert by_text(actors, "Japan").country == "JPN"
    text = "The president of Armenia and the Russian leader met in Moscow."
    assert country(analyse, text, "president of Armenia", "2005-07-15") == "ARM"


def test_every_placement_row_is_well_formed() -> None:
    table = placement()
    assert {"police", "minister", "diplomat"} <= table.keys()
    assert set(table.values()) <= {"here", "away", "abroad", "many"}
    assert all(k == k.lower() and " " not in k for k in table)


def test_dev_country_accuracy_holds() -> None:
    scores = evaluate(shared_file("data/events/plover_gsr_dev.jsonl"))
    assert scores.accuracy >= DEV_TARGET, f"dev country accuracy {scores.accuracy:.3f}"


# -- not the state it acts on (thirty-seventh pass) ----------------------------------------------
def test_a_person_or_unknown_body_is_not_of_the_state_it_acts_on(analyse: Analyse) -> None:
    # the article's one country is what the speaker condemns, not whose she is
    assert country(analyse, "Navi Pillay condemned Syria.", "Navi Pillay", "2011-06-09") is None
    text = "The Arab Organization for Human Rights condemned Syria."
    body = "Arab Organization for Human Rights"
    assert country(analyse, text, body, "2011-06-09") is None
    # a country left or served is still the one someone may be of: only a state addressed
    # from outside is set apart (addressed_acts.tsv)
    text = "Ali Hassan left Yemen on Friday."
    assert country(analyse, text, "Ali Hassan", "2011-06-09") == "YEM"
    text = "Saleh Ahmed has represented Yemen for years."
    assert country(analyse, text, "Saleh Ahmed", "2011-06-09") == "YEM"
    # ... and a nationality the sentence gives the person stands
    text = "Wael Ghonim, an Egyptian activist, urged Egypt to reform."
    assert country(analyse, text, "Wael Ghonim", "2011-02-09") == "EGY"
    # rebels, opposition figures and activists act on their own state
    text = "Rebel spokesman Abdel Hafiz Ghoga urged Libya to stop."
    ghoga = "Rebel spokesman Abdel Hafiz Ghoga"
    assert country(analyse, text, ghoga, "2011-06-09") == "LBY"
    text = "Prominent opposition figure Haitham al-Maleh accused Syria of lying."
    assert country(analyse, text, "Haitham al-Maleh", "2011-06-09") == "SYR"
