"""Round 24 (r24-slip2): a figure told twice with two digits swapped, read past a narrow requirement.

* a year in what a record is set for ranks the figure and dates nothing: "sold for £236,000 ... the £263,000 price
  is a record for a car built before 1960" (``_RECORD_FOR_YEAR`` in ``_dating_years``; before, the year dated the
  second figure only and set the two apart);
* the year a thing was made told again by the same verb of making: "which opened its doors in 1874 ... since it
  opened in 1847", "Established in a Derby shed in 1996 ... since its establishment in 1969" (``_made_again`` and
  ``_MADE_LOOSELY_BEFORE`` in ``find_year_slips``; before, the verb had to stand right before "in YEAR" and the second
  had to be "the YEAR building" or "since YEAR");
* a total up to now told in the perfect and again in the next sentence with "has now": "has burned 13,600
  hectares ... which has now destroyed 16,300 hectares" (``_running_total_again`` in ``_tied`` and
  ``_told_to_now_both`` in ``_apart``; before, "now" set the two apart and nothing tied them);
* a count or a sum remarked on in a quote opening the next sentence: "raised £63,000 ... 'To raise £36,000 in one
  morning is astonishing'", "a town of 3,180 people ... 'For 3,810 residents to have ...'" (``_quoted_remark_swap``
  in ``_tied``; before, a quote was read only when it opened on its teller, "'We gave out ...", and for counts of
  three significant digits under the same noun, not people);
* precision: the first's sentence names the second's noun with a word of its own before it and the second gives it
  another ("Standard day passes cost £38 ... The £83 weekend camping pass"): two kinds of the thing, no slip
  (``_other_variety``).

Each row is a flagged text, its target, the consistent value that makes its clean twin and the rule prefix."""
from __future__ import annotations

import pytest

from tests.shapes import assert_clean, assert_flagged

RECORD = [
    # the core: a sale's price, then "the N price" that set a record for works of a period
    ("A seascape by the Cornish painter Alfred Trenow sold for £236,000 at an auction in Truro on Friday. The "
     "auctioneers said the £263,000 price was a record for a painting of his made before 1930.", "£263,000", "£236,000",
     "FC4"),
    # attribution first, "after" a year
    ("Bidders paid £318,000 for the vintage Jaguar, the auction house said. The £381,000 sum set a record for a car "
     "of the model built after 1960.", "£381,000", "£318,000", "FC4"),
    # "a new record" and "since" the year
    ("The rare stamp went under the hammer for £72,500 in London. Its £75,200 price is a new record for any stamp "
     "issued since 1900.", "£75,200", "£72,500", "FC4"),
    # the record "among" works
    ("A sculpture by Ines Varga fetched $412,000 at Tuesday's sale. The $421,000 result is a record among works she "
     "made in 1985, the saleroom said.", "$421,000", "$412,000", "FC4"),
    # a bracket after the first, written in millions
    ("The portrait sold for £1.45 million (including fees) in Edinburgh. The £1.54 million price set a record for a "
     "Scottish work painted before 1900.", "£1.54 million", "£1.45 million", "FC4"),
    # "in" a year, attribution at the end
    ("The manuscript made £56,300 at auction on Saturday. The £53,600 sum is a record for a letter written in "
     "1815, the dealers said.", "£53,600", "£56,300", "FC4"),
    # a dash before the record
    ("The 1960s guitar changed hands for $137,000 last week. The $173,000 price - a record for an instrument built "
     "before 1970 - went to a private collector.", "$173,000", "$137,000", "FC4"),
    # a clause in between
    ("A watercolour by Edith Pym, found in an attic in Kent, sold for £24,800. The £28,400 price is a record for a "
     "work of hers made after 1920, the auctioneer said.", "£28,400", "£24,800", "FC4"),
]

YEARS = [
    # the core: "opened its doors in", then "since it opened in"
    ("The Ebenezer chapel in Trefor, which opened its doors in 1874, has been sold to a local charity. Its trustees "
     "said the chapel had served the village since it opened in 1847.", "1847", "1874", "FC4"),
    # a place between the verb and the year; the noun of the verb
    ("Established in a Derby shed in 1996, Larkspur Bikes now employs 85 people. Its owner said the firm had grown "
     "every year since its establishment in 1969.", "1969", "1996", "FC4"),
    # "founded in a ... garage in", "since it was founded in"
    ("Founded in a Bristol garage in 1983, the studio has made over 40 games. Staff said it had never missed a release "
     "since it was founded in 1938.", "1938", "1983", "FC4"),
    # "built in", the second in the passive
    ("The lighthouse, built in 1791, is to be sold by the council. Keepers said the tower had guided ships since it "
     "was built in 1719.", "1719", "1791", "FC4"),
    # "established in", the second "since the school was established in"
    ("The school was established in 1862 by a local mill owner. Governors said it had taught local children since "
     "the school was established in 1826.", "1826", "1862", "FC4"),
    # "opened its doors in", a trailing clause
    ("The Regal cinema opened its doors in 1936 and closed in 1990. Campaigners said it had been loved since it "
     "opened in 1963, before the shutters came down.", "1963", "1936", "FC4"),
    # "launched in", attribution after
    ("The magazine launched in 1958, its publishers said. Readers have followed it since its launch in 1985.",
     "1985", "1958", "FC4"),
    # "completed in", the second in a quote
    ("The viaduct, completed in 1865, carries the line over the valley. 'It has stood since it was completed in "
     "1856,' an engineer said.", "1856", "1865", "FC4"),
]

RUNNING = [
    # the core: a total up to now in the perfect, then "has now" in the next sentence
    ("The moorland fire near Marsden has burned 13,600 hectares since it broke out, officials said. Some "
     "400 crews are fighting the blaze, which has now destroyed 16,300 hectares of heather.", "16,300 hectares",
     "13,600 hectares", "FC4"),
    # money raised, no attribution
    ("The appeal has raised £24,700 since it opened. Volunteers say the fund has now collected £27,400 from "
     "residents and businesses.", "£27,400", "£24,700", "FC4"),
    # a count of homes, the second in a relative clause
    ("Floodwater has damaged 1,480 homes across the valley. Engineers are checking the river, which has now flooded "
     "1,840 homes, the agency said.", "1,840", "1,480", "FC4"),
    # "have", plural subject, a hedge
    ("Rescuers have evacuated about 3,150 people from the coast. Officials said the rescuers have now moved 3,510 people to "
     "shelters inland.", "3,510", "3,150", "FC4"),
    # kilometres, a dash
    ("The oil slick has covered 2,350 square kilometres - the largest in a decade. Satellite images show it has "
     "now fouled 2,530 square kilometres.", "2,530", "2,350", "FC4"),
    # "already" in the first
    ("The drought has already killed 6,720 cattle in the region. Farmers say it has now claimed 7,620 cattle, "
     "most of them in the north.", "7,620", "6,720", "FC4"),
    # written millions, money spent
    ("The council has spent £1.35 million on the repairs. Its report says the works have now cost £1.53 million.",
     "£1.53 million", "£1.35 million", "FC4"),
    # a measure of rain, attribution after the second
    ("The storm has dumped 186mm of rain on the town. The gauge at the river has now recorded 168mm, "
     "forecasters said.", "168mm", "186mm", "FC4"),
]

QUOTE = [
    # the core: a sum raised, then a quote opening "To raise ..."
    ("The charity swim across Lake Windermere raised £63,000 for the air ambulance, organisers said. 'To raise "
     "£36,000 in one morning is astonishing,' said swimmer Tom Hale.", "£36,000", "£63,000", "FC4"),
    # a population, then "For N residents to ..."
    ("Kilbarry, a town of 3,180 people in County Cork, has lost its only bank. 'For 3,810 residents to have no cash "
     "machine is shameful,' said councillor Sean Daly.", "3,810", "3,180", "FC4"),
    # "To collect", a clause between
    ("Volunteers collected 1,560 tins of food at the weekend, the food bank said. 'To collect 1,650 tins in two "
     "days, with so few of us, is remarkable,' its manager said.", "1,650", "1,560", "FC4"),
    # "To bring in", written with a trailing attribution first
    ("According to the club, the fun run brought in £25,000 for the children's ward. 'To bring in £52,000 from a fun "
     "run is a first for us,' said the treasurer.", "£52,000", "£25,000", "FC4"),
    # "For N families to ...", the first in a bracket
    ("The estate (home to 1,470 families) has been without heating since Monday. 'For 1,740 families to go without "
     "heat in winter is unacceptable,' the tenants' group said.", "1,740", "1,470", "FC4"),
    # "To sell", a count of tickets
    ("The club sold 2,390 season tickets before the deadline. 'To sell 2,930 tickets in a fortnight shows how much "
     "fans care,' said the chairman.", "2,930", "2,390", "FC4"),
    # "To gather", signatures, a dash
    ("The petition gathered 4,620 signatures in a week - a record for the parish. 'To gather 4,260 signatures so "
     "quickly is amazing,' said the organiser.", "4,260", "4,620", "FC4"),
    # "For N pupils to ...", pupils
    ("The school has 1,350 pupils on its roll. 'For 1,530 pupils to share one hall is simply not workable,' the "
     "head teacher said.", "1,530", "1,350", "FC4"),
]

TABLE = RECORD + YEARS + RUNNING + QUOTE

CLEAN = [
    # two kinds of the thing, told apart by a word before the noun
    "Standard day passes for the Foxglove festival cost £38 this year. The £83 weekend camping pass has already "
    "sold out, organisers said.",
    "Adult day tickets cost £27 at the gate. The £72 family season ticket covers two adults and three children.",
    "Single rooms at the hotel cost £65 a night. The £56 budget room has no window, the owners admitted.",
    "Economy seats on the route start at £149. The £194 premium economy seat includes a meal.",
    "Off-peak fares to the city cost £18.40. The £14.80 super off-peak fare applies after 7pm.",
    "A basic membership costs £29 a month. The £92 platinum membership includes spa access.",
    # the year of another event told with the verb
    "The school opened in 1923. Its new science wing, built in 1932, is now to be replaced.",
    "The club was founded in 1887. It has played at its ground since it moved in 1878, historians say.",
    # a quote of another sum: an aim, a part
    "The walk raised £63,000 for the hospice. 'We hope to raise £36,000 more next year,' said the organiser.",
    "The town has 3,180 residents. 'For 3,810 more people to move here we would need a new school,' he said.",
]


@pytest.mark.parametrize("text,target,fixed,rule", TABLE)
def test_flagged(text, target, fixed, rule):
    assert_flagged(text, target, rule)


@pytest.mark.parametrize("text,target,fixed,rule", TABLE)
def test_clean_twin(text, target, fixed, rule):
    assert_clean(text.replace(target, fixed, 1))


@pytest.mark.parametrize("text", CLEAN)
def test_clean(text):
    assert_clean(text)
