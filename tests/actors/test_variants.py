"""Name variants ("Gaddafi"/"Gadhafi") and foreign people and groups in another country's report."""

from __future__ import annotations

from dateline.actors.knowledge import KnowledgeBase, variant_key

from .conftest import Analyse, actors_of, by_text


def test_transliterations_share_a_variant_key() -> None:
    groups = [
        ("Gaddafi", "Gadhafi", "Qaddafi", "Kadhafi", "Qadhafi", "al-Qaddafi"),
        ("Assad", "al-Assad", "Al Assad"),
        ("Zelensky", "Zelenskyy", "Zelenskiy"),
        ("Medvedev", "Medvedyev"),
        ("Erdogan", "Erdoğan"),
    ]
    for spellings in groups:
        assert len({variant_key(s) for s in spellings}) == 1, spellings
    # Different names stay apart: English th/ch, short words, doubled vowels, G/K in short names.
    for one, other in (("Assad", "Abbas"), ("Carter", "Charter"), ("Kerry", "Gerry"),
                       ("Cameron", "Cameroon"), ("May", "Mai"), ("Moore", "More")):  # fmt: skip
        assert variant_key(one) != variant_key(other), (one, other)


def test_later_spelling_of_a_leader_resolves_in_the_article(analyse: Analyse) -> None:
    text = (
        "Libyan leader Muammar Gaddafi vowed to fight on. Western jets struck Tripoli overnight. "
        "Gadhafi said the attacks were a crusade."
    )
    actors = analyse(text, date="2011-03-23")
    later = by_text(actors, "Gadhafi")
    assert (later.name, later.country) == ("Muammar Gaddafi", "LBY")


def test_variant_spelling_finds_a_tabled_office_holder(kb: KnowledgeBase) -> None:
    actors_of("Turkish President Recep Tayyip Erdoğan met reporters.", kb, "2021-12-01", "a1")
    actors = actors_of("Erdogan said Ankara would not back down.", kb, "2021-12-10", "a2")
    erdogan = by_text(actors, "Erdogan")
    assert (erdogan.name, erdogan.country) == ("Recep Tayyip Erdoğan", "TUR")


def test_known_foreigner_does_not_take_the_reporting_country(kb: KnowledgeBase) -> None:
    actors_of("Syrian President Bashar al-Assad addressed parliament.", kb, "2011-06-20", "a1")
    cairo = (
        "Egyptian police guarded Cairo as Egyptian protesters marched. "
        "Egypt's army said Assad was discussed."
    )
    # A year later the learned fact no longer vouches for his office, but he is still no Egyptian.
    assad = by_text(actors_of(cairo, kb, "2012-07-01", "a2"), "Assad")
    assert assad.country != "EGY"
    near = by_text(actors_of(cairo, kb, "2011-07-01", "a3"), "Assad")
    assert near.country == "SYR"


def test_rebels_take_the_state_they_fight_not_the_meeting_place(kb: KnowledgeBase) -> None:
    actors_of("Syrian President Bashar al-Assad addressed parliament.", kb, "2011-06-20", "a1")
    text = (
        "Arab League ministers meeting in Cairo condemned the crackdown. Egypt's foreign "
        "minister spoke. The rebels fighting Assad's forces asked for arms."
    )
    rebels = by_text(actors_of(text, kb, "2011-07-01", "a2"), "rebels")
    assert rebels.country == "SYR"


def test_rebels_take_the_place_in_their_own_phrase(analyse: Analyse) -> None:
    text = (
        "Egyptian officials met Arab League envoys in Cairo. Egyptian police guarded the building "
        "while rebels in Syria welcomed the move."
    )
    assert by_text(analyse(text, date="2012-02-10"), "rebels in Syria").country == "SYR"


def test_rebels_are_not_the_state_backing_them(analyse: Analyse) -> None:
    text = (
        "Egyptian officials met in Cairo. Egyptian police guarded the building. "
        "Rebels backed by Iran attacked a convoy."
    )
    assert by_text(analyse(text, date="2012-02-10"), "Rebels").country != "IRN"


def test_untagged_spellings_of_the_articles_person(analyse: Analyse) -> None:
    text = (
        "Libyan leader Muammar Gaddafi vowed to fight on. Qadhafi loyalists shelled Misrata, "
        "and Kadhafi spoke on television."
    )
    actors = analyse(text, date="2011-03-23")
    for spelling in ("Qadhafi", "Kadhafi"):
        assert by_text(actors, spelling).name == "Muammar Gaddafi", spelling


def test_bare_group_takes_the_country_it_was_given_earlier(analyse: Analyse) -> None:
    text = (
        "Syrian rebels attacked an air force base near Damascus. Arab League ministers met in "
        "Cairo. Rebels said the Cairo meeting was too late."
    )
    assert by_text(analyse(text, date="2011-11-12"), "Rebels").country == "SYR"


def test_subject_group_takes_the_state_its_verb_acts_against(kb: KnowledgeBase) -> None:
    actors_of("Syrian President Bashar al-Assad addressed parliament.", kb, "2011-06-20", "a1")
    text = (
        "Egyptian officials met Arab League envoys in Cairo. "
        "Rebels attacked Assad's forces overnight, Egyptian state television said."
    )
    rebels = by_text(actors_of(text, kb, "2011-07-01", "a2"), "Rebels")
    assert rebels.country == "SYR"


def test_bare_surname_out_of_office_may_take_the_article_country(kb: KnowledgeBase) -> None:
    # The fixture table knows a US defence secretary Austin from 2021; an Austin in a 1995 report
    # from Tokyo is no reason to refuse the article's country.
    text = (
        "Japanese police raided offices in Tokyo. Japanese prosecutors said Austin, a "
        "businessman, was arrested in Osaka."
    )
    austin = by_text(actors_of(text, kb, "1995-03-01"), "Austin")
    assert austin.country == "JPN"
