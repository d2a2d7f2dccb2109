"""Breadth pass over the trigger lexicon: CAMEO verb phrases of each PLOVER category that wire
news uses, each group pinned by one news-style sentence run through the whole pipeline."""

from __future__ import annotations

import functools
from pathlib import Path

import pytest

from dateline import events
from dateline.evaluate.events import Prf, score
from dateline.pipeline import extract_text

from ..conftest import shared_file

DATE = "2011-03-01"  # a Tuesday: "on Monday" is the day before
DATA = Path(__file__).resolve().parent / "data"
LEAD6 = DATA / "t17_lead6.jsonl"
# the hand-coded lead-sentence sets whose errors the second breadth pass read
LEADS = [DATA / f"t17_lead{n}.jsonl" for n in (6, 7, 8, 9)]
# the sets whose errors the fourth breadth pass read (sets 16 and 17 are held out: never scored)
LEADS_10_15 = [DATA / f"t17_lead{n}.jsonl" for n in range(10, 16)]
# the sets whose misses the lead-set pass read (sets 20 and 21 are held out: never scored)
LEADS_10_19 = [DATA / f"t17_lead{n}.jsonl" for n in range(10, 20)]
# the sets whose misses the sixth lexicon pass read (sets 26 and 27 are held out: never scored)
LEADS_20_25 = [DATA / f"t17_lead{n}.jsonl" for n in range(20, 26)]


@functools.cache
def _coded(text: str) -> tuple[str, ...]:
    """Types as a coder scores them: hypothetical and negated events are not coded."""
    article = extract_text(text, date=DATE)
    return tuple(
        sorted(events.plover_type(e) for e in article.events if not (e.hypothetical or e.negated))
    )


@functools.cache
def _lead_types(paths: tuple[Path, ...]) -> Prf:
    """Type scores of lead sets, scored once per test run (two tests read sets 10-15)."""
    return score(list(paths), every=True).types


# one sentence per group of added rows (triggers.tsv "breadth pass" comments), by category
BREADTH = [
    # AGREE
    ("The two governments sealed a deal on gas prices in Moscow on Monday.", "AGREE"),
    ("The Syrian government expressed willingness to receive the envoy.", "AGREE"),
    ("Libya gave assurances on Monday that oil contracts would be honoured.", "AGREE"),
    # CONSULT
    ("The UN envoy briefed the Security Council on Monday.", "CONSULT"),
    ("The Arab League convened an emergency session in Cairo on Monday.", "CONSULT"),
    # SUPPORT
    ("The Egyptian government welcomed the agreement between Fatah and Hamas.", "SUPPORT"),
    ("Saudi Arabia and Bahrain resumed diplomatic ties on Monday.", "SUPPORT"),
    ("Arab states rallied behind the Libyan opposition council last week.", "SUPPORT"),
    ("The president expressed gratitude to the rescue teams on Monday.", "SUPPORT"),
    # COOPERATE
    ("Turkish police teamed up with Interpol to track the smugglers.", "COOPERATE"),
    # AID
    ("Qatar provided weapons to the Libyan rebels last month.", "AID"),
    ("The Paris Club forgave Iraq's debt on Friday.", "AID"),
    ("The United States airlifted food and medicine to Benghazi on Sunday.", "AID"),
    ("The European Union announced an aid package for Tunisia on Monday.", "AID"),
    # CONCEDE
    ("The president backed down on Monday after weeks of protests.", "CONCEDE"),
    ("A Cairo court acquitted three police officers on Monday.", "CONCEDE"),
    ("The teachers' union suspended its strike on Thursday.", "CONCEDE"),
    ("Washington backed off its demand for immediate elections.", "CONCEDE"),
    # ending sanctions yields (the manual's CONCEDE `yield'; CAMEO 085, RETREAT in the table)
    ("The European Union lifted sanctions on Burma on Monday.", "CONCEDE"),
    ("The United States unfroze Libyan assets worth $1.5 billion on Monday.", "CONCEDE"),
    # RETREAT
    ("The army halted its offensive against the rebel town on Sunday.", "RETREAT"),
    ("The rebels laid down their arms in the northern province last week.", "RETREAT"),
    ("The interior minister quit his post on Monday.", "RETREAT"),
    ("Israel and Hamas exchanged prisoners on Monday.", "RETREAT"),
    ("Gaddafi's forces began a retreat from Ajdabiya on Monday.", "RETREAT"),
    # REQUEST (and warrants, which the manual codes THREATEN `arrest')
    ("The prosecutor sought arrest warrants for Gaddafi and his son on Monday.", "THREATEN"),
    ("Israel called up reservists on Thursday.", "MOBILIZE"),
    ("Protesters begged the soldiers to protect them from the militias.", "REQUEST"),
    ("The opposition lobbied for sanctions against Damascus.", "REQUEST"),
    ("The Arab League called upon Assad to step down.", "REQUEST"),
    # ACCUSE
    ("The French foreign minister blasted the Syrian government on Monday.", "ACCUSE"),
    ("Beijing expressed anger at the arms sale to Taiwan.", "ACCUSE"),
    ("Prosecutors arraigned the former minister on corruption charges.", "ACCUSE"),
    ("The families launched legal action against BP on Monday.", "ACCUSE"),
    ("The Turkish prime minister lashed out at Israel on Monday.", "ACCUSE"),
    ("The minister took exception to the remarks.", "ACCUSE"),
    # REJECT
    ("The Palestinian president turned down the American proposal on Monday.", "REJECT"),
    ("China and Russia blocked the resolution at the Security Council.", "REJECT"),
    ("Government troops violated the cease-fire on Sunday.", "ASSAULT"),
    # THREATEN
    ("Hezbollah vowed revenge for the killing of its commander.", "THREATEN"),
    ("The rebels vowed to retaliate against the government forces.", "THREATEN"),
    ("Hamas pledged revenge for the killing of its commander.", "THREATEN"),
    # PROTEST
    ("Dock workers staged a stoppage at the port on Monday.", "PROTEST"),
    ("Protesters vandalized government offices in Benghazi.", "PROTEST"),
    ("Youths went on a rampage in the city centre on Monday.", "PROTEST"),
    # SANCTION
    ("Libya froze relations with Switzerland in 2009.", "SANCTION"),
    ("Britain recalled its envoy from Tehran on Monday.", "SANCTION"),
    ("The golf tour slapped him with heavy fines on Monday.", "SANCTION"),
    ("A senior Syrian general defected to Turkey on Sunday.", "SANCTION"),
    ("Washington slashed aid to the Palestinian Authority last year.", "SANCTION"),
    ("A court found him guilty on Monday.", "SANCTION"),
    # MOBILIZE
    ("Police tightened security around the parliament building.", "MOBILIZE"),
    ("North Korea tested a ballistic missile on Sunday.", "MOBILIZE"),
    ("Israel scrambled jets after the rocket attack on Monday.", "MOBILIZE"),
    ("North Korea staged a show of force near the border on Monday.", "MOBILIZE"),
    # COERCE
    ("Police took the opposition leader into custody on Monday.", "COERCE"),
    ("Security forces searched homes in the village overnight.", "COERCE"),
    ("Troops sealed off the town on Friday.", "COERCE"),
    ("The government blocked websites used by the protesters.", "COERCE"),
    ("The authorities cut electricity to the Kurdish town.", "COERCE"),
    ("Hackers defaced government websites on Monday.", "COERCE"),
    ("The military declared martial law in the province on Monday.", "COERCE"),
    ("Riot police broke up the protest in Manama on Monday.", "COERCE"),
    # ASSAULT
    ("The two armies exchanged fire along the border on Sunday.", "ASSAULT"),
    ("Militants detonated explosives outside the police station.", "ASSAULT"),
    ("Soldiers bulldozed Palestinian homes in the West Bank.", "ASSAULT"),
    ("Troops launched an incursion into Lebanese territory.", "ASSAULT"),
    ("The coalition waged war against the regime for months.", "ASSAULT"),
    ("NATO aircraft carried out strikes on Tripoli on Monday.", "ASSAULT"),
    # a crowd's stones are a riot (PLOVER manual s.PROTEST mode riot; the fifteenth pass)
    ("Protesters hurled stones at the police in Cairo on Monday.", "PROTEST"),
    ("Saddam gassed the Kurds of Halabja in 1988.", "ASSAULT"),
    ("The rebels used civilians as human shields, NATO said on Monday.", "ASSAULT"),
    ("Government troops retook the town of Zawiya last week.", "ASSAULT"),
    ("Soldiers raped women in the village, witnesses said on Monday.", "ASSAULT"),
]


# second breadth pass (wire-news leads): one sentence per group of added rows, by category
WIRE_BREADTH = [
    # ASSAULT
    ("Troops fired cluster munitions into the rebel-held district on Sunday.", "ASSAULT"),
    ("Syrian gunners unleashed a barrage of rockets on the town overnight.", "ASSAULT"),
    ("Damascus defended the downing of the Turkish reconnaissance jet.", "ASSAULT"),
    ("Police said a gunfight broke out between the two militias in Sanaa on Monday.", "ASSAULT"),
    ("The advance of Gaddafi's forces on Ajdabiya stalled on Monday.", "ASSAULT"),
    ("Congress debated the cost of the NATO-led campaign against Gaddafi on Monday.", "ASSAULT"),
    ("The abuse of Iraqi prisoners by American soldiers shocked the world.", "ASSAULT"),
    ("Soldiers unleashed violence against peaceful protesters in Manama on Monday.", "ASSAULT"),
    ("Rebel fighters took control of the town of Zawiya on Sunday.", "ASSAULT"),
    ("Loyalist forces advanced toward Benghazi on Saturday.", "ASSAULT"),
    ("Rebels captured a Gaddafi commander near Brega on Monday.", "ASSAULT"),
    ("Observers reported ceasefire violations by government forces in Homs.", "ASSAULT"),
    ("Rebels dislodged Gaddafi's troops from the oil port on Monday.", "ASSAULT"),
    ("Police scuffled with protesters outside the parliament in Cairo on Monday.", "ASSAULT"),
    # COERCE
    ("Armed men took over the Libyan embassy in London on Tuesday.", "COERCE"),
    ("Security forces stormed the offices of the opposition newspaper on Monday.", "COERCE"),
    ("The authorities shut down the opposition newspaper in Damascus on Monday.", "COERCE"),
    ("The government imposed a moratorium on deepwater drilling in May.", "COERCE"),
    ("The Egyptian government imposed an internet blackout on Friday.", "COERCE"),
    ("Soldiers set up checkpoints around the city on Monday.", "COERCE"),
    # MOBILIZE
    ("Syrian tanks surrounded the city of Hama on Sunday.", "MOBILIZE"),
    ("Rebel fighters were converging on the town of Bani Walid on Monday.", "MOBILIZE"),
    # a no-fly zone imposed restricts movement (CAMEO 191), as the GSR-style coders code it
    ("The Security Council imposed a no-fly zone over Libya on Thursday.", "COERCE"),
    # RETREAT
    ("Gaddafi's troops abandoned their positions in Brega on Monday.", "RETREAT"),
    ("Mubarak left office on Friday after weeks of protests.", "RETREAT"),
    # SANCTION
    ("Britain evacuated its ambassador from Damascus on Monday.", "SANCTION"),
    ("The rebels broke off talks with the government on Monday.", "SANCTION"),
    ("The European Union widened sanctions against the Syrian government on Monday.", "SANCTION"),
    ("The party kicked out the former minister on Monday.", "SANCTION"),
    # CONCEDE
    ("The Kuwaiti government dropped its plans to build the plant after protests.", "CONCEDE"),
    ("The king ended the state of emergency on Thursday.", "CONCEDE"),
    ("The government revoked the ban on the opposition party on Monday.", "CONCEDE"),
    ("King Abdullah sacked his government after weeks of protests.", "CONCEDE"),
    # REJECT
    ("Russia voiced its opposition to the sanctions on Monday.", "REJECT"),
    ("China's opposition to the plan hardened on Monday.", "REJECT"),
    ("Opposition lawmakers overruled the speaker's objection on Monday.", "REJECT"),
    # REQUEST, SUPPORT, ACCUSE
    ("Residents clamored for the government to reopen the border.", "REQUEST"),
    # (standing by or behind needs a known party since the thirty-third pass: "he's standing by
    # live", "the president's daughter is standing behind her father" support no one coded)
    ("Egypt's ruling party is standing behind Mubarak, she said.", "SUPPORT"),
    ("The Security Council adopted a resolution on Libya on Saturday.", "SUPPORT"),
    ("The former minister pleaded not guilty to corruption charges on Monday.", "ACCUSE"),
    ("The families filed a case against the interior ministry on Monday.", "ACCUSE"),
    ("Gaddafi railed against the rebels in a televised speech on Monday.", "ACCUSE"),
    # PROTEST, CONSULT, AID, AGREE
    ("Thousands of protesters chanted slogans against the president in Tahrir Square.", "PROTEST"),
    ("The Libyan people rose up against Gaddafi in February.", "PROTEST"),
    ("Jordan sent a delegation to Benghazi on Monday.", "CONSULT"),
    ("Turkey sent medical supplies to Misrata on Sunday.", "AID"),
    ("Libya paid compensation to the families of the Lockerbie victims.", "AID"),
    ("The United Nations stands ready to help the Libyan people, Ban said.", "AGREE"),
    ("Egypt brokered a truce between Israel and Hamas on Monday.", "AGREE"),
    # later groups: requests, blame, support, access, withholding; support verbs and prepositions
    ("The Arab League challenged Assad to withdraw his tanks from the cities.", "REQUEST"),
    ("Gaddafi mocked the rebels in a speech on Monday.", "ACCUSE"),
    ("Syria put the blame on armed gangs on Monday.", "ACCUSE"),
    ("The opposition held the government responsible for the killings.", "ACCUSE"),
    ("Turkey threw its weight behind the Syrian opposition on Monday.", "SUPPORT"),
    ("Damascus allowed journalists into Homs on Monday.", "RETREAT"),
    ("The rebels said Gaddafi cut off supplies to Misrata.", "COERCE"),
    ("Al Qaeda masterminded the bombings in London.", "ASSAULT"),
    ("Thousands of students joined in the protests in Sanaa on Monday.", "PROTEST"),
    ("Protesters hacked a policeman to death in the city on Monday.", "ASSAULT"),
    ("The court dissolved the former ruling party on Saturday.", "COERCE"),
]


# fourth breadth pass (wire-news leads): one sentence per group of added rows, by category
LEAD_BREADTH = [
    # SANCTION: fleeing a place, refuge taken, an exodus; envoys declared unwelcome; frozen assets
    ("Thousands of families fled the town of Tal Kalakh on Sunday.", "SANCTION"),
    ("Hundreds of Libyans fled across the border into Tunisia overnight.", "SANCTION"),
    ("More than 5,000 Syrians have taken refuge in northern Lebanon.", "SANCTION"),
    ("Aid agencies reported an exodus of foreign workers from Misrata.", "SANCTION"),
    ("Damascus declared the French ambassador persona non grata on Monday.", "SANCTION"),
    ("Tripoli has declared as unwelcome the envoys of four European states.", "SANCTION"),
    ("The former president's assets in Switzerland are frozen, officials said.", "SANCTION"),
    # AID: refuge given
    ("Jordan has given refuge to thousands of Syrian families.", "AID"),
    # ASSAULT: use of force, military involvement, shell fire, pushes, violent repression
    ("The council condemned the use of force against unarmed demonstrators.", "ASSAULT"),
    ("Amnesty said the army's use of heavy weapons in Hama was unlawful.", "ASSAULT"),
    ("Parliament debated the British military involvement in Libya on Monday.", "ASSAULT"),
    ("Rebels in Misrata came under shell fire from Gaddafi's forces.", "ASSAULT"),
    ("A mortar was fired toward the rebel positions outside Brega.", "ASSAULT"),
    ("The rebels renewed their push against the loyalist forces near Zlitan.", "ASSAULT"),
    ("The regime's violent crackdown on demonstrators has left hundreds dead.", "ASSAULT"),
    ("Soldiers violently suppressed a demonstration in Deraa on Friday.", "ASSAULT"),
    ("Army helicopters fired machineguns at the crowd in Jisr al-Shughour.", "ASSAULT"),
    ("The police resorted to violence to clear the square.", "ASSAULT"),
    ("Insurgents lobbed mortar rounds at the base on Monday.", "ASSAULT"),
    # COERCE: quarantine, manhunts, journalists blocked; tear gas is ASSAULT crowd-control (manual)
    ("Chinese officials quarantined seventy Mexican travellers in Beijing.", "COERCE"),
    ("Police launched a manhunt for the two escaped prisoners on Monday.", "COERCE"),
    ("Security men blocked reporters from entering the hospital in Sanaa.", "COERCE"),
    ("Riot police fired tear gas at students outside the university.", "ASSAULT"),
    # RETREAT
    ("The militias were demobilised under the peace accord last year.", "RETREAT"),
    # REJECT, ACCUSE, REQUEST: what a party "faced"; pushing back; bills defeated; taunts, scorn
    ("The draft resolution has faced fierce opposition from Moscow.", "REJECT"),
    ("The energy secretary faced harsh criticism over the leak on Monday.", "ACCUSE"),
    ("The prime minister faces mounting calls to resign.", "REQUEST"),
    ("The drilling firms face hundreds of lawsuits from fishermen.", "ACCUSE"),
    ("The administration pushed back against demands for ground troops.", "REJECT"),
    ("The Senate defeated the amendment on Wednesday.", "REJECT"),
    ("The colonel taunted the Western powers in a radio address.", "ACCUSE"),
    ("Opposition leaders heaped scorn on the king's reform plan.", "ACCUSE"),
    ("Western governments piled pressure on Assad to stop the killing.", "REQUEST"),
    # PROTEST, MOBILIZE
    ("Crowds shouted slogans against the king outside the palace.", "PROTEST"),
    ("Thousands of students hit the streets of Sanaa on Friday.", "PROTEST"),
    ("The chanting of demonstrators could be heard from the palace.", "PROTEST"),
    ("NATO began reconnaissance flights along the Libyan coast on Monday.", "MOBILIZE"),
    # SUPPORT, AGREE, AID
    ("Iran stood by the Syrian government on Monday.", "SUPPORT"),
    ("The emir affirmed solidarity with the Bahraini government.", "SUPPORT"),
    ("Qatar was quick to embrace the rebels in Benghazi.", "SUPPORT"),
    ("The rival factions struck a deal on a unity government on Monday.", "AGREE"),
    ("French planes airdropped weapons to the rebels in the western mountains.", "AID"),
    ("The opposition council won diplomatic recognition from Italy on Monday.", "SUPPORT"),
    ("The Security Council authorised a no-fly zone over the country on Thursday.", "SUPPORT"),
    ("The secretary of state turned up the pressure on the Syrian leader on Monday.", "REQUEST"),
    ("Paris led a drive at the United Nations for tougher sanctions on Damascus.", "REQUEST"),
    ("The regulator is cracking the whip on the mining companies.", "COERCE"),
    ("Loyalist fighters pushed the rebels out of the oil port on Monday.", "ASSAULT"),
    ("Government troops drove the rebels back toward the coast.", "ASSAULT"),
    ("The king declared a state of emergency on Tuesday.", "COERCE"),
    ("The authorities shut down mobile networks across the country.", "COERCE"),
    ("Dock workers walked off the job at the port on Monday.", "PROTEST"),
    ("The navy moved two warships closer to the Syrian coast.", "MOBILIZE"),
    ("The Pentagon repositioned naval forces in the Mediterranean.", "MOBILIZE"),
    ("The cabinet agreed to the protesters' demands on Monday.", "CONCEDE"),
    ("The Palestinian president received the Qatari emir in Ramallah.", "CONSULT"),
    ("Saudi Arabia offered asylum to the ousted president.", "AID"),
    ("The United Nations voiced alarm at the killings in Homs.", "ACCUSE"),
    ("French and British ships began joint patrols off the Libyan coast.", "COOPERATE"),
]


# fifth lexicon pass (random Timeline17 news reviewed): rows that were missing, one sentence per
# group of added rows, and the ambiguous rows kept to their political sense
RANDOM_BREADTH = [
    # AID: an effort under a governing verb; REQUEST: authorisation sought
    ("Turkey stepped up its relief effort for Somalia on Monday.", "AID"),
    ("Washington is seeking U.N. approval for a naval blockade.", "REQUEST"),
    # SANCTION: a consulate closed
    ("Egypt closed its consulate in Benghazi on Monday.", "SANCTION"),
    # ASSAULT: forces cornered; the weapon as subject
    ("Rebel fighters cornered the last loyalist units in the port on Monday.", "ASSAULT"),
    ("Rockets hit the airport in Tripoli on Monday.", "ASSAULT"),
    # RETREAT and CONCEDE: a garrison succumbs, a junta succumbs to pressure
    ("The rebel garrison succumbed to the government offensive on Sunday.", "RETREAT"),
    ("The junta succumbed to pressure from the street on Monday.", "CONCEDE"),
    # COERCE: persons held; ACCUSE: held accountable, an attack in words
    ("Two aid workers were held by gunmen for a week.", "COERCE"),
    ("The opposition held the army accountable for the deaths.", "ACCUSE"),
    ("The minister has come under attack from opposition lawmakers over the budget.", "ACCUSE"),
    # MOBILIZE: moved into position
    ("Two destroyers moved into position off the Syrian coast on Monday.", "MOBILIZE"),
    # the political senses the restricted rows keep
    ("Militants released two kidnapped engineers near Kirkuk on Monday.", "RETREAT"),
    ("Iran returned the bodies of the three sailors to Britain on Monday.", "RETREAT"),
    ("The government lifted the curfew in Benghazi on Monday.", "CONCEDE"),
    ("Cairo eased travel restrictions on Gaza on Monday.", "CONCEDE"),
    ("Soldiers stormed the rebel-held village at dawn on Monday.", "ASSAULT"),
    ("The prime minister hailed the agreement as a breakthrough.", "SUPPORT"),
    ("Tehran warned of a crushing response to any Israeli strike.", "THREATEN"),
    ("The French foreign minister visited Benghazi on Monday.", "CONSULT"),
    ("Ankara issued a stern warning to Damascus on Monday.", "THREATEN"),
]


# lead-set pass (misses on lead sets 10-19, each family checked on random Timeline17 news): one
# sentence per family of added rows
LEAD_SET_BREADTH = [
    # ASSAULT: a campaign or struggle to oust a ruler; an armed uprising, an insurgency against
    ("The rebels' campaign to oust Gaddafi entered its sixth month on Monday.", "ASSAULT"),
    ("Rebels said their struggle to overthrow the colonel had cost thousands of lives.", "ASSAULT"),
    ("Islamist militants launched an armed uprising against the government in 1982.", "ASSAULT"),
    ("Army defectors have formed an armed insurgency against the government in Idlib.", "ASSAULT"),
    # ASSAULT: a town or an airport seized; explosions rocking a city; tanks pouring into one
    ("Rebel fighters seized the town of Brega after heavy fighting.", "ASSAULT"),
    ("Two explosions rocked the centre of Damascus on Friday.", "ASSAULT"),
    ("Syrian tanks poured into the city of Hama on Sunday.", "ASSAULT"),
    # SANCTION: desertions; a party shunned; people crossing or pouring across a border
    ("Dozens of soldiers deserted with their weapons last week, activists said.", "SANCTION"),
    ("Syrian army desertions rose sharply in March, officials said.", "SANCTION"),
    ("Arab leaders shunned Gaddafi at the summit in Sirte.", "SANCTION"),
    ("About 2,000 Syrian refugees crossed into Jordan overnight.", "SANCTION"),
    ("Thousands of Libyans poured across the border into Tunisia on Monday.", "SANCTION"),
    # CONSULT: an envoy arriving; a minister addressing the Council
    ("The Arab League envoy arrived in Damascus on Monday.", "CONSULT"),
    ("The foreign minister addressed the Security Council on Monday.", "CONSULT"),
    # REJECT: a bill killed, a motion defeated in the passive; the blocking of a resolution
    ("House Republicans killed the bill on Thursday.", "REJECT"),
    ("The motion was defeated by 310 votes to 264 in the Commons.", "REJECT"),
    ("Russia's blocking of the resolution angered Western diplomats.", "REJECT"),
    # MOBILIZE: troops approaching; the arrival of troops
    ("Government troops approached the rebel-held town from the south on Monday.", "MOBILIZE"),
    ("The arrival of Saudi troops in Bahrain on Monday angered the opposition.", "MOBILIZE"),
    # COOPERATE: rights acquired
    ("The Chinese firm acquired the rights to develop the oil field.", "COOPERATE"),
]


# precision pass (random t17 news): the political senses the restricted rows keep
PRECISION_KEPT = [
    ("The electoral commission allowed opposition candidate Ahmed Shafiq to stand.", "CONCEDE"),
    ("Syria allowed exiled opposition leaders to return on Monday.", "CONCEDE"),
    ("The president made an appeal for calm on state television on Monday.", "REQUEST"),
    ("Foreign Minister Sergei Lavrov travelled to Damascus on Monday.", "CONSULT"),
    ("The Israeli government expressed its regret for the raid on Monday.", "CONCEDE"),
    ("Police dispersed the protesters with tear gas on Monday.", "ASSAULT"),
    ("Nigeria deployed troops to the border on Monday.", "MOBILIZE"),
    ("Rebels said Gaddafi offered a ceasefire on Monday.", "AGREE"),
    ("Obama postponed his trip to Australia and Indonesia on Thursday.", "CONSULT"),
    ("The rebels launched their uprising against Gaddafi in February.", "PROTEST"),
]


# sixth lexicon pass (misses on lead sets 20-25 and 10-19, each family checked on random
# Timeline17 news): one sentence per family of added rows
SIXTH_PASS = [
    # MOBILIZE: troops massing, standing guard, taking up positions, moving in
    ("Syrian troops massed near the Turkish border on Sunday.", "MOBILIZE"),
    ("Soldiers stood guard outside the state television building in Cairo.", "MOBILIZE"),
    ("Government tanks took up positions around the central square on Monday.", "MOBILIZE"),
    ("Syrian troops moved into the northern town of Jisr al-Shughour on Sunday.", "MOBILIZE"),
    # ASSAULT: forces pushing toward a town; rockets unleashed; explosions shaking a city
    ("Rebel fighters pushed toward the oil town of Brega on Monday.", "ASSAULT"),
    ("Loyalist forces unleashed rockets on the rebel positions overnight.", "ASSAULT"),
    ("Two explosions shook the centre of Baghdad on Monday.", "ASSAULT"),
    # ASSAULT: munitions raining or landing on a place; a bloody or brutal crackdown
    ("Mortar shells landed near the hospital in Misrata on Monday.", "ASSAULT"),
    ("Government gunners rained shells on the old city overnight.", "ASSAULT"),
    ("Two rockets fell on the town of Sderot on Monday, police said.", "ASSAULT"),
    ("The regime's brutal crackdown on the opposition continued on Monday.", "ASSAULT"),
    # COERCE: shipments intercepted, a broadcaster's offices shut, people dragged away, a
    # constitution suspended
    ("Egyptian customs officers intercepted a shipment of weapons bound for Gaza.", "COERCE"),
    ("The authorities shut down the offices of the satellite channel in Cairo.", "COERCE"),
    ("Police dragged away several activists outside the courthouse on Monday.", "COERCE"),
    ("The army suspended the constitution and dissolved parliament on Sunday.", "COERCE"),
    # COERCE: the expulsion of a person (of diplomats it stays SANCTION)
    ("Qatar's expulsion of the blogger to Libya angered Washington.", "COERCE"),
    ("The expulsion of the Syrian ambassador was announced on Monday.", "SANCTION"),
    # SANCTION: operations ceased; parting ways with a leader
    ("The monitoring mission ceased operations in Syria on Saturday.", "SANCTION"),
    ("Several tribal leaders parted ways with the president on Monday.", "SANCTION"),
    # REQUEST: asking or proposing that; changes sought
    ("The Arab League asked that the Security Council impose a no-fly zone.", "REQUEST"),
    ("Britain proposed that the sanctions be extended to the central bank.", "REQUEST"),
    ("Damascus is seeking changes to the observer mission, diplomats said.", "REQUEST"),
    # AGREE, COOPERATE, AID, CONSULT, ACCUSE
    ("The Syrian government accepted the Arab League initiative on Wednesday.", "AGREE"),
    # support verbs of announcing: deals unveiled, proposals presented or outlined
    ("The two governments unveiled a new trade deal on Monday.", "AGREE"),
    ("The envoy presented new proposals to the Syrian president on Sunday.", "AGREE"),
    ("Moscow sold weapons to Damascus last year, the report said.", "COOPERATE"),
    ("Niger has given safe haven to several of Gaddafi's sons.", "AID"),
    ("British firefighters helped survivors in Port-au-Prince on Monday.", "AID"),
    ("The UN envoy told the Security Council on Monday that the violence must stop.", "CONSULT"),
    ("The opposition leader called the election a sham on Monday.", "ACCUSE"),
    ("The two drilling firms traded blame at the Senate hearing on Tuesday.", "ACCUSE"),
    # "moved to" names the act it takes steps to, which stays the event
    ("The army moved to crush the protests on Monday.", "ASSAULT"),  # 175 (the thirtieth pass)
]


@pytest.mark.parametrize(
    ("text", "expected"),
    BREADTH
    + WIRE_BREADTH
    + LEAD_BREADTH
    + RANDOM_BREADTH
    + LEAD_SET_BREADTH
    + PRECISION_KEPT
    + SIXTH_PASS,
)
def test_breadth_rows_code_their_category(text: str, expected: str) -> None:
    assert expected in _coded(text), _coded(text)


# figurative and medical senses (non_events.tsv) and rows kept strict by their "with" column
NOT_EVENTS = [
    ("The Syrian president suffered a heart attack on Monday, state media said.", "ASSAULT"),
    ("The director shot a film about the war in Beirut.", "ASSAULT"),
    ("The company executed its plan to cut costs.", "ASSAULT"),
    ("The minister briefed reporters on the budget.", "CONSULT"),
    ("Oil prices rocketed to $120 a barrel on Monday.", "ASSAULT"),
    ("Israel called up reservists on Thursday.", "REQUEST"),
    ("Engineers sealed off the leaking well on Monday.", "COERCE"),
    ("The vent blasted cold air on the passengers.", "ACCUSE"),
    ("Police rounded up dozens of activists on Monday.", "ACCUSE"),
    ("The army silenced the guns along the border on Monday.", "COERCE"),
    ("A gunman went on a shooting rampage in Oslo on Friday.", "PROTEST"),
    ("The uprising broke out in March, a month after Egypt's.", "COERCE"),
]


# second breadth pass: rows kept to places, parties and support verbs, and the figurative and
# business senses found by running the lexicon over random Timeline17 sentences
WIRE_NOT_EVENTS = [
    ("Confusion surrounded the talks on Monday.", "MOBILIZE"),
    ("The two leaders converged on the same point of view.", "MOBILIZE"),
    ("Obama took control of the crisis response on Monday.", "ASSAULT"),
    ("Islamist opposition to the regime grew in the 1980s.", "REJECT"),
    ("The government faced criticism from the opposition on Monday.", "REJECT"),
    ("The president dismissed the claims by the government on Monday.", "CONCEDE"),
    ("Israel withdrew its troops from Gaza after talks with Egypt.", "SANCTION"),
    ("Residents abandoned their homes in the city of Misrata.", "RETREAT"),
    ("Thousands of families took refuge in the city of Benghazi.", "ASSAULT"),
    ("Engineers will send mud through the relief well on Monday.", "AID"),
    ("Roofs caved in across the city after the earthquake.", "CONCEDE"),
    ("Aisha Gaddafi gives birth in a clinic in Algeria.", "CONCEDE"),
    ("The WHO advised travellers not to go to Mexico.", "REQUEST"),
    ("The health minister took photos in the capital on Monday.", "ASSAULT"),
    ("The governor abused his power to reward his friends.", "ASSAULT"),
    ("BP resumed oil capture at the leaking well on Monday.", "ASSAULT"),
    ("Oil trading volumes rose back up on Tuesday.", "PROTEST"),
    ("The ruling demonstrated the court's independence.", "PROTEST"),
    ("The senator rallied support for the bill on Monday.", "PROTEST"),
    ("The thought struck her as funny.", "ASSAULT"),
    ("A federal court struck down the proposals on Monday.", "ASSAULT"),
    ("BP suspended its dividend on Wednesday.", "SANCTION"),
    ("Egyptian farmers slaughtered pigs last week.", "ASSAULT"),
    ("BP was burning off the gas at the surface on Monday.", "ASSAULT"),
    ("Analysts doubt that is enough to support strong growth.", "SUPPORT"),
]


# fourth breadth pass: the senses the new rows must leave alone (non_events.tsv, "with" columns)
LEAD_NOT_EVENTS = [
    ("Residents tried to flee the fighting in the old city.", "SANCTION"),
    ("Some 30,000 people have fled abroad, the agency said.", "SANCTION"),
    ("British firms felt they had been frozen out of the contracts.", "SANCTION"),
    ("The reporter is standing by in Cairo with the latest.", "SUPPORT"),
    ("The senator faced calls from the opposition to resign.", "REJECT"),
    ("The world cannot stand by and watch the killing.", "SUPPORT"),
    ("Ice crystals blocked the oil from flowing into the dome.", "COERCE"),
    ("The government and the unions struck a deal on wages.", "ASSAULT"),
    ("Republicans voted for the bill, chanting the party's slogans.", "ASSAULT"),
    ("Campaign chants of drill, baby, drill filled the hall.", "PROTEST"),
    ("The regulator authorised the bank to raise new capital.", "SUPPORT"),
    ("The airline pushed back the launch of its new route.", "ASSAULT"),
    ("The two sides agreed to a ceasefire on Monday.", "CONCEDE"),
]


# fifth lexicon pass: non-political objects and figurative uses of the ambiguous rows
RANDOM_NOT_EVENTS = [
    ("The central bank plans to release funds for new roads.", "RETREAT"),
    ("The patient was released from hospital on Monday.", "RETREAT"),
    ("Thousands of returning migrant workers crowded the border post.", "RETREAT"),
    ("Firefighters battled the blaze at the refinery for hours.", "ASSAULT"),
    ("The hounds killed two foxes on the estate last year.", "ASSAULT"),
    ("A man stormed into the studio during the broadcast.", "ASSAULT"),
    ("The new budget could lift economic growth next year.", "CONCEDE"),
    ("Tax cuts will ease the burden on families.", "CONCEDE"),
    ("Analysts warned of potential disruption to shipping.", "THREATEN"),
    ("Shoppers heeded the warnings about the storm.", "THREATEN"),
    ("The singer hails from a small town in Ohio.", "SUPPORT"),
    ("The novelist visited the museum with her children.", "CONSULT"),
    ("The senator offered no details of the plan.", "AGREE"),
    ("The soldier succumbed to his wounds on Monday.", "RETREAT"),
    ("The company did not return a request for comment.", "REQUEST"),
    ("The summit was held in Cairo last year.", "COERCE"),
]


# lead-set pass: the senses the new rows leave alone, and the rows tried and left out because
# most of their firings on random news were wrong (a wish to topple, medical teams arriving)
LEAD_SET_NOT_EVENTS = [
    ("An explosion rocked the oil platform on Tuesday.", "ASSAULT"),
    ("Investors shunned bank shares on Monday.", "SANCTION"),
    ("The streets of the capital were deserted on Friday.", "SANCTION"),
    ("Thousands of people poured out into the streets of Cairo on Friday.", "SANCTION"),
    ("The protesters say they want to topple the regime.", "ASSAULT"),
    ("Medical teams arrived in Port-au-Prince on Monday.", "CONSULT"),
    ("The software firm killed the project after a year.", "REJECT"),
    ("The rebels were defeated at Brega on Sunday.", "REJECT"),
]


# precision pass: one sentence per family whose wrong firings on random news were cut (rows
# restricted in triggers.tsv, "precision pass" rows in non_events.tsv)
PRECISION_NOT_EVENTS = [
    ("The pipe had allowed water to flow into the ballast tanks.", "CONCEDE"),
    ("The Red Cross appeal has so far raised 5 million pounds for the flood victims.", "REQUEST"),
    ("The club appealed against the ban on Monday.", "REQUEST"),
    ("The patient had travelled to Mexico before falling ill.", "CONSULT"),
    ("Oil prices rose on Monday as unrest swept across the Middle East.", "PROTEST"),
    ("Ban Ki-moon expressed regret at the deaths of civilians in the shelling.", "CONCEDE"),
    ("A new strain of flu has killed 60 people in Mexico.", "ASSAULT"),
    ("The research was supported by a grant from the Wellcome Trust.", "SUPPORT"),
    ("Tottenham signed the Togo striker on a season-long loan on Thursday.", "SUPPORT"),
    ("Defensive stocks offer outstanding value, analysts said on Monday.", "AGREE"),
    ("Rumours spread that the bank would fail, according to one trader who asked not to be named.",
     "REQUEST"),
    ("Crews are dispersing the slick with chemicals.", "COERCE"),
    ("The company has deployed booms along the coast.", "MOBILIZE"),
    ("The firm began clinical trials of the vaccine in May.", "ACCUSE"),
    ("FIFA banned the Qatari official from football for life on Saturday.", "COERCE"),
    ("The firm would be canceling the shows, its spokesman said.", "REJECT"),
    ("BP could suspend its dividend payout to shareholders.", "SANCTION"),
    ("The fisherman was making a rare shrimping trip on Monday.", "CONSULT"),
    ("Controlled fires could burn the marsh grass to the roots.", "ASSAULT"),
    ("Engineers succeeded in halting the leak on Monday.", "SANCTION"),
    ("The minister pulled the economy out of recession.", "RETREAT"),
    ("Fish are fleeing the area of the spill, biologists say.", "SANCTION"),
    ("She had not been able to contact her family since the earthquake struck.", "CONSULT"),
    ("The company says it can meet all its liabilities.", "CONSULT"),
    ("Nike has teamed up with the rapper to launch a new shoe.", "COOPERATE"),
]  # fmt: skip


# sixth lexicon pass: the senses the new rows leave alone, and the rows tried and left out
# because most of their firings on random news were wrong (an ouster demanded, borders kept
# open, a procedure likened to something, a retirement, buying from a seller)
SIXTH_NOT_EVENTS = [
    ("The company pushed to finish the relief well by August.", "REQUEST"),
    ("The company pushed to finish the relief well by August.", "ASSAULT"),
    ("Protesters pushed toward the interior ministry on Friday.", "ASSAULT"),
    ("The army moved to crush the protests on Monday.", "MOBILIZE"),
    ("The project moved on to its second phase on Monday.", "ASSAULT"),
    ("The oil company sells the crude it recovers to refiners.", "COOPERATE"),
    ("He bought the restaurant from his uncle in 2005.", "COOPERATE"),
    ("The explosion shook the rig shortly before midnight.", "ASSAULT"),
    ("The engineer likened the procedure to threading a needle.", "ACCUSE"),
    ("A powerful blast shook the drilling rig before dawn.", "ASSAULT"),
    ("Demonstrators are demanding the ousting of the president.", "RETREAT"),
    ("Mexico said it saw no need to close its borders.", "COERCE"),
    ("The admiral retired as commander of the fleet last year.", "RETREAT"),
]


@pytest.mark.parametrize(
    ("text", "wrong"),
    NOT_EVENTS
    + WIRE_NOT_EVENTS
    + LEAD_NOT_EVENTS
    + RANDOM_NOT_EVENTS
    + LEAD_SET_NOT_EVENTS
    + PRECISION_NOT_EVENTS
    + SIXTH_NOT_EVENTS,
)
def test_other_senses_are_not_coded(text: str, wrong: str) -> None:
    assert wrong not in _coded(text), _coded(text)


def test_event_dense_wire_leads_keep_the_breadth_gain() -> None:
    # before the breadth pass: P 0.775 R 0.413 F1 0.539 on set 6; after: P 0.814 R 0.467 F1 0.593
    shared_file("data/news/t17_articles.jsonl.gz")  # the sentences are quoted from there
    result = score([LEAD6], every=True)
    assert result.types.recall >= 0.45, result.types
    assert result.types.f1 >= 0.57, result.types


def test_wire_leads_keep_the_second_breadth_gain() -> None:
    # lead sets 6-9 pooled, before the second breadth pass: P 0.711 R 0.442 F1 0.545 (tp 118);
    # after: P 0.746 R 0.506 F1 0.603 (tp 135)
    shared_file("data/news/t17_articles.jsonl.gz")
    result = score(LEADS, every=True)
    assert result.types.recall >= 0.49, result.types
    assert result.types.f1 >= 0.59, result.types


def test_wire_leads_keep_the_fourth_breadth_gain() -> None:
    # lead sets 10-15 pooled, before the fourth breadth pass: P 0.662 R 0.461 F1 0.543 (tp 182);
    # after: P 0.698 R 0.532 F1 0.603 (tp 210)
    shared_file("data/news/t17_articles.jsonl.gz")
    types = _lead_types(tuple(LEADS_10_15))
    assert types.recall >= 0.50, types
    assert types.f1 >= 0.575, types


def test_random_news_pass_keeps_precision() -> None:
    # fifth lexicon pass (ambiguous rows kept to parties, rows missing on random news): dev type
    # F1 0.860 before and after; check sets 1-3 pooled P 0.773 -> 0.785 (F1 0.767 -> 0.773)
    dev = score(shared_file("data/events/plover_gsr_dev.jsonl"))
    assert dev.types.f1 >= 0.855, dev.types
    checks = score([DATA / f"t17_check{n}.jsonl" for n in ("", "2", "3")], every=True)
    assert checks.types.precision >= 0.78, checks.types
    assert checks.types.f1 >= 0.77, checks.types


def _leads_10_19() -> Prf:
    """Type scores pooled over lead sets 10-19 (sets 10-15 scored once and shared)."""
    shared_file("data/news/t17_articles.jsonl.gz")
    first, rest = _lead_types(tuple(LEADS_10_15)), _lead_types(tuple(LEADS_10_19[6:]))
    return Prf(first.tp + rest.tp, first.fp + rest.fp, first.fn + rest.fn)


def test_wire_leads_keep_the_lead_set_gain() -> None:
    # lead sets 10-19 pooled, before the lead-set pass: P 0.727 R 0.504 F1 0.595 (tp 341); after:
    # P 0.741 R 0.518 F1 0.610 (tp 351); the dev set stays at F1 0.860 (checked above)
    types = _leads_10_19()
    assert types.recall >= 0.51, types
    assert types.f1 >= 0.60, types


def test_precision_pass_raises_lead_precision() -> None:
    # precision pass: lead sets 10-19 pooled P 0.741 R 0.518 F1 0.610 (tp 351, fp 123) before,
    # P 0.755 R 0.518 F1 0.615 (tp 351, fp 114) after; dev type F1 0.860 -> 0.862 (checked above)
    types = _leads_10_19()
    assert types.precision >= 0.75, types
    assert types.f1 >= 0.612, types


def test_wire_leads_keep_the_sixth_pass_gain() -> None:
    # lead sets 20-25 pooled, before the sixth lexicon pass: P 0.697 R 0.501 F1 0.583 (tp 205,
    # fp 89); after: P 0.709 R 0.535 F1 0.610 (tp 219, fp 90); sets 10-19 pooled F1 0.640 ->
    # 0.651; dev type F1 0.862 before and after (checked above)
    shared_file("data/news/t17_articles.jsonl.gz")
    types = score(LEADS_20_25, every=True).types
    assert types.recall >= 0.525, types
    assert types.f1 >= 0.60, types
