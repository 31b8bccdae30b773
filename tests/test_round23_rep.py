"""Round 23 (r23-rep): do two figures name the same quantity?  Narrow requirements relaxed, not new phrasings.

* a way's length told in a relative clause after its subject ("The tram line, which will run for 14km between ...,")
  is what "the N-unit route" restates (``_RELATIVE_VERB_ONLY`` in ``_route_of_way``), and a compound length's route
  or course is its head before any word after it ("cover the 13-mile route end to end": ``_WAY_HEADS``);
* an event's length told after an aside between it and its verb ("The trial, which opened on Monday, is expected
  to last six weeks": ``_LASTING_VERB_ONLY`` in ``_lasting_subject``), restated "for the whole of the N-week hearing"
  (``_REFERRED_BEFORE``);
* aircraft and vessels as hypernyms of their kinds ("grounded all 14 of its turboprops ... the 12 grounded
  aircraft", ``HYPERNYMS``; not when a kind in the hypernym's own group is named too: ``_one_kind_named``);
* seats a party won are its newly elected members ("won 27 seats ... the 29 newly elected councillors",
  ``_seats_won``; an adverb before a participle keeps the noun phrase going: ``_adverb_then_participle``);
* people who came through a place's doors are its visitors (``_THROUGH_DOORS``, "visited" in ``VERB_CONCEPTS``), and
  a headline telling its year only as "record year" takes the lead's one year as its own (``_year_unnamed``);
* an event's length with a place between its noun and verb ("the standoff at the farm lasted 14 hours"), restated
  "throughout the" event under an alike name (``_LASTING_OPENING``, ``referred`` in ``find_term_restatements``);
* a level reached past the verb's object restated as "the new N% rate" ("lifts rate to 4.25%",
  ``_reached_past_object``, ``_NEW_LEVEL_AFTER``);
* a count told again "At that same briefing" (``find_same_occasion_restatements``; a death toll counts victims:
  ``_toll_before``).

Each row is a flagged text, its target, the consistent value that makes its clean twin, the rule prefix and the
publication date."""
from __future__ import annotations

import pytest

from tests.shapes import assert_clean, assert_flagged

TABLE = [
    # ---- a way's length in a relative clause, or the route sized with a word after it
    ("The new link road, which will run for 9 miles between Histon and the station, opens in May. Work on the 6-mile "
     "route will start next month.", "6-mile", "9-mile", "FC40", None),
    ("The light railway, which runs for 22km along the coast, carried its first passengers on Friday. Work on the "
     "27km route began in 2019.", "27km", "22km", "FC40", None),
    ("The greenway, which is expected to run for 18 miles when finished, links three villages. Cyclists will be able "
     "to ride the 13-mile route end to end by 2026.", "13-mile", "18-mile", "FC40", None),
    ("The towpath, which stretches for 7km beside the canal, reopened on Tuesday, the trust said. Walkers can now "
     "follow the 5km route without a detour.", "5km", "7km", "FC40", None),
    ("A cycle path, which runs for 30 miles through the forest, was opened by the mayor. Riders covered the 35-mile "
     "route end to end on opening day.", "35-mile", "30-mile", "FC40", None),
    ("The bypass, which is to run for eight miles east of the town, was given the go-ahead. The cost of the "
     "11-mile route has risen to £90m.", "11-mile", "eight-mile", "FC40", None),
    # ---- an event's length told past an aside, restated as "for the whole of the N-week hearing"
    ("The trial, which opened at Leeds Crown Court on Tuesday, is expected to last five weeks. The judge asked "
     "jurors to stay free for the whole of the three-week hearing.", "three-week", "five-week", "FC40", None),
    ("The inquest, which began in Bristol on Monday, is due to last four weeks. The coroner said the two-week hearing "
     "would sit every day.", "two-week", "four-week", "FC40", None),
    ("The inquiry, led by a retired judge, will last nine days, officials said. Witnesses must attend for all of the "
     "six-day hearing.", "six-day", "nine-day", "FC40", None),
    ("The trial, which involves four defendants, could last eight weeks. The jury was told to keep diaries clear for "
     "the length of the 10-week hearing.", "10-week", "eight-week", "FC40", None),
    ("The tribunal, held in public for the first time, is expected to last three weeks. Reporters may attend for the "
     "whole of the five-week hearing.", "five-week", "three-week", "FC40", None),
    ("The hearing, which is being held in Cardiff, is expected to run for 12 days. Lawyers prepared throughout the "
     "10-day hearing.", "10-day", "12-day", "FC40", None),
    ("The inquest, delayed twice by the pandemic, will last seven weeks, the coroner said. Families will attend for "
     "the rest of the five-week hearing.", "five-week", "seven-week", "FC40", None),
    ("The trial, which started on 4 March, was expected to last 10 weeks. The eight-week hearing is the longest the "
     "court has held.", "eight-week", "10-week", "FC40", None),
    # ---- aircraft and vessels over their kinds
    ("Regulators grounded all 11 of the carrier's turboprops after a fault was found in an engine mount. The carrier "
     "said checks on the 9 grounded aircraft would take days.", "9", "11", "FC40", None),
    ("The air ambulance charity operates 6 helicopters, it said in its report. All 8 aircraft are based in "
     "Scotland.", "8", "6", "FC40", None),
    ("Coastguards escorted 14 trawlers into port as the storm arrived. The 17 vessels were tied up by dusk.", "17", "14",
     "FC40", None),
    ("Police seized 5 drones near the airport on Saturday. Officers said the 7 aircraft had been flown without a "
     "licence.", "7", "5", "FC40", None),
    ("The navy sent 4 frigates to the area on Monday. The 3 vessels will stay for a month, officials said.", "3", "4",
     "FC40", None),
    ("The coastguard sent 3 lifeboats to the wreck, the service said. All 5 vessels returned safely by dawn.", "5", "3",
     "FC40", None),
    ("Engineers inspected 20 helicopters at the base on Tuesday. The 24 aircraft were cleared to fly.", "24", "20",
     "FC40", None),
    # ---- seats won, then the newly elected members
    ("Labour won 31 seats on the 70-member council. The 33 newly elected Labour councillors will choose a leader.", "33",
     "31", "FC40", None),
    ("Independents took 12 seats in Thursday's vote, the count showed. Their leader said the 14 newly elected "
     "independent councillors would sit together.", "14", "12", "FC40", None),
    ("The party secured 45 seats in the assembly. Its 54 newly elected members of parliament met on Friday.",
     "54", "45", "FC40", None),
    ("Greens gain 9 seats\nThe Green Party gained 9 seats on the city council, officials said. The 11 elected Green "
     "councillors will form a group.", "11", "9", "FC40", None),
    # ---- an event's length told past a place after its noun, restated "throughout the" other name
    ("Police said the standoff at a flat in Deeside lasted nine hours before the man gave himself up. Officers "
     "rotated throughout the seven-hour siege, a spokeswoman said.", "seven-hour", "nine-hour", "FC40", None),
    ("The siege near the harbour lasted 16 hours. Snipers stayed in place throughout the 12-hour standoff.", "12-hour",
     "16-hour", "FC40", None),
    ("The rescue on Ben Nevis took 11 hours, the team said. Volunteers worked in relays during the eight-hour "
     "operation.", "eight-hour", "11-hour", "FC40", None),
    ("The armed stand-off outside a pub in Leigh lasted six hours on Sunday. Residents were kept indoors throughout "
     "the four-hour siege.", "four-hour", "six-hour", "FC40", None),
    ("Police said the siege in a house on Mill Lane lasted 20 hours. Neighbours stayed away throughout the 22-hour "
     "standoff.", "22-hour", "20-hour", "FC40", None),
    ("The search off the Cornish coast lasted five days, the coastguard said. Crews rested in turns during the "
     "three-day effort.", "three-day", "five-day", "FC40", None),
    # ---- a level reached after the verb's object, restated as "the new N% rate"
    ("Bank lifts rate to 5.25%\nThe decision was unanimous, and the governor said the new 5.5% rate would stay for "
     "months.", "5.5%", "5.25%", "FC40", None),
    ("The central bank raised its main rate to 3.75% on Thursday. Economists said the new 3.5% rate would hit "
     "borrowers.", "3.5%", "3.75%", "FC40", None),
    ("The council put its parking charge to £2.40 an hour from April. Traders say the new £2.80 charge will drive "
     "shoppers away.", "£2.80", "£2.40", "FC40", None),
    ("Ministers cut the fuel duty rate to 48p a litre in March. The new 52p rate runs for a year.", "52p", "48p", "FC40",
     None),
    ("The regulator raised the price cap to £1,690 in October. Suppliers said the new £1,960 cap would hurt "
     "households.", "£1,960", "£1,690", "FC40", None),
    ("Council lifts fares to £3.10\nThe council said the new £3.50 fare would fund more buses.", "£3.50", "£3.10",
     "FC40", None),
    # ---- a count told again at the same briefing
    ("Officials put the death toll from the floods at 87 at a Tuesday briefing. At the same briefing, the minister "
     "said 78 people were confirmed dead.", "78", "87", "FC40", None),
    ("Police said 31 people had been arrested during a news conference on Sunday. At that same news conference, "
     "the chief constable said 35 people were arrested.", "35", "31", "FC40", None),
    ("The ministry said 140 people had been evacuated, in a statement on Friday. In the same statement, it said "
     "160 people were evacuated from the valley.", "160", "140", "FC40", None),
    ("Rescuers said 19 people were killed in the collapse at an evening briefing. Later at the same briefing, the "
     "mayor said 23 people had died.", "23", "19", "FC40", None),
    ("Officials gave the death toll as 54 during an update on Wednesday. In that same update, the governor said 45 "
     "people had been killed.", "45", "54", "FC40", None),
    ("Police said 62 people were injured, speaking at a press conference. At the same press conference, the mayor "
     "said 70 people were hurt.", "70", "62", "FC40", None),
    # ---- people through a place's doors, a headline's year told as "record year"
    ("Zoo draws 900,000 visitors in record year\nNew figures show that 1.2 million people passed through its gates in "
     "2024, beating the record set in 2018.", "1.2 million", "900,000", "FC40", None),
    ("Gallery welcomes 2.1m visitors in best year\nFigures published on Monday show 2.6 million people came through "
     "its doors in 2023.", "2.6 million", "2.1 million", "FC40", None),
    ("Castle draws 450,000 visitors in busiest year\nThe castle said 540,000 people visited it in 2024.", "540,000",
     "450,000", "FC40", None),
    ("Library draws 80,000 visitors in record year\nAbout 95,000 people walked through its doors in 2023, the council "
     "said.", "95,000", "80,000", "FC40", None),
]

# two quantities (never a restatement)
APART = [
    # a journey on the route, not the way; another route joined to it
    "The tram line, which will run for 14km, opens in 2027. The 30km route to Hull will follow.",
    # a hearing named between; another trial
    "The trial, which opened on Monday, is expected to last six weeks. A sentencing hearing was also set. Lawyers "
    "asked for the whole of the two-day hearing to be held in private.",
    # two kinds under the hypernym
    "Inspectors grounded 14 turboprops and two jets. The airline said checks on the 16 grounded aircraft could take "
    "a week.",
    "Coastguards escorted 14 trawlers and three yachts into port. The 17 vessels were tied up by dusk.",
    # the party's councillors, not those just elected
    "The Green Party won 27 seats on the council. Party leader Ines Marr said the party's 29 councillors would work "
    "with anyone.",
    "Labour won 12 seats on Thursday. The 40 Labour councillors now hold a majority.",
    # another year's visitors
    "Zoo draws 900,000 visitors in record year\nThe zoo had 1.2 million visitors in 2019, before the pandemic, and "
    "900,000 in 2024.",
    "Museum draws 1.1m visitors\nThe museum said 1.4 million people visited in 2019.",
    # another event joined in; another briefing; another period
    "The standoff at the farm lasted 14 hours. A second siege in the town began later and negotiators worked "
    "throughout the 11-hour siege there.",
    "Officials put the death toll at 87 at a Tuesday briefing. At the same briefing, the minister said 78 people were "
    "still missing.",
    "Officials put the death toll at 87 on Tuesday. At a briefing the next day, the minister said 98 people had died.",
    "Passenger numbers reached 3.6 million in the year to March. Bosses said 4 million passengers were expected next "
    "year.",
    "Passenger numbers reached 3.6 million in the year to March. Bosses said more than 40 million passengers had "
    "used the airport since it opened.",
    "The bank raised its rate to 4.25% in May. The new 4.5% rate for savers starts in June.",
]


@pytest.mark.parametrize("text,target,fixed,rule,published", TABLE)
def test_flagged(text, target, fixed, rule, published):
    assert_flagged(text, target, rule, published)


@pytest.mark.parametrize("text,target,fixed,rule,published", TABLE)
def test_clean_twin(text, target, fixed, rule, published):
    assert_clean(text.replace(target, fixed, 1), published)


@pytest.mark.parametrize("text", APART)
def test_apart_clean(text):
    assert_clean(text)
