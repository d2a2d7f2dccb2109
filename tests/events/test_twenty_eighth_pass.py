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
