"""Twenty-fifth pass (twenty-second session): a verb coordinated after another takes its
subject for the trigger rows that name one, and a meeting its party wants, hopes or is keen to
hold is still to come. Read from the misses on the opened GSR-style sets a-ba and CAMEO-style
sets 1-21; sets bb-bd and CAMEO-style 22-24 were coded blind at the session's start and held
out."""

from __future__ import annotations

from dateline import events

from .conftest import lead_types, names, one_of_type, pipeline_events

DATE = "2011-03-20"


def test_a_coordinated_verb_shares_the_subject_its_rows_name() -> None:
    # a release row names who is released (its passive subject); the parser hangs that
    # subject on the first of two coordinated verbs (the GSR-style coders: RETREAT, 3 of 3)
    text = (
        "Four New York Times journalists who were reported captured by pro-government forces "
        "in Libya last week have been released and have arrived safely in Tunisia, Executive "
        "Editor Bill Keller said Monday."
    )
    assert lead_types(text, DATE) == ["RETREAT"]
    event = one_of_type(text, "RETREAT", DATE)
    assert event.evidence.trigger == "released"
    assert names(event.recipients) == ["New York Times journalists"]
    text = "The two journalists were detained at a checkpoint and later released."
    released = one_of_type(text, "RETREAT", DATE)
    assert names(released.recipients) == ["journalists"]
    # ... in its own voice: what an active verb's subject does is no passive subject's
    assert lead_types("The envoy was received by Assad and released a statement.", DATE) != [
        "RETREAT"
    ]
    # ... and never over a subject of its own ("the owner" is no one the rows name)
    text = "The shop was attacked and the owner was released by the gunmen."
    assert "RETREAT" not in [events.plover_type(e) for e in pipeline_events(text, DATE)]


def test_a_meeting_its_party_wants_is_still_to_come() -> None:
    # intent to meet is AGREE (CAMEO 036); the GSR-style coders, 4 of 4
    text = (
        "Secretary-General Safwat al-Sherif said the party wants to talk with the youths who "
        "have been at the forefront of the protests."
    )
    event = one_of_type(text, "AGREE", "2011-02-05")
    assert (event.type, event.status, event.evidence.trigger) == ("CONSULT", "planned", "talk with")
    text = (
        "The Associated Press earlier quoted Gaddafi's spokesman, Moussa Ibrahim, as saying "
        "Gaddafi was still in Libya and wanted to discuss forming a transitional government "
        "with the NTC."
    )
    assert lead_types(text, "2011-09-01") == ["AGREE"]
    assert lead_types("Kuwait is eager to meet with Iraqi officials.", DATE) == ["AGREE"]
    event = one_of_type("Britain hopes to hold talks with the rebels next week.", "AGREE", DATE)
    assert event.status == "planned" and names(event.actors) == ["United Kingdom"]
    # ... only a meeting: praise a party wishes to give is given as it is said
    text = (
        "The Jackson family again wishes to commend the actions of the coroner, the LAPD and "
        "other law enforcement agencies."
    )
    event = one_of_type(text, "SUPPORT", "2010-06-29")
    assert event.status == "occurred"
    # ... and a meeting held is no wish ("wanted" telling why it met stays a past meeting)
    text = "The two ministers met in Cairo on Sunday because they wanted a deal."
    assert lead_types(text, DATE) == ["CONSULT"]


def test_a_passive_subject_is_the_object_a_row_names() -> None:
    # "block V attempt", "search V home": rows name the object, which a passive makes its
    # subject (the GSR-style coders: REJECT, COERCE)
    text = (
        "A previous attempt was blocked by Russia and China, and on Wednesday Russian Foreign "
        "Minister Sergei Lavrov said he was open to constructive proposals."
    )
    event = one_of_type(text, "REJECT", DATE)
    assert names(event.actors) == ["Russia", "China"] and event.lead
    text = (
        "Their homes were searched by 70 officers who were also investigating six other suspects."
    )
    assert lead_types(text, DATE) == ["COERCE"]
    event = one_of_type("The town was captured by rebel fighters on Sunday.", "ASSAULT", DATE)
    assert names(event.actors) == ["rebel fighters"]
    # ... only a passive's: an active verb's subject is no object
    assert pipeline_events("The town captured the attention of the world last week.", DATE) == ()


def test_talks_said_to_be_none_until_a_condition_is_met_are_refused() -> None:
    # CAMEO 125 (reject proposal to meet); the GSR-style coders code "say no talks until" REJECT
    event = one_of_type("Benghazi and NATO say no talks until Gadhafi goes.", "REJECT", DATE)
    assert event.lead and not event.negated and event.cameo == "125"
    assert "North Atlantic Treaty Organization" in names(event.actors)
    text = "There are no negotiations with this regime unless he declares his departure, he said."
    assert lead_types(text, DATE) == ["REJECT"]
    # ... not talks that are merely none so far
    assert "REJECT" not in lead_types(
        "As of late yesterday, no talks were scheduled for this weekend.", DATE
    )
