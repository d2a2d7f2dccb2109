"""The independent check: hand-checked actor mentions of Timeline17 news (2005-2012).

t17_sample.tsv (150 mentions, 40 articles) was checked first and used to find the error classes;
t17_heldout.tsv (60 mentions, 20 other articles) was checked after the first round of fixes and
t17_fresh.tsv (60 mentions, 20 more articles) after the second; each then guided the next round.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from dateline.evaluate.actors import check_sample, main

from ..conftest import shared_file

DATA = Path(__file__).resolve().parent / "data"
# Measured 2026-11-26 (first engineer's stage in brackets): sample 0.880 (0.633), held-out 0.883
# (0.583), fresh 0.867 (0.600; 0.800 when first checked, before the last round of fixes); the
# second pass had sample 0.873 before name variants and clause placing.
TARGETS = {"t17_sample.tsv": 0.85, "t17_heldout.tsv": 0.85, "t17_fresh.tsv": 0.85}


@pytest.mark.parametrize("name", sorted(TARGETS))
def test_hand_checked_mentions_meet_target(name: str) -> None:
    articles = shared_file("data/news/t17_articles.jsonl.gz")
    scores = check_sample(DATA / name, articles)
    assert scores.checked >= 60
    assert scores.accuracy >= TARGETS[name], (
        f"{name}: {scores.accuracy:.3f} < {TARGETS[name]}\n" + "\n".join(scores.misses)
    )


def test_cli_scores_a_sample(capsys: pytest.CaptureFixture[str]) -> None:
    articles = shared_file("data/news/t17_articles.jsonl.gz")
    argv = ["--sample", str(DATA / "t17_heldout.tsv"), "--articles", str(articles)]
    assert main(argv) == 0
    assert "hand-checked mentions 60" in capsys.readouterr().out
