"""Round 32 review of the restatement readings: ordinary text each reading must leave silent (the false alarms
found in review, in the reviewer's own words), grouped by reading."""
import pytest

from tests.shapes import assert_clean

PUBLISHED = "2024-05-01"

# "The N colleagues/co-workers" after a count of people: as often the first's colleagues as the first themselves
# (reading removed)
RELATION_CLEAN = [
    "Eleven nurses at the hospice won a £1m lottery jackpot. The 12 colleagues had each paid £2.",
    "Eleven nurses at the hospice won a £1m jackpot last week. The 20 colleagues now plan to keep working.",
    "Eleven nurses won a jackpot. The 30 colleagues are delighted for the winners.",
    "Eleven nurses won a jackpot. The 30 colleagues said they were pleased.",
    "Four firefighters were injured in the blaze. The 20 colleagues also fought the fire.",
    "Four firefighters were injured in the blaze. The 20 colleagues praised their courage.",
    "Three miners were trapped underground for two days. The 40 colleagues rescued the men on Friday.",
    "Two teachers won national awards. The 60 colleagues held a celebration.",
    "Seven doctors resigned from the practice. The 12 colleagues remain.",
]

# a pay rise's percentage against "the N% offer/deal" turned down, taken back, earlier, never made, or one part
PAY_CLEAN = [
    "Nurses in England will get a 5% pay rise this year. Unions had rejected the 3% offer.",
    "Nurses in England will get a 5% pay rise this year, up from an earlier offer. Unions rejected the 3% offer.",
    "Nurses will get a 5% pay rise this year. The 3% offer was rejected.",
    "Nurses will get a 5% pay rise this year. The 3% offer had been rejected by members.",
    "Teachers will get a 6.5% pay rise from September. The 4% uplift is on top of a 2% bonus.",
    "Train drivers accepted a 4% pay offer. The 9% deal would have matched inflation.",
    "Train drivers accepted a 4% pay offer. The RMT rejected the 9% deal.",
    "Postal workers accepted a 3% pay rise. The Royal Mail said the 4% deal had been turned down twice.",
    "Cleaners at the council will get a 6% pay rise. The 8% settlement was withdrawn after the election.",
]

# "the N extra/additional NOUN" after a count told as added: a set of its own (a phrase, a clause with its own
# subject, a participle with its own phrase), another time, or one that never was
EXTRA_CLEAN = [
    "The trust will add 120 beds this winter. The 60 extra beds for children will open in March.",
    "The trust will add 120 beds this winter. Of those, the 60 extra beds for children will open in March.",
    "The school will take on 30 more pupils in September. Last year, the 45 extra pupils were housed in portable "
    "classrooms.",
    "Police will deploy 200 more officers in the city centre over Christmas. The 300 extra officers sent to Leeds in "
    "the summer cost £1m.",
    "The hospital will add 40 beds. The 60 extra beds the union wants would need 100 more nurses.",
    "The park will add 200 parking spaces. The 300 extra spaces would have been needed, campaigners said.",
    "Ryanair is adding 14 aircraft to its fleet. The 20 additional aircraft Boeing owes the airline are late.",
    "The airport will add 12 gates. The 20 extra gates Heathrow wants face a public inquiry.",
    "The zoo is adding 30 enclosures. The 45 extra enclosures would have needed planning permission.",
]

# a delay told by "by" against "the N-hour delay": an update, a part of the whole, another thing's delay by a second
# "on" phrase or a phrase before the cause
DELAY_CLEAN = [
    "The bridge reopening was delayed by eight months in March. The council now blames the 12-month delay on the "
    "contractor.",
    "The hospital was delayed by two years. The 30-month delay, as it has since become, was blamed on asbestos.",
    "Most flights were delayed by two hours. Airline bosses blamed the five-hour delay on fog.",
    "Northern trains were delayed by 20 minutes. The company blamed the 45-minute delay on its TransPennine service "
    "on a fault.",
    "The flight was delayed by six hours. The pilot blamed the one-hour delay before take-off on a late crew.",
    "Trains were delayed by up to 90 minutes. The operator blamed the two-hour delay on the 18:05 on a broken rail.",
]

# a weekday against "next week": not with a year the first lacks, nor told as past
WEEK_CLEAN = [
    "Teachers will strike for two days next week. The three-day strike began on Monday in 2022.",
    "Teachers will strike for two days next week. The three-day strike began on Monday.",
]

MEND_CLEAN = RELATION_CLEAN + PAY_CLEAN + EXTRA_CLEAN + DELAY_CLEAN + WEEK_CLEAN


@pytest.mark.parametrize("text", MEND_CLEAN)
def test_review_clean(text):
    assert_clean(text, PUBLISHED)
