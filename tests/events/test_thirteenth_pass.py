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


def test_no_plan_or_intention_to_act_is_a_refusal_by_its_holder() -> None:
    text = "In his remarks, Mubarak was clear that he had no intentions of stepping down."
    (event,) = _events(text)
    assert (event.type, event.negated) == ("REJECT", False)
    assert [p.name for p in event.actors] == ["Hosni Mubarak"]
    (event,) = _events("Obama has no plans to meet the Dalai Lama.")
    assert event.type == "REJECT" and [p.name for p in event.actors] == ["Barack Obama"]
    # ... and so, since the twenty-sixth pass, is a deployment its holder has no plans for
    # (REJECT 120; the GSR-style coders, 3 of 3: "would not deploy ground troops"), where the
    # thirteenth pass told it as a denied MOBILIZE
    (event,) = _events("The United States has no plans to send ground troops to Libya.")
    assert (event.type, event.negated, event.cameo) == ("REJECT", False, "120")
    assert [p.name for p in event.actors] == ["United States"]
    # plans held are planned acts of their holder
    (event,) = _events("Obama has plans to meet the Dalai Lama.")
    assert (event.status, [p.name for p in event.actors]) == ("planned", ["Barack Obama"])


def test_an_attack_told_by_its_dead() -> None:
    text = (
        "Seven people died Sunday in fighting in the town of Dafniya, Libya, near the besieged"
        " city of Misrata, according to a hospital spokesman."
    )
    assert _types(text) == ["ASSAULT"]
    # a crash is no attack
    assert _types("He died in a car crash.") == []


def test_a_war_of_words_and_coming_to_a_party_s_defence() -> None:
    assert _types("Moammar Gadhafi's government, for its part, kept up the war of words.") == [
        "ACCUSE"
    ]
    (event,) = _events("Cameron came to BP's defense Thursday during a visit to Brussels.")
    assert event.type == "SUPPORT" and [p.name for p in event.recipients] == ["BP"]


def test_talks_on_a_scheduled_journey_are_scheduled() -> None:
    text = (
        "The envoy for the UN and the Arab League, Kofi Annan, is to travel to Moscow and"
        " Beijing this weekend for talks on the crisis, his office said."
    )
    (event,) = _events(text)
    assert (event.status, _types(text)) == ("planned", ["AGREE"])
    # talks on a journey made were held; "is to blame" is no schedule (and, since the
    # nineteenth pass, no accusation either: it says who is responsible, as readers of the
    # status sets take it; the attacks it names were made)
    (event,) = _events("Annan travelled to Moscow for talks with Lavrov.")
    assert event.status == "occurred"
    (event,) = _events("Syria is to blame for the attacks on the embassy.")
    assert (event.type, event.status) == ("ASSAULT", "occurred")


def test_a_deployment_made_to_help_is_aid() -> None:
    text = (
        "The US announced it was sending another 4,000 sailors and marines to Haiti for the"
        " earthquake relief effort."
    )
    (event,) = _events(text)
    assert (event.type, event.cameo) == ("AID", "073")
    text = "Kenyon International and other organizations are deploying to Haiti to assist in this."
    assert _types(text) == ["AID"]
    (event,) = _events("The UN deployed peacekeepers to Darfur to protect civilians.")
    assert (event.type, event.cameo) == ("AID", "074")
    # deployed to deter, or to help crush a protest, is no aid
    assert _types("Russia deployed troops to the border to deter an attack.") == ["MOBILIZE"]
    assert "AID" not in _types("Saudi forces were deployed to Bahrain to help crush protests.")


def test_the_review_s_narrowings() -> None:
    # a lull is no fighting, and protests that "would" come are ahead
    (event,) = _events("On the Western outskirts of Sirte on Thursday there was little fighting.")
    assert event.negated
    (event,) = _events(
        "Word had spread for days through the streets of Cairo that there would be protests."
    )
    assert event.status == "planned"
    # a right to act is not a plan, and its holder did not act
    (event,) = _events("Bill Clinton had the right to veto the bill but did not.")
    assert event.actors == ()
    # a no-fly zone enforced to protect civilians is no aid
    text = "Western powers have launched air strikes and enforced a no-fly zone over Libya to protect civilians."
    assert "AID" not in _types(text)
    # "desperate to blame" is a wish; a decision to negotiate plans talks
    (event,) = _events(
        "From Obama's point of view he is desparate to blame someone else for the problem."
    )
    assert event.status == "planned"
    text = (
        "But the group's spokesman now tells CNN that they have decided to take the people's"
        " demands to the negotiating table."
    )
    (event,) = _events(text)
    assert event.status == "planned"
