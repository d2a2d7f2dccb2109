"""Thirty-third pass (thirtieth session): a natural cause only sets the scene for an act that
is not harm ("in this outbreak, the minister called for"), crowds joined, blame placed and
abuse hurled, relief brought or flown in and doctors sent, requests granted, "voted no",
standing by a party, and acts told of those a party is among. Read from the misses on the
opened GSR-style and CAMEO-style sets; GSR-style sets bz-cb and CAMEO-style sets 46-48 were
coded blind at the session's start and held out."""

from __future__ import annotations

from .conftest import lead_types, one_of_type, parties, pipeline_types

SPILL = "2010-06-01"
EGYPT = "2011-02-04"
HAITI = "2010-01-16"


def test_a_natural_cause_sets_the_scene_of_a_request() -> None:
    # "in this outbreak" dates the call; it does not cause it, as "killed in the earthquake"
    text = (
        "Already in this outbreak, Lebanon's health minister has called for a halt to the "
        "national custom of greeting one another with kisses."
    )
    event = one_of_type(text, "REQUEST", "2009-05-01")
    assert event.lead
    assert parties(event)[0] == ["Lebanon Minister"]
    # harm in a natural cause is still the cause's
    text = "Seven people were killed in the earthquake on Tuesday."
    assert "ASSAULT" not in pipeline_types(text, HAITI)


def test_a_party_named_by_a_cause_word_is_no_cause() -> None:
    text = (
        "Charged with guiding the future of offshore drilling, the spill commission called for "
        "a complete overhaul of drilling regulations in its final report released this month."
    )
    assert lead_types(text, "2011-01-20") == ["REQUEST"]
    # a named storm still is one
    text = "Hurricane Katrina destroyed thousands of homes along the coast."
    assert pipeline_types(text, "2005-09-01") == []


def test_joining_protesters_is_protest() -> None:
    text = (
        "Amre Moussa, the Arab League's secretary-general and a veteran Egyptian diplomat, "
        "joined protesters in Cairo's Tahrir Square on Friday, state-run Nile TV reported."
    )
    event = one_of_type(text, "PROTEST", EGYPT)
    assert (event.cameo, event.lead) == ("141", True)
    assert parties(event)[0] == ["Amre Moussa"]


def test_blame_placed_on_a_party_is_an_accusation() -> None:
    text = (
        "It found BP was responsible in part for the tragedy, but also placed some blame on "
        "rig owner Transocean and cement contractor Halliburton."
    )
    event = one_of_type(text, "ACCUSE", "2010-09-09")
    assert event.cameo == "112"
    assert parties(event)[1] == ["Transocean", "Halliburton"]


def test_abuse_hurled_at_a_leader_is_criticism() -> None:
    text = '"The people want a trial for the butcher," they shouted, hurling abuse at Saleh.'
    event = one_of_type(text, "ACCUSE", "2011-05-20")
    assert event.cameo == "111"
    assert parties(event)[1] == ["Ali Abdullah Saleh"]


def test_relief_brought_or_flown_in_is_humanitarian_aid() -> None:
    text = (
        "UN and Oxfam staff are finally bringing food and water to some parts of the capital "
        "Port-au-Prince, but the airport remains clogged with loaded planes."
    )
    event = one_of_type(text, "AID", HAITI)
    assert (event.cameo, event.lead) == ("073", True)
    assert parties(event)[0] == ["United Nations", "Oxfam"]
    text = (
        "The US says it has been granted rare permission to use Cuban airspace to fly aid to Haiti."
    )
    assert lead_types(text, HAITI) == ["AID"]
    # food brought along is no aid
    assert "AID" not in pipeline_types("People brought food and beverages to share.", HAITI)


def test_doctors_sent_are_humanitarian_aid() -> None:
    text = "Cuba has sent hundreds of doctors to Haiti since the earthquake."
    event = one_of_type(text, "AID", HAITI)
    assert event.cameo == "073"
    assert parties(event) == (["Cuba"], ["Haiti"])


def test_a_request_granted_is_a_concession() -> None:
    text = (
        "On Sunday, the Washington Post reported that the US Coast Guard had granted BP 74 "
        "requests to use dispersants over 54 days on the Gulf surface and underwater."
    )
    assert lead_types(text, "2010-08-01") == ["CONCEDE"]
    event = one_of_type(text, "CONCEDE", "2010-08-01")
    assert event.cameo == "080"
    assert parties(event) == (["US Coast Guard"], ["BP"])


def test_voting_no_and_saying_no_to_reject() -> None:
    text = 'Russia voted "no" on Friday along with China, Syria, Cuba, Iran and North Korea.'
    event = one_of_type(text, "REJECT", "2012-02-17")
    assert event.lead
    assert parties(event)[0] == ["Russia"]
    text = "The Libyans have said no to both military observers and any peacekeeping mission."
    assert lead_types(text, "2011-04-15") == ["REJECT"]


def test_standing_by_is_support_only_with_a_party() -> None:
    event = one_of_type("The United States stands by its ally Egypt.", "SUPPORT", EGYPT)
    assert parties(event) == (["United States"], ["Egypt"])
    # standing by with nobody named, as reporters do, supports nobody
    assert pipeline_types("He's standing by live right here in THE SITUATION ROOM.", EGYPT) == []


def test_an_act_of_those_a_party_is_among_is_the_partys() -> None:
    text = (
        "France, Italy and Qatar are among the small number of countries who have officially "
        "recognized the TNC as the legitimate government of Libya."
    )
    event = one_of_type(text, "SUPPORT", "2011-04-15")
    assert (event.cameo, event.lead) == ("054", True)
    assert parties(event) == (["France", "Italy", "Qatar"], ["TNC"])
    text = (
        "Mexico, Britain, China, Egypt, Switzerland and the United Arab Emirates were among "
        "those who called at the opening-day session for the WHO to rethink its criteria."
    )
    event = one_of_type(text, "REQUEST", "2009-05-19")
    assert parties(event)[0][:3] == ["Mexico", "United Kingdom", "China"]
    # not a party denied to be among them, nor those a passive clause tells of
    assert (
        pipeline_types(
            "Syria is not among the countries that have signed the treaty.", "2011-04-15"
        )
        == []
    )
    text = "Higher wages were among the demands of the workers, who marched on parliament."
    assert parties(one_of_type(text, "PROTEST", "2011-04-15"))[0] == ["workers"]


def test_conduct_judged_excessive_or_one_of_a_line_of_gaffes_is_criticism() -> None:
    text = (
        "However, despite that sweeping indictment, the commission said the Obama "
        'administration had been "excessive" in ordering a six-month halt to offshore '
        "exploration."
    )
    event = one_of_type(text, "ACCUSE", "2010-10-07")
    assert (event.cameo, event.lead) == ("111", True)
    assert parties(event)[1] == ["Barack Obama"]
    # the order judged is the conduct criticised, not a second act told
    assert "REQUEST" not in pipeline_types(text, "2010-10-07")
    text = 'The White House said the move was one of a "long line of PR gaffes and mistakes" by Mr Hayward.'
    event = one_of_type(text, "ACCUSE", "2010-06-21")
    assert parties(event)[0] == ["White House"]
    # "one of the best things" is no fault found
    text = "He said the decision was one of the best things the government had done."
    assert "ACCUSE" not in pipeline_types(text, "2010-06-21")


def test_waters_reopened_and_a_moratorium_lifted_ease_restrictions() -> None:
    text = (
        "Meanwhile, the U.S. government said Friday that it is reopening more federal waters "
        "in the Gulf of Mexico for commercial and recreational fishing that had been closed "
        "because of the spill."
    )
    event = one_of_type(text, "CONCEDE", "2010-08-01")
    assert (event.cameo, event.lead) == ("081", True)
    assert parties(event)[0] == ["U.S. government"]
    text = (
        "Interior Secretary Ken Salazar announced a lifting of the moratorium on Tuesday after "
        "reviewing progress of safety reforms."
    )
    assert lead_types(text, "2010-10-13") == ["CONCEDE"]


def test_an_arrest_of_one_named_in_apposition_is_told() -> None:
    text = (
        "Another woman from Deraa, physician Aisha Aba Zeid, was arrested three weeks ago for "
        "airing a political opinion on the internet."
    )
    assert lead_types(text, "2011-05-10") == ["COERCE"]
    # nobody named: no one to code
    assert pipeline_types("Another woman was arrested three weeks ago.", "2011-05-10") == []


def test_a_party_a_broadcast_shows_acting_acts() -> None:
    text = "It aired opposition leaders criticizing the government for shutting down the lines of communication."
    event = one_of_type(text, "ACCUSE", EGYPT)
    assert parties(event) == (["opposition leaders"], ["government"])
    # what a documentary explains is no act shown
    text = (
        "CNN has aired a documentary explaining in detail how the intelligence on Saddam's "
        "weapons of mass destruction was distorted, abused, sexed up and, as the program was "
        "entitled, Dead Wrong."
    )
    assert pipeline_types(text, "2005-05-20") == []


def test_a_release_told_of_a_shared_subject_is_told() -> None:
    text = (
        "Scottish authorities said al-Megrahi was terminally ill with cancer and, as a result, "
        "was released on compassionate grounds."
    )
    assert lead_types(text, "2009-08-21") == ["RETREAT"]


def test_distancing_from_a_party_and_naming_a_state_sponsor_reduce_relations() -> None:
    text = (
        "Muslim Turkey, a rising power in the Middle East, had close economic ties with "
        "Gaddafi's Libya but has distanced itself from the Libyan leader since a rebellion "
        "broke out against his rule."
    )
    event = one_of_type(text, "SANCTION", "2011-03-25")
    assert (event.cameo, event.lead) == ("160", True)
    assert parties(event)[0] == ["Turkey"]
    # distance from a thing said is no cut in relations
    text = (
        "Though the McCain camp tried to distance themselves from the comment, it's standard fare."
    )
    assert "SANCTION" not in pipeline_types(text, "2008-09-20")
    text = "In 1979, the U.S. designated Libya as a state sponsor of terrorism."
    event = one_of_type(text, "SANCTION", "2011-02-25")
    assert parties(event) == (["United States"], ["Libya"])


def test_roadblocks_removed_are_a_de_escalation() -> None:
    text = (
        "NTC fighters had removed some roadblocks on a main road along the shoreline and more "
        "foodstores were open."
    )
    event = one_of_type(text, "RETREAT", "2011-08-28")
    assert (event.cameo, event.lead) == ("0872", True)
    assert parties(event)[0] == ["NTC fighters"]
    # clearing protesters' barricades is no retreat
    text = "Police removed the protesters' barricades from the square."
    assert "RETREAT" not in pipeline_types(text, "2011-08-28")


def test_an_acquittal_is_no_conviction() -> None:
    text = "He was arrested in 2003, but was found not guilty of all charges."
    assert lead_types(text, "2005-01-10") == ["COERCE"]
    assert lead_types("He was found not guilty of murder.", "2005-01-10") == []


def test_taking_for_questioning_is_an_arrest() -> None:
    event = one_of_type("Police took three activists in for questioning.", "COERCE", "2011-05-10")
    assert event.cameo == "173"
    assert parties(event) == (["Police"], ["activists"])


def test_protesters_shouting_and_holding_signs_protest() -> None:
    text = 'In the eastern province of Hasaka, protesters shouted, "Why are you afraid?'
    event = one_of_type(text, "PROTEST", "2011-04-22")
    assert (event.cameo, event.lead) == ("141", True)
    text = (
        "In Hajar al-Aswad, on the southern edge of Damascus, protesters carried a large green, "
        "white and red-striped old Syrian flag."
    )
    assert lead_types(text, "2011-04-22") == ["PROTEST"]


def test_forces_sent_are_no_recipient() -> None:
    event = one_of_type("Russia has sent hundreds of troops to Syria.", "MOBILIZE", "2012-06-01")
    assert parties(event) == (["Russia"], ["Syria"])
    # forces a passive tells of are its party
    text = "He said thousands of troops were deployed in the city, guarding government buildings."
    assert lead_types(text, "2011-04-25") == ["MOBILIZE"]
