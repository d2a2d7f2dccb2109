"""Third pass (issue 6): scene-setting tellings, relative clauses, light prepositions, idioms."""

from __future__ import annotations

from pathlib import Path

from dateline import events
from dateline.evaluate.events import score
from dateline.records import Actor, Event

from ..conftest import shared_file
from .conftest import Build


def _mention(text: str, phrase: str, country: str | None, kind: str = "group") -> Actor:
    start = text.index(phrase)
    return Actor(start=start, end=start + len(phrase), text=phrase, name=phrase, kind=kind,
                 country=country, sector="GOV", role=None)  # fmt: skip


def _events(build: Build, text: str, parties: dict[str, str | None]) -> list[Event]:
    doc = build(text, "2011-05-01", actors=[_mention(text, p, c) for p, c in parties.items()])
    events.run(doc)
    return doc.events


def _types(evs: list[Event]) -> list[str]:
    return [events.plover_type(e) for e in evs]


def test_a_named_crackdown_after_a_preposition_is_its_own_event(build: Build) -> None:
    text = "Thousands marched in Cairo after Syria's crackdown on protesters in Homs."
    evs = _events(build, text, {"Thousands": None, "Syria": "SYR", "protesters": "SYR"})
    assert sorted(_types(evs)) == ["COERCE", "PROTEST"]
    (crackdown,) = [e for e in evs if e.type == "COERCE"]
    assert [a.country for a in crackdown.actors] == ["SYR"]


def test_an_unnamed_scene_setting_happening_stays_background(build: Build) -> None:
    # "following the killing of an Israeli man": nobody named does it, so it is not coded
    text = "Settlers set fire to the offices overnight following the killing of an Israeli man."
    evs = _events(build, text, {"Settlers": "ISR"})
    assert _types(evs) == ["COERCE"]


def test_a_relative_clause_act_takes_its_antecedent_as_actor(build: Build) -> None:
    text = "Protesters were shot by Syrian troops, who have arrested hundreds of activists."
    evs = _events(build, text, {"Protesters": "SYR", "Syrian troops": "SYR"})
    (arrest,) = [e for e in evs if e.type == "COERCE"]
    assert [a.name for a in arrest.actors] == ["Syrian troops"]


def test_a_light_verb_behind_a_preposition_carries_the_noun_event(build: Build) -> None:
    text = "Serbian forces engaged in ethnic cleansing against the Albanian population."
    evs = _events(build, text, {"Serbian forces": "SRB", "Albanian population": "ALB"})
    assert _types(evs) == ["ASSAULT"]
    assert "engaged in" in evs[0].evidence.trigger


def test_idioms_code_as_their_meaning(build: Build) -> None:
    hostage = "Gunmen took three Italian engineers hostage in Nigeria on Sunday."
    evs = _events(build, hostage, {"Gunmen": None, "Italian engineers": "ITA"})
    assert [(e.type, e.mode) for e in evs] == [("ASSAULT", "abduct")]
    light = "Egypt gave the green light to the warships on Friday."
    assert _types(_events(build, light, {"Egypt": "EGY"})) == ["SUPPORT"]
    talk = "The minister gave a speech in Geneva on Friday."
    assert "SUPPORT" not in _types(_events(build, talk, {"The minister": "CHE"}))


def test_holdout_files_are_coded_in_the_gold_format() -> None:
    for path in HOLDOUTS:
        lines = path.read_text(encoding="utf-8").splitlines()
        assert len(lines) == 60
        assert all('"events": ' in line and '"date": "' in line for line in lines)


HOLDOUTS = [Path(__file__).resolve().parent / "data" / f"t17_holdout{n}.jsonl" for n in (4, 5)]


def test_held_out_wire_news_does_not_regress() -> None:
    # Sets 4-5 were coded before dateline ran on them (data/README.md). Pooled type F1 was
    # 0.481 after the third pass; the fourth pass looked at their errors (so they are no
    # longer held out) and reached 0.550. A second coder agrees with the first at only 0.723
    # (data/README.md), about the target of 0.70. This floor guards regressions.
    shared_file("data/news/t17_articles.jsonl.gz")  # the sentences are quoted from there
    pooled = score(HOLDOUTS, every=True)
    assert pooled.sentences == 120
    assert pooled.types.f1 >= 0.53, pooled.types


LEADS = [Path(__file__).resolve().parent / "data" / f"t17_lead{n}.jsonl" for n in (6, 7)]


def test_lead_sentences_do_not_regress() -> None:
    # Lead sentences of 150 articles, coded before dateline ran on them. Set 6's errors were
    # read in the fourth pass (0.455 -> 0.610); set 7's never were, only its totals (0.404 ->
    # 0.463). The target for wire news is 0.70; these floors guard regressions only.
    shared_file("data/news/t17_articles.jsonl.gz")
    six, seven = score(LEADS[:1], every=True), score(LEADS[1:], every=True)
    assert six.sentences == seven.sentences == 75
    assert six.types.f1 >= 0.59, six.types
    assert seven.types.f1 >= 0.44, seven.types


def test_the_fresh_lead_sets_do_not_regress() -> None:
    # Lead sets 8 and 9 were coded after the fourth pass and scored once each: pooled 0.551
    # (data/README.md). The target is 0.70; this floor guards regressions, nothing more.
    shared_file("data/news/t17_articles.jsonl.gz")
    fresh = score([LEADS[0].with_name(f"t17_lead{n}.jsonl") for n in (8, 9)], every=True)
    assert fresh.sentences == 150
    assert fresh.types.f1 >= 0.53, fresh.types
