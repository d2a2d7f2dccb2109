"""`dateline eval merge`: one event per happening within an article, scored on pairs of
tellings a reader judged, on real sentences."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from dateline.cli import main
from dateline.evaluate.merge import score

from ..conftest import shared_file
from .conftest import CHECK_SETS

ARTICLE = (
    "Blinken met Hayashi in Liverpool on Saturday. The meeting lasted an hour, officials said."
    " Russian forces attacked Kharkiv on Sunday. Ukrainian troops attacked Russian positions"
    " near Izium on Monday."
)


def _side(word: str, nth: int = 0) -> dict:
    start = -1
    for _ in range(nth + 1):
        start = ARTICLE.index(word, start + 1)
    return {"start": 0, "end": len(ARTICLE), "trigger": {"start": start, "end": start + len(word)}}


def _pair(rid: str, a: dict, b: dict, same: str) -> dict:
    return {"id": rid, "text": ARTICLE, "date": "2021-12-15", "a": a, "b": b, "same": same,
            "act_a": True, "act_b": True}  # fmt: skip


def _gold(tmp_path: Path, records: list[dict]) -> Path:
    path = tmp_path / "merge.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    return path


def test_a_meeting_told_twice_is_one_and_two_attacks_are_two(tmp_path: Path) -> None:
    path = _gold(tmp_path, [
        _pair("meeting", _side("met"), _side("meeting"), "same"),
        _pair("attacks", _side("attacked"), _side("attacked", 1), "different"),
        _pair("unsure", _side("met"), _side("attacked"), "unsure"),
    ])  # fmt: skip
    s = score([path])
    assert (s.pairs, s.unsure, s.missing) == (3, 1, 0)
    assert dict(s.counts) == {"tp": 1, "tn": 1}
    assert (s.merges.precision, s.merges.recall, s.accuracy) == (1.0, 1.0, 1.0)


def test_a_reading_dateline_does_not_share_is_an_error(tmp_path: Path, capsys) -> None:
    path = _gold(tmp_path, [
        # a reader who took the two attacks for one happening; and words that name no act
        _pair("attacks", _side("attacked"), _side("attacked", 1), "same"),
        {**_pair("no act", _side("met"), _side("meeting"), "same"), "act_b": False},
    ])  # fmt: skip
    s = score([path])
    assert dict(s.counts) == {"fn": 1, "fp": 1}
    assert s.merges.precision == 0.0 and s.merges.recall == 0.0
    assert main(["eval", "merge", "--gold", str(path), "--errors"]) == 0
    out = capsys.readouterr().out
    assert "merges               P 0.000  R 0.000" in out
    assert "one happening, kept apart" in out and "merged, but two happenings" in out
    assert main(["eval", "merge", "--gold", str(tmp_path / "missing.jsonl")]) == 2


# The merge check sets (data/README.md): pairs of tellings in 160 random Timeline17 articles,
# half merged by the code of 751808e and half kept apart, judged by readers blind to which.
# Set 1 was opened for the sixteenth pass (pairs right 0.442 -> 0.845); set 2 was held out
# from error reading (0.612 -> 0.814).
# The cross-article sets: pairs of events of one type and day in two articles of four stories'
# busiest months, half merged by the store's rule of 751808e, judged blind. Set 1 was opened
# (pairs right 0.600 -> 0.690, merge precision 0.571 -> 0.793); set 2 was held out for one run
# (0.687 -> 0.859, precision 0.593 -> 0.935).
@pytest.mark.parametrize(
    ("name", "pairs", "right", "precision"),
    [("merge_1", 130, 0.84, 0.2), ("merge_2", 130, 0.79, 0.3),
     ("across_1", 100, 0.67, 0.75), ("across_2", 100, 0.84, 0.9)],
)  # fmt: skip
def test_the_merge_check_sets_hold(name: str, pairs: int, right: float, precision: float) -> None:
    shared_file("data/news/t17_articles.jsonl.gz")
    s = score([CHECK_SETS / f"t17_{name}.jsonl"])
    assert s.pairs == pairs
    assert s.accuracy >= right
    assert s.merges.precision >= precision


def test_tellings_in_two_articles_are_one_happening_by_the_stores_rule(tmp_path: Path) -> None:
    one = "Russian forces attacked Kharkiv on Sunday, Ukrainian officials said."
    two = "Russian forces attacked the Ukrainian city of Kharkiv on Sunday, killing five people."
    three = "Russian forces shelled the port on Monday."

    def side(article: str, text: str, word: str) -> dict:
        at = text.index(word)
        return {"article": article, "date": "2022-03-07", "text": text, "start": 0,
                "end": len(text), "trigger": {"start": at, "end": at + len(word)}}  # fmt: skip

    path = _gold(tmp_path, [
        {"id": "same", "a": side("one", one, "attacked"), "b": side("two", two, "attacked"),
         "same": "same", "act_a": True, "act_b": True},
        # another day is another happening
        {"id": "apart", "a": side("one", one, "attacked"), "b": side("three", three, "shelled"),
         "same": "different", "act_a": True, "act_b": True},
    ])  # fmt: skip
    s = score([path])
    assert dict(s.counts) == {"tp": 1, "tn": 1}
