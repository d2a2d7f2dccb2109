"""Thirty-second pass (twenty-ninth session): drilling halted by a government (an
administrative sanction, CAMEO 172), warnings and regulations lifted (081), forces trained or
armed by another (072), a source quoted as saying what happened, and claims rejected (REJECT,
with the claim's own parties kept out of the recipients). Read from the misses on the opened
GSR-style and CAMEO-style sets; GSR-style sets bw-by and CAMEO-style sets 43-45 were coded
blind at the session's start and held out."""

from __future__ import annotations

from dateline.events.lexicon import lexicon

from .conftest import lead_types, one_of_type, parties, pipeline_types

SPILL = "2010-06-01"
LIBYA = "2011-04-15"


def test_drilling_halted_by_a_government_is_an_administrative_sanction() -> None:
    text = "Mr Obama has stopped all new drilling for the moment and a number of politicians want that to become permanent."
    event = one_of_type(text, "COERCE", SPILL)
    assert (event.cameo, event.lead) == ("172", True)
    assert parties(event)[0] == ["Barack Obama"]
    text = "Interior Secretary Ken Salazar has halted deepwater drilling until Nov. 30."
    assert lead_types(text, SPILL) == ["COERCE"]
    # a company halting its own drilling sanctions nobody
    text = "As a precaution, BP has temporarily suspended drilling two relief wells during pressure testing of the cap."
    assert "COERCE" not in pipeline_types(text, "2010-07-15")


def test_warnings_lifted_are_eased_sanctions() -> None:
    event = one_of_type("But Canada lifted travel warnings about Mexico.", "CONCEDE", "2009-05-20")
    assert event.cameo == "081"
    assert parties(event) == (["Canada"], ["Mexico"])
    text = "U.S. health officials later on Friday announced they were easing their warning on travel to Mexico."
    assert lead_types(text, "2009-05-16") == ["CONCEDE"]


def test_forces_trained_by_another_side_are_military_aid() -> None:
    text = (
        "And as we pursue the terrorists, our military is helping to train Iraqi security forces "
        "so that they can defend their people and fight the enemy on their own."
    )
    event = one_of_type(text, "AID", "2005-06-28")
    assert (event.cameo, event.lead) == ("072", True)
    assert parties(event)[1] == ["Iraqi security forces"]
    # a side training its own fighters aids nobody
    text = (
        "More than two months since the uprising began, rebel leaders say they are able to "
        "train their fighters longer and better now."
    )
    assert "AID" not in pipeline_types(text, LIBYA)


def test_missiles_supplied_are_arms() -> None:
    text = "Qatar is reported to have supplied the rebels with antitank missiles, flying them into Benghazi."
    event = one_of_type(text, "AID", LIBYA)
    assert event.cameo == "072"
    assert parties(event) == (["Qatar"], ["rebels"])


def test_a_source_quoted_as_saying_tells_the_act() -> None:
    # "quoted a military source saying ..." reports as "quoted ... as saying" does
    text = (
        "It quoted a military source saying army and security forces seized weapons and "
        'ammunition in Rastan and killed or injured "a number of armed terrorists."'
    )
    event = one_of_type(text, "COERCE", "2011-05-30")
    assert (event.cameo, event.lead) == ("1711", True)


def test_a_claim_rejected_is_a_rejection_and_the_claim_names_no_recipient() -> None:
    text = (
        "Libyan officials reject rebel claims that Gadhafi is seeking refuge for his family, "
        "saying that neither the leader nor his wife and children plan to leave the country."
    )
    event = one_of_type(text, "REJECT", LIBYA)
    assert event.lead
    actors, recipients = parties(event)
    assert actors == ["Libyan officials"]
    assert "Muammar Gaddafi" not in recipients
    text = "Stephan Miller, a spokesman for Israel's mayor of Jerusalem, Nir Barkat, dismissed the report."
    assert lead_types(text, "2010-03-10") == ["REJECT"]
    # a claim denied stays a denial (CAMEO 016, uncoded)
    text = "Halliburton has denied the claims, saying the tests were invalid as they were on a different kind of cement."
    assert "REJECT" not in pipeline_types(text, "2010-10-29")


def test_a_humanitarian_mission_sent_is_aid() -> None:
    text = (
        "Italy said it was sending a humanitarian mission to Tunisia to provide food and "
        "medical aid to as many as 10,000 people who had fled violence in Libya on its eastern border."
    )
    event = one_of_type(text, "AID", "2011-03-02")
    assert (event.cameo, event.evidence.trigger) == ("073", "sending")
    actors, recipients = parties(event)
    assert (actors, recipients[0]) == (["Italy"], "Tunisia")


def test_what_a_party_says_it_will_not_tolerate_is_a_threat() -> None:
    text = (
        "The head of the Gulf Cooperation Council said interference in Gulf state affairs by "
        "Iran, the Shi'ite giant across the water from Bahrain, would not be tolerated."
    )
    event = one_of_type(text, "THREATEN", "2011-03-21")
    assert (event.cameo, event.negated, event.lead) == ("130", False, True)
    assert parties(event)[0] == ["Gulf Cooperation Council"]
    # what should not be tolerated is a view, no warning
    text = (
        "But when you attack a person because of their age (in this case), race, or gender, you "
        "step over a line which should not be tolerated in a civil society."
    )
    assert "THREATEN" not in pipeline_types(text, "2009-02-25")


def test_force_a_party_says_it_will_confront_others_with_is_a_threat() -> None:
    text = (
        '"We definitely see them as enemies of the revolution and spies, and we will confront '
        'them with force," Revolutionary Guard Cmdr. Hossein Hamedani told IRNA.'
    )
    assert lead_types(text, "2011-06-28") == ["THREATEN"]


def test_a_commission_set_up_is_an_investigation() -> None:
    text = "Last month, President Barack Obama created an independent commission to probe the oil spill."
    event = one_of_type(text, "ACCUSE", "2010-06-20")
    assert (event.mode, event.cameo, event.lead) == ("investigate", "090", True)
    assert parties(event)[0] == ["Barack Obama"]
    text = (
        "President Barack Obama has set up a commission into the leak which is sending an "
        "estimated 5,000 barrels per day (bpd) into Gulf of Mexico waters."
    )
    assert lead_types(text, SPILL) == ["ACCUSE"]


def test_executives_grilled_are_questioned_over_their_conduct() -> None:
    text = (
        "OTTAWA | Thu May 13, 2010 3:28 pm EDT OTTAWA (Reuters) - Exasperated Canadian "
        "legislators grilled the head of BP Plc Canadian unit on Thursday, concerned about the "
        "risks of the company's plans to drill in Arctic waters after the catastrophic Gulf of "
        "Mexico oil spill."
    )
    event = one_of_type(text, "ACCUSE", "2010-05-13")
    assert event.lead
    assert parties(event)[0] == ["Canadian legislators"]


def test_forces_redeployed_or_called_out_are_mobilised() -> None:
    text = (
        "Meanwhile, the head of Israeli army intelligence said Syrian forces had been redeployed "
        "from the border with the Israeli-occupied Golan Heights to help defend the capital."
    )
    event = one_of_type(text, "MOBILIZE", "2011-12-07")
    assert (event.cameo, event.lead) == ("154", True)
    text = "The Egyptian military has been called out to try to control the situation."
    assert lead_types(text, "2011-01-28") == ["MOBILIZE"]
    # a claim redeployed moves no forces
    text = (
        "Bill Maher's film Religulous redeploys the claim, often made, that the biblical story "
        "of Jesus is a re-run of the Egyptian myth of Horus."
    )
    assert "MOBILIZE" not in pipeline_types(text, "2008-12-24")


def test_the_code_review_s_narrowings() -> None:
    # an election commission is no inquiry
    text = (
        'New laws issued by Assad in the past three months permit "parties committed to '
        'democratic principles" and established an election commission.'
    )
    assert "ACCUSE" not in lead_types(text, "2011-10-15")
    # recruits a side needs to train are its own, no aid to another
    text = (
        "Other military officials have said they needed to train volunteer recruits first "
        "before making a push west."
    )
    assert "AID" not in pipeline_types(text, "2011-03-01")
    # whose claim is rejected is the recipient (the headline run into the sentence confuses
    # its actor)
    text = (
        "Assad officials deny rebel ` Damascus volcano ' push Activists released images they "
        "said showed tanks on the streets of Damascus Syrian officials have dismissed claims by "
        "rebels that they have launched an all-out offensive in Damascus."
    )
    event = one_of_type(text, "REJECT", "2012-07-17")
    assert parties(event)[1] == ["rebels"]


# second part, read from the opened held-out round (GSR-style bw-by, CAMEO-style 43-45)


def test_reservations_expressed_are_disapproval() -> None:
    text = (
        "Government contacts have expressed reservations about how vocal the Obama "
        "administration has been in pressing Mubarak, a close American ally of three decades."
    )
    event = one_of_type(text, "ACCUSE", "2011-02-04")
    assert (event.mode, event.cameo, event.lead) == ("disapprove", "110", True)


def test_a_government_that_pushes_back_on_statements_rejects_them() -> None:
    text = (
        "The urgent call for talks comes as the Egyptian government pushed back on what it "
        'described as "vague" statements from the Obama administration about the pace of '
        "transition."
    )
    assert "REJECT" in lead_types(text, "2011-02-04")


def test_violence_carried_out_is_an_attack() -> None:
    text = (
        'Crowley said Thursday "elements close to the government or ruling party" carried out '
        "the violence."
    )
    event = one_of_type(text, "ASSAULT", "2011-02-04")
    assert (event.cameo, event.lead) == ("180", True)


def test_enquiries_launched_and_presence_increased() -> None:
    text = (
        'Securities and Exchange Commission and Department of Justice have launched "informal '
        'enquiries" into securities matters related to the spill, BP said.'
    )
    event = one_of_type(text, "ACCUSE", "2010-06-09")
    assert (event.mode, event.lead) == ("investigate", True)
    text = (
        "Witnesses said security forces increased their presence after Gadhafi defended his "
        "regime in a defiant speech Tuesday."
    )
    event = one_of_type(text, "MOBILIZE", "2011-02-23")
    assert parties(event)[0] == ["security forces"]


def test_enthusiasm_expressed_is_support() -> None:
    text = (
        "Sarkozy expressed enthusiasm for the plan, according to Mlegta and the senior NTC "
        "official, who spoke on condition of anonymity."
    )
    assert lead_types(text, "2011-03-10") == ["SUPPORT"]


def test_only_a_row_that_needs_a_negation_takes_it_as_its_own_word() -> None:
    # "tolerate +neg&..." owns its "not" (and, since the thirty-sixth pass, "accept +neg&...":
    # "would not accept the creation of"); "pull out+negotiation" only begins with the letters,
    # so "will not break off negotiations" stays a denied sanction
    rows = [e for entries in lexicon().verbs.values() for e in entries]
    owners = {(e.lemma, e.needs) for e in rows if e.own_negation}
    assert owners == {
        ("tolerate", "+neg&+aux=will|would|'ll|shall|wo"),
        ("accept", "+neg&+aux=will|would|'ll|shall|wo&+dobj"),
    }
    assert any(e.needs == "out+negotiation" for e in rows)
