"""Changes: amounts (FC301), multiples and ratios (FC302), direction (FC303)."""
from __future__ import annotations

import pytest
from hypothesis import given, settings, strategies as st

from checker import check_text
from checker.api import analyse
from checker.relate import relate
from checker.relate.changes import AbsoluteChange, MultipleChange, frames


MINE = ("FC202", "FC203", "FC204", "FC205", "FC3")


def problems(text, code=None):
    """Warnings and errors of this family (or of one rule)."""
    return [f for f in check_text(text) if f.is_problem and f.rule.startswith(code or MINE)]


def assert_flag(text, code, target):
    found = problems(text, code)
    assert found, f"{code} did not flag: {text}"
    t0 = text.index(target)
    t1 = t0 + len(target)
    assert any(f.start < t1 and t0 < f.end or any(r.start < t1 and t0 < r.end for r in f.related)
               for f in found), [(text[f.start:f.end], f.message) for f in found]


# ---------------------------------------------------------------- FC301 amounts

@pytest.mark.parametrize("text,target", [
    ("Visitor numbers grew by 9,000 to 73,000 this year, compared with 61,000 last year.", "9,000"),
    ("The number of patients waiting rose to 412 on Monday, up 35 from Sunday's total of 391.", "35"),
    ("Spending went up by £4.6 million in two years, from £18.2 million to £21.3 million.", "£4.6 million"),
    ("Cases rose from 2,310 to 2,790, an increase of 380.", "380"),
    ("The second album sold 214,000 copies, 48,000 more than the debut's 180,000.", "48,000"),
    ("The club's wage bill was cut by £9m to £41m, from £55m the season before.", "£9m"),
])
def test_amount_mismatch(text, target):
    assert_flag(text, "FC301", target)


@pytest.mark.parametrize("text", [
    "Visitor numbers grew by 13,000 to 74,000 this year, compared with 61,000 last year.",
    "The number of patients waiting rose to 412 on Monday, up 21 from Sunday's total of 391.",
    "Spending went up by £3.1 million in two years, from £18.2 million to £21.3 million.",
    "The second album sold 214,000 copies, 34,000 more than the debut's 180,000.",
    # a monthly change beside a year-on-year comparison: different periods
    "Claims fell by 3,100 in the week to 211,000, compared with 251,000 a year earlier.",
    # different subjects in two clauses
    "Imports rose by 400 to 5,200 tonnes, while exports fell to 3,100 tonnes from 3,900 tonnes.",
])
def test_amount_clean(text):
    assert not problems(text), [(f.rule, f.message) for f in problems(text)]


def test_amount_relation_roles():
    doc = analyse("Admissions climbed to 143 on Friday, up 26 from Thursday's total of 117.")
    rels = [r for r in relate(doc) if isinstance(r, AbsoluteChange)]
    assert len(rels) == 1
    r = rels[0]
    assert (r.change.text, r.old.text, r.new.text, r.direction) == ("26", "117", "143", 1)


@settings(max_examples=50, deadline=None)
@given(old=st.integers(101, 99_999), delta=st.integers(1, 50_000), up=st.booleans())
def test_true_differences_never_flag(old, delta, up):
    new = old + delta if up else old - delta
    if new <= 0:
        return
    verb = "rose" if up else "fell"
    text = f"The count {verb} by {delta:,} to {new:,} from {old:,}."
    assert not problems(text), text


# ---------------------------------------------------------------- FC302 multiples

@pytest.mark.parametrize("text,target", [
    ("Complaints have doubled since 2020, from 1,840 to 2,950.", "doubled"),
    ("The cost of a season ticket has nearly tripled, from £310 to £620.", "tripled"),
    ("Rents have more than doubled to £1,450 from £780.", "more than doubled"),
    ("The town now has three times as many cafes as in 2010 - 46, compared with 21.", "three times"),
    ("Arrests were halved, to 318 from 452.", "halved"),
    ("The school had 96 pupils in September, half the 240 it had a decade ago.", "half"),
    ("There were 7,800 applicants, twice the 2,900 who applied in 2019.", "twice"),
    ("Wins outnumber defeats three to one, with 45 victories against 24 losses.", "three"),
])
def test_multiple_mismatch(text, target):
    assert_flag(text, "FC302", target)


@pytest.mark.parametrize("text", [
    "Complaints have doubled since 2020, from 1,480 to 2,950.",
    "The cost of a season ticket has nearly tripled, from £310 to £890.",
    "Rents have more than doubled to £1,650 from £780.",
    "Arrests were halved, to 236 from 452.",
    "The school had 118 pupils in September, half the 240 it had a decade ago.",
    "Wins outnumber defeats three to one, with 72 victories against 24 losses.",
    # "times" counting occasions, not a multiple
    "He has been capped five times, scoring 2 goals against 11 opponents.",
    "The team has won the title three times, in 2004, 2011 and 2019.",
])
def test_multiple_clean(text):
    assert not problems(text), [(f.rule, f.message) for f in problems(text)]


def test_times_more_may_mean_n_plus_one():
    # "five times more" is read either as 5x or as 6x
    assert not problems("Sales were five times more than the year before, at 6,000 against 1,000.")


def test_multiple_relation():
    doc = analyse("Complaints have doubled since 2020, from 1,480 to 2,950.")
    rels = [r for r in relate(doc) if isinstance(r, MultipleChange)]
    assert len(rels) == 1 and rels[0].multiple.text == "doubled"
    assert (rels[0].old.text, rels[0].new.text) == ("1,480", "2,950")


# ---------------------------------------------------------------- FC303 direction

@pytest.mark.parametrize("text,target", [
    ("Shipments fell 8% to 5,400 tonnes from 5,000 tonnes.", "8%"),
    ("The deficit widened by £2.1bn to £14.3bn from £16.4bn.", "£2.1bn"),
    ("Support rose to 38% from 41%, a gain of 3 percentage points.", "3 percentage points"),
])
def test_direction_mismatch(text, target):
    assert_flag(text, "FC303", target)
    assert not problems(text, "FC203") and not problems(text, "FC301") and not problems(text, "FC204")


def test_direction_message_names_the_word():
    msg = problems("Shipments fell 8% to 5,400 tonnes from 5,000 tonnes.", "FC303")[0].message
    assert "fell" in msg and "up" in msg


# ---------------------------------------------------------------- frames: what is not a change

@pytest.mark.parametrize("text", [
    "Revenue rose 4% to $312m, and operating profit climbed to $58m from $51m.",
    "Sales rose 6% to 4,100 units while returns fell to 290 from 310.",
    "Trading volume was up 12% from a year earlier at 41 million shares.",
    "The index gained 2.4% to 7,812 points after hitting 7,640 in early trade.",
])
def test_no_frame_across_clauses(text):
    doc = analyse(text)
    sizes = {f.size.text for f in frames(doc)}
    assert not problems(text), [(f.rule, f.message) for f in problems(text)]
    assert "4%" not in sizes and "6%" not in sizes


def test_pence_and_pounds_are_one_currency():
    assert not problems("The price of a coffee rose 15p to £3.40, from £3.25 last year.")
    text = "The price of a coffee rose 25p to £3.40, from £3.25 last year."
    assert_flag(text, "FC301", "25p")
    assert "15p" in problems(text, "FC301")[0].message


def test_hedged_fraction_change():
    assert_flag("Attendance has fallen by more than half, from 8,300 to 5,100.", "FC203", "more than half")
    assert not problems("Attendance has fallen by more than half, from 8,300 to 3,900.")


@pytest.mark.parametrize("text,target", [
    ("Takings were £6.3m, down from £7.1m, a fall of 21%.", "21%"),
    ("Takings were £6.3m, down 21% from £7.1m.", "21%"),
    ("Seats held fell from 38 to 26, a loss of 15.", "15"),
])
def test_appositions(text, target):
    assert_flag(text, "FC203" if "%" in target else "FC301", target)


def test_a_financial_loss_is_not_a_change():
    text = "Profit was 8,450 dlrs after a one-off loss of 21,300 dlrs, compared to 54,100 dlrs a year before."
    assert not problems(text)


@pytest.mark.parametrize("text,code,target", [
    ("Gate receipts were 27,300, up 3,100 on last season's 25,400.", "FC301", "3,100"),
    ("The regulator raised the cap by half a point to 4.75% from 4.0%.", "FC204", "half"),
    ("This season's catch of 6.3m tonnes is twice last season's 3.9m tonnes.", "FC302", "twice"),
    ("The fund cut its stake by a third, from 8.4% to 6.9%.", "FC203", "a third"),
])
def test_more_phrasings(text, code, target):
    assert_flag(text, code, target)


@pytest.mark.parametrize("text", [
    "Gate receipts were 27,300, up 1,900 on last season's 25,400.",
    "The regulator raised the cap by half a point to 4.5% from 4%.",
    "This season's catch of 7.7m tonnes is twice last season's 3.9m tonnes.",
    "Profits were up 12% on last year, at £4.1m.",
])
def test_more_phrasings_clean(text):
    assert not problems(text), [(f.rule, f.message) for f in problems(text)]


# ---------------------------------------------------------------- restated moves, hedged falls, "when" clauses

@pytest.mark.parametrize("text,code,target", [
    # a participle after a comma restates the multiple before its values
    ("Bookings at the campsite tripled last summer, climbing from 1,260 to 2,480.", "FC302", "tripled"),
    ("Membership of the choir has doubled, growing to 74 from 52.", "FC302", "doubled"),
    # "almost halved": a fall of almost half, so the ratio is at least 0.5
    ("Reported thefts have almost halved since 2015, dropping from 640 to 470.", "FC302", "almost halved"),
    ("Queues at the border more than halved, to 2,150 from 3,900.", "FC302", "more than halved"),
    # the old value in a "when" clause naming the earlier period
    ("The hospital delivered 1,905 babies last year, 120 more than in 2021, when 1,842 were born.",
     "FC301", "120"),
    ("Arson attacks fell to 233, down 45 on the year before, when there were 261.", "FC301", "45"),
])
def test_restated_hedged_and_when_shapes(text, code, target):
    assert_flag(text, code, target)


@pytest.mark.parametrize("text", [
    "Bookings at the campsite tripled last summer, climbing from 1,260 to 3,710.",
    "Reported thefts have almost halved since 2015, dropping from 640 to 345.",
    "Queues at the border more than halved, to 1,750 from 3,900.",
    "Reported thefts have halved since 2015, dropping from 640 to 330.",
    # the participle goes the other way: another move, no frame
    "Bookings tripled last summer, falling from 1,260 to 980 in the winter.",
    # a comma and "with": another subject's move
    "Bookings tripled last summer, with cancellations rising from 40 to 52.",
    "The hospital delivered 1,905 babies last year, 63 more than in 2021, when 1,842 were born.",
    # the "when" clause counts something else
    "The hospital delivered 1,905 babies last year, 120 more than in 2021, when 14 midwives left.",
])
def test_restated_hedged_and_when_shapes_clean(text):
    assert not problems(text), [(f.rule, f.message) for f in problems(text)]


@pytest.mark.parametrize("word,ratio_ok,ratio_bad", [
    ("nearly doubled", (1012, 1913), (1012, 2127)),
    ("almost halved", (1012, 543), (1012, 471)),
    ("more than halved", (1012, 483), (1012, 527)),
    ("more than doubled", (1012, 2153), (1012, 1957)),
])
def test_hedged_multiple_intervals(word, ratio_ok, ratio_bad):
    ok = f"Fees have {word}, from {ratio_ok[0]:,} to {ratio_ok[1]:,}."
    bad = f"Fees have {word}, from {ratio_bad[0]:,} to {ratio_bad[1]:,}."
    assert not problems(ok), ok
    assert_flag(bad, "FC302", word.split()[-1])


# ---------------------------------------------------------------- across sentences (inferred: warnings)

@pytest.mark.parametrize("text,code,target", [
    # the old value is the level the sentence before states for the same measure
    ("In 2021 the orchestra sold 18,600 season tickets. This year sales of season tickets have climbed by "
     "2,900 to 20,100.", "FC301", "2,900"),
    ("Last year the fund held assets of £41m. This year its assets have grown 25% to £47m.", "FC203", "25%"),
    # the old value stated after the change, with its period and a verb of state
    ("The club's membership is up 250 to 3,150. Twelve months ago it had 2,800 members.", "FC301", "250"),
    ("Passenger numbers climbed by 40,000 to 610,000; the previous year there were 540,000.", "FC301",
     "40,000"),
    ("Average attendance is up 1,900 to 24,300 this season; last season it stood at 21,700.", "FC301",
     "1,900"),
    # a headline change and the lead's values
    ("Hospital waiting list up 1,200\nThe waiting list at the city's hospitals rose to 14,650 in March "
     "from 14,150 in February.", "FC301", "1,200"),
])
def test_inferred_changes(text, code, target):
    assert_flag(text, code, target)
    assert all(f.severity.name == "WARNING" for f in problems(text, code))


@pytest.mark.parametrize("text", [
    "In 2021 the orchestra sold 18,600 season tickets. This year sales of season tickets have climbed by "
    "1,500 to 20,100.",
    # no period contrast: another measure of the same thing
    "The hospital treated 21,400 patients. The number of patients waiting has risen by 3,800 to 23,100.",
    # no shared word: another measure
    "Last season the club averaged crowds of 21,400. This season ticket sales have risen by 3,800 to 23,100.",
    # of another size: a part, not the same measure
    "In 2021 the firm employed 4,200 staff. This year staff in Scotland have risen by 300 to 1,100.",
    "Hospital waiting list up 500\nThe waiting list at the city's hospitals rose to 14,650 in March "
    "from 14,150 in February.",
    # the headline's measure is not the lead's
    "Hospital waiting list up 1,200\nCar parking charges at the hospital rose to 4,650 from 4,150 permits.",
    "Average attendance is up 1,900 to 24,300 this season; last season it stood at 22,400.",
    # another measure, another period, or a change of its own
    "Sales rose by 140 to 1,060; a year ago the firm had 980 staff.",
    "Sales rose by 140 this month to 1,060; a year ago they were 980.",
    "Enrolment has risen by 140 in three years to 1,060; a year ago the school had 980.",
    "The tally has increased by 12 to 87. Last week it had risen to 79.",
])
def test_inferred_changes_clean(text):
    assert not problems(text), [(f.rule, f.message) for f in problems(text)]


# ---------------------------------------------------------------- round 3: appositions, "double", anaphors

@pytest.mark.parametrize("text,code,target", [
    # the level, a comma or dash, then its change: the clause's own verb is not a second change
    ("Only 18mm of snow fell in January, down 45% on the 41mm measured a year before.", "FC203", "45%"),
    ("Ticket sales came to 8,200 - sales have almost doubled from the 5,800 sold two years ago.", "FC302",
     "almost doubled"),
    ("Fares now average £3.40 — fares are up 40p on the £2.90 charged in 2019.", "FC301", "40p"),
    ("At 18,400, enrolment is down 7% on last year's 20,900.", "FC203", "7%"),
    ("At £2.15, a loaf costs 30p more than the £1.95 of a year ago.", "FC301", "30p"),
    # "double", "triple" and the -ing forms are multiples
    ("Claims reached 7,300 this winter, more than double the 3,900 made last winter.", "FC302",
     "more than double"),
    ("Sales grew to 61,000 units - almost triple the 38,000 sold the previous year.", "FC302", "almost triple"),
    ("Bus fares will double to £4.10 from £1.60 under the plan.", "FC302", "double"),
    ("The plan means a tripling of capacity, from 1,200 beds to 2,500.", "FC302", "tripling"),
    # "the figure", "that number" point back to the one figure of the sentence before
    ("Police first said 45 people had been hurt. By Sunday that number had risen by 12, to 63.", "FC301",
     "12"),
    ("Rescuers initially counted 120 survivors. The total later climbed by 45 to 150.", "FC301", "45"),
    # "more than in", comparative + "at", a rate's period, the unit on the size only
    ("Walkers made 9,200 visits in July, 1,900 more than in June's 7,800.", "FC301", "1,900"),
    ("The shares ended 18p higher at 412p, up from 386p.", "FC301", "18p"),
    ("The field pumped 61,000 barrels a day in May compared with 55,000 in April, up 18%.", "FC203", "18%"),
    ("Output fell by 9 million tonnes to 212 million, down from 226 million.", "FC301", "9 million tonnes"),
])
def test_round3_change_shapes(text, code, target):
    assert_flag(text, code, target)


@pytest.mark.parametrize("text", [
    "Only 18mm of snow fell in January, down 56% on the 41mm measured a year before.",
    "Ticket sales came to 8,200 - sales have almost doubled from the 4,300 sold two years ago.",
    "Fares now average £3.40 — fares are up 50p on the £2.90 charged in 2019.",
    "At 18,400, enrolment is down 12% on last year's 20,900.",
    "Claims reached 7,300 this winter, nearly double the 3,900 made last winter.",
    "Bus fares will double to £3.10 from £1.60 under the plan.",
    "Police first said 45 people had been hurt. By Sunday that number had risen by 18, to 63.",
    "Walkers made 9,200 visits in July, 1,400 more than in June's 7,800.",
    "The shares ended 26p higher at 412p, up from 386p.",
    "The field pumped 61,000 barrels a day in May compared with 55,000 in April, up 11%.",
    "Output fell by 14 million tonnes to 212 million, down from 226 million.",
    # near misses: another measure after the break, another clause, the figure of another measure
    "Revenue was £5.1bn, with profit up 20% from £1.2bn.",
    "The firm has 1,150 staff - revenue has almost tripled from £650m.",
    "Sales reached 2,410 this year while costs were double the 1,350 of 2022.",
    "Rainfall of 31mm fell in March; in April it was down 60% on the 52mm of a year earlier.",
    "It won the double in 2019, beating 12 other clubs to 2 trophies.",
    "The double murder in 2019 left 3 children without parents.",
    "The company employs 35 people. The number of stores has risen by 27 to 52.",
    "Police first said 41 people had been hurt. By Sunday 60 had been treated, and the number rose by 16 to 63.",
])
def test_round3_change_shapes_clean(text):
    assert not problems(text), [(f.rule, f.message) for f in problems(text)]


def test_comparative_at_then_from_is_one_move():
    assert_flag("Brent crude settled $3 higher at $84.20 a barrel, up from $79.60.", "FC301", "$3")
    # the old value of another period: the day's move is not the move since then
    for text in ("Shares closed 5p lower at 310p, down from 345p at the start of the year.",
                 "Shares closed 5p lower at 310p, down from 345p a month ago."):
        assert not problems(text), text


@pytest.mark.parametrize("text,target", [
    ("In 2023 the appeal collected £3.6m. That was up £900,000 on 2022, when it collected £3.1m.", "£900,000"),
    ("The surgery saw 2,150 patients in May. That is 240 fewer than the 2,470 it saw in April.", "240"),
    ("Council tax will rise to £1,940 next year. This represents an increase of £120 on this year's £1,850.",
     "£120"),
])
def test_that_was_states_the_change_of_the_sentence_before(text, target):
    assert_flag(text, "FC301", target)
    assert all(f.severity.name == "WARNING" for f in problems(text, "FC301"))


@pytest.mark.parametrize("text", [
    "In 2023 the appeal collected £3.6m. That was up £500,000 on 2022, when it collected £3.1m.",
    "The surgery saw 2,150 patients in May. That is 320 fewer than the 2,470 it saw in April.",
    # two levels before: which one changed is not stated
    "The surgery saw 2,150 patients and 900 visitors in May. That is 240 fewer than the 2,470 of April.",
    # the old value is a year, not a level
    "The surgery saw 2,150 patients in May. That was up 240 from 2021, the report said.",
])
def test_that_was_clean(text):
    assert not problems(text), [(f.rule, f.message) for f in problems(text)]


@pytest.mark.parametrize("text,code,target", [
    ("The stock ended 6% higher at 530p on Friday, having closed Thursday at 520p.", "FC203", "6%"),
    ("Attendance rose by 450 to 12,900 after finishing last season on 12,150.", "FC301", "450"),
    ("The fund's assets grew £30m to £910m, having been £840m a year earlier.", "FC301", "£30m"),
    ("The euro was 0.4% weaker at $1.071 after ending the previous session at $1.092.", "FC203", "0.4%"),
    ("The stock rose 2% to 655p, having closed on Friday at 610p.", "FC203", "2%"),
])
def test_earlier_level_in_a_participle_clause(text, code, target):
    assert_flag(text, code, target)


@pytest.mark.parametrize("text", [
    "The stock ended 2% higher at 530p on Friday, having closed Thursday at 520p.",
    "Attendance rose by 750 to 12,900 after finishing last season on 12,150.",
    # the earlier level belongs to another time
    "Unemployment fell 0.3 points to 4.4%, having stood at 7.9% in 2013.",
    "Shares rose 3% to 410p, having closed at 520p at their peak.",
    "The firm's shares rose 4% to 230p after closing at 205p in February.",
    "The firm's shares rose 4% to 230p, having ended April at 205p.",
    # the opening price is not the base of the day's move
    "Shares rose 3% to 410p after opening at 402p.",
])
def test_earlier_level_in_a_participle_clause_clean(text):
    assert not problems(text), [(f.rule, f.message) for f in problems(text)]


@pytest.mark.parametrize("text,code,target", [
    ("The average wait grew from 14 weeks to 23 weeks, an increase of 12 weeks.", "FC301", "12 weeks"),
    ("Crossing times were cut by 25 minutes, from 95 minutes to 80 minutes.", "FC301", "25 minutes"),
    ("Typical tenancies lengthened from 20 months to 26 months, a rise of 40%.", "FC203", "40%"),
])
def test_durations_as_the_values_of_a_change(text, code, target):
    assert_flag(text, code, target)


@pytest.mark.parametrize("text", [
    "The average wait grew from 14 weeks to 23 weeks, an increase of 9 weeks.",
    "Crossing times were cut by 15 minutes, from 95 minutes to 80 minutes.",
    # durations as the period of a change, not its values
    "Sales fell 5% from 1,200 to 1,140 in the six weeks to March.",
    "Output rose by 40 tonnes over 12 months to 300 tonnes from 3 months ago.",
    # units differ: not read as one move
    "The ban was cut from three years to 18 months, a reduction of 6 months.",
])
def test_durations_as_values_clean(text):
    assert not problems(text), [(f.rule, f.message) for f in problems(text)]


@pytest.mark.parametrize("text,code,target", [
    ("Wholesale gas was 15% cheaper than a year before at 92p a therm, down from 104p.", "FC203", "15%"),
    ("Passenger traffic was 7% lower than in 2019 at 88,000 a day, down from 101,000.", "FC203", "7%"),
    ("The shares ended 35p up on the week at 515p, having closed last Friday at 470p.", "FC301", "35p"),
])
def test_comparative_with_its_base_before_at(text, code, target):
    assert_flag(text, code, target)


@pytest.mark.parametrize("text", [
    "Passenger traffic was 13% lower than in 2019 at 88,000 a day, down from 101,000.",
    # the old value named for another time than the comparison
    "Wholesale gas was 15% cheaper than a year before at 92p a therm, up from 88p in March.",
    "The shares ended 35p up on the week at 515p, down from 560p a month ago.",
])
def test_comparative_with_its_base_before_at_clean(text):
    assert not problems(text), [(f.rule, f.message) for f in problems(text)]


@pytest.mark.parametrize("text,target", [
    ("Ticket prices are now three times what they were in 2012, rising from £14 to £58.", "three times"),
    ("The waiting list is twice what it was before the pandemic: 7,900, against 3,100 then.", "twice"),
])
def test_multiple_of_what_it_was(text, target):
    assert_flag(text, "FC302", target)


@pytest.mark.parametrize("text", [
    "Ticket prices are now three times what they were in 2012, rising from £19 to £58.",
    "The waiting list is twice what it was before the pandemic: 6,300, against 3,100 then.",
    # "what" opening another clause, not the base of the multiple
    "She has won twice, what her coach called 40 years of work in 2 seasons.",
])
def test_multiple_of_what_it_was_clean(text):
    assert not problems(text), [(f.rule, f.message) for f in problems(text)]


@pytest.mark.parametrize("text,target", [
    ("Against the previous season's 18,700, the average crowd of 20,100 is up 2,300.", "2,300"),
    ("Compared with 2021's £4.6m, the £5.3m collected this year is an increase of £900,000.", "£900,000"),
    ("The average school run now takes 26 minutes, up 9 minutes from 19 minutes in 2016.", "9 minutes"),
])
def test_fronted_comparison_and_duration_apposition(text, target):
    assert_flag(text, "FC301", target)


@pytest.mark.parametrize("text", [
    "Against the previous season's 18,700, the average crowd of 20,100 is up 1,400.",
    # the comparison does not open the sentence: its figure and the next are not one move
    "Fans paid £30 against £26 at rival clubs, and 4,000 of them renewed, up 900.",
    "The average school run now takes 26 minutes, up 7 minutes from 19 minutes in 2016.",
    # a duration as a period, with one other duration
    "Deliveries rose by 300 in 6 weeks from 2 weeks after launch.",
])
def test_fronted_comparison_and_duration_apposition_clean(text):
    assert not problems(text), [(f.rule, f.message) for f in problems(text)]


@pytest.mark.parametrize("text,target", [
    ("Ambulance waits were 7 minutes longer than a year earlier at 38 minutes, compared with 33 minutes.",
     "7 minutes"),
    ("The school year is 3 weeks shorter at 36 weeks, against 41 weeks under the old rules.", "3 weeks"),
])
def test_duration_levels_with_a_comparative(text, target):
    assert_flag(text, "FC301", target)


@pytest.mark.parametrize("text", [
    "Ambulance waits were 5 minutes longer than a year earlier at 38 minutes, compared with 33 minutes.",
    # one duration compared, the other is not a level of the same thing
    "The sequel is 20 minutes longer than the original, which ran for 95 minutes.",
    "The rule was no longer applied after 6 months, compared with 3 months for others.",
])
def test_duration_levels_with_a_comparative_clean(text):
    assert not problems(text), [(f.rule, f.message) for f in problems(text)]


# the new level after "to close at", "to end at", "to reach": a verb of where the value stopped
@pytest.mark.parametrize("text,code,target", [
    ("Brent crude rose $3 to close at $91.40 a barrel, up from Tuesday's settlement of $86.90.", "FC301", "$3"),
    ("Daily ridership slipped 610 on Thursday to end the week at 7,402, down from 8,503.", "FC301", "610"),
    ("Shares in the miner jumped 12% to finish the day at 460p, up from 380p.", "FC203", "12%"),
    ("Membership grew by 900 to reach 12,600, from 11,200 a year earlier.", "FC301", "900"),
    ("The index fell 4.1 to stand at 96.2, compared with 101.9 in June.", "FC301", "4.1"),
    ("Copper gained $210 a tonne, closing at $9,480, up from $9,170 on Monday.", "FC301", "$210"),
    ("Shares in the bank fell 9p and ended the week at 262p, down from 283p.", "FC301", "9p"),
])
def test_new_level_after_a_verb_of_stopping(text, code, target):
    assert_flag(text, code, target)


@pytest.mark.parametrize("text", [
    "Brent crude rose $4.50 to close at $91.40 a barrel, up from Tuesday's settlement of $86.90.",
    "Daily ridership slipped 1,101 on Thursday to end the week at 7,402, down from 8,503.",
    "Shares in the miner jumped 21% to finish the day at 460p, up from 380p.",
    "Membership grew by 1,400 to reach 12,600, from 11,200 a year earlier.",
    "The index fell 5.7 to stand at 96.2, compared with 101.9 in June.",
    "Copper gained $310 a tonne, closing at $9,480, up from $9,170 on Monday.",
    "Shares in the bank fell 21p and ended the week at 262p, down from 283p.",
    # the earlier close, not the new level
    "Copper gained $310 a tonne on the week to $9,480, after closing at $9,170 last Friday.",
    # a target, not the level reached
    "Membership grew by 900 from 11,200, and the club hopes to reach 15,000 next year.",
])
def test_new_level_after_a_verb_of_stopping_clean(text):
    assert not problems(text), [(f.rule, f.message) for f in problems(text)]


# "X fell to N. That was a fall of P% on the M of last year": the share sizing a change of the
# level stated in the sentence before
@pytest.mark.parametrize("text,target", [
    ("Burglaries in the borough fell to 640 in 2023. That was a drop of 30% on the 750 recorded a year earlier.", "30%"),
    ("The charity's income rose to £4.1m last year. This represented an increase of nearly half on the £3.6m of 2022.",
     "nearly half"),
    ("Applications climbed to 18,200. That marked a rise of a quarter compared with the 16,900 received in 2021.",
     "a quarter"),
    ("Road deaths dropped to 97 last year. That was a fall of about a third against the 109 in 2022, officials said.",
     "about a third"),
    ("Fly-tipping reports rose to 5,300 in 2023. It was an increase of 40% on the 4,900 logged in 2022.", "40%"),
    ("The hospice's income fell to £2.2m. The figure represents a drop of 25% on the £2.5m it raised a year earlier.",
     "25%"),
])
def test_share_of_the_level_before(text, target):
    assert_flag(text, "FC203", target)


@pytest.mark.parametrize("text", [
    "Burglaries in the borough fell to 640 in 2023. That was a drop of 15% on the 750 recorded a year earlier.",
    "The charity's income rose to £4.1m last year. This represented an increase of nearly 14% on the £3.6m of 2022.",
    "Applications climbed to 18,200. That marked a rise of under a tenth compared with the 16,900 received in 2021.",
    "Road deaths dropped to 97 last year. That was a fall of about a ninth against the 109 in 2022, officials said.",
    "Fly-tipping reports rose to 5,300 in 2023. It was an increase of 8% on the 4,900 logged in 2022.",
    "The hospice's income fell to £2.2m. The figure represents a drop of 12% on the £2.5m it raised a year earlier.",
    # a percentage level: points or percent, left alone
    "Turnout fell to 52% in 2023. That was a fall of a third on the 61% of 2019.",
    # two levels in the sentence before: which one is meant?
    "Burglaries fell to 640 and thefts to 720 in 2023. That was a drop of 30% on the 750 recorded a year earlier.",
])
def test_share_of_the_level_before_clean(text):
    assert not problems(text), [(f.rule, f.message) for f in problems(text)]


# a headline's multiple against the lead's two levels of the measure it names
@pytest.mark.parametrize("text,target", [
    ("Demand for food parcels doubles in Swindon\nThe trust handed out 8,400 food parcels in the year to March, compared "
     "with 6,100 the year before.", "doubles"),
    ("Shoplifting triples in city centre\nPolice recorded 1,240 shoplifting offences in 2023, up from 610 in "
     "2022.", "triples"),
    ("Council tax arrears halved as pressures ease\nArrears stood at £3.9m in March, against £5.2m a year "
     "earlier.", "halved"),
    ("Parking fines double in Bath\nWardens issued 9,900 parking fines last year, against 6,800 the year "
     "before.", "double"),
    ("Cycle journeys have doubled since 2019, figures show\nCounters logged 3.1 million cycle journeys last "
     "year, compared with 2.4 million in 2019.", "doubled"),
])
def test_headline_multiple(text, target):
    assert_flag(text, "FC302", target)


@pytest.mark.parametrize("text", [
    "Demand for food parcels doubles in Swindon\nThe trust handed out 12,400 food parcels in the year to March, compared "
    "with 6,100 the year before.",
    "Shoplifting triples in city centre\nPolice recorded 1,840 shoplifting offences in 2023, up from 610 in 2022.",
    "Parking fines double in Bath\nWardens issued 13,900 parking fines last year, against 6,800 the year before.",
    "Council tax arrears halved as pressures ease\nArrears stood at £2.5m in March, against £5.2m a year earlier.",
    # a noun, not a multiple
    "Murray wins doubles title at Queen's\nHe has now won 12 titles, compared with 9 for his brother.",
    # the lead's levels are of another measure
    "Shoplifting triples in city centre\nPolice recorded 1,240 burglaries in 2023, up from 610 in 2022.",
    # the lead has a change of its own, or three figures
    "Demand for food parcels doubles in Swindon\nThe trust handed out 8,400 parcels, up 2,300 on the 6,100 of a year before.",
])
def test_headline_multiple_clean(text):
    assert not problems(text), [(f.rule, f.message) for f in problems(text)]


# Round 7: a headline's percentage change against the lead's from/to levels (no percentage of
# their own); the headline's measure named before a place or time ("Visitor numbers at Kew")
@pytest.mark.parametrize("text, target", [
    ("Cork rents rise 4%\nAverage monthly rents in Cork climbed to €1,560 in March from €1,320 a year earlier, "
     "the report found.", "4%"),
    ("Visitor numbers at Kew fall 12%\nVisitor numbers at the gardens dropped from 2.1 million in 2022 to 1.6 "
     "million last year.", "12%"),
    ("Rail fares to rise by 9%\nRail fares will go up from £4,200 to £4,450 for an annual season ticket, the "
     "operator said.", "9%"),
    ("Cork rents rise nearly 30%\nAverage monthly rents in Cork climbed to €1,560 in March from €1,320 a year "
     "earlier.", "nearly 30%"),
    ("Hospital admissions down 30 per cent\nAdmissions at the trust fell from 18,400 to 15,900 over the "
     "winter.", "30 per cent"),
])
def test_headline_percent_against_lead_levels(text, target):
    assert_flag(text, "FC203", target)


# the lead's level set against the earlier one ("X, compared with Y"), a percentage or an amount
@pytest.mark.parametrize("text, code, target", [
    ("Bus passenger numbers up 9%\nBus operators carried 412 million passengers last year, compared with 388 "
     "million the year before.", "FC203", "9%"),
    ("School meal debts soar 40%\nUnpaid school meal debts in the county reached £210,000 this year, up from "
     "£180,000 in 2022.", "FC203", "40%"),
    ("Jobless claims down 6,000\nClaims for jobseeker's allowance stood at 41,000 in May, against 49,000 a year "
     "earlier.", "FC301", "6,000"),
])
def test_headline_change_against_lead_level_and_earlier(text, code, target):
    assert_flag(text, code, target)


@pytest.mark.parametrize("text", [
    "Bus passenger numbers up 6%\nBus operators carried 412 million passengers last year, compared with 388 "
    "million the year before.",
    "School meal debts soar 17%\nUnpaid school meal debts in the county reached £210,000 this year, up from "
    "£180,000 in 2022.",
    "Jobless claims down 8,000\nClaims for jobseeker's allowance stood at 41,000 in May, against 49,000 a year "
    "earlier.",
    "Bus fares up 9%\nOperators carried 412 million passengers last year, compared with 388 million the year before.",
    # the lead's move spans more than a year
    "House prices in Sligo up 8%\nThe average price of a home in Sligo has risen to €252,000 from €160,000 since "
    "2015, the report said.",
    "House prices in Sligo up 8%\nThe average price of a home in Sligo rose from €160,000 in 2015 to €252,000 in "
    "2023, the report said.",
])
def test_headline_change_against_lead_level_and_earlier_clean(text):
    assert not problems(text), [(f.rule, f.message) for f in problems(text)]


@pytest.mark.parametrize("text", [
    "Cork rents rise 18%\nAverage monthly rents in Cork climbed to €1,560 in March from €1,320 a year earlier, "
    "the report found.",
    "Visitor numbers at Kew fall 24%\nVisitor numbers at the gardens dropped from 2.1 million in 2022 to 1.6 "
    "million last year.",
    "Rail fares to rise by 6%\nRail fares will go up from £4,200 to £4,450 for an annual season ticket, the "
    "operator said.",
    "Hospital admissions down 14 per cent\nAdmissions at the trust fell from 18,400 to 15,900 over the winter.",
    # the lead's levels are of another measure, or percentages (points or percent?)
    "Shares in Acme up 8%\nAcme's profit rose to £5.2m from £4.1m in the year to March.",
    "Jobless rate up 2%\nThe jobless rate rose from 4.1% to 6.1% in the year to May.",
    # a hedged headline figure
    "Cork rents rise almost 20%\nAverage monthly rents in Cork climbed to €1,560 in March from €1,320 a year "
    "earlier.",
])
def test_headline_percent_against_lead_levels_clean(text):
    assert not problems(text), [(f.rule, f.message) for f in problems(text)]
