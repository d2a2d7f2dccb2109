"""Fifteenth pass (twelfth session), from the PROTEST and COOPERATE misses on all the GSR-style
sets: a crowd's demand is its protest, a call for protests is a protest planned, a crowd that
throws stones or burns buildings riots, crowds that fill the streets protest, and "working
with" needs a state or a body on one side only."""

from __future__ import annotations

from .conftest import pipeline_events as _events
from .conftest import pipeline_types as _types


def test_a_crowds_demand_is_its_protest() -> None:
    # PLOVER manual s.PROTEST: the topic of a protest, typically a REQUEST, is not coded apart
    text = "Protesters are demanding an end to President Hosni Mubarak's 30-year-rule."
    (event,) = _events(text)
    assert (event.type, event.mode, event.status) == ("PROTEST", "demo", "ongoing")
    assert [p.name for p in event.recipients] == ["Hosni Mubarak"]
    text = "The tens of thousands in Cairo and other cities demanded the ouster of Hosni Mubarak."
    assert _types(text) == ["PROTEST"]
    text = (
        "On Friday, large numbers took to the streets after prayers - as they have for months -"
        " to call for Mr Assad's departure."
    )
    assert _types(text) == ["PROTEST"]
    # a demand by others, or a crowd that begs, stays a request
    assert _types("Human rights groups demanded an independent inquiry into the killings.") == [
        "REQUEST"
    ]
    text = "Those protesters are begging us for help in obtaining freedom and democracy."
    assert _types(text) == ["REQUEST"]


def test_a_call_for_protests_is_a_protest_planned() -> None:
    text = "The Muslim Brotherhood has called for protests after Friday prayers."
    (event,) = _events(text)
    assert (event.type, event.status) == ("PROTEST", "planned")
    assert event.coded_type == "PROTEST"
    assert [p.name for p in event.actors] == ["Muslim Brotherhood"]
    text = "Meanwhile, the Muslim Brotherhood has called for its followers to demonstrate after Friday prayers."
    assert _types(text) == ["PROTEST"]
    # air strikes called for are no strike by workers
    text = "Rebels in Benghazi have called for U.N.-backed air strikes to halt the attacks."
    assert "PROTEST" not in _types(text)
    # an announced protest is still coded as PLOVER's gold codes it: a threat (CAMEO 133)
    (planned,) = _events(
        "Palestinian leaders said they would boycott all official contact with the United States."
    )
    assert (planned.type, planned.coded_type) == ("PROTEST", "THREATEN")


def test_a_crowd_that_throws_stones_or_burns_riots() -> None:
    text = (
        "Elsewhere, demonstrators torched and ransacked the headquarters of Mubarak's ruling party."
    )
    (event,) = _events(text)
    assert (event.type, event.mode, event.cameo) == ("PROTEST", "riot", "145")
    text = "Police fired tear gas at protesters who threw stones."
    assert sorted(_types(text)) == ["ASSAULT", "PROTEST"]
    # security forces who storm a mosque as protesters barricade themselves do not riot
    text = (
        "As security forces stormed the mosque, protesters tried to barricade themselves in"
        " with bookcases and shoe racks, reports say."
    )
    assert sorted(_types(text)) == ["COERCE", "PROTEST"]
    # a clash with security forces stays a fight, a seizure of weapons a seizure
    assert _types("Thousands of demonstrators were clashing with security forces.") == ["ASSAULT"]
    text = "Protesters managed to seize tanks and weapons from the security forces."
    assert _types(text) == ["COERCE"]


def test_crowds_that_fill_the_streets_protest() -> None:
    text = "Thousands of protesters spilled into the streets of Egypt on Tuesday."
    (event,) = _events(text)
    assert (event.type, event.status) == ("PROTEST", "occurred")
    assert _types("Thousands of Egyptians packed Cairo's Tahrir Square on Friday.") == ["PROTEST"]
    text = "In the city of Hama, video footage appeared to show tens of thousands of protesters massed in a central square."
    assert _types(text) == ["PROTEST"]
    text = "ET) Protesters in Iraq took to the streets again Friday, showing solidarity with demonstrators in Egypt."
    assert _types(text) == ["PROTEST"]
    # things that fill the streets are no crowd
    text = "The situation is now at a critical point, with rotting corpses beginning to fill the streets."
    assert _types(text) == []


def test_working_with_needs_a_state_or_a_body_on_one_side() -> None:
    text = "The UK said it was working with international partners to ensure aid was delivered."
    (event,) = _events(text)
    assert event.type == "COOPERATE"
    assert [p.name for p in event.actors] == ["United Kingdom"]
    # nobody known on either side, or a person known only by a country, is no cooperation
    text = "Ushahidi worked with InSTEDD, an organization that helps humanitarian collaboration."
    assert _types(text) == []
    text = "Since 2003 Nneka has been working closely with hip-hop beatmaker DJ Farhot, a producer living in Hamburg."
    assert _types(text) == []
    # "wrought" is no form of "work"
    assert _types("That's what Gramm and McCain hath wrought with the deregulation.") == []


def test_acts_that_continue_or_are_under_way_are_ongoing() -> None:
    # the status check sets (t17_status_1.jsonl): "ongoing" read as "occurred" 18 times
    (support,) = _events("The government continues to support banks through other programs.")
    assert support.status == "ongoing"
    text = "In contingency terms all these things are being discussed by exam boards."
    (talks,) = _events(text)
    assert talks.status == "ongoing"
    # a past "continued" is done, and a plain past stays past
    (attack,) = _events("The rebels continued to attack the town on Monday.")
    assert attack.status == "occurred"


def test_what_may_or_could_happen_is_planned_and_possible() -> None:
    (attack,) = _events("Iran may attack Israel.")
    assert (attack.status, attack.certainty) == ("planned", "possible")
    (block,) = _events(
        "Washington may also block any deal seen to strengthen anyone in the oil industry."
    )
    assert (block.status, block.certainty) == ("planned", "possible")
    # a modal perfect looks back ("could have"), and "may be using" is a guess at the present
    (found,) = _events("Syrian forces may have attacked the convoy.")
    assert found.status == "occurred"


def test_oil_that_threatens_the_coast_is_no_party_threatening() -> None:
    # the status check sets' readers marked such threats "no act" (10 of their 31)
    text = (
        "The thick crude oil has already permeated more than 110km (70 miles) of Louisiana's"
        " coastline, threatening fragile wetlands."
    )
    assert _types(text) == []
    assert _types("A drilling freeze threatens 24,000 jobs in Louisiana alone.") == []
    # forces and rebels that threaten as they move still threaten
    assert "THREATEN" in _types("Rebels seized the town, threatening to march on Tripoli.")


def test_what_nobody_did_is_negated_and_what_is_yet_to_come_is_planned() -> None:
    (attack,) = _events("Neither side attacked the convoy.")
    assert attack.negated
    (killing,) = _events("Amazingly, al Saidy said, no one has been killed or hurt.")
    assert killing.negated
    (recognition,) = _events("No country has recognised the new government.")
    assert recognition.negated
    # a named doer is a doer
    (veto,) = _events("Russia vetoed the resolution.")
    assert not veto.negated
    (yet,) = _events("The president is yet to sign the bill.")
    assert yet.status == "planned"
