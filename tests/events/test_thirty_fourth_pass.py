"""Thirty-fourth pass (thirty-first session): crowds and counts of people gathering at a public
place, forces gathering, control taken of a place, a broadcast that shows an act, apologies and
regrets, resignations announced, sanctions eased as concessions, no-fly zones imposed, police
tactics and aid handed out. Read from the misses on the opened GSR-style sets a-cb and
CAMEO-style sets 1-48; GSR-style sets cc-ce and CAMEO-style sets 49-51 were coded blind at the
session's start and held out."""

from __future__ import annotations

from .conftest import lead_types, one_of_type, parties, pipeline_types

LIBYA = "2011-08-22"
YEMEN = "2011-03-12"
SPILL = "2010-07-27"


def test_a_count_of_people_gathering_at_a_public_place_protests() -> None:
    text = (
        "More than 3,500 gathered in the capital Sanaa for a peaceful demonstration, but "
        "violence broke out in Aden as police fired on demonstrators."
    )
    assert "PROTEST" in lead_types(text, YEMEN)
    assert lead_types("Supporters gathered outside the White House.", "2011-02-05") == ["PROTEST"]
    text = (
        "In Umayyad Square in central Damascus, tens of thousands of people gathered for what "
        "has become a weekly show of support for Assad organized by authorities."
    )
    assert lead_types(text, "2011-11-20") == ["PROTEST"]


def test_a_gathering_to_mourn_or_anywhere_is_no_protest() -> None:
    text = (
        "A few hundred people gathered at a Tripoli cemetery Saturday to bury the alleged "
        "victims of a NATO airstrike."
    )
    assert "PROTEST" not in pipeline_types(text, "2011-05-14")
    text = (
        "More than 1,000 mourners gathered on Saturday by Port-au-Prince's shattered Roman "
        "Catholic Cathedral for the funeral of Haiti's Archbishop Joseph Serge Miot."
    )
    assert "PROTEST" not in pipeline_types(text, "2010-01-23")
    # people gathered where they shelter, and fans counted, are no crowd at a public place
    assert pipeline_types("Thousands of Haitians gathered in parks.", "2010-01-16") == []
    text = "More than 3,000 of the singer's fans have gathered in Key West through Sunday."
    assert pipeline_types(text, "2009-11-01") == []
    # a date is no place, a meeting no protest, people pouring into a country no crowd
    assert pipeline_types("More than 200 people gathered on Saturday.", YEMEN) == []
    text = "About 300 people gathered in January to discuss the plan."
    assert "PROTEST" not in pipeline_types(text, YEMEN)
    text = "More than 100,000 people have poured into Tunisia since the fighting began."
    assert "PROTEST" not in pipeline_types(text, LIBYA)
    # a participle describing people is no gathering told
    text = "People gathered in the square were posing for pictures with tanks."
    assert "PROTEST" not in pipeline_types(text, "2011-02-01")


def test_forces_gathering_somewhere_mobilise() -> None:
    text = (
        "He said that forces from a number of rebel-held towns in the Nafusa Mountains were "
        "gathering in Nalut, ready for the attack."
    )
    assert lead_types(text, "2011-06-01") == ["MOBILIZE"]
    text = "Soldiers gathered at the base to mourn their comrades."
    assert pipeline_types(text, "2011-06-01") == []


def test_control_taken_of_a_place_captures_it() -> None:
    event = one_of_type("Gaddafi forces took complete control of Wazin.", "ASSAULT", LIBYA)
    assert event.lead and event.cameo == "190"
    text = "Rebels had wrested control of a key building in Misrata."
    assert lead_types(text, LIBYA) == ["ASSAULT"]
    # control handed over, taken by officials, or of an institution or a crisis is no capture
    text = "Iraqi troops took control of Basra province from the British."
    assert pipeline_types(text, "2007-12-16") == []
    text = "Customs officials took control of the border crossing."
    assert pipeline_types(text, LIBYA) == []
    assert pipeline_types("Democrats took control of the House.", "2006-11-08") == []
    assert pipeline_types("The government took control of the crisis.", LIBYA) == []


def test_a_broadcast_showing_an_act_tells_it() -> None:
    text = (
        "But state TV showed government supporters rallying and Gaddafi's son Saif al-Islam "
        "Gaddafi said warplanes had hit only ammunition dumps."
    )
    assert lead_types(text, "2011-03-20") == ["PROTEST"]
    text = (
        "The video, which could not be independently verified by Reuters shows thousands of "
        "mourners on the streets chanting for freedom."
    )
    assert lead_types(text, "2011-04-23") == ["PROTEST"]


def test_regret_for_lives_lost_and_deep_sorrow_concede() -> None:
    event = one_of_type("NATO regrets the loss of innocent civilian lives.", "CONCEDE", LIBYA)
    assert parties(event)[0] == ["North Atlantic Treaty Organization"]
    assert lead_types("BP is deeply sorry for what has happened.", SPILL) == ["CONCEDE"]
    # a death regretted is a condolence, sorry without a degree an aside, pity no apology
    assert pipeline_types("The president regretted the death of the singer.", SPILL) == []
    assert pipeline_types("I'm sorry but the government is lying.", SPILL) == []
    assert pipeline_types("I am very sorry, but I do have other obligations.", SPILL) == []
    assert pipeline_types("The company regretted the loss of market share.", SPILL) == []
    assert pipeline_types("I feel deeply sorry for the victims.", SPILL) == []


def test_a_resignation_announced_is_the_resignation() -> None:
    text = "Prime Minister Geir Haarde said he and his cabinet would resign immediately."
    assert lead_types(text, "2009-01-23") == ["RETREAT"]
    text = "Hayward will step down from BP's top post in October."
    assert lead_types(text, SPILL) == ["RETREAT"]
    # an office forgone stays a concession, a resignation agreed an agreement
    text = "Mubarak has announced he will not seek re-election in September."
    assert lead_types(text, "2011-02-02") == ["CONCEDE"]
    assert lead_types("Akayev has agreed to resign.", "2005-04-02") == ["AGREE"]
    # one others expect, or a condition supposes, stays planned and conceded
    assert lead_types("Analysts expect the chairman to step down.", SPILL) == ["CONCEDE"]
    assert lead_types("He will step down if the party loses.", SPILL) == ["CONCEDE"]


def test_sanctions_eased_or_lifted_concede() -> None:
    text = "The U.N. Security Council eases sanctions on Libya, including on its central bank."
    assert lead_types(text, "2011-09-16") == ["CONCEDE"]
    event = one_of_type("The European Union lifted sanctions on Burma.", "CONCEDE", LIBYA)
    assert event.cameo == "085"


def test_a_no_fly_zone_imposed_or_established_restricts_movement() -> None:
    event = one_of_type(
        "The U.S. and its allies have imposed a no-fly zone over Libya.", "COERCE", LIBYA
    )
    assert event.cameo == "191" and parties(event)[1] == ["Libya"]
    text = "The coalition has established a no-fly zone that spans along Libya's coast."
    assert lead_types(text, LIBYA) == ["COERCE"]
    # an economic zone is none
    assert pipeline_types("China established a special economic zone in Shenzhen.", LIBYA) == []


def test_police_tactics_retreats_and_curfews() -> None:
    assert lead_types("Police lobbed tear gas and used water cannons.", "2011-01-28") == ["ASSAULT"]
    event = one_of_type("Rebels beat a rapid retreat east on Wednesday.", "RETREAT", LIBYA)
    assert event.cameo == "0874"
    text = "Security forces in the city had implemented a curfew there Wednesday night."
    assert lead_types(text, "2011-01-27") == ["COERCE"]
    text = "Alabama lifted swimming advisories for beaches in Mobile County."
    assert lead_types(text, SPILL) == ["CONCEDE"]


def test_aid_handed_out_delivered_or_built() -> None:
    text = "A US aid official said he thought US authorities had handed out 130,000 meals."
    assert lead_types(text, "2010-01-20") == ["AID"]
    event = one_of_type(
        "The IMF parceled out $50 billion to nations in crisis.", "AID", "2009-01-10"
    )
    assert event.cameo == "071"
    # money handed out to nobody named is spending, not aid
    text = (
        "Iraq's newly appointed ministers were free to hand out hundreds of millions of "
        "dollars in cash as they pleased."
    )
    assert "AID" not in pipeline_types(text, "2005-06-01")
    text = "The United States delivered $4.8 billion in weaponry to Egypt."
    assert one_of_type(text, "AID", "2011-02-01").cameo == "072"
    text = "Jordan gave sanctuary to refugees and military deserters."
    assert one_of_type(text, "AID", "2011-06-01").cameo == "075"
    text = "The Jordanian government is building several refugee camps for them."
    assert lead_types(text, "2012-03-01") == ["AID"]
    # a camp built with no aid kind named is none
    assert pipeline_types("He is in charge of building the mushroom tent camp.", SPILL) == []


def test_supporters_and_activists_who_stone_or_attack_premises_riot() -> None:
    text = "In Damascus, Assad supporters threw stones at the embassy of the United Arab Emirates."
    event = one_of_type(text, "PROTEST", "2011-11-13")
    assert event.cameo == "145" and event.lead
    assert lead_types("Activists earlier attacked Syrian embassies.", "2011-11-13") == ["PROTEST"]
    # loyalist forces attacking a town assault it; a mob attacking people is no riot
    text = "Gaddafi loyalists attacked the town with rockets."
    assert lead_types(text, LIBYA) == ["ASSAULT"]
    assert lead_types("A mob attacked two men.", LIBYA) == ["ASSAULT"]


def test_a_party_attacked_for_its_conduct_is_criticised() -> None:
    text = "The US government has also attacked the network for its coverage of the Iraq war."
    assert lead_types(text, "2005-06-01") == ["ACCUSE"]
    event = one_of_type(
        "Republicans attacked Obama for his handling of the spill.", "ACCUSE", SPILL
    )
    assert parties(event)[1] == ["Barack Obama"]
    # an attack for a time is one
    assert lead_types("Rebels attacked the base for three hours.", LIBYA) == ["ASSAULT"]


def test_a_conversation_by_telephone_or_with_a_party_consults() -> None:
    text = (
        "Foreign Minister Nasser Judeh imparted the news in a telephone conversation with "
        "Mahmoud Jibril, Petra said."
    )
    event = one_of_type(text, "CONSULT", LIBYA)
    assert event.cameo == "041" and parties(event) == (["Nasser Judeh"], ["Mahmoud Jibril"])
    text = "In a conversation with reporters, the president said the economy was improving."
    assert "CONSULT" not in pipeline_types(text, LIBYA)
