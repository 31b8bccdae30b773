"""Round 30, mending the false alarms a reviewer found on branch r30-repeat: each new reading narrowed to the
shape its docstring names (clean rows in our own words after the reviewer's shapes), with the flag rows it was
built for that still flag."""
import pytest

from tests.shapes import assert_clean, assert_flagged

# -- 1. a move's size, then "The N rise" (restated_changes): only opening the next sentence, a verb right after,
# no time word in its sentence
CHANGE_SIZE_FLAGGED = [
    ("Sewerage charges to rise by £18\nThe £24 increase will take the typical charge to £410, the company said.", "£24"),
    ("Gym fees were cut by £6 to £29 by the new owners. That £9 cut was welcomed by members.", "£9"),
    ("Season tickets will go up by 7% after the promotion. The 9% rise is the club's first in years.", "9%"),
    # a reported clause before it
    ("Gas prices will go up by 8% from October, the supplier said. Consumer groups said the 11% rise would push "
     "families into debt.", "11%"),
]
CHANGE_SIZE_CLEAN = [
    # another day
    "Shares in Greywell Dairies dropped by 15p to 210p on Wednesday. The 40p drop on Monday had already hurt.",
    # a period since, over, each
    "Food prices climbed by 0.6% in April, statisticians said. The 7% rise since October is the sharpest in years.",
    "Council rents will increase by £96 a year. The £8 increase each month will fall on pensioners hardest.",
    "Cinema tickets will rise by 50p to £9.50 in May. The £2 increase over four years has cost the chain viewers.",
    # another firm, a part, a subgroup
    "Shares in Pell Shipping fell by 6% on Friday. The 11% fall at rival Morrow Lines was even sharper.",
    "The choir's numbers grew by 240 last year. The 90 rise among teenagers was the largest of any group.",
    "Turnover fell by 4% in the spring. The 7% drop at its shops in Wales was the worst.",
    # agreed elsewhere, under a scheme, a relative clause, a quote, another earlier one
    "Ferry fares will rise by 3.5% in June. The 2% increase agreed with the union covers crew wages.",
    "Heating bills will fall by £90 from October. The £300 cut under the winter scheme ended in April.",
    "House prices in the town rose by 6% last year. \"The 12% rise we recorded in the old quarter is a bubble,\" an agent said.",
    "Parking will cost £1 more at £6 next year. Drivers said the £2 rise the council imposed in 2021 still rankled.",
    "Visitors to the zoo rose by 9,000 to 240,000. This 30,000 increase over five years follows the new aviary.",
    "Tram fares will rise by 10p to £1.90 in July. The 20p increase on day passes comes in August.",
    "Tuition will go up by £250 next year. Students said the £400 rise they faced earlier was worse.",
    "Gas prices will go up by 8% from October. Consumer groups said the 11% rise in standing charges would hurt.",
]


@pytest.mark.parametrize("text,target", CHANGE_SIZE_FLAGGED)
def test_change_size_still_flagged(text, target):
    assert_flagged(text, target, "FC40")


@pytest.mark.parametrize("text", CHANGE_SIZE_CLEAN)
def test_change_size_narrowed(text):
    assert_clean(text)


# -- 2. a distance travelled, then "The N-unit journey" (restated_events.find_journey_restatements)
JOURNEY_FLAGGED = [
    ("The lorry convoy drove 1,100km to reach the flooded valley. The 1,400km trip took two days.", "1,400km"),
]
JOURNEY_CLEAN = [
    "The rowers crossed 3,000 miles from Tenerife to Antigua. The 700-mile stretch, the roughest leg, took nine days.",
    "He has run 9,000 miles since joining the club. The 50-mile run on Sunday is his longest so far.",
    "The balloonists flew 2,500km over a fortnight. The 600km flight on the final day was the longest.",
    "The pilgrims walked 15 miles a day. The 300-mile walk ended at the cathedral in June.",
    "The craft has travelled 2.1 billion km since take-off. The 900 million km journey still ahead will take years.",
    "The couple drove 500km on the first day. The 1,800km journey took them from Lyon to Warsaw.",
    "Marchers walked 30 miles through the night. The 10-mile walk for families set off at noon.",
]


@pytest.mark.parametrize("text,target", JOURNEY_FLAGGED)
def test_journey_still_flagged(text, target):
    assert_flagged(text, target, "FC40")


@pytest.mark.parametrize("text", JOURNEY_CLEAN)
def test_journey_narrowed(text):
    assert_clean(text)


# -- 3. an event's length as a modifier, then "The N-day event" (restated_events.find_event_length_restatements)
EVENT_LENGTH_FLAGGED = [
    ("The nine-day book festival has returned to Wigtown. The 11-day event is the largest in its history.",
     "11-day"),
]
EVENT_LENGTH_CLEAN = [
    "The 14-day music festival opens in Ludlow on Saturday. The two-day event, meant for schools, closes it.",
    "The five-day medical congress ends on Wednesday. Doctors will gather again for the two-day event next autumn.",
    "The 10-day championship starts in Oslo on Monday. The three-day event that follows it is for under-16s.",
    "Organisers of the four-day craft fair expect 9,000 visitors. The one-day event they held in its first year drew 700.",
    "The eight-day film festival ends on Sunday. This three-day event, the market strand, is for buyers only.",
]


@pytest.mark.parametrize("text,target", EVENT_LENGTH_FLAGGED)
def test_event_length_still_flagged(text, target):
    assert_flagged(text, target, "FC40")


@pytest.mark.parametrize("text", EVENT_LENGTH_CLEAN)
def test_event_length_narrowed(text):
    assert_clean(text)


# -- 4. a verb's noun in -ation, -ure, -ement (restatements._event_noun_apart): not past a time or place the second
# names and the first lacks
EVENT_NOUN_FLAGGED = [
    ("The ferry line cancelled 60 sailings because of the gale. Passengers were furious about the 75 cancellations.",
     "75"),
]
EVENT_NOUN_CLEAN = [
    "The carrier cancelled 90 flights on Thursday. The 60 cancellations on Friday were blamed on the same walkout.",
    "The agency deported 200 people last month. The 2,400 deportations so far this year set a record.",
    "The county closed 12 museums in the autumn. The 30 closures over the past decade have angered visitors.",
    "The league registered 55 new coaches in March. The 14 registrations from abroad needed checks.",
]


@pytest.mark.parametrize("text,target", EVENT_NOUN_FLAGGED)
def test_event_noun_still_flagged(text, target):
    assert_flagged(text, target, "FC40")


@pytest.mark.parametrize("text", EVENT_NOUN_CLEAN)
def test_event_noun_narrowed(text):
    assert_clean(text)


# -- 5. ages: no word in -ed or -ly read as the verb after "the N-year-old"; not past a group to an accused
AGE_CLEAN = [
    "Ravi Patel, 50, was thanked by the coroner. The 33-year-old family doctor who found him was also thanked.",
    "Luis Moreno, 27, scored for the hosts. The 30-year-old Italy defender Paolo Conti equalised.",
    "Ana Cruz, 36, finished third, urged on by fans. The 24-year-old Red Bull rider Jon Sato took the title.",
    "Helen Shaw, 44, watched from the public gallery. The 20-year-old admitted causing death by dangerous driving.",
    "Colin Reid, 58, was visited by colleagues in hospital. The 18-year-old accused of attacking him will appear in court.",
]


@pytest.mark.parametrize("text", AGE_CLEAN)
def test_age_narrowed(text):
    assert_clean(text)


# -- 6. a single quotation mark opens a definite restatement only before "this", and "this" sets its figure against
# one told with a time of its own
DEFINITE_QUOTE_FLAGGED = [
    ("The city will spend $22 million on a new sports hall, officials said on Monday. 'This $12 million investment "
     "will serve us for decades,' the mayor said.", "$12 million"),
]
DEFINITE_QUOTE_CLEAN = [
    "The clinic saw 60 patients after the derailment. 'The 15 patients we treated first were the worst hurt,' a doctor said.",
    "The food bank handed out 4,000 boxes last winter. ‘The 900 boxes we took round at Christmas were the hardest,’ a helper said.",
    "Police held 16 fans at the derby. 'The 4 arrests inside the stadium were for flares,' an officer said.",
    "The club was fined £15,000 in 2021 over its fans. 'The £30,000 fine is harsher,' the chairman said.",
    "The lender was fined £3m in 2018 for similar failings. \"This £9m penalty shows patience has run out,\" a lawyer said.",
    "The rival bus firm won a £5m contract in April. This £7m contract is the council's first with Metroline.",
    "Two seasons ago the club was fined £25,000 for crowd trouble. 'This £40,000 fine is harsher,' the owner said.",
]


@pytest.mark.parametrize("text,target", DEFINITE_QUOTE_FLAGGED)
def test_definite_quote_still_flagged(text, target):
    assert_flagged(text, target, "FC40")


@pytest.mark.parametrize("text", DEFINITE_QUOTE_CLEAN)
def test_definite_quote_narrowed(text):
    assert_clean(text)


# -- 7. an investment years ago, or one now planned, is another sum (restatements.invested_apart)
INVESTED_CLEAN = [
    "The company invested £30m in the factory six years ago. The £50m investment it is now planning would add a line.",
    "The board put £10m into the mill in 2015. The £18m investment now planned would modernise it.",
]


@pytest.mark.parametrize("text", INVESTED_CLEAN)
def test_invested_narrowed(text):
    assert_clean(text)
