"""Round 32, open-c: shapes learnt from the opened never-seen misses, in our own words (variants and clean twins)."""
import pytest

from tests.shapes import assert_clean, assert_flagged

# --- "SHARE of the total" after a count cut "of those" from the whole: the total is the whole, not the cut part ---
TOTAL_PAST_CUT_CLEAN = [
    "The council received 8,400 complaints last year. Just 5,100 of those complaints were resolved within a month, "
    "or 61%. Noise accounted for 2,100 complaints, a quarter of the total.",
    "The airline carried 12 million passengers in 2023. Some 9.6 million of them flew short-haul routes. Business "
    "travellers numbered 1.2 million, a tenth of the total.",
    "The district enrolled 6,000 students this fall. About 4,500 of those students ride a bus to school. The lunch "
    "scheme covers 1,500 students, a quarter of the total.",
    "The charity handed out 3,200 food parcels in December. Only 1,900 of them went to families with children. "
    "Pensioners received 640 parcels, a fifth of the total.",
    "The festival sold 48,000 tickets. Around 30,000 of these tickets were sold online. Day passes accounted for "
    "12,000 tickets, a quarter of the total.",
]
TOTAL_PAST_CUT_FLAG = [
    ("The council received 8,400 complaints last year. Just 5,100 of those complaints were resolved within a month, "
     "or 61%. Noise accounted for 2,040 complaints, 40% of the total.", "40%"),
    ("The district enrolled 6,000 students this fall. About 4,500 of those students ride a bus to school. The lunch "
     "scheme covers 1,500 students, a third of the total.", "a third"),
    ("The charity handed out 3,200 food parcels in December. Only 1,900 of them went to families with children. "
     "Pensioners received 640 parcels, a third of the total.", "a third"),
]


@pytest.mark.parametrize("text", TOTAL_PAST_CUT_CLEAN)
def test_total_past_cut_clean(text):
    assert_clean(text)


@pytest.mark.parametrize("text,target", TOTAL_PAST_CUT_FLAG)
def test_total_past_cut_flag(text, target):
    assert_flagged(text, target, "FC2")


# --- "SHARE of the BASE NOUN who|that VERB ..., PART NOUN, VERB": the part apposed past the base's relative clause ---
PAST_RELATIVE_FLAG = [
    ("Two-thirds of the 900 teachers who took part in the survey across the county this spring, 410 teachers, said "
     "they planned to leave.", "Two-thirds"),
    ("Half of the 3,000 homes that were flooded along the river valley during the winter storms, 2,100 properties, "
     "remain empty.", "Half"),
    ("Some 40% of the 650 students who applied to the medical school from state schools last year, 160 applicants, "
     "were offered places.", "40%"),
    ("A third of the 2,400 flights that left the airport during the heavy snow last weekend, 1,100 departures, were "
     "delayed by more than two hours.", "A third"),
    ("One in five of the 15,000 cars which were tested by state inspectors in Ohio last year, 4,900 vehicles, failed "
     "on emissions.", "One in five"),
]
PAST_RELATIVE_CLEAN = [
    "Two-thirds of the 900 teachers who took part in the survey across the county this spring, 600 teachers, said "
    "they planned to leave.",
    "Half of the 3,000 homes that were flooded along the river valley during the winter storms, 1,500 properties, "
    "remain empty.",
    "Some 40% of the 650 students who applied to the medical school from state schools last year, 260 applicants, "
    "were offered places.",
    "A third of the 2,400 flights that left the airport during the heavy snow last weekend were delayed, and 1,100 "
    "departures were cancelled.",
    "One in five of the 15,000 cars which were tested by state inspectors in Ohio last year, 3,000 vehicles, failed "
    "on emissions.",
    "Half of the 3,000 homes that were flooded along the river valley, 2,100 of them for the first time, have been "
    "repaired.",
]


@pytest.mark.parametrize("text,target", PAST_RELATIVE_FLAG)
def test_past_relative_flag(text, target):
    assert_flagged(text, target, "FC2")


@pytest.mark.parametrize("text", PAST_RELATIVE_CLEAN)
def test_past_relative_clean(text):
    assert_clean(text)


# --- "PART of its BASE NOUN ..., SHARE of its WHOLE-WORD": timetable / fleet / network / stock name the base's things ---
OWN_WHOLE_FLAG = [
    ("The council closed 45 of its 300 libraries over the decade, 25% of its network.", "25%"),
    ("The railway axed 640 of its 3,200 daily services during the heatwave, a third of its timetable.", "a third"),
    ("The airline grounded 18 of its 120 planes after the inspection, a quarter of its fleet.", "a quarter"),
    ("The housing association sold 900 of its 12,000 homes last year, 12% of its stock.", "12%"),
    ("The team lost 14 of its 38 league games this season, half of its schedule.", "half"),
    ("The ferry operator scrapped 96 of its 480 weekly sailings over the Christmas strike, a third of its timetable.",
     "a third"),
    ("The rail line dropped 52 of its 260 weekday trains during the track repairs, 30% of its schedule.", "30%"),
    ("The league postponed 45 of its 380 fixtures over the icy winter months, a quarter of its schedule.",
     "a quarter"),
]
OWN_WHOLE_CLEAN = [
    "The council closed 45 of its 300 libraries over the decade, 15% of its network.",
    "The railway axed 640 of its 3,200 daily services during the heatwave, a fifth of its timetable.",
    "The airline grounded 18 of its 120 planes after the inspection, 15% of its fleet.",
    "The housing association sold 900 of its 12,000 homes last year, 7.5% of its stock.",
    "The team lost 14 of its 38 league games this season, 37% of its schedule.",
    "The airline grounded 18 of its 120 planes during the two-week safety inspection, 5% of its capacity.",
    "The bank closed 60 of its 400 branches during the three-year restructuring, 10% of its costs.",
    "The housing association sold 900 of its 12,000 homes during the past two years, 40% of its income.",
    "The ferry operator scrapped 96 of its 480 weekly sailings over the Christmas strike, a fifth of its timetable.",
    "The league postponed 45 of its 380 fixtures over the icy winter months, 12% of its schedule.",
]


@pytest.mark.parametrize("text,target", OWN_WHOLE_FLAG)
def test_own_whole_flag(text, target):
    assert_flagged(text, target, "FC2")


@pytest.mark.parametrize("text", OWN_WHOLE_CLEAN)
def test_own_whole_clean(text):
    assert_clean(text)


# --- a ranking band inside the count's modifier ("in the top five") is no rival count of the listed names ---
RANK_BAND_FLAG = [
    ("The two Americans in the top 10 - Scottie Scheffler, Xander Schauffele and Patrick Cantlay - tee off at noon.",
     "two"),
    ("The four northern clubs in the bottom six - Everton, Burnley and Sheffield United - all lost on Saturday.",
     "four"),
    ("The two British riders inside the top 20 - Tom Pidcock, Adam Yates and Simon Yates - finished together.",
     "two"),
    ("Two Kenyans finished in the top five: Mary Keitany, Ruth Chepngetich and Brigid Kosgei.", "Two"),
    ("The five councils in the bottom ten - Hull, Leeds, Derby and Luton - face the deepest cuts.", "five"),
]
RANK_BAND_CLEAN = [
    "The two Americans in the top 10 - Scottie Scheffler and Xander Schauffele - tee off at noon.",
    "The three northern clubs in the bottom six - Everton, Burnley and Sheffield United - all lost on Saturday.",
    "The three British riders inside the top 20 - Tom Pidcock, Adam Yates and Simon Yates - finished together.",
    "Three Kenyans finished in the top five: Mary Keitany, Ruth Chepngetich and Brigid Kosgei.",
    "The three Europeans in the top five - Anna Berg, Lise Holm, Mia Strand, Eva Lind and Ida Moe - are unbeaten.",
]


@pytest.mark.parametrize("text,target", RANK_BAND_FLAG)
def test_rank_band_flag(text, target):
    assert_flagged(text, target, "FC41")


@pytest.mark.parametrize("text", RANK_BAND_CLEAN)
def test_rank_band_clean(text):
    assert_clean(text)


# --- an unbeaten record told by wins and draws alone: the two are all of the contests ---
UNBEATEN_FLAG = [
    ("The undefeated Mexican has won 31 and drawn two of her 35 bouts.", "35"),
    ("Unbeaten Rovers have won 14 and drawn six of their 22 games.", "22"),
    ("In 40 fights the undefeated Texan has won 36 and drawn two.", "40"),
    ("The unbeaten side have drawn five and won 12 of their 19 fixtures.", "19"),
    ("The American, who has never lost as a professional, has won 27 and drawn one of his 30 contests.", "30"),
]
UNBEATEN_CLEAN = [
    "The undefeated Mexican has won 31 and drawn two of her 33 bouts.",
    "Unbeaten Rovers have won 14 and drawn six of their 20 games.",
    "In 38 fights the undefeated Texan has won 36 and drawn two.",
    "The Mexican has won 31 and drawn two of her 35 bouts.",
    "Unbeaten at home, Rovers have won 14 and drawn six of their 22 games.",
    "The unbeaten side have won 12 and drawn five of their 19 fixtures since 2021.",
]


@pytest.mark.parametrize("text,target", UNBEATEN_FLAG)
def test_unbeaten_flag(text, target):
    assert_flagged(text, target, "FC1")


@pytest.mark.parametrize("text", UNBEATEN_CLEAN)
def test_unbeaten_clean(text):
    assert_clean(text)
