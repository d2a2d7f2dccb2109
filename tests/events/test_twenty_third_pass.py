"""Twenty-third pass (twentieth session): the one event a sentence leads with, money and relief
handed over, vows of violence, orders that expel or freeze, and tellings by "insisted". Read
from the misses on the opened GSR-style sets a-au and CAMEO-style sets 1-15; sets av-ax and
CAMEO-style 16-18 were coded blind at the session's start and held out."""

from __future__ import annotations

import json
from pathlib import Path

from dateline import events
from dateline.evaluate.events import score
from dateline.pipeline import extract_text
from dateline.records import article_from_json, article_to_json
from dateline.store import EventQuery
from dateline.store.duckdb import DuckDBStore

from .conftest import lead_types, names, one_of_type, pipeline_events

DATE = "2010-07-01"


def _one(text: str, type_: str, date: str = DATE) -> events.Event:
    return one_of_type(text, type_, date)


def _types(text: str, date: str = DATE) -> list[str]:
    return [events.plover_type(e) for e in pipeline_events(text, date)]


def test_a_sentence_leads_with_one_act() -> None:
    # the PLOVER gold and the GSR-style sets code one event a sentence: of two coordinated
    # acts, both reported (``main``), the first leads
    text = "The army shelled the town and arrested dozens of activists."
    told = [events.plover_type(e) for e in pipeline_events(text, DATE) if e.main]
    assert told == ["ASSAULT", "COERCE"]
    assert lead_types(text, DATE) == ["ASSAULT"]
    assert lead_types(
        "Security forces arrested dozens of activists and shelled the town.", DATE
    ) == ["COERCE"]
    text = "King Abdullah demanded an end to the bloodshed and withdrew his ambassador to Damascus."
    assert sorted(_types(text)) == ["REQUEST", "SANCTION"]
    assert lead_types(text, DATE) == ["REQUEST"]
    # the highest act in the parse leads, not the first word: the report's act under "said"
    # is its content, the killing a relative clause names is no lead
    assert lead_types("Police said rebels who killed two soldiers attacked a convoy.", DATE) == [
        "ASSAULT"
    ]


def test_the_second_act_the_same_words_tell_leads_too() -> None:
    # an ultimatum is a demand and the threat it holds out; a coder codes one of the two, and
    # which one differs (the PLOVER dev gold the demand, the GSR-style coders the threat)
    text = "Clinton told Assad to halt the operations or face consequences."
    assert sorted(lead_types(text, DATE)) == ["REQUEST", "THREATEN"]


def test_nothing_leads_where_nothing_is_reported() -> None:
    assert lead_types("Syria did not attend the meeting.", DATE) == []
    assert lead_types("If Gaddafi attacks Benghazi, it will be a massacre.", DATE) == []


def test_money_handed_over_is_aid() -> None:
    # CAMEO 071: money made available, made in grants, claims paid
    made = _one(
        "BP has made $89.5 million in grants to Florida, Alabama, Mississippi and Louisiana.",
        "AID",
    )
    assert names(made.actors) == ["BP"]
    assert (
        _one("BP so far has paid nearly $50 million in lost-income claims.", "AID").cameo == "071"
    )
    text = "He said the United States is making available an additional $6.5 million for Libya."
    assert names(_one(text, "AID").actors) == ["United States"]
    # not every sum paid or moved: a purchase, a fine, a refund, a transfer (the code review's)
    for text in (
        "The company paid $1 billion for the refinery.",
        "BP paid a $20 million fine to the state.",
        "The airline reimbursed passengers for their hotel rooms.",
        "Mubarak transferred billions of dollars to Swiss bank accounts.",
    ):
        assert "AID" not in _types(text), text


def test_aid_brought_and_relief_dropped_by_parachute_is_aid() -> None:
    text = "UN and Oxfam staff are finally bringing aid to parts of the capital."
    assert _one(text, "AID").cameo == "073"
    text = "Its military had dropped food, medical products and light weaponry by parachute."
    assert _one(text, "AID").cameo == "073"
    # water a storm or a pipeline brings, supplies flown to a station, advisers a bank provides
    for text in (
        "The storm brought water into the streets of New Orleans.",
        "The new pipeline will bring water to two million residents.",
        "Helicopters dropped water on the damaged reactor.",
        "Goldman Sachs provided advisers to the Libyan Investment Authority.",
    ):
        assert "AID" not in _types(text), text


def test_a_vow_of_vengeance_is_a_threat() -> None:
    vow = _one("Gadhafi has vowed vengeance for NATO bombings in Libya.", "THREATEN")
    assert names(vow.actors) == ["Muammar Gaddafi"]
    # a promised battle on a social ill, blood given, retribution at the polls threaten nobody
    for text in (
        "The president promised a battle against corruption.",
        "The Red Cross pledged blood to hospitals in Haiti.",
        "The Tea Party vowed retribution against incumbents at the polls.",
    ):
        assert "THREATEN" not in _types(text), text


def test_diplomats_ordered_to_leave_are_expelled() -> None:
    text = "British Foreign Secretary William Hague ordered two Libyan diplomats to leave."
    expel = _one(text, "SANCTION")
    assert (expel.mode, expel.cameo) == ("expel", "166")
    assert [p.country for p in expel.recipients] == ["LBY"]
    # passengers ordered off a ship, envoys sent to mediate, a hiring freeze are no sanction
    for text in (
        "The captain ordered the passengers to leave the ship.",
        "The President ordered envoys to leave for Cairo immediately to mediate.",
        "The company ordered a hiring freeze.",
    ):
        assert "SANCTION" not in _types(text), text


def test_insisting_tells_what_a_party_will_do() -> None:
    # FactBank's reporting predicates: "insisted it would not attend" is the ministry's
    # refusal, its "would" the telling's future, not a supposition
    refusal = _one("The foreign ministry insisted it would not attend the talks.", "REJECT")
    assert not refusal.hypothetical
    assert refusal.attribution == "The foreign ministry"
    # the telling alone is no event
    assert _types("The minister insisted that the economy was growing.") == []


def test_what_a_party_makes_clear_it_tells() -> None:
    # "made (it) clear" tells, as "said" does: its "would" is no supposition, its subject the
    # party of a pronoun under it, and what is made clear is what the sentence reports
    text = "Gadhafi has made clear he would not recognize the International Criminal Court."
    refusal = _one(text, "REJECT")
    assert names(refusal.actors) == ["Muammar Gaddafi"]
    assert not refusal.hypothetical and refusal.main and refusal.lead
    text = "The United States has made it clear that it would not send ground troops to Libya."
    sent = _one(text, "REJECT")  # a refusal to deploy since the twenty-sixth pass
    assert not sent.negated and sent.main
    # "made the streets clear of debris" tells nothing
    assert _types("Workers made the streets clear of debris.") == []


def test_the_store_lists_what_sentences_lead_with(tmp_path: Path) -> None:
    text = "The army shelled the town and arrested dozens of activists."
    store = DuckDBStore(tmp_path / "s.duckdb")
    try:
        store.add([extract_text(text, date=DATE, article_id="a1")])
        reported = sorted(e["type"] for e in store.events(EventQuery(main=True)))
        led = [e["type"] for e in store.events(EventQuery(lead=True))]
    finally:
        store.close()
    assert (reported, led) == (["ASSAULT", "COERCE"], ["ASSAULT"])


def test_a_record_written_before_the_field_leads_where_it_is_main() -> None:
    article = extract_text("The army shelled the town and arrested dozens of activists.", DATE)
    record = json.loads(article_to_json(article))
    for event in record["events"]:
        del event["lead"]
    old = article_from_json(json.dumps(record))
    assert [e.lead for e in old.events] == [e.main for e in article.events] == [True, True]


def test_the_eval_scores_the_lead_unless_asked_for_every_reported_event(tmp_path: Path) -> None:
    gold = tmp_path / "gold.jsonl"
    text = "King Abdullah demanded an end to the bloodshed and withdrew his ambassador."
    sanction = {"event": "SANCTION", "actor": [], "recipient": []}
    gold.write_text(json.dumps({"id": "g", "text": text, "events": [sanction]}) + "\n")
    lead, main = score(gold).types, score(gold, lead=False).types
    assert (lead.tp, lead.fp, lead.fn) == (0, 1, 1)  # the demand leads: a coder's other pick
    assert (main.tp, main.fp, main.fn) == (1, 1, 0)


def test_rows_read_from_the_opened_held_out_sets() -> None:
    # GSR-style av-ax, opened after their runs
    text = "Be assured the Arab countries will not accept the intervention of the NATO coalition."
    refusal = _one(text, "REJECT")
    assert [p.sector for p in refusal.recipients] == ["IGO"]
    text = "President Mubarak has transferred all authority to the vice president."
    assert _one(text, "RETREAT").cameo == "0832"
    text = "His mission has dropped the controversial call for Syria's president to devolve power."
    assert _one(text, "CONCEDE").cameo == "080"
    text = "George Bush will dine later today with Jacques Chirac."
    assert _one(text, "AGREE").type == "CONSULT"
    # with no party known, nothing: a phone call dropped, a company's authority handed on
    for text in (
        "The caller dropped the call.",
        "The company transferred authority over the plant to its subsidiary.",
        "The family dined with friends on Sunday.",
    ):
        assert _types(text) == [], text


def test_fleeing_the_scene_is_no_displacement() -> None:
    # SANCTION `expel` (migration) is people driven from their homes or country, not a gunman
    # getting away
    assert "SANCTION" not in _types("The gunmen fled the scene in a car.")
    text = "He was attacked by Gadhafi's militia and fled the scene."
    assert _types(text) == ["ASSAULT"] and lead_types(text, DATE) == ["ASSAULT"]
    assert "SANCTION" in _types("Thousands of Syrians have fled to Turkey.")


def test_a_vow_to_stay_refuses_and_a_demand_or_loss_is_an_ultimatum() -> None:
    # GSR-style av-ax, opened after their runs
    text = "Gaddafi appears unmoved by the outside pressure, and is vowing to stay in power."
    assert _one(text, "REJECT").cameo == "124"
    assert "REJECT" not in _types("She vowed to stay in touch with her old school friends.")
    text = "Republicans demanded that Barton retract his apology or lose his seniority."
    assert {"REQUEST", "THREATEN"} <= set(_types(text))
    assert "THREATEN" not in _types("He asked whether the company would win or lose the contract.")


def test_rows_read_from_the_opened_cameo_style_sets() -> None:
    # CAMEO-style 16-18, opened after their runs: a demonstration quashed or shut down is
    # repression; forces joined with a party are cooperation
    text = "Hamas, which controls Gaza, quashed a solidarity demonstration on January 31."
    assert names(_one(text, "COERCE").actors) == ["Hamas"]
    assert _one("Police shut down the rally in Cairo.", "COERCE").mode == "restrict"
    text = "The Free Syrian Army had joined forces with another rebel force."
    assert names(_one(text, "COOPERATE").actors) == ["Free Syrian Army"]
    for text in (
        "Some restaurants in the city shut down to protest a VAT hike.",
        "The court quashed the conviction.",
        "The two companies joined forces with a local partner.",
    ):
        assert "COERCE" not in _types(text) and "COOPERATE" not in _types(text), text
