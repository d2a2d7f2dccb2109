"""The actors scorer, and the dev-set threshold (country accuracy >= 0.90)."""

from __future__ import annotations

from dateline.evaluate.actors import (
    ActorScores,
    GoldActor,
    evaluate,
    gold_actors,
    iso3_of,
    main,
    score,
)
from dateline.records import Actor

from ..conftest import shared_file

TARGET = 0.90


def test_cameo_codes_map_to_iso3() -> None:
    assert iso3_of("JAP") == "JPN"
    assert iso3_of("ISRMIL") == "ISR"
    assert iso3_of("IGOUNO") is None
    assert iso3_of("NGO") is None


def test_gold_actor_is_located_in_its_sentence() -> None:
    record = {
        "id": "s1",
        "text": "Bosnian Serbs said their forces withdrew.",
        "events": [
            {"actor": [{"actorText": "Bosnian Serbs ... forces", "code": "BIH"}], "recipient": []}
        ],
    }
    (gold,) = gold_actors(record)
    assert (gold.country, gold.start, gold.end) == ("BIH", 0, len("Bosnian Serbs"))


def test_score_counts_right_wrong_and_missing() -> None:
    text = "Israel and Lebanon met."
    golds = [
        GoldActor("s", text, "Israel", "ISR", 0, 6),
        GoldActor("s", text, "Lebanon", "LBN", 11, 18),
    ]
    actors = [
        Actor(
            start=0,
            end=6,
            text="Israel",
            name="Israel",
            kind="country",
            country="SYR",
            sector=None,
            role=None,
        )
    ]
    s = ActorScores()
    score(golds, actors, s)
    assert (s.gold, s.covered, s.correct, len(s.misses)) == (2, 1, 0, 2)


def test_dev_country_accuracy_meets_target() -> None:
    gold = shared_file("data/events/plover_gsr_dev.jsonl")
    scores = evaluate(gold)
    assert scores.gold > 300
    assert scores.accuracy >= TARGET, f"dev country accuracy {scores.accuracy:.3f} < {TARGET}"


def test_cli_reports_figures(capsys) -> None:  # noqa: ANN001
    gold = shared_file("data/events/plover_gsr_dev.jsonl")
    assert main(["--gold", str(gold), "--limit", "10"]) == 0
    assert "country accuracy" in capsys.readouterr().out
