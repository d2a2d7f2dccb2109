"""Twenty-second pass (nineteenth session): the parties of anger and of backed acts, and
meetings told as ahead. Read from the misses on the opened GSR-style sets a-ar and CAMEO-style
sets 1-12; sets as-au and CAMEO-style 13-15 were coded blind at the session's start and held
out."""

from __future__ import annotations

from dateline import events

from .conftest import names, one_of_type, pipeline_events

DATE = "2010-06-20"


def _one(text: str, type_: str, date: str = DATE) -> events.Event:
    return one_of_type(text, type_, date)


def _events_of(text: str, date: str = DATE) -> list[events.Event]:
    return list(pipeline_events(text, date))


def test_anger_at_a_party_is_aimed_at_it() -> None:
    angry = _one("Obama is angry at BP over the oil spill.", "ACCUSE")
    assert (names(angry.actors), names(angry.recipients)) == (["Barack Obama"], ["BP"])
    # "at" after anger is no place: the same as "furious with"
    furious = _one("Residents are furious at BP.", "ACCUSE")
    assert names(furious.recipients) == ["BP"]


def test_who_backs_an_act_is_not_whom_it_is_aimed_at() -> None:
    text = "Hundreds of fishermen protested in New Orleans, in a rally backed by BP."
    protest = _one(text, "PROTEST")
    assert names(protest.actors) == ["fishermen"]
    assert "BP" not in names(protest.recipients)
    # an act's own participle with no "by" keeps its target
    targeted = "A suicide attack targeting a NATO convoy killed five soldiers."
    assert any(
        "North Atlantic Treaty Organization" in names(e.recipients) for e in _events_of(targeted)
    )
    # a town held by a party is still the party's
    shelled = _one("Rebels shelled a town held by government forces.", "ASSAULT")
    assert names(shelled.recipients) == ["government forces"]


def test_a_crowd_that_attacks_riots() -> None:
    # manual s.PROTEST: "violent action ... to cause physical injury and/or property damage";
    # the GSR-style coders code crowds attacking embassies PROTEST `riot`
    riot = _one("Protesters attacked Israel's embassy in Cairo last week.", "PROTEST")
    assert riot.mode == "riot"
    mob = _one("The U.S. Embassy was attacked by an organized mob.", "PROTEST")
    assert mob.mode == "riot"
    # an armed group's attack stays an assault, and so does a crowd's attack on people
    assert _one("Rebels attacked the embassy on Sunday.", "ASSAULT").mode != "riot"
    assert [
        events.plover_type(e) for e in _events_of("A mob attacked two men accused of theft.")
    ] == ["ASSAULT"]


def test_an_adjective_the_parser_made_a_clause_head_is_still_said_of_its_subject() -> None:
    text = (
        "Interior Secretary Ken Salazar said Washington is frustrated and angry that BP Plc "
        "missed deadline after deadline in its efforts to seal the well."
    )
    angry = _one(text, "ACCUSE")
    assert (names(angry.actors), names(angry.recipients)) == (["United States"], ["BP"])


def test_the_parties_of_talks_can_hang_from_the_verb_the_talks_are_subject_of() -> None:
    text = "Negotiations remained under way Sunday night between Gadhafi and the African Union delegation."
    talks = _one(text, "CONSULT")
    assert names(talks.actors) == ["Muammar Gaddafi", "African Union delegation"]
    underway = _one(
        "Libya's foreign minister said earlier Saturday that talks are underway between "
        "Gadhafi's government and figures in the eastern part of the country.",
        "CONSULT",
        "2011-03-20",
    )
    assert "Muammar Gaddafi" in names(underway.actors)


def test_a_recommendation_to_act_is_a_request() -> None:
    text = "The panel recommended the Security Council refer the case to the court."
    asked = _one(text, "REQUEST")
    assert names(asked.recipients) == ["UN Security Council"]
    # a thing recommended is no act asked of anyone, nor is advice with no party in it
    assert [e for e in _events_of("The doctor recommended rest.")] == []
    assert _events_of("Doctors recommend eating less salt.") == []


def test_rescue_treatment_and_shelter() -> None:
    pulled = _one(
        "American teams had pulled 10 people alive from the rubble the day before.", "AID"
    )
    assert pulled.evidence.trigger == "pulled"
    assert _events_of("Rescuers pulled bodies from the rubble.") == []
    assert _one("MSF doctors treated the wounded at two hospitals.", "AID").cameo == "073"
    sheltered = _one("Lebanon has absorbed thousands of refugees fleeing the conflict.", "AID")
    assert names(sheltered.actors) == ["Lebanon"]


def test_dismissive_of_a_party_disapproves() -> None:
    text = "He was dismissive of Mubarak's promises to bring about reform."
    assert names(_one(text, "ACCUSE").recipients) == ["Hosni Mubarak"]


def test_an_act_joined_to_what_was_ordered_is_the_orderers_own() -> None:
    text = (
        "In March, the State Department ordered the embassy closed and expelled diplomats "
        "loyal to Libyan leader Moammar Gadhafi."
    )
    expelled = _one(text, "SANCTION", "2011-08-10")
    assert expelled.main
    assert names(expelled.actors) == ["State Department"]


def test_who_commits_an_act_does_it() -> None:
    text = "We prefer not to know about mass rape committed by American and British troops."
    rape = _one(text, "ASSAULT")
    assert "British troops" in names(rape.actors)
    assert names(rape.recipients) == []


def test_siding_with_a_party_supports_it() -> None:
    text = "Louisiana Governor Bobby Jindal, a critic of the administration, has sided with the rebels."
    sided = _one(text, "SUPPORT")
    assert names(sided.recipients) == ["rebels"]
    # siding with someone who is no party is no support
    assert _events_of("He sided with his mother in the quarrel.") == []


def test_a_us_state_gives_its_country_to_the_officials_it_names() -> None:
    sued = _one("Texas officials sued BP on Tuesday.", "ACCUSE")
    assert [(p.name, p.country) for p in sued.actors] == [("Texas officials", "USA")]
    jindal = _one("Louisiana Governor Bobby Jindal criticized BP.", "ACCUSE")
    assert [p.country for p in jindal.actors] == ["USA"]


def test_an_official_sacked_is_a_concession() -> None:
    text = "An official statement said later that Assad had sacked Deraa governor Faisal Kalthoum."
    sacked = _one(text, "CONCEDE", "2011-03-24")
    assert sacked.cameo == "0831"
    assert names(sacked.actors) == ["Bashar al-Assad"]
    # a sacking with no known party is no political event
    assert _events_of("The club sacked Jose Mourinho on Monday.") == []
    assert _events_of("Real Madrid sacked head coach Jose Mourinho.") == []


def test_forces_on_the_move_told_by_a_participle() -> None:
    text = "State television showed pictures of troops moving into Maarat al-Numan."
    moving = _one(text, "MOBILIZE", "2011-06-12")
    assert names(moving.actors) == ["troops"]
    # forces that are the subject of their clause's own verb do what that verb says
    fired = "Rebels said government forces advancing from Brega had opened fire on Ajdabiyah."
    assert [events.plover_type(e) for e in _events_of(fired)] == ["ASSAULT"]


def test_troops_brought_in() -> None:
    brought = _one("The regime brought in extra troops from the south.", "MOBILIZE")
    assert names(brought.actors) == ["regime"]
    assert _events_of("Officials brought in the fire brigade.") == []


def test_stopped_short_of_and_no_longer_negate_the_act() -> None:
    stopped = _one("The US stopped short of imposing sanctions on Syria.", "SANCTION")
    assert stopped.negated
    assert not stopped.main or stopped.negated
    # "will no longer allow" refuses what it allowed before
    refused = _one("Pakistan will no longer allow NATO supplies to cross its territory.", "REJECT")
    assert names(refused.actors) == ["Pakistan"]


def test_a_named_party_defended_and_a_minister_heading_to_a_capital() -> None:
    text = "On Sunday, BP defended embattled chief executive Tony Hayward for taking a day off."
    defended = _one(text, "SUPPORT")
    assert names(defended.recipients) == ["Tony Hayward"]
    assert _events_of("Rafael Nadal defended his title in Paris.") == []
    heading = _one("Mr Lavrov is heading to Damascus for talks.", "AGREE", "2011-08-20")
    assert (heading.type, heading.status) == ("CONSULT", "planned")


def test_the_be_going_to_future_is_ahead() -> None:
    veto = _one("He said Russia was going to veto the resolution.", "REJECT", "2011-08-20")
    assert veto.status == "planned"
    # refused ahead, an agreement is a rejection; a journey "going to Paris" is no future
    refused = _one("Russia was not going to accept any resolutions.", "REJECT", "2011-08-20")
    assert names(refused.actors) == ["Russia"]
    talks = [e for e in _events_of("Obama is going to Paris for talks.") if e.type == "CONSULT"]
    assert [e.status for e in talks] == ["planned"]
