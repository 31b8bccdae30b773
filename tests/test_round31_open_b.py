"""Round 31 (open-b): families of the opened never-seen misses, each caught in five wordings of its own, with
clean twins (consistent figures, another measure, another year) that must stay silent."""
import pytest

from tests.shapes import assert_clean, assert_flagged

# a multiple of "what it was" at a time, its figure in a "when" clause (changes._BASE_WHEN)
WHAT_IT_WAS_FLAGS = [
    ("At 412, the herd is now more than five times what it was in 1998, when it numbered 121.", "more than five times"),
    ("Membership stands at 9,300 today, three times what it was a decade ago, when it had 4,650.", "three times"),
    ("The average fare, $4.80, is double what it was in 2015, when it cost $3.60.", "double"),
    ("At 18,500, attendance was more than twice what it had been in the 2019 season, when it reached 11,200.",
     "more than twice"),
    ("Exports hit £88m last year, five times what they were in 2016, when they totalled £31m.", "five times"),
]
# the level fronted with "At", a long subject and copula after the comma (changes._FRONTED_AT)
FRONTED_LONG_FLAGS = [
    ("At 412, the county's breeding herd of red deer is now more than five times what it was in 1998, when it "
     "numbered 121.", "more than five times"),
    ("At £9.40, the cheapest adult ticket at the ground is now double what it was in 2016, when it cost £6.10.",
     "double"),
    ("At 31,000, the number of licensed taxi drivers in the city is three times what it was a decade ago, when "
     "there were 14,500.", "three times"),
    ("At 7.9%, the annual return on the council's pension fund is now twice what it was in 2019, when it "
     "stood at 5.1%.", "twice"),
    ("At 2,300, the waiting list for allotments across the borough is now four times what it was in 2015, when it "
     "stood at 380.", "four times"),
]
FRONTED_LONG_TWINS = [
    "At 412, the county's breeding herd of red deer is now more than five times what it was in 1998, when it "
    "numbered 61.",
    "At £9.40, the cheapest adult ticket at the ground is now double what it was in 2016, when it cost £4.70.",
    "At 31,000, the number of licensed taxi drivers in the city is three times what it was a decade ago, when "
    "there were 10,300.",
    "At 7.9%, the annual return on the council's pension fund is now twice what it was in 2019, when it "
    "stood at 3.9%.",
    "At 2,300, the waiting list for allotments across the borough is now four times what it was in 2015, when it "
    "stood at 570.",
]


@pytest.mark.parametrize("text,target", FRONTED_LONG_FLAGS)
def test_fronted_level_long_subject_multiple(text, target):
    assert_flagged(text, target, "FC3")


@pytest.mark.parametrize("text", FRONTED_LONG_TWINS)
def test_fronted_level_long_subject_multiple_twins(text):
    assert_clean(text)


WHAT_IT_WAS_TWINS = [
    "At 412, the herd is now more than five times what it was in 1998, when it numbered 61.",
    "Membership stands at 9,300 today, three times what it was a decade ago, when it had 3,100.",
    "The average fare, $4.80, is double what it was in 2015, when it cost $2.40.",
    "At 18,500, attendance was more than twice what it had been in the 2019 season, when it reached 8,200.",
    "Exports hit £88m last year, five times what they were in 2016, when they totalled £17.6m.",
    "The average fare, $4.80, is double what it was in 2015, when wages were $3.60 an hour.",
]


@pytest.mark.parametrize("text,target", WHAT_IT_WAS_FLAGS)
def test_multiple_of_what_it_was_when(text, target):
    assert_flagged(text, target, "FC3")


@pytest.mark.parametrize("text", WHAT_IT_WAS_TWINS)
def test_multiple_of_what_it_was_when_twins(text):
    assert_clean(text)


# a thing of "last/this/next year's", a relative clause telling what it did then, dated by a month of a year
# (dates._WHICH_DATED, when_dated)
WHICH_DATED_FLAGS = [
    ("Farmers are still rebuilding after last year's wildfires, which tore across the county in August 2023 and "
     "destroyed 60 barns.", "last year", "2025-06-10"),
    ("Last year's strike, which shut down the plant in March 2021, cost the company $40 million.", "Last year",
     "2024-09-01"),
    ("This year's marathon, which drew 30,000 runners in April 2022, raised £2m for charity.", "This year",
     "2024-05-20"),
    ("Next year's summit, which the city will host in May 2027, is expected to draw 40 leaders.", "Next year",
     "2025-02-03"),
    ("Engineers blamed last year's blackout, which left 9,000 homes without power in January 2020, on a faulty "
     "cable.", "last year", "2023-11-05"),
]
WHICH_DATED_TWINS = [
    ("Farmers are still rebuilding after last year's wildfires, which tore across the county in August 2024 and "
     "destroyed 60 barns.", "2025-06-10"),
    ("Last year's strike, which shut down the plant in March 2023, cost the company $40 million.", "2024-09-01"),
    ("This year's marathon, which drew 30,000 runners in April 2024, raised £2m for charity.", "2024-05-20"),
    ("Next year's summit, which the city will host in May 2026, is expected to draw 40 leaders.", "2025-02-03"),
    ("Engineers blamed last year's blackout, which left 9,000 homes without power in January 2022, on a faulty "
     "cable.", "2023-11-05"),
    # the date is of another thing: a place, a source, an event the clause names, or the thing's start
    ("Fans recalled last year's visit to Leeds, which hosted the race in July 2014.", "2023-11-05"),
    ("Engineers studied last year's report, which drew on surveys carried out in January 2020.", "2023-11-05"),
    ("Last year's report, which relied on data from tests in January 2020, was withdrawn.", "2023-11-05"),
    ("Last year's inquiry, which examined the collapse in March 2019, was published.", "2023-11-05"),
    ("Last year's show, which followed a fire in May 2020, was a hit.", "2023-11-05"),
    ("The committee reviewed last year's inquiry, which began in November 2021 and reported in May.", "2023-11-05"),
]


@pytest.mark.parametrize("text,target,published", WHICH_DATED_FLAGS)
def test_thing_of_the_year_dated_in_its_which_clause(text, target, published):
    assert_flagged(text, target, "FC5", published)


@pytest.mark.parametrize("text,published", WHICH_DATED_TWINS)
def test_thing_of_the_year_dated_in_its_which_clause_twins(text, published):
    assert_clean(text, published)


# money restated in brackets in the same currency with another scale word, a power of ten off
# (units.find_scale_conversions, FC601)
SCALE_FLAGS = [
    ("The ministry set aside Rs 850 crore (Rs 85 billion) for rural roads.", "Rs 85 billion"),
    ("The club's new stand will cost £1.3bn (£130m), the council said.", "£130m"),
    ("A ₹2.4 lakh (₹24 million) compensation package was offered.", "₹24 million"),
    ("The $780 million ($7.8 billion) contract for the bridge was signed on Monday.", "$7.8 billion"),
    ("Donors pledged €3.2 billion (€320 million) at the summit.", "€320 million"),
]
SCALE_TWINS = [
    "The ministry set aside Rs 850 crore (Rs 8.5 billion) for rural roads.",
    "The club's new stand will cost £1.3bn (£1,300m), the council said.",
    "A ₹2.4 lakh (₹240,000) compensation package was offered.",
    "The $780 million ($0.78 billion) contract for the bridge was signed on Monday.",
    "Donors pledged €3.2 billion (€3,200 million) at the summit.",
    # another currency, another figure in the bracket, a results' year-before figure
    "The ministry set aside Rs 850 crore ($102 million) for rural roads.",
    "Pre-tax profit rose to £2bn (£200m).",
    "Donors pledged €3.2 billion (€320 million of it in grants) at the summit.",
    "The club's new stand will cost £1.3bn (£980m), the council said.",
]


@pytest.mark.parametrize("text,target", SCALE_FLAGS)
def test_money_restated_in_another_scale_word(text, target):
    assert_flagged(text, target, "FC6")


@pytest.mark.parametrize("text", SCALE_TWINS)
def test_money_restated_in_another_scale_word_twins(text):
    assert_clean(text)


# a competition's name between a named person's age and "the N-year-old" is no one else (restatements._BODIES)
EVENT_NAME_FLAGS = [
    ("Marco Silva, 31, claimed the Rotterdam Masters on Saturday after a late eagle. The 34-year-old earned €90,000.",
     "34-year-old"),
    ("Ana Ruiz, 19, lifted the Madrid Classic trophy yesterday after a three-set final. The 21-year-old had never "
     "reached a final before.", "21-year-old"),
    ("Tom Barr, 27, won the Belmont Stakes for the first time on Saturday. The 29-year-old said he was stunned.",
     "29-year-old"),
    ("Lena Vogt, 26, took the Baltic Tour by 40 seconds on Sunday. The 28-year-old now leads the rankings.",
     "28-year-old"),
    ("Sam Idowu, 22, won the Northern Marathon in two hours and nine minutes. The 24-year-old collected $50,000.",
     "24-year-old"),
]
EVENT_NAME_TWINS = [
    "Marco Silva, 31, claimed the Rotterdam Masters on Saturday after a late eagle. The 31-year-old earned €90,000.",
    "Ana Ruiz, 19, lifted the Madrid Classic trophy yesterday after a three-set final. The 19-year-old had never "
    "reached a final before.",
    "Tom Barr, 27, won the Belmont Stakes for the first time on Saturday. The 27-year-old said he was stunned.",
    "Lena Vogt, 26, took the Baltic Tour by 40 seconds on Sunday. The 26-year-old now leads the rankings.",
    "Sam Idowu, 22, won the Northern Marathon in two hours and nine minutes. The 22-year-old collected $50,000.",
    # someone else named between: the N-year-old may be either
    "Ana Ruiz, 19, beat Maria Lopez in the Madrid Classic final. The 21-year-old said she was proud.",
]


@pytest.mark.parametrize("text,target", EVENT_NAME_FLAGS)
def test_age_restated_across_a_competition_name(text, target):
    assert_flagged(text, target, "FC4")


@pytest.mark.parametrize("text", EVENT_NAME_TWINS)
def test_age_restated_across_a_competition_name_twins(text):
    assert_clean(text)


# "Name, whose N" names the owner as "Name's N" does (restatements._POSSESSIVE); only a capitalised name owns "whose"
# (lead, at the round's end: "The club, whose £4.2m debt worries fans" after "£2.4m to the football club" is another
# figure, test_round24_slip; so "The charity, whose £7.4m appeal" after "The charity's £4.7m appeal" is not read)
WHOSE_FLAGS = [
    ("Maya Ortiz's 37 points carried the Hawks past Denver on Friday. Ortiz, whose 73 came in 34 minutes, also "
     "grabbed 11 rebounds.", "73"),
    ("Priya Nand's 1,460 votes were the most in the ward. Nand, whose 1,640 votes put her top of the poll, thanked "
     "her team.", "1,640"),
    ("Oakfield's 352 pupils sat the tests in May. Oakfield, whose 325 pupils come from 14 villages, was rated good.",
     "325"),
    ("Liam Short's 218 set up the win. Short, whose 281 included 30 fours, was named man of the match.", "281"),
]
WHOSE_TWINS = [
    "Maya Ortiz's 37 points carried the Hawks past Denver on Friday. Ortiz, whose 37 came in 34 minutes, also "
    "grabbed 11 rebounds.",
    "Maya Ortiz's 37 points carried the Hawks past Denver on Friday. Jo Kemp, whose 73 came in 34 minutes, also "
    "grabbed 11 rebounds.",
    "Liam Short's 218 set up the win. Patel, whose 281 included 30 fours, was named man of the match.",
    "Oakfield's 352 pupils sat the tests in May. Elmwood, whose 325 pupils come from 14 villages, was rated good.",
    "The firm's 420 staff were told on Monday. The union, whose 240 members work at the site, will ballot.",
]


@pytest.mark.parametrize("text,target", WHOSE_FLAGS)
def test_owner_whose_figure_restated(text, target):
    assert_flagged(text, target, "FC4")


@pytest.mark.parametrize("text", WHOSE_TWINS)
def test_owner_whose_figure_restated_twins(text):
    assert_clean(text)


# a share told by what its group did, restated as "the N%" doing it, two digits swapped
# (transpositions._doing_as_first)
DOING_FLAGS = [
    ("About 58% of patients waited less than four hours in January. The trust said the 85% waiting under four hours "
     "was its best result.", "85%"),
    ("Just 41% of drivers passed the test at the first attempt. The agency said the 14% passing first time was a "
     "concern.", "14%"),
    ("Nearly 73% of households recycled their food waste last year. The council said the 37% who recycled showed "
     "progress.", "37%"),
    ("Around 92% of trains arrived on time in May. The operator said the 29% arriving on time proved the timetable "
     "worked.", "29%"),
    ("Some 61% of tenants renewed their leases this spring. The landlord said the 16% renewing was encouraging.",
     "16%"),
]
DOING_TWINS = [
    "About 58% of patients waited less than four hours in January. The trust said the 58% waiting under four hours "
    "was its best result.",
    "Just 41% of drivers passed the test at the first attempt. The agency said the 14% failing first time was a "
    "concern.",
    "Nearly 73% of households recycled their food waste last year. The council said the 37% who composted showed "
    "progress.",
    "Around 92% of trains arrived on time in May. The operator said the 29% arriving late were mostly freight.",
    "Around 92% of trains arrived on time in May. The operator said the 29% arriving on time in June was a blow.",
    "Some 81% of pupils achieved a grade 4 this year. The 18% achieving a grade 7 were mostly girls.",
    "Some 81% of pupils achieved a grade 4 this year. Among boys, the 18% achieving it were fewer.",
    "About 62% of staff voted in the ballot. The union said the 26% voting against the offer was a surprise.",
]


@pytest.mark.parametrize("text,target", DOING_FLAGS)
def test_share_restated_by_what_it_did(text, target):
    assert_flagged(text, target, "FC4")


@pytest.mark.parametrize("text", DOING_TWINS)
def test_share_restated_by_what_it_did_twins(text):
    assert_clean(text)
