"""Nineteenth pass (sixteenth session): words that name no act, what a question leaves open,
and whether some article reports a stored happening.

Readers of the status, negation and dates sets (641 acts) judged 53 of dateline's events to
name no act; dateline still found 50 of them. Status set 4 (147 acts) was read blind at the
session's start and held out."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from dateline.evaluate.status import score as status_score
from dateline.store import EventQuery
from dateline.store.duckdb import DuckDBStore

from ..conftest import shared_file
from .conftest import CHECK_SETS
from .conftest import pipeline_events as _events


def _told(text: str) -> dict[str, tuple[str, str, str, bool]]:
    """Each event's trigger -> (type, status, certainty, hypothetical)."""
    return {
        e.evidence.trigger or "": (e.type, e.status, e.certainty, e.hypothetical)
        for e in _events(text, "2010-06-20")
    }


def test_who_is_to_blame_is_no_accusation() -> None:
    # dates set 2: "said the firm was not to blame": responsibility, not an act of blaming
    text = "BP boss Tony Hayward said the firm was not to blame for the accident on the rig."
    assert _told(text) == {}
    # blaming someone is one, also as an infinitive or a subject
    assert (
        _told("I guess it was ok to blame Bush for going to war in Iraq.")["blame"][0] == "ACCUSE"
    )
    text = "Blaming politicians who aren't even in power anymore is ridiculous."
    assert [t for t, *_ in _told(text).values()] == ["ACCUSE"]


def test_a_threat_posed_is_a_danger_not_a_threat_made() -> None:
    # status set 2: "the Macondo well poses no continuing threat to the Gulf of Mexico"
    text = "Admiral Thad Allen said BP's well posed no further threat to the Gulf."
    assert _told(text) == {}
    text = "Al-Qaeda has threatened to deliver devastating blows to the United States."
    assert _told(text)["threatened"][0] == "THREATEN"


def test_a_things_threat_is_a_danger_whoever_else_is_named() -> None:
    # status set 2: the Exxon Valdez spill names a party, but the disaster is what threatens
    text = "The looming disaster in the Gulf threatens to eclipse the 1989 Exxon Valdez spill."
    assert "THREATEN" not in {t for t, *_ in _told(text).values()}
    # status set 3: falling prices retreat from nothing
    text = "If crude prices have been retreating in August, it was not because of expectations."
    assert _told(text) == {}


def test_senses_that_name_no_act_by_their_object() -> None:
    # status and dates sets: satisfying realities, evidence supporting a contention, "the
    # wounded" as people, a spirit killed: no meeting, support, attack
    assert _told("We must update the rules to meet the realities of the financial system.") == {}
    assert _told("That supports BP's contention that its well design was not at fault.") == {}
    assert set(_told("The ICRC will help refugees, detainees and the wounded.")) == {"help"}
    assert _told("Nobody wants to run the risk of killing the entrepreneurial spirit.") == {}
    # the same verbs with a party for object are acts
    assert _told("Police killed three protesters in Deraa on Friday.")["killed"][0] == "ASSAULT"
    text = "Hillary Clinton will meet Libyan opposition leaders in Paris."
    assert _told(text)["meet"][0] == "CONSULT"


def test_what_a_question_leaves_open_is_possible() -> None:
    # negation set 1: "did not indicate whether he had quit": unknown, read as possible (the
    # hypothetical flag, which readers leave off an open question, stays on it: it keeps such
    # acts out of default listings, with what ought to be done, "should impose", as before)
    text = "He did not indicate whether he had quit his role in the Libyan government."
    assert _told(text)["quit his role in"][:3] == ("RETREAT", "occurred", "possible")


def test_status_eval_counts_events_found_at_words_that_name_none(tmp_path: Path) -> None:
    # a reader who takes "attacked" for no act: the eval counts dateline's event there as one
    # found at a word that names none, lists it, and scores the other record as usual
    text = "Admiral Thad Allen said the well was sealed, and rebels attacked Brega on Monday."
    start = text.index("attacked")
    trigger = {"start": start, "end": start + 8, "text": "attacked"}
    records = [
        {"id": "a", "text": text, "date": "2011-03-01", "event": True, "trigger": trigger,
         "status": "occurred", "certainty": "asserted", "negated": False,
         "hypothetical": False, "attribution": None, "act_date": "2011-02-28"},
        {"id": "b", "text": text, "date": "2011-03-01", "event": False, "trigger": trigger},
    ]  # fmt: skip
    path = tmp_path / "g.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    s = status_score([path])
    assert (s.scored, s.not_events, s.not_events_found) == (1, 1, 1)
    assert s.precision() == 0.5
    listed = [(rid, got) for rid, name, _, got, _ in s.errors if name == "event"]
    assert listed == [("b", "ASSAULT")]


def test_fewer_events_name_no_act_on_the_opened_status_sets() -> None:
    # start of the session: 50 of the 53 words readers took for no act still gave an event
    # (0.922 of the events at their triggers named one); the pass drops 18 and loses no act
    shared_file("data/news/t17_articles.jsonl.gz")
    names = ["status_1", "status_2", "status_3", "negation_1", "dates_1", "dates_2"]
    s = status_score([CHECK_SETS / f"t17_{n}.jsonl" for n in names])
    # ... and since the twenty-seventh pass three acts have no event at their words, each on
    # purpose: waterways and factories that reopen are no RETREAT (the reopening of a
    # crossing or what a party reopens is), and "Western forces hit targets ..., using strikes"
    # is now one assault at "hit", not at "using"; since the thirty-second pass "Italy said it
    # was sending a humanitarian mission to Tunisia to provide food" is one aid at "sending",
    # the mission sent with its purpose, not at "provide food"; since the thirty-sixth pass a
    # company halting its own work with no party named is no sanction ("BP had to halt its
    # ambitious effort to plug its stricken oil well"): the readers took it for an act, of no
    # PLOVER type dateline codes
    missed = sorted(
        rid for rid, name, gold, got, *_ in s.errors if name == "event" and got == "none"
    )
    expected = ["T17DT-1-081", "T17ST-1-038", "T17ST-1-088", "T17ST-1-115", "T17ST-3-043"]
    assert s.not_events == 53 and missed == expected, missed
    assert s.not_events_found <= 35 and s.precision() >= 0.94, s.not_events_found


def test_stored_rows_say_whether_some_article_reports_the_happening(tmp_path: Path) -> None:
    from dateline.pipeline import extract_text

    text = "Protesters who had marched on the palace were arrested by police on Friday."
    store = DuckDBStore(tmp_path / "s.duckdb")
    try:
        store.add([extract_text(text, date="2011-03-28", article_id="a1")])
        rows = {e["type"]: e["reported"] for e in store.events(EventQuery())}
    finally:
        store.close()
    assert rows == {"PROTEST": False, "COERCE": True}


def test_events_csv_has_a_reported_column_and_a_closed_pipe_is_no_error(tmp_path: Path) -> None:
    from dateline.cli import main

    db = tmp_path / "s.duckdb"
    article = tmp_path / "a.txt"
    article.write_text(
        "date 2011-03-28 Protesters who had marched on the palace were arrested by police.",
        encoding="utf-8",
    )
    assert main(["ingest", str(article), "--db", str(db), "--quiet"]) == 0
    exe = Path(sys.executable).parent / "dateline"
    csv = subprocess.run(
        [exe, "events", "--db", db, "--format", "csv"], capture_output=True, check=True, text=True
    ).stdout.splitlines()
    header = csv[0].split(",")
    assert "reported" in header
    col = header.index("reported")
    assert sorted(line.split(",")[col] for line in csv[1:]) == ["no", "yes"]
    # "dateline events | head": the reader stops before dateline writes; no traceback, exit 0
    # stdout to a pipe is block-buffered unless PYTHONUNBUFFERED is set: a few rows reach the
    # pipe only at the flush, which is where the closed reader shows
    env = {k: v for k, v in os.environ.items() if k != "PYTHONUNBUFFERED"}
    for args in (["events", "--db", db], ["eval", "status", "--help"]):
        proc = subprocess.Popen(
            [exe, *args], stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env
        )
        assert proc.stdout is not None and proc.stderr is not None
        proc.stdout.close()
        err = proc.stderr.read().decode()
        assert proc.wait(timeout=120) == 0 and "BrokenPipe" not in err, (args, err)


def _tellings(text: str) -> list[tuple[str, list[str]]]:
    from dateline.pipeline import extract_text

    article = extract_text(text, date="2011-02-23")
    return [(e.type, [ev.trigger or "" for ev in e.evidences]) for e in article.events]


def test_a_definite_noun_refers_back_to_an_act_told_by_its_own_word() -> None:
    # merge set 1: "the relief effort" had joined "attempt to distribute aid" before it, one
    # of the lumps readers called two happenings; "the killings" after "were killed" is the
    # same act told again, and a general noun, "the attack", still names the bombing
    text = (
        "Britain sent aid to Haiti on Monday. Doctors in Port-au-Prince said the relief effort"
        " was badly organised."
    )
    assert _tellings(text)[0] == ("AID", ["sent aid"])
    text = "NATO jets bombed Tripoli on Sunday. Residents said the attack destroyed a school."
    assert _tellings(text)[0] == ("ASSAULT", ["bombed", "attack"])
    text = (
        "Dozens of people were killed in Homs on Wednesday. The government denied responsibility"
        " for the killings."
    )
    assert _tellings(text) == [("ASSAULT", ["killed", "killings"])]


def test_a_claims_source_is_resolved_as_a_participant() -> None:
    from dateline.pipeline import extract_text
    from dateline.records import article_from_json, article_to_json

    text = (
        "Libyan government spokesman Moussa Ibrahim told reporters in Tripoli on Monday that the"
        " regime would not fall. He said NATO jets had bombed a school in Zlitan. The Syrian"
        " foreign ministry said on Sunday that the army was restoring order. It said security"
        " forces had arrested 30 gunmen in Homs. Japan will send troops to Haiti next month,"
        " Kyodo News reported, citing officials."
    )
    article = extract_text(text, date="2011-06-20")
    by_trigger = {
        e.evidence.trigger: (
            e.attribution,
            [(p.name, p.country, p.sector) for p in e.attributed_to],
        )
        for e in article.events
    }
    # "he" goes on with the last speaker, a person; "it" with the ministry; the media count
    assert by_trigger["bombed"] == ("He", [("Moussa Ibrahim", "LBY", "GOV")])
    assert by_trigger["arrested"] == ("It", [("Syrian foreign ministry", "SYR", "GOV")])
    # a last speaker who cannot be "he" is not taken for him
    text = "Rebel commanders said on Sunday that Brega had fallen. He said NATO had bombed Sirte."
    (event,) = extract_text(text, date="2011-06-20").events
    assert "Rebel commanders" not in [p.name for p in event.attributed_to]
    source, parties = next(v for k, v in by_trigger.items() if k and "send" in k)
    assert source == "Kyodo News, citing officials"
    assert [name for name, *_ in parties] == ["Kyodo News", "officials"]
    assert parties[0][1:] == ("JPN", "MED")
    # the record carries it; a record written before the field reads empty
    record = json.loads(article_to_json(article))
    assert any(e["attributed_to"] for e in record["events"])
    for e in record["events"]:
        del e["attributed_to"]
    assert all(e.attributed_to == () for e in article_from_json(record).events)


def test_readers_name_whom_a_pronoun_source_stands_for() -> None:
    # speaker sets 1-2: 140 pronoun sources ("he said") of random T17 articles, the referent
    # named blind by a reader; set 2 was held out for one run (0.673 right of 55 resolved).
    # Scored on each article up to the sentence, as the pipeline reads it
    shared_file("data/news/t17_articles.jsonl.gz")
    s = status_score([CHECK_SETS / f"t17_speakers_{n}.jsonl" for n in (1, 2)])
    resolved = s.counted["source"] - s.unresolved
    assert s.counted["source"] >= 130 and resolved >= 0.58 * s.counted["source"], s.counted
    # the last person named before "he", the first version, was right for half of them
    assert s.right["source"] / resolved >= 0.80, (s.right["source"], resolved)


def test_a_pronoun_source_is_not_taken_past_a_nearer_subject() -> None:
    from dateline.pipeline import extract_text

    # review: "He" after Obama's meeting is not the earlier speaker, Ibrahim
    text = (
        "Moussa Ibrahim said the regime would not fall. In Washington, Barack Obama met Nicolas"
        " Sarkozy on Monday. He said NATO jets had bombed a school in Zlitan."
    )
    (bombed,) = [e for e in extract_text(text, date="2011-06-20").events if e.type == "ASSAULT"]
    assert "Moussa Ibrahim" not in [p.name for p in bombed.attributed_to]
    # a speaker no actor names is no party: "they" after "Witnesses said" resolves to nobody,
    # as "Witnesses said" itself does
    text = (
        "Witnesses said soldiers fired on the crowd. They said soldiers had killed 12 protesters."
    )
    assert [e.attributed_to for e in extract_text(text, date="2011-06-20").events] == [(), ()]


def test_what_a_plan_is_to_do_is_a_partys_act() -> None:
    # review: a thing's retreat is no act ("crude prices retreating"), but the plan's
    # infinitive is the withdrawal it plans
    text = "The plan to withdraw all US troops from Iraq by the end of 2011 is on track, officials said."
    assert _told(text)["withdraw"][:2] == ("RETREAT", "planned")


def test_a_definite_noun_with_the_acts_cameo_code_refers_back() -> None:
    # review: "the detentions" after "detained" (both CAMEO 173), "the bombardment" after
    # "shelled" (a general noun) are the same happenings
    text = (
        "Police detained 30 activists in Damascus on Friday. Witnesses said the detentions took"
        " place near the mosque."
    )
    assert _tellings(text) == [("COERCE", ["detained", "detentions"])]
    text = "Government forces shelled Homs on Sunday. Activists said the bombardment killed 20."
    assert _tellings(text)[0] == ("ASSAULT", ["shelled", "bombardment", "killed"])


def _moods(text: str) -> dict[str, tuple[bool, str | None]]:
    return {e.evidence.trigger or "": (e.hypothetical, e.mood) for e in _events(text, "2011-03-10")}


def test_mood_tells_a_condition_from_advice_a_duty_an_aim_and_a_question() -> None:
    # readers flag only conditions hypothetical (status sets: the flag's precision 0.52, a
    # condition mood's 0.63; status set 4: 1 of 9 flags, 1 of 1 conditions)
    assert _moods("If Gaddafi attacks Benghazi, NATO would strike his forces.") == {
        "attacks": (True, "condition"),
        "strike": (True, "condition"),
    }
    text = "The government should impose a three strikes law for all oil companies."
    assert _moods(text) == {"impose a three strikes law": (True, "advice")}
    assert _moods("Syria has to withdraw its troops from Lebanon.")["withdraw"][1] == "duty"
    text = "The UN named a panel on Monday to investigate the killings."
    assert _moods(text)["investigate"][1] == "aim"
    text = "He did not indicate whether he had quit his role in the Libyan government."
    assert _moods(text)["quit his role in"] == (True, "question")
    # a plan told with "would" is no condition; a deed has no mood
    text = "Obama unveiled a package that would pour billions into arresting the slide in prices."
    assert all(mood != "condition" for _, mood in _moods(text).values())
    assert _moods("NATO jets bombed Tripoli on Sunday.") == {"bombed": (False, None)}


def test_an_if_clause_a_question_leaves_open_is_possible() -> None:
    # review: "did not say if" reads as "did not say whether"
    text = "He did not say if he had quit his role in the Libyan government."
    assert _moods(text)["quit his role in"][1] == "question"
    assert _told(text)["quit his role in"][2] == "possible"


def test_main_clause_is_main_without_the_fallback(tmp_path: Path) -> None:
    from dateline.pipeline import extract_text
    from dateline.records import article_from_json, article_to_json

    # "The funeral comes as ...": the main clause tells no act; `main` marks the highest acts,
    # as a one-event coder codes one of them, `main_clause` does not, as readers judge them
    text = "The funeral comes as the Arab League meeting in Cairo is considering suspending Syria."
    article = extract_text(text, date="2011-11-12", article_id="a1")
    assert {(e.type, e.main, e.main_clause) for e in article.events} == {
        ("CONSULT", True, False),
        ("SANCTION", True, False),
    }
    arrest = "Protesters who had marched on the palace were arrested by police on Friday."
    other = extract_text(arrest, date="2011-11-12", article_id="a2")
    assert {(e.type, e.main, e.main_clause) for e in other.events} == {
        ("PROTEST", False, False),
        ("COERCE", True, True),
    }
    # records written before the field read it as `main`
    record = json.loads(article_to_json(article))
    for e in record["events"]:
        del e["main_clause"]
    assert {e.main_clause for e in article_from_json(record).events} == {True}
    # dateline events --main-clause keeps only the arrest
    store = DuckDBStore(tmp_path / "s.duckdb")
    try:
        store.add([article, other])
        kept = {e["type"] for e in store.events(EventQuery(main_clause=True))}
        reported = {e["type"] for e in store.events(EventQuery(main=True))}
    finally:
        store.close()
    assert kept == {"COERCE"} and reported == {"COERCE", "CONSULT", "SANCTION"}


def test_readers_judge_main_clause_above_main() -> None:
    # main set 1 and status set 4 (both opened): the acts readers call reported
    shared_file("data/news/t17_articles.jsonl.gz")
    for name, floor in (("main_1", 0.78), ("status_4", 0.78)):
        s = status_score([CHECK_SETS / f"t17_{name}.jsonl"])
        assert s.accuracy("main_clause") >= floor, (name, s.accuracy("main_clause"))
        assert s.accuracy("main_clause") > s.accuracy("reported") + 0.04, name
