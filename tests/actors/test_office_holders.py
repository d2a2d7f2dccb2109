"""Integrity checks for the shipped office-holder table (actors/data/office_holders.tsv)."""

from __future__ import annotations

import datetime as dt
import re
from collections import defaultdict
from pathlib import Path

import pycountry
import pytest

from dateline.actors.knowledge import IGO_CODES, office_sectors
from dateline.actors.lexicon import lexicon

from .conftest import holder_rows, holders_on

TABLE = (
    Path(__file__).resolve().parents[2]
    / "src"
    / "dateline"
    / "actors"
    / "data"
    / "office_holders.tsv"
)
# Every office in the table must be one roles.tsv names titles for (else no title finds it).
# Offices roles.tsv gives titles for, and those outside the cabinet that offices.tsv gives a sector.
OFFICES = {entry.office for entry in lexicon().roles.values() if entry.office} | set(
    office_sectors()
)
# Offices several people hold at once: vice presidents (Iraq, Syria), members of Congress, commanders.
SHARED_OFFICES = {"vice_president", "senator", "representative", "military_commander"}
G20 = "ARG AUS BRA CAN CHN FRA DEU IND IDN ITA JPN KOR MEX RUS SAU ZAF TUR GBR USA".split()


def _country(code: str) -> bool:
    return code in IGO_CODES or pycountry.countries.get(alpha_3=code) is not None


PERIOD_START = dt.date(2000, 1, 1)
DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")

Row = dict[str, str]


def _table() -> tuple[list[str], tuple[Row, ...]]:
    """The header comment lines and the data rows."""
    lines = TABLE.read_text(encoding="utf-8").splitlines()
    return [line for line in lines if line.startswith("#")], holder_rows()


def _date(text: str) -> dt.date | None:
    return dt.date.fromisoformat(text) if text else None


def test_comment_header_comes_first_and_cites_sources() -> None:
    lines = TABLE.read_text(encoding="utf-8").splitlines()
    assert lines[0].startswith("#")
    comments, _ = _table()
    text = " ".join(comments)
    assert "Wikipedia" in text and "compile date" in text


def test_every_row_is_well_formed() -> None:
    for row in _table()[1]:
        assert _country(row["country"]), row
        assert row["office"] in OFFICES, row
        assert row["title"] and row["name"] and row["source"], row
        assert row["name"] == row["name"].strip(), row
        assert DATE.match(row["start"]), row
        assert row["end"] == "" or DATE.match(row["end"]), row
        start, end = _date(row["start"]), _date(row["end"])
        assert end is None or start <= end, row
        assert end is None or end >= PERIOD_START, row
        aliases = row["aliases"].split("|") if row["aliases"] else []
        assert all(alias.strip() == alias and alias for alias in aliases), row
        assert row["name"] not in aliases, row


def test_no_overlapping_holders_except_on_hand_over_days() -> None:
    spans: dict[tuple[str, str], list[tuple[dt.date, dt.date, str]]] = defaultdict(list)
    for row in _table()[1]:
        if row["office"] in SHARED_OFFICES:
            continue  # several at once: tests/actors/test_vice_presidents.py and
            # tests/actors/test_offices_beyond_cabinet.py
        end = _date(row["end"]) or dt.date.max
        spans[row["country"], row["office"]].append((_date(row["start"]), end, row["name"]))
    for key, items in spans.items():
        items.sort()
        for (_, end, name), (start, _, successor) in zip(items, items[1:], strict=False):
            assert end <= start, f"{key}: {name} overlaps {successor}"
        assert sum(end == dt.date.max for _, end, _ in items) <= 1, f"{key}: two open holders"


def test_every_country_has_its_offices_covered() -> None:
    offices = defaultdict(set)
    for row in _table()[1]:
        offices[row["country"]].add(row["office"])
    for country in G20:
        assert {"head_of_state", "foreign_minister", "defence_minister"} <= offices[country], (
            country
        )
    # Offices outside the cabinet (the ECB, NATO's commanders) come on top of the executive's.
    beyond = set(office_sectors())
    assert offices["EU"] - beyond == {"head_of_state", "head_of_government", "foreign_minister"}
    assert offices["AU"] == {"head_of_government"}
    for igo in ("UN", "NATO", "AL"):
        assert offices[igo] - beyond == {"head_of_government"}, igo


@pytest.mark.parametrize(
    ("country", "office", "day", "name"),
    [
        ("JPN", "head_of_government", "2021-12-15", "Fumio Kishida"),
        ("JPN", "head_of_government", "2020-12-15", "Yoshihide Suga"),
        ("JPN", "foreign_minister", "2021-12-15", "Yoshimasa Hayashi"),
        ("JPN", "defence_minister", "2021-12-15", "Nobuo Kishi"),
        ("USA", "foreign_minister", "2021-12-15", "Antony Blinken"),
        ("USA", "defence_minister", "2021-12-15", "Lloyd Austin"),
        ("USA", "head_of_state", "2000-01-01", "Bill Clinton"),
        ("USA", "head_of_state", "2025-06-01", "Donald Trump"),
        ("GBR", "head_of_government", "2024-07-05", "Keir Starmer"),
        ("GBR", "head_of_state", "2023-01-01", "Charles III"),
        ("CAN", "head_of_state", "2010-01-01", "Elizabeth II"),
        ("DEU", "head_of_government", "2025-06-01", "Friedrich Merz"),
        ("RUS", "head_of_state", "2000-01-01", "Vladimir Putin"),
        ("CHN", "foreign_minister", "2023-03-01", "Qin Gang"),
        ("TUR", "head_of_state", "2020-01-01", "Recep Tayyip Erdogan"),
        ("SAU", "defence_minister", "2016-01-01", "Mohammed bin Salman"),
        ("EU", "head_of_government", "2020-01-01", "Ursula von der Leyen"),
    ],
)
def test_known_spot_facts(country: str, office: str, day: str, name: str) -> None:
    assert holders_on(country, office, day) == {name}


def test_usa_has_no_separate_head_of_government() -> None:
    assert not any(
        (row["country"], row["office"]) == ("USA", "head_of_government") for row in _table()[1]
    )
