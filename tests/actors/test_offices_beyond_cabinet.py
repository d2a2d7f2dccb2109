"""Offices outside the cabinet: legislators, commanders and central bankers keep their own sector."""

from __future__ import annotations

import pytest

from dateline.actors.knowledge import TABLE, KnowledgeBase, bare_surnames, office_sectors

from .conftest import actor_named, actors_of, holder_rows, holders_on


@pytest.fixture(scope="module")
def real_kb() -> KnowledgeBase:
    """A fresh knowledge base from the shipped table (the pipeline's default one learns)."""
    return KnowledgeBase.from_table(TABLE)


# --- the data ---------------------------------------------------------------------------------


def test_every_office_in_the_table_has_a_known_sector() -> None:
    sectors = office_sectors()
    assert sectors["senator"] == "LEG" and sectors["speaker"] == "LEG"
    assert sectors["joint_chiefs_chairman"] == "MIL"
    assert sectors["central_bank_governor"] == "GOV"
    offices = {r["office"] for r in holder_rows()}
    assert set(sectors) <= offices, set(sectors) - offices  # no sector for an office no row has


@pytest.mark.parametrize(
    ("office", "first", "last"),
    [
        ("speaker", "Dennis Hastert", "Mike Johnson"),
        ("joint_chiefs_chairman", "Hugh Shelton", "Dan Caine"),
        ("senate_majority_leader", "Trent Lott", "John Thune"),
    ],
)
def test_us_offices_run_from_before_2000_to_an_open_end(office: str, first: str, last: str) -> None:
    rows = sorted((r["start"], r["end"], r["name"]) for r in holder_rows() if r["office"] == office)
    assert rows[0][2] == first and rows[0][0] <= "2000-01-01"
    assert rows[-1][2] == last and rows[-1][1] == ""
    for (_, end, _), (start, _, _) in zip(rows, rows[1:], strict=False):
        assert end <= start  # one holder at a time; a gap is a real vacancy


def test_holders_on_dates() -> None:
    assert holders_on("USA", "speaker", "2009-06-01") == {"Nancy Pelosi"}
    assert holders_on("USA", "speaker", "2012-06-01") == {"John Boehner"}
    assert holders_on("USA", "joint_chiefs_chairman", "2011-03-20") == {"Mike Mullen"}
    assert holders_on("EU", "central_bank_governor", "2010-05-06") == {"Jean-Claude Trichet"}
    assert holders_on("GBR", "central_bank_governor", "2010-05-06") == {"Mervyn King"}
    assert "John McCain" in holders_on("USA", "senator", "2011-03-20")
    assert "John McCain" not in holders_on("USA", "senator", "2019-01-01")


def test_common_words_ending_new_holders_names_do_not_resolve_alone() -> None:
    for name in ("Lindsey Graham", "Thad Allen", "Mervyn King", "Carter Ham", "Barney Frank"):
        alone, blocked = bare_surnames(name)
        assert not alone and blocked, name
    assert bare_surnames("Harry Reid")[0] == {"Reid"}
    assert bare_surnames("Gordon Brown")[0] == {"Brown"}
    assert not bare_surnames("Charles Q. Brown Jr.")[0]


# --- the stage --------------------------------------------------------------------------------


def test_senator_in_a_libya_story_is_american_legislator(real_kb: KnowledgeBase) -> None:
    text = "Senator John McCain met rebel leaders in Benghazi, Libya, on Friday. McCain urged aid."
    for mention in ("Senator John McCain", "McCain"):
        actor = actor_named(real_kb, text, "2011-04-22", mention)
        assert (actor.name, actor.country, actor.sector) == ("John McCain", "USA", "LEG")


def test_bare_surname_of_a_senator_gives_the_office_title(real_kb: KnowledgeBase) -> None:
    text = "Lieberman said Britain should act in Libya."
    actor = actor_named(real_kb, text, "2011-03-10", "Lieberman")
    assert (actor.country, actor.sector, actor.role) == ("USA", "LEG", "Senator")
    # Out of office: a former senator, no longer a legislator.
    later = actor_named(real_kb, text, "2014-03-10", "Lieberman")
    assert later.role == "former Senator" and later.sector != "LEG"


def test_speaker_is_a_legislator_only_in_the_speakership(real_kb: KnowledgeBase) -> None:
    text = "Pelosi criticised the bank rescue in Washington."
    assert actor_named(real_kb, text, "2008-09-24", "Pelosi").role == "Speaker of the House"
    later = actor_named(real_kb, text, "2012-09-24", "Pelosi")
    assert (later.country, later.sector, later.role) == ("USA", "LEG", "Representative")
    # The table's own ranking agrees: the Speaker, not the member, while she holds the chair.
    assert real_kb.lookup_name("Pelosi", "2008-09-19")[0].role == "Speaker of the House"
    assert real_kb.lookup_name("Reid", "2010-06-13")[0].role == "Senate Majority Leader"
    assert real_kb.lookup_name("Reid", "2016-06-13")[0].role == "Senator"


def test_admiral_in_a_libya_story_is_an_american_commander(real_kb: KnowledgeBase) -> None:
    text = "Admiral Mike Mullen said the strikes on Libya had grounded Gaddafi's air force."
    actor = actor_named(real_kb, text, "2011-03-20", "Admiral Mike Mullen")
    assert (actor.country, actor.sector) == ("USA", "MIL")
    bare = actor_named(real_kb, "Mullen said Libya was a threat.", "2011-03-20", "Mullen")
    assert (bare.country, bare.sector, bare.role) == (
        "USA", "MIL", "Chairman of the Joint Chiefs of Staff"
    )  # fmt: skip
    # Before his term the bare surname names no one in the table: not the chairman.
    before = actors_of("Mullen said Libya was a threat.", real_kb, "2005-03-20")
    assert all(a.role != "Chairman of the Joint Chiefs of Staff" for a in before)


def test_oil_spill_commander_is_american_not_british(real_kb: KnowledgeBase) -> None:
    text = "Admiral Thad Allen said BP must pay for the clean-up in London's view."
    actor = actor_named(real_kb, text, "2010-06-10", "Admiral Thad Allen")
    assert (actor.country, actor.sector) == ("USA", "MIL")


def test_allen_alone_is_not_the_admiral_without_his_full_name(real_kb: KnowledgeBase) -> None:
    actors = actors_of("Allen said the Amnesty report on Iraq was damning.", real_kb, "2010-06-10")
    assert all(a.name != "Thad Allen" for a in actors)


def test_nato_commander_is_coded_igo(real_kb: KnowledgeBase) -> None:
    text = "Charles Bouchard said NATO jets struck tanks near Misrata in Libya."
    actor = actor_named(real_kb, text, "2011-05-10", "Charles Bouchard")
    assert (actor.country, actor.sector) == (None, "IGO")


def test_ecb_president_is_not_the_sentences_country(real_kb: KnowledgeBase) -> None:
    text = "Trichet said in Washington that Greece must cut its deficit."
    actor = actor_named(real_kb, text, "2010-05-06", "Trichet")
    assert (actor.country, actor.sector) == (None, "IGO")
    assert actor.role == "President of the European Central Bank"


def test_fed_chairman_is_american_government(real_kb: KnowledgeBase) -> None:
    text = "Bernanke told bankers in London that rates would stay low."
    actor = actor_named(real_kb, text, "2009-03-25", "Bernanke")
    assert (actor.country, actor.sector, actor.role) == ("USA", "GOV", "Federal Reserve Chairman")
    # Greenspan chaired the Fed until 2006-02: a year later he is a former chairman.
    old = actor_named(
        real_kb, "Greenspan told bankers in London to worry.", "2007-03-25", "Greenspan"
    )
    assert (old.country, old.role) == ("USA", "former Federal Reserve Chairman")


def test_petraeus_holds_each_post_in_its_time(real_kb: KnowledgeBase) -> None:
    text = "Petraeus said the fighting in Kandahar would go on."
    in_afghanistan = actor_named(real_kb, text, "2010-09-01", "Petraeus")
    assert (in_afghanistan.country, in_afghanistan.sector) == ("USA", "MIL")
    assert in_afghanistan.role == "Commander, ISAF"
    at_cia = actor_named(real_kb, text, "2012-03-01", "Petraeus")
    assert (at_cia.sector, at_cia.role) == ("SPY", "CIA Director")


def test_reid_alone_is_the_senate_leader_not_britains_home_secretary(
    real_kb: KnowledgeBase,
) -> None:
    # John Reid was Home Secretary until 2007-06; "Reid" in the news of the time is Harry Reid.
    actor = actor_named(
        real_kb, "Reid said the Senate would vote on Tuesday.", "2007-01-10", "Reid"
    )
    assert (actor.name, actor.country, actor.sector) == ("Harry Reid", "USA", "LEG")


def test_a_namesake_named_in_full_takes_the_surname(real_kb: KnowledgeBase) -> None:
    text = "Dr. Jay Lieberman, a doctor in Boston, said the tests were ready. Lieberman said more."
    actor = actor_named(real_kb, text, "2011-03-10", "Lieberman")
    assert actor.name != "Joe Lieberman" and actor.sector != "LEG"
    # A leader in office keeps the surname though the article names a relative in full.
    text = "Michelle Obama visited a school in Chicago. Obama said the oil spill was a disaster."
    leader = actor_named(real_kb, text, "2010-06-10", "Obama")
    assert (leader.name, leader.country) == ("Barack Obama", "USA")


def test_offices_outside_the_cabinet_have_one_holder_or_none(real_kb: KnowledgeBase) -> None:
    assert real_kb.holder("USA", "speaker", "2011-03-20").name == "John Boehner"
    assert real_kb.holder("USA", "joint_chiefs_chairman", "2011-03-20").name == "Mike Mullen"
    assert real_kb.holder("GBR", "central_bank_governor", "2011-03-20").name == "Mervyn King"
    assert real_kb.holder("USA", "speaker", "2023-10-10") is None  # the chair was vacant
    assert real_kb.holder("USA", "senator", "2011-03-20") is None  # a hundred at once
