"""Sixteenth pass (thirteenth session), from the dated-act set t17_dates_1: which time
expression dates which act. A date told on the verb of a clause above the act's own clause
with its own subject is that clause's; the time inside what a demand or a threat asks for is
the asked act's; a "when" clause takes its clause's time; a weekend ahead is the one that ends
the article's week."""

from __future__ import annotations

from .conftest import pipeline_events as _events


def _at(text: str, trigger: str, date: str) -> tuple[str | None, str]:
    """The date and status of the event whose trigger starts with ``trigger``."""
    (event,) = [e for e in _events(text, date) if (e.evidence.trigger or "").startswith(trigger)]
    return (event.date.value if event.date else None), event.status


def test_a_weekend_ahead_ends_the_articles_week() -> None:
    text = (
        "The Arab League foreign ministers may be unable to come to a definitive conclusion"
        " about their monitoring mission when they meet at the weekend."
    )
    # a Wednesday: the weekend of ISO week 3, not week 4; and still to come, so planned
    assert _at(text, "meet", "2012-01-18") == ("2012-W03-WE", "planned")
    # on a Sunday the weekend ahead is the next one
    assert _at("The ministers will meet at the weekend.", "meet", "2012-01-22")[0] == "2012-W04-WE"
    # the weekend just past is unchanged
    assert _at("The ministers met at the weekend.", "met", "2012-01-18")[0] == "2012-W02-WE"


def test_what_a_demand_or_threat_asks_for_keeps_its_own_time() -> None:
    # June dates the elections; the urging happened, undated
    text = "The opposition urged Mubarak to hold elections in June."
    assert _at(text, "urged", "2011-03-09") == (None, "occurred")
    text = "Iran threatened to close the Strait of Hormuz next month."
    assert _at(text, "threatened", "2011-03-09") == (None, "occurred")
    text = (
        "FIFA has hired the ex-FBI chief's investigative agency and Caribbean federations have"
        " been asked to attend interviews in Miami on Tuesday and Wednesday."
    )
    assert _at(text, "asked", "2011-06-07")[0] is None
    # an agreement is dated by what it agrees to, as the readers date it
    text = (
        "When Warren Buffett agreed to take the helm at Salomon Brothers in 1991, he insisted on"
        " an annual salary of one dollar."
    )
    assert _at(text, "agreed", "2009-03-16")[0] == "1991"


def test_a_date_above_a_clause_with_its_own_subject_is_that_clauses() -> None:
    text = (
        "U.S. President Barack Obama expressed confidence on Tuesday the United States will be"
        " able to transfer control of the Libyan military operation to an international"
        " coalition in a matter of days."
    )
    assert _at(text, "operation", "2011-03-22")[0] is None
    # ... but the clause's own date, or one the parser hangs above it after the act, still dates it
    text = "Obama will meet Sarkozy on Monday in Paris."
    assert _at(text, "meet", "2011-03-23") == ("2011-03-28", "planned")
    text = "Obama is expected on Tuesday to announce new sanctions against Libya."
    assert _at(text, "announce", "2011-03-09")[0] == "2011-03-15"


def test_a_when_clause_takes_its_clauses_time() -> None:
    text = "The Libyan uprising began in February, when opposition forces began fighting to oust Gadhafi."
    assert _at(text, "fighting", "2011-10-20")[0] == "2011-02"
    text = (
        "The actor gave testimony to the house of representatives science and technology"
        " committee last week, when he urged members to force oil rigs to have clean-up"
        " equipment on site."
    )
    assert _at(text, "urged", "2010-06-16")[0] == "2010-W23"


def test_a_fronted_date_reaches_past_its_adverb() -> None:
    text = (
        "Back in July 2003, terrorism in Iraq seemed a manageable problem and President Bush"
        ' boldly challenged the militants to "bring \'em on".'
    )
    assert _at(text, "challenged", "2005-11-29")[0] == "2003-07"


def test_a_date_inside_another_nouns_name_is_that_nouns() -> None:
    text = (
        "The vast majority of Palestinian East Jerusalemites rejected offers of Israeli"
        " citizenship following the 1967 war."
    )
    assert _at(text, "rejected", "2011-05-10")[0] is None


def _tellings(text: str) -> list[tuple[str, list[str]]]:
    """Each event of a short article with the triggers of all its tellings."""
    return [(e.type, [v.trigger or "" for v in e.evidences]) for e in _events(text, "2011-03-28")]


def test_two_tellings_with_no_party_in_common_are_two_happenings() -> None:
    # t17_merge_1: readers called 67 of 74 merges of such tellings two happenings
    text = (
        "They also reported the rape of a 12-year-old Sudanese girl and said many of their"
        " documents had been confiscated or destroyed. Fewer people are crossing over from"
        " Libya into Tunisia, a drop the UNHCR said coincided with intensified fighting in"
        " western Libya."
    )
    assert not any(
        "destroyed" in triggers and "fighting" in triggers for _, triggers in _tellings(text)
    )
    # a doer who acts twice, once at a target and once at none, acts twice
    text = (
        "Obama vowed to halt the cozy relationship between oil companies and federal"
        " regulators, as he called for new permitting rules. Obama said he has ordered"
        " Interior Secretary Ken Salazar to do a top-to-bottom reform of the Minerals and"
        " Management Service."
    )
    requests = [triggers for kind, triggers in _tellings(text) if kind == "REQUEST"]
    assert sorted(requests) == [["called for"], ["ordered"]]


def test_a_happening_told_again_by_its_parties_or_a_definite_noun_is_one() -> None:
    text = (
        "Russian forces attacked Kharkiv on Sunday. The attack killed five people, officials said."
    )
    assert _tellings(text) == [("ASSAULT", ["attacked", "attack", "killed"])]


def test_a_time_after_the_object_is_no_name_for_it() -> None:
    # "called Assad a liar" names him; "visited Tripoli a year after" dates the visit
    text = "Chavez first visited Tripoli a year after taking office in 1999 and has returned five times."
    assert [e.type for e in _events(text, "2011-03-28")] == ["CONSULT"]
    assert [e.type for e in _events("Erdogan called Assad a liar on Tuesday.")] == ["ACCUSE"]
