"""Thirteenth pass (tenth session), from the misses on the GSR-style sets p-s: what a body
decided to do, acts whose being there is the news, ultimatums and threats held out against a
condition."""

from __future__ import annotations

from .conftest import pipeline_events as _events
from .conftest import pipeline_types as _types


def test_what_a_body_decided_to_do_it_does() -> None:
    text = (
        "President Hosni Mubarak has decided to step down from the presidency of Egypt, Vice"
        " President Omar Suleiman said."
    )
    (event,) = _events(text)
    assert (event.type, event.status) == ("RETREAT", "occurred")
    text = "The Gulf countries, including Saudi Arabia, decided to withdraw their observers."
    assert _types(text) == ["SANCTION"]
    # a decision still to be taken is not taken: "will decide" plans the act
    text = "The cabinet will decide next week whether to expel the Syrian ambassador."
    assert "SANCTION" not in _types(text)


def test_an_act_whose_being_there_is_the_news() -> None:
    text = (
        "There was a small demonstration in Texas outside the Egyptian Consulate building in"
        " Houston."
    )
    assert _types(text) == ["PROTEST"]
    assert _types("There were heavy clashes in Homs on Friday.") == ["ASSAULT"]
    # a state of opinion is no happening
    assert _types("There is growing criticism of the plan.") == []


def test_an_ultimatum_is_a_demand_and_a_threat() -> None:
    text = (
        "Turkish Foreign Minister Ahmet Davutoglu told Assad to halt such military operations"
        " now or face unspecified consequences."
    )
    assert sorted(_types(text)) == ["REQUEST", "THREATEN"]
    threat = next(e for e in _events(text) if e.type == "THREATEN")
    assert threat.cameo == "139"
    assert [p.name for p in threat.actors] == ["Ahmet Davutoglu"]
    assert [p.name for p in threat.recipients] == ["Bashar al-Assad"]
    text = (
        "Mr Lavrov said the West had told Russia to back a draft resolution on sanctions or it"
        ' would "refuse to extend the mandate of the observer mission".'
    )
    assert "THREATEN" in _types(text)
    # two demanded acts joined by "or" hold nothing out
    assert _types("Obama urged Congress to pass the bill or extend the deadline.") == ["REQUEST"]


def test_a_planned_act_held_out_against_a_condition_is_a_threat() -> None:
    text = (
        "Nigeria today announced that it will withdraw their peacekeeping force from Chad"
        " unless President Goukouni Oueddei arranged a ceasefire with rebels."
    )
    assert _types(text) == ["THREATEN"]
    # a refusal with a condition stays a refusal
    text = "Assad will not step down unless the opposition lays down its arms."
    assert _types(text) == ["REJECT"]
