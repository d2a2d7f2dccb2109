"""The pipeline: input order kept, skips passed through, workers give the same records."""

from __future__ import annotations

from dateline.pipeline import extract, extract_text
from dateline.read import Skip, read_inputs
from dateline.records import Article, article_from_json, article_to_json

from .conftest import EXAMPLES


def _records(workers: int) -> list[str]:
    items = list(read_inputs([str(EXAMPLES)]))
    items.insert(1, Skip("bad.jsonl:3", "broken JSON"))
    return [
        str(i) if isinstance(i, Skip) else article_to_json(i)
        for i in extract(iter(items), workers=workers, batch_size=2)
    ]


def test_two_workers_give_the_same_records_in_the_same_order() -> None:
    serial = _records(1)
    # the Skip comes back where it stood, after the first article, though the parser reads
    # a batch ahead
    assert serial.index("bad.jsonl:3: broken JSON") == 1
    assert _records(2) == serial


def test_record_json_round_trips() -> None:
    article = extract_text(
        "Antony Blinken met Yoshimasa Hayashi in Liverpool on Saturday.", "2021-12-13"
    )
    assert isinstance(article, Article) and article.events
    assert article_from_json(article_to_json(article)) == article


def test_a_failing_stage_skips_only_its_article(monkeypatch) -> None:
    import dateline.places

    def broken(doc) -> None:
        if "Liverpool" in doc.text:
            raise RuntimeError("boom")

    monkeypatch.setattr(dateline.places, "run", broken)
    items = [
        Article(
            id="a", date="2021-12-13", text="Blinken met Hayashi in Liverpool.", origin="in.jsonl:1"
        ),
        Article(
            id="b", date="2021-12-13", text="Blinken met Hayashi in Tokyo.", origin="in.jsonl:2"
        ),
    ]
    out = list(extract(iter(items)))
    assert isinstance(out[0], Skip) and str(out[0]).startswith(
        "in.jsonl:1: internal error in the places stage"
    )
    assert isinstance(out[1], Article) and out[1].id == "b"


def test_a_blank_line_ends_a_sentence() -> None:
    from dateline.analyse import parse

    doc = parse(
        "Antony Blinken meets Yoshimasa Hayashi\n\nAntony Blinken met Japanese FM Yoshimasa Hayashi in Liverpool."
    )
    assert [s.text.strip() for s in doc.sents] == [
        "Antony Blinken meets Yoshimasa Hayashi",
        "Antony Blinken met Japanese FM Yoshimasa Hayashi in Liverpool.",
    ]


def test_loading_the_stages_teaches_the_knowledge_base_nothing() -> None:
    from dateline.actors.knowledge import default_kb
    from dateline.pipeline import prepare

    prepare()
    assert not [f for f in default_kb().learned() if f.source == "warm-up"]


# What one article teaches the actor stage reaches the articles of later blocks, on any number
# of workers alike: a minister the shipped table cannot know (the year 2031), named in full
# with her title in the first article, by surname alone in the others.
_TEACHING = [
    ("t1", "2031-03-02", "Estonian Foreign Minister Ana Kovacs met Latvian officials in Riga."),
    ("t2", "2031-03-03", "Kovacs said on Tuesday that the talks in Riga went well."),
    ("t3", "2031-03-05", "Kovacs met the Lithuanian president in Vilnius on Thursday."),
    ("t4", "2031-03-06", "Kovacs flew to Warsaw for talks with Polish officials."),
]


def _kovacs(workers: int) -> tuple[list[str], list[tuple]]:
    from dateline.actors.knowledge import default_kb

    default_kb.cache_clear()  # this run's knowledge only: earlier tests learned into it
    try:
        items = [Article(id=i, date=d, text=t) for i, d, t in _TEACHING]
        done = list(extract(iter(items), workers=workers, batch_size=1))
        learned = [(f.name, f.country, f.role) for f in default_kb().learned()]
    finally:
        default_kb.cache_clear()
    kovacs = [
        next((a.country, a.role) for a in article.actors if a.text == "Kovacs")
        for article in done[1:]
    ]
    return [article_to_json(a) for a in done], [kovacs, learned]


def test_what_an_article_teaches_reaches_later_blocks_on_any_number_of_workers(
    monkeypatch,
) -> None:
    import dateline.pipeline

    monkeypatch.setattr(dateline.pipeline, "BLOCK", 1)
    serial, (kovacs, learned) = _kovacs(1)
    # t2, the block after t1's, runs while t1's ends: read with what was known before t1;
    # t3 and t4, two blocks on and more, know her.
    assert kovacs == [(None, None), ("EST", "Foreign Minister"), ("EST", "Foreign Minister")]
    assert ("Ana Kovacs", "EST", "Foreign Minister") in learned
    parallel, (kovacs2, learned2) = _kovacs(2)
    assert parallel == serial and kovacs2 == kovacs and learned2 == learned


def test_a_run_inside_a_run_leaves_the_outer_run_holding() -> None:
    from dateline.actors.knowledge import default_kb

    items = [Article(id=f"n{i}", date=d, text=t) for i, (_, d, t) in enumerate(_TEACHING)]
    outer = extract(iter(items), workers=1)
    next(outer)
    assert default_kb().holding
    extract_text("Rebels met tribal elders in Benghazi on Monday.", "2031-03-04")
    assert default_kb().holding  # the nested run ended its own hold, not the outer one's
    rest = list(outer)
    assert len(rest) == len(items) - 1 and not default_kb().holding
