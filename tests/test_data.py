"""The shared country table: its loader, and the actors and places stages reading it alike."""

from __future__ import annotations

import json
from collections import Counter

import pycountry
import pytest

from dateline import actors, places
from dateline.actors.lexicon import lexicon
from dateline.analyse import parse
from dateline.data import Country, countries
from dateline.document import Document
from dateline.places import gazetteer as gz
from dateline.records import Article

from .conftest import shared_file

# Kosovo has no ISO 3166-1 code; these are the user-assigned codes the EU and GeoNames use.
USER_ASSIGNED = {"XKX": "XK"}
# LGL annotates demonyms as toponyms ("Russian troops"): the share of them the table must
# resolve to the gold place (measured 332 of 332 with a GeoNames id).
LGL_DEMONYM_ACCURACY = 0.98
SENTENCE = (
    "Dutch police arrested two Britons in Amsterdam on Monday, and Japanese officials said"
    " New Zealanders living in Latvia were safe."
)


def _country(iso3: str) -> Country:
    return next(c for c in countries() if c.iso3 == iso3)


def _forms(c: Country) -> tuple[str, ...]:
    return (*c.names, *c.adjectives, *c.people)


@pytest.fixture(scope="module")
def staged() -> Document:
    """The sentence after the places and actors stages (parsed once for the module)."""
    doc = Document(Article(id="t", date="2021-12-15", text=SENTENCE), parse(SENTENCE))
    places.run(doc)
    actors.run(doc)
    return doc


def test_loader_gives_japans_forms() -> None:
    japan = _country("JPN")
    assert japan.iso2 == "JP"
    assert japan.names[0] == "Japan"
    assert "Japanese" in japan.adjectives and "Japanese" in japan.people
    assert japan.demonyms == ("Japanese",)  # one form, though listed as adjective and people


def test_dutch_and_holland_are_the_netherlands() -> None:
    by_form = {f: c.iso3 for c in countries() for f in _forms(c)}
    assert by_form["Dutch"] == by_form["Holland"] == by_form["the Netherlands"] == "NLD"


def test_a_form_that_is_also_a_name_is_no_demonym() -> None:
    usa = _country("USA")
    assert "US" in usa.adjectives and "US" not in usa.demonyms
    assert "American" in usa.demonyms and "Americans" in usa.demonyms


def test_codes_are_iso_3166() -> None:
    for c in countries():
        entry = pycountry.countries.get(alpha_3=c.iso3)
        iso2 = entry.alpha_2 if entry else USER_ASSIGNED.get(c.iso3)
        assert c.iso2 == iso2, c.iso3


def test_no_country_twice_and_no_form_for_two_countries() -> None:
    assert [k for k, n in Counter(c.iso3 for c in countries()).items() if n > 1] == []
    owner: dict[str, str] = {}
    for c in countries():
        for form in set(_forms(c)):
            assert owner.setdefault(form, c.iso3) == c.iso3, form


def test_actors_read_every_form_as_its_country() -> None:
    lex = lexicon()
    for c in countries():
        for form in _forms(c):
            assert lex.countries[form].iso3 == c.iso3, form
        assert lex.country_names[c.iso3] == (c.names[0] if c.names else c.iso3)


def test_places_read_every_demonym_as_a_place_in_its_country() -> None:
    g, table = gz.gazetteer(), gz.demonyms()
    for c in countries():
        assert c.iso2 in g.countries, f"no gazetteer country for {c.iso3}"
        for form in c.demonyms:
            # A form of places' own table may name a place inside it ("Welsh": Wales).
            assert g.entries[table[gz.name_key(form)]].country == c.iso2, form


def test_places_own_forms_agree_with_actors_where_both_know_them() -> None:
    g, table, lex = gz.gazetteer(), gz.demonyms(), lexicon()
    iso2 = {c.iso3: c.iso2 for c in countries()}
    shared = 0
    for row in gz.read_tsv("region_demonyms.tsv"):
        form = lex.countries.get(row["demonym"])
        if form is not None:
            shared += 1
            assert g.entries[table[gz.name_key(row["demonym"])]].country == iso2[form.iso3]
    assert shared >= 4  # English, Scottish, Welsh, Tibetan at least


def test_places_own_table_repeats_no_country_demonym() -> None:
    g, own = gz.gazetteer(), {c.iso2: set(c.demonyms) for c in countries()}
    for row in gz.read_tsv("region_demonyms.tsv"):
        i = gz.resolve_ref(g, row["ref"])
        assert i is not None, row
        if g.entries[i].feature == "PCLI":  # a country ref: only forms the table lacks
            assert row["demonym"] not in own.get(g.entries[i].country, set()), row


def test_gazetteer_cache_key_follows_the_table(monkeypatch: pytest.MonkeyPatch) -> None:
    before = gz._signature()
    monkeypatch.setattr(gz, "country_table_bytes", lambda: b"iso3\tiso2\tnames\n")
    assert gz._signature() != before


def test_both_stages_read_a_sentence_alike(staged: Document) -> None:
    placed = {p.text: p.country for p in staged.places}
    acting = {a.text: a.country for a in staged.actors}
    for form, iso3 in (("Dutch", "NLD"), ("Japanese", "JPN"), ("New Zealanders", "NZL")):
        assert placed[form] == iso3
        assert any(text.startswith(form) and c == iso3 for text, c in acting.items()), form
    assert acting["Britons"] == "GBR"


def test_lgl_demonyms_resolve_to_the_gold_place() -> None:
    path = shared_file("data/geo/lgl.jsonl")
    g, table = gz.gazetteer(), gz.demonyms()
    right = total = 0
    for line in path.open(encoding="utf-8"):
        for t in json.loads(line)["toponyms"]:
            i = table.get(gz.name_key(t["phrase"]))
            if i is not None and t.get("geonameid"):
                total += 1
                right += g.entries[i].geonameid == t["geonameid"]
    assert total >= 300, f"only {total} gold demonyms with an id"
    assert right / total >= LGL_DEMONYM_ACCURACY, f"{right}/{total}"


def test_a_historical_form_is_an_actors_country_but_no_place() -> None:
    from dateline.pipeline import extract_text

    article = extract_text("Soviet troops left Afghanistan in 1989.", date="2010-01-01")
    assert [(a.text, a.country) for a in article.actors][0] == ("Soviet troops", "RUS")
    assert [p.text for p in article.places] == ["Afghanistan"]
    russia = next(c for c in countries() if c.iso3 == "RUS")
    assert "Soviet" in russia.adjectives and "Soviet" not in russia.demonyms
