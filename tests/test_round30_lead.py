"""Round 30, lead: shapes learnt from the never-seen sets of round 29 (each with clean twins)."""
import pytest

from tests.shapes import assert_clean, assert_flagged

# A plain whole number of years against a bare year counts whole years: the years between, or one
# fewer before the day comes round -- not the elapsed time rounded up.
YEARS_AGO_FLAG = [
    ("Fuel prices are now at their highest since 2011, 14 years ago, the motoring group said.", "14 years", "2024-09-12"),
    ("The ferry, launched in 1998, 28 years ago, will be scrapped.", "28 years", "2025-11-03"),
    ("The last bank branch in the village shut in 2016, 10 years ago.", "10 years", "2025-10-20"),
    ("It was the wettest June since 1990, 36 years ago.", "36 years", "2025-07-01"),
    ("Fares were last frozen in 2009, 17 years ago, the operator said.", "17 years", "2025-08-14"),
]
YEARS_AGO_CLEAN = [
    ("Fuel prices are now at their highest since 2011, 13 years ago, the motoring group said.", "2024-09-12"),
    ("Fuel prices are now at their highest since 2011, 12 years ago, the motoring group said.", "2024-01-12"),
    ("The ferry, launched in 1998, 27 years ago, will be scrapped.", "2025-11-03"),
    ("The ferry, launched in 1998, 26 years ago, will be scrapped.", "2025-03-03"),
    ("The last bank branch in the village shut in 2016, about 10 years ago.", "2025-10-20"),
    ("It was the wettest June since 1990, more than 34 years ago.", "2025-07-01"),
]


@pytest.mark.parametrize("text,target,published", YEARS_AGO_FLAG)
def test_whole_years_against_a_bare_year_flagged(text, target, published):
    assert_flagged(text, target, "FC504", published)


@pytest.mark.parametrize("text,published", YEARS_AGO_CLEAN)
def test_whole_years_against_a_bare_year_clean(text, published):
    assert_clean(text, published)


# The age in the next sentence ("The 58-year-old ...") of the one person named before it: a body named
# after "the" ("appointed to the Constitutional Court") is no second person.
AGE_NEXT_FLAG = [
    ("Judge Ama Boateng, who was born in 1963, was sworn in to the High Court on Monday. The 55-year-old "
     "previously sat in the Court of Appeal.", "55-year-old", "2025-04-14"),
    ("Rev Tom Hale, who was born in 1970, was installed at the Cathedral Church of St Mary on Sunday. "
     "The 49-year-old was a prison chaplain.", "49-year-old", "2025-06-02"),
    ("Dr Mina Osei, who was born in 1975, has been appointed to the Royal Society of Chemistry board. "
     "The 44-year-old leads a lab in Leeds.", "44-year-old", "2025-02-10"),
]
AGE_NEXT_CLEAN = [
    ("Judge Ama Boateng, who was born in 1963, was sworn in to the High Court on Monday. The 61-year-old "
     "previously sat in the Court of Appeal.", "2025-04-14"),
    ("Rev Tom Hale, who was born in 1970, was installed at the Cathedral Church of St Mary on Sunday. "
     "The 54-year-old was a prison chaplain.", "2025-06-02"),
    ("Dr Mina Osei, who was born in 1975, has been appointed to the board alongside Professor Ian Reid. "
     "The 44-year-old leads a lab in Leeds.", "2025-02-10"),
]


@pytest.mark.parametrize("text,target,published", AGE_NEXT_FLAG)
def test_age_next_sentence_past_a_named_body_flagged(text, target, published):
    assert_flagged(text, target, "FC506", published)


@pytest.mark.parametrize("text,published", AGE_NEXT_CLEAN)
def test_age_next_sentence_past_a_named_body_clean(text, published):
    assert_clean(text, published)


# A part set right beside its share, in the whole's measure, larger than the whole a share under all of it
# names: the share is wrong ("PART, SHARE of the BASE" without the part-under-whole ceiling).
OVER_WHOLE_FLAG = [
    ("The Met Office said 151.2mm of rain fell in March, 80% of the month's long-term average of 118mm.", "80%"),
    ("The council has spent £5.6m, 90% of its £4.1m budget for the year.", "90%"),
    ("The jail holds 1,460 prisoners, 94% of its capacity of 1,210.", "94%"),
    ("The reservoir held 61,000 megalitres on Monday, 88% of its capacity of 52,000 megalitres.", "88%"),
    ("Ticket sales reached $7.9 million, or 75% of the promoter's target of $6.2 million.", "75%"),
]
OVER_WHOLE_CLEAN = [
    "The Met Office said 151.2mm of rain fell in March, 128% of the month's long-term average of 118mm.",
    "The council has spent £3.7m, 90% of its £4.1m budget for the year.",
    "Call handlers took 412,000 calls in the year, 84% of them within 15 seconds.",
    "The jail holds 1,460 prisoners, 94% of them men, in cells built for 1,210.",
    "Ticket sales reached $7.9 million, up 27% on last year's $6.2 million.",
]


@pytest.mark.parametrize("text,target", OVER_WHOLE_FLAG)
def test_part_over_its_whole_flagged(text, target):
    assert_flagged(text, target, "FC201")


@pytest.mark.parametrize("text", OVER_WHOLE_CLEAN)
def test_part_over_its_whole_clean(text):
    assert_clean(text)


# False alarms of the bd4 clean articles, mended with flag twins kept.
FA_CLEAN = [
    # a word, a present participle, then the noun: the figure counts the word ("two men sharing cells")
    "A jail is holding 1,221 men in space designed for 756, with two men sharing cells built for one.\n\n"
    "Of the jail's 512 cells, 304 were shared.",
    "The hostel houses 96 women, with three women sharing rooms meant for two.\n\nOf its 40 rooms, 28 are shared.",
    # two percentages a hundred points apart: one ratio told as "more than" and as "of"
    "Jail holds 61% more men than it was built for\n\nThe jail holds 1,221 men in space designed for 756.\n\n"
    "It was operating at 161% of its certified normal accommodation.",
    "Rents 35% higher than a decade ago\n\nThe average rent is now 135% of its 2014 level, the survey found.",
    # "the N NOUN" right after N figures of one kind listed: those N, not an earlier count of the noun
    "Nine of the 20 clubs signed a player on the final day.\n\nChelsea paid £201m in fees, followed by Aston Villa "
    "on £165m and Arsenal on £104m. Between them the three clubs accounted for £470m.",
    "All 32 schools in the county reopened on Monday.\n\nHill Top had 412 pupils back, Moor Lane 380 and Castle "
    "View 295. The three schools were the last to lose power.",
]
FA_FLAG = [
    ("All 20 clubs voted for the cap on Monday. The 18 clubs will now draw up the rules.", "18 clubs", "FC402"),
    ("The 12 victims were named on Monday. Police said the 14 victims had all lived on the estate.",
     "14 victims", "FC402"),
]


@pytest.mark.parametrize("text", FA_CLEAN)
def test_round30_false_alarms_clean(text):
    assert_clean(text)


@pytest.mark.parametrize("text,target,prefix", FA_FLAG)
def test_round30_false_alarm_twins_flagged(text, target, prefix):
    assert_flagged(text, target, prefix)


# A serial comma before a last single name closes a list of names: each earlier "X and Y" between commas is one name.
SERIAL_FLAG = [
    ("The six boroughs with the highest rents - Kensington and Chelsea, Westminster, Camden, Hammersmith and Fulham, "
     "and Islington - are all in inner London.", "six boroughs"),
    ("Five nations - Jamaica, Trinidad and Tobago, Antigua and Barbuda, and St Lucia - signed the accord.",
     "Five nations"),
    ("The three councils - Barking and Dagenham, Havering, Kingston and Sutton, and Redbridge - share the service.",
     "three councils"),
]
SERIAL_CLEAN = [
    "The five boroughs with the highest rents - Kensington and Chelsea, Westminster, Camden, Hammersmith and Fulham, "
    "and Islington - are all in inner London.",
    "Three nations - Jamaica, Trinidad and Tobago, and St Lucia - signed the accord.",
    "Four nations - Jamaica, Trinidad and Tobago, and St Lucia - signed the accord.",  # one pair: either reading
    "Four depots will shut: Kent, Leeds and Hull, and York.",
    "Four nations - Jamaica, Trinidad and Tobago, Antigua and Barbuda and St Lucia - signed the accord.",
]


@pytest.mark.parametrize("text,target", SERIAL_FLAG)
def test_serial_comma_names_flagged(text, target):
    assert_flagged(text, target, "FC410")


@pytest.mark.parametrize("text", SERIAL_CLEAN)
def test_serial_comma_names_clean(text):
    assert_clean(text)


# The absent are no part of those present, and the whole a count is taken from is no side of a tally.
PRESENT_CLEAN = [
    "The budget was passed by 41 votes to 17, with three abstentions, among the 61 councillors present. "
    "Four of the council's 65 members were absent.",
    "The plan was approved by 29 votes to 12, with two abstentions, among the 43 members present. Five members were absent.",
    "The motion carried by 210 votes to 150 among the 380 MPs present, with 20 abstaining. Ten MPs stayed away.",
]
PRESENT_FLAG = [
    ("The budget was passed by 41 votes to 17, with three abstentions, among the 58 councillors present. "
     "Four of the council's 65 members were absent.", "58"),
    ("The plan was approved by 29 votes to 12, with two abstentions, among the 47 members present. Five members were "
     "absent.", "47"),
]


@pytest.mark.parametrize("text", PRESENT_CLEAN)
def test_present_body_clean(text):
    assert_clean(text)


@pytest.mark.parametrize("text,target", PRESENT_FLAG)
def test_present_body_flagged(text, target):
    assert_flagged(text, target, "FC10")


# "the total" in the next sentence is the level a total moved to, not the one it moved from, whose earlier
# period ("a year earlier") is its own.
MOVED_TOTAL_FLAG = [
    ("Total sales in the quarter rose to £2.84bn from £2.715bn a year earlier. Online sales reached £398m, 19% of "
     "the total.", "19%"),
    ("Passenger numbers climbed to 8.6 million from 7.9 million the previous year. Low-cost carriers flew 3.1 million, "
     "about half of the total.", "about half"),
]
MOVED_TOTAL_CLEAN = [
    "Total sales in the quarter rose to £2.84bn from £2.715bn a year earlier. Online sales reached £398m, 14% of "
    "the total.",
    "Passenger numbers climbed to 8.6 million from 7.9 million the previous year. Low-cost carriers flew 3.1 million, "
    "more than a third of the total.",
]


@pytest.mark.parametrize("text,target", MOVED_TOTAL_FLAG)
def test_total_moved_to_flagged(text, target):
    assert_flagged(text, target, "FC201")


@pytest.mark.parametrize("text", MOVED_TOTAL_CLEAN)
def test_total_moved_to_clean(text):
    assert_clean(text)


# A share with a state of its own: the count after "meaning" must say that state again.
MEANING_CLEAN = [
    "About 5% of the 2 million workers are jobless, meaning 40,000 Britons are on benefits.",
    "Some 12% of the 80,000 tenants are in arrears, meaning 2,500 families face eviction letters.",
]
MEANING_FLAG = [
    ("About 5% of the 2 million workers are jobless, meaning 40,000 Britons are jobless.", "About 5%"),
    ("Some 12% of the 80,000 tenants are in arrears, meaning 2,500 tenants are in arrears.", "12%"),
]


@pytest.mark.parametrize("text", MEANING_CLEAN)
def test_meaning_other_state_clean(text):
    assert_clean(text)


@pytest.mark.parametrize("text,target", MEANING_FLAG)
def test_meaning_same_state_flagged(text, target):
    assert_flagged(text, target, "FC201")
