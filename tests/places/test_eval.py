"""Dev-set targets: recognition F1 >= 0.75 and accuracy@161km >= 0.85 on LGL and GeoVirus.

The targets hold for the whole dev sets, so the whole sets are scored. Parsing them takes
about a minute the first time; the parsed documents are cached in the temp dir, so later
runs take seconds. ``DATELINE_PLACES_EVAL_LIMIT=N`` scores only the first N documents of
each set, for a quick look (small samples can fall below the targets by chance).
"""

from __future__ import annotations

import os

import pytest

from dateline.evaluate.places import PlaceScores, evaluate, score

from .conftest import shared_dir

TARGET_F1 = 0.75
TARGET_ACC161 = 0.85


def _limit() -> int | None:
    n = int(os.environ.get("DATELINE_PLACES_EVAL_LIMIT", "0"))
    return n or None


@pytest.mark.parametrize("corpus", ["lgl", "geovirus"])
def test_dev_targets(corpus: str) -> None:
    path = shared_dir() / "data" / "geo" / f"{corpus}.jsonl"
    if not path.exists():
        pytest.skip(f"geo dev data not found at {path} (set DATELINE_SHARED)")
    s = evaluate(path, limit=_limit())
    assert s.f1 >= TARGET_F1, s.summary()
    assert s.acc161 >= TARGET_ACC161, s.summary()


def test_score_counts_overlap_matches_and_distance() -> None:
    from dateline.evaluate.places import GoldDoc
    from dateline.records import Place

    gold = GoldDoc(
        id="1",
        text="Talks in Paris and Lyon.",
        toponyms=(
            {
                "start": 9,
                "end": 14,
                "phrase": "Paris",
                "geonameid": 2988507,
                "lat": 48.85,
                "lon": 2.35,
            },
            {
                "start": 19,
                "end": 23,
                "phrase": "Lyon",
                "geonameid": 2996944,
                "lat": 45.75,
                "lon": 4.85,
            },
        ),
    )

    def place(start: int, end: int, lat: float, lon: float, gid: int) -> Place:
        return Place(
            start=start,
            end=end,
            text="x",
            name="x",
            geonameid=gid,
            country="FRA",
            feature="PPL",
            lat=lat,
            lon=lon,
        )

    # Paris right; "Lyon" found but put in Paris (390 km away); one spurious place.
    predicted = [
        place(9, 14, 48.86, 2.35, 2988507),
        place(19, 23, 48.86, 2.35, 1),
        place(0, 5, 0, 0, 2),
    ]
    s: PlaceScores = score([gold], [predicted])
    assert (s.matched, s.predicted, s.gold) == (2, 3, 2)
    assert s.acc161 == 0.5 and s.id_accuracy == 0.5
    assert [e.kind for e in s.errors] == ["far", "spurious"]
