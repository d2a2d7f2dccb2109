"""The command line: extract, ingest, events, show; exit codes and run summaries."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from dateline.cli import main

from .conftest import EXAMPLES

ARTICLE_FIELDS = {"id", "date", "title", "url", "text", "timexes", "places", "actors", "events"}
EVENT_FIELDS = {
    "id", "type", "mode", "contexts", "cameo", "intensity", "actors", "recipients", "date",
    "status", "certainty", "negated", "hypothetical", "attribution", "location", "evidence",
}  # fmt: skip
SPAN_FIELDS = {
    "timexes": {"start", "end", "text", "type", "value", "mod"},
    "places": {"start", "end", "text", "name", "geonameid", "country", "feature", "lat", "lon"},
    "actors": {"start", "end", "text", "name", "kind", "country", "sector", "role"},
}


def _run(capsys, *argv: str) -> tuple[int, str, str]:
    code = main([str(a) for a in argv])
    out = capsys.readouterr()
    return code, out.out, out.err


@pytest.fixture(scope="module")
def seed_record(seed_path: Path) -> dict:
    from dateline.pipeline import extract
    from dateline.read import read_inputs
    from dateline.records import article_to_dict

    (article,) = list(extract(read_inputs([str(seed_path)])))
    return article_to_dict(article)


def test_extract_writes_every_record_field(seed_record: dict) -> None:
    assert set(seed_record) >= ARTICLE_FIELDS
    for kind, fields in SPAN_FIELDS.items():
        for span in seed_record[kind]:
            assert set(span) >= fields, kind
    assert seed_record["events"], "the seed has events"
    for event in seed_record["events"]:
        assert set(event) >= EVENT_FIELDS


def test_extract_offsets_are_exact(seed_record: dict) -> None:
    text = seed_record["text"]
    spans = [s for kind in SPAN_FIELDS for s in seed_record[kind]]
    spans += [ev for e in seed_record["events"] for ev in e["evidences"]]
    spans += [
        e["evidence"]["trigger"] for e in seed_record["events"] if e["evidence"].get("trigger")
    ]
    assert spans
    for span in spans:
        assert text[span["start"] : span["end"]] == span["text"]


def test_extract_reports_bad_lines_and_keeps_the_rest(tmp_path: Path, capsys) -> None:
    src = tmp_path / "mixed.jsonl"
    good = {
        "id": "g",
        "date": "2021-12-15",
        "text": "Blinken met Hayashi in Liverpool on Saturday.",
    }
    src.write_text(
        json.dumps(good) + "\n{broken\n" + json.dumps(dict(good, id="h", date="2021-02-30")) + "\n"
    )
    code, out, err = _run(capsys, "extract", src, "--out", "-")
    assert code == 1
    assert [json.loads(line)["id"] for line in out.splitlines()] == ["g"]
    assert f"{src}:2: broken JSON" in err
    assert f"{src}:3: invalid date '2021-02-30'" in err
    assert "read 3, written 1, skipped 2" in err


def test_strict_stops_at_first_bad_article(tmp_path: Path, capsys) -> None:
    src = tmp_path / "strict.jsonl"
    good = {"date": "2021-12-15", "text": "Talks were held in Tokyo."}
    src.write_text("{broken\n" + json.dumps(good) + "\n")
    code, out, err = _run(capsys, "extract", src, "--strict", "--out", "-")
    assert code == 1 and out == "" and f"{src}:1: broken JSON" in err


def test_ingest_is_idempotent_and_queryable(tmp_path: Path, capsys) -> None:
    db = tmp_path / "t.duckdb"
    code, _, err = _run(capsys, "ingest", EXAMPLES, "--db", db)
    assert code == 0
    n = len(list(EXAMPLES.glob("*.txt")))
    assert f"read {n}, stored {n}, already present 0, skipped 0" in err
    code, _, err = _run(capsys, "ingest", EXAMPLES, "--db", db)
    assert code == 0 and f"stored 0, already present {n}" in err

    code, out, _ = _run(capsys, "events", "--db", db, "--format", "json")
    events = [json.loads(line) for line in out.splitlines()]
    assert code == 0 and events
    code, out, _ = _run(capsys, "events", "--db", db, "--format", "csv")
    assert out.splitlines()[0].startswith("id,type,date,status")
    code, out, _ = _run(capsys, "show", events[0]["id"], "--db", db)
    assert code == 0 and events[0]["type"] in out and "evidence" in out
    code, _, err = _run(capsys, "show", "nope", "--db", db)
    assert code == 1 and "no event 'nope'" in err


def test_usage_errors_exit_2(tmp_path: Path, capsys) -> None:
    assert _run(capsys, "events", "--since", "yesterday")[0] == 2
    code, _, err = _run(capsys, "events", "--db", tmp_path / "missing.duckdb")
    assert code == 2 and "no such store" in err
    assert (
        _run(
            capsys,
            "events",
            "--since",
            "2022-02-01",
            "--until",
            "2022-01-01",
            "--db",
            tmp_path / "x",
        )[0]
        == 2
    )


def test_dateline_command_reads_stdin() -> None:
    exe = shutil.which("dateline", path=str(Path(sys.executable).parent))
    assert exe, "the dateline command is installed beside the interpreter"
    proc = subprocess.run(
        [exe, "extract", "-", "--quiet"],
        input=b"date 2021-12-15 Antony Blinken met Yoshimasa Hayashi in Liverpool on Saturday.",
        capture_output=True, timeout=120, check=False,
    )  # fmt: skip
    assert proc.returncode == 0, proc.stderr.decode()
    record = json.loads(proc.stdout)
    assert record["id"] == "stdin-2021-12-15" and record["date"] == "2021-12-15"


def test_delegated_verbs_take_their_own_help(capsys) -> None:
    assert main(["actors", "--help"]) == 0
    assert "usage: dateline actors" in capsys.readouterr().out
    assert main(["eval", "events", "-h"]) == 0
    assert "--gold" in capsys.readouterr().out


def test_actors_command_says_who_on_a_date(capsys) -> None:
    code, out, _ = _run(capsys, "actors", "JPN", "--on", "2020-12-15")
    assert code == 0 and "Yoshihide Suga" in out and "Fumio Kishida" not in out
    code, out, _ = _run(capsys, "actors", "JPN", "--on", "2021-12-15")
    assert "Fumio Kishida" in out


def test_ingest_keeps_learned_title_name_pairs(tmp_path: Path, capsys) -> None:
    db = tmp_path / "learn.duckdb"
    src = tmp_path / "a.txt"
    # a minister the shipped table does not hold: only the article can teach who she is
    src.write_text("date 2031-03-02 Estonian Foreign Minister Ana Kovacs met reporters in Paris.")
    assert _run(capsys, "ingest", src, "--db", db)[0] == 0
    from dateline.store import open_store

    store = open_store(db, read_only=True)
    facts = [f for f in store.actor_facts() if f["name"] == "Ana Kovacs"]
    store.close()
    assert facts and facts[0]["role"] == "Foreign Minister" and facts[0]["seen"] == "2031-03-02"
    code, out, _ = _run(capsys, "actors", "Kovacs", "--on", "2031-03-05", "--db", db)
    assert code == 0 and "Foreign Minister" in out and "a-2031-03-02" in out


def test_an_ingest_stopped_by_strict_keeps_what_its_stored_articles_taught(
    tmp_path: Path, capsys
) -> None:
    # --strict stops at the broken second line; the first article, stored in its own batch,
    # taught who she is, and that is saved although its block never ended
    db = tmp_path / "strict.duckdb"
    src = tmp_path / "c.jsonl"
    good = {
        "id": "c1",
        "date": "2031-04-02",
        "text": "Lithuanian Foreign Minister Rasa Vilkaite met reporters in Oslo.",
    }
    src.write_text(json.dumps(good) + "\n{broken\n")
    code = _run(capsys, "ingest", src, "--db", db, "--batch", "1", "--strict")[0]
    assert code != 0
    from dateline.store import open_store

    store = open_store(db, read_only=True)
    facts = [f for f in store.actor_facts() if f["name"] == "Rasa Vilkaite"]
    store.close()
    assert facts and facts[0]["country"] == "LTU"


def test_ingest_keeps_what_the_last_block_taught_with_any_batch_size(
    tmp_path: Path, capsys
) -> None:
    # With --batch 1 the store takes the article before its block is settled: the pair it
    # teaches is saved when the run ends.
    db = tmp_path / "learn1.duckdb"
    src = tmp_path / "b.txt"
    src.write_text("date 2031-03-02 Latvian Defence Minister Ilze Ozola met reporters in Oslo.")
    assert _run(capsys, "ingest", src, "--db", db, "--batch", "1")[0] == 0
    from dateline.store import open_store

    store = open_store(db, read_only=True)
    facts = [f for f in store.actor_facts() if f["name"] == "Ilze Ozola"]
    store.close()
    assert facts and facts[0]["role"] == "Defense Minister" and facts[0]["country"] == "LVA"
