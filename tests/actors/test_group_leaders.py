"""Leaders of armed groups and movements (data/group_leaders.tsv): a leader named alone is the
group's, with its country (none for a transnational group) and sector, on the article's date."""

from __future__ import annotations

import re
from collections import defaultdict
from pathlib import Path

import pytest

from dateline.actors.knowledge import GROUP_LEADERS, TABLE, KnowledgeBase
from dateline.actors.lexicon import lexicon, read_tsv

from .conftest import actors_of, by_text

DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


@pytest.fixture(scope="module")
def kb() -> KnowledgeBase:
    kb = KnowledgeBase.from_table(TABLE)
    kb.add_group_leaders()
    return kb


def test_every_row_names_a_known_group_and_a_dated_term() -> None:
    rows = list(read_tsv(GROUP_LEADERS))
    assert len(rows) >= 50
    orgs = lexicon().orgs
    terms: dict[tuple[str, str], list[tuple[str, str, str]]] = defaultdict(list)
    for row in rows:
        assert row["group"] in orgs, row
        assert row["title"] and row["name"] == row["name"].strip(), row
        assert row["source"].startswith("Wikipedia: "), row
        assert DATE.match(row["start"]) and (not row["end"] or DATE.match(row["end"])), row
        assert not row["end"] or row["start"] < row["end"], row
        aliases = row["aliases"].split("|") if row["aliases"] else []
        assert row["name"] not in aliases and all(a.strip() == a and a for a in aliases), row
        terms[orgs[row["group"]].name, row["title"]].append(
            (row["start"], row["end"] or "9999", row["name"])
        )
    for key, items in terms.items():  # one leader of a group under one title at a time
        items.sort()
        for (_, end, name), (start, _, successor) in zip(items, items[1:], strict=False):
            assert end <= start, f"{key}: {name} overlaps {successor}"


def test_a_transnational_leader_has_no_country(kb: KnowledgeBase) -> None:
    text = "Osama bin Laden praised the attacks. Bin Laden also urged Muslims to fight."
    actors = actors_of(text, kb, "2009-05-03")
    for mention in ("Osama bin Laden", "Bin Laden"):
        leader = by_text(actors, mention)
        assert (leader.name, leader.country, leader.sector) == ("Osama bin Laden", None, "IMG")
    assert by_text(actors, "Bin Laden").role == "al-Qaeda leader"


def test_the_country_of_those_who_killed_him_is_not_his(kb: KnowledgeBase) -> None:
    actors = actors_of("Osama bin Laden was killed by US forces.", kb, "2011-05-03")
    leader = by_text(actors, "Osama bin Laden")
    assert (leader.country, leader.sector, leader.role) == (None, "IMG", "former al-Qaeda leader")


def test_a_national_groups_leader_takes_the_groups_country(kb: KnowledgeBase) -> None:
    nasrallah = by_text(
        actors_of("Nasrallah said Hezbollah would keep fighting.", kb, "2006-07-20"), "Nasrallah"
    )
    assert (nasrallah.name, nasrallah.country, nasrallah.sector) == (
        "Hassan Nasrallah",
        "LBN",
        "REB",
    )
    omar = by_text(
        actors_of("Mullah Omar urged fighters to go on.", kb, "2012-03-02"), "Mullah Omar"
    )
    assert (omar.country, omar.sector, omar.role) == ("AFG", "REB", "Taliban leader")


def test_the_term_is_read_on_the_articles_date(kb: KnowledgeBase) -> None:
    # Haniyeh led Hamas from 2017; in 2006 he was the Palestinian Authority's prime minister
    text = "Ismail Haniyeh condemned the killing."
    assert by_text(actors_of(text, kb, "2019-03-01"), "Ismail Haniyeh").role == "Hamas leader"
    assert by_text(actors_of(text, kb, "2006-06-01"), "Ismail Haniyeh").sector == "GOV"


def test_a_row_naming_an_unknown_group_is_an_error(tmp_path: Path) -> None:
    bad = tmp_path / "leaders.tsv"
    bad.write_text(
        "group\ttitle\tname\taliases\tstart\tend\tsource\n"
        "Nowhere Front\tleader\tA Person\t\t2001-01-01\t\tWikipedia: A\n",
        encoding="utf-8",
    )
    with pytest.raises(ValueError, match=r"leaders.tsv: row 2: unknown group 'Nowhere Front'"):
        KnowledgeBase().add_group_leaders(bad)


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("The Mehsud tribe handed over three militants.", "2012-03-20"),
        ("Kony 2012, a viral video, drew criticism.", "2012-03-20"),
        ("Cano said the company would expand.", "2010-06-01"),
        ("Mohammed Omar, the Afghan finance minister, met IMF officials.", "2012-03-20"),
    ],
)
def test_a_surname_or_a_common_name_is_not_a_leaders(
    kb: KnowledgeBase, text: str, date: str
) -> None:
    roles = [a.role or "" for a in actors_of(text, kb, date)]
    assert not any("leader" in role for role in roles), roles
