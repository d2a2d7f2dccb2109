"""Thirty-fifth pass (thirty-second session): a passive's agent as the doer a row names by its
subject, buildings broken into, envoys summoned home, to meet or to answer, pressing a party
to act, forces hammered, non-combatants captured, an office left, and a supposed act kept
apart from an asserted one. Read from the misses on the opened GSR-style sets a-ce and CAMEO-style
sets 1-51; GSR-style sets cf-ch and CAMEO-style sets 52-54 were coded blind at the session's
start and held out."""

from __future__ import annotations

from .conftest import lead_types, one_of_type, parties, pipeline_types

LIBYA = "2011-04-06"
SYRIA = "2011-11-17"
SPILL = "2010-06-10"


def test_a_passive_agent_is_the_doer_a_row_names_as_subject() -> None:
    text = (
        "Oilfields in Misla and the Waha area were hit by Gaddafi's artillery on Tuesday and "
        "Wednesday, spokesman Hafiz Ghoga told reporters in the rebel stronghold of Benghazi."
    )
    event = one_of_type(text, "ASSAULT", LIBYA)
    assert event.lead and event.cameo == "194"
    assert "Muammar Gaddafi" in parties(event)[0]
    # the agent must be one the row lists: a storm or a rumour hits nothing
    assert pipeline_types("The town was hit by a powerful storm on Tuesday.", LIBYA) == []
    text = "The company was hit by rumours of a takeover."
    assert "ASSAULT" not in pipeline_types(text, SPILL)


def test_breaking_into_a_building_is_a_raid_or_a_riot() -> None:
    text = (
        "As news of the suspension spread in Syria, hundreds of men shouting pro-Assad slogans "
        "broke into the Saudi embassy in the Syrian capital, residents told Reuters."
    )
    assert lead_types(text, SYRIA) == ["PROTEST"]
    text = "Gunmen broke into her family's house near Zwara on Sunday."
    assert lead_types(text, LIBYA) == ["COERCE"]
    # breaking into tears, song or a market is no raid
    assert pipeline_types("The minister broke into tears at the funeral.", LIBYA) == []
    assert pipeline_types("The firm broke into the Chinese market last year.", SPILL) == []


def test_an_envoy_summoned_home_is_recalled() -> None:
    text = (
        '"Bahrain has summoned its ambassador for consultation and stresses the importance of '
        'prudent action," he posted on his Twitter account.'
    )
    event = one_of_type(text, "SANCTION", "2011-08-09")
    assert event.lead and event.cameo == "161"
    text = (
        "In less than 24 hours, the island kingdom of Bahrain and oil-rich neighbor Kuwait "
        "followed Saudi Arabia's lead by summoning their ambassadors from Damascus."
    )
    assert "SANCTION" in pipeline_types(text, "2011-08-09")
    # a foreign envoy summoned, even to explain, is still the complaint
    assert lead_types("Ankara summoned Syria's envoy on Monday.", SYRIA) == ["ACCUSE"]
    text = "Britain summoned the Iranian ambassador to explain the attack on its embassy."
    assert lead_types(text, "2011-11-30") == ["ACCUSE"]


def test_people_summoned_to_meet_are_consulted_and_to_answer_asked() -> None:
    text = (
        "The chief executive, Tony Hayward who has since resigned and BP's chairman were "
        "summoned to meet Barack Obama at the White House."
    )
    assert lead_types(text, "2010-08-01") == ["CONSULT"]
    text = (
        "He has been summoned by the House energy and commerce sub-committee to answer "
        "questions about the Deepwater Horizon explosion."
    )
    assert lead_types(text, SPILL) == ["REQUEST"]


def test_pressing_a_party_to_act_asks_it() -> None:
    text = (
        "Conservation groups had been pushing officials to provide a breakdown of the types of "
        "birds caught up in the spill."
    )
    assert lead_types(text, SPILL) == ["REQUEST"]
    # a party pushed is named: not "us" in a reader's question, nor "him" in a speculation
    text = "Will (Blank) be enough to push us to end our addiction to foreign oil?"
    assert pipeline_types(text, SPILL) == []
    text = (
        "Djebbar said he could envision Gaddafi's closest relatives pushing him to negotiate "
        "with allied tribal leaders."
    )
    assert "REQUEST" not in pipeline_types(text, "2011-08-25")
    # markets pushed, and a push with no clause, ask nothing
    assert pipeline_types("The strong yen pushed the Nikkei to close lower.", SPILL) == []
    assert pipeline_types("Higher oil prices pushed inflation to rise.", SPILL) == []
    assert pipeline_types("The storm pushed oil to a record high.", SPILL) == []


def test_forces_hammered_are_attacked_not_a_deal_hammered_out() -> None:
    text = (
        "NATO has continued to hammer Gaddafi's forces around Libya, striking twice in central "
        "Tripoli on Monday, and Britain has said there would be no let-up during Ramadan."
    )
    assert lead_types(text, "2011-08-01") == ["ASSAULT"]
    # a deal hammered out is the agreement, and a firm hammered in words no attack
    assert pipeline_types("The two sides hammered out a deal on Friday.", LIBYA) == ["AGREE"]
    assert "ASSAULT" not in pipeline_types("Critics hammered the company for its response.", SPILL)


def test_non_combatants_captured_by_armed_men_are_detained() -> None:
    text = (
        "The Netherlands defense ministry said Thursday that three Dutch navy personnel were "
        "captured by armed men loyal to Gadhafi during an evacuation mission."
    )
    event = one_of_type(text, "COERCE", "2011-03-03")
    assert event.lead and event.cameo == "173"
    text = "Four journalists have been captured by pro-government forces."
    event = one_of_type(text, "COERCE", "2011-03-18")
    assert parties(event) == (["pro-government forces"], ["journalists"])
    # a combatant's capture stays the abduction the manual codes, a photograph's no event
    text = "Government fighters captured Gaddafi's son Mutassim after he tried to escape Sirte."
    assert lead_types(text, "2011-10-12") == ["ASSAULT"]
    assert pipeline_types("The photographer captured the moment.", LIBYA) == []
    # protesters captured on camera are filmed, not detained
    text = "An iReporter captured some of the protesters on camera as they marched."
    assert "COERCE" not in pipeline_types(text, "2011-02-01")


def test_a_supposed_act_is_not_merged_with_an_asserted_one() -> None:
    # an act a condition supposes stays apart from the asserted one of its type, and does not
    # lead: "could come on the table only if Syrian regime starts a large-scale massacre"
    text = (
        '"A more extensive military intervention could come on the table only if Syrian regime '
        'starts a large-scale massacre in a big city such as Aleppo or Damascus," Aydintasbas '
        "added."
    )
    assert "ASSAULT" not in lead_types(text, "2012-07-20")
    # ready to talk or discuss is the meeting planned (AGREE), whoever is ready
    text = "He said the country was ready to discuss political reform, but Gaddafi had to stay."
    assert lead_types(text, "2011-04-04") == ["AGREE"]
    text = "Israel said it is ready to respond with force to any attack."
    assert "AGREE" not in pipeline_types(text, "2011-08-20")


def test_an_office_left_is_a_resignation_refused_when_it_will_not_be() -> None:
    text = "He said Gaddafi would not leave his position nor Libya."
    assert lead_types(text, "2011-06-29") == ["REJECT"]
    # a party left in a position leaves no office
    text = (
        "This will leave the Assad administration in a more difficult position against the "
        'public," it said.'
    )
    assert pipeline_types(text, SYRIA) == []
    # positions held, or executives' positions left "if", are no office left
    assert pipeline_types("Law enforcement officers never left their positions.", SPILL) == []
    text = "If those executives leave their present positions, a lien will be placed on them."
    assert pipeline_types(text, "2009-03-20") == []


def test_a_vow_to_prosecute_or_rid_a_country_of_gangs_threatens() -> None:
    text = (
        "Syrian state media said the authorities had vowed to prosecute anyone who carried out "
        "such attacks."
    )
    assert lead_types(text, SYRIA) == ["THREATEN"]
    text = 'The army has pledged to rid Syria of "criminal and murder gangs".'
    assert lead_types(text, "2011-06-12") == ["THREATEN"]
    # ridding a body of toxins, or rooting out corruption, fights no one
    assert pipeline_types("The new drug rids the body of toxins.", SPILL) == []
    # a reader's "will get rid of the rebels" names no place or party rid of them
    text = "Gaddafi's forces will get rid of the rebels in less than 2 weeks."
    assert pipeline_types(text, LIBYA) == []
    assert "THREATEN" not in pipeline_types("The government vowed to root out corruption.", SYRIA)
