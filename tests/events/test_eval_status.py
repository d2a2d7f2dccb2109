"""`dateline eval status`: each act's status, certainty, negation, condition, attribution and
date scored against a reader's reading, on real sentences."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from dateline.cli import main
from dateline.evaluate.status import same_source, score

from ..conftest import shared_file
from .conftest import CHECK_SETS

TALKS = (
    "Japan's foreign and defence ministers are likely to hold two-plus-two talks with Blinken"
    " and Austin on January 7 in Washington, Kyodo News reported, citing officials."
)
ATTACK = "Russian forces did not attack the town on Monday, the ministry said."


def _gold(tmp_path: Path, records: list[dict]) -> Path:
    path = tmp_path / "status.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    return path


def _record(rid: str, text: str, trigger: str, **labels: object) -> dict:
    start = text.index(trigger)
    record = {
        "id": rid, "text": text, "date": "2021-12-15",
        "trigger": {"start": start, "end": start + len(trigger), "text": trigger},
        "event": True, "negated": False, "hypothetical": False,
    }  # fmt: skip
    record.update(labels)
    return record


def test_a_reading_dateline_shares_scores_full(tmp_path: Path) -> None:
    path = _gold(tmp_path, [
        _record("talks", TALKS, "talks", status="planned", certainty="likely",
                attribution="Kyodo News", act_date="2022-01-07"),
        _record("attack", ATTACK, "attack", status="occurred", certainty="asserted",
                negated=True, attribution="the ministry", act_date="2021-12-13"),
    ])  # fmt: skip
    s = score([path])
    assert (s.records, s.scored, s.not_events, s.missed) == (2, 2, 0, 0)
    assert all(s.accuracy(name) == 1.0 for name in ("status", "certainty", "negated", "date"))
    assert s.accuracy("attribution") == 1.0
    # the publication date, which GDELT and ICEWS give every event, dates neither act
    assert (s.dated, s.dated_right, s.dated_publication) == (2, 2, 0)
    assert s.flags["negated"]["tp"] == 1


def test_a_reading_dateline_does_not_share_is_an_error(tmp_path: Path) -> None:
    path = _gold(tmp_path, [
        # a reader who took the talks as held already, on the article's date, unattributed
        _record("talks", TALKS, "talks", status="occurred", certainty="asserted",
                attribution=None, act_date="2021-12-15"),
        # words that name no act are counted, not scored
        _record("none", ATTACK, "town", event=False),
    ])  # fmt: skip
    s = score([path])
    assert (s.scored, s.not_events) == (1, 1)
    assert s.accuracy("status") == 0.0 and s.accuracy("attribution") == 0.0
    assert s.dated_publication == 1 and s.dated_right == 0
    assert {name for _, name, *_ in s.errors} == {"status", "certainty", "attribution", "date"}


def test_sources_match_by_a_content_word() -> None:
    assert same_source("Kyodo News", "Kyodo News, citing officials")
    assert same_source(None, None)
    assert not same_source("the ministry", None)
    assert not same_source("the ministry", "witnesses")


def test_the_command_prints_each_field(tmp_path: Path, capsys) -> None:
    path = _gold(tmp_path, [
        _record("talks", TALKS, "talks", status="planned", certainty="likely",
                attribution="Kyodo News", act_date="2022-01-07"),
    ])  # fmt: skip
    assert main(["eval", "status", "--gold", str(path), "--errors"]) == 0
    out = capsys.readouterr().out
    assert "status               accuracy 1.000" in out
    assert "dated acts           1: dateline's date 1.000, the publication date 0.000" in out
    assert main(["eval", "status", "--gold", str(tmp_path / "missing.jsonl")]) == 2


# The status check sets (data/README.md): one act per record, drawn from dateline's events on
# random Timeline17 sentences, read by helpers blind to dateline's labels. Set 1 was opened for
# the fifteenth pass (status 0.683 -> 0.733); set 2 was held out for it (0.727 -> 0.737).
@pytest.mark.parametrize(
    ("name", "acts", "status", "certainty", "date"),
    [("status_1", 118, 0.74, 0.87, 0.93), ("status_2", 113, 0.75, 0.90, 0.90)],
)
def test_the_status_check_sets_hold(
    name: str, acts: int, status: float, certainty: float, date: float
) -> None:
    shared_file("data/news/t17_articles.jsonl.gz")
    s = score([CHECK_SETS / f"t17_{name}.jsonl"])
    assert s.records == acts
    assert s.accuracy("status") >= status
    assert s.accuracy("certainty") >= certainty
    assert s.accuracy("date") >= date
    # the act's own date, against the publication date the field's systems give every event
    assert s.dated_right > 2 * s.dated_publication


# The event-date check sets (data/README.md): one act per record in a sentence that names a
# date, drawn from dateline's events on random Timeline17 sentences and read by helpers blind
# to dateline's dates. Set 1 was opened for the sixteenth pass (date 0.737 -> 0.798); set 2 was
# held out for it (0.780 -> 0.800 on its one run, 0.810 after a last narrowing).
@pytest.mark.parametrize(
    ("name", "acts", "status", "date", "dated"),
    [("dates_1", 105, 0.81, 0.79, 0.87), ("dates_2", 105, 0.80, 0.81, 0.77)],
)
def test_the_event_date_sets_hold(
    name: str, acts: int, status: float, date: float, dated: float
) -> None:
    shared_file("data/news/t17_articles.jsonl.gz")
    s = score([CHECK_SETS / f"t17_{name}.jsonl"])
    assert s.records == acts
    assert s.accuracy("status") >= status
    assert s.accuracy("date") >= date
    # where the sentence dates the act: dateline's date, and the publication date the field's
    # systems give every event, which is the act's in about one case in five or six
    assert s.dated_right >= dated * s.dated
    assert s.dated_right > 3 * s.dated_publication


# Status set 3 and negation set 1 (data/README.md): read blind at the fourteenth session's
# start, held out for one run after the seventeenth pass's first version (status 0.755 ->
# 0.798 and 0.726 -> 0.758), then opened. Negation set 1 holds sentences with a word of
# negation, refusal or failure: 19 of its acts are negated. Since the twenty-seventh pass one
# of them, "The Justice Department has not ruled out using RICO in its ongoing criminal
# investigation", is the threat CAMEO codes (an option kept open against someone), no longer
# a negated refusal: 14 of the 19 are found negated (15 before).
@pytest.mark.parametrize(
    ("name", "status", "certainty", "attribution", "negated_recall"),
    [("status_3", 0.80, 0.96, 0.90, 0.6), ("negation_1", 0.75, 0.88, 0.86, 0.73)],
)
def test_status_set_3_and_the_negation_set_hold(
    name: str, status: float, certainty: float, attribution: float, negated_recall: float
) -> None:
    shared_file("data/news/t17_articles.jsonl.gz")
    s = score([CHECK_SETS / f"t17_{name}.jsonl"])
    assert s.records == 100
    assert s.accuracy("status") >= status
    assert s.accuracy("certainty") >= certainty
    assert s.accuracy("attribution") >= attribution
    flags = s.flags["negated"]
    assert flags["tp"] >= negated_recall * (flags["tp"] + flags["fn"])
    assert flags["fp"] == 0  # every act dateline calls negated is negated
