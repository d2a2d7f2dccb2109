"""Thirty-first pass (twenty-eighth session): arrests and releases told in the passive of a
group ("several people were arrested", "both men were released"), inquiries told in the
passive ("the attacks would be investigated"), relief teams sent and relief that arrives
("A British rescue team has reached Haiti"), and a warning that tells what the warner will do
("warned he would show no mercy"). Read from the misses on the opened GSR-style and
CAMEO-style sets; GSR-style sets bt-bv and CAMEO-style sets 40-42 were coded blind at the
session's start and held out."""

from __future__ import annotations

from .conftest import lead_types, one_of_type, parties, pipeline_events, pipeline_types

DATE = "2011-03-20"
HAITI = "2010-01-15"


def test_a_group_arrested_or_freed_in_the_passive_is_the_party_done_to() -> None:
    # those held or freed are the party of an arrest or a release, named or not (the
    # GSR-style coders code "several people were arrested" COERCE 173)
    text = "Several people were arrested after police confronted the protesters, the source added."
    assert lead_types(text, DATE) == ["COERCE"]
    text = "Tens of people arrested on Friday have been released, but scores more were still in jail, activists said."
    assert lead_types(text, DATE) == ["RETREAT"]
    text = "Amnesty International and Human Rights Watch also reported that staffers were detained."
    assert lead_types(text, DATE) == ["COERCE"]
    # not the dead of an attack with no doer named, nor things a party handles
    assert pipeline_types("More than 200 people have been killed, rights groups say.", DATE) == []
    assert pipeline_types("Hundreds of lawsuits have been filed since the spill.", DATE) == []
    assert pipeline_types("Dozens of pigs were killed in the early phase of the cull.", DATE) == []


def test_an_inquiry_told_in_the_passive_is_an_investigation() -> None:
    text = "Egyptian Prime Minister Ahmed Shafiq said Wednesday's attacks on demonstrators would be investigated."
    event = one_of_type(text, "ACCUSE", DATE)
    assert event.mode == "investigate"
    text = "Police said the circumstances of his death were still being investigated."
    assert lead_types(text, DATE) == ["ACCUSE"]
    # a thing that was only looked at is no inquiry
    assert pipeline_types("The wreckage was examined by the crew.", DATE) == []


def test_relief_teams_sent_are_aid() -> None:
    text = "Britain is sending a search and rescue team to Haiti."
    event = one_of_type(text, "AID", HAITI)
    assert (event.cameo, event.evidence.trigger) == ("073", "sending")
    assert parties(event) == (["United Kingdom"], ["Haiti"])
    # a team of another kind is no relief
    text = "Britain is sending a football team to Haiti."
    assert "AID" not in pipeline_types(text, HAITI)
    # a plan to send it is an intent to aid (CAMEO 0333), as the GSR-style coders code it
    text = (
        "The United States plans to send disaster relief teams into eastern Libya, officials said."
    )
    event = one_of_type(text, "AGREE", DATE)
    assert event.cameo == "073"


def test_relief_that_arrives_from_a_named_party_is_aid() -> None:
    text = "A British rescue team with heavy lifting gear and dogs has reached Haiti."
    event = one_of_type(text, "AID", HAITI)
    assert parties(event)[0] == ["United Kingdom"]
    text = "The first US aid planes have already landed at the airport serving the capital."
    assert parties(one_of_type(text, "AID", HAITI))[0] == ["United States"]
    text = "The first shipment of nonlethal aid from the United States to the Libyan opposition arrived Tuesday in Benghazi."
    assert lead_types(text, DATE) == ["AID"]
    # with nobody named it is no one's aid
    assert pipeline_types("Aid is slowly arriving in the capital.", HAITI) == []
    # and arriving at an agreement is none
    assert "AID" not in pipeline_types("The two sides reached a deal on Monday.", DATE)


def test_a_warning_of_what_the_warner_will_do_is_a_threat() -> None:
    text = "Libyan leader Muammar Gaddafi warned he would show no mercy to people in Benghazi."
    event = one_of_type(text, "THREATEN", DATE)
    assert parties(event)[0] == ["Muammar Gaddafi"]
    # a forecast with a condition is none, nor one by people who speak for no party
    text = "Defense Secretary William Cohen warned that Egypt will face a leadership vacuum if the government falls."
    assert "THREATEN" not in pipeline_types(text, DATE)
    text = "Economists warned they would revise their forecasts."
    assert "THREATEN" not in pipeline_types(text, DATE)
    (event,) = pipeline_events("Turkey warned it would respond to any attack on its soil.", DATE)
    assert event.type == "THREATEN"


# second part, read from the GSR-style sets bt-bv and the CAMEO-style sets 40-42 after their
# held-out run


def test_a_party_that_will_take_the_necessary_steps_threatens() -> None:
    text = "The Turkish prime minister said his country would take the necessary steps once all the facts were known."
    event = one_of_type(text, "THREATEN", DATE)
    assert event.cameo == "130"
    # steps a party is trusted or urged to take are no threat of its own
    text = "We trust the Government will take all the appropriate actions, the statement said."
    assert "THREATEN" not in pipeline_types(text, DATE)
    # nor steps taken
    text = "Turkey took the necessary steps to protect its border."
    assert "THREATEN" not in pipeline_types(text, DATE)


def test_relief_dropped_from_the_air_is_aid() -> None:
    text = "The US military has started dropping food and water supplies from the air."
    event = one_of_type(text, "AID", HAITI)
    assert (event.cameo, [a.country for a in event.actors]) == ("073", ["USA"])
    text = "The US Air Force C-17 dropped the relief supplies on Monday into a secured area."
    assert lead_types(text, HAITI) == ["AID"]
    # a bomb dropped is an attack, charges dropped a concession
    assert lead_types("NATO jets dropped bombs on the compound.", DATE) == ["ASSAULT"]
    assert "AID" not in pipeline_types("Prosecutors dropped the charges against him.", DATE)


def test_a_demand_in_the_bare_subjunctive_after_insist() -> None:
    text = "The NTC, however, insists Gaddafi step down and leave Libya."
    event = one_of_type(text, "REQUEST", DATE)
    assert parties(event) == (["National Transitional Council"], ["Muammar Gaddafi"])
    # a claim insisted on is no demand
    assert pipeline_types("The government insisted Gaddafi is ill.", DATE) == []
    assert pipeline_types("The ministry insisted it would not attend.", DATE) == []


def test_what_an_effort_yields_is_no_concession() -> None:
    text = "A recent flurry of diplomatic activity has yielded little, officials said."
    assert pipeline_types(text, DATE) == []
    text = "Nor has the flurry of diplomatic activity in recent weeks yielded results."
    assert pipeline_types(text, DATE) == []
    # yielding to a party still is one
    text = "The government yielded to the protesters' demands on Friday."
    assert lead_types(text, DATE) == ["CONCEDE"]


def test_the_code_reviews_narrowings() -> None:
    # things handled, a generic or negated telling, and a crowd held back are no arrest
    for text in (
        "Mobile phones were banned in court.",
        "Weapons were seized.",
        "No other passengers or crew were detained.",
        "When people are arrested, sometimes they are free within hours.",
        "The men are being held back behind security tape.",
        "90 people had been pulled out alive since the earthquake.",
        "The branches were pulled back.",
    ):
        assert pipeline_types(text, DATE) == [], text
    # forces pulled back are a withdrawal whoever ordered it
    text = (
        "A man living in the city told the BBC the tanks had been withdrawn from the eastern city."
    )
    assert lead_types(text, DATE) == ["RETREAT"]
    # an inquiry denied, or into a natural cause, is none
    for text in (
        "He said the matter would not be investigated.",
        "The source of the outbreak was being investigated.",
        "Suspected cases are being investigated in Brazil.",
    ):
        assert pipeline_types(text, DATE) == [], text
    # a warning of what the warner lacks, or will never do, is no threat
    for text in (
        "Red Cross officials warned they would run out of supplies.",
        "Gaddafi warned that he would never leave Libya.",
        "The UN warned they would need more money.",
    ):
        assert "THREATEN" not in pipeline_types(text, DATE), text
    # relief of a company's own, or a team of a party's own staff, is no aid between parties
    assert pipeline_types("The company dispatched its emergency response teams.", DATE) == []
    assert pipeline_types("Relief arrived too late for many villagers.", HAITI) == []


def test_aid_mobilised_is_aid_not_a_mobilisation() -> None:
    text = "The World Bank is mobilising significant financial assistance for Haiti."
    (event,) = pipeline_events(text, HAITI)
    assert (event.type, event.cameo) == ("AID", "070")
    text = "The US is mobilising a huge military and civilian aid effort."
    assert lead_types(text, HAITI) == ["AID"]
    # troops mobilised still are a mobilisation
    text = "Syria mobilised thousands of troops along the border."
    assert lead_types(text, DATE) == ["MOBILIZE"]


def test_necessary_steps_nobody_named_is_no_threat() -> None:
    # on the 10,000 random sentences: a "we" the actors stage cannot place
    text = '"We will take the necessary steps to make sure that that occurs.'
    assert pipeline_types(text, DATE) == []
