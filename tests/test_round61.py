"""Round 61: the false alarms of round 60's sealed sets, once opened, and the readings learnt from its misses, told
in our own words -- texts that must stay silent, then texts that must be flagged beside them."""
from __future__ import annotations

import pytest

from shapes import assert_target_flagged, flagged, flagged_rules


@pytest.mark.parametrize("text, published", [
    # a part of "of whom", then another holder with its own count: no part of the first whole
    ("Half of the trainees at Marsh Lane passed first time, against 60% at Elmfield. Marsh Lane had 220 trainees, of "
     "whom 110 passed, while Elmfield had 150.", None),
    # the whole what is left of it is told of, under a noun of its own
    ("A £3.8m lottery grant will pay for most of the new pavilion. The rest of the £8.3m scheme will come from club "
     "members and a council loan.", None),
    # a subset of the whole, "among the", digits swapped by chance
    ("The survey reached 2,150 households in the valley. Among the 1,250 that answered every question, most heat "
     "with oil.", None),
])
def test_silent(text, published):
    assert not flagged(text, published), flagged_rules(text, published)


@pytest.mark.parametrize("text, rule, published", [
    # one holder, all of its parts: still a sum
    ("Marsh Lane had 220 trainees, of whom 110 passed and 130 failed.", "FC10", None),
    # the same scheme told twice: still a slip
    ("A new £3.8m pavilion is planned. The rest of the £8.3m pavilion budget will come from members.", "FC40", None),
])
def test_still_flagged(text, rule, published):
    assert any(r.startswith(rule) for r in flagged_rules(text, published)), flagged_rules(text, published)


# (round 61) readings learnt from the opened misses, each with a near miss that stays silent
NEW_FLAGS = [
    # a definite figure in the next sentence, two digits swapped, the first's people named as members
    ("Some 2,750 dockers walked off the job at midnight. The union said its 2,570 members would stay out until "
     "Friday.", "2,570", None),
    # a measure in the same unit, the second a compound
    ("The port handled 16.3 million tonnes of cargo last year. Coal made up a third of its 13.6m-tonne throughput.",
     "13.6m-tonne", None),
    # a piece of work's length in days, "in", then the dates between
    ("Volunteers rebuilt the footbridge in 90 days, between 4 March and 19 June, the trust said.", "90 days",
     "2025-07-01"),
    # a crossing's size before its noun, then its length in days
    ("The two rowers left Lanzarote on 10 November and landed in Barbados on 2 January, completing the 2,900-mile "
     "crossing in 46 days.", "46 days", "2025-01-10"),
    # "an addition of N" after a move between two levels
    ("The club has grown from twenty-eight teams to forty-one since 2019, an addition of eleven.", "eleven", None),
    # a gap to a rival owned by its name
    ("Kenya finished the meet with 14 golds, nine more than Uganda's six.", "nine", None),
    # a discount against the two prices
    ("Early bookers get a 20% discount, taking the season ticket from £150 to £135.", "20%", None),
    # a budget's parts, then what they leave, after a clause between the total and its parts
    ("Of the £7.4m grant confirmed by the ministry on Friday, wages will take £4.1m and equipment £2.2m, leaving £1.5m "
     "for the new roof.", "£7.4m", None),
    # shares of a whole the sentence opens on, each a kind of it
    ("Of the vehicles crossing the bridge last year, 61% were cars, 27% vans and 18% lorries.", "18%", None),
    # answers of one survey, the first "had seen"
    ("A poll of 400 shopkeepers found that 52% had seen takings fall, 31% said they were unchanged and 25% reported a "
     "rise.", "25%", None),
    # a later time on the next day, then the journey's length
    ("The night train leaves Inverness at 20:45 and reaches London at 07:35 the next day, a journey of 11 hours 20 "
     "minutes.", "11 hours 20 minutes", None),
    # an age at an event of the week, the holder's own title between the birth year and the age
    ("Ruth Allan, who was born in Perth in 1958, won her ninth club title on Saturday at the age of 64.", "64",
     "2025-05-12"),
    # a prize fund shared among those who qualify, the last part given to the rest
    ("The £1.9m pot will be shared among those who make the final: £900,000 goes to the top five, £400,000 to the next "
     "ten and £300,000 to the rest of the field.", "£1.9m", None),
    # a total sized as a modifier, built in phases
    ("The 96-megawatt wind farm will be built in three phases of 40MW, 32MW and 34MW.", "96-megawatt", None),
    # a quarter's total, then its months one by one in the next sentence
    ("The airport handled 1.24 million passengers in the third quarter. July brought 0.43 million, August 0.47 "
     "million and September 0.38 million.", "1.24 million", None),
    # a reading on a scale told again two sentences on, a bound open at one end between ("at least four")
    ("A magnitude 5.8 earthquake shook the valley on Monday, cracking walls in at least four villages. No one was "
     "hurt. The 5.3-magnitude quake was felt 200km away.", "5.3-magnitude", None),
    # a bare share opening its sentence, its part set apart after ", or", the whole the count of the sentence before
    ("The library owns 22,400 books. About 6% are out on loan, or roughly 2,300 volumes.", "About 6%", None),
    # ... or of the clause before a colon
    ("The archive keeps 8,200 maps but shows few of them: about 4% are on display at any one time, or some 640 "
     "sheets.", "about 4%", None),
    # a thing's extent told by its verb, then "all N UNIT" of it
    ("The new vineyard covers 18 hectares above the river. Once all 16 hectares are planted, the owners expect "
     "80,000 bottles a year.", "16 hectares", None),
    # a headline naming no place against its lead's figure in a named place
    ("Storm floods 60 homes\nHeavy rain flooded 46 homes in Lower Brayford overnight, the council said.", "46", None),
]

SILENT_NEAR = [
    # the right day count, gap, change, discount and remainder
    ("Volunteers rebuilt the footbridge in 107 days, between 4 March and 19 June, the trust said.", "2025-07-01"),
    ("The club has grown from twenty-eight teams to forty-one since 2019, an addition of thirteen.", None),
    ("Kenya finished the meet with 14 golds, eight more than Uganda's six.", None),
    ("Early bookers get a 10% discount, taking the season ticket from £150 to £135.", None),
    ("Of the £7.4m grant confirmed by the ministry on Friday, wages will take £4.1m and equipment £2.2m, leaving £1.1m "
     "for the new roof.", None),
    ("Of the vehicles crossing the bridge last year, 61% were cars, 27% vans and 12% lorries.", None),
    # the lead's place beside another place's figure: parts of the headline's
    ("Storm floods 60 homes\nHeavy rain flooded 46 homes in Lower Brayford and 14 in Ashcombe, the council said.",
     None),
    # a month is no place
    ("Port handles 9m containers\nThe port handled 820,000 containers in May, its busiest month.", None),
    ("The night train leaves Inverness at 20:45 and reaches London at 07:35 the next day, a journey of 10 hours 50 "
     "minutes.", None),
    ("Ruth Allan, who was born in Perth in 1958, won her ninth club title on Saturday at the age of 67.", "2025-05-12"),
    ("The £1.6m pot will be shared among those who make the final: £900,000 goes to the top five, £400,000 to the next "
     "ten and £300,000 to the rest of the field.", None),
    ("The 106-megawatt wind farm will be built in three phases of 40MW, 32MW and 34MW.", None),
    ("The airport handled 1.28 million passengers in the third quarter. July brought 0.43 million, August 0.47 "
     "million and September 0.38 million.", None),
    # some of the quarter's months only: the rest untold
    ("The airport handled 1.24 million passengers in the third quarter. July brought 0.43 million and August 0.47 "
     "million.", None),
    # a month outside the period
    ("The fair drew 41,000 visitors in the first quarter. April brought 18,000 and May 21,000.", None),
    # another year's months
    ("The airport handled 1.28 million passengers in the third quarter. In 2023 July brought 0.43 million, August "
     "0.47 million and September 0.38 million.", None),
    ("A magnitude 5.8 earthquake shook the valley on Monday, cracking walls in at least four villages. No one was "
     "hurt. The 5.8-magnitude quake was felt 200km away.", None),
    ("The library owns 22,400 books. About 10% are out on loan, or roughly 2,300 volumes.", None),
    # two counts before: which is the whole?
    ("The library owns 22,400 books and 3,100 maps. About 6% are out on loan, or roughly 2,300 items.", None),
    ("The new vineyard covers 18 hectares above the river. Once all 18 hectares are planted, the owners expect "
     "80,000 bottles a year.", None),
    # all of another, smaller thing
    ("The reserve covers 40 hectares. All 12 hectares of its wetland will be fenced.", None),
    # someone else's age: "her mother"
    ("Ruth Allan, who was born in Perth in 1958, watched her mother win a club title on Saturday at the age of 64.",
     "2025-05-12"),
    # a length in days "in" a span that is not the span's own
    ("Prices rose 4% in 30 days, the agency said on 3 June.", "2025-06-05"),
    # other people under a noun of their own
    ("Some 2,750 dockers walked off the job at midnight. The union said its 2,570 drivers would stay out until "
     "Friday.", None),
    ("Some 3,418 nurses were hired from abroad last year. The 3,481 doctors on the register were not counted.", None),
    # other things
    ("The hospital treated 4,615 patients in May. The 4,165 beds it runs were all in use.", None),
    # another year's figure
    ("The port handled 16.3 million tonnes of cargo last year. In 2019 it handled 13.6 million tonnes.", None),
    # a level the plan takes the figure on from
    ("The ground holds 27,500 fans. Plans would take the 25,700-capacity stadium to 30,000.", None),
    # a group of its own, "among the"
    ("A peloton of 158 riders left Tarbes on Sunday. Among the 185 who entered, 27 withdrew before the start.", None),
    # another scope opening the sentence
    ("Floods forced 2,350 families from their homes in Arvel. Across the region, the 2,530 displaced families are "
     "in shelters.", None),
]


@pytest.mark.parametrize("text, target, published", NEW_FLAGS)
def test_reading_flags(text, target, published):
    assert_target_flagged(text, target, published)


@pytest.mark.parametrize("text, published", SILENT_NEAR)
def test_near_miss_silent(text, published):
    assert not flagged(text, published), flagged_rules(text, published)


def test_a_sum_of_measures_is_written_with_their_unit():
    """(round 61) The arithmetic of a sum of measures names their unit, as the figures are written."""
    from checker import check_text

    text = "The 96-megawatt wind farm will be built in three phases of 40MW, 32MW and 34MW."
    messages = [f.message for f in check_text(text) if f.is_problem]
    assert any("40 megawatts + 32 megawatts + 34 megawatts = 106 megawatts" in m for m in messages), messages
    text = "The port moved 4.6 million tonnes: 3.2 million tonnes of grain and 1.1 million tonnes of coal."
    messages = [f.message for f in check_text(text) if f.is_problem]
    assert any("3.2 million tonnes + 1.1 million tonnes = 4.3 million tonnes" in m for m in messages), messages
