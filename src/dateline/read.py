"""Reading articles: input files and folders in, a stream of Articles and Skips out.

Accepted: JSON Lines (``id``, ``date``, ``text``, optional ``title``, ``url``; ``.gz`` too),
text files in the form ``date YYYY-MM-DD <text>``, folders of them, and ``-`` for stdin.
Every rejected article becomes a :class:`Skip` naming file, line and reason; nothing
else in the input is lost.
"""

from __future__ import annotations

import datetime as dt
import gzip
import hashlib
import io
import json
import re
import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import IO

from .records import Article

__all__ = ["MAX_ARTICLE_BYTES", "Skip", "article_id", "read_inputs"]

MAX_ARTICLE_BYTES = 1_000_000
_TEXT_FORM = re.compile(r"\A\s*date\s+(\S+)\s+", re.IGNORECASE)
_ISO_DATE = re.compile(r"\A\d{4}-\d{2}-\d{2}\Z")
_SUFFIXES = (".jsonl", ".jsonl.gz", ".json", ".ndjson", ".txt")


@dataclass(frozen=True, slots=True)
class Skip:
    """An input article that was not read, and why."""

    origin: str  # "file:line"
    reason: str
    # "error" for bad input; "repeat" for an article read twice with the same text
    kind: str = "error"

    def __str__(self) -> str:
        return f"{self.origin}: {self.reason}"


class _Rejected(ValueError):
    pass


def article_id(date: str, text: str) -> str:
    """Identity of an article without an id: a hash of its date and text."""
    return hashlib.sha1(f"{date}\n{text}".encode()).hexdigest()[:16]


def text_hash(text: str) -> str:
    return hashlib.sha1(text.encode()).hexdigest()


def _check_date(value: object) -> str:
    if value is None or value == "":
        raise _Rejected("missing date")
    if not isinstance(value, str) or not _ISO_DATE.match(value):
        raise _Rejected(f"invalid date {value!r} (expected YYYY-MM-DD)")
    try:
        dt.date.fromisoformat(value)
    except ValueError:
        raise _Rejected(f"invalid date {value!r} (no such day)") from None
    return value


def _check_text(value: object) -> str:
    if not isinstance(value, str):
        raise _Rejected("missing text" if value is None else "text is not a string")
    if not value.strip():
        raise _Rejected("empty text")
    size = len(value.encode("utf-8", "surrogatepass"))
    if size > MAX_ARTICLE_BYTES:
        raise _Rejected(f"article is {size:,} bytes, over the {MAX_ARTICLE_BYTES:,}-byte limit")
    return value


def _optional_str(record: dict, key: str) -> str | None:
    value = record.get(key)
    if value is None or isinstance(value, str):
        return value or None
    raise _Rejected(f"{key} is not a string")


def _from_json(line: str, origin: str) -> Article:
    try:
        record = json.loads(line)
    except json.JSONDecodeError as exc:
        raise _Rejected(f"broken JSON: {exc.msg} at column {exc.colno}") from None
    if not isinstance(record, dict):
        raise _Rejected("JSON line is not an object")
    date = _check_date(record.get("date"))
    text = _check_text(record.get("text"))
    raw_id = record.get("id")
    if raw_id is not None and not isinstance(raw_id, str | int):
        raise _Rejected("id is not a string")
    return Article(
        id=str(raw_id) if raw_id not in (None, "") else article_id(date, text),
        date=date,
        text=text,
        title=_optional_str(record, "title"),
        url=_optional_str(record, "url"),
        origin=origin,
    )


def _from_text_form(content: str, stem: str, origin: str) -> Article:
    match = _TEXT_FORM.match(content)
    if match is None:
        raise _Rejected("not in the form 'date YYYY-MM-DD <text>'")
    date = _check_date(match.group(1))
    text = _check_text(content[match.end() :])
    return Article(id=f"{stem}-{date}", date=date, text=text, origin=origin)


def _decode(raw: bytes) -> str:
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise _Rejected(f"undecodable bytes at byte {exc.start} (not UTF-8)") from None


def _read_jsonl(stream: IO[bytes], name: str) -> Iterator[Article | Skip]:
    for number, raw in enumerate(stream, start=1):
        if not raw.strip():
            continue
        try:
            if len(raw) > MAX_ARTICLE_BYTES * 6 + 4096:  # escaped text: bound the parse
                raise _Rejected(f"line is {len(raw):,} bytes, over the article size limit")
            article = _from_json(_decode(raw), f"{name}:{number}")
        except _Rejected as exc:
            yield Skip(f"{name}:{number}", str(exc))
            continue
        yield article


def _read_text(raw: bytes, name: str, stem: str) -> Iterator[Article | Skip]:
    try:
        article = _from_text_form(_decode(raw), stem, f"{name}:1")
    except _Rejected as exc:
        yield Skip(f"{name}:1", str(exc))
        return
    yield article


def _looks_like_jsonl(head: bytes) -> bool:
    return head.lstrip()[:1] == b"{"


def _read_path(path: Path) -> Iterator[Article | Skip]:
    name = str(path)
    if path.name.endswith(".gz"):
        with gzip.open(path, "rb") as stream:
            yield from _read_jsonl(stream, name)
        return
    with path.open("rb") as stream:
        head = stream.read(4096)
        stream.seek(0)
        if path.suffix in (".jsonl", ".ndjson", ".json") or _looks_like_jsonl(head):
            yield from _read_jsonl(stream, name)
        else:
            yield from _read_text(stream.read(), name, path.stem)


def _files_in(folder: Path) -> list[Path]:
    return sorted(
        p
        for p in folder.rglob("*")
        if p.is_file() and not p.name.startswith(".") and p.name.endswith(_SUFFIXES)
    )


def _read_stdin(stdin: IO[bytes]) -> Iterator[Article | Skip]:
    data = stdin.read()
    if _looks_like_jsonl(data[:4096]):
        yield from _read_jsonl(io.BytesIO(data), "<stdin>")
    else:
        yield from _read_text(data, "<stdin>", "stdin")


def _raw_items(inputs: Iterable[str], stdin: IO[bytes] | None) -> Iterator[Article | Skip]:
    for item in inputs:
        if item == "-":
            yield from _read_stdin(stdin or sys.stdin.buffer)
            continue
        path = Path(item)
        if path.is_dir():
            files = _files_in(path)
            if not files:
                yield Skip(f"{item}:0", "folder holds no .txt or .jsonl files")
            for file in files:
                yield from _read_path(file)
        elif path.is_file():
            yield from _read_path(path)
        else:
            yield Skip(f"{item}:0", "no such file or folder")


def read_inputs(
    inputs: Iterable[str], *, stdin: IO[bytes] | None = None
) -> Iterator[Article | Skip]:
    """Articles in input order; each rejected one as a Skip with file, line and reason.

    An id read twice with the same text is a ``repeat`` (not an error); an id read twice
    with different text is an error on the later line.
    """
    seen: dict[str, tuple[str, str]] = {}  # id -> (text hash, origin)
    for item in _raw_items(inputs, stdin):
        if isinstance(item, Skip):
            yield item
            continue
        digest = text_hash(item.text)
        first = seen.get(item.id)
        if first is None:
            seen[item.id] = (digest, item.origin or "?")
            yield item
        elif first[0] == digest:
            yield Skip(item.origin or "?", f"article {item.id!r} repeats {first[1]}", "repeat")
        else:
            yield Skip(
                item.origin or "?",
                f"duplicate id {item.id!r} with different text (first at {first[1]})",
            )
