"""Thirty-sixth pass (thirty-third session): a pronoun subject of reported speech as the speaker
a row names by its subject, the companies news names without their country, a company's own
halt kept from a sanction, entry allowed as access, pleas and advice as requests, and searches
for violations as investigations. Read from the misses on the
opened GSR-style sets a-ch and CAMEO-style sets 1-54; GSR-style sets ci-ck and CAMEO-style sets
55-57 were coded blind at the session's start and held out."""

from __future__ import annotations

from .conftest import lead_types, one_of_type, parties, pipeline_events, pipeline_types

HAITI = "2010-01-15"
LIBYA = "2011-09-12"
SYRIA = "2012-03-10"
SPILL = "2010-06-10"


def test_a_pronoun_subject_of_reported_speech_is_the_speaker_a_row_names() -> None:
    text = "Meanwhile, US Secretary of State Hillary Clinton said she would travel to Haiti on Saturday."
    event = one_of_type(text, "AGREE", HAITI)
    assert event.lead and event.type == "CONSULT" and event.status == "planned"
    assert parties(event) == (["Hillary Clinton"], ["Haiti"])
    text = "Russia said it would send a delegation to Damascus for talks with the government."
    assert "AGREE" in lead_types(text, SYRIA)
    # without a speaker named, "she" names no one a visit row knows; "he" no country, "it" no
    # minister, and a spokesman's "he" is most often the one he speaks for
    assert pipeline_types("She said she would travel to Haiti on Saturday.", HAITI) == []
    assert pipeline_types("Haiti said he would travel to Miami on Saturday.", HAITI) == []
    assert pipeline_types("The minister said it would travel to Iran.", SYRIA) == []
    assert pipeline_types("The spokesman Jay Carney said he would travel to Cairo.", SYRIA) == []


def test_a_company_named_alone_is_a_party_of_its_country() -> None:
    text = (
        "Eni also said it was working with NOC and Mellitah Oil & Gas to restart gas output in "
        "November at the offshore platform of Sabratah."
    )
    event = one_of_type(text, "COOPERATE", "2011-10-04")
    assert event.lead
    (eni,) = event.actors
    assert (eni.name, eni.country, eni.sector) == ("Eni", "ITA", "BUS")
    # the tanker named after a company is no party: "the Exxon Valdez spill"
    text = "Veterans of the Exxon Valdez spill questioned the wisdom of trying to break up the oil."
    assert all(not e.actors for e in pipeline_events(text, SPILL))


def test_a_company_halting_its_own_work_sanctions_no_one() -> None:
    text = (
        "State-run oil giant Pemex said its platforms in the Campeche Sound continued to work "
        "normally on Monday although it suspended helicopter flights to the rigs."
    )
    assert "SANCTION" not in pipeline_types(text, "2010-07-01")
    text = "Wednesday morning, BP halted testing of a new temporary well cap."
    assert "SANCTION" not in pipeline_types(text, "2010-07-15")
    # supplies a company cuts off are a cutoff, whoever they are cut from
    assert "SANCTION" in pipeline_types("Gazprom suspended deliveries on Thursday.", "2009-01-08")
    # a company that halts dealings with a party sanctions it
    text = "Major U.S. oil firms decided to halt trade with Libya."
    assert "SANCTION" in pipeline_types(text, "2011-03-01")


def test_entry_allowed_is_access() -> None:
    text = "The Red Cross was allowed into Homs to deliver humanitarian aid and help the wounded."
    event = one_of_type(text, "RETREAT", SYRIA)
    assert event.lead and event.cameo == "086"
    text = (
        "A senior UN human rights investigator is reported to have been allowed into Syria for "
        "the first time."
    )
    assert lead_types(text, "2012-02-10") == ["RETREAT"]
    # a party's own people let visit are let through, and a thing let flow is no one let in
    text = "The government allowed Mubarak's sons to visit him in hospital."
    assert lead_types(text, "2011-08-03") == ["CONCEDE"]
    assert pipeline_types("The new valve allows water to flow into the tank.", SPILL) == []


def test_pleas_and_advice_to_a_party_are_requests() -> None:
    text = "Earlier, UN Secretary General Ban Ki-moon reiterated a plea to Mr Assad to end the bloodshed."
    event = one_of_type(text, "REQUEST", SYRIA)
    assert event.lead and parties(event) == (["Ban Ki-moon"], ["Bashar al-Assad"])
    text = "The Washington embassy repeatedly advised Downing Street to use its leverage."
    assert lead_types(text, "2011-09-01") == ["REQUEST"]
    # a guilty plea is a court's, and advice between people no party's request
    assert "REQUEST" not in pipeline_types("He entered a guilty plea to the charges.", SPILL)
    assert pipeline_types("Doctors advised him to rest for a week.", SPILL) == []
    text = "Japan advised its nationals in Mexico to consider returning home."
    assert "REQUEST" not in pipeline_types(text, "2009-04-30")


def test_a_search_for_violations_is_an_investigation() -> None:
    text = "The Justice Department will look for violations of the Clean Water Act."
    event = one_of_type(text, "ACCUSE", SPILL)
    assert event.lead and event.cameo == "091" and event.status == "planned"
    assert pipeline_types("Rescuers looked for survivors in the rubble.", HAITI) == []


def test_a_party_that_will_not_accept_a_state_of_things_refuses_it() -> None:
    # after the held-out run (GSR-style cj, opened then)
    text = (
        "Mr Erdogan said that Ankara would not accept the creation of a terrorist structure in "
        "the region."
    )
    event = one_of_type(text, "REJECT", SYRIA)
    assert event.lead and parties(event)[0] == ["Turkey"]
    # an acceptance told as it stands is no refusal, and a plan not accepted stays as it was
    assert "REJECT" not in pipeline_types("Ankara accepted the creation of a buffer zone.", SYRIA)
    assert lead_types("Ankara will not accept the plan.", SYRIA) == ["REJECT"]


def test_observers_sent_or_deployed_are_a_peacekeeping_mission() -> None:
    # after the held-out run (GSR-style cj, opened then)
    event = one_of_type("The UN has sent a small advance team of observers to Syria.", "AID", SYRIA)
    assert event.lead and event.cameo == "074"
    text = "Nearly 260 unarmed UN observers have been deployed in Syria to monitor a ceasefire."
    assert lead_types(text, "2012-05-10") == ["AID"]
    # troops deployed to watch a border are still troops mobilised
    assert lead_types("The army deployed troops to monitor the border.", SYRIA) == ["MOBILIZE"]
