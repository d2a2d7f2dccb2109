"""The places stage on international news: transliterated towns, seas, datelines, New York."""

from __future__ import annotations

from dateline.document import Document
from dateline.records import Place

from .conftest import placed


def _named(doc: Document, text: str) -> list[Place]:
    return [p for p in doc.places if p.text == text]


def test_town_tagged_as_an_organisation_by_its_transliteration() -> None:
    # The tagger calls "Hama" and "Deraa" ORG; both are GeoNames alternate names.
    doc = placed("Syrian troops shelled Hama and Deraa on Sunday, activists said.")
    assert {p.text: p.country for p in doc.places} == {
        "Syrian": "SYR",
        "Hama": "SYR",
        "Deraa": "SYR",
    }


def test_alternate_name_without_its_country_is_not_taken() -> None:
    doc = placed("Hamas said on Sunday that the talks had failed.")
    assert not _named(doc, "Hamas")


def test_the_gulf_is_the_nearer_sea() -> None:
    oil = placed("Oil from the BP well reached Louisiana beaches from the Gulf on Friday.")
    iran = placed("Iran threatened shipping in the Gulf, Saudi Arabia said on Monday.")
    ((mexico,), (persian,)) = _named(oil, "Gulf"), _named(iran, "Gulf")
    assert mexico.lon < -80 and persian.lon > 45


def test_landmark_and_district() -> None:
    doc = placed("Thousands gathered in Tahrir Square in Cairo as shells hit Baba Amr in Homs.")
    square, district = _named(doc, "Tahrir Square")[0], _named(doc, "Baba Amr")[0]
    assert (square.country, district.country) == ("EGY", "SYR")


def test_dateline_town_missing_from_the_gazetteer_falls_back_to_its_state() -> None:
    doc = placed("VENICE, Louisiana (Reuters) - Crews worked to clean oil from the marshes.")
    (venice,) = _named(doc, "VENICE")
    assert (venice.country, venice.name) == ("USA", "Louisiana")


def test_dateline_abbreviations_and_time_zones() -> None:
    doc = placed(
        "WASHINGTON | Mon Nov 15, 2010 11:40am BST CAIRO (Reuters) - Sens. Kerry and "
        "Lugar met in Cairo."
    )
    texts = [p.text for p in doc.places]
    assert "Mon" not in texts and "Nov" not in texts and "Sens" not in texts
    assert texts.count("CAIRO") == 1 and texts.count("Cairo") == 1


def test_new_york_in_state_news_is_the_state() -> None:
    doc = placed("Farmers in Ohio, Pennsylvania and New York lost crops to the frost.")
    (ny,) = _named(doc, "New York")
    assert ny.feature == "ADM1"


def test_new_york_with_upstate_town_is_the_state() -> None:
    doc = placed("The governor visited Buffalo before the New York budget vote.")
    (ny,) = _named(doc, "New York")
    assert ny.feature == "ADM1"


def test_new_york_alone_is_the_city() -> None:
    doc = placed("The delegates flew to New York for talks at the United Nations.")
    (ny,) = _named(doc, "New York")
    assert ny.geonameid == 5128581


def test_world_city_dateline_ignores_the_story_context() -> None:
    doc = placed(
        "HOUSTON (Reuters) - Oil spilled in Alaska's Prince William Sound in 1989 is still "
        "found on beaches near Valdez, Alaska, scientists said."
    )
    (houston,) = _named(doc, "HOUSTON")
    assert houston.lat is not None and houston.lat < 35  # Texas, not Houston, Alaska


def test_new_york_beside_a_city_stays_the_city() -> None:
    doc = placed(
        "Shares fell 9% in London and New York as Mississippi, Alabama and Florida counted "
        "the cost of the spill."
    )
    (ny,) = _named(doc, "New York")
    assert ny.geonameid == 5128581


def test_bracketed_acronym_is_not_a_town() -> None:
    doc = placed("The official Middle East News Agency (MENA) reported three people dead.")
    assert not _named(doc, "MENA")


def test_seas_of_international_news() -> None:
    doc = placed("Drilling in the Barents Sea and the North Sea off Norway will resume.")
    seas = {p.text: p.feature for p in doc.places}
    assert seas.get("Barents Sea") == "SEA" and seas.get("North Sea") == "SEA"
