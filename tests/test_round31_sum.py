"""Round 31, sums: readings learnt from a never-tuned set (be-sum), each written for its family -- variants of
other wording, numbers, order and units -- with clean twins that must stay silent."""
import pytest

from tests.shapes import assert_clean, assert_flagged

# 0. "its"/"their" before a figure, in a sentence opened by another name than the first figure's: that name's own
OWNER_CLEAN = [
    "Norway led the standings with 16 medals: eight gold, five silver and three bronze. Kenya, in third, took four golds among its 10 medals.",
    "Northgate Trust runs 14 clinics across the county. Southmead Health, its neighbour, closed two of its nine clinics last year.",
    "Acme Freight operates 240 lorries from the port. Birch Haulage, the smaller rival, keeps its 180 lorries at the inland depot.",
    "Kenya won 11 medals in all. Uganda finished with their 8 medals, three of them gold.",
    "The Rangers scored 71 goals in the league. Hibernian, runners-up, managed 12 fewer from its 38 games than the 83 goals it hit last term.",
]
OWNER_FLAG = [  # the same owner named again: a restatement that contradicts
    ("Norway led the standings with 16 medals: eight gold, five silver and three bronze. Norway took eight golds among its 15 medals.", "15"),
    ("Kenya won 11 medals in all. Kenya celebrated its 12 medals with a parade.", "12"),
]


@pytest.mark.parametrize("text", OWNER_CLEAN)
def test_owner_named_apart_is_no_restatement(text):
    assert_clean(text)


@pytest.mark.parametrize("text,target", OWNER_FLAG)
def test_owner_named_again_restates(text, target):
    assert_flagged(text, target, "FC4")


# 1. a list read as some of its total that falls exactly one digit short of it (three digits or more, not the last)
SLIP_FLAG = [
    ("The helpline took 2,416 calls. Of those, 1,302 were about bills, 804 about repairs and 210 about noise.", "2,416"),
    ("Mechanics serviced 5,730 buses in the depot's first year, of which 3,115 were double-deckers and 1,615 single-deckers.", "5,730"),
    ("Of the 1,284 complaints the regulator logged, 702 concerned billing and 482 were about late deliveries.", "1,284"),
    # (mend 31: "Inspectors visited 3,470 restaurants. 2,990 passed first time and 380 ..." moved to the clean rows
    # of tests/test_round31_sum_mend.py -- figures read to tens a round hundred short leave a rest, no slip)
    ("The registry recorded 8,650 births in the city last year. Of these, 4,110 took place at the maternity unit and 3,540 at the birth centre.", "8,650"),
]
SLIP_CLEAN = [
    "The helpline took 2,416 calls. Of those, 1,302 were about bills, 804 about repairs and 310 about noise.",
    # a cue that says the list is some only
    "The helpline took 2,416 calls, including 1,302 about bills, 804 about repairs and 210 about noise.",
    # short by an amount that is no slip of one digit
    "The helpline took 2,416 calls. Of those, 1,302 were about bills, 804 about repairs and 207 about noise.",
    # round figures: too few digits to tell a slip from a remainder
    "Mechanics serviced 5,700 buses in the depot's first year, of which 3,100 were double-deckers and 1,600 single-deckers.",
    # hedged total
    "About 1,284 complaints were logged; of those, 702 concerned billing and 482 were about late deliveries.",
    # off in the last digit only
    "Of the 1,284 complaints the regulator logged, 702 concerned billing and 581 were about late deliveries.",
    # two digits off
    "Inspectors visited 3,470 restaurants. 2,190 passed first time and 380 were told to make improvements.",
]


@pytest.mark.parametrize("text,target", SLIP_FLAG)
def test_partial_list_one_digit_short_is_flagged(text, target):
    assert_flagged(text, target, "FC104")


@pytest.mark.parametrize("text", SLIP_CLEAN)
def test_partial_list_short_otherwise_is_clean(text):
    assert_clean(text)


# 2. a count of contests and, after it in the same sentence, one figure for each of won, drawn and lost
RECORD_FLAG = [
    ("From 30 fixtures the club has won 17, drawn eight and lost six.", "30"),
    ("In 26 outings this term the Hawks have lost four, tied three and won 18.", "26"),
    ("Across 16 meetings with their old rivals the team won nine, drew four and lost four.", "16"),
    ("Harriers have 52 points from their 27 matches, having won 15, drawn seven and lost four, and lie second.", "27"),
    ("In their 31 games under the new manager they have drawn nine, lost five and won 16.", "31"),
]
RECORD_CLEAN = [
    "From 31 fixtures the club has won 17, drawn eight and lost six.",
    "Harriers have 52 points from their 26 matches, having won 15, drawn seven and lost four, and lie second.",
    "The club has won 14 and lost five of their 24 games.",
    "Rovers have played 24 games this season; last season they won 14, drew six and lost five.",
    "The coach has been in charge for 120 games, and the side have won 14, drawn six and lost five since January.",
    "In 26 outings this term the Hawks have lost four, tied three and won 19; last season they played 30.",
]


@pytest.mark.parametrize("text,target", RECORD_FLAG)
def test_record_after_its_contests_is_checked(text, target):
    assert_flagged(text, target, "FC101")


@pytest.mark.parametrize("text", RECORD_CLEAN)
def test_record_after_its_contests_clean(text):
    assert_clean(text)


# 3. two parts, the second only the first's verb denied: between them all of the whole
DENIAL_FLAG = [
    ("Of the 412 nurses balloted, 260 voted to strike and 142 did not.", "412", "FC101"),
    ("Some 88 patients were screened last month. Of those, 51 tested positive and 27 did not.", "Some 88", "FC101"),
    ("Of 340 bridges inspected by engineers, 212 met the new standard while 118 failed to.", "340", "FC101"),
    ("Of the 1,520 firms that applied, 1,130 received a grant and 290 did not, the agency said.", "1,520", "FC101"),
    ("Only 64 candidates sat the exam in March. Of them, 39 passed and 35 didn't.", "64", "FC10"),
]
DENIAL_CLEAN = [
    "Of the 412 nurses balloted, 260 voted to strike and 152 did not.",
    "Of the 412 nurses balloted, 260 voted to strike and 92 did not vote at all.",
    "Of 340 bridges inspected by engineers, 212 met the new standard while 128 failed to.",
    "Of the 1,520 firms that applied, 1,130 received a grant and 270 did not qualify.",
    "Only 64 candidates sat the exam in March. Of them, 39 passed and 21 didn't; four were absent.",
    "The survey reached 1,050 households; 615 had a smoke alarm fitted, 310 did not and the rest declined to answer.",
]


@pytest.mark.parametrize("text,target,rule", DENIAL_FLAG)
def test_part_and_its_denial_are_all(text, target, rule):
    assert_flagged(text, target, rule)


@pytest.mark.parametrize("text", DENIAL_CLEAN)
def test_part_and_its_denial_clean(text):
    assert_clean(text)


# 4. a budget whose subject is dated in an aside ("approved Tuesday", ", agreed by ministers on Friday,") still
# allocates the sums after its verb: they may not exceed it
ALLOCATION_FLAG = [
    ("The $3.6 billion transit plan approved Wednesday sets aside $1.9 billion for buses, $1.2 billion for light rail and $740 million for cycle lanes.", "$3.6 billion"),
    ("A €5.2m grant package, agreed by ministers on Friday, allocates €2.8m to rural schools, €1.9m to libraries and €0.9m to museums.", "€5.2m"),
    ("The £86m regeneration fund unveiled yesterday earmarks £41m for housing, £29m for transport and £22m for green spaces.", "£86m"),
    ("Brookfield's $640,000 arts budget, passed by the board last week, devotes $310,000 to theatre, $220,000 to music and $150,000 to galleries.", "$640,000"),
    ("The city's 1.8 billion rand housing programme, announced on Monday, will set aside R950m for new homes, R620m for repairs and R410m for land.", "1.8 billion rand"),
]
ALLOCATION_CLEAN = [
    "The $3.6 billion transit plan approved Wednesday sets aside $1.9 billion for buses, $1.2 billion for light rail and $440 million for cycle lanes.",
    "A €5.2m grant package, agreed by ministers on Friday, allocates €2.8m to rural schools, €1.9m to libraries last year and €0.9m to museums.",
    "The £86m regeneration fund unveiled yesterday earmarks £41m for housing, compared with £29m for transport last year and £22m in 2019.",
    "Brookfield's $640,000 arts budget, passed by the board last week, devotes $310,000 to theatre, up from $220,000 in 2022.",
]


@pytest.mark.parametrize("text,target", ALLOCATION_FLAG)
def test_dated_budget_allocations_may_not_exceed_it(text, target):
    assert_flagged(text, target, "FC10")


@pytest.mark.parametrize("text", ALLOCATION_CLEAN)
def test_dated_budget_allocations_clean(text):
    assert_clean(text)


# 5. a lone count, then "a further N" / "another N" / "N more" opening the next sentence and a running total confined
# to the two ("the weekend's", "the two-day", "the combined", "the day's")
RUNNING_FLAG = [
    ("The appeal raised £4,200 at the summer fete. Another £1,150 came in at the church concert, taking the combined total to £5,450.", "£5,450"),
    ("Firefighters rescued 38 people from the flooded estate on Monday night. Another 27 were lifted out on Tuesday, bringing the two-day total to 55.", "55"),
    ("The first count found 640 ballots in the red boxes. A further 315 turned up in the blue boxes, taking the combined tally to 965.", "965"),
    ("Lifeboat crews answered 212 calls in the north on Sunday. Ninety-six more came from southern stations, bringing the day's total to 318.", "318"),
    ("Stewards counted 18,420 spectators on the Saturday. A further 16,950 came through the gates on Sunday, taking the weekend's attendance to 36,370.", "36,370"),
]
RUNNING_CLEAN = [
    "The appeal raised £4,200 at the summer fete. Another £1,150 came in at the church concert, taking the combined total to £5,350.",
    "The appeal raised £4,200 at the summer fete. Another £1,150 came in at the church concert, taking the total so far to £9,450.",
    "The appeal raised £4,200 at the summer fete. Another £1,150 came in at the church concert, taking the total to £9,450.",
    "The appeal, launched in May, raised £4,200 at the fete. Another £1,150 came in on Sunday, taking the combined total to £9,350.",
    "Firefighters rescued 38 people on Monday night. Another 27 were lifted out on Tuesday, bringing the number rescued this week to 105.",
    "Police made 14 arrests at the match. A further 9 were arrested on Sunday, bringing the total to 41.",
    "Police made 14 arrests at the match. A further 9 people were arrested on Sunday, bringing the combined total for the season to 120.",
]


@pytest.mark.parametrize("text,target", RUNNING_FLAG)
def test_running_total_across_two_sentences(text, target):
    assert_flagged(text, target, "FC101")


@pytest.mark.parametrize("text", RUNNING_CLEAN)
def test_running_total_across_two_sentences_clean(text):
    assert_clean(text)


# 6. the next sentence's list closed by "all other"/"the remaining" divides the figure before even when its sentence
# also gives the level it is compared with ("down from 445,000 tonnes in 2022"); a bare figure between two measures
# of one unit in a gapped list ("152,000 tonnes, herring 78,000, haddock 41,000 and ...") is of that unit
COMPARED_FLAG = [
    ("Scottish boats landed 386,000 tonnes of fish last year, down from 401,000 tonnes in 2022. Mackerel made up 141,000 tonnes, herring 74,000, whiting 39,000 and all other species 122,000 tonnes.", "386,000 tonnes"),
    ("The port handled 9,140 cruise passengers in June, up from 8,200 a year earlier. Germans accounted for 4,210, Americans 2,960 and all other nationalities 1,870.", "9,140"),
    ("The charity spent £3.46m last year, compared with £3.1m the year before. Grants took £1.92m, wages £0.84m and the remaining £0.6m went on rent.", "£3.46m"),
    ("Exports of whisky reached 1,380 million bottles in 2023, against 1,290 million in 2022. France bought 210 million, India 190 million and the rest of the world the remaining 880 million.", "1,380 million"),
    ("Farmers harvested 2.94m tonnes of barley this summer, up from 2.71m tonnes a year ago. Spring barley accounted for 1.86m tonnes, and winter crops the remaining 0.98m tonnes.", "2.94m tonnes"),
]
COMPARED_CLEAN = [
    "Scottish boats landed 386,000 tonnes of fish last year, down from 401,000 tonnes in 2022. Mackerel made up 141,000 tonnes, herring 74,000, whiting 39,000 and all other species 132,000 tonnes.",
    "The port handled 9,140 cruise passengers in June, up from 8,200 a year earlier. Germans accounted for 4,210, Americans 3,060 and all other nationalities 1,870.",
    "The charity spent £3.46m last year, compared with £3.1m the year before. Grants took £1.62m, wages £0.84m and the remaining £0.6m went on rent.",
    "The port handled 9,140 cruise passengers in June and 8,200 in May. Germans accounted for 4,210, Americans 2,960 and all other nationalities 1,870.",
]


@pytest.mark.parametrize("text,target", COMPARED_FLAG)
def test_list_divides_figure_beside_its_comparison(text, target):
    assert_flagged(text, target, "FC101")


@pytest.mark.parametrize("text", COMPARED_CLEAN)
def test_list_divides_figure_beside_its_comparison_clean(text):
    assert_clean(text)


# 7. (dropped) a dash or colon list after ", up/down from N [time]" read as the breakdown of the level before the
# aside: test_sums.py keeps "6.2 million passengers, up from 5.8 million last year: 3.4 million on weekdays and 2.1
# million at weekends" clean, so the reading was taken out.


# 8. parts in the next sentence of a level told with the level it moved from and their own times ("fell to 1,083 last
# year from 1,147 in 2022"): the parts are the new level's
MOVED_FLAG = [
    ("Ticket sales rose to £6.4m this season from £5.9m. Season tickets contributed £4.1m, matchday sales £1.6m and hospitality £1.2m.", "£6.4m"),
    ("The county's recycling total reached 84,000 tonnes last year, from 79,000 tonnes the year before. Garden waste made up 41,000 tonnes, glass 23,000 tonnes and paper 22,000 tonnes.", "84,000 tonnes"),
    ("Hospital admissions climbed to 2,310 in January, from 1,980 in December. Flu accounted for 1,240, chest infections 710 and norovirus 420.", "2,310"),
    ("Donations to the shelter fell to $412,000 last year from $455,000 in 2022. Individuals gave $268,000, churches $97,000 and local firms $71,000.", "$412,000"),
    ("Museum visits dropped to 51,300 in the winter quarter, from 58,900 in the autumn. School parties accounted for 18,200, tour groups 9,700 and walk-in visitors 24,600.", "51,300"),
]
MOVED_CLEAN = [
    "Ticket sales rose to £6.4m this season from £5.9m. Season tickets contributed £4.1m, matchday sales £1.6m and hospitality £0.7m.",
    "Hospital admissions climbed to 2,310 in January, from 1,980 in December. Flu accounted for 1,240 and chest infections 710.",
    "Donations to the shelter fell to $412,000 last year from $455,000 in 2022. Individuals gave $268,000, churches $97,000 and local firms $47,000.",
    "Museum visits dropped to 51,300 in the winter quarter, from 58,900 in the autumn. School parties accounted for 18,200 and tour groups 9,700.",
]


@pytest.mark.parametrize("text,target", MOVED_FLAG)
def test_parts_of_level_told_with_its_old_level(text, target):
    assert_flagged(text, target, "FC10")


@pytest.mark.parametrize("text", MOVED_CLEAN)
def test_parts_of_level_told_with_its_old_level_clean(text):
    assert_clean(text)
