"""Round 14, percentages: a percentage change of a measure of money and, nearby, its two levels under
another name of the same measure (sales, revenue, turnover); and a period "the 52 weeks to 28 December"
read as a length and a date, so that the sentence's from/to pair is read at all."""
from __future__ import annotations

import pytest

from checker.api import analyse
from checker.model import Kind
from tests.shapes import assert_clean, assert_flagged

# (flag text, target, clean twin): the change named one way, the levels another
OTHER_NAME = [
    ("Harlow Tools reported a 15% rise in sales for the year. Revenue climbed to £46m from £34m, the company said.",
     "£34m",
     "Harlow Tools reported a 15% rise in sales for the year. Revenue climbed to £46m from £40m, the company said."),
    ("Turnover at the brewer grew 8% last year. Sales rose to $5.4 million, from $4.6 million a year earlier.",
     "$4.6 million",
     "Turnover at the brewer grew 8% last year. Sales rose to $5.4 million, from $5.0 million a year earlier."),
    ("Greave Homes sales up 20% as buyers return\n\nGreave Homes said on Monday that revenue for the 12 months to "
     "30 June rose to £312m from £215m.",
     "£215m",
     "Greave Homes sales up 20% as buyers return\n\nGreave Homes said on Monday that revenue for the 12 months to "
     "30 June rose to £312m from £260m."),
    ("The chain's revenues fell by 10% in the half year. Turnover for the 26 weeks to 2 March dropped "
     "to £71.5m, from £95.2m.",
     "£95.2m",
     "The chain's revenues fell by 10% in the half year. Turnover for the 26 weeks to 2 March dropped "
     "to £71.5m, from £79.2m."),
    ("Profits jumped 30% at the port operator. Pre-tax profit rose to €13m from €7.5m.", "€7.5m",
     "Profits jumped 30% at the port operator. Pre-tax profit rose to €13m from €10m."),
]

# sales counted in goods are not revenue: another measure, left alone
NOT_SAME = [
    "Revenue at the carmaker rose 12% last year. Sales rose to 410,000 cars from 300,000.",
    "Sales at the chain rose 4% in the quarter. Revenue from its cafes rose to £9m from £6m, the company said, "
    "and sales of books fell.",
]


@pytest.mark.parametrize("text,target,twin", OTHER_NAME)
def test_change_and_levels_under_another_name(text, target, twin):
    assert_flagged(text, target, "FC2")
    assert_clean(twin)


@pytest.mark.parametrize("text", NOT_SAME)
def test_goods_sold_are_another_measure(text):
    assert_clean(text)


@pytest.mark.parametrize("text,date", [
    ("Revenue for the 52 weeks to 28 December rose.", "28 December"),
    ("In the three months to 31 March, sales fell.", "31 March"),
    ("Output over the 18 months to 4 June doubled.", "4 June"),
])
def test_period_end_is_a_date(text, date):
    doc = analyse(text)
    assert any(m.kind == Kind.DATE and m.text.startswith(date) for m in doc.mentions), \
        [(m.text, m.kind) for m in doc.mentions]


# a fraction as the size of a nearby change: (flag, target, twin)
FRACTION_MOVES = [
    ("Harbour Foods said higher costs had pushed profits down by almost a fifth. Pre-tax profit fell to £9.1m "
     "from £13.2m.", "£13.2m",
     "Harbour Foods said higher costs had pushed profits down by almost a fifth. Pre-tax profit fell to £9.1m "
     "from £11.3m."),
    ("Club membership grew by a third last season. Membership rose to 1,480 from 1,250, the club said.",
     "1,250",
     "Club membership grew by a third last season. Membership rose to 1,480 from 1,110, the club said."),
    ("Turnover at the builder has fallen by a quarter. Turnover dropped to $36m, from $52m a year earlier.", "$52m",
     "Turnover at the builder has fallen by a quarter. Turnover dropped to $36m, from $48m a year earlier."),
]


@pytest.mark.parametrize("text,target,twin", FRACTION_MOVES)
def test_fraction_sized_nearby_change(text, target, twin):
    assert_flagged(text, target, "FC2")
    assert_clean(twin)


def test_fraction_of_another_measure_left_alone():
    assert_clean("Profits fell by a quarter at the builder. Turnover dropped to $36m, from $52m a year earlier.")


@pytest.mark.parametrize("text", [
    "Sales grew by a third over the decade. Sales rose to £40m from £38m last year.",
    "Sales grew 33% over the decade. Sales rose to £40m from £38m last year.",
    "Profits have fallen by half since 2019. Profit fell to £5m from £6m this year.",
    "Membership has risen 60% over the past ten years, the club said. Membership rose to 4,100 from 3,900 this "
    "season.",
])
def test_change_over_a_long_span_is_not_one_years_levels(text):
    assert_clean(text)
