"""Twenty-eighth pass (twenty-fifth session): statements that blame a party without a
judgement word (a virtue denied, a duty failed, harm it is responsible for, "at fault",
"amounted to gross negligence"); investigators examining whether wrong was done or
interviewing witnesses; a demand on a party named by a word for it ("the federal government
needs to step up its response"); statements of praise, and praise denied as criticism. Read
from the misses on the opened GSR-style and CAMEO-style sets; GSR-style sets bk-bm and
CAMEO-style sets 31-33 were coded blind at the session's start and held out."""

from __future__ import annotations

from .conftest import lead_types, one_of_type, parties, pipeline_types

SPILL = "2010-06-20"
DATE = "2011-03-20"


def test_a_statement_blaming_a_party_without_a_judgement_word_is_criticism() -> None:
    # the CAMEO-style and GSR-style coders code each ACCUSE (111 or 112); the start code
    # found no event in any of them
    text = "Gibbs said Tuesday that BP was not entirely honest about the impact of its procedure."
    assert parties(one_of_type(text, "ACCUSE", SPILL)) == (["Robert Gibbs"], ["BP"])
    text = (
        '"It\'s very clear that BP has not been telling the truth," Massachusetts Democratic '
        "Representative Ed Markey told CNN."
    )
    assert parties(one_of_type(text, "ACCUSE", SPILL)) == (["Ed Markey"], ["BP"])
    text = (
        "In cementing its case for a moratorium, the White House has said BP and other oil "
        "companies can no longer be trusted in assuring the safety of offshore drilling."
    )
    assert lead_types(text, SPILL) == ["ACCUSE"]
    text = (
        "Its chief executive, Jim Hackett, says BP's actions probably amounted to "
        '"gross negligence or wilful misconduct".'
    )
    assert parties(one_of_type(text, "ACCUSE", SPILL))[1] == ["BP"]
    text = (
        "Hayward tells the BBC that the blowout preventer owned by Transocean was at fault for "
        "the leak."
    )
    assert parties(one_of_type(text, "ACCUSE", SPILL))[1] == ["Transocean"]
    text = (
        "A panel of scientists said that BP's systems for managing drilling risks were inadequate."
    )
    assert lead_types(text, SPILL) == ["ACCUSE"]


def test_a_failure_or_a_responsibility_told_plainly_blames_no_one() -> None:
    # a failure to do what is no duty is told, not blamed; a responsibility for work is no
    # harm; a statement about talks is about no party
    assert "ACCUSE" not in pipeline_types("Rebels said they failed to capture the town.", DATE)
    assert pipeline_types("He said the talks had failed.", DATE) == []
    text = (
        "Transocean was responsible for both the operation and maintenance of the BOP on the "
        'drilling rig," she added.'
    )
    assert pipeline_types(text, SPILL) == []


def test_investigators_examining_whether_or_interviewing_investigate() -> None:
    # CAMEO 091 (investigate crime); GSR-style and CAMEO-style coders code them ACCUSE
    text = (
        "Sources said the FBI and other investigators are examining whether company officials "
        "made false statements to regulators."
    )
    event = one_of_type(text, "ACCUSE", SPILL)
    assert (event.mode, event.cameo) == ("investigate", "091")
    text = (
        "Denied entry to Syria itself, the UN investigators interviewed more than 200 victims, "
        "eyewitnesses, and army defectors."
    )
    assert lead_types(text, "2011-11-28") == ["ACCUSE"]
    text = "Police have interviewed his personal physician Dr Conrad Murray."
    assert lead_types(text, "2009-07-01") == ["ACCUSE"]
    # ... not anyone examining anything
    assert pipeline_types("The panel examined the wreckage.", DATE) == []


def test_a_demand_on_a_party_named_by_a_word_for_it() -> None:
    # "X said the government needs to act" is a demand on it (CAMEO 10), as "X said BP must"
    text = (
        "Tim Kant, mayor of Fairhope, Ala., told Fox News that the federal government needs to "
        "step up its response, even if it means sending BP the bill later."
    )
    assert lead_types(text, SPILL) == ["REQUEST"]
    text = (
        "The White House oil spill commission said in its final major report that the U.S. "
        "government needs to expand its drilling regulations."
    )
    event = one_of_type(text, "REQUEST", "2011-01-11")
    assert parties(event)[1] == ["U.S. government"]
    # ... not the speaker's own troops he wants kept
    text = (
        "The prime minister, Andrus Ansip, told a US delegation he wanted his troops to stay "
        "after their mandate expires in December."
    )
    assert "REQUEST" not in pipeline_types(text, "2011-03-20")


def test_a_statement_praising_a_party_is_praise_and_praise_denied_is_criticism() -> None:
    # CAMEO 051; the CAMEO-style coders code the reactions to a speech SUPPORT
    text = (
        'President Barack Obama noted Thursday that Mubarak has been "very helpful on a range '
        'of tough issues," but he said he has pushed the Egyptian leader to take steps.'
    )
    event = one_of_type(text, "SUPPORT", "2011-01-28")
    assert (event.cameo, parties(event)[1]) == ("051", ["Hosni Mubarak"])
    text = 'Lindsey Graham said: "I thought he did a good job talking about the signal."'
    assert lead_types(text, DATE) == ["SUPPORT"]
    text = "Clinton said Syria's actions were not acceptable."
    assert parties(one_of_type(text, "ACCUSE", DATE)) == (["Hillary Clinton"], ["Syria"])


def test_praise_needs_a_party_and_a_welcome_keeps_its_own_word() -> None:
    assert pipeline_types("He said the talks were good.", DATE) == []
    # the clause's own verb tells the act: the welcome (of a veto, too), not the saying
    text = "Syria's state news agency SANA said Damascus welcomed the veto."
    event = one_of_type(text, "SUPPORT", "2011-10-05")
    assert (event.evidence.trigger, parties(event)[0]) == ("welcomed", ["Syria"])
    text = "The head of Libya's opposition government told reporters he welcomed the call."
    event = one_of_type(text, "SUPPORT", "2011-05-28")
    assert event.evidence.trigger == "welcomed"


def test_a_party_named_in_a_lawsuit_and_suits_filed_are_legal_action() -> None:
    # CAMEO 115; the GSR-style and CAMEO-style coders code each ACCUSE
    text = (
        "BP has been named in at least three lawsuits brought under the federal law known as RICO."
    )
    event = one_of_type(text, "ACCUSE", SPILL)
    assert (event.cameo, parties(event)[1]) == ("115", ["BP"])
    text = (
        "A second group of suits was filed by states and the federal government over harm to "
        "their natural resources."
    )
    assert lead_types(text, "2010-12-15") == ["ACCUSE"]
    assert pipeline_types("He was named in the report as a witness.", DATE) == []


def test_blocking_an_idea_and_standing_ground_are_refusals() -> None:
    text = (
        "A similar idea for a postwar conference was put forward by France a year ago but was "
        "blocked by the US."
    )
    assert parties(one_of_type(text, "REJECT", "2004-10-20"))[0] == ["United States"]
    text = "Despite the growing international pressure, Gadhafi stood his ground Monday."
    assert one_of_type(text, "REJECT", "2011-03-07").cameo == "124"
    # ... a crowd that stands its ground protests; a "No" answering a question is no refusal
    # ("said no to" was left out: "Blair: No, I've said to Gordon ..." read as one)
    assert lead_types("Protesters in Tahrir Square stood their ground.", DATE) == ["PROTEST"]
    text = (
        "Asked at a news conference whether the U.S. planned an imminent military response, "
        'Clinton said, "No.'
    )
    assert pipeline_types(text, DATE) == []


def test_a_forceful_response_or_a_review_of_aid_said_ahead_is_a_threat() -> None:
    text = (
        "The United States will review its aid to Egypt based on what is happening there now, "
        "White House Press Secretary Robert Gibbs said Friday."
    )
    event = one_of_type(text, "THREATEN", "2011-01-28")
    assert (event.cameo, event.status, parties(event)[0]) == ("1311", "planned", ["United States"])
    text = "Once all the circumstances were established, it added that Turkey would respond decisively."
    assert lead_types(text, "2012-06-23") == ["THREATEN"]


def test_the_code_reviews_limits_on_blame_and_praise() -> None:
    # a distrust told in the active judges whom the subject distrusts, not the subject; praise
    # of a thing a country's adjective qualifies, or of a blogger's reader, praises no party;
    # a demand that a council respond decisively is no threat; "when people say" reports no
    # statement, but a past "when he declared" does; a judgement under "if" is supposed
    text = "He said Turkey no longer trusted its former ally, Syria's President Bashar al-Assad."
    assert "ACCUSE" not in pipeline_types(text, "2011-11-20")
    text = "Mr Chirac said US-French relations had been excellent for 200 years."
    assert pipeline_types(text, "2005-02-21") == []
    text = (
        "Chris wrote: Fergus - I think you're doing a great job keeping everyone up to date here."
    )
    assert pipeline_types(text, DATE) == []
    text = (
        '"It is high time that this Council responds decisively to the growing number of '
        'crimes," Peter Splinter of Amnesty International said.'
    )
    assert "THREATEN" not in pipeline_types(text, "2011-04-29")
    text = "So when people say BP is culpable for not having a plan, the truth is different."
    assert pipeline_types(text, SPILL) == []
    text = (
        "Mr Annan angered the US and Britain last year when, during a BBC interview, he "
        "declared the Iraq war illegal."
    )
    assert "ACCUSE" in pipeline_types(text, "2005-09-06")
    text = (
        "Kalil al-Duleimi, Saddam's lawyer in Iraq, told the Guardian: \"If these photographs "
        "are authentic, then they represent a clear and blatant violation of all moral and human "
        "rights principals."
    )
    assert pipeline_types(text, "2004-05-01") == []


def test_read_from_the_opened_round() -> None:
    # the third part, read from GSR-style sets bk-bm and CAMEO-style sets 31-33 after their
    # one run: a titled name sent, a package welcomed, "you will regret it", water cannon
    # turned on protesters, atrocities committed, the military called in, a speech called
    # depressing
    text = (
        "He announced that he was sending Foreign Minister Ahmet Davutoglu to Damascus on "
        'Tuesday to deliver a "tough message".'
    )
    assert lead_types(text, "2011-08-07") == ["AGREE"]  # a planned visit, as a coder codes it
    text = (
        "The package goes beyond what some analysts had expected and was welcomed by many of "
        "the nation's top lending institutions."
    )
    assert lead_types(text, "2008-11-26") == ["SUPPORT"]
    assert lead_types('"You will regret it, NATO, when the war moves to Europe."', DATE) == [
        "THREATEN"
    ]
    assert pipeline_types("I will regret it forever.", DATE) == []
    text = (
        "Police turned water cannons and tear gas on protesters in the early hours of "
        "Wednesday morning."
    )
    assert one_of_type(text, "ASSAULT", "2011-01-26").cameo == "175"
    text = "Moammar Gadhafi is committing atrocious acts of violence against his own people."
    assert lead_types(text, "2011-03-29") == ["ASSAULT"]
    assert lead_types("The Egyptian military was called in to restore calm.", DATE) == ["MOBILIZE"]
    text = 'Opposition leader Ayman Nour called the speech "very depressing."'
    assert lead_types(text, "2011-02-02") == ["ACCUSE"]
    # ... money committed is a pledge, not violence
    assert "ASSAULT" not in pipeline_types("The company committed $20 billion to the fund.", DATE)
