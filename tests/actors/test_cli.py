"""`dateline actors NAME|ISO3 --on DATE`: who the actor is on the date and why."""

from __future__ import annotations

from pathlib import Path

import pytest

from dateline.actors.cli import country_code, main
from dateline.actors.knowledge import Fact


def test_country_query_lists_office_holders_on_the_date(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["JPN", "--on", "2021-12-15"]) == 0
    out = capsys.readouterr().out
    assert "Fumio Kishida" in out and "Yoshimasa Hayashi" in out and "office_holders.tsv" in out


def test_name_query_shows_who_and_why(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["Hayashi", "--on", "2021-12-15", "--json"]) == 0
    out = capsys.readouterr().out
    assert '"country": "JPN"' in out and '"in_office_on_date": true' in out


def test_country_names_and_adjectives_are_countries() -> None:
    assert country_code("Japanese") == "JPN"
    assert country_code("usa") == "USA"
    assert country_code("Hayashi") is None


def test_bad_date_is_an_error(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["JPN", "--on", "15/12/2021"]) == 2
    assert "YYYY-MM-DD" in capsys.readouterr().err


def test_unknown_name_says_so(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["Zzyzx Qwerty", "--on", "2021-12-15"]) == 1
    assert "no office-holder row" in capsys.readouterr().err


def test_db_adds_facts_learned_by_earlier_ingests(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    store_module = pytest.importorskip("dateline.store")
    path = tmp_path / "learned.duckdb"
    store = store_module.open_store(path)
    fact = Fact(name="William Ruto", country="KEN", sector="GOV", role="President",
                seen="2023-03-01", source="a1", evidence="Kenyan President William Ruto")  # fmt: skip
    store.add_actor_facts([fact.as_dict()])
    store.close()
    assert main(["KEN", "--on", "2023-03-10", "--db", str(path)]) == 0
    assert "William Ruto" in capsys.readouterr().out


def test_missing_db_is_an_error(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["KEN", "--db", str(tmp_path / "none.duckdb")]) == 2
    assert "none.duckdb" in capsys.readouterr().err
