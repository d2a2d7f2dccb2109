"""Twentieth pass (seventeenth session): acts the GSR-style and CAMEO-style coders coded and
dateline missed (sets a-al and 1-6, opened), worded from the CAMEO codebook; sets am-ao and
CAMEO-style 7-9 were coded blind at the session's start and held out."""

from __future__ import annotations

import pytest

from dateline import events

from .conftest import one_of_type, told_as_it_stands
from .conftest import pipeline_events as _events

DATE = "2011-03-20"


def _coded(text: str, date: str = DATE) -> list[tuple[str, str | None, str]]:
    return told_as_it_stands(text, date)


def _types(text: str, date: str = DATE) -> list[str]:
    return [t for t, *_ in _coded(text, date)]


def _one(text: str, type_: str, date: str = DATE) -> events.Event:
    return one_of_type(text, type_, date)


def _countries(participants: tuple) -> set[str | None]:
    return {p.country for p in participants}


def test_a_named_partys_need_to_act_is_a_demand() -> None:
    # GSR-style set: "the United States said Assad needed to take concrete action"
    demand = _one("Clinton said Assad needed to take concrete action.", "REQUEST")
    assert _countries(demand.recipients) == {"SYR"}
    demand = _one("Obama said Gadhafi needs to go.", "REQUEST")
    assert _countries(demand.recipients) == {"LBY"}
    # nobody's need, a forecast, and circumstance ("have to") are no demand
    assert _types("Obama said more work needs to be done.") == []
    assert "REQUEST" not in _types("Obama said Gadhafi does not need to go.")
    assert "REQUEST" not in _types("The IMF said Greece may need to seek a second bailout.")
    text = "Melancon said Louisianians will need to stretch every dollar."
    assert "REQUEST" not in _types(text)
    text = "He reported that Pakistan and Afghanistan have to work hard to repulse a threat."
    assert "REQUEST" not in _types(text)


def test_wanting_a_named_party_to_act_is_a_demand() -> None:
    demand = _one("The White House now wants BP to pay for the cleanup.", "REQUEST")
    assert demand.evidence.trigger == "wants"
    assert [p.name for p in demand.recipients] == ["BP"]
    assert _types("I want you to know the truth.") == []
    # a hope, and a question, are no demand (after the code review)
    assert _types("Republicans want Obama to succeed.") == []
    assert _types("Does China want Iran to build a bomb?") == []


@pytest.mark.parametrize(
    ("text", "type_", "trigger"),
    [
        ("Rebel fighters on Wednesday advanced west from Misrata.", "ASSAULT", "advanced"),
        ("NATO had degraded Gaddafi's military capacity, he said.", "ASSAULT", "degraded"),
        (
            "Rebels have openly voiced dissatisfaction with NATO.",
            "ACCUSE",
            "voiced dissatisfaction",
        ),
        ("The panel heard testimony from government officials.", "ACCUSE", "heard testimony"),
        ("Federal investigators are looking into the matter.", "ACCUSE", "looking into"),
        ("The court overturned the cabinet decision.", "REJECT", "overturned the cabinet decision"),
        ("Police blocked protesters outside the bank.", "COERCE", "blocked"),
        ("Soldiers controlled access to Tahrir Square.", "COERCE", "controlled access"),
        ("Forces loyal to Gadhafi are honoring a cease-fire.", "RETREAT", "honoring a cease-fire"),
        ("Clinton expressed confidence in the rebels.", "SUPPORT", "expressed confidence"),
        ("Gordon Brown paid tribute to the soldiers.", "SUPPORT", "paid tribute"),
        # read after the held-out sets am-ao were scored
        ("Britain has frozen $1 billion of Libyan central bank reserves.", "SANCTION", None),
        ("The Arab League withdrew Syria's invitation.", "REJECT", None),
        ("China has lent more than 30 billion dollars to Venezuela.", "AID", "lent"),
        ("Chinese rescuers worked alongside British teams.", "COOPERATE", "worked alongside"),
        ("Protesters began throwing Molotov cocktails at police.", "ASSAULT", None),
    ],
)
def test_codebook_phrases_tell_their_act(text: str, type_: str, trigger: str | None) -> None:
    (event,) = [e for e in _events(text, DATE) if e.type == type_]
    if trigger is not None:
        assert event.evidence.trigger == trigger


def test_the_same_words_in_other_senses_tell_no_act() -> None:
    assert _types("Prices advanced 3 percent on Monday.") == []
    assert _types("Consumers will pay more for gasoline this summer.") == []
    assert _types("Fans respected the fire regulations.") == []
    # after the code review
    assert _types("The man looked into the camera.") == []
    assert "ASSAULT" not in _types("The army advanced the date of the elections.")
    assert _types("Banks lent 2 billion dollars to homeowners.") == []
    assert _types("Police sent officers to the scene.") == []
    assert _types("Scientists found evidence of water on Mars.") == []
    assert "SUPPORT" not in _types("The reporter is standing by in Cairo with the latest.")
    text = "The Council expresses profound regret at the death of many hundreds of people."
    assert "CONCEDE" not in _types(text)


def test_promised_payment_and_aid_are_agreements() -> None:
    # CAMEO 03 "express intent to": paying costs and tripled aid, planned
    assert _coded("BP has already said it will pay the costs of the clean-up.") == [
        ("AGREE", "pay", "planned")
    ]
    assert _types("The British government has said it will treble its aid to Haiti.") == ["AGREE"]
    assert _types("France said it would send about a dozen military advisers to Libya.") == [
        "AGREE"
    ]


def test_a_journey_told_in_the_progressive_is_a_planned_visit() -> None:
    text = "They are sending their Foreign Minister to talk to President Assad on Tuesday."
    assert _coded(text, "2012-02-06") == [("AGREE", "sending", "planned")]
    text = "China said it was sending a senior envoy to Damascus to negotiate a solution."
    assert [s for *_, s in _coded(text)] == ["planned"]
    text = "Clinton is flying to Paris for a meeting with European allies."
    assert _coded(text) == [("AGREE", "meeting", "planned")]
    # a past progressive as narrative tells a past journey, also when reported with "when"
    text = "Clinton was flying to Paris for a meeting when the news broke."
    assert ("CONSULT", "meeting", "occurred") in _coded(text)
    text = "Officials said Clinton was flying to Paris for talks when the news broke."
    assert ("CONSULT", "talks", "occurred") in _coded(text)


def test_a_meeting_that_will_be_is_ahead() -> None:
    text = (
        "The meeting, between U.S. envoy Marc Grossman and top diplomats from Afghanistan and "
        "Pakistan, will be the first since March."
    )
    assert _coded(text) == [("AGREE", "meeting", "planned")]
    # what a past meeting will do leaves it past
    text = "Yesterday's meeting between Obama and Netanyahu will shape the peace process."
    assert [s for *_, s in _coded(text)] == ["occurred"]


def test_evidence_of_abuses_is_an_allegation_against_their_doers() -> None:
    text = (
        "Amnesty International said Monday that it had fresh evidence of extrajudicial "
        "executions apparently committed by forces loyal to Gadhafi near Ajdabiya."
    )
    (claim,) = _events(text, DATE)
    assert (claim.type, claim.mode) == ("ACCUSE", "allege")
    assert [p.name for p in claim.actors] == ["Amnesty International"]
    # documenting attacks is no attack by the documenter
    text = "The Committee to Protect Journalists said it has documented more than 40 attacks."
    assert all(
        "Committee to Protect Journalists" not in {p.name for p in e.actors}
        for e in _events(text, DATE)
        if e.type == "ASSAULT"
    )


def test_the_first_or_only_party_to_act_did_it() -> None:
    text = "So far, Qatar is the only Arab country that has contributed planes to the mission."
    assert _countries(_one(text, "COOPERATE").actors) == {"QAT"}
    text = "Morocco has become the latest of many countries in the region to expel its ambassador."
    assert _countries(_one(text, "SANCTION").actors) == {"MAR"}


def test_a_party_fighting_in_a_purpose_keeps_its_own_act() -> None:
    text = (
        "France and Italy announced Wednesday that they will send military advisers to Libya to "
        "help rebels fighting for the ouster of leader Moammar Gadhafi."
    )
    assert sorted(_types(text)) == ["AGREE", "ASSAULT"]
    # those an act is done to are no doers of their own here
    text = "Syrian forces later opened fire on hundreds of youths marching in solidarity."
    assert _types(text) == ["ASSAULT"]


def test_a_that_clause_on_a_misparsed_report_is_still_told() -> None:
    # the parser reads "reports" as a noun; the release is no "released a report"
    text = "State-run media reports that the government has released 110 political prisoners."
    assert _types(text) == ["RETREAT"]


def test_an_argument_that_a_party_broke_the_law_is_criticism() -> None:
    claim = _one("Republicans argued that President Obama violated the War Powers Act.", "ACCUSE")
    assert [p.name for p in claim.recipients] == ["Barack Obama"]
