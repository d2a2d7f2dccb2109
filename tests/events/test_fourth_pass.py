"""Fourth pass (issue 6): clause-marked demands, content clauses, relative clauses on a named
party, named nominal acts, exhortations and generic infinitives, admissions."""

from __future__ import annotations

import pytest

from dateline import events
from dateline.pipeline import extract_text
from dateline.records import Event

from .conftest import Build, timex


def _events(build: Build, text: str, date: str = "2011-05-01") -> list[Event]:
    doc = build(text, date)
    events.run(doc)
    return doc.events


def _coded(build: Build, text: str) -> list[str]:
    """Types as a coder scores them: hypothetical and negated events are not coded."""
    return sorted(
        events.plover_type(e) for e in _events(build, text) if not (e.hypothetical or e.negated)
    )


def test_call_for_with_a_clause_is_a_request(build: Build) -> None:
    # spaCy parses "for" as the marker of "to step down", not as a preposition of "called"
    text = "The Arab League condemned the killings and called for President Saleh to step down."
    assert _coded(build, text) == ["ACCUSE", "REQUEST"]


def test_a_document_calling_for_an_act_is_a_second_event(build: Build) -> None:
    text = "France backed a resolution calling for Syria to withdraw its troops from Lebanon."
    assert "REQUEST" in _coded(build, text)


def test_a_relative_clause_on_a_named_party_is_told_in_the_foreground(build: Build) -> None:
    text = "The envoy met Lavrov, who criticised the Western air strikes in Libya."
    assert "ACCUSE" in _coded(build, text)
    # a relative clause on a common noun still sets the scene
    scene = "Officials said the protests, which denounced the government, ended peacefully."
    assert "ACCUSE" not in _coded(build, scene)


def test_a_named_nominal_act_is_coded_without_a_resolved_actor(build: Build) -> None:
    text = "The assassination of Rafik al-Hariri shocked the region."
    assert _coded(build, text) == ["ASSAULT"]
    assert _coded(build, "The assassination shocked the region.") == []


def test_an_exhortation_is_not_an_event(build: Build) -> None:
    text = "Donate to charities and help the poor."
    assert _coded(build, text) == []
    assert _coded(build, "The Gulf states donated $2 billion to Egypt.") == ["AID"]


def test_a_generic_infinitive_is_not_an_event_but_is_to_is_a_plan(build: Build) -> None:
    assert _coded(build, "To negotiate is not to surrender.") == []
    (meet,) = _events(build, "Russia's foreign minister is to meet Arab leaders in Cairo.")
    assert meet.status == "planned"
    assert events.plover_type(meet) == "AGREE"


def test_conceding_that_something_is_so_is_a_statement_not_a_concession(build: Build) -> None:
    assert _coded(build, "The minister conceded that the economy had slowed.") == []
    assert _coded(build, "The rebels conceded defeat in Sirte.") == ["CONCEDE"]


def test_a_named_act_in_a_scene_setting_phrase_is_coded(build: Build) -> None:
    # "while ..." sets the scene, but the meeting's own words name its party
    text = "Reporters waited outside while Nancy Pelosi's meeting with the bankers went on."
    assert _coded(build, text) == ["CONSULT"]
    assert _coded(build, "Reporters waited outside while the meeting went on.") == []


def test_an_event_noun_that_is_the_news_is_reported_without_a_named_party(build: Build) -> None:
    assert _coded(build, "Protests continued in Tahrir Square on Thursday.") == ["PROTEST"]
    assert _coded(build, "Clashes broke out in Homs on Friday.") == ["ASSAULT"]
    # a bare event noun in a statement about something else is still not coded, nor are
    # talks that failed
    assert _coded(build, "Protests are a sign of a healthy democracy.") == []
    assert _coded(build, "Talks broke down in Geneva on Friday.") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("NATO used attack helicopters over Brega for the first time.", "ASSAULT"),
        ("Police used tear gas against the marchers in Manama.", "ASSAULT"),  # crowd-control
        ("Libyan officials said a NATO strike had hit a house in Tripoli.", "ASSAULT"),
        ("The House of Representatives voted down a bill on the Libya mission.", "REJECT"),
        ("Moscow and Beijing remain opposed to the plan.", "REJECT"),
        ("Port officials boarded the ship in Limassol.", "COERCE"),
        ("Turkey pressed Assad to end the assault on Hama.", "REQUEST"),
        # a declared ceasefire is a verbal concession (manual s.CONCEDE); AP's hyphen splits it
        ("The regime declared a cease-fire on Friday.", "CONCEDE"),
        ("US strikes on Syria continued on Friday.", "ASSAULT"),
    ],
)
def test_fourth_pass_trigger_rows(build: Build, text: str, expected: str) -> None:
    assert expected in _coded(build, text)


def test_a_named_partys_act_inside_another_is_its_own_event(build: Build) -> None:
    text = "Chinese state media defended Beijing's veto of the UN resolution."
    assert _coded(build, text) == ["REJECT", "SUPPORT"]
    # an unowned act in the object stays folded: "condemned the attack" is one event
    assert _coded(build, "Russia condemned the attack on the embassy.") == ["ACCUSE"]


def test_journalists_speaking_to_people_is_not_a_consultation() -> None:
    # through the whole pipeline: the actors stage says who is a news organisation
    def coded(text: str) -> list[str]:
        return [events.plover_type(e) for e in extract_text(text, date="2012-02-10").events]

    assert "CONSULT" not in coded("The BBC has spoken to Syrian refugees in Turkey.")
    assert "CONSULT" in coded("The Turkish foreign minister spoke to Syrian rebels.")


def test_a_dating_phrase_is_no_argument_of_a_trigger_row(build: Build) -> None:
    # "strike on X" is an assault on X, but "a strike on Sunday" is only dated
    text = "Workers at the port began an eight-day strike on Sunday."
    assert _coded(build, text) == ["PROTEST"]


def test_a_named_act_told_apart_keeps_its_own_tense_and_date(build: Build) -> None:
    text = (
        "The ministers are expected to issue a joint statement on Tuesday condemning Russia's "
        "threats to use nuclear weapons."
    )
    tuesday = timex(text, "Tuesday", "2023-04-18")
    doc = build(text, "2023-04-16", timexes=[tuesday])
    events.run(doc)
    (condemning,) = [e for e in doc.events if e.type == "ACCUSE"]
    (threats,) = [e for e in doc.events if e.type == "THREATEN"]
    assert condemning.status == "planned" and condemning.date.value == "2023-04-18"
    # Russia's threats were made already: not planned, not hedged, not dated by the statement
    assert (threats.status, threats.certainty, threats.date) == ("occurred", "asserted", None)
