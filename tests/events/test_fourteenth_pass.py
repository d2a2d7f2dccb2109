"""Fourteenth pass (eleventh session), from the misses on the GSR-style sets t-w and x-z:
candidates the rules found and then set aside (a ranked subject's act, an act a video shows,
a protest placed in a square, "came word that"), a leader forgoing another term, a prison
sentence's conviction, and a state body named with a people's word."""

from __future__ import annotations

from .conftest import pipeline_events as _events
from .conftest import pipeline_types as _types


def test_what_a_ranked_subject_became_the_first_to_do_it_did() -> None:
    text = "On Friday, Alabama became the first state to sue BP for damage from the spill."
    (event,) = _events(text)
    assert (event.type, event.status) == ("ACCUSE", "occurred")
    assert [p.name for p in event.recipients] == ["BP"]
    (visit,) = _events("Obama will be the first president to visit the country.")
    assert (visit.type, visit.status) == ("CONSULT", "planned")
    assert [p.name for p in visit.actors] == ["Barack Obama"]
    # a ranked noun that is nobody's act stays a description
    assert _types("It was the first time the two sides had met since the war.") == []


def test_an_act_a_video_shows_is_told() -> None:
    text = (
        "Videos posted by activists show hundreds of people taking part in anti-government"
        " rallies in various parts of Aleppo."
    )
    (event,) = _events(text)
    assert event.type == "PROTEST"
    assert [p.name for p in event.actors] == ["hundreds of people"]
    assert _types("Amateur video out of Syria shows gunfire on the streets of Qamishli.") == [
        "ASSAULT"
    ]
    # people doing something in a clause of their own is still set aside
    assert _types("Hundreds of people taking part in the rallies were students.") == []


def test_a_protest_placed_or_dated_as_the_subject_is_told() -> None:
    text = "Yesterday's demonstrations in Tahrir Square were the largest yet."
    assert _types(text) == ["PROTEST"]
    assert _types("Street demonstrations in Egypt show no signs of letting up.") == ["PROTEST"]
    # nothing placed, nothing told: a protest in general
    assert _types("Demonstrations are a right in a democracy.") == []


def test_word_that_something_happened_tells_it() -> None:
    text = "But, on Friday, of course, came word that Mubarak finally had resigned."
    (event,) = _events(text)
    assert (event.type, event.status) == ("RETREAT", "occurred")
    assert [p.name for p in event.actors] == ["Hosni Mubarak"]


def test_a_leader_forgoing_another_term_concedes() -> None:
    text = "Mubarak has announced he will not seek re-election in September."
    (event,) = _events(text)
    # a planned resignation, which PLOVER codes CONCEDE
    assert (event.type, event.mode, event.status, event.negated) == (
        "RETREAT", "resign", "planned", False,
    )  # fmt: skip
    assert _types(text) == ["CONCEDE"]
    assert [p.name for p in event.actors] == ["Hosni Mubarak"]
    assert _types("Saleh said he would not run for reelection.") == ["CONCEDE"]
    (standing,) = _events("He is not standing for re-election.")
    assert (standing.type, standing.status) == ("RETREAT", "planned")
    # a contrast is no announcement
    text = "Blair should be locked up behind bars, not standing for election."
    assert "CONCEDE" not in _types(text) and "RETREAT" not in _types(text)
    # seeking another term leaves no office
    assert _types("Obama will seek re-election next year.") == []
    assert _types("She will run for election in the autumn.") == []


def test_a_prison_sentence_is_a_conviction_and_a_prison_term() -> None:
    # PLOVER manual s.SANCTION `convict': sentences with imprisonment also receive COERCE
    text = "Guatemala on Tuesday sentenced four soldiers to 6,060 years of prison each."
    events = {e.type: e for e in _events(text)}
    assert sorted(events) == ["COERCE", "SANCTION"]
    assert (events["SANCTION"].mode, events["COERCE"].mode) == ("convict", "arrest")
    assert events["SANCTION"].cameo == "116"
    # a fine is a conviction only; jailing names no court
    assert _types("A court fined the company $5 million on Monday.") == ["SANCTION"]
    assert _types("Police jailed the protesters.") == ["COERCE"]


def test_a_state_body_named_with_a_peoples_word_works_with_another() -> None:
    text = (
        "The Food and Drug Administration is working with the National Oceanic and"
        " Atmospheric Administration to help determine when fishing can safely resume."
    )
    (event,) = _events(text)
    assert event.type == "COOPERATE"
    assert [(p.name, p.sector) for p in event.recipients] == [
        ("National Oceanic and Atmospheric Administration", "GOV")
    ]


def test_an_attack_while_something_else_happens_is_an_attack() -> None:
    text = (
        "Al Arabiya news channel said rebel forces had attacked the gates of the compound"
        " Tuesday as NATO warplanes flew low overhead."
    )
    assert _types(text) == ["ASSAULT"]
    # criticising something as something stays criticism
    assert _types("The opposition leader attacked the plan as a betrayal of voters.") == ["ACCUSE"]


def test_a_vow_to_hold_a_party_to_account_is_a_threat() -> None:
    text = "President Obama vowed to hold BP accountable for the horrific disaster."
    (event,) = _events(text)
    assert (event.type, event.cameo) == ("THREATEN", "130")
    assert [p.name for p in event.recipients] == ["BP"]
    # a vow to investigate stays a promise (the PLOVER dev gold's AGREE)
    assert _types("Obama vowed to investigate the killings.") == ["AGREE"]
    # and seeking an arrest is the court's threat of one
    assert _types("The ICC sought the arrest of Gadhafi and two relatives.") == ["THREATEN"]


def test_calling_off_an_attack_halts_it_and_calling_off_talks_refuses() -> None:
    (event,) = _events("The Americans called off the attack, but not before hundreds had fled.")
    assert (event.type, event.mode) == ("RETREAT", "ceasefire")
    assert _types("The union called off the strike.") == ["CONCEDE"]
    assert _types("Iran called off the talks with the European Union.") == ["REJECT"]


def test_welcoming_or_cheering_a_stance_is_approval() -> None:
    (event,) = _events("The White House said it welcomed the strong stance Turkey has taken.")
    assert (event.type, event.cameo) == ("SUPPORT", "051")
    text = "Supporters of the bill on Capitol Hill cheered Obama's remarks as a clear step up."
    assert _types(text) == ["SUPPORT"]
    # a visitor welcomed is a visit, and readers' comments are no event
    assert _types("Mitterrand welcomed the minister in Paris on Thursday.") == ["CONSULT"]
    assert _types("We welcome comments on our articles.") == []


def test_tanks_surrounding_a_square_are_a_move_of_force() -> None:
    (event,) = _events("Army tanks surrounded the square, but the army did not separate the sides.")
    assert (event.type, event.mode) == ("MOBILIZE", "troops")
    assert _types("Confusion surrounded the talks.") == []
    # protesters who surround a place make no move of force
    text = "Hundreds of protesters surrounded the military positions in the square."
    assert "MOBILIZE" not in _types(text)


def test_shutting_down_internet_access_is_censorship() -> None:
    text = "In March, the regime shut down Internet access throughout the entire country."
    (event,) = _events(text)
    assert (event.type, event.mode) == ("COERCE", "censor")
