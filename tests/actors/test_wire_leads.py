"""Actor faults seen in wire-news leads, pinned on sentences written in their style: groups tied to
a leader ("forces loyal to Gadhafi"), bare surnames the tagger calls organisations, international
bodies that must not take the country their sentence is about, and officials of an IGO."""

from __future__ import annotations

import pytest

from dateline.actors.knowledge import TABLE, KnowledgeBase
from dateline.analyse import parse
from dateline.records import Actor

from .conftest import actors_of, by_text

LIBYA_WAR = "2011-03-15"


@pytest.fixture()
def real_kb() -> KnowledgeBase:
    """A fresh knowledge base from the shipped table (the stage learns into it)."""
    return KnowledgeBase.from_table(TABLE)


def _actor(kb: KnowledgeBase, text: str, mention: str, date: str = LIBYA_WAR) -> Actor:
    return by_text(actors_of(text, kb, date), mention)


def _code(actor: Actor) -> tuple[str | None, str | None]:
    return actor.country, actor.sector


# --- 1. groups tied to a leader take the leader's country and a side ----------------------------


@pytest.mark.parametrize(
    ("text", "mention", "code"),
    [
        ("Forces loyal to Libyan leader Moammar Gadhafi fired rockets into Misrata on Monday.",
         "Forces", ("LBY", "MIL")),
        ("Units loyal to Gadhafi have been shelling the port since dawn.", "Units",
         ("LBY", "MIL")),
        ("Fighters loyal to Gadhafi pulled back from the oil town overnight.", "Fighters",
         ("LBY", "MIL")),
        ("Militias loyal to President Bashar al-Assad stormed the village at dawn.", "Militias",
         ("SYR", "MIL")),
        ("Gaddafi loyalists shelled the eastern approaches of the city again.", "loyalists",
         ("LBY", "MIL")),
        ("Pro-Gaddafi forces retook the refinery town after a day of fighting.", "forces",
         ("LBY", "MIL")),
        ("Gaddafi's forces pounded the town with artillery and rockets.", "forces",
         ("LBY", "MIL")),
        ("Security forces loyal to Saleh opened fire on a march in the capital.",
         "Security forces", ("YEM", "MIL")),
        ("Anti-Assad fighters seized a checkpoint on the main road north.",
         "Anti-Assad fighters", ("SYR", "REB")),
        ("By Tuesday anti-Gadhafi forces had pushed west along the coast road.",
         "anti-Gadhafi forces", ("LBY", "REB")),
    ],
)  # fmt: skip
def test_a_group_tied_to_a_leader_is_of_his_country(
    real_kb: KnowledgeBase, text: str, mention: str, code: tuple[str, str]
) -> None:
    assert _code(_actor(real_kb, text, mention)) == code


@pytest.mark.parametrize(
    ("text", "mention", "sector"),
    [
        ("Pro-government militias attacked a march in the capital on Friday.",
         "Pro-government militias", "MIL"),
        ("Pro-regime gunmen opened fire on mourners after the funeral.", "Pro-regime gunmen", "MIL"),
        ("Anti-government fighters seized the town after a week of clashes.",
         "Anti-government fighters", "REB"),
    ],
)  # fmt: skip
def test_a_state_body_before_an_armed_group_says_its_side(
    real_kb: KnowledgeBase, text: str, mention: str, sector: str
) -> None:
    assert _actor(real_kb, text, mention).sector == sector


def test_his_forces_are_the_speakers_states(real_kb: KnowledgeBase) -> None:
    text = "Syrian President Bashar al-Assad said his forces would keep up the pursuit of gunmen."
    assert _code(_actor(real_kb, text, "forces", "2011-08-09")) == ("SYR", "MIL")


def test_a_private_mans_militia_is_no_states(real_kb: KnowledgeBase) -> None:
    text = "Fighters loyal to the cleric Moqtada al-Sadr clashed with police in the south."
    assert _actor(real_kb, text, "Fighters", "2008-03-27").sector == "REB"


def test_forces_loyal_to_someone_unnamed_are_no_actor(real_kb: KnowledgeBase) -> None:
    text = "Gbagbo was negotiating his exit after an assault by forces loyal to his rival."
    assert not [a for a in actors_of(text, real_kb, "2011-04-06") if a.text == "forces"]


def test_a_bare_force_noun_tied_to_no_one_is_no_actor(real_kb: KnowledgeBase) -> None:
    actors = actors_of("Market forces pushed the price of oil higher on Monday.", real_kb)
    assert not [a for a in actors if "forces" in a.text]


# --- 2. a known holder's surname resolves whatever label the tagger gives it ----------------------


def test_a_surname_tagged_as_an_organisation_is_the_holder(real_kb: KnowledgeBase) -> None:
    text = "Units loyal to Gadhafi have been shelling the town."
    assert [e.label_ for e in parse(text).ents if e.text == "Gadhafi"] == ["ORG"]
    actor = _actor(real_kb, text, "Gadhafi")
    assert (actor.kind, actor.country, actor.sector) == ("person", "LBY", "GOV")


def test_an_organisation_the_tagger_names_stays_one(real_kb: KnowledgeBase) -> None:
    text = "Vodafone said on Friday it had cut its network in Egypt on government orders."
    assert [e.label_ for e in parse(text).ents if e.text == "Vodafone"] == ["ORG"]
    assert _actor(real_kb, text, "Vodafone", "2011-01-28").kind == "organization"


def test_a_real_organisation_stays_an_organisation(real_kb: KnowledgeBase) -> None:
    text = "Amnesty International said Gadhafi's forces had used cluster bombs in Misrata."
    actor = _actor(real_kb, text, "Amnesty International")
    assert (actor.kind, actor.country) == ("organization", None)


# --- 3. international bodies take no country from their sentence ----------------------------------


@pytest.mark.parametrize(
    ("text", "mention"),
    [
        ("Libyan troops attacked Misrata on Thursday, Human Rights Watch said Friday.",
         "Human Rights Watch"),
        ("Syrian tanks entered Homs as the ICRC asked for a pause in the shelling.", "ICRC"),
        ("Iraqi police said al-Qaida had claimed the bombing in Baghdad.", "al-Qaida"),
    ],
)  # fmt: skip
def test_an_international_body_takes_no_context_country(
    real_kb: KnowledgeBase, text: str, mention: str
) -> None:
    actor = _actor(real_kb, text, mention)
    assert actor.country is None and actor.sector in ("NGO", "IGO", "IMG")


def test_a_national_body_still_takes_its_country(real_kb: KnowledgeBase) -> None:
    text = "Libyan troops attacked Misrata on Thursday, the army said."
    assert _code(_actor(real_kb, text, "army")) == ("LBY", "MIL")


# --- 4. an IGO's official speaks for the IGO, not for the state he once served ---------------------


def test_an_igo_title_outranks_the_persons_old_office(real_kb: KnowledgeBase) -> None:
    text = "U.N. Secretary-General Ban Ki-moon told reporters the violence must stop."
    actor = _actor(real_kb, text, "U.N. Secretary-General Ban Ki-moon", "2011-02-26")
    assert _code(actor) == (None, "IGO")


def test_an_international_tribunal_is_an_igo(real_kb: KnowledgeBase) -> None:
    text = "The international war crimes tribunal said it would investigate Libyan leader Gaddafi."
    assert _code(_actor(real_kb, text, "international war crimes tribunal", "2011-03-03")) == (
        None,
        "IGO",
    )


def test_a_national_tribunal_keeps_its_country(real_kb: KnowledgeBase) -> None:
    text = "A Libyan war crimes tribunal said it would try the former officials."
    assert _code(_actor(real_kb, text, "Libyan war crimes tribunal")) == ("LBY", "JUD")


def test_a_group_in_a_where_clause_is_of_the_place_it_hangs_on(real_kb: KnowledgeBase) -> None:
    text = (
        "President Barack Obama asked for briefings on the crisis in Egypt, where thousands of "
        "demonstrators were clashing with security forces, a White House spokesman said."
    )
    assert _code(_actor(real_kb, text, "security forces", "2011-01-28")) == ("EGY", "MIL")


# --- 5. names that stand for things or places are no actors -------------------------------------


def test_a_bare_unknown_name_before_a_noun_is_a_thing(real_kb: KnowledgeBase) -> None:
    text = "Gaddafi's forces fired a Scud missile for the first time, a U.S. defense official said."
    texts = [a.text for a in actors_of(text, real_kb, "2011-08-16")]
    assert "Scud" not in texts and "forces" in texts


def test_a_known_name_before_a_noun_owns_it(real_kb: KnowledgeBase) -> None:
    text = "The Bush administration declared that China must drop barriers to U.S. exports."
    actor = _actor(real_kb, text, "administration", "2000-01-01")
    assert _code(actor) == ("USA", "GOV")


def test_a_place_before_based_is_no_person(real_kb: KnowledgeBase) -> None:
    text = "Milton Keynes-based charity World Vision is working to get aid to Haiti."
    texts = [a.text for a in actors_of(text, real_kb, "2010-01-19")]
    assert not [t for t in texts if "Milton" in t] and "World Vision" in texts


def test_a_town_after_city_of_is_no_actor(real_kb: KnowledgeBase) -> None:
    text = "Activists reported the biggest offensive yet in the city of Homs by Assad's forces."
    texts = [a.text for a in actors_of(text, real_kb, "2011-10-18")]
    assert "Homs" not in texts
    assert _code(_actor(real_kb, text, "forces", "2011-10-18")) == ("SYR", "MIL")


# --- 6. the heads of international bodies are IGO, as of the date ------------------------------


@pytest.mark.parametrize(
    ("text", "date", "mention", "name"),
    [
        ("The international envoy, Kofi Annan, briefed the Security Council on Syria.",
         "2012-03-16", "Kofi Annan", "Kofi Annan"),
        ("Nabil Elaraby said he had agreed a series of measures with the Syrian leadership.",
         "2011-09-10", "Nabil Elaraby", "Nabil Elaraby"),
        ("Rasmussen said the alliance would not put troops on the ground in Libya.",
         "2011-04-14", "Rasmussen", "Anders Fogh Rasmussen"),
    ],
)  # fmt: skip
def test_the_head_of_an_igo_is_coded_igo(
    real_kb: KnowledgeBase, text: str, date: str, mention: str, name: str
) -> None:
    actor = _actor(real_kb, text, mention, date)
    assert (actor.name, actor.country, actor.sector) == (name, None, "IGO")


def test_a_former_foreign_minister_before_his_igo_term_is_his_states(
    real_kb: KnowledgeBase,
) -> None:
    # Elaraby was Egypt's foreign minister until June 2011, the Arab League's head from July.
    text = "Foreign Minister Nabil Elaraby said Egypt would open the Rafah crossing."
    assert _code(_actor(real_kb, text, "Foreign Minister Nabil Elaraby", "2011-04-29")) == (
        "EGY",
        "GOV",
    )
