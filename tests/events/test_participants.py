"""Actors and recipients from the sentence's structure, given the actor mentions."""

from __future__ import annotations

from dateline import events
from dateline.records import Event

from .conftest import Build


def _one(build: Build, text: str, date: str = "2021-12-15") -> Event:
    doc = build(text, date)
    events.run(doc)
    assert len(doc.events) == 1, doc.events
    return doc.events[0]


def _actors(ev: Event) -> list[str]:
    return [a.name for a in ev.actors]


def _recipients(ev: Event) -> list[str]:
    return [a.name for a in ev.recipients]


def test_subject_is_actor_and_object_is_recipient(build: Build) -> None:
    ev = _one(build, "Antony Blinken met Yoshimasa Hayashi in London on Friday.")
    assert (_actors(ev), _recipients(ev)) == (["Antony Blinken"], ["Yoshimasa Hayashi"])


def test_compound_subject_gives_both_actors(build: Build) -> None:
    ev = _one(build, "Israel and Lebanon renewed negotiations today.")
    assert _actors(ev) == ["Israel", "Lebanon"]


def test_with_phrase_is_recipient(build: Build) -> None:
    ev = _one(build, "Pakistan threatened to break off diplomatic relations with Iran.")
    assert (_actors(ev), _recipients(ev)) == (["Pakistan"], ["Iran"])


def test_possessor_of_event_noun_is_actor(build: Build) -> None:
    text = "Japan is preparing for Yoshimasa Hayashi and Nobuo Kishi's visit to the United States."
    ev = _one(build, text)
    assert _actors(ev) == ["Yoshimasa Hayashi", "Nobuo Kishi"]
    assert _recipients(ev) == ["United States"]


def test_passive_agent_is_actor_and_subject_recipient(build: Build) -> None:
    ev = _one(build, "Lebanon was attacked by Israel on Sunday.")
    assert (_actors(ev), _recipients(ev)) == (["Israel"], ["Lebanon"])


def test_demonym_compound_actors(build: Build) -> None:
    ev = _one(build, "Hungarian and Romanian officials signed an agreement on Monday.")
    assert set(_actors(ev)) == {"Hungarian", "Romanian"}


def test_reciprocal_subject_takes_the_parties_already_named(build: Build) -> None:
    doc = build("Antony Blinken met Yoshimasa Hayashi on Friday. Both sides discussed trade.")
    events.run(doc)
    (ev,) = doc.events  # the discussion is the same meeting
    assert {"Antony Blinken", "Yoshimasa Hayashi"} <= {a.name for a in (*ev.actors, *ev.recipients)}
    assert len(ev.evidences) == 2


def test_pronoun_in_reported_speech_is_the_speaker(build: Build) -> None:
    ev = _one(build, "Iraq said on Monday it would allow the return of weapons inspectors.")
    assert _actors(ev) == ["Iraq"]


def test_news_agency_is_never_a_participant(build: Build) -> None:
    ev = _one(build, "Iran attacked Iraq on Monday, Kyodo News reported.")
    assert "Kyodo News" not in _actors(ev) + _recipients(ev)
    assert ev.attribution == "Kyodo News"
