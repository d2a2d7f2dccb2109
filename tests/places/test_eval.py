"""Dev-set targets: recognition F1 >= 0.75 and accuracy@161km >= 0.85 on LGL and GeoVirus,
and a hand-checked Timeline17 sample of international news (tests/places/data/).

Parsing all of LGL and GeoVirus takes over a minute on a cold start, so the test scores a
fixed subset: the first 150 LGL and first 100 GeoVirus documents (a quarter and 44 % of the
toponyms; measured F1 0.815 / 0.870, acc@161km 0.880 / 0.918, against full-set F1 0.828 /
0.870, acc 0.857 / 0.919). ``DATELINE_PLACES_EVAL_FULL=1`` scores the whole sets;
``dateline eval places --gold ...`` always does. Parsed documents are cached in the temp dir.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from dateline.evaluate.places import PlaceScores, evaluate, score

from .conftest import shared_dir

TARGET_F1 = 0.75
TARGET_ACC161 = 0.85


# The T17 samples were read to find the errors fixed (the held-out one only after it was
# scored), so they guard against regressions near their measured levels (F1 0.980 / 0.982,
# acc@161km 0.987 / 0.994) rather than test unseen text; see data/README.md.
SAMPLE_F1 = 0.95
SAMPLE_ACC161 = 0.97
SAMPLES = ["t17_sample.jsonl", "t17_heldout.jsonl"]
SUBSET = {"lgl": 150, "geovirus": 100}


@pytest.mark.parametrize("corpus", ["lgl", "geovirus"])
def test_dev_targets(corpus: str) -> None:
    path = shared_dir() / "data" / "geo" / f"{corpus}.jsonl"
    if not path.exists():
        pytest.skip(f"geo dev data not found at {path} (set DATELINE_SHARED)")
    full = os.environ.get("DATELINE_PLACES_EVAL_FULL") == "1"
    s = evaluate(path, limit=None if full else SUBSET[corpus])
    assert s.f1 >= TARGET_F1, s.summary()
    assert s.acc161 >= TARGET_ACC161, s.summary()


@pytest.mark.parametrize("name", SAMPLES)
def test_t17_sample(name: str) -> None:
    if not (shared_dir() / "data" / "news" / "t17_articles.jsonl.gz").exists():
        pytest.skip("the Timeline17 articles the sample quotes are not in ../shared")
    s = evaluate(Path(__file__).parent / "data" / name)
    assert s.gold > 300 and s.docs == 40, s.summary()
    assert s.f1 >= SAMPLE_F1, s.summary()
    assert s.acc161 >= SAMPLE_ACC161, s.summary()


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
