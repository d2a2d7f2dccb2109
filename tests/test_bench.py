"""The bench runs end to end and prints its figures (it measures; it asserts no speed)."""

from __future__ import annotations

import json
from pathlib import Path

from dateline.cli import main
from dateline.read import read_inputs

from .conftest import EXAMPLES


def test_bench_prints_ratio_stage_costs_and_memory(tmp_path: Path, capsys) -> None:
    src = tmp_path / "few.jsonl"
    articles = [a for a in read_inputs([str(EXAMPLES)])]
    src.write_text(
        "".join(json.dumps({"id": a.id, "date": a.date, "text": a.text}) + "\n" for a in articles)
    )
    assert main(["bench", "--input", str(src), "--n", "3", "--repeat", "1"]) == 0
    out = capsys.readouterr().out
    assert "bench: 3 articles" in out
    assert "bare spaCy x1" in out and "dateline x1" in out
    for stage in ("time", "actors", "places", "events"):
        assert f"  {stage}" in out
    assert "peak RSS:" in out


def test_bench_without_input_says_what_is_missing(tmp_path: Path, capsys) -> None:
    assert main(["bench", "--input", str(tmp_path / "none.jsonl")]) == 2
    assert "not found" in capsys.readouterr().err
