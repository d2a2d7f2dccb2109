"""Twenty-fourth pass (twenty-first session): what an order or an approval orders or approves,
threats told as idioms, readiness to help, misconduct told of a party, aid received, shared
"by" phrases, and past acts that a time counted from an untold date put ahead. Read from the misses on the opened
GSR-style sets a-ax and CAMEO-style sets 1-18; sets ay-ba and CAMEO-style 19-21 were coded
blind at the session's start and held out."""

from __future__ import annotations

from dateline import events

from .conftest import lead_types, names, one_of_type, pipeline_events

DATE = "2011-03-20"


def test_an_order_of_a_sanction_or_restriction_is_that_measure() -> None:
    # the GSR-style coders code such orders as the measure ordered, done by who
    # ordered it
    text = "A number of other countries, including the United States, have ordered an asset freeze."
    event = one_of_type(text, "SANCTION", DATE)
    assert event.evidence.trigger == "ordered an asset freeze"
    text = "Mubarak has ordered a curfew in Egypt to be extended from 3 p.m. to 8 a.m. on Monday."
    event = one_of_type(text, "COERCE", DATE)
    assert names(event.actors) == ["Hosni Mubarak"]
    text = "The State Department had ordered the embassy closed in March and expelled diplomats."
    assert lead_types(text, DATE) == ["SANCTION"]
    assert lead_types("The move effectively orders the embassy to close.", DATE) == ["SANCTION"]
    assert lead_types("The government ordered the arrest of the opposition leader.", DATE) == [
        "COERCE"
    ]
    assert lead_types("Obama ordered the withdrawal of US troops from Iraq.", DATE) == ["RETREAT"]
    # ... not a release of documents nor a convoy told to halt
    assert lead_types("A US court ordered the release of the documents.", DATE) == ["REQUEST"]
    assert "SANCTION" not in lead_types("The soldiers ordered the convoy to halt.", DATE)
    # ... and a restriction ordered done by others is the orderer's ("ordered him to step out
    # and begun a car search", "ordered to stay out of politics": COERCE in the GSR-style sets)
    assert lead_types("Assad ordered the army to arrest the protesters.", DATE) == ["COERCE"]
    # an order of an act the ordered party does is still a request of it
    assert lead_types("Obama ordered BP to pay for the cleanup.", DATE) == ["REQUEST"]
    assert lead_types(
        "The EPA ordered BP to identify safer dispersants within 24 hours.", DATE
    ) == ["REQUEST"]


def test_an_approved_act_is_the_news() -> None:
    # the dev gold codes the law a parliament approved (its concession), the GSR-style coders
    # the act approved; a statement or a plan approved stays an endorsement
    text = "The UN Human Rights Council approved an investigation into the mass killing last week."
    assert lead_types(text, DATE) == ["ACCUSE"]
    text = "The Security Council has approved a statement backing a peace plan."
    assert lead_types(text, DATE) == ["SUPPORT"]
    # a deal others made, a domestic ban or a deployment authorised is endorsed, as a no-fly
    # zone "voted to back" is
    assert lead_types("Regulators approved the deal between AT&T and T-Mobile.", DATE) != ["AGREE"]
    assert lead_types("Parliament approved a ban on smoking in restaurants and bars.", DATE) != [
        "COERCE"
    ]
    text = "Last weekend the Security Council approved the deployment of another 300 troops."
    assert lead_types(text, DATE) == ["SUPPORT"]


def test_threats_told_as_idioms() -> None:
    text = "The White House said all options were on the table, including arming rebels."
    event = one_of_type(text, "THREATEN", DATE)
    assert names(event.actors) == ["White House"]
    assert event.evidence.trigger == "options were on the table"
    text = '"There will be penalties in the many billions of dollars," said Holder.'
    event = one_of_type(text, "THREATEN", "2010-06-01")
    assert names(event.actors) == ["Eric Holder"]
    text = '"Nothing is off the table, so long as the government continues," Clinton said.'
    assert lead_types(text, DATE) == ["THREATEN"]
    event = one_of_type("The White House said all options remain on the table.", "THREATEN", DATE)
    assert names(event.actors) == ["White House"]
    # not a past consequence, not an option taken off the table, not a company's options
    assert lead_types("There were consequences for the company after the spill.", DATE) == []
    assert lead_types("The military option is off the table, the minister said.", DATE) == []
    text = "All options are on the table, including a deal with Pfizer, the company said."
    assert lead_types(text, DATE) == []
    # options for a purpose or a field, consequences for a thing: no threat to anyone
    text = "The finance minister said all options were on the table to cut the deficit."
    assert "THREATEN" not in lead_types(text, DATE)
    assert "THREATEN" not in lead_types(
        "Boehner said nothing was off the table in the budget talks.", DATE
    )
    assert "THREATEN" not in lead_types(
        "Trichet said there will be consequences for inflation.", DATE
    )
    assert lead_types("The officials said there will be consequences for Syria.", DATE) == [
        "THREATEN"
    ]


def test_a_party_ready_to_help_agrees() -> None:
    text = "Russia is ready to help politically, economically and in any possible way."
    event = one_of_type(text, "AGREE", DATE)
    assert names(event.actors) == ["Russia"]
    assert event.status == "planned"
    # a bank ready to help small businesses is no party's promise, and readiness to respond
    # to an attack is no promise at all
    assert lead_types("He said the bank is ready to help small businesses.", DATE) == []
    text = "Israel said it is ready to respond with force to any attack from Gaza."
    assert "AGREE" not in lead_types(text, DATE)


def test_misconduct_told_of_a_named_party_is_criticism() -> None:
    text = '"BP has mismanaged this entire incident from day one," he said.'
    event = one_of_type(text, "ACCUSE", "2010-06-01")
    assert names(event.recipients) == ["BP"]
    text = "The senator said the White House had mishandled the response."
    assert names(one_of_type(text, "ACCUSE", "2010-06-01").recipients) == ["White House"]
    # not a judgement of something nameless, nor of a month the tagger knows
    assert lead_types("Analysts said the results were misleading.", DATE) == []
    assert lead_types("Analysts said January was disappointing for retailers.", DATE) == []


def test_a_past_act_is_not_put_ahead_by_a_time_counted_from_an_untold_date() -> None:
    # "a month later" counts from a date the story gave before; alone, the sentence's past
    # act is no planned one and has no date of its own
    text = "A month later, US sanctions were imposed on two Iranian officials."
    event = one_of_type(text, "SANCTION", "2011-06-20")
    assert event.status == "occurred" and event.date is None
    event = one_of_type("Libya suspended diplomatic relations with France the next day.",
                        "SANCTION", "2011-06-20")  # fmt: skip
    assert event.status == "occurred" and event.date is None
    # a named month the verb's own adverbial gives is the one before the article
    event = one_of_type("In April, President Assad scrapped the Emergency Law.", "CONCEDE",
                        "2012-02-20")  # fmt: skip
    assert event.date is not None and event.date.value == "2011-04"
    event = one_of_type("Rebels captured the town on March 3.", "ASSAULT", "2012-02-20")
    assert event.date is not None and event.date.value == "2011-03-03"
    # ... and no "Feb. 29" of a year that had none
    event = one_of_type("Rebels captured the town on Feb. 29.", "ASSAULT", "2012-02-20")
    assert event.date is None
    # a time on a promise's infinitive is the promised act's, ahead
    event = one_of_type("Mubarak promised to step down in September.", "AGREE", DATE)
    assert event.status == "planned" and event.date is not None
    assert event.date.value == "2011-09"
    # a month that belongs to what was welcomed is not the welcoming's
    text = "Cannon welcomed the US offer to host an international donors' conference in March."
    event = one_of_type(text, "SUPPORT", "2012-02-20")
    assert event.status == "occurred" and event.date is None


def test_a_demand_a_gathering_or_a_crowd_makes_is_its_protest() -> None:
    # the crowd's demand told two clauses down from it
    text = (
        "Witnesses said demonstrators in Hama carried red cards, employing a soccer symbol to"
        " demand Assad's sending off."
    )
    assert lead_types(text, DATE) == ["PROTEST"]
    # people gathering to demand something
    assert lead_types("Residents gathered outside the town hall to demand clean water.", DATE) == [
        "PROTEST"
    ]
    # people calling to demand a refund, or gathering at a hospital or a bank, protest nothing
    assert lead_types("People called the station to demand a refund.", DATE) == ["REQUEST"]
    text = "Families gathered at the hospital to demand news of their relatives."
    assert "PROTEST" not in lead_types(text, DATE)
    assert "PROTEST" not in lead_types("People flocked to the banks to demand their savings.", DATE)


def test_aid_received_from_a_party_is_given_by_it() -> None:
    text = (
        "After the anti-Gaddafi revolt, his forces received arms from the Gulf Arab state of Qatar."
    )
    event = one_of_type(text, "AID", DATE)
    assert names(event.actors) == ["Qatar"] and event.cameo == "072"
    text = "Greece received a loan from the IMF."
    event = one_of_type(text, "AID", "2010-05-10")
    assert names(event.actors) == ["International Monetary Fund"]
    assert names(event.recipients) == ["Greece"]
    text = "Last month Turkmenistan secured a $125-million loan from the Asian Development Bank."
    assert names(one_of_type(text, "AID", DATE).recipients) == ["Turkmenistan"]
    # no giver, or no aid: water from a river, supplies from a supplier
    assert lead_types("The town received water from the river.", DATE) == []
    assert lead_types("Apple received supplies from Foxconn.", DATE) == []


def test_money_provided_to_a_party_and_grants_awarded_are_aid() -> None:
    text = "Federal Reserve has provided $30 billion apiece to Brazil, South Korea and Mexico."
    event = one_of_type(text, "AID", "2008-11-01")
    assert "Brazil" in names(event.recipients)
    text = "The agency recently awarded the researchers a $250,000 grant to develop hatcheries."
    assert lead_types(text, "2010-09-01") == ["AID"]


def test_rejecting_a_suggestion_to_yield_is_a_refusal() -> None:
    text = "Gaddafi has rejected any suggestion that he will give up power."
    assert lead_types(text, "2011-06-20") == ["REJECT"]
    text = "Gaddafi rejected suggestions that he was about to leave the country."
    assert lead_types(text, "2011-06-20") == ["REJECT"]
    # since the thirty-second pass a suggestion rejected is a rejection whatever it suggests,
    # as the GSR-style coders code it (18 of 20 claims, reports and suggestions rejected or
    # dismissed: "rejected the suggestions that the administration had been slow"); a report
    # denied is still a statement (CAMEO 016)
    text = "Officials rejected the suggestions that the administration had been slow to act."
    assert lead_types(text, "2010-06-20") == ["REJECT"]
    text = "The ministry denied reports that it would expel the diplomats."
    assert "REJECT" not in lead_types(text, "2011-06-20")


def test_coordinated_passives_share_their_by_phrase() -> None:
    for text in (
        "Protesters were beaten and arrested by police.",
        "Protesters were arrested by police and beaten.",
    ):
        for type_ in ("ASSAULT", "COERCE"):
            assert names(one_of_type(text, type_, DATE).actors) == ["police"], (text, type_)
    text = (
        "South Africa accused Libya of misleading it over the fate of a photographer believed"
        " to be dead after being shot and abandoned in the desert by forces loyal to Gaddafi."
    )
    assert "ASSAULT" in [events.plover_type(e) for e in pipeline_events(text, DATE)]
    # alternatives share no doer, and oil dispersed is no crowd broken up
    text = "Most of the oil had been dispersed naturally or removed by clean-up efforts."
    assert lead_types(text, "2010-08-20") == []
    assert lead_types("The chemical dispersed the oil slick.", "2010-08-20") == []


def test_a_party_told_it_will_face_justice_is_threatened_by_the_teller() -> None:
    event = one_of_type("Obama said those responsible would face justice.", "THREATEN", DATE)
    assert names(event.actors) == ["Barack Obama"] and event.status == "planned"
    # a price paid, even ahead, is no threat
    text = "Greece will pay a high price for the bailout, economists said."
    assert "THREATEN" not in lead_types(text, DATE)


def test_the_second_review_s_guards() -> None:
    # aid received or money given between private parties is no aid
    assert lead_types("The company received a loan from JPMorgan Chase last year.", DATE) == []
    assert lead_types("Investors provided $50 million to the startup.", DATE) == []
    # a rejecter's own yielding ahead once alone made the rejection one; since the
    # thirty-second pass any claim rejected is (CAMEO 120)
    text = "BP rejected suggestions that the oil would reach the Florida coast."
    assert one_of_type(text, "REJECT", "2010-06-20").cameo == "120"
    # a "by" phrase of care after the act is no attacker
    text = "Three protesters were wounded and taken to hospital by Red Crescent volunteers."
    assert all(not e.actors for e in pipeline_events(text, DATE) if e.type == "ASSAULT")
    # a crowd dispersed amid tear gas is still dispersed
    text = "Police dispersed the protesters with a cloud of tear gas."
    assert lead_types(text, DATE) != []
    # a trial ahead, with nobody telling it as a threat, is none
    assert "THREATEN" not in lead_types("The family hopes he will face justice one day.", DATE)
    # easing options are no threat; people in a named square demanding reform protest
    assert "THREATEN" not in lead_types(
        "Bernanke said further easing options remained on the table.", DATE
    )
    text = (
        "Several hundred people gathered in Manama's Pearl Roundabout to demand political reform."
    )
    assert lead_types(text, DATE) == ["PROTEST"]
