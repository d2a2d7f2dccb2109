"""Eighth pass, from errors read on random Timeline17 sentences: "of" names the target of a
transitive act and the doer of an intransitive one; journalists, counted people and groups of
states are parties; those who report an act or flee are not its doers; page stamps, failures
and warnings say when an act did not happen; and the faults a review found in these rules."""

from __future__ import annotations

import functools

from dateline import events
from dateline.pipeline import extract_text
from dateline.records import Event

from .conftest import check_sets

DATE = "2011-03-28"


@functools.cache
def _events(text: str) -> tuple[Event, ...]:
    return extract_text(text, date=DATE).events


def _of_type(text: str, type_: str) -> list[Event]:
    return [e for e in _events(text) if events.plover_type(e) == type_]


def _countries(participants: tuple) -> set[str | None]:
    return {p.country for p in participants}


def test_of_names_the_target_of_a_killing() -> None:
    (assault,) = _of_type("The assassination of Rafik Hariri shook Lebanon.", "ASSAULT")
    assert _countries(assault.recipients) == {"LBN"}
    assert not assault.actors


def test_of_reaches_both_coordinated_acts() -> None:
    # "of" hangs on "capture" only; the killing is of Gaddafi too, and it is a second act
    text = "For many Arabs, the humiliating capture and killing of Muammar Gaddafi is a lesson."
    assaults = _of_type(text, "ASSAULT")
    assert len(assaults) == 2
    assert all(_countries(a.recipients) == {"LBY"} for a in assaults)


def test_of_names_the_doer_of_a_visit() -> None:
    (visit,) = _of_type("The visit of President Obama to Cairo was a success.", "CONSULT")
    assert _countries(visit.actors) == {"USA"}


def test_an_act_named_by_of_is_a_cause_not_a_party() -> None:
    # "in protest of last week's arrest of activists": the arrest is no protester
    text = (
        "Seven opposition parties in Nepal have organized a general strike that shut down "
        "Khatmandu in protest of last week's arrest of a number of activists."
    )
    assert len(_of_type(text, "PROTEST")) == 1


def test_the_speaker_at_a_meeting_of_a_body_stays_its_actor() -> None:
    text = (
        "The Libya crisis is an internal Arab affair, Iraq's foreign minister said at a meeting "
        "of the Arab League in Cairo."
    )
    (meeting,) = _of_type(text, "CONSULT")
    assert "IRQ" in _countries(meeting.actors)


def test_a_journalist_can_be_the_victim() -> None:
    (assault,) = _of_type(
        "An Al-Jazeera cameraman was killed in an apparent ambush near Benghazi.", "ASSAULT"
    )
    assert [p.name for p in assault.recipients] == ["Al-Jazeera cameraman"]
    (arrest,) = _of_type("Four journalists were detained by Libyan forces.", "COERCE")
    assert _countries(arrest.actors) == {"LBY"}
    assert [p.name for p in arrest.recipients] == ["journalists"]


def test_reporters_doing_their_work_are_still_no_event() -> None:
    assert not _events("Reporters visited the camp on Monday.")


def test_a_group_of_states_is_a_party_of_no_one_country() -> None:
    # "Arab and Western countries" are not Russian because Russia is named beside them
    text = (
        "Russia stood by President Bashar al-Assad on Thursday as Arab and Western countries "
        "sought to pile pressure on the Syrian leader."
    )
    (pressure,) = _of_type(text, "REQUEST")
    assert [p.name for p in pressure.actors] == ["Western countries"]
    assert _countries(pressure.actors) == {None}
    (support,) = _of_type(text, "SUPPORT")
    assert _countries(support.actors) == {"RUS"}


def test_states_meeting_at_a_venue_are_not_of_the_venue() -> None:
    text = "Western powers meeting in Paris have called for tougher sanctions on Syria."
    (call,) = _of_type(text, "REQUEST")
    assert _countries(call.actors) == {None}
    assert _countries(call.recipients) == {"SYR"}
    # bare "countries", "powers" are no party: "returned to their countries", "subpoena powers"
    text = "Police arrested dozens of people who had returned to their countries."
    (arrest,) = _of_type(text, "COERCE")
    assert "countries" not in {p.name for p in arrest.recipients}


def test_a_page_stamp_dates_nothing() -> None:
    # the stamp is past midnight of the article's day: it made the protest a planned one
    text = (
        "05 February 12 01:10 GMT Fresh protests have taken place outside the Syrian embassy "
        "in London amid reports that at least 55 people were killed by shelling."
    )
    found = extract_text(text, date="2012-02-04").events
    protests = [e for e in found if events.plover_type(e) == "PROTEST"]
    assert [(e.status, e.date) for e in protests] == [("occurred", None)]


def test_a_dated_clock_time_still_dates_a_plan() -> None:
    text = "Protesters will march on Tuesday at 10:00 GMT in London."
    (march,) = extract_text(text, date="2012-02-04").events
    assert march.status == "planned"
    assert march.date is not None and march.date.value.startswith("2012-02-07")


def test_can_not_support_is_a_refusal() -> None:
    for text in (
        "Russia said it can not support a resolution that calls for sanctions on Syria.",
        "China said it cannot support the resolution.",
    ):
        assert [events.plover_type(e) for e in _events(text)] == ["REJECT"]


def test_those_who_tell_of_an_act_do_not_do_it() -> None:
    text = "Activists have reported fresh government attacks on Homs."
    (attack,) = _of_type(text, "ASSAULT")
    assert "Activists" not in {p.name for p in attack.actors}
    # and the act they tell of is still news
    (attack,) = _of_type(
        'Syrian refugees report "relentless attacks" on their villages.', "ASSAULT"
    )
    assert not attack.actors


def test_standing_trial_is_undergoing_it() -> None:
    text = "Three British soldiers are to stand trial for war crimes against Iraqi detainees."
    (trial,) = _of_type(text, "ACCUSE")
    assert not trial.actors
    assert _countries(trial.recipients) == {"GBR"}


def test_a_failure_to_act_is_no_act() -> None:
    text = (
        "The Arab League signaled it was running out of patience with President Bashar "
        "al-Assad's failure to halt an eight-month-old crackdown on protests."
    )
    done = [e for e in _events(text) if not e.negated]
    assert "SANCTION" not in {events.plover_type(e) for e in done}


def test_a_demand_with_its_own_subject_names_the_target_not_the_doer() -> None:
    # "calling for Gaddafi to step down": Gaddafi is who the rally is aimed at
    text = "Tens of thousands of people rallied in Benghazi calling for Gaddafi to step down."
    (rally,) = _of_type(text, "PROTEST")
    assert "Muammar Gaddafi" not in {p.name for p in rally.actors}
    assert "Muammar Gaddafi" in {p.name for p in rally.recipients}


def test_crowds_turning_out_onto_the_streets_protest() -> None:
    text = "Thousands turned out onto the streets of Sanaa on Friday demanding Saleh's removal."
    assert len(_of_type(text, "PROTEST")) == 1
    assert not _of_type("Voters turned out in large numbers on Friday.", "PROTEST")


def test_a_named_journalist_can_do_an_act_and_be_branded_back() -> None:
    text = (
        "George Galloway was labeled a disgrace last night by pro-war journalist Christopher "
        "Hitchens, who was himself branded by Mr Galloway as a slug."
    )
    pairs = {
        (tuple(p.name for p in e.actors), tuple(p.name for p in e.recipients))
        for e in _of_type(text, "ACCUSE")
    }
    assert pairs == {
        (("Christopher Hitchens",), ("George Galloway",)),
        (("George Galloway",), ("Christopher Hitchens",)),
    }


def test_those_who_flee_are_whom_the_expulsion_falls_on() -> None:
    (flight,) = _of_type("Thousands of Syrian refugees have been fleeing into Turkey.", "SANCTION")
    assert not flight.actors
    assert _countries(flight.recipients) == {"SYR"}  # not Turkey, where they go
    assert not _of_type("Residents fled from the fighting in the old town.", "SANCTION")


def test_a_counted_animal_is_no_victim() -> None:
    assert not _of_type("Hunters killed dozens of foxes last winter.", "ASSAULT")
    assert len(_of_type("Gunmen killed dozens of civilians in Homs.", "ASSAULT")) == 1


def test_an_act_warned_of_is_foreseen_not_done() -> None:
    (threat,) = _events("Gaddafi warned of attacks on European cities.")
    assert events.plover_type(threat) == "THREATEN"
    found = _events("Analysts warned of more attacks on aid convoys in the coming weeks.")
    assert all(e.hypothetical for e in found if events.plover_type(e) == "ASSAULT")


def test_of_names_the_doer_of_an_advance_or_a_retreat() -> None:
    text = (
        "Air attacks by the United States sought to stop the advance of Muammar Gaddafi's "
        "forces on rebel-held towns."
    )
    advance = [e for e in _of_type(text, "ASSAULT") if e.evidence.trigger == "advance"]
    assert [_countries(e.actors) for e in advance] == [{"LBY"}]
    text = "The retreat of Moammar Gadhafi's forces from Brega reinvigorated the opposition."
    (retreat,) = _of_type(text, "RETREAT")
    assert _countries(retreat.actors) == {"LBY"}


def test_of_names_who_is_released() -> None:
    text = "Cameron said the release of Pan Am bomber Abdel Baset al-Megrahi was wrong."
    (release,) = _of_type(text, "RETREAT")
    assert not release.actors
    assert [p.name for p in release.recipients] == ["Abdel Baset al-Megrahi"]


def test_counted_people_are_a_party() -> None:
    # a crowd's call is its protest (PLOVER manual s.PROTEST; the fifteenth pass)
    text = "Tens of thousands of people called on Assad to step down in Hama on Friday."
    (call,) = [e for e in _events(text) if e.type == "PROTEST"]
    assert [(p.name, p.country, p.sector) for p in call.actors] == [
        ("thousands of people", "SYR", "CVL")
    ]


# faults a review found in this pass's rules, each pinned on its probe sentence
def test_a_with_clause_and_a_repeated_act_keep_their_subject_as_doer() -> None:
    (rally,) = _of_type("Thousands rallied, with protesters calling for Assad to quit.", "PROTEST")
    assert "protesters" in {p.name for p in rally.actors}
    text = "British warplanes have attacked, have carried out an air strike on Libyan tanks."
    (strike,) = _of_type(text, "ASSAULT")
    assert _countries(strike.actors) == {"GBR"}


def test_of_on_another_phrase_is_not_shared() -> None:
    text = "The attack on the convoy and the withdrawal of US troops angered Iraq."
    assert not any("USA" in _countries(e.recipients) for e in _of_type(text, "ASSAULT"))


def test_an_event_noun_as_subject_lends_its_doer_not_its_target() -> None:
    text = "The bombing of the U.S. embassy in Nairobi killed 200 people."
    assert all("USA" not in _countries(e.actors) for e in _events(text))


def test_can_not_is_inability_outside_stances() -> None:
    text = "The world still can not deliver enough food to Haiti."
    assert "REJECT" not in {events.plover_type(e) for e in _events(text)}


def test_caution_as_a_noun_makes_nothing_hypothetical() -> None:
    text = "Chinese caution in quarantining hundreds of American travellers was justified."
    assert not any(e.hypothetical for e in _events(text))


def test_reporters_told_are_no_recipients() -> None:
    text = "The minister told reporters that Syria must withdraw its troops."
    assert all("reporters" not in {p.name for p in e.recipients} for e in _events(text))


def test_easing_a_blockade_is_retreat() -> None:
    assert [events.plover_type(e) for e in _events("Israel eased the blockade of Gaza.")] == [
        "RETREAT"
    ]


# the measured figures of this pass (tests/events/data/README.md): lead sets 10-17, all opened,
# 0.607 -> 0.619; the fresh sets 18-19, coded before the pass and scored once after it, 0.481 ->
# 0.493 (recipient-country F1 0.667 -> 0.676). The target for wire news is 0.70: these floors
# guard regressions only.
def test_the_lead_sets_opened_so_far_hold() -> None:
    opened = check_sets([f"lead{n}" for n in range(10, 18)])
    assert opened.sentences == 600
    assert opened.types.f1 >= 0.60, opened.types


def test_the_fresh_lead_sets_18_and_19_do_not_regress() -> None:
    # opened in the sixth session (type F1 0.493 -> 0.571); its recipient floor is lower than
    # the 0.676 reached here because more events now match, several with a party the actors
    # stage cannot name (recipient tp 24 -> 28, misses 16 -> 21; no matched event lost one)
    fresh = check_sets(["lead18", "lead19"])
    assert fresh.sentences == 150
    assert fresh.types.f1 >= 0.55, fresh.types
    assert fresh.recipients.f1 >= 0.64, fresh.recipients
