"""Reading inputs: every accepted form, and every kind of bad input named by file and line."""

from __future__ import annotations

import gzip
import io
import json
from pathlib import Path

from dateline.read import MAX_ARTICLE_BYTES, Skip, article_id, read_inputs

GOOD = {"id": "a1", "date": "2021-12-15", "text": "Blinken met Hayashi in Liverpool."}


def _jsonl(tmp_path: Path, lines: list[str], name: str = "in.jsonl") -> Path:
    path = tmp_path / name
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def _read(*inputs: object, stdin: bytes | None = None) -> list:
    return list(read_inputs([str(i) for i in inputs], stdin=io.BytesIO(stdin) if stdin else None))


def test_text_form_keeps_text_after_date_exactly(seed_path: Path) -> None:
    (article,) = _read(seed_path)
    assert article.id == "seed-2021-12-15"
    assert article.date == "2021-12-15"
    assert article.text.startswith("Japan is preparing for Foreign Minister")
    assert article.text[304:313] == "January 7"


def test_jsonl_fields_and_origin(tmp_path: Path) -> None:
    record = dict(GOOD, title="T", url="https://example.org/a")
    (article,) = _read(_jsonl(tmp_path, [json.dumps(record)]))
    assert (article.id, article.title, article.url) == ("a1", "T", "https://example.org/a")
    assert article.origin.endswith("in.jsonl:1")


def test_missing_id_is_a_hash_of_date_and_text(tmp_path: Path) -> None:
    record = {k: v for k, v in GOOD.items() if k != "id"}
    (article,) = _read(_jsonl(tmp_path, [json.dumps(record)]))
    assert article.id == article_id(GOOD["date"], GOOD["text"])


def test_gzip_folder_and_stdin(tmp_path: Path) -> None:
    folder = tmp_path / "news"
    folder.mkdir()
    with gzip.open(folder / "a.jsonl.gz", "wt", encoding="utf-8") as f:
        f.write(json.dumps(GOOD) + "\n")
    (folder / "b.txt").write_text("date 2022-01-07 Talks were held in Washington.")
    ids = [a.id for a in _read(folder)]
    assert ids == ["a1", "b-2022-01-07"]
    (from_stdin,) = _read("-", stdin=b"date 2022-01-07 Talks were held.")
    assert from_stdin.text == "Talks were held."


def _reasons(items: list) -> list[str]:
    return [str(i) for i in items if isinstance(i, Skip)]


def test_each_bad_line_is_named_and_the_rest_is_kept(tmp_path: Path) -> None:
    lines = [
        json.dumps(GOOD),
        json.dumps(dict(GOOD, id="a2", date="2021-13-01")),
        json.dumps(dict(GOOD, id="a3", date=None)),
        json.dumps(dict(GOOD, id="a4", text="   ")),
        '{"id": "a5", "date": "2021-12-15", "text": "cut off',
        json.dumps(dict(GOOD, text="Another text under the same id.")),
        json.dumps(dict(GOOD, id="a7", text="x" * (MAX_ARTICLE_BYTES + 1))),
        json.dumps(dict(GOOD, id="a8", date="15/12/2021")),
        json.dumps(dict(GOOD, id="a9")),
    ]
    items = _read(_jsonl(tmp_path, lines))
    assert [a.id for a in items if not isinstance(a, Skip)] == ["a1", "a9"]
    reasons = _reasons(items)
    assert len(reasons) == 7
    assert reasons[0].endswith("in.jsonl:2: invalid date '2021-13-01' (no such day)")
    assert reasons[1].endswith("in.jsonl:3: missing date")
    assert reasons[2].endswith("in.jsonl:4: empty text")
    assert "in.jsonl:5: broken JSON" in reasons[3]
    assert "in.jsonl:6: duplicate id 'a1' with different text" in reasons[4]
    assert "in.jsonl:7: article is 1,000,001 bytes, over the" in reasons[5]
    assert "in.jsonl:8: invalid date '15/12/2021'" in reasons[6]


def test_undecodable_bytes_skip_only_that_line(tmp_path: Path) -> None:
    path = tmp_path / "bytes.jsonl"
    bad = b'{"id": "b", "date": "2021-12-15", "text": "caf\xe9"}'
    path.write_bytes(json.dumps(GOOD).encode() + b"\n" + bad + b"\n")
    items = _read(path)
    assert not isinstance(items[0], Skip)
    assert str(items[1]).endswith("bytes.jsonl:2: undecodable bytes at byte 46 (not UTF-8)")


def test_same_article_twice_is_a_repeat_not_an_error(tmp_path: Path) -> None:
    items = _read(_jsonl(tmp_path, [json.dumps(GOOD), json.dumps(GOOD)]))
    assert items[1].kind == "repeat"


def test_text_file_without_date_line_is_rejected(tmp_path: Path) -> None:
    path = tmp_path / "nodate.txt"
    path.write_text("Blinken met Hayashi.")
    (skip,) = _read(path)
    assert str(skip).endswith("nodate.txt:1: not in the form 'date YYYY-MM-DD <text>'")


def test_missing_input_is_reported(tmp_path: Path) -> None:
    (skip,) = _read(tmp_path / "nothing.jsonl")
    assert "no such file or folder" in str(skip)
