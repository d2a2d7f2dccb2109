"""Fifth pass: five faults of the widened lexicon (forecasts, announced intents, "called off a
strike", past tenses read as present, the model's wrong lemmas), pinned on news sentences."""

from __future__ import annotations

import functools
from pathlib import Path

import pytest
from spacy.tokens import Doc

from dateline import events
from dateline.analyse import parse
from dateline.evaluate.events import score
from dateline.events.lexicon import lemma, lexicon, read_tsv
from dateline.events.status import misread_past
from dateline.pipeline import extract_text
from dateline.records import Event

from ..conftest import shared_file

DATE = "2011-03-01"  # a Tuesday: "on Sunday" in the past is 2011-02-27, ahead 2011-03-06
DATA = Path(__file__).resolve().parent / "data"


@functools.cache
def _events(text: str, date: str = DATE) -> tuple[Event, ...]:
    return extract_text(text, date=date).events


def _coded(text: str) -> list[str]:
    """Types as a coder scores them: hypothetical and negated events are not coded."""
    return sorted(events.plover_type(e) for e in _events(text) if not (e.hypothetical or e.negated))


# 1. a warning counts as a threat only when its clause names an act that stands on its own
@pytest.mark.parametrize(
    "text",
    [
        "The ministry warned that dialogue with the rebels could collapse.",
        "Insurers warned that costs of reparations could soar.",
    ],
)
def test_a_warning_about_a_non_standalone_noun_is_a_forecast(text: str) -> None:
    assert "THREATEN" not in _coded(text)


def test_a_warning_naming_an_act_is_still_a_threat() -> None:
    assert _coded("The minister warned that further strikes could follow.") == ["THREATEN"]


# 2. readiness, willingness and vows take the class of the act they announce
@pytest.mark.parametrize(
    ("text", "coded"),
    [
        # PLOVER dev gold: THREATEN and AGREE
        ("Iraq's interim government announced that it is prepared to impose martial law.",
         "THREATEN"),
        ("President Abdelaziz Bouteflika said he is prepared to lift the ban on the Islamic "
         "Salvation Front.", "AGREE"),
        ("Hamas said it was ready to release the soldier.", "AGREE"),
        ("Iran said it was willing to attack Israel.", "THREATEN"),
        ("Iran said it was willing to hold talks with the United States.", "AGREE"),
        ("The rebels vowed to attack the capital.", "THREATEN"),
        ("The opposition vowed to stage protests across the country.", "THREATEN"),
        ("The rebels vowed to release the hostages.", "AGREE"),
        ("The rebels vowed to continue their struggle.", "AGREE"),
        ("The prime minister vowed to investigate the killings.", "AGREE"),
        ("The rebels vowed not to release the hostages.", "REJECT"),
        ("Israel is not ready to make concessions.", "REJECT"),
        ("Iran is not willing to hold talks with the United States.", "REJECT"),
    ],
)  # fmt: skip
def test_an_announced_intent_takes_its_acts_class(text: str, coded: str) -> None:
    assert _coded(text) == [coded]


def test_a_vow_keeps_its_own_trigger_and_status() -> None:
    (event,) = _events("The rebels vowed to attack the capital.")
    assert (event.type, event.status, event.evidence.trigger) == ("THREATEN", "occurred", "vowed")


def test_preparing_is_not_announcing() -> None:
    # the verb "prepared" is a preparation, not an announced willingness: no AGREE/intent coding
    found = _events("The Macedonian army prepared to resume shelling Albanian territory.")
    assert all(e.type == "ASSAULT" for e in found), found


# 3. "with" columns joining words by "+" need every word
def test_calling_off_a_strike_concedes() -> None:
    (event,) = _events("The union called off a four-day strike on Thursday.")
    assert (event.type, event.cameo, event.evidence.trigger) == ("CONCEDE", "082", "called off")
    assert _coded("Organisers called off the rally after police warnings.") == ["CONCEDE"]


def test_calling_off_talks_rejects() -> None:
    assert _coded("The opposition called off the talks with the government.") == ["REJECT"]


def test_rows_needing_several_words_come_first() -> None:
    needs = [e.needs for e in lexicon().verbs["call"] if e.needs and "off" in e.needs]
    assert needs[-1] == "off" and "off+strike" in needs[:-1]


# 4. status: a past form read as present, and a misparsed coordination
@pytest.fixture(scope="module")
def retook() -> Doc:
    return parse("Government troops retook the town of Zawiya on Sunday.")


def test_a_past_form_tagged_present_is_read_as_past(retook: Doc) -> None:
    assert retook[2].tag_ == "VBP"  # the model's reading this test guards against
    assert misread_past(retook[2])
    present = parse("Government troops retake the town and they are there.")
    assert not any(misread_past(t) for t in present)


def test_a_retaking_on_sunday_happened_last_sunday() -> None:
    (event,) = _events("Government troops retook the town of Zawiya on Sunday.")
    assert (event.type, event.status) == ("ASSAULT", "occurred")
    assert event.date is not None and event.date.value == "2011-02-27"


def test_a_retaking_still_to_come_is_planned() -> None:
    (event,) = _events("Government troops will retake the town of Zawiya on Sunday.")
    assert event.status == "planned" and event.date is not None
    assert event.date.value == "2011-03-06"


def test_a_finite_past_verb_shares_nothing_with_an_infinitive() -> None:
    text = (
        "But Japan's JGTO Tour took a dim view of Ishikawa's decision to pull out again and "
        "slapped him with the first such fines for three years on the men's tour as punishment."
    )
    found = {e.type: e.status for e in _events(text, "2011-09-14")}
    # (the golfer's pulling out is also coded since the sixth pass: the model reads
    # "Ishikawa" as an organisation, whose decided acts are told apart)
    assert (found["ACCUSE"], found["SANCTION"]) == ("occurred", "occurred")


def test_a_decision_to_act_is_planned_until_it_is_taken() -> None:
    # since the thirteenth pass a decision taken is the act (cues.tsv `done`: the GSR-style
    # coders coded every "decided to" act as done, 8 of 8); one still to take is planned
    found = _events("The European Union decided to impose sanctions on Syria.")
    assert [(e.type, e.status) for e in found] == [("SANCTION", "occurred")]
    found = _events("The European Union will decide on Monday to impose sanctions on Syria.")
    assert [(e.type, e.status) for e in found] == [("SANCTION", "planned")]


# 5. the model's wrong lemmas are corrected before the lookup
def test_lemma_fixes_correct_the_model() -> None:
    doc = parse("The court fined him, soldiers raped women and rebels waged war.")
    words = {t.lower_: lemma(t) for t in doc}
    assert (words["fined"], words["raped"], words["waged"]) == ("fine", "rape", "wage")
    assert lemma(parse("Critics rapped the government.")[1]) == "rap"


@pytest.mark.parametrize(
    ("text", "coded"),
    [
        ("The court fined the company on Monday.", "SANCTION"),
        ("Soldiers raped women in the village.", "ASSAULT"),
        ("Rebels waged war on the government.", "ASSAULT"),
        ("Police cordoned off the area.", "COERCE"),
        ("Protesters staged a protest in Cairo.", "PROTEST"),
        ("The opposition leader lambasted the government.", "ACCUSE"),
        ("The opposition leader rapped the government over the price rises.", "ACCUSE"),
    ],
)
def test_inflected_triggers_fire(text: str, coded: str) -> None:
    assert _coded(text) == [coded]


def test_no_row_sits_under_a_broken_lemma() -> None:
    fixes = {form: fixed for form, fixed in read_tsv("lemma_fixes.tsv")}
    broken = {"fin", "rap", "forgave", "wag", "retook", "cordone", "lambast", "stag", "rag"}
    rows = [r for r in read_tsv("triggers.tsv") if r[0] in broken and r[0] not in fixes.values()]
    assert [r for r in rows if r[3] != "ACCUSE"] == []  # "rap" (criticise) is ACCUSE only
    assert not broken & {r[0] for r in read_tsv("light_verbs.tsv")}


# the measured figures of this pass (dev 0.865 -> 0.875, sets 1-3 0.760 -> 0.775); the sixth
# pass traded 0.01 of each for acts told beside the main one in leads (test_sixth_pass.py);
# the seventh splits "retook the village after guerrillas overran it" into two assaults, one
# more than the dev gold codes (0.862 -> 0.860)
def test_dev_and_check_sets_keep_this_pass() -> None:
    dev = score(shared_file("data/events/plover_gsr_dev.jsonl"))
    assert dev.types.f1 >= 0.855, dev.types
    checks = score([DATA / f"t17_check{n}.jsonl" for n in ("", "2", "3")], every=True)
    assert checks.types.f1 >= 0.75, checks.types
