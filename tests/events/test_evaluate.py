"""The events scorer, and the dev-set thresholds the stage must keep."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from dateline.evaluate.events import main, score

from ..conftest import shared_file

DEV = "data/events/plover_gsr_dev.jsonl"


def _shared() -> Path:
    repo = Path(__file__).resolve().parents[2]
    return Path(os.environ.get("DATELINE_SHARED", repo / ".." / "shared"))


def _gold(tmp_path: Path, records: list[dict]) -> Path:
    path = tmp_path / "gold.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    return path


def _record(text: str, event: str, actors: list[str], recipients: list[str]) -> dict:
    party = lambda codes: [{"actorText": c, "code": c} for c in codes]  # noqa: E731
    return {"id": text[:10], "text": text, "events": [
        {"event": event, "actor": party(actors), "recipient": party(recipients)}]}  # fmt: skip


def test_scorer_reads_legacy_types_and_cameo_country_codes(tmp_path: Path) -> None:
    gold = _gold(tmp_path, [
        # DISAPPROVE is ACCUSE in current PLOVER; CAMEO JAP is ISO JPN
        _record("Japan condemned Russia on Monday.", "DISAPPROVE", ["JAP"], ["RUS"]),
        _record("Iran met Iraq in Geneva.", "CONSULT", ["IRN"], ["IRQ"]),
    ])  # fmt: skip
    result = score(gold)
    assert result.sentences == 2
    assert result.types.tp == 2 and result.types.fp == 0 and result.types.fn == 0
    assert result.confusion[("ACCUSE", "ACCUSE")] == 1


def test_scorer_counts_missed_and_spurious_events(tmp_path: Path) -> None:
    gold = _gold(tmp_path, [_record("The weather was fine, Iran said.", "AGREE", ["IRN"], [])])
    result = score(gold)
    assert (result.types.tp, result.types.fn) == (0, 1)
    assert result.errors and result.errors[0].gold == ("AGREE[None]",)


def test_coded_only_scores_the_sentences_with_a_gold_event(tmp_path: Path) -> None:
    uncoded = {"id": "x", "text": "Japan condemned Russia on Monday.", "events": []}
    gold = _gold(tmp_path, [uncoded, _record("Iran met Iraq in Geneva.", "CONSULT", ["IRN"], [])])
    everything = score(gold)
    assert everything.sentences == 2 and everything.types.fp == 1
    coded = score(gold, coded_only=True)
    assert coded.sentences == 1 and coded.types.fp == 0 and coded.types.tp == 1


def test_eval_command_prints_figures(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    gold = _gold(tmp_path, [_record("Iran met Iraq in Geneva.", "CONSULT", ["IRN"], ["IRQ"])])
    assert main(["--gold", str(gold), "--errors", "--confusion"]) == 0
    out = capsys.readouterr().out
    assert "event type" in out and "F1 1.000" in out


@pytest.fixture(scope="module")
def dev_gold() -> Path:
    path = _shared() / DEV
    if not path.exists():
        pytest.skip(f"shared data absent: {path} (set DATELINE_SHARED)")
    return path


def test_dev_type_and_participant_targets(dev_gold: Path) -> None:
    # participants scored against the gold actor mentions: the events stage's own mapping
    result = score(dev_gold, gold_actors=True)
    assert result.types.f1 >= 0.80, result.types
    assert result.actors.f1 >= 0.80, result.actors
    assert result.recipients.f1 >= 0.70, result.recipients


def test_dev_targets_with_the_whole_pipeline(dev_gold: Path) -> None:
    result = score(dev_gold)
    assert result.types.f1 >= 0.80, result.types
    assert result.actors.f1 >= 0.80, result.actors
    assert result.recipients.f1 >= 0.70, result.recipients


# Hand-coded wire sentences drawn by a fixed seed from Timeline17 (issue 6, data/README.md).
# The stage was tuned on these three sets after their first scoring, so they guard against
# regressions; they are not the held-out figure (that is sets 4-5, test_third_pass.py).
CHECKS = [Path(__file__).resolve().parent / "data" / f"t17_check{n}.jsonl" for n in ("", "2", "3")]


def test_tuned_wire_news_checks_hold() -> None:
    shared_file("data/news/t17_articles.jsonl.gz")  # the sentences are quoted from there
    pooled = score(CHECKS, every=True)  # coded for every act a sentence names
    assert pooled.sentences >= 180
    assert pooled.types.f1 >= 0.70, pooled.types
