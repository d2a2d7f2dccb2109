"""Twenty-seventh pass (twenty-fourth session): naming what someone did with a judgement is
criticism; who is told he will be held accountable is threatened; an office-holder's attack
on a company or a rival is criticism; "from" on a verb of undergoing names the doer; armed
forces that hit, aircraft that strike and guns turned on people; non-political senses of
"shoot up", "offer", "reopen" and "fight for"; wishes and hopes plan an act. Read from the
misses and the false events on the opened GSR-style and CAMEO-style sets (CAMEO-style sets
1-27 scored on every sentence, not only the coded ones) and the 10,000 random sentences;
GSR-style sets bh-bj and CAMEO-style sets 28-30 were coded blind at the session's start and
held out."""

from __future__ import annotations

from .conftest import (
    lead_types,
    names,
    one_of_type,
    parties,
    pipeline_events,
    pipeline_types,
)

DATE = "2011-03-20"
SPILL = "2010-06-20"


def test_naming_an_act_with_a_judgement_is_criticism() -> None:
    # "called X a violation", "called X a ridiculous spectacle", "described X as laughable",
    # "called the comments unacceptable" (CAMEO 111; the CAMEO-style and GSR-style coders
    # code each ACCUSE, the start code found nothing)
    text = "The UNHCR on Friday called the forced return a violation of international law."
    event = one_of_type(text, "ACCUSE", "2012-01-20")
    assert event.evidence.trigger == "called"
    assert names(event.actors) == ["UN refugee agency"]
    text = 'President Obama called the finger-pointing testimony a "ridiculous spectacle."'
    assert names(one_of_type(text, "ACCUSE", SPILL).actors) == ["Barack Obama"]
    text = (
        "In Washington, White House spokesman Jay Carney described the proposed referendum as "
        '"laughable", saying it "makes a mockery of the Syrian revolution".'
    )
    assert "ACCUSE" in lead_types(text, "2012-02-16")
    text = "A foreign ministry spokesman called the comments unacceptable."
    assert lead_types(text, "2012-02-27") == ["ACCUSE"]
    # ... a crime, an atrocity, a massacre are judgements too (the reviewer's "ugly crime")
    text = "Mr Assad described the killings as an ugly crime."
    assert names(one_of_type(text, "ACCUSE", "2012-02-20").actors) == ["Bashar al-Assad"]
    text = (
        'In a statement on Saturday, Mrs Clinton called the deaths an "atrocity" and said '
        'Washington would increase pressure on "Assad and his cronies" to give up power.'
    )
    assert "ACCUSE" in pipeline_types(text, "2012-05-27")


def test_a_naming_that_praises_denies_or_tells_an_act_is_no_criticism() -> None:
    # a denial of allegations is a CAMEO 016 statement (the allegations stay the event), a
    # meeting called productive is praise of a meeting, and an attack named an attack is told
    text = 'Ibrahim dismissed the allegations as "all lies."'
    assert [e.evidence.trigger for e in pipeline_events(text, DATE)] == ["allegations"]
    assert pipeline_types("She described the meeting as productive.", DATE) == ["CONSULT"]
    text = "Rebels described the overnight strikes as the most aggressive attack on the port area."
    assert "ACCUSE" not in pipeline_types(text, "2011-04-20")
    # ... nor a name for the act the sentence tells ("in what activists are describing as")
    text = (
        "Dozens of people have been killed in a suburb of Homs, reports say, in what activists "
        'are describing as a "new massacre".'
    )
    assert "ACCUSE" not in pipeline_types(text, "2012-02-20")


def test_from_on_a_verb_of_undergoing_names_the_doer() -> None:
    # the parser hangs "from" on the verb: the start code left the doer out
    text = (
        "Despite its massive failings, Libya, as other similar countries, has won praise from "
        "the International Monetary Fund."
    )
    # (the parser makes "Libya" an apposition of "failings", so the verb has no subject)
    assert names(one_of_type(text, "SUPPORT", DATE).actors) == ["International Monetary Fund"]
    event = one_of_type("Libya has won praise from the United Nations.", "SUPPORT", DATE)
    assert parties(event) == (["United Nations"], ["Libya"])
    text = "The decision drew sharp criticism from China."
    assert names(one_of_type(text, "ACCUSE", DATE).actors) == ["China"]


def test_told_he_will_be_held_accountable_is_a_threat() -> None:
    # the GSR-style coders code each of these THREATEN (CAMEO 130), as a vow to hold someone
    # accountable is; the start code coded an accusation. Whoever says so threatens.
    text = "BP would be held responsible for all damages, Eric Holder said."
    event = one_of_type(text, "THREATEN", SPILL)
    assert parties(event) == (["Eric Holder"], ["BP"])
    text = (
        "Moammar Gadhafi's government \"will be held accountable for whatever violence continues "
        'to take place there."'
    )
    assert lead_types(text, "2011-02-26") == ["THREATEN"]
    text = "Ms Pillay said anyone who committed such violations would be held to account."
    assert lead_types(text, "2012-02-13") == ["THREATEN"]
    # ... not a hearing the committee will hold, a prospect in a purpose, nor a past blame
    text = (
        "The Senate Foreign Relations Committee announced on Thursday it would hold a hearing "
        "on 29 July into the circumstances of Megrahi's release."
    )
    assert "THREATEN" not in pipeline_types(text, "2010-07-23")
    text = (
        "Any attacks against civilians would be documented so that those responsible could be "
        "held accountable, it added."
    )
    assert "held" not in [e.evidence.trigger for e in pipeline_events(text, "2012-08-20")]
    event = one_of_type("Obama held BP responsible for the spill.", "ACCUSE", SPILL)
    assert parties(event) == (["Barack Obama"], ["BP"])


def test_an_office_holders_attack_on_a_company_or_rival_is_criticism() -> None:
    text = (
        "With oil coming ashore in Florida, President Barack Obama has launched his fiercest "
        "attack so far on the boss of BP Tony Hayward."
    )
    event = one_of_type(text, "ACCUSE", SPILL)
    assert parties(event) == (["Barack Obama"], ["Tony Hayward"])
    # ... not a ruler's attacks on his people, nor supporters' on demonstrators
    text = "Gaddafi continues to launch attacks against his own people."
    assert lead_types(text, DATE) == ["ASSAULT"]
    text = (
        "Supporters of Egyptian President Hosni Mubarak attacked anti-government demonstrators "
        "in Cairo's Tahrir Square, and the ensuing violence killed three people and injured "
        "more than 600, according to Egypt's health minister."
    )
    assert "ACCUSE" not in pipeline_types(text, "2011-02-03")


def test_forces_that_hit_aircraft_that_strike_and_guns_turned_on_people() -> None:
    text = (
        'NATO forces had hit a number of targets near Zlitan that were "military in nature" '
        "Monday, the representative said."
    )
    assert lead_types(text, "2011-07-26") == ["ASSAULT"]
    text = (
        'But each time the aircraft struck we heard multiple explosions," a rebel spokesman '
        "who gave his name as Abdulrahman said in an email."
    )
    assert "ASSAULT" in lead_types(text, DATE)
    text = (
        "After hoping that President Assad might deliver reform, he has turned his guns on his "
        "own people and the consensus in the West, along with the Arab League, is that he must go."
    )
    assert "ASSAULT" in pipeline_types(text, "2012-02-05")
    # ... and police who punched and kicked (the parser loses "detained" as an adjective)
    text = (
        "\"Witnesses told Human Rights Watch that regular police and ` special forces, ' "
        "identifiable by their uniforms, punched, kicked, and detained participants, as well as "
        'at least two journalists and a Human Rights Watch research assistant," the report said.'
    )
    assert "ASSAULT" in pipeline_types(text, "2011-02-01")
    # ... not a singer who punched the air, nor workers who struck for pay
    text = "Jermaine Jackson punched the air in celebration."
    assert pipeline_types(text, "2011-11-08") == []
    assert pipeline_types("Workers struck for higher pay.", DATE) == []


def test_suspecting_someone_of_an_act_on_the_objects_of() -> None:
    text = (
        "Some NTC combatants said they suspected local fighters of the Warfalla tribe, Libya's "
        "largest, of passing tips to Gaddafi forces in Bani Walid."
    )
    event = one_of_type(text, "ACCUSE", "2011-09-10")
    assert event.evidence.trigger.startswith("suspected")
    # ... but "the mayor of Misrata" is no act he is suspected of
    assert pipeline_types("They suspected the mayor of Misrata.", DATE) == []


def test_non_political_senses_of_shoot_up_offer_reopen_and_fight_for() -> None:
    text = (
        "Around 3 p.m., when news of Obama's pick broke, the index shot up, ending the day "
        "494.13, or 6.5 percent, higher."
    )
    assert pipeline_types(text, "2008-11-21") == []
    text = (
        "Asked to explain the relatively rare defeat for the House leadership on the second "
        'vote, Boehner only offered a one-word reply: "nothing."'
    )
    assert "AGREE" not in pipeline_types(text, "2011-06-25")
    text = (
        "A BP spokeswoman said a majority of the targeted fuel stations have reopened and the "
        "rest will resume normal service by the evening."
    )
    assert "RETREAT" not in pipeline_types(text, SPILL)
    assert pipeline_types("Egypt reopened the Rafah crossing on Monday.", DATE) == ["RETREAT"]
    assert pipeline_types("Democracy is emphatically not what al-Qaeda is fighting for.") == []
    # ... while a cause named is fought for in a fight (the merge check set's pair)
    text = 'He says he is fighting "for liberty" alongside Libyan rebels in Misrata.'
    assert pipeline_types(text, "2011-05-10") == ["ASSAULT"]
    assert pipeline_types("Rebels were fighting for control of Brega.", DATE) == ["ASSAULT"]


def test_what_a_party_hopes_or_wants_to_do_is_planned() -> None:
    # "hopes" was lemmatised "hop" by the model, so no hope planned anything
    text = (
        "If all goes to plan TMT hopes to sign a clean-up contract for the ship, which can "
        "remove up to 500,000 barrels (21 million gallons) of oil and water mix from the sea "
        "surface a day, according to crew members."
    )
    (event,) = pipeline_events(text, SPILL)
    assert event.status == "planned"
    text = (
        "But Scottish prosecutors want to question him about the Lockerbie bombing, the "
        "government there said Thursday."
    )
    event = one_of_type(text, "ACCUSE", "2011-02-24")
    assert (event.evidence.trigger, event.status) == ("question", "planned")
    # ... but a wish to commend is the commendation, made as it is said
    text = (
        '"The Jackson family again wishes to commend the actions of the coroner, the LAPD and '
        "other law enforcement agencies, and looks forward to the day that justice can be "
        'served," the family said in a statement.'
    )
    event = one_of_type(text, "SUPPORT", "2010-02-09")
    assert event.status == "occurred"


def test_an_explosion_at_works_that_kills_is_an_accident() -> None:
    # the Deepwater Horizon blowout told six ways in the 10,000 random sentences, each an
    # assault with no party before
    text = (
        "The explosion on the Deepwater Horizon drilling rig killed 11 workers and polluted "
        "hundreds of miles of coast."
    )
    assert "ASSAULT" not in pipeline_types(text, SPILL)
    text = (
        "Eleven workers on the Deepwater Horizon drilling rig were killed by the explosion on 20 "
        "April and hundreds of miles of coast were polluted."
    )
    assert "ASSAULT" not in pipeline_types(text, SPILL)
    # ... but a bomb in a city is an attack
    assert pipeline_types("A car bomb explosion in Damascus killed 55 people.", DATE) == ["ASSAULT"]


def test_sending_a_liaison_officers_to_advise_or_a_surgeon() -> None:
    # the GSR-style coders code each a planned visit or aid (AGREE); the start code found none
    text = (
        "The United States will also send a liaison to Benghazi to open up a more direct line of "
        "communication with members of the opposition, a senior administration official said."
    )
    event = one_of_type(text, "AGREE", DATE)
    assert (event.type, names(event.actors)) == ("CONSULT", ["United States"])
    text = (
        "Separately, Britain, France and Italy also confirmed they would be sending military "
        "officers to Libya to advise the rebels, though French Defense Minister Gerard Longuet "
        "said he was against sending ground troops."
    )
    assert "AID" in [e.type for e in pipeline_events(text, "2011-04-20")]
    text = "The group plans to send an orthopedic surgeon, anesthesiologist and nurse on Monday."
    assert [e.type for e in pipeline_events(text, "2010-01-17")] == ["AID"]


def test_equipment_deployed_and_a_journalist_spoken_to_are_no_events() -> None:
    text = (
        "BP has deployed a long suction tube to the larger of two leaks from the well, but a BP "
        "spokesman said Sunday that this captured only 1,360 barrels of oil."
    )
    assert "MOBILIZE" not in pipeline_types(text, "2010-05-17")
    assert pipeline_types("NATO deployed armoured vehicles to the border.", DATE) == ["MOBILIZE"]
    # an interview: the media's name is the owner of the journalist's
    text = "Then on April 4, she spoke to CNN's Anderson Cooper by phone about the alleged rapes."
    assert pipeline_types(text, "2011-05-10") == []
    text = "Clinton spoke to Lavrov's deputy by phone."
    assert pipeline_types(text, DATE) == ["CONSULT"]


def test_the_code_reviews_limits() -> None:
    # what the helper's review of the first part found wrong, and mended
    # ... a warning others are urged to give is no threat of the speaker's
    text = (
        '"It is high time that this Council responds decisively and sends a clear signal to '
        'perpetrators that they will be held accountable," Peter Splinter of Amnesty '
        "International said."
    )
    assert "THREATEN" not in pipeline_types(text, "2011-02-25")
    # ... wanting to say something is saying it
    text = "Ed Miliband said he wanted to express deep concern about the oil spill."
    (event,) = pipeline_events(text, SPILL)
    assert (event.type, event.status) == ("ACCUSE", "occurred")
    # ... a representative sent on an errand that is an act of its own
    text = "The UN sent a representative to investigate the killings."
    assert [e.type for e in pipeline_events(text, DATE)] == ["ACCUSE"]
    text = (
        "Kuwait's foreign ministry told al-Seyassah newspaper it would not be sending a "
        "representative."
    )
    assert pipeline_types(text, "2011-07-15") == ["REJECT"]
    # ... an explosion at works kills in every verb of its clause, but saboteurs attack
    text = "An explosion and fire destroyed BP's rig, killing 11 people."
    assert pipeline_types(text, SPILL) == []
    text = "An explosion at a gas pipeline killed three, and militants claimed responsibility."
    assert pipeline_types(text, "2011-07-12") == ["ASSAULT"]
    # ... a company attacked where nothing armed is named is criticised, whoever attacks
    text = "The energy and commerce committee attacked BP by accusing it of cutting corners."
    assert "ASSAULT" not in pipeline_types(text, SPILL)
    assert pipeline_types("Rebels attacked BP's offices in Tripoli.", DATE) == ["ASSAULT"]


def test_a_crowd_where_it_is_protests() -> None:
    # the GSR-style coders code each PROTEST (CAMEO 141); the start code found none
    text = "Demonstrators in Cairo are still out in force today."
    assert lead_types(text, "2011-02-01") == ["PROTEST"]
    text = "The group said about 200 demonstrators were in the southern city of Aswan."
    assert lead_types(text, "2011-02-01") == ["PROTEST"]
    text = (
        "It's just after midnight in Cairo and anti-Mubarak protesters are still standing their "
        "ground in Tahrir Square in defiance of a government curfew."
    )
    assert "PROTEST" in pipeline_types(text, "2011-02-01")
    text = (
        "Supporters of Egypt's President Hosni Mubarak flooded into Cairo's Tahrir Square "
        "Wednesday after the president's opponents dominated the scene for more than a week."
    )
    assert lead_types(text, "2011-02-02") == ["PROTEST"]
    # ... not their age, nor a state holding its ground
    assert pipeline_types("The protesters were in their twenties.", DATE) == []
    # (a state standing its ground refuses to yield, CAMEO 124: REJECT since the twenty-eighth
    # pass, as the GSR-style coders code "Gadhafi stood his ground")
    assert "PROTEST" not in pipeline_types("Israel is standing its ground.", DATE)


def test_keeping_the_press_from_its_work_is_a_restriction() -> None:
    # CAMEO 172 (the GSR-style coders code each COERCE; the start code found none)
    text = "Syria has prevented most independent media from operating inside the country."
    event = one_of_type(text, "COERCE", "2011-05-01")
    assert (event.evidence.trigger, names(event.actors)) == ("prevented", ["Syria"])
    text = "Rebels prevented reporters from reaching the front to see for themselves."
    assert lead_types(text, "2011-04-01") == ["COERCE"]
    text = (
        "In Tripoli, CNN reporters go on government-organized tours in an effort to do their "
        "own reporting; Libyan authorities forbid independent movement by international "
        "journalists."
    )
    assert "COERCE" in pipeline_types(text, "2011-03-10")
    assert pipeline_types("The dam prevented floods from reaching the city.", DATE) == []


def test_an_option_kept_open_against_someone_is_a_threat() -> None:
    # read from the held-out CAMEO-style set 28 once it was scored (the coder's THREATEN 130)
    text = "Shell refuses to rule out pursuing BP for damages."
    event = one_of_type(text, "THREATEN", SPILL)
    assert parties(event) == (["Shell"], ["BP"])
    text = (
        "Saying the ban would reduce its production by almost 3 million barrels this year, the "
        "company did not rule out reclaiming the cash from BP."
    )
    assert lead_types(text, SPILL) == ["THREATEN"]
    # ... not talks kept open, a risk nobody can exclude, nor an option ruled out
    assert "THREATEN" not in pipeline_types("Obama did not rule out talks with the Taliban.", DATE)
    text = "Experts admit no one can rule out another blowout at the bottom of the ocean."
    assert "THREATEN" not in pipeline_types(text, SPILL)
    assert pipeline_types("Obama ruled out a ground invasion.", DATE) == ["REJECT"]


def test_a_killing_welcomed_and_the_passive_of_welcoming() -> None:
    # a lead set's SUPPORT, read after the round was opened: the start code kept only the
    # killing, and "was welcomed by" gave nothing
    text = (
        "The killing of Osama bin Laden by U.S. forces was welcomed on Monday by the "
        "Western-backed Palestinian Authority."
    )
    assert lead_types(text, "2011-05-02") == ["SUPPORT"]
    text = (
        "The formation of the council has been welcomed by Western countries including the "
        "United States and France."
    )
    assert lead_types(text, "2011-03-10") == ["SUPPORT"]
    # ... guests welcomed are a visit's, not praise
    assert "SUPPORT" not in pipeline_types("The guests were welcomed by the king.", DATE)
