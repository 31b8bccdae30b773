"""Round 21 (r21-rep): do two figures name the same quantity?

* the restatement's very value given earlier (the headline included, any distance back) for its thing, or to three
  significant digits or more under any noun, is what "the N NOUN" restates, not a nearer figure of its noun
  ("Backlog climbs to 5,380 cases" / "About 900 cases will go to other courts ... clearing the 5,380 cases":
  ``_given_before_as_is`` in ``find_definite_restatements``);
* "further" as an adverb ("declined to comment further") names no other sum (``_ADVERB_FURTHER``);
* a ship's people under another name ("All 23 crew ... the 32 sailors"), swimmers and bathers, pupils and students,
  visitors and festivalgoers (``SYNONYMS``), and an owner's name before "crew of N" ("The Morven Star's crew of 11",
  ``_NOUN_OF``);
* the headline's participle told in the body by another verb of the same event ("14 swimmers rescued" /
  "Lifeguards pulled 11 swimmers from the water": ``_event_told_alike`` in ``_headline_event_unsaid``);
* the year a thing was made restated as "the YEAR NOUN" of that thing with two digits swapped or one digit changed
  ("The viaduct, completed in 1874, ... the 1847 structure": transpositions ``find_year_slips``).

Each row is a flagged text, its target, the consistent value that makes its clean twin, the rule prefix and the
publication date."""
from __future__ import annotations

import pytest

from tests.shapes import assert_clean, assert_flagged

# the restated figure was given as it is before: the nearer figure of the noun is another quantity (clean rows);
# the flagged rows are the same texts with the last figure mistyped
EARLIER_EXACT_CLEAN = [
    # the core: headline and lead, a nearer part, then "the N NOUN" in a quote
    "Appeals backlog climbs to 5,380 cases\nThe tribunal had 5,380 open appeals at the end of March, its annual report "
    "said. About 900 cases will be sent to other courts. \"Clearing the 5,380 cases will take a year,\" the president "
    "said.",
    # no headline: the lead gives the value under another noun
    "Unpaid parking fines pile up to 2,460\nRoughly 300 fines were written off in May, the council said. Officers "
    "said chasing the 2,460 fines would cost more than they are worth.",
    # "all" before the restatement
    "Storm leaves 12,750 homes without power\nEngineers restored supplies to some 4,000 homes overnight. All 12,750 "
    "homes should be reconnected by Friday, the network said.",
    # money
    "Ferry operator Seaway hit with £4.35m penalty\nA £600,000 fine imposed last year was cut on appeal. Seaway said "
    "it would pay the £4.35m fine within a month.",
    # a written headline figure, a dash
    "Hospital waiting list reaches 8,120 patients\nAround 1,200 patients have waited more than a year - the "
    "longest waits in the region. Managers said the 8,120 patients would be seen by March.",
    # the part after a colon
    "Food bank hands out 3,940 parcels\nVolunteers said about 700 parcels went to pensioners: the rest to families. "
    "They packed the 3,940 parcels in a church hall.",
    # a hedge on the nearer part, the figure again in brackets
    "Airport strike grounds 1,150 flights\nNearly 400 flights to Spain were among those hit. Unions said the "
    "1,150 flights (a third of the week's schedule) were cancelled by Monday.",
    # a period at the end
    "Recycling centre takes in 6,480 mattresses\nAbout 1,000 mattresses came from hotels in 2024. Staff stripped "
    "the 6,480 mattresses by hand.",
]

# a short figure given earlier as it is may be the one mistyped: still flagged
SHORT_STILL_FLAGGED = [
    ("Five villages to lose bus service\nSix villages in the dale will lose their only bus in May. Residents of the "
     "five villages say they were not consulted.", "Six", "FC40"),
]

TABLE = [
    # ---- "further" as an adverb (money restated under "deal")
    ("The new owners paid £38.2m for the warehouse, filings show. A spokeswoman confirmed the £32.8m deal but "
     "declined to comment further.", "£32.8m", "£38.2m", "FC40", None),
    ("Hexley Council paid £1.25m for the old depot in March. A council spokesman confirmed the £1.52m sale and "
     "would not go further.", "£1.52m", "£1.25m", "FC40", None),
    ("Bayfield agreed to buy the hotel for $64m. The group confirmed the $46m deal on Monday but would say "
     "nothing further.", "$46m", "$64m", "FC40", None),
    # ---- a ship's people, swimmers, pupils, visitors under another name
    ("All 23 crew were winched to safety after the freighter lost power off Skye. The coastguard said the 32 "
     "sailors were unhurt.", "32", "23", "FC40", None),
    ("Eighteen crew members abandoned the tanker on Monday. Rescuers said all 16 seafarers had been accounted "
     "for.", "16", "18", "FC40", None),
    ("The trawler's crew of nine were lifted off by helicopter. All 11 sailors were checked over in hospital.",
     "11", "nine", "FC40", None),
    ("The Morven Star's crew of 14 were rescued by lifeboat. The 12 mariners, most of them from Ghana, were "
     "taken ashore at Wick.", "12", "14", "FC40", None),
    ("Coastguards warned 40 swimmers off the beach at Polzeath. Lifeguards said the 44 bathers had been "
     "caught by a strong rip.", "44", "40", "FC40", None),
    ("The school, which has 620 pupils, was rated good by inspectors. The head said all 680 students deserved "
     "credit.", "680", "620", "FC40", None),
    ("The academy has 1,150 pupils aged 11 to 18. Staff said the 1,510 students would return on Monday.",
     "1,510", "1,150", "FC40", None),
    ("Some 42,000 visitors came to the folk festival over three days. The 36,000 festivalgoers spent an "
     "estimated £2m in the town.", "36,000", "42,000", "FC40", None),
    # ---- the headline's participle told by another verb of the event
    ("Rip current: 14 swimmers rescued at Polzeath\nLifeguards pulled 11 swimmers from the water at Polzeath on "
     "Sunday afternoon.", "11", "14", "FC40", None),
    ("Nine walkers rescued on Ben Nevis\nVolunteers brought six walkers to safety from the summit "
     "plateau overnight.", "six", "nine", "FC40", None),
    ("Eight anglers saved as boat sinks\nA lifeboat crew plucked six anglers from the sea off Whitby on "
     "Saturday, the RNLI said.", "six", "Eight", "FC40", None),
    ("Twelve scouts rescued from flooded campsite\nFirefighters airlifted 18 scouts from the site near Builth "
     "Wells on Friday.", "18", "Twelve", "FC40", None),
    ("Five climbers hurt in rockfall\nThree climbers suffered injuries when rocks fell on the crag on Sunday, "
     "police said.", "Three", "Five", "FC40", None),
    ("Seven fans held after derby\nPolice arrested nine fans after fighting broke out near the ground on "
     "Saturday.", "nine", "seven", "FC40", None),
    ("Four swimmers rescued off Brighton\nLifeguards hauled six swimmers out of the sea (two of them children) on "
     "Tuesday.", "six", "four", "FC40", None),
    ("Six miners freed after collapse\nRescuers brought out eight miners from the pit in the early hours, the "
     "company said.", "eight", "six", "FC40", None),
    # ---- the year a thing was made, restated as "the YEAR NOUN"
    ("The Glenmorrow viaduct, completed in 1874, is to be floodlit. Network Rail said the 1847 structure "
     "needed work to its parapets.", "1847", "1874", "FC40", None),
    ("Built in 1874 to spin flax, the mill has stood empty since the 1990s. Campaigners say restoring the 1847 "
     "building would be cheaper.", "1847", "1874", "FC40", None),
    ("The pier, which opened in 1902, closed after a storm. Engineers said the 1920 pier could be saved.",
     "1920", "1902", "FC40", None),
    ("St Mary's church was consecrated in 1863. The diocese said the 1836 church needed a new roof.",
     "1836", "1863", "FC40", None),
    ("The lighthouse - built in 1791 - is for sale. Agents said its 1719 tower was in good repair.",
     "1719", "1791", "FC40", None),
    ("The theatre dates from 1888, the trust said. The 1898 building will reopen in the spring.",
     "1898", "1888", "FC40", None),
    ("The swing bridge, erected in 1935, will shut for repairs. Drivers were told the 1953 bridge would reopen "
     "in May.", "1953", "1935", "FC40", None),
    ("The station was opened in 1856 by the Great Northern. Plans to restore the 1865-built station were "
     "approved.", "1865", "1856", "FC40", None),
]

# (second commit) "all N of the X's NOUN", a side of a vote told by its verb after "who", a ban's length told by its
# verb before "for" and restated as "the N-unit ban"
TABLE2 = [
    ("The new metro line - 17 stations over 23km - opens in 2027. Platforms at all 19 of the line's stations will "
     "be step-free, the authority said.", "19", "17", "FC40", None),
    ("The trust manages 12 hospitals in the county. All 14 of its hospitals declared a critical incident on "
     "Monday.", "14", "12", "FC40", None),
    ("The airline flies eleven aircraft. All 13 of the airline's planes were grounded on Monday.", "13", "eleven",
     "FC40", None),
    ("The council runs 28 libraries. Opening hours at all 26 of the council's libraries will be cut from April.",
     "26", "28", "FC40", None),
    ("Acme has about 40 stores in France. All 52 of the group's stores will stay open on Sunday, it said.", "52",
     "40", "FC40", None),
    ("Councillors approved the budget by 31 votes to 12 on Tuesday. The 13 councillors who opposed it said the cuts "
     "went too far.", "13", "12", "FC40", None),
    ("The motion was carried by 214 votes to 96. The 241 MPs who supported it included nine independents.", "241",
     "214", "FC40", None),
    ("The bill passed by 320 votes to 180 late on Wednesday. The 108 MPs who rejected it were mostly from the "
     "opposition.", "108", "180", "FC40", None),
    ("Members rejected the offer by 5,210 votes to 3,480. The 3,610 members who backed it were mostly part-time "
     "staff, the union said.", "3,610", "3,480", "FC40", None),
    ("Nearly 500 firefighters were battling the blaze by Sunday. Officials said the 620 firefighters at the scene "
     "were working 12-hour shifts.", "620", "480", "FC40", None),
    ("About 200 police officers were deployed after the riot. The 260 officers at the scene were told to stay "
     "overnight.", "260", "200", "FC40", None),
    ("Some 40 paramedics were sent to the crash. The 55 paramedics at the scene treated 30 people.", "55", "40",
     "FC40", None),
    ("The winger was suspended for four matches after the incident. His club will not appeal against the six-match "
     "ban.", "six-match", "four-match", "FC40", None),
    ("The striker was banned for 10 games for abusing a referee. The FA said the 12-game ban should deter others.",
     "12-game", "10-game", "FC40", None),
    ("He was banned for eight races after the crash, stewards said. His appeal against the five-race ban was rejected.",
     "five-race", "eight-race", "FC40", None),
]

APART = [
    # another thing's year between, or told apart from the first
    "The church, built in 1874, replaced a chapel consecrated in 1847. The 1847 building is now a cafe.",
    "The viaduct was completed in 1874. The original 1847 structure was wooden.",
    "The club was founded in 1921. Its 1912 ground was sold long ago.",
    "The bridge opened in 1874. In 1847 the river was crossed by ferry, and the 1847 ferry house still stands.",
    # a year of no thing built
    "The mill was built in 1874. The 1847 famine had emptied the valley.",
    # a subset of the crew, a different set of people
    "All 23 crew were rescued. The 12 Filipino sailors flew home on Friday.",
    "The school has 620 pupils. The 68 sixth-form students sat exams in May.",
    # the headline's rescue against another event
    "Fourteen swimmers rescued at Polzeath\nLifeguards pulled 11 swimmers from the water and three more were "
    "brought ashore by a surfer.",
    # a comment and another sum
    "The new owners paid £38.2m for the warehouse. A spokeswoman confirmed a separate £32.8m deal for the car park.",
    # the earlier figure counts other things told beside the noun
    "Of the 152 pairs, 131 nested in boxes and 21 in hollow trees. The trust checked all 640 of its boxes in May.",
    # those at the scene may be some of a larger number
    "Police deployed 300 officers across the city. The 40 officers at the scene were armed.",
    # some of the stations, another ban
    "The new line has 17 stations. Lifts at 12 of the line's stations are still being fitted.",
    "The winger was suspended for four matches. His team-mate received a separate six-match ban.",
    "The bill passed by 320 votes to 180. The 40 MPs who rejected it from the government benches were named.",
]


@pytest.mark.parametrize("text", EARLIER_EXACT_CLEAN)
def test_earlier_exact_clean(text):
    assert_clean(text)


@pytest.mark.parametrize("text,target,rule", SHORT_STILL_FLAGGED)
def test_short_still_flagged(text, target, rule):
    assert_flagged(text, target, rule)


@pytest.mark.parametrize("text,target,fixed,rule,published", TABLE)
def test_flagged(text, target, fixed, rule, published):
    assert_flagged(text, target, rule, published)


@pytest.mark.parametrize("text,target,fixed,rule,published", TABLE)
def test_clean_twin(text, target, fixed, rule, published):
    assert_clean(text.replace(target, fixed, 1), published)


@pytest.mark.parametrize("text,target,fixed,rule,published", TABLE2)
def test_flagged_2(text, target, fixed, rule, published):
    assert_flagged(text, target, rule, published)


@pytest.mark.parametrize("text,target,fixed,rule,published", TABLE2)
def test_clean_twin_2(text, target, fixed, rule, published):
    assert_clean(text.replace(target, fixed, 1), published)


@pytest.mark.parametrize("text", APART)
def test_apart_clean(text):
    assert_clean(text)
