"""Twenty-ninth pass (twenty-sixth session): constructions the parser or the tokenizer breaks
and general shapes rather than words of one story: British spellings split in three
("co-operate"), a plan told as "is due on Tuesday to travel", a sentence whose verb the parser
hung on its subject's apposition, "it is the third time that ...", what a passive of
reporting reports ("clashes ... were reported"), two parties talking, bodies agreeing on a
course, a protest's demand. Read from the misses on the opened GSR-style and CAMEO-style sets;
GSR-style sets bn-bp and CAMEO-style sets 34-36 were coded blind at the session's start and
held out."""

from __future__ import annotations

from dateline.analyse import parse

from .conftest import lead_types, one_of_type, parties, pipeline_events, pipeline_types

SPILL = "2010-06-02"
DATE = "2011-03-20"


def test_a_hyphenated_british_spelling_is_one_word_read_as_the_closed_spelling() -> None:
    # the tokenizer split "co-operate" into "co", "-", "operate", three verbs to the parser
    doc = parse("BP said it would co-operate fully with any investigation.")
    word = next(t for t in doc if "operate" in t.text)
    assert (word.text, word.lemma_, word.pos_) == ("co-operate", "cooperate", "VERB")
    assert [t.text for t in parse("Co-ordination was poor.")][0] == "Co-ordination"
    # the GSR-style coders: a promise to co-operate (CAMEO 0313, coded AGREE)
    event = one_of_type("BP said it would co-operate fully with any investigation.", "AGREE", SPILL)
    assert event.status == "planned" and parties(event)[0] == ["BP"]
    assert pipeline_types("France co-sponsored the resolution.", DATE) == ["SUPPORT"]


def test_a_plan_told_as_due_names_who_goes() -> None:
    # "due ... to travel": the traveller is the copula's subject, also when the parser hangs
    # the infinitive on "is" after "on Tuesday"
    for text in (
        "Clinton is due to travel to China on Tuesday.",
        "Chinese President Hu Jintao is due on Tuesday to travel to Washington.",
    ):
        (event,) = [e for e in pipeline_events(text, DATE) if e.type == "CONSULT"]
        assert (event.cameo, event.status) == ("042", "planned")
        assert len(parties(event)[0]) == 1
    # a patient is due to travel too, but names no official visit
    assert pipeline_types("The patient is due to travel home on Tuesday.", DATE) == []


def test_a_verb_the_parser_hung_on_the_subjects_apposition_is_the_subjects_act() -> None:
    text = "Amr Moussa, head of the Arab League, called Monday for an end to the bombing."
    assert parties(one_of_type(text, "REQUEST", DATE)) == (["Amr Moussa"], [])
    # a participle on a noun is still done to it, also a headline's after an apposition
    text = "A journalist killed Wednesday in Misrata was British, the paper said."
    assert parties(one_of_type(text, "ASSAULT", DATE))[0] == []
    text = "President Saleh, the country's leader since 1978, wounded in rocket attack on palace."
    assert parties(one_of_type(text, "ASSAULT", "2011-06-03")) == ([], ["Ali Abdullah Saleh"])


def test_the_nth_time_that_a_party_acted_tells_the_act() -> None:
    text = "It is the third time that Moscow and Beijing have vetoed sanctions against Syria."
    assert parties(one_of_type(text, "REJECT", "2012-07-19")) == (
        ["Russia", "China"],
        ["Syria"],
    )
    # a day on which something happened stays the scene; so does a time denied or a last time
    text = "On the day that the rebels took the town, Clinton met Lavrov in Geneva."
    assert lead_types(text, DATE) == ["CONSULT"]
    text = (
        "But it was not the first time the Academy Awards had witnessed a controversial "
        "anti-war protest."
    )
    assert pipeline_types(text, "2003-03-24") == []
    assert pipeline_types("The last time Russia vetoed a resolution was in 2008.", DATE) == []


def test_what_a_passive_of_reporting_reports_is_an_event_its_source_is_not() -> None:
    text = (
        "Clashes between Libyan security forces and protesters were reported in Tripoli, "
        "which has been a Gadhafi stronghold."
    )
    assert lead_types(text, "2011-02-21") == ["ASSAULT"]
    # "was quoted as saying": the subject is the source, its own words no event; a passive
    # that says what its subject is reports no act
    text = "The general was quoted as saying the army had no plans."
    assert pipeline_types(text, DATE) == []
    text = (
        "Tony Blair was told that British participation in the American-led invasion of Iraq "
        "could be declared illegal."
    )
    assert pipeline_types(text, "2004-04-28") == []


def test_two_parties_talking_consult_each_other_one_talking_makes_a_speech() -> None:
    text = (
        "Obama and British Prime Minister David Cameron talked about the issues around the "
        "spill at the weekend."
    )
    assert parties(one_of_type(text, "CONSULT", SPILL))[0] == ["Barack Obama", "David Cameron"]
    assert pipeline_types("Obama talked about the economy on Tuesday.", DATE) == []
    # the two must be named: "residents and activists spoke of", "the President and other
    # officials spoke about"
    text = "The President and other U.S. and allied officials spoke openly about sending arms."
    assert "CONSULT" not in pipeline_types(text, DATE)
    assert "CONSULT" not in pipeline_types("Residents and activists spoke of shelling.", DATE)
    # "spoke to" still names whom they spoke to
    text = "Both the prime minister and his chancellor have spoken to BP chairman Carl-Henric Svanberg."
    event = one_of_type(text, "CONSULT", SPILL)
    assert event.evidence.trigger == "spoken to"


def test_bodies_agreeing_on_a_course_agree_a_shared_view_is_no_agreement() -> None:
    text = (
        "EU health ministers agreed that individual member states should decide on travel "
        "restrictions aimed at stemming the virus."
    )
    assert lead_types(text, "2009-04-30") == ["AGREE"]
    assert pipeline_types("Leaders agreed that the crisis was serious.", DATE) == []
    assert pipeline_types("Analysts agree that the economy is slowing.", DATE) == []
    text = "Both sides agree that the disaster will not fully be over until the well is sealed."
    assert pipeline_types(text, SPILL) == []


def test_a_vote_in_favour_supports() -> None:
    text = (
        "Ten of the 15 council members, led by the U.S. and Britain and France, voted in favor "
        "of the no-fly zone."
    )
    assert lead_types(text, "2011-03-18") == ["SUPPORT"]
    assert pipeline_types("Britain voted in favour of the resolution.", DATE) == ["SUPPORT"]


def test_blame_shifted_to_a_party_accuses_it() -> None:
    text = (
        "In an interview with the BBC a month ago, chief executive Tony Hayward attempted to "
        "shift the blame for the accident to the US owner of the sunken rig, Transocean."
    )
    assert lead_types(text, "2010-06-20") == ["ACCUSE"]
    text = "Anadarko broke its near-silence on the spill to squarely pin blame on BP."
    assert parties(one_of_type(text, "ACCUSE", SPILL))[1] == ["BP"]
    # blame laid by nobody in particular, of nobody named, is no accusation
    assert pipeline_types("Anyone can lay blame.", SPILL) == []


def test_a_protests_demand_is_the_protest() -> None:
    # the PLOVER manual codes a crowd's demand as the PROTEST alone; the tagger takes a
    # capitalised "Protesters" after a country's name for a proper noun
    text = (
        "SUDAN - Protesters are demanding an end to National Congress Party rule and "
        "government-imposed price increases."
    )
    assert lead_types(text, "2011-01-30") == ["PROTEST"]
    text = (
        "A silent protest in Damascus by 150 people this week demanded the release of "
        "thousands of political prisoners."
    )
    assert lead_types(text, "2011-03-20") == ["PROTEST"]
    # a strike's demand keeps the strike's own code (CAMEO 143), not a second protest
    events = pipeline_events("A general strike by workers demanded higher wages.", DATE)
    assert [e.cameo for e in events if e.type == "PROTEST"] == ["143"]
    # the parser's clause on a protest's verb is not the protest's demand
    text = (
        "As public protests spread from Cairo to New York City, Egyptian-American activists "
        "on Friday called on the Obama administration to back the revolution."
    )
    called = [e for e in pipeline_events(text, "2011-02-01") if e.evidence.trigger == "called on"]
    assert [e.type for e in called] == ["REQUEST"]


def test_a_named_persons_travel_is_a_visit_only_when_it_goes_somewhere() -> None:
    text = "Clinton will travel to China on Tuesday."
    assert parties(one_of_type(text, "AGREE", DATE)) == (["Hillary Clinton"], ["China"])
    # the place gone to stays a recipient beside the party met
    text = "This week David Cameron will travel to the US to meet Obama."
    assert parties(one_of_type(text, "AGREE", SPILL))[1] == ["United States", "Barack Obama"]
    text = (
        "Nancy Davis and her husband were traveling on a Mexican highway near the city of "
        "San Fernando."
    )
    assert pipeline_types(text, "2010-10-01") == []


# the second part, read from the held-out round after its one run (GSR-style bn-bp, CAMEO-style
# 34-36)


def test_a_jury_finding_a_titled_name_guilty_convicts() -> None:
    text = (
        "A jury has found Michael Jackson's personal doctor Conrad Murray guilty of the "
        "singer's involuntary manslaughter after he died from an overdose of Propofol."
    )
    event = one_of_type(text, "SANCTION", "2011-11-07")
    assert (event.cameo, event.lead) == ("116", True)


def test_an_executive_dismissed_is_sacked_claims_dismissed_are_rejected() -> None:
    text = (
        "The British oil company has taken the bulk of public and political criticism since "
        "the Macondo well blowout and has dismissed chief executive Tony Hayward in an attempt "
        "to recover ground."
    )
    event = one_of_type(text, "CONCEDE", "2010-07-27")
    assert (event.cameo, parties(event)[1]) == ("0831", ["Tony Hayward"])
    assert pipeline_types("The rebels dismissed the government as illegitimate.", DATE) == [
        "REJECT"
    ]


def test_keeping_to_a_ceasefire_and_setting_buildings_ablaze() -> None:
    text = "Syria says it will keep to the ceasefire but reserved the right to respond to attacks."
    (event,) = [e for e in pipeline_events(text, "2012-04-10") if e.lead]
    assert (event.type, event.cameo, event.status) == ("RETREAT", "0871", "planned")
    text = (
        "The demonstrators also set ablaze the main courts complex and two phone company branches."
    )
    event = one_of_type(text, "PROTEST", "2011-02-18")
    assert (event.cameo, event.lead) == ("145", True)
    # setting oneself ablaze in protest assaults no one
    text = (
        "At least 11 Tibetans have set themselves ablaze this year in the western Chinese "
        "province of Sichuan in protest against government controls on their religion."
    )
    assert "ASSAULT" not in pipeline_types(text, "2011-10-17")


def test_prices_evidence_and_leaks_do_no_political_act() -> None:
    text = "Brent shot ahead as more of Libya's oil exports go to European refiners."
    assert pipeline_types(text, "2011-10-20") == []
    text = '"The mounting evidence clearly demonstrates that this tragedy was preventable," said Hackett.'
    assert pipeline_types(text, SPILL) == []
    text = (
        "BP and the administration appeared to be projecting conflicting views on how quickly "
        "the leak might finally be killed."
    )
    assert pipeline_types(text, SPILL) == []
    # a crowd chanting before it demonstrates still protests
    text = (
        'Chanting "never surrender" and waving signs, hundreds of protesters demonstrated '
        "Saturday just north of London."
    )
    assert lead_types(text, "2011-04-02") == ["PROTEST"]
