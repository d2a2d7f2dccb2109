"""The places stage on real sentences: recognition, resolution, event locations."""

from __future__ import annotations

from dateline.document import Document
from dateline.records import Place

from .conftest import placed


def _by_text(doc: Document, text: str) -> list[Place]:
    return [p for p in doc.places if p.text == text]


def _token(doc: Document, word: str, nth: int = 0):
    return [t for t in doc.doc if t.text == word][nth]


def test_seed_washington_is_the_capital(seed: Document) -> None:
    (wash,) = _by_text(seed, "Washington")
    assert (wash.geonameid, wash.name) == (4140963, "Washington, D.C.")
    assert wash.country == "USA"


def test_seed_liverpool_uk_is_in_britain(seed: Document) -> None:
    (liv,) = _by_text(seed, "Liverpool")
    assert liv.country == "GBR"
    assert abs(liv.lat - 53.41) < 0.1


def test_seed_new_york_is_the_city(seed: Document) -> None:
    (ny,) = _by_text(seed, "New York")
    assert ny.geonameid == 5128581


def test_spans_are_exact(seed: Document) -> None:
    assert seed.places
    for p in seed.places:
        assert seed.text[p.start : p.end] == p.text


def test_seed_countries_resolve_to_their_iso3(seed: Document) -> None:
    countries = {p.country for p in seed.places if p.feature == "PCLI"}
    assert {"JPN", "USA", "CHN", "TWN", "PRK"} <= countries


def test_person_name_is_not_a_place(seed: Document) -> None:
    assert not any(p.text == "Antony" for p in seed.places)


def test_demonym_stands_for_its_country() -> None:
    doc = placed("Turkish police detained 12 people on Sunday, officials said.")
    (turkey,) = doc.places
    assert (turkey.text, turkey.country, turkey.feature) == ("Turkish", "TUR", "PCLI")


def test_paris_texas_is_in_texas() -> None:
    doc = placed("The storm hit Paris, Texas, late on Tuesday, flooding several streets.")
    (paris,) = _by_text(doc, "Paris")
    assert paris.country == "USA"
    assert abs(paris.lon - -95.55) < 0.5


def test_bare_paris_is_the_french_capital() -> None:
    doc = placed("The two leaders will meet in Paris next week to discuss trade.")
    (paris,) = _by_text(doc, "Paris")
    assert (paris.country, paris.feature) == ("FRA", "PPLC")


def test_georgia_with_us_towns_is_the_state() -> None:
    doc = placed("Police in Gainesville and Atlanta said the Georgia law takes effect in July.")
    (ga,) = _by_text(doc, "Georgia")
    assert (ga.country, ga.feature) == ("USA", "ADM1")


def test_georgia_beside_tbilisi_is_the_country() -> None:
    doc = placed("Russian troops moved deeper into Georgia as Tbilisi appealed for help.")
    (ge,) = _by_text(doc, "Georgia")
    assert (ge.country, ge.feature) == ("GEO", "PCLI")


def test_town_inside_an_organisation_name() -> None:
    doc = placed("A spokesman for the Shreveport Police Department said two men were arrested.")
    (city,) = doc.places
    assert (city.text, city.country) == ("Shreveport", "USA")


def test_county_takes_its_state_from_context() -> None:
    doc = placed("Deputies in Laurel County, Kentucky, found the car near London on Friday.")
    (county,) = _by_text(doc, "Laurel County")
    assert county.country == "USA"
    assert 36.5 < county.lat < 37.7 and -85.0 < county.lon < -83.5


def test_event_location_from_the_trigger_preposition(seed: Document) -> None:
    talks = _token(seed, "talks", 0)
    place = seed_location(seed, talks)
    assert place is not None and place.geonameid == 4140963


def test_event_location_met_in_liverpool(seed: Document) -> None:
    met = [t for t in seed.doc if t.text == "met" and "Liverpool" in t.sent.text][0]
    place = seed_location(seed, met)
    assert place is not None and (place.text, place.country) == ("Liverpool", "GBR")


def test_dateline_city_is_not_the_event_location() -> None:
    doc = placed("WASHINGTON (Reuters) - The minister resigned on Monday after a long dispute.")
    assert _by_text(doc, "WASHINGTON")
    assert seed_location(doc, _token(doc, "resigned")) is None


def test_no_location_without_a_place_preposition() -> None:
    doc = placed("Japan and China signed a trade agreement on Monday.")
    assert seed_location(doc, _token(doc, "signed")) is None


def seed_location(doc: Document, trigger) -> Place | None:
    from dateline.places import location_for

    return location_for(doc, trigger)


def test_name_in_a_list_of_states_is_the_state() -> None:
    doc = placed("Storms hit Missouri, New York, North Carolina and Virginia on Sunday.")
    (ny,) = _by_text(doc, "New York")
    assert ny.feature == "ADM1"


def test_city_comma_state_picks_the_namesake_in_that_state() -> None:
    doc = placed("He moved from Athens, Georgia, to Lebanon, Pennsylvania, last year.")
    athens, lebanon = _by_text(doc, "Athens")[0], _by_text(doc, "Lebanon")[0]
    assert (athens.country, athens.feature) == ("USA", "PPL")
    assert (lebanon.country, lebanon.feature) == ("USA", "PPL")
    assert 33.5 < athens.lat < 34.5 and 40.0 < lebanon.lat < 40.7


def test_town_takes_the_state_of_the_article() -> None:
    doc = placed("The company, based in Springfield, Illinois, opened a plant in Decatur.")
    (decatur,) = _by_text(doc, "Decatur")
    assert 39.5 < decatur.lat < 40.2 and -89.3 < decatur.lon < -88.6  # Decatur, Illinois


def test_country_name_stays_the_country_without_namesake_context() -> None:
    doc = placed("Lebanon's parliament met in Beirut on Tuesday.")
    (lebanon,) = _by_text(doc, "Lebanon")
    assert (lebanon.country, lebanon.feature) == ("LBN", "PCLI")


def test_state_after_the_name_means_the_state() -> None:
    doc = placed("Voters in Washington state backed the measure on Tuesday.")
    (wa,) = _by_text(doc, "Washington")
    assert (wa.country, wa.feature) == ("USA", "ADM1")


def test_visit_to_a_country_is_located_there() -> None:
    doc = placed("The prime minister will make a three-day visit to Japan next month.")
    place = seed_location(doc, _token(doc, "visit"))
    assert place is not None and place.country == "JPN"


def test_location_inside_the_object_phrase() -> None:
    doc = placed("The minister will attend a conference on climate in Nairobi in May.")
    place = seed_location(doc, _token(doc, "attend"))
    assert place is not None and (place.text, place.country) == ("Nairobi", "KEN")
