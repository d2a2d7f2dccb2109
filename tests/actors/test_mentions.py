"""Actor mentions: countries, capitals, organisations, media, groups, titled people, spans."""

from __future__ import annotations

from .conftest import Analyse, by_text


def test_country_name_and_adjective_are_country_actors(analyse: Analyse) -> None:
    actors = analyse("Japan said the Japanese side would answer the United States soon.")
    assert by_text(actors, "Japan").country == "JPN"
    assert by_text(actors, "Japanese").country == "JPN"
    us = by_text(actors, "United States")
    assert (us.country, us.kind, us.name) == ("USA", "country", "United States")


def test_news_forms_of_countries(analyse: Analyse) -> None:
    actors = analyse("The US and the UK warned North Korea, Taiwan and the Palestinians on Monday.")
    countries = {a.text: a.country for a in actors}
    assert countries["US"] == "USA"
    assert countries["UK"] == "GBR"
    assert countries["North Korea"] == "PRK"
    assert countries["Taiwan"] == "TWN"
    assert countries["Palestinians"] == "PSE"


def test_capital_as_subject_is_the_government(analyse: Analyse) -> None:
    said = by_text(analyse("Washington said it would send more aid to Kyiv."), "Washington")
    assert (said.country, said.sector, said.kind) == ("USA", "GOV", "country")


def test_capital_as_location_is_not_an_actor(analyse: Analyse) -> None:
    actors = analyse("The two ministers will meet in Washington on January 7.")
    assert not [a for a in actors if a.text == "Washington"]


def test_a_capital_called_on_or_sanctioned_is_the_government(analyse: Analyse) -> None:
    text = "Erdogan called on Damascus to act with tolerance."
    called = by_text(analyse(text), "Damascus")
    assert (called.country, called.sector) == ("SYR", "GOV")
    sanctioned = by_text(analyse("The EU imposed sanctions on Damascus."), "Damascus")
    assert (sanctioned.country, sanctioned.sector) == ("SYR", "GOV")
    # an attack "on" a capital is on the city
    assert not [a for a in analyse("Rebels launched an attack on Tripoli.") if a.text == "Tripoli"]


def test_igo_has_no_country(analyse: Analyse) -> None:
    actors = analyse("NATO and the IAEA urged the UN Security Council to act.")
    for text in ("NATO", "IAEA", "UN Security Council"):
        igo = by_text(actors, text)
        assert (igo.sector, igo.country) == ("IGO", None)


def test_media_outlet_is_med_organization(analyse: Analyse) -> None:
    kyodo = by_text(
        analyse("The talks will be held in January, Kyodo News reported."), "Kyodo News"
    )
    assert (kyodo.kind, kyodo.sector) == ("organization", "MED")


def test_group_takes_country_of_its_adjective(analyse: Analyse) -> None:
    police = by_text(
        analyse("Turkish police detained dozens of protesters on Sunday."), "Turkish police"
    )
    assert (police.kind, police.country, police.sector) == ("group", "TUR", "POL")


def test_possessive_country_heads_an_institution(analyse: Analyse) -> None:
    cabinet = by_text(
        analyse("Israel's Cabinet met Sunday to approve the plan."), "Israel's Cabinet"
    )
    assert (cabinet.country, cabinet.sector) == ("ISR", "GOV")


def test_bare_group_gets_the_country_its_sentence_gives(analyse: Analyse) -> None:
    rebels = by_text(
        analyse("Rebels in the Ivory Coast dismissed the appeal on Wednesday."),
        "Rebels in the Ivory Coast",
    )
    assert (rebels.country, rebels.sector) == ("CIV", "REB")


def test_ethnic_adjective_is_not_a_nationality(analyse: Analyse) -> None:
    actors = analyse(
        "Ethnic Albanians fought for villages near Macedonia's border, Macedonian officials said."
    )
    albanians = [a for a in actors if "Albanians" in a.text][0]
    assert albanians.country == "MKD"


def test_title_and_name_are_one_mention(analyse: Analyse) -> None:
    actors = analyse("Russian Foreign Minister Andrei Kozyrev telephoned his counterpart.")
    kozyrev = by_text(actors, "Russian Foreign Minister Andrei Kozyrev")
    assert (kozyrev.name, kozyrev.country, kozyrev.sector, kozyrev.role) == (
        "Andrei Kozyrev", "RUS", "GOV", "Foreign Minister",
    )  # fmt: skip
    assert not [a for a in actors if a.text == "Russian"]


def test_coordinated_titles_are_two_mentions_sharing_the_country(analyse: Analyse) -> None:
    actors = analyse(
        "US Secretary of State Warren Christopher and Defense Secretary William Perry arrived."
    )
    perry = by_text(actors, "Defense Secretary William Perry")
    assert (perry.country, perry.role) == ("USA", "Secretary of Defense")
    assert by_text(actors, "US Secretary of State Warren Christopher").role == "Secretary of State"


def test_role_of_country(analyse: Analyse) -> None:
    president = by_text(
        analyse("Putin offered to negotiate with the president of Armenia."), "president of Armenia"
    )
    assert (president.country, president.role) == ("ARM", "President")


def test_igo_official_is_igo(analyse: Analyse) -> None:
    annan = by_text(
        analyse("U.N. Secretary-General Kofi Annan announced the withdrawal."),
        "U.N. Secretary-General Kofi Annan",
    )
    assert (annan.name, annan.sector, annan.country, annan.role) == (
        "Kofi Annan",
        "IGO",
        None,
        "Secretary-General",
    )


def test_currency_us_is_not_a_country(analyse: Analyse) -> None:
    actors = analyse("The firm lost US $50 million last year.")
    assert not [a for a in actors if a.country == "USA"]


def test_pm_abbreviation_only_in_capitals(analyse: Analyse) -> None:
    actors = analyse("British PM Boris Johnson spoke at 3 pm on Friday.")
    johnson = by_text(actors, "British PM Boris Johnson")
    assert (johnson.country, johnson.role) == ("GBR", "Prime Minister")
    assert not [a for a in actors if a.text == "pm"]


def test_spans_are_exact_text(analyse: Analyse) -> None:
    text = "Iraqi President Saddam Hussein arrived in Amman, and Jordan's King Hussein met him."
    for actor in analyse(text):
        assert text[actor.start : actor.end] == actor.text


def test_region_people_and_adjectives_give_their_country(analyse: Analyse) -> None:
    actors = analyse("Chechen rebels attacked a convoy, and Tibetans marched in Lhasa.")
    assert by_text(actors, "Chechen rebels").country == "RUS"
    assert by_text(actors, "Tibetans").country == "CHN"


def test_region_name_alone_is_a_place_not_an_actor(analyse: Analyse) -> None:
    actors = analyse("Fighting continued in Darfur on Sunday.")
    assert not [a for a in actors if a.text == "Darfur"]


def test_named_body_takes_the_country_in_its_name(analyse: Analyse) -> None:
    actors = analyse("Members of the banned Movement for the Actualization of Biafra were jailed.")
    body = [a for a in actors if a.text.startswith("Movement")]
    assert body and (body[0].country, body[0].kind) == ("NGA", "organization")
    bank = [a for a in analyse("Officials of the Bank of Japan raised rates.") if "Bank" in a.text]
    assert bank and bank[0].country == "JPN"


def test_treaty_is_not_an_actor(analyse: Analyse) -> None:
    actors = analyse("Delegates discussed the Nuclear Non-Proliferation Treaty in New York.")
    assert not [a for a in actors if "Treaty" in a.text]


def test_another_persons_nationality_does_not_place_a_titled_person(analyse: Analyse) -> None:
    text = "President Francois Mitterrand welcomed South African leader F.W. de Klerk on Thursday."
    mitterrand = [a for a in analyse(text, date="1990-05-10") if "Mitterrand" in a.text]
    assert mitterrand and mitterrand[0].country != "ZAF"


def test_mentions_do_not_overlap(analyse: Analyse) -> None:
    text = (
        "US Secretary of State Antony Blinken met Japanese FM Yoshimasa Hayashi. "
        "Blinken said his talks with Hayashi and the Japanese Foreign Minister went well. "
        "He thanked Turkish police and Israel's Cabinet."
    )
    spans = sorted((a.start, a.end) for a in analyse(text))
    assert all(a_end <= b_start for (_, a_end), (b_start, _) in zip(spans, spans[1:], strict=False))


def test_participle_modifier_between_country_and_title(analyse: Analyse) -> None:
    text = "Ukraine's acting president Oleksandr Turchynov condemned the annexation."
    acting = by_text(
        analyse(text, date="2014-03-18"), "Ukraine's acting president Oleksandr Turchynov"
    )
    assert (acting.name, acting.country, acting.role) == ("Oleksandr Turchynov", "UKR", "President")


def test_a_group_named_with_a_hyphened_modifier_keeps_it(analyse: Analyse) -> None:
    # the name had been cut at the hyphen: "government demonstrators", "right government"
    actors = analyse("Police fired on anti-government demonstrators in Deraa.")
    protesters = by_text(actors, "anti-government demonstrators")
    assert (protesters.name, protesters.sector) == ("anti-government demonstrators", "CVL")
    actors = analyse(
        "Prime Minister Donald Tusk's centre-right government said it would not yield."
    )
    government = by_text(actors, "centre-right government")
    assert (government.name, government.sector) == ("centre-right government", "GOV")
    fighters = by_text(
        analyse("Anti-government fighters seized the town."), "Anti-government fighters"
    )
    assert fighters.sector == "REB"
