"""Eighteenth pass (fifteenth session), from the opened GSR-style sets: an apology is a
concession, as the PLOVER manual says; money given or put into a body, rescuers and doctors
sent and camps or field hospitals set up are aid (CAMEO 071, 073), the type those sets'
coders found least (recall 0.34)."""

from __future__ import annotations

from .conftest import pipeline_events as _events


def _types(text: str, date: str = "2010-06-01") -> list[tuple[str, str | None]]:
    return [(e.coded_type or e.type, e.evidence.trigger) for e in _events(text, date)]


def test_an_apology_is_a_concession() -> None:
    # PLOVER manual s.CONCEDE: "expressions of regret or remorse ... CONCEDE" (CAMEO 055)
    assert _types("BP chief executive Tony Hayward apologised to the people of the Gulf.") == [
        ("CONCEDE", "apologised")
    ]
    # seeking one is a demand
    assert [t for t, _ in _types("Turkey demanded an apology from Israel.", "2010-06-02")] == [
        "REQUEST"
    ]


def test_money_given_or_put_into_a_body_is_economic_aid() -> None:
    text = "The World Bank has given $25 million to help Haiti rebuild its schools."
    assert ("AID", "given") in _types(text, "2010-01-20")
    text = "The European Commission is releasing emergency funds to help deal with the disaster."
    assert ("AID", "releasing") in _types(text, "2010-01-14")
    # giving up money, or a gift of light, is no aid
    assert _types("He explains how he eats after giving up all forms of money.") == []


def test_rescuers_sent_and_field_hospitals_set_up_are_humanitarian_aid() -> None:
    text = "China has sent rescuers and doctors to Haiti."
    assert ("AID", "sent") in _types(text, "2010-01-15")
    text = "Doctors from Spain have set up a field hospital in Leogane."
    assert _types(text) == [("AID", "set up")]
    # a team sent to investigate is no aid
    text = "The government had sent a team to investigate the killings."
    assert "AID" not in [t for t, _ in _types(text, "2011-05-01")]


def test_oil_bought_from_a_party_and_planes_put_into_a_mission_are_cooperation() -> None:
    # CAMEO 061 and 062; 12 of the 13 GSR-style codings of oil bought or sold are COOPERATE
    text = "Qatar has bought the first oil cargo sold by the rebels."
    assert ("COOPERATE", "bought") in _types(text, "2011-04-06")
    text = "Qatar has contributed two fighters and two military transport planes."
    assert _types(text, "2011-03-25") == [("COOPERATE", "contributed")]
    text = "Samsung C&T said it has signed a contract with the Hajr company."
    assert [t for t, _ in _types(text, "2011-03-25")] == ["COOPERATE"]


def test_a_pledge_takes_its_acts_class_as_a_vow_does() -> None:
    # CAMEO 13: a pledge of force or prosecution is a threat; of cooperation, a promise (03)
    text = "Obama pledged to bring the killers to justice."
    assert [t for t, _ in _types(text, "2011-04-20")] == ["THREATEN"]
    text = "Britain promised to send more aid to Haiti."
    assert [t for t, _ in _types(text, "2010-01-20")] == ["AGREE"]


def test_a_vow_not_to_run_again_is_a_planned_retreat() -> None:
    # "will not seek re-election" is coded CONCEDE (a planned retreat); so is a vow or a pledge
    # not to run, which had given nothing (a vow) or a promise (a pledge); vowing to run is none
    for verb in ("pledged", "vowed"):
        text = f"Yemeni President Ali Abdullah Saleh has {verb} not to run for re-election."
        (event,) = _events(text, "2011-02-06")
        assert (event.coded_type, event.status) == ("CONCEDE", "planned")
    assert _types("Saleh has vowed to run for re-election.", "2011-02-06") == []
