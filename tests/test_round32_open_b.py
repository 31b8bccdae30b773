"""Round 32 (open-b): families of the opened never-seen misses and a false alarm, each in five wordings of its
own, with clean twins (consistent figures, another measure, a part of a whole, another year) that must stay silent."""
import pytest

from tests.shapes import assert_clean, assert_flagged

# a change on a basis of its own (like-for-like, underlying, organic, same-store, at constant currency) is not the
# change of the total whose two levels a nearby sentence states (relate.percents._basis)
BASIS_CLEAN = [
    "Harlow Inns said like-for-like sales climbed 3.1% over the festive fortnight. Group sales rose to £212m "
    "from £190m after it opened 14 new pubs.",
    "Same-store sales at Pinecrest rose 2.4% in the quarter. Sales increased to $4.8 billion from $4.5 billion, "
    "the retailer said.",
    "Orvane's organic revenue grew 4% last year, the engineering group said. Revenue rose to €9.1bn from €8.2bn, "
    "lifted by two acquisitions.",
    "Sales at the drinks maker were up 7% at constant currency. Sales rose to £1.52bn from £1.31bn as the pound "
    "weakened against the dollar.",
    "Underlying revenue at the publisher edged up 2%. Total revenue increased to £640m from £590m, helped by the "
    "purchase of a rival.",
    "Comparable sales across the chain's stores improved 1.5% in the year. Sales climbed to $720 million from "
    "$655 million.",
]
# the same measure on both sides: still recomputed
BASIS_FLAGS = [
    ("Harlow Inns said sales climbed 3.1% over the festive fortnight. Sales rose to £212m from £190m after it "
     "opened 14 new pubs.", "£190m"),
    ("Like-for-like sales at Pinecrest rose 2.4% in the quarter. Like-for-like sales increased to $4.8 billion "
     "from $4.5 billion, the retailer said.", "$4.5 billion"),
    ("Orvane's organic revenue grew 4% last year, the engineering group said. Organic revenue rose to €9.1bn from "
     "€8.2bn.", "€8.2bn"),
]
BASIS_TWINS = [
    "Underlying revenue at the publisher edged up 8%. Revenue increased to £640m from £590m, the company said.",
    "Harlow Inns said sales climbed 11.6% over the festive fortnight. Sales rose to £212m from £190m after it "
    "opened 14 new pubs.",
]


@pytest.mark.parametrize("text", BASIS_CLEAN)
def test_basis_change_is_not_the_total(text):
    assert_clean(text)


@pytest.mark.parametrize("text,target", BASIS_FLAGS)
def test_same_basis_still_recomputed(text, target):
    assert_flagged(text, target, "FC2")


@pytest.mark.parametrize("text", BASIS_TWINS)
def test_basis_twins(text):
    assert_clean(text)


# a span of years after a past event, its later end told as "last year" / "this year" before it
# (relate.dates._RELATIVE_YEAR_BEFORE)
RELATIVE_END_FLAGS = [
    ("The pier reopened last year, 30 years after it was wrecked by a storm in 1987.", "30 years", "2024-05-01"),
    ("The mill closed this year, 80 years after it opened in 1950.", "80 years", "2025-05-01"),
    ("Last year, 25 years after the band split in 1990, they played a reunion show in Leeds.", "25 years",
     "2019-05-01"),
    ("The statue was finally restored earlier this year, 60 years after it was unveiled in 1958.", "60 years",
     "2024-09-01"),
    ("Kellerman retired late last year, four decades after he joined the firm in 1971.", "four decades",
     "2023-05-01"),
]
RELATIVE_END_TWINS = [
    ("The pier reopened last year, 36 years after it was wrecked by a storm in 1987.", "2024-05-01"),
    ("The mill closed this year, 75 years after it opened in 1950.", "2025-05-01"),
    ("Last year, 28 years after the band split in 1990, they played a reunion show in Leeds.", "2019-05-01"),
    ("Kellerman retired in 2012, four decades after he joined the firm in 1971.", "2023-05-01"),
    ("Last year the pier, 30 years after it was wrecked in 1987, was still shut.", "2023-05-01"),
]


@pytest.mark.parametrize("text,target,published", RELATIVE_END_FLAGS)
def test_span_to_last_year(text, target, published):
    assert_flagged(text, target, "FC504", published)


@pytest.mark.parametrize("text,published", RELATIVE_END_TWINS)
def test_span_to_last_year_twins(text, published):
    assert_clean(text, published)


# a birthday told months before the birth month: the age is still one less (dates.expected_ages)
EARLY_BIRTHDAY_FLAGS = [
    ("Ivy Marsh, born in July 1924, celebrated her 100th birthday last month at a nursing home in Hove.", "100th",
     "2024-04-05"),
    ("Former miner Tom Brack, born in October 1944, turned 80 last month, and he still walks the fells.", "80",
     "2024-06-10"),
    ("The actor, who was born on November 3, 1948, marked his 75th birthday on Saturday with friends.", "75th",
     "2023-02-14"),
    ("Edna Pryce celebrates her 105th birthday next month. She was born in August 1921 in Swansea.", "105th",
     "2026-01-20"),
    ("Born in September 1934, the retired nurse turned 90 last week, her family said.", "90", "2024-04-20"),
]
EARLY_BIRTHDAY_TWINS = [
    ("Ivy Marsh, born in March 1924, celebrated her 100th birthday last month at a nursing home in Hove.",
     "2024-04-05"),
    ("Ivy Marsh, born in April 1924, celebrated her 100th birthday last month at a nursing home in Hove.",
     "2024-04-05"),
    ("Former miner Tom Brack, born in May 1944, turned 80 last month, and he still walks the fells.", "2024-06-10"),
    ("The actor, who was born on November 3, 1948, marked his 75th birthday on Saturday with friends.",
     "2023-11-14"),
    ("Born in April 1934, the retired nurse turned 90 last week, her family said.", "2024-04-20"),
]


@pytest.mark.parametrize("text,target,published", EARLY_BIRTHDAY_FLAGS)
def test_birthday_before_birth_month(text, target, published):
    assert_flagged(text, target, "FC506", published)


@pytest.mark.parametrize("text,published", EARLY_BIRTHDAY_TWINS)
def test_birthday_before_birth_month_twins(text, published):
    assert_clean(text, published)


# a headline count against a body opening "More than ..." / "Fewer than ..." / "Up to ...": the gap words of a
# shortfall are read within the headline only (restatements._SHORTFALL_AFTER)
HEDGED_BODY_FLAGS = [
    ("Council to axe 300 jobs\n\nMore than 450 jobs will go at Westbury council under plans to save £20m, union "
     "leaders said.", "More than 450"),
    ("School trip for 45 pupils\n\nMore than 70 pupils will travel to the museum by coach, the head teacher "
     "said.", "More than 70"),
    ("Hospital strike to involve 2,500 nurses\n\nMore than 3,400 nurses will walk off the job on Monday in a "
     "dispute over pay, the union said.", "More than 3,400"),
    ("Festival draws 40,000 fans\n\nFewer than 25,000 fans attended the three-day event at Knebworth, organizers "
     "said.", "Fewer than 25,000"),
    ("Airline cancels 120 flights\n\nUp to 75 flights were cancelled as fog settled over the south-east.",
     "Up to 75"),
]
HEDGED_BODY_TWINS = [
    "Council to axe 300 jobs\n\nMore than 280 jobs will go at Westbury council under plans to save £20m, union "
    "leaders said.",
    "Flooding forces 90 families from homes\n\nMore than 80 families were moved out of their homes in Selby "
    "overnight as the Ouse burst its banks.",
    "Festival draws 20,000 fans\n\nFewer than 25,000 fans attended the three-day event at Knebworth, organizers "
    "said.",
    "Airline cancels 70 flights\n\nUp to 75 flights were cancelled as fog settled over the south-east.",
    "Ward left 12 nurses short\n\nMore than 40 nurses are needed on the ward each night, but only 28 were "
    "rostered.",
]


@pytest.mark.parametrize("text,target", HEDGED_BODY_FLAGS)
def test_headline_count_against_hedged_body(text, target):
    assert_flagged(text, target, "FC401")


@pytest.mark.parametrize("text", HEDGED_BODY_TWINS)
def test_headline_count_against_hedged_body_twins(text):
    assert_clean(text)


# "all N <plural in -men>" then "The M men": a whole of people told again, never more (restatements.singular and
# _personal read plurals in -men)
MEN_WHOLE_FLAGS = [
    ("A lifeboat crew rescued all six fishermen from a trawler that ran aground. The eight men were taken to "
     "hospital as a precaution.", "eight"),
    ("Coastguards winched all five crewmen off the stricken tanker. The seven men were treated for cold.", "seven"),
    ("Paramedics treated all seven servicemen at the scene. The nine men were later released.", "nine"),
    ("Police said all three firemen escaped the blaze unhurt. The four men had been inside the warehouse when the "
     "roof fell.", "four"),
    ("Officers questioned all 11 doormen at the club overnight. The 13 men were released without charge.", "13"),
]
MEN_WHOLE_TWINS = [
    "Coastguards winched all five crewmen off the stricken tanker. The five men were treated for cold.",
    "Paramedics treated all seven servicemen at the scene. The two men who were hurt were later released.",
    "The coastguard airlifted all four fishermen to safety on Tuesday. The four fishermen were checked over in "
    "hospital.",
    "Police said all three firemen escaped the blaze unhurt. The four specimens were kept in the lab.",
]


@pytest.mark.parametrize("text,target", MEN_WHOLE_FLAGS)
def test_whole_in_men_restated(text, target):
    assert_flagged(text, target, "FC402")


@pytest.mark.parametrize("text", MEN_WHOLE_TWINS)
def test_whole_in_men_twins(text):
    assert_clean(text)


def test_underlying_dropped_when_told_again_still_recomputed():
    assert_flagged("Underlying revenue at the publisher edged up 2%. Revenue increased to £640m from £590m, the "
                   "company said.", "£590m", "FC206")
