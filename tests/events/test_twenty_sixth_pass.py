"""Twenty-sixth pass (twenty-third session): who comes "under fire" undergoes it, and it is
criticism when a reason or a critic is given; what a welcome names, armed men who flee, a
refusal to send troops and a vow of war. Read from the misses on the opened GSR-style
sets a-bd; sets be-bg and CAMEO-style 25-27 were coded blind at the session's start and held
out."""

from __future__ import annotations

from dateline import events

from .conftest import lead_types, names, one_of_type, pipeline_events

DATE = "2011-03-20"


def test_who_comes_under_fire_undergoes_it() -> None:
    # the subject is the target and "from" or "by" names the doer (the start code made the
    # town the attacker and the rebel fighters its target)
    text = (
        "Her town of Al Josh came under attack from rebel fighters on Thursday morning, she said."
    )
    event = one_of_type(text, "ASSAULT", DATE)
    assert event.evidence.trigger == "came under attack"
    assert (names(event.actors), names(event.recipients)) == (["rebel fighters"], ["Al Josh"])
    text = "The convoy came under fire from Syrian forces as it crossed into Lebanon."
    assert names(one_of_type(text, "ASSAULT", "2012-03-01").actors) == ["Syrian forces"]
    text = "Suddenly their neighborhood came under attack by forces loyal to Moammar Gadhafi."
    assert names(one_of_type(text, "ASSAULT", DATE).actors) == ["forces"]


def test_coming_under_fire_for_a_reason_or_from_critics_is_criticism() -> None:
    # a reason ("for", "over", "as") or a critic, with no armed party: CAMEO 111 (the
    # GSR-style coders, 2 of 2; the start code found an assault or nothing)
    date = "2010-06-20"
    text = (
        "The US Environmental Protection Agency has come under attack in Congress and from "
        "independent scientists for allowing BP to spray almost 2m gallons of the dispersant "
        "Corexit on to the slick."
    )
    assert lead_types(text, date) == ["ACCUSE"]
    assert names(one_of_type(text, "ACCUSE", date).recipients) == [
        "US Environmental Protection Agency"
    ]
    assert lead_types(
        "The Arab League came under fire for doing little to curb the violence.", DATE
    ) == ["ACCUSE"]
    text = (
        "BP has come under fire from rivals who have suffered heavy losses due to the drilling ban."
    )
    assert lead_types(text, date) == ["ACCUSE"]
    # ... but fighters in the "from" phrase fire, whatever else the sentence says
    text = (
        "Rebels from the city of Misrata have been trying to push west but on Sunday they took "
        "heavy casualties when they came under fire from pro-Gaddafi forces."
    )
    assert lead_types(text, DATE) == ["ASSAULT"]
    # ... nor a span of time "for" which it lasts (the code review), and a person under fire
    # from no one named is criticised
    assert lead_types("Homs has been under assault for weeks.", "2012-02-20") == ["ASSAULT"]
    assert lead_types("His advisor is under fire.", DATE) == ["ACCUSE"]
    # ... a people under attack are no person answerable for their conduct
    text = (
        "Sub-Saharan Africans came under attack after reports that strongman Moammar Gadhafi "
        "had recruited them to serve as mercenaries."
    )
    assert lead_types(text, "2011-03-01") == ["ASSAULT"]
    # ... and a place "over" which it happens is no reason
    text = "An ambulance helicopter had come under fire over Maarat, injuring crew."
    assert lead_types(text, "2011-11-20") == ["ASSAULT"]


def test_a_welcome_names_what_it_welcomes() -> None:
    # welcoming air strikes supports them (CAMEO 051; the GSR-style coders, 3 of 3); the start
    # code made the welcomers the strikers
    text = (
        "Libyan rebels have welcomed the air strikes and at the frontline along the coast from "
        "Benghazi have cheered warplanes as they roar overhead."
    )
    assert lead_types(text, DATE) == ["SUPPORT"]
    assert "ASSAULT" not in [events.plover_type(e) for e in pipeline_events(text, DATE)]
    text = "Hresha said the Libyan Muslim Brotherhood welcomes airstrikes in Libya."
    assert lead_types(text, "2011-04-01") == ["SUPPORT"]


def test_armed_men_who_flee_retreat() -> None:
    # CAMEO 0874 (the GSR-style coders); people fleeing violence stay a displacement
    text = "The Iraqi police fled, but Tom and the rest of them fought until they had no more ammunition."
    event = one_of_type(text, "RETREAT", "2005-05-01")
    assert (event.evidence.trigger, names(event.actors)) == ("fled", ["Iraqi police"])
    assert (
        lead_types("Rebel fighters fled to Benghazi as government forces advanced.", DATE)[0]
        == "RETREAT"
    )
    assert lead_types("Thousands of civilians fled to Tunisia.", DATE) == ["SANCTION"]


def test_a_party_that_will_not_send_troops_refuses() -> None:
    # "Syria says it will not accept any more refugees" is REJECT in the PLOVER dev gold; so is
    # a refusal to deploy (the GSR-style coders, 3 of 3)
    text = "Obama said the United States would not deploy ground troops in Libya."
    event = one_of_type(text, "REJECT", DATE)
    assert (event.evidence.trigger, event.negated, event.cameo) == ("deploy", False, "120")
    text = (
        "Government spokesman Francois Baroin stressed France had no intention of sending "
        "troops into Libya, where Western powers are struggling to break a deadlock."
    )
    assert lead_types(text, "2011-04-20") == ["REJECT"]
    # ... a deployment denied in the past refuses nothing
    assert "REJECT" not in lead_types("NATO has not deployed troops to Libya.", DATE)
    # ... troops that will not be deployed are refused too, but not weapons
    text = "But Obama insisted that American troops will not be deployed in Libya."
    assert lead_types(text, DATE) == ["REJECT"]
    text = "Damascus said chemical weapons would not be deployed inside Syria."
    assert "REJECT" not in lead_types(text, "2012-07-24")
    # ... nor a question, nor what could not be done (the code review)
    assert "REJECT" not in lead_types("Why won't the Arab League send troops?", DATE)
    text = "The observer mission could also not be deployed without Syrian approval."
    assert "REJECT" not in lead_types(text, "2012-01-20")


def test_a_vow_of_war_threatens() -> None:
    # CAMEO 138 (the GSR-style coders): not a promise to end a war, nor blood or retribution
    # ("the Red Cross pledged blood", "retribution at the polls": the twenty-third pass)
    text = 'In an appearance on Libyan television on Sunday, Gaddafi promised his enemies a "long war."'
    assert lead_types(text, DATE) == ["THREATEN"]
    assert lead_types("Obama promised an end to the war in Iraq.", "2009-02-27") == ["AGREE"]
    assert "THREATEN" not in lead_types("The Red Cross pledged blood to hospitals in Haiti.", DATE)


def test_what_a_party_sends_to_help_another_is_aid() -> None:
    # CAMEO 07 (the GSR-style coders: "dispatched a surveillance mission to help the Mexicans
    # check their pig herds" AID); the start code found nothing
    text = (
        "Department of Energy said it had sent a team of 34 people to help Japan with the crisis."
    )
    event = one_of_type(text, "AID", "2011-03-20")
    assert (event.evidence.trigger, names(event.recipients)) == ("sent", ["Japan"])
    text = "The FAO has, however, dispatched a surveillance mission to help the Mexicans check their pig herds."
    event = one_of_type(text, "AID", "2009-04-30")
    assert names(event.actors) == ["Food and Agriculture Organization"]
    # ... planned, it is an agreement to aid
    text = (
        "The Red Cross said it would send a team to Misrata to help civilians trapped by fighting."
    )
    assert lead_types(text, "2011-04-20") == ["AGREE"]
    # ... but a rig sent to capture oil, or a plea to send money, helps no party
    text = "Allen said BP would send a second rig to the spill site to help capture the oil."
    assert "AID" not in [events.plover_type(e) for e in pipeline_events(text, "2010-06-20")]
    assert "AGREE" not in lead_types(text, "2010-06-20")
    assert lead_types("Let's send many American dollars to help them be free.", DATE) == []
    # ... whom "help" names, not the object of the act helped (the second code review)
    text = "Iran has sent into Syria Revolutionary Guards to help murder unarmed demonstrators."
    assert "AID" not in [events.plover_type(e) for e in pipeline_events(text, "2012-05-28")]
    assert lead_types("You can't just send highly visible armies to help everyone.", DATE) == []


def test_an_act_after_a_party_own_act_is_told_apart() -> None:
    # "after their veto": the veto happened, it is no part of the act told (the start code
    # folded it into the talks; the code review found it under "came under criticism")
    text = "Russia and China held talks after their veto of a UN resolution on Syria."
    assert "REJECT" in [events.plover_type(e) for e in pipeline_events(text, "2012-02-06")]
    text = (
        "Russia and China came under strong criticism after their veto of a UN resolution on Syria."
    )
    veto = one_of_type(text, "REJECT", "2012-02-06")
    assert names(veto.actors) == ["Russia", "China"]
    assert lead_types(text, "2012-02-06") == ["ACCUSE"]


def test_the_people_a_release_or_a_blockade_names() -> None:
    # RETREAT 0841 and COERCE 172 (the GSR-style coders); the start code found neither
    text = (
        "Late Friday, Human Rights Watch, a rights organization, said that Egyptian authorities "
        "had released researchers from its group, Amnesty International and two foreign journalists."
    )
    release = one_of_type(text, "RETREAT", "2011-02-05")
    assert names(release.actors) == ["Egyptian authorities"]
    assert lead_types(
        "The tug, Yenegoa Ocean, and its Nigerian crew were released Friday.", "2010-11-01"
    ) == ["RETREAT"]
    text = (
        "A group of lawyers and human rights activists tried to approach al-Obeidy's sister's "
        "house Monday, but were blocked by security forces."
    )
    blocked = one_of_type(text, "COERCE", "2011-03-28")
    assert names(blocked.actors) == ["security forces"]
    # ... a bill blocked is still refused, and a video released is no release
    assert lead_types("The bill was blocked by Republicans.", DATE) == ["REJECT"]
    assert lead_types("BP released a video of the leak.", "2010-06-20") == []


def test_a_warning_of_what_may_happen_threatens_no_one() -> None:
    # the precision audit: a warning to no party, or of an act judged hard to do, is a forecast
    text = (
        "Hundreds of people are feared to have died in the disaster, with rescue workers "
        "warning the final death toll could run into thousands."
    )
    assert "THREATEN" not in lead_types(text, "2010-01-14")
    text = "The Red Cross has warned that it will be extremely difficult to provide emergency aid."
    assert "THREATEN" not in lead_types(text, "2010-01-14")
    # ... a party warned, or an act a warning names, still threaten
    assert lead_types("Obama warned Gaddafi.", DATE) == ["THREATEN"]
    text = "He warned the government not to use the truce to rearm."
    assert lead_types(text, DATE) == ["THREATEN"]
    assert lead_types("Clinton warned that further strikes could follow.", DATE) == ["THREATEN"]


def test_a_speech_to_a_room_is_no_consultation() -> None:
    # the precision audit: CONSULT is between parties, not a speaker and an audience
    text = (
        "Speaking to a room full of reporters at the National Press Club, Bernanke said there "
        "are signs of stronger consumer and business spending."
    )
    assert lead_types(text, "2010-06-07") == []
    assert lead_types("Clinton spoke to Lavrov by telephone on Monday.", DATE) == ["CONSULT"]
