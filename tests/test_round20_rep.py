"""Round 20 (r20-rep): one quantity stated twice with different values.

* a way's length told by its clause and restated as "the N-unit route" when a "to" after the route opens what it
  is to do, not where it goes ("Rangers expect the 21km route to attract walkers": ``_infinitive_after`` in
  ``find_measure_restatements`` and ``_route_of_way``);
* a sum or a measure brought in with "a"/"an" and restated two digits swapped as "the" NOUN a sentence or two
  later under any noun ("agreed a £2.4m grant ... the £4.2m award": ``_introduced_swap`` in
  transpositions ``_tied``);
* those a clause sends to hospital restated as "the/all N patients" ("Eleven people were taken to hospital ... all
  13 patients": ``_taken_to_hospital`` in ``_refers``);
* a venue's capacity given by a holding verb and restated as "the N-capacity/N-seat VENUE", or the other way round
  ("The stadium, which holds 32,500, ... the 35,200-capacity ground": ``find_capacity_restatements``);
* an exact figure of the lead (five significant digits or more) given again further down a slip apart, or rounded
  to a scale word with two digits swapped, in a sentence naming a label the lead's sentence names ("the Band D
  charge to £1,955.33 ... a Band D home will hand over £1,995.33": ``_labelled_exact_slip``, ``_rounded_as``).

Each row is a flagged text, its target, the consistent value that makes its clean twin, the rule prefix and the
publication date."""
from __future__ import annotations

import pytest

from tests.shapes import assert_clean, assert_flagged

ROUTE_INFINITIVE = [
    # the core: "is N long", then "expect the N route to VERB"
    ("The riverside path is 14km long and opened in April. Planners expect the 41km route to draw 20,000 "
     "cyclists a year.", "41km", "14km"),
    # "runs for", who says so
    ("The greenway runs for 18 miles along the old railway, the council said. Officials want the 81-mile route "
     "to become a national trail.", "81-mile", "18-mile"),
    # "to be" after the route, whatever the verb before
    ("The new cycleway is 9.5km long. Engineers say the 5.9km route to be resurfaced next year will stay open.",
     "5.9km", "9.5km"),
    # a written number first
    ("The coastal path is twelve miles long. Rangers expect the 21-mile route to attract more walkers this "
     "summer.", "21-mile", "12-mile"),
    # a dash around the length
    ("The towpath - 16km long - links two villages. Volunteers helped the 61km route to win a national award.",
     "61km", "16km"),
    # a hedge on the first
    ("The footpath is about 7km long. Walking groups want the 17km route to stay free of cyclists.", "17km",
     "7km"),
    # a year in the first sentence
    ("The bypass, opened in 2024, is 6 miles long. Ministers expected the 9-mile route to cut journey times.",
     "9-mile", "6-mile"),
    # "enable", a trailing clause
    ("The new tram line is 11km long. Funding will enable the 14km route to carry 9,000 passengers a day, the "
     "mayor said.", "14km", "11km"),
]

INTRODUCED_SWAP = [
    # the core: "won a £N grant ... the £M award" (two nouns of sums that are other things elsewhere)
    ("The trust has won a £3.6m grant to repair the old mill. Trustees said the £6.3m award would secure the "
     "building.", "£6.3m", "£3.6m"),
    # another currency, who says so after the first
    ("The ministry signed a $1.75bn contract for the jets, officials said. The $1.57bn fee covers ten years of "
     "maintenance.", "$1.57bn", "$1.75bn"),
    # a measure, a possessive before the verb of saying
    ("The firm won a 1.25-acre plot in the auction. Its architects say the 2.15-acre site will hold 40 homes.",
     "2.15-acre", "1.25-acre"),
    # the scale word spelt out, a day after the first
    ("The hospice received a £1.8 million donation on Monday. Staff said the £8.1 million grant would pay for a "
     "new ward.", "£8.1 million", "£1.8 million"),
    # a dash after the first
    ("The city agreed a €4.6m contract - its largest this year. Critics said the €6.4m bid was rushed.",
     "€6.4m", "€4.6m"),
    # brackets after the first
    ("A £12.5m award (the biggest in decades) went to the college. The £15.2m grant will be spent over two "
     "years.", "£15.2m", "£12.5m"),
    # a colon before the first, the second two sentences on
    ("The verdict: a £2.7m settlement for the family. The firm has 28 days to appeal. Lawyers said the £7.2m "
     "award would be paid in full.", "£7.2m", "£2.7m"),
    # a hedge in the first
    ("The club agreed an estimated £3.4m fee with Ajax. The £4.3m contract makes him the club's record signing.",
     "£4.3m", "£3.4m"),
]

HOSPITAL = [
    # the core: "were taken to hospital ... all N patients"
    ("Nine passengers were rushed to hospital after a bus crashed in Leeds. All 19 patients were later "
     "discharged, the trust said.", "19", "nine"),
    # the figure after the verb: "took N people to hospital"
    ("Crews took six people to hospital after the fire on Monday. The 16 patients were said to be stable.",
     "16", "six"),
    # "needed hospital treatment", who says so first
    ("Fourteen workers needed hospital treatment after a gas leak at the plant. A spokesman said all 41 patients "
     "had been released.", "41", "14"),
    # "hospitalised", a year
    ("Seven pupils were hospitalised after eating berries on a school trip in 2024. The eight patients "
     "recovered fully.", "eight", "seven"),
    # a named hospital
    ("Twelve people were taken to the Royal Infirmary after the crash. All 23 patients had minor injuries.",
     "23", "12"),
    # a hedge
    ("About 30 people were treated in hospital after the storm. Doctors said the 40 patients were mostly "
     "elderly.", "40", "30"),
    # "airlifted", digits
    ("Paramedics airlifted three climbers to hospital on Saturday. The four patients are in a stable condition.",
     "four", "three"),
    # a written number first, a trailing clause
    ("Five fans were taken to hospital after a crush at the ground, police said. All eight patients have been "
     "discharged.", "eight", "five"),
]

CAPACITY = [
    # the core: "which holds N" ... "the M-capacity ground" (another count between)
    ("The stadium, which holds 26,400, has sold out every game this season. A crowd of 25,980 filled the "
     "24,600-capacity ground on Sunday.", "24,600-capacity", "26,400-capacity"),
    # "seats", the venue under "venue"
    ("The arena seats 12,000 and hosts 80 concerts a year. Promoters sold out the 21,000-seat venue in an hour.",
     "21,000-seat", "12,000-seat"),
    # the other way round: the modifier first, "The ground, which holds" after
    ("Rovers play at a 9,500-capacity ground on the edge of town. The ground, which holds 5,900, is owned by the "
     "council.", "5,900", "9,500"),
    # "has a capacity of", who says so
    ("The theatre has a capacity of 1,450, the trust said. Tickets for the 1,540-capacity theatre sold quickly.",
     "1,540-capacity", "1,450-capacity"),
    # "can hold N people"
    ("The new hall can hold 800 people. Organisers say the 900-capacity hall suits small concerts.",
     "900-capacity", "800-capacity"),
    # a hedge, a day before the second
    ("The stadium holds about 40,000 fans. On Saturday the 52,000-seat stadium was full.", "52,000-seat",
     "40,000-seat"),
    # dashes around the first
    ("The venue - which can hold 2,500 - opened in May. Fans filled the 5,200-capacity venue for the final.",
     "5,200-capacity", "2,500-capacity"),
    # "with room for", the venue after the figure
    ("With room for 18,000 spectators, the arena is the city's largest. The 16,000-seat arena hosts the finals in "
     "June.", "16,000-seat", "18,000-seat"),
    # both to come, a year with the first
    ("The new ground will hold 41,000 fans when it opens in 2028. Planning papers show the 14,000-capacity stadium "
     "will cost £300m.", "14,000-capacity", "41,000-capacity"),
]

EXACT_SLIP = [
    # the core: the lead's exact charge, one digit changed in a later sentence naming the same band
    ("Band D bills in Hexley will rise to £2,104.56 from April. The council approved the budget by 30 votes to 12. "
     "Reserves stand at £18m. Opposition leader Joan Pike said a Band D household would pay £2,184.56, a rise she "
     "called unfair.", "£2,184.56", "£2,104.56"),
    # two digits swapped, in a quote
    ("Council tax for a Band C home in Morley will be £1,734.21 from April. Councillors backed the rise by 41 votes "
     "to nine. \"Families in Band C will pay £1,743.21 and get less for it,\" the Green leader said.",
     "£1,743.21", "£1,734.21"),
    # a count, the place named in both
    ("Passenger numbers at Kestrel Airport came to 3,418,250 over the 12 months, its owner said. Long-haul routes "
     "grew fastest. Chief executive Sam Reid said: \"Welcoming 3,481,250 passengers through Kestrel shows demand is "
     "back.\"", "3,481,250", "3,418,250"),
    # rounded to a scale word, two digits of the rounding swapped (a measure)
    ("The harbour at Ferrow handled 2,371,400 tonnes of cargo over the season, the trust said. Grain made up most "
     "of it. Its chairman said: \"Moving 2.73 million tonnes through Ferrow is a record for us.\"",
     "2.73 million", "2.37 million"),
    # rounded (1,258,900 is 1.26 million), a count with no noun in the lead
    ("Ticket sales for the Moorfield festival reached 1,258,900 over ten days, organisers said. The event ended on "
     "Sunday. \"Selling 1.62 million tickets at Moorfield shows the appetite for live music,\" its director said.",
     "1.62 million", "1.26 million"),
    # a sum in pence, "on average"
    ("Water bills in the Tarrow region will average £512.37 a year from April, the regulator said. Tarrow Water had "
     "asked for more. A spokesman said customers in Tarrow would pay £521.37 on average.", "£521.37", "£512.37"),
    # dashes around the first
    ("The average Band B charge in Elmsby - £1,402.88 - will take effect in April. Pensioners have protested. A "
     "leaflet told Band B residents they would owe £1,420.88.", "£1,420.88", "£1,402.88"),
]

TABLE = ([(t, tg, fx, "FC404", None) for t, tg, fx in ROUTE_INFINITIVE]
         # (round 56: a grant restated as "the award" is read by the restatement finder first, FC402; either code)
         + [(t, tg, fx, "FC40", None) for t, tg, fx in INTRODUCED_SWAP]
         + [(t, tg, fx, "FC40", None) for t, tg, fx in HOSPITAL]
         + [(t, tg, fx, "FC402", None) for t, tg, fx in CAPACITY]
         + [(t, tg, fx, "FC40", None) for t, tg, fx in EXACT_SLIP])

# readings these fixes must leave alone
APART = [
    # a journey: "the route to Hull"
    "The bypass is 6 miles long. Drivers expect the 9-mile route to Hull to be quicker.",
    # another sum of that unit between: which one?
    "The council agreed a £2.4m grant and a £1.2m loan for the lido. The £4.2m award will reopen the pool.",
    # a phrase after the second says which one
    "The council agreed a £2.4m grant for the lido. The £4.2m award for the museum came later.",
    # said to be another
    "The council agreed a £2.4m grant for the lido. A separate £4.2m award went to the museum.",
    # the patients are others
    "Eleven people were taken to hospital after the crash. The hospital has 130 patients on its wards.",
    "Four people were taken to hospital. The 12 other patients were treated at the scene.",
    # another place, a capacity changed or to come, seats won
    "The stadium holds 32,500. The club's 3,500-capacity training ground opens in May.",
    "The stadium holds 32,500. Plans would take the 35,200-capacity ground to 40,000.",
    "The ground holds 12,000. After the new stand opened, the 15,000-capacity ground sold out.",
    "The ground holds 12,000. The club will build the 15,000-capacity ground it needs.",
    "Labour held 320 seats. The 650-seat chamber was full for the vote.",
    "The arena holds 12,000. The 21,000-seat stadium across the river is bigger.",
    # another band, no label shared, a figure of last year, a move
    "Band D bills in Hexley will rise to £2,104.56 from April. A Band E household will pay £2,184.56.",
    "Bills in Hexley will rise to £2,104.56 from April. The council approved the budget. Families would pay "
    "£2,184.56 under the rival plan.",
    "Kestrel Airport handled 3,418,250 passengers over the 12 months. In 2019, Kestrel saw 3,481,250 passengers.",
    "The harbour at Ferrow handled 2,371,400 tonnes over the season. Volumes at Ferrow rose to 2.73 million tonnes "
    "in the final week's projection.",
]


@pytest.mark.parametrize("text,target,fixed,rule,published", TABLE)
def test_flagged(text, target, fixed, rule, published):
    assert_flagged(text, target, rule, published)


@pytest.mark.parametrize("text,target,fixed,rule,published", TABLE)
def test_clean_twin(text, target, fixed, rule, published):
    assert_clean(text.replace(target, fixed, 1), published)


@pytest.mark.parametrize("text", APART)
def test_apart_clean(text):
    assert_clean(text)
