"""Twelfth pass (ninth session), from the misses on the GSR-style sets a-g: acts told in a
clause on a time noun or in a piece of news, cooperation and telephone calls between known
parties, a crowd defying a curfew, quelling a revolt, and words the lexicon left out."""

from __future__ import annotations

import pytest

from dateline import events

from .conftest import check_sets
from .conftest import pipeline_events as _events
from .conftest import pipeline_types as _types


def _parties(text: str, type_: str) -> tuple[list[str], list[str]]:
    event = next(e for e in _events(text) if e.type == type_)
    return [p.name for p in event.actors], [p.name for p in event.recipients]


def test_a_clause_on_a_time_noun_tells_its_own_act() -> None:
    text = (
        "The comments come the same day as U.S. Secretary of State Hillary Clinton met with a"
        " leader of Libya's opposition in London."
    )
    assert _types(text) == ["CONSULT"]
    assert _parties(text, "CONSULT")[0] == ["Hillary Clinton"]
    # a year when a thing threatened, a day when they shall meet: no news
    text = "It was the year when the excesses of the housing boom threatened the economy."
    assert _types(text) == []


def test_the_news_that_something_happened_tells_it() -> None:
    text = (
        "The opposition got a boost Wednesday with news that Libyan Foreign Minister Moussa"
        " Koussa had resigned, the United Kingdom Foreign Office said."
    )
    assert "RETREAT" in _types(text)


def test_working_with_another_known_party_is_cooperation() -> None:
    text = (
        "State Department spokesman Mark Toner said Friday that U.S. officials in Benghazi have"
        " been working with the Libyan opposition."
    )
    assert _types(text) == ["COOPERATE"]
    assert _parties(text, "COOPERATE") == (["U.S. officials"], ["Libyan opposition"])
    # two known parties working together
    assert _types("France and Britain are working together on a draft resolution.") == ["COOPERATE"]
    # ... but not a singer and a producer, doctors and volunteers, nor a plan "worked out
    # with" someone
    assert _types("The singer worked with producer Mark Ronson on the album.") == []
    text = "Egyptian doctors worked with Red Cross volunteers to treat the wounded."
    assert "COOPERATE" not in _types(text)
    text = "The ICC says he hired mercenaries to carry out a plan, worked out with his father."
    assert "COOPERATE" not in _types(text)


def test_calling_a_known_leader_is_a_telephone_call() -> None:
    text = (
        "Reports from Saudi Arabia say that King Abdullah called Mr. Mubarak to say he stands"
        " with the embattled Egyptian president."
    )
    (call,) = [e for e in _events(text) if e.type == "CONSULT"]
    assert call.mode == "phone" and [p.name for p in call.recipients] == ["Hosni Mubarak"]
    # naming someone something is no call, nor is a call between people nobody knows
    assert _types("Mubarak called the protesters traitors.") == ["ACCUSE"]
    text = "Former Vice President Dick Cheney is calling Hosni Mubarak a, quote, good friend."
    assert "CONSULT" not in _types(text)
    # ... while a quotation inside the object's own phrase names nothing
    text = (
        "Libyan rebels repulsed an offensive by Gaddafi's forces as the defiant leader warned"
        ' foreign powers of "another Vietnam" if they intervened.'
    )
    assert "THREATEN" in _types(text)
    assert _types("They called Mubarak the last pharaoh.") == []
    assert _types("Mary calls Brian to check on Sean.") == []
    # a phone call named as such still is one
    text = "In a 30-minute phone call, the U.S. and British leaders discussed the oil spill."
    assert "CONSULT" in _types(text)


def test_a_crowd_defying_a_curfew_protests() -> None:
    text = "Thousands of Egyptians defied a mid-afternoon government curfew Monday."
    assert _types(text) == ["PROTEST"]
    # defying anything else is still a rejection
    assert _types("Iran defied the U.N. Security Council by continuing enrichment.") == ["REJECT"]


def test_protesters_filling_a_square_and_burning_tyres_protest() -> None:
    text = "Thousands of protesters packed Tahrir Square on Friday, residents said."
    assert _types(text) == ["PROTEST"]
    assert _types("Protesters burned tyres on the main road to Beirut airport.") == ["PROTEST"]
    # fans, shoppers and garbage fill squares and streets too
    assert _types("Fans packed the square to watch the World Cup final.") == []
    assert _types("Rotting garbage and sewage filled the streets.") == []


def test_putting_down_a_revolt_quells_it() -> None:
    text = "Gaddafi's forces have put down two revolts in Zawiyah since February, residents said."
    # violent repression, CAMEO 175, which CAMEO2PLOVER maps to ASSAULT (COERCE before the
    # thirtieth pass; the coders of the opened sets code it ASSAULT)
    assert _types(text) == ["ASSAULT"]
    # a siege ended by storming is an attack, and a tax scrapped no concession
    assert "CONCEDE" not in _types("Commandos ended the siege by storming the hotel.")
    assert _types("The government scrapped the tax on fuel.") == []


def test_searches_of_cars_and_houses_but_not_for_survivors() -> None:
    assert _types("Police searched cars in the city centre.") == ["COERCE"]
    assert _types("Security forces were carrying out house-to-house searches.") == ["COERCE"]
    assert _types("Rescue teams searched buildings for survivors.") == []


def test_troops_sent_to_help_are_protection_and_munitions_are_aid() -> None:
    assert _types("Saudi Arabia sent troops to Bahrain to help stifle unrest.") == ["AID"]
    assert _types("Syria sent troops to Hama to crush the protests.") == ["MOBILIZE"]
    assert _types("France has also supplied ammunition and weapons in air-drops.") == ["AID"]
    assert _types("The company supplies ammunition to hunters across Europe.") == []


def test_attacks_by_aircraft_and_navies() -> None:
    text = "Night after night, NATO aircraft have hammered presidential compounds in Tripoli."
    assert _types(text) == ["ASSAULT"]
    assert _types("NATO sank eight Libyan warships.") == ["ASSAULT"]
    # a hammering with words, and a ship that sank, are no attack
    assert _types("Republicans hammered Obama over the spill.") == []
    assert _types("The ferry sank off the coast, killing 40.") == []


def test_a_verb_s_parsed_apposition_does_not_change_its_sense() -> None:
    # the parser hung "evidence" after the semicolon on "offered": no "offered evidence"
    text = (
        "A number of Western governments have already offered help to opposition groups to"
        " enable them to gather evidence; evidence that could be used in future trials."
    )
    assert "AGREE" in _types(text)


def test_proposing_a_deal_offers_it_but_proposing_cuts_does_not() -> None:
    text = "Italy proposed a deal including a ceasefire and exile for Gaddafi."
    assert _types(text) == ["AGREE"]
    assert _types("The Sustainable Defense Task Force proposes cuts to the defense budget.") == []
    assert _types("The mayor proposed a plan to build a new stadium.") == []
    assert _types("France proposed that the council vote on Friday.") == ["REQUEST"]


def test_bringing_to_justice_is_prosecution_and_promised_a_threat() -> None:
    assert _types("Police brought the suspects to justice last year.") == ["COERCE"]
    text = "Obama said if laws were broken, we will bring these people to justice."
    assert _types(text) == ["THREATEN"]


def test_recruiting_fighters_and_stepping_up_patrols() -> None:
    assert _types("Gaddafi has been recruiting fighters in Niger and Mali.") == ["MOBILIZE"]
    assert _types("Security forces have stepped up patrols in the capital.") == ["MOBILIZE"]
    assert _types("The club recruited volunteers for the festival.") == []
    assert _types("The company increased its presence in Asia.") == []
    assert _types("The city increased patrols of garbage trucks.") == []


def test_concessions_and_rejections_told_by_their_object() -> None:
    text = "The king ended emergency law and scrapped a state security court."
    assert _types(text) == ["CONCEDE"]
    assert _types("The government blocked the takeover of Unocal.") == ["REJECT"]
    assert _types("Obama officials lifted the curbs on drilling.") == ["CONCEDE"]


def test_readiness_for_an_act_announces_it() -> None:
    (talks,) = _events("Egypt is ready for talks with Israel.")
    assert events.plover_type(talks) == "AGREE" and talks.status == "planned"
    assert [p.name for p in talks.actors] == ["Egypt"]
    assert [p.name for p in talks.recipients] == ["Israel"]
    (truce,) = _events("Gaddafi said he was ready for a cease-fire.")
    assert events.plover_type(truce) == "AGREE"
    assert [p.name for p in truce.actors] == ["Muammar Gaddafi"]
    # readiness for force is a threat, and unreadiness no agreement
    assert _types("The army is ready for an attack on the city.") == ["THREATEN"]
    (talks,) = _events("The rebels were not ready for talks.")
    assert talks.negated


def test_who_provided_a_thing_is_no_target_of_what_is_done_with_it() -> None:
    text = "The UN refugee agency was distributing tents provided by the United States."
    assert _parties(text, "AID") == (["UN refugee agency"], [])
    # ... while the holder of a town shelled, or the maker of decisions blamed, is
    assert _parties("Syrian troops shelled a town held by rebels.", "ASSAULT")[1] == ["rebels"]
    assert _parties("Transocean blamed decisions made by BP.", "ACCUSE")[1] == ["BP"]


def test_a_time_that_counts_what_a_phrase_names_is_no_date() -> None:
    text = "Bowing to eight days of protests, Mubarak said he would not run again."
    assert _types(text) == ["CONCEDE"]
    assert _parties(text, "CONCEDE")[0] == ["Hosni Mubarak"]


def test_making_a_party_pay_and_vowing_it() -> None:
    text = "He vowed that he will make BP pay for all the damage it caused."
    assert _types(text) == ["THREATEN"]
    assert _types("The new law makes consumers pay more for petrol.") == []
    # a vow's own side does the act it vows: no recipient of its own threat
    text = "Gaddafi vowed that his forces would crush the rebels."
    assert _parties(text, "THREATEN") == (["Muammar Gaddafi"], ["rebels"])


def test_forces_falling_back_and_striking_at_a_target() -> None:
    text = "Gadhafi's troops fell back after days of fierce fighting in Ajdabiya, Kaim said."
    assert _types(text) == ["RETREAT"]
    assert _types("Prices fell back after the rally.") == []
    text = "Gaddafi struck at rebel control of a key coastal road for a second day on Thursday."
    assert _types(text) == ["ASSAULT"]
    assert _types("The quake struck at a depth of 6.2 miles.") == []


def test_according_to_is_no_argument_of_the_verb() -> None:
    # "protested to" is a complaint; "protesting ..., according to" is still a protest
    text = "Thousands were protesting in the capital of Cairo, according to an alliance of lawyers."
    assert _types(text) == ["PROTEST"]


def test_arms_bans_skipped_meetings_and_blocked_moratoriums() -> None:
    text = "In Brussels, the European Union banned the sale of arms and ammunition to Libya."
    assert _types(text) == ["SANCTION"]
    assert _types("The school banned weapons on campus.") == []
    text = "China has said it would skip the meeting while it was uncertain who Russia would send."
    assert _types(text) == ["REJECT"]
    assert _types("She skipped the meeting to see a doctor.") == []
    text = "A federal judge blocks the Obama administration's moratorium on deepwater drilling."
    assert _types(text) == ["REJECT"]


# The GSR-style sets (one event per sentence, picked per type as the PLOVER gold records are;
# data/README.md), one floor each (the eleventh pass's floors on sets a-g, lower, stood in a
# test of their own until these replaced them). The eighth session opened sets b and d
# (0.503 -> 0.573 and 0.798 -> 0.834) and scored sets a, c and e once after its pass (0.618
# with the code from before it, 0.622 after) and sets f and g once at its end (0.615 -> 0.633).
# The GSR-style sets of the ninth session (data/README.md). Sets h-k were coded blind at the
# session's start and scored once after its first pass: 0.551 with the start code, 0.560
# after (recipient 0.604 -> 0.603); then opened, 0.583. Sets l-o were coded after h-k were
# scored and scored once with the code of the first merge: 0.562 with the start code, 0.578
# then (recipient 0.631 -> 0.626); opened for a second batch, 0.590. Sets p-s, coded after l-o
# were scored, were scored once at the end: 0.607 with the start code, 0.611 after the first
# merge, 0.614 with the final code (recipient 0.637 -> 0.631). Sets a-g, opened, moved up
# with this pass (b 0.573 -> 0.591, d 0.834 -> 0.847, a+c+e 0.652 -> 0.694, f+g 0.633 ->
# 0.665). The floors sit a little below. The tenth session added sets t-w, coded blind at its
# start: 0.584 with its start code and with its final code (recipient 0.655); p-s, opened,
# rose to 0.631. The eleventh session added sets x-z, coded blind at its start and scored once
# with its start code: 0.582 (recipient 0.644); opened, 0.622 after its pass (t-w 0.594). Sets
# aa-ac were coded blind after that pass and scored once with the start and the final code:
# 0.586 both times (recipient 0.591). The twelfth session's pass (crowds' demands, calls for
# protests, riots, crowds that fill the streets; "working with" a body) raised the opened sets
# (t-w 0.594 -> 0.621, x-z 0.622 -> 0.638, aa-ac 0.587 -> 0.606); sets ad-af, coded blind at
# its start, read 0.582 with its start code and with its final code (recipient 0.618).
# Since the fifteenth session these sets are scored on the events each sentence reports
# (Event.main): type F1 rises on every set; a recipient figure can fall by a point where the
# matched event of the gold type is another telling (b 0.675 -> 0.667, x-z 0.650 -> 0.639),
# or where an event newly matched has a recipient dateline misses (its apology and aid rows:
# b 0.667 -> 0.658, t-w 0.660 -> 0.650). The thirty-second pass matched two more events in
# f+g whose gold recipients it misses, "rebel" of "rejected rebel claims" (a modifier the
# actors stage names no party) and "the town" NTC forces moved tanks towards (0.694 -> 0.677).
@pytest.mark.parametrize(
    ("sets", "sentences", "type_floor", "recipient_floor"),
    [
        (["gsr_b"], 88, 0.58, 0.65),
        (["gsr_d"], 89, 0.83, 0.65),
        (["gsr_a", "gsr_c", "gsr_e"], 264, 0.68, 0.70),
        (["gsr_f", "gsr_g"], 176, 0.65, 0.67),
        (["gsr_h", "gsr_i", "gsr_j", "gsr_k"], 352, 0.57, 0.59),
        (["gsr_l", "gsr_m", "gsr_n", "gsr_o"], 352, 0.575, 0.61),
        (["gsr_p", "gsr_q", "gsr_r", "gsr_s"], 352, 0.62, 0.62),
        (["gsr_t", "gsr_u", "gsr_v", "gsr_w"], 351, 0.61, 0.64),
        (["gsr_x", "gsr_y", "gsr_z"], 264, 0.63, 0.63),
        (["gsr_aa", "gsr_ab", "gsr_ac"], 265, 0.60, 0.60),
        (["gsr_ad", "gsr_ae", "gsr_af"], 262, 0.575, 0.61),
    ],
)
def test_the_gsr_style_sets_hold_after_the_twelfth_pass(
    sets: list[str], sentences: int, type_floor: float, recipient_floor: float
) -> None:
    scores = check_sets(sets)
    assert scores.sentences == sentences
    assert scores.types.f1 >= type_floor, scores.types
    assert scores.recipients.f1 >= recipient_floor, scores.recipients


def test_tear_gas_is_crowd_control_and_a_bare_dispersal_coercion() -> None:
    # the PLOVER manual's ASSAULT mode crowd-control: "tear gas, water cannons, firing weapons
    # in the air"; "police pushed back protesters" is coercion
    (gas,) = _events("Police fired water cannon and tear gas at protesters in Tahrir Square.")
    assert (gas.type, gas.mode) == ("ASSAULT", "crowd-control")
    assert _types("Police dispersed the protesters with tear gas on Monday.") == ["ASSAULT"]
    assert _types("Police dispersed the protesters on Monday.") == ["COERCE"]


def test_a_sanction_agreed_is_imposed() -> None:
    (sanction,) = _events("The EU agreed to impose sanctions on Syria.")
    assert sanction.type == "SANCTION"
    assert [p.name for p in sanction.actors] == ["European Union"]
    assert [p.name for p in sanction.recipients] == ["Syria"]
    # agreeing to anything else is still an agreement
    assert _types("The EU agreed to hold talks with Iran.") == ["AGREE"]


def test_an_order_freezing_assets_a_shuttered_embassy_and_fuel_supplied() -> None:
    text = "U.S. President Barack Obama signs an executive order freezing Moammar Gadhafi's assets."
    assert "SANCTION" in _types(text)
    text = "The U.S. Embassy in Tripoli was shuttered and American personnel evacuated."
    assert "SANCTION" in _types(text)
    assert _types("Qatar has also supplied fuel to the rebel government.") == ["AID"]
    assert _types("The company supplies fuel to airlines.") == []
