"""The knowledge base: dated office holders, learning from articles, conflicts by sources and date."""

from __future__ import annotations

from dateline.actors.knowledge import TABLE, Fact, KnowledgeBase, default_kb, office_of

from .conftest import FIXTURE_TABLE, Analyse, by_text


def test_holder_depends_on_the_date(kb: KnowledgeBase) -> None:
    assert kb.holder("JPN", "head_of_government", "2021-12-15").name == "Fumio Kishida"
    assert kb.holder("JPN", "Prime Minister", "2020-12-15").name == "Yoshihide Suga"
    assert kb.holder("JPN", "head_of_government", "2019-01-01") is None


def test_office_of_roles_in_news_forms() -> None:
    assert office_of("Secretary of State") == "foreign_minister"
    assert office_of("Defence Secretary") == "defence_minister"
    assert office_of("FM") == "foreign_minister"
    assert office_of("Interior Minister") == "interior_minister"
    assert office_of("Attorney General") == "justice_minister"
    assert office_of("Trade Minister") is None


def test_lookup_surname_and_alias(kb: KnowledgeBase) -> None:
    assert kb.lookup_name("Hayashi", "2021-12-15")[0].country == "JPN"
    assert kb.lookup_name("Tony Blinken", "2021-12-15")[0].name == "Antony Blinken"


def test_role_without_name_resolves_on_the_article_date(analyse: Analyse) -> None:
    text = "Japan's prime minister will visit Canberra."
    assert (
        by_text(analyse(text, date="2021-12-15"), "Japan's prime minister").name == "Fumio Kishida"
    )
    assert (
        by_text(analyse(text, date="2020-12-15"), "Japan's prime minister").name == "Yoshihide Suga"
    )


def test_learned_title_name_pair_resolves_a_later_article(
    kb: KnowledgeBase, analyse: Analyse
) -> None:
    analyse("Kenyan President William Ruto opened the summit.", date="2023-03-01", doc_id="a1")
    learned = [f for f in kb.learned() if f.name == "William Ruto"]
    assert learned and (learned[0].country, learned[0].role, learned[0].source) == (
        "KEN",
        "President",
        "a1",
    )
    later = analyse(
        "President Ruto flew to Addis Ababa after Kenya's president spoke.",
        date="2023-03-20",
        doc_id="a2",
    )
    ruto = by_text(later, "President Ruto")
    assert (ruto.name, ruto.country, ruto.role) == ("William Ruto", "KEN", "President")
    assert by_text(later, "Kenya's president").name == "William Ruto"
    holder = kb.holder("KEN", "head_of_state", "2023-03-10")
    assert holder is not None and holder.name == "William Ruto"


def test_former_holders_are_not_learned(kb: KnowledgeBase, analyse: Analyse) -> None:
    analyse("Former Kenyan President Uhuru Kenyatta mediated the talks.", date="2023-03-01")
    assert not [f for f in kb.learned() if f.name == "Uhuru Kenyatta"]


def test_conflict_goes_to_the_name_with_more_sources() -> None:
    kb = KnowledgeBase()
    for source in ("a1", "a2"):
        kb.learn(
            Fact(
                name="Ann Smith",
                country="XYZ",
                sector="GOV",
                role="Prime Minister",
                seen="2020-05-01",
                source=source,
            )
        )
    kb.learn(
        Fact(
            name="Bob Jones",
            country="XYZ",
            sector="GOV",
            role="Prime Minister",
            seen="2020-05-02",
            source="a3",
        )
    )
    assert kb.holder("XYZ", "head_of_government", "2020-05-03").name == "Ann Smith"
    # Far from the evidence nobody is vouched for.
    assert kb.holder("XYZ", "head_of_government", "2021-05-03") is None


def test_table_row_beats_a_single_article_on_its_dates(kb: KnowledgeBase) -> None:
    kb.learn(
        Fact(
            name="Taro Kono",
            country="JPN",
            sector="GOV",
            role="Prime Minister",
            seen="2021-12-15",
            source="x",
        )
    )
    assert kb.holder("JPN", "head_of_government", "2021-12-15").name == "Fumio Kishida"


def test_drain_learned_hands_each_fact_out_once(kb: KnowledgeBase) -> None:
    kb.learn(
        Fact(
            name="A B", country="FRA", sector="GOV", role="President", seen="2020-01-01", source="s"
        )
    )
    first = kb.drain_learned()
    assert [f["name"] for f in first] == ["A B"] and kb.drain_learned() == []
    again = KnowledgeBase.from_table(FIXTURE_TABLE)
    again.add(first)  # facts loaded from the store are not handed back to it
    assert again.drain_learned() == [] and [f.name for f in again.learned()] == ["A B"]


def test_default_kb_reads_the_shipped_table() -> None:
    kb = default_kb()
    assert TABLE.exists()
    assert any(f.source == TABLE.name for f in kb.facts())


def test_known_office_fills_a_role_the_text_leaves_out(analyse: Analyse) -> None:
    putin = by_text(
        analyse("He spoke to his Russian counterpart Vladimir Putin."),
        "Russian counterpart Vladimir Putin",
    )
    assert (putin.country, putin.role) == ("RUS", "President")


def test_full_name_never_matches_a_namesake_by_surname(kb: KnowledgeBase) -> None:
    assert kb.lookup_name("Walker Blinken", "2021-12-15") == []
    assert kb.lookup_name("Antony Blinken", "2021-12-15")[0].country == "USA"


def test_bare_surname_needs_someone_in_office(analyse: Analyse) -> None:
    # Suga left office in 2021: in 2024 a "Suga" is not Japan's former prime minister by default.
    suga = [
        a for a in analyse("Suga said the deal was fair.", date="2024-12-01") if a.text == "Suga"
    ]
    assert all(a.country is None for a in suga)


def test_office_holder_named_by_surname_alone(analyse: Analyse) -> None:
    actors = analyse("Blinken said the talks with Tokyo went well.", date="2022-01-10")
    blinken = by_text(actors, "Blinken")
    assert (blinken.name, blinken.country, blinken.role) == (
        "Antony Blinken",
        "USA",
        "Secretary of State",
    )


def test_name_suffix_is_not_a_surname() -> None:
    kb = KnowledgeBase()
    kb.learn(
        Fact(
            name="Elizabeth II",
            country="GBR",
            sector="GOV",
            role="Queen",
            seen="2020-01-01",
            source="s",
        )
    )
    known = kb.names_on("2020-01-01")
    assert "Elizabeth II" in known and "II" not in known


def test_a_name_index_cached_before_a_fact_agrees_with_one_built_after_it() -> None:
    # One process has looked the day up before an article taught a fact on a known name, the
    # other has not: both must give what the facts say, whichever days a process has seen
    # (workers see different days).
    day = "2011-03-10"
    seen_before, fresh = KnowledgeBase.from_table(TABLE), KnowledgeBase.from_table(TABLE)
    assert seen_before.names_on(day)["Obama"].country == "USA"
    fact = Fact(name="Barack Obama", country="USA", sector="GOV", role="Commander in Chief",
                kind="person", seen=day, source="a1")  # fmt: skip
    for kb in (seen_before, fresh):
        kb.learn(fact)
    assert seen_before.names_on(day)["Obama"] == fresh.names_on(day)["Obama"]
    assert seen_before.names_on(day)["Obama"].role == fresh.names_on(day)["Obama"].role
