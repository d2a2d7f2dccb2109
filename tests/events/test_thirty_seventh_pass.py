"""Thirty-seventh pass (thirty-fourth session): sums of money in any currency or written with
their sign, money released, money an international or public body provides to whoever gets
it, claims settled and payments made, contracts honoured, a title on the first part of a name
("Secretary General Ban Ki-moon"), a meeting announced for a day ahead, and the host of a
visit as the place its verb names; narrowed after a code review, and one change after the
held-out run. Read from the misses on the opened GSR-style sets a-ck and CAMEO-style sets
1-57; GSR-style sets cl-cn and CAMEO-style sets 58-60 were coded blind at the session's start
and held out (opened after their run)."""

from __future__ import annotations

from .conftest import lead_types, one_of_type, parties, pipeline_events, pipeline_types

HAITI = "2010-01-14"
LIBYA = "2011-06-05"
SYRIA = "2012-02-23"
SPILL = "2010-06-20"


def test_a_sum_in_a_currency_or_with_its_sign_is_money_given() -> None:
    text = (
        "The UK will give # 500,000 ($795,000) to Syrian opposition groups, Foreign Secretary "
        "William Hague is to announce later on Thursday."
    )
    pledge = one_of_type(text, "AGREE", SYRIA)
    assert pledge.lead and pledge.type == "AID" and pledge.status == "planned"
    assert parties(pledge) == (["United Kingdom"], ["Syrian opposition groups"])
    text = "Kuwait will contribute 50 million Kuwaiti dinar to Libya's rebel council."
    assert "AGREE" in lead_types(text, LIBYA)
    # the currency's country is no recipient
    text = "Saudi Arabia gave 2 billion Saudi riyals to Yemen."
    assert parties(one_of_type(text, "AID", SYRIA)) == (["Saudi Arabia"], ["Yemen"])
    # a sum named by its sign only is aid from a state or a public or aid body, not a
    # company's campaign money
    text = "In 2008 alone, BP gave $37,000 to members of the House Energy Committee."
    assert "AID" not in pipeline_types(text, SPILL)
    # a count of something else is no sum of money, nor is a weight
    text = "The company will release 500 pounds of dispersant over the slick."
    assert pipeline_types(text, SPILL) == []
    text = (
        "That plan would require releasing millions more gallons of oil into the ocean for a few "
        "days during the transition."
    )
    assert "AID" not in pipeline_types(text, SPILL)


def test_money_released_from_a_fund_is_given() -> None:
    text = (
        "Stressing a major international relief effort would be needed, UN Secretary General Ban "
        "Ki-Moon said the UN would immediately release $10m (# 6.15 m) from its emergency "
        "response fund."
    )
    pledge = one_of_type(text, "AGREE", HAITI)
    assert pledge.lead and pledge.type == "AID"
    assert parties(pledge)[0] == ["United Nations"]
    text = (
        "Save the Children has released # 50,000 and the British Red Cross released # 200,000 "
        "from its funds to help in the emergency."
    )
    assert "AID" in lead_types(text, HAITI)


def test_money_an_international_body_provides_is_aid_whoever_gets_it() -> None:
    text = "The EIB will provide about $14 billion in lending to businesses."
    pledge = one_of_type(text, "AGREE", "2009-02-27")
    assert pledge.lead and parties(pledge)[0] == ["European Investment Bank"]
    # a central bank's swap lines to other states were aid already; a private lender's money to
    # a business is none
    text = "The Federal Reserve has provided $30 billion apiece to Brazil, South Korea, Singapore and Mexico."
    assert "AID" in lead_types(text, "2008-10-30")
    assert (
        pipeline_types("Goldman Sachs provided $2 billion to the hedge fund.", "2008-10-30") == []
    )


def test_claims_settled_and_contracts_honoured_are_pledged() -> None:
    text = "BP said last week the cap was irrelevant and it would settle all legitimate damages claims."
    settlement = one_of_type(text, "AGREE", SPILL)
    assert settlement.lead and settlement.type == "AID" and parties(settlement)[0] == ["BP"]
    text = "He added that Libya would continue to honor existing contracts with oil companies."
    honoured = one_of_type(text, "AGREE", "2011-03-02")
    assert honoured.lead and honoured.type == "COOPERATE" and parties(honoured)[0] == ["Libya"]
    # a contract honoured by no known party is no one's cooperation
    assert pipeline_types("The company honored its contract with the union.", SPILL) == []
    text = (
        "BP will make five additional $60 million payments when the Coastal Protection and "
        "Restoration Authority of Louisiana certifies that the project has satisfied 20%, 40%, "
        "60%, 80% and then 100% completion milestones."
    )
    assert "AGREE" in lead_types(text, SPILL)
    # nor is a payment nobody known makes, nor one they cannot make
    text = "Ma'am, maybe you could make a small payment, $100 or $50, anything that you can."
    assert pipeline_types(text, "2008-10-30") == []
    text = "And they walked away when they could not make the usury interest rate payments."
    assert pipeline_types(text, "2008-10-30") == []


def test_a_title_on_the_first_part_of_a_name_names_the_visitor() -> None:
    # the parser hangs "Secretary General" on "Ban", the first part of "Ban Ki-moon"
    text = "UN Secretary General Ban Ki-moon is due to arrive in Haiti on Sunday."
    visit = one_of_type(text, "AGREE", HAITI)
    assert visit.lead and visit.type == "CONSULT" and visit.status == "planned"
    assert parties(visit)[0] == ["Ban Ki-moon"]


def test_a_meeting_announced_for_a_day_ahead_is_planned() -> None:
    # the date is the meeting's own, in its phrase, however past the announcing
    text = (
        "Britain has announced an international meeting for next Tuesday to assess the situation "
        "in Libya."
    )
    meeting = one_of_type(text, "AGREE", "2011-03-24")
    assert meeting.lead and meeting.type == "CONSULT" and meeting.status == "planned"
    assert meeting.date is not None and meeting.date.value == "2011-03-29"
    # a time that counts on from a past act is still no date ahead of it
    text = "A month later, sanctions were imposed on the regime."
    assert all(e.status == "occurred" for e in pipeline_events(text, "2011-03-24"))


def test_a_visit_with_no_host_named_is_to_the_country_it_is_made_in() -> None:
    text = "UN humanitarian chief Valerie Amos has arrived in Syria."
    visit = one_of_type(text, "CONSULT", "2012-03-07")
    assert visit.lead and parties(visit) == (["Valerie Amos"], ["Syria"])
    # a title before "of State" hangs on the name as a modifier the parser labels nmod
    text = "US Secretary of State Hillary Clinton arrived in Haiti on Saturday."
    visit = one_of_type(text, "CONSULT", HAITI)
    assert parties(visit) == (["Hillary Clinton"], ["Haiti"])
    # a capital stands for its country's government, the host
    text = "Foreign Minister Ahmet Davutoglu arrived in Damascus on Tuesday."
    (host,) = one_of_type(text, "CONSULT", SYRIA).recipients
    assert host.country == "SYR"
    # a place named elsewhere in the sentence is no host
    text = (
        "The visit by Chris Stevens, former deputy chief of mission at the U.S. embassy in "
        "Tripoli, reflects a U.S. effort to deepen its contacts with the rebels."
    )
    assert one_of_type(text, "CONSULT", LIBYA).recipients == ()


def test_after_the_held_out_run_a_preposition_on_the_light_verb() -> None:
    # from the opened GSR-style set cn: the parser hangs "to" on the light verb, not on
    # "opposition"
    text = "But both China and Russia repeated their opposition to outside intervention in Syria."
    refusal = one_of_type(text, "REJECT", SYRIA)
    assert refusal.lead and parties(refusal)[0] == ["China", "Russia"]
