"""Thirtieth pass (twenty-seventh session): criticism told as a statement about a party named
by a word for it ("said the government was over-reacting", "the international community had
failed in its duty"), an effort judged short ("has not done enough to ..."), hyphenated verbs
the tokenizer splits ("over-reacting", "re-opened", "counter-attacks"), "it is time for X to
...", a verb the parser hung on its subject after a phrase set off by commas, and a condition
put before its subject ("should they ..."), no demand. Read from the misses on the opened
GSR-style and CAMEO-style sets; GSR-style sets bq-bs and CAMEO-style sets 37-39 were coded
blind at the session's start and held out."""

from __future__ import annotations

from dateline.analyse import parse

from .conftest import lead_types, one_of_type, parties, pipeline_events, pipeline_types

FLU = "2009-04-30"
DATE = "2011-03-20"


def test_a_statement_judging_a_party_named_by_a_word_for_it_is_criticism() -> None:
    # "the government", "some countries", "the international community": the statement's
    # judged party need not be a name (CAMEO 111; the GSR-style and CAMEO-style coders)
    text = "Lo Wing-lok, an infectious disease expert, said the government was over-reacting."
    event = one_of_type(text, "ACCUSE", FLU)
    assert (event.cameo, event.evidence.trigger) == ("111", "said")
    assert parties(event) == (["Lo Wing-lok"], ["government"])
    text = "Russia said some countries had incited the opposition rather than calming it down."
    assert parties(one_of_type(text, "ACCUSE", DATE))[0] == ["Russia"]
    text = "UN chief Ban Ki-moon said on Friday that the international community had failed in its duty."
    assert lead_types(text, DATE) == ["ACCUSE"]
    # a word for a party with no judgement on it is no criticism
    text = "Russia said some countries had sent envoys to Damascus."
    assert "ACCUSE" not in pipeline_types(text, DATE)
    text = "Officials said the government was responsible for the budget."
    assert pipeline_types(text, DATE) == []


def test_an_effort_judged_short_is_criticism_and_its_aim_not_done() -> None:
    text = "Critics say the government is not doing enough to help the victims."
    (event,) = pipeline_events(text, DATE)
    assert (event.type, event.cameo) == ("ACCUSE", "111")
    # who says it is no doer of what the statement tells
    assert [p.name for p in event.actors] == []
    assert [p.name for p in event.recipients] == ["government"]
    text = (
        "The officials said those efforts have fallen short in both their scope and effectiveness."
    )
    assert lead_types(text, DATE) == ["ACCUSE"]
    text = "Critics said the regime has done little to rein in the militias."
    assert lead_types(text, DATE) == ["ACCUSE"]
    # the parser may hang the aim on "nothing" itself
    text = "Critics have said the Arab League has done nothing to stop the crackdown."
    assert parties(one_of_type(text, "ACCUSE", DATE))[1] == ["Arab League"]
    # the aim of an effort judged short was not done
    text = "Victims' groups have said the Church has not done enough to bring the perpetrators to justice."
    for event in pipeline_events(text, DATE):
        assert event.type == "ACCUSE" or event.negated
    # one's own effort told as short is a report, not criticism
    text = "Most of the health workers reported they did little or nothing to protect themselves."
    assert pipeline_types(text, FLU) == []
    # the code review's false friends: an exoneration, a figure missed, a thing's effort
    for text in (
        "Lawyers said Murray did nothing wrong.",
        "The army said the protesters had done nothing to deserve the attack.",
        "Analysts said the package fell short of expectations.",
        "Critics have said the mission has done nothing to stop a crackdown on protesters.",
    ):
        assert "ACCUSE" not in pipeline_types(text, DATE), text
    # doing enough, or a lot, is no judgement
    assert pipeline_types("Critics say the government has done a lot to help.", DATE) != ["ACCUSE"]


def test_hyphenated_verbs_the_tokenizer_splits_are_one_word() -> None:
    for text, word, lemma in (
        ("He said the government was over-reacting.", "over-reacting", "overreact"),
        ("Syria re-opened its border with Turkey.", "re-opened", "reopen"),
        ("Rebels launched counter-attacks on Brega.", "counter-attacks", "counterattack"),
        ("The counter-offensive began on Monday.", "counter-offensive", "counteroffensive"),
    ):
        token = next(t for t in parse(text) if t.text == word)
        assert token.lemma_ == lemma, text
    text = "Syria re-opened its border with Turkey."
    event = one_of_type(text, "RETREAT", DATE)
    assert (event.cameo, event.evidence.trigger) == ("086", "re-opened")
    # what is re-opened is a border, a crossing, an office: not a debate or an inquiry
    assert pipeline_types("Republicans prefer to re-open the debate on drilling.", DATE) == []
    text = "Congress voted to re-open the investigation."
    assert "RETREAT" not in pipeline_types(text, DATE)
    text = "Gaddafi's warplanes counter-attacked against rebels on Thursday."
    assert one_of_type(text, "ASSAULT", DATE).evidence.trigger == "counter-attacked"


def test_it_is_time_for_a_named_party_to_act_is_a_demand_on_it() -> None:
    text = "Clinton said it was time for Assad to step down."
    event = one_of_type(text, "REQUEST", "2011-08-18")
    assert parties(event) == (["Hillary Clinton"], ["Bashar al-Assad"])
    text = "It is time for Mubarak to go, Obama said."
    assert parties(one_of_type(text, "REQUEST", "2011-02-05")) == (
        ["Barack Obama"],
        ["Hosni Mubarak"],
    )
    # time with no party asked, or none at all, asks nothing
    assert pipeline_types("He said it was time to move on.", DATE) == []
    assert pipeline_types("Obama said it was not time for Assad to step down.", DATE) != ["REQUEST"]
    assert pipeline_types("She said it was time for lunch.", DATE) == []
    # a hedge, or a word for a party rather than a name, asks nothing
    assert pipeline_types("Obama said it may be time for Assad to go.", DATE) == []
    assert pipeline_types("He said it was time for investors to buy.", DATE) == []


def test_a_verb_after_a_phrase_set_off_by_commas_is_the_subjects_act() -> None:
    # the parser hangs "called" on "Council" as a participle after the "in ..." phrase; the
    # tagger's past tense says it is the Council's own call
    text = (
        "The Supreme Council of the Armed Forces, in a Facebook message posted on Thursday, "
        "called on protesters to exercise caution on Friday."
    )
    event = one_of_type(text, "REQUEST", "2011-04-01")
    assert parties(event) == (["Supreme Council of the Armed Forces"], ["protesters"])


def test_a_condition_put_before_its_subject_is_no_demand() -> None:
    text = (
        "They will be held accountable by the international community, should they make the "
        "tragic mistake of using those weapons, President Obama added."
    )
    assert "REQUEST" not in pipeline_types(text, "2012-12-03")
    # ... and what it supposes is supposed, not done
    (use,) = [e for e in pipeline_events(text, "2012-12-03") if e.type == "ASSAULT"]
    assert use.hypothetical
    # a modal of demand after its subject still demands
    text = "Obama said Assad should step down."
    assert parties(one_of_type(text, "REQUEST", DATE)) == (["Barack Obama"], ["Bashar al-Assad"])


def test_helping_an_armed_side_and_a_joint_search_are_military_cooperation() -> None:
    # CAMEO 062, the GSR-style coders' code for both
    text = "NATO forces, notably from France and Britain, are helping the rebels."
    event = one_of_type(text, "COOPERATE", DATE)
    assert (event.cameo, event.evidence.trigger) == ("062", "helping")
    assert parties(event)[1] == ["rebels"]
    text = "The Turkish and Syrian navies are engaged in a joint search for the two missing crew members."
    assert one_of_type(text, "COOPERATE", "2012-06-24").cameo == "062"
    # helping victims stays aid; helping soldiers carry the wounded is no act between parties
    # a hope or a reader's wish names no party that helps
    text = "I hope we can help the opposition to get Gaddafi out of Libya."
    assert "COOPERATE" not in pipeline_types(text, DATE)
    text = "Volunteers helped the soldiers carry the wounded."
    assert "COOPERATE" not in pipeline_types(text, DATE)
    assert pipeline_types("Police searched the house of the suspect.", DATE) != ["COOPERATE"]


def test_an_order_that_its_object_be_frozen_is_the_freeze() -> None:
    # the parser splits "ordered Gadhafi's assets frozen" into an object and a clause, or hangs
    # the participle on the object; either way the order is the sanction (CAMEO 163), as
    # "ordered the embassy closed" is
    for text in (
        "Obama ordered Gadhafi's assets frozen.",
        "The Treasury ordered all Libyan government assets frozen on Friday.",
    ):
        (event,) = pipeline_events(text, "2011-02-26")
        assert (event.type, event.cameo, event.status) == ("SANCTION", "163", "occurred"), text
    assert parties(one_of_type("Obama ordered Gadhafi's assets frozen.", "SANCTION", DATE)) == (
        ["Barack Obama"],
        ["Muammar Gaddafi"],
    )
    # a freeze told in passing on another noun is no event of the sentence
    text = "About $30 billion in assets frozen by the United States will be released."
    assert "SANCTION" not in lead_types(text, DATE)


def test_a_crowd_turning_up_for_a_protest_somewhere_named_is_the_protest() -> None:
    text = "In neighboring Egypt, about a thousand people showed up for a pro-women demonstration."
    event = one_of_type(text, "PROTEST", "2011-03-09")
    assert (event.cameo, event.evidence.trigger) == ("141", "demonstration")
    assert parties(event)[1] == ["Egypt"]
    # nowhere named, a rally of support for a team is no protest of any party
    assert pipeline_types("People gathered in a rally of support for the team.", DATE) == []
    assert pipeline_types("Hundreds of people turned up for a concert in Cairo.", DATE) == []
    # dying or speaking at one is no turning up for it
    assert "PROTEST" not in pipeline_types("People spoke at a rally in London.", DATE)


def test_crushing_or_putting_down_a_protest_is_violent_repression() -> None:
    # CAMEO 175, which CAMEO2PLOVER maps to ASSAULT; the opened sets' coders code "crushed
    # protests", "put down uprisings", "forcibly dispersed" so
    for text in (
        "Elite divisions of the army crushed protests sequentially.",
        "Gaddafi put down uprisings in Libya's west.",
        "Palestinians demonstrating in Ramallah were forcibly dispersed by police.",
    ):
        assert lead_types(text, DATE) == ["ASSAULT"], text
        assert [e.cameo for e in pipeline_events(text, DATE) if e.lead] == ["175"]
    # a bare crackdown or dispersal stays COERCE, as the lead-set coders code it
    assert lead_types("Police dispersed the protesters.", DATE) == ["COERCE"]
    assert lead_types("The government launched a crackdown on dissent.", DATE) == ["COERCE"]


def test_an_act_given_its_own_year_in_passing_is_history_not_the_news() -> None:
    # the 1982 crushing, told in a relative clause with its year, is not one happening with
    # the killings the sentence reports (which name no doer: no event, as coders code it)
    text = (
        "Activists say at least 130 people were killed in Hama, where Assad's father crushed an "
        "armed Islamist uprising in 1982, and one group has put the death toll at over 300."
    )
    (crushing,) = pipeline_events(text, "2011-08-09")
    assert (crushing.evidence.trigger, crushing.date.value) == ("crushed", "1982")
    assert not crushing.main


def test_a_crossing_the_tagger_reads_as_a_gerund_is_still_a_crossing() -> None:
    text = "Meanwhile, Jordan said it had reopened a border crossing near the Syrian city of Deraa."
    event = one_of_type(text, "RETREAT", "2011-04-26")
    assert (event.cameo, parties(event)[0]) == ("086", ["Jordan"])


def test_second_part_media_barred_money_sought_demands_softened() -> None:
    # read from the GSR-style sets bq-bs and CAMEO-style sets 37-39 after their held-out run
    text = "Syria has barred most foreign media since unrest began in March."
    event = one_of_type(text, "COERCE", "2011-06-01")
    assert (event.cameo, parties(event)[0]) == ("1721", ["Syria"])
    assert lead_types("He was barred from the race.", DATE) != ["COERCE"]
    text = "Alabama is seeking an initial $148 million from BP."
    assert parties(one_of_type(text, "REQUEST", "2010-06-15")) == (["Alabama"], ["BP"])
    assert pipeline_types("The company is seeking $5 million from investors.", DATE) == []
    text = "Both the rebels and officials in Paris softened their demands."
    assert one_of_type(text, "CONCEDE", DATE).cameo == "080"
