"""Failure classes seen beyond the dev set: dates, locations, topics, conditions, warnings."""

from __future__ import annotations

import re

from dateline import events
from dateline.document import Document
from dateline.records import Actor, Timex

from .conftest import Build, place, timex


def _mention(text: str, phrase: str, country: str | None, kind: str = "group") -> Actor:
    start = text.index(phrase)
    return Actor(start=start, end=start + len(phrase), text=phrase, name=phrase, kind=kind,
                 country=country, sector="GOV", role=None)  # fmt: skip


def _run(doc: Document) -> Document:
    events.run(doc)
    return doc


def _of(doc: Document, type_: str) -> list:
    return [e for e in doc.events if e.type == type_]


STRIKE = (
    "Workers at the port began an eight-day strike on Sunday after talks over pay broke down. "
    "About 1,900 dock workers walked out in the first strike at the port in more than 30 years."
)


def test_a_duration_never_dates_an_event_and_the_retold_strike_merges(build: Build) -> None:
    years = re.search("more than 30 years", STRIKE)
    assert years
    durations = [Timex(start=years.start(), end=years.end(), text=years.group(), type="DURATION",
                       value="P30Y")]  # fmt: skip
    actors = [_mention(STRIKE, "Workers", "GBR"), _mention(STRIKE, "dock workers", None)]
    doc = _run(build(STRIKE, "2022-08-21", timexes=[timex(STRIKE, "Sunday", "2022-08-21"),
                                                    *durations], actors=actors))  # fmt: skip
    (strike,) = _of(doc, "PROTEST")
    assert strike.date and strike.date.value == "2022-08-21"
    assert len(strike.evidences) == 2
    assert all(e.date is None or not e.date.value.startswith("P") for e in doc.events)


def test_a_statement_condemning_a_threat_is_aimed_at_the_threatener(build: Build) -> None:
    text = (
        "The ministers are expected to issue a joint statement on Tuesday condemning Russia's "
        "threats to use nuclear weapons."
    )
    actors = [_mention(text, "ministers", None), _mention(text, "Russia", "RUS", "country")]
    doc = _run(build(text, "2023-04-16", timexes=[timex(text, "Tuesday", "2023-04-18")],
                     actors=actors))  # fmt: skip
    (accuse,) = _of(doc, "ACCUSE")
    assert [a.name for a in accuse.actors] == ["ministers"]
    assert [r.name for r in accuse.recipients] == ["Russia"]
    assert (accuse.status, accuse.certainty) == ("planned", "likely")


def test_talks_take_their_subject_through_a_measure_noun_not_the_place(build: Build) -> None:
    text = "Foreign ministers of the Group of Seven began three days of talks in Karuizawa, Japan."
    actors = [_mention(text, "Foreign ministers", None), _mention(text, "Group of Seven", None),
              _mention(text, "Japan", "JPN", "country")]  # fmt: skip
    doc = _run(build(text, actors=actors))
    (talks,) = _of(doc, "CONSULT")
    assert "Foreign ministers" in {a.name for a in talks.actors}
    assert "Japan" not in {p.name for p in (*talks.actors, *talks.recipients)}


def test_the_topic_of_a_discussion_is_not_a_party(build: Build) -> None:
    text = (
        "Antony Blinken met Yoshimasa Hayashi on Sunday. The two ministers discussed North "
        "Korea's ballistic missile launches and agreed to deepen cooperation with South Korea."
    )
    actors = [*(_mention(text, n, c, "person") for n, c in
                (("Antony Blinken", "USA"), ("Yoshimasa Hayashi", "JPN"))),
              _mention(text, "North Korea", "PRK", "country"),
              _mention(text, "South Korea", "KOR", "country")]  # fmt: skip
    doc = _run(build(text, actors=actors))
    names = {p.name for e in doc.events for p in (*e.actors, *e.recipients)}
    assert "North Korea" not in names
    (agree,) = _of(doc, "AGREE")
    assert [r.name for r in agree.recipients] == ["South Korea"]


def test_a_reference_point_is_not_the_location(build: Build) -> None:
    text = "Yoshimasa Hayashi hosted the meeting at a resort in the mountains north-west of Tokyo."
    tokyo = place(text, "Tokyo", "Tokyo", "JPN", "PPLC", 1850147)
    doc = _run(build(text, places=[tokyo], actors=[_mention(text, "Yoshimasa Hayashi", "JPN")]))
    assert doc.events and all(e.location is None for e in doc.events)


def test_a_condition_is_hypothetical_not_a_refusal(build: Build) -> None:
    text = "The union warned that further strikes could follow in September if no agreement is reached."
    doc = _run(build(text, "2022-08-21", actors=[_mention(text, "union", "GBR")]))
    (agree,) = _of(doc, "AGREE")
    assert agree.hypothetical and agree.negated
    assert not _of(doc, "REJECT")
    (warning,) = _of(doc, "THREATEN")
    assert [a.name for a in warning.actors] == ["union"]


def test_be_to_with_an_infinitive_is_planned(build: Build) -> None:
    text = "Russia's foreign minister, Sergei Lavrov, is to meet Arab leaders in Cairo on Saturday."
    doc = _run(build(text, actors=[_mention(text, "Sergei Lavrov", "RUS", "person")]))
    (meet,) = _of(doc, "CONSULT")
    assert meet.status == "planned" and events.plover_type(meet) == "AGREE"


def test_an_agentless_passive_needs_a_named_party(build: Build) -> None:
    text = "Seven people were injured in the clashes. Libya has been attacked again."
    doc = _run(build(text))
    (attack,) = doc.events
    assert attack.type == "ASSAULT" and [r.name for r in attack.recipients] == ["Libya"]


def test_an_imagined_telling_is_hypothetical(build: Build) -> None:
    text = "If Iran attacked you, you would not say thank you to Iran."
    doc = _run(build(text))
    assert all(e.hypothetical for e in doc.events)


def test_a_predicative_adjective_can_name_the_act(build: Build) -> None:
    text = "Gaddafi remained defiant, dispatching forces to a western border area."
    doc = _run(build(text, actors=[_mention(text, "Gaddafi", "LBY", "person")]))
    assert {"REJECT", "MOBILIZE"} <= {e.type for e in doc.events}
    assert all([a.name for a in e.actors] == ["Gaddafi"] for e in doc.events)


def test_an_ability_to_act_is_not_the_act(build: Build) -> None:
    text = "The strikes will limit the ability of Iraq to threaten Iran."
    doc = _run(build(text))
    assert all(e.hypothetical for e in _of(doc, "THREATEN"))


def test_wire_trigger_families_beyond_the_dev_set(build: Build) -> None:
    cases = {
        "Iraq froze the assets of Iran.": "SANCTION",
        "Police in Libya cracked down on protesters.": "COERCE",
        "Iran sought asylum in Pakistan.": "REQUEST",
        "Russia ignored calls from Israel to withdraw.": "REJECT",
        "Lebanon expressed solidarity with Pakistan.": "SUPPORT",
        "Iraq inflicted heavy losses on Iran.": "ASSAULT",
    }
    for text, type_ in cases.items():
        doc = _run(build(text))
        assert [e.type for e in doc.events][:1] == [type_], text


def test_listed_event_nouns_stay_apart(build: Build) -> None:
    text = "Israel's blockade of Gaza and the suppression of protests in Syria were condemned."
    actors = [_mention(text, "Israel", "ISR", "country"), _mention(text, "Syria", "SYR", "country")]
    doc = _run(build(text, actors=actors))
    assert len(_of(doc, "COERCE")) == 2


def test_an_intransitive_decline_is_no_refusal(build: Build) -> None:
    text = "The Iraqi dinar declined for a third day. Iran declined to comment on Iraq."
    doc = _run(build(text))
    (refusal,) = _of(doc, "REJECT")
    assert refusal.evidence.text.startswith("Iran")


def test_a_forecast_is_no_threat(build: Build) -> None:
    text = "Iran warned that the rivalry could turn violent. Iraq warned that attacks would follow."
    doc = _run(build(text))
    (threat,) = _of(doc, "THREATEN")
    assert threat.evidence.text.startswith("Iraq")


def test_last_week_is_not_after_the_article_date(build: Build) -> None:
    text = "Iraq attacked Iran late last week."
    week = timex(text, "late last week", "2011-W28")
    doc = _run(build(text, "2011-07-18", timexes=[week]))
    (attack,) = _of(doc, "ASSAULT")
    assert attack.status == "occurred"


def test_what_ministers_discussed_is_a_topic_not_a_party() -> None:
    from dateline.pipeline import extract_text

    article = extract_text(
        "US Secretary of State Antony Blinken met Japanese Foreign Minister Yoshimasa Hayashi in "
        "Liverpool on Saturday. The two ministers discussed China and North Korea.",
        "2021-12-12",
    )
    parties = {p.country for e in article.events for p in (*e.actors, *e.recipients)}
    assert {"USA", "JPN"} <= parties and not parties & {"CHN", "PRK"}
