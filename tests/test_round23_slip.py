"""Round 23 (r23-slip): a figure restated with two digits swapped, read past a narrow requirement.

* a figure told as a bound ("priced from £85", "start at £12.50", "up to 240 kg") is the mark a later "the £58
  minimum" / "the 420kg limit" restates: the mark noun need not stand in the first's sentence
  (``_bound_as_mark`` in ``_apart``; before, any mark noun the first's sentence lacked set the two apart);
* "still" before any past verb is concession, not time gone by ("and still ran short", ``_SINCE``);
* a count told in one sentence and quoted in the next under the same noun, with no article ("'We gave out 4,600
  parcels ...,' she said", ``_quoted_swap``; before, a second with no determiner was tied only with four
  significant digits);
* a share of a group with no noun of its own ("38.4% of registered voters cast a ballot") restated as "the" share
  under a bare noun ("the 34.8% turnout", ``_share_named``; before, only a rate/level/change noun was);
* the year a thing has been "since", earlier than the year its verb says it was made, with two digits swapped or
  one changed ("founded in 1874 ... had brewed in the town since 1847", ``_since_before_made`` in
  ``find_year_slips``; before, only "the 1847 building" restated it);
* (restatements, ``another_person``) an age's holder described in an aside of several words (", a tram driver from
  Salford,", ``_appositive_head``; before, only ", a teacher,") or identified by "named/identified/described/confirmed
  as the man" is no one else.

Each row is a flagged text, its target, the consistent value that makes its clean twin and the rule prefix."""
from __future__ import annotations

import pytest

from tests.shapes import assert_clean, assert_flagged

BOUND = [
    # the core: a price told from its floor, restated as "the minimum"
    ("Seats for the gala go on sale on Monday, priced from £85 each. Critics attacked the £58 minimum as too high.",
     "£58", "£85", "FC4"),
    # "start at", the bound as its own verb
    ("Fares on the new coastal route start at £12.50. Passengers criticised the £15.20 minimum in a survey.",
     "£15.20", "£12.50", "FC4"),
    # attribution and a trailing clause after the second
    ("Tickets for the final cost from £94, the club said. Supporters' groups called the £49 minimum unfair, "
     "saying many fans could not afford it.", "£49", "£94", "FC4"),
    # an upper bound restated as "the limit" (the unit repeated)
    ("The new lift can carry up to 240kg at a time. Engineers said the 420kg limit had been tested twice.",
     "420kg", "240kg", "FC4"),
    # "a maximum of", restated as "the cap", a clause in between
    ("Under the scheme, households can claim a maximum of £360, officials said on Tuesday. Charities, which had "
     "lobbied for months, said the £630 cap was still too low.", "£630", "£360", "FC4"),
    # "as little as", dash before the second
    ("Rooms at the hostel cost as little as £27 a night. That is the draw \u2013 the £72 minimum is the lowest in "
     "the city.", "£72", "£27", "FC4"),
    # "at least", the second in the next-but-one sentence
    ("Each bidder must put down at least £540. The auction opens at noon. Several dealers complained about the "
     "£450 minimum.", "£450", "£540", "FC4"),
    # "no more than", brackets after the second
    ("Hand luggage may weigh no more than 18kg on the new routes. The 81kg limit (set by the regulator) applies "
     "to every carrier.", "81kg", "18kg", "FC4"),
    # "starting from", a hedge before the first
    ("Memberships are available starting from \u00a3365 a year. The gym defended the \u00a3356 minimum, citing "
     "energy costs.", "\u00a3356", "\u00a3365", "FC4"),
]

QUOTED = [
    # the core: a count told, then quoted with no article under the same noun
    ("The food bank handed out 6,400 parcels in March, its busiest month yet. 'We gave out 4,600 parcels that "
     "month and still ran short,' said manager Tess Orme.", "4,600", "6,400", "FC4"),
    # double quotes, the speaker before the quote
    ("Volunteers planted 3,850 trees along the river last winter. Organiser Dev Lal said: \"We put in 3,580 trees "
     "and every one was watered by hand.\"", "3,580", "3,850", "FC4"),
    # curly quotes, the attribution after
    ("The shelter rehomed 1,270 dogs during 2023. \u201cWe found homes for 1,720 dogs, more than ever,\u201d its "
     "director said.", "1,720", "1,270", "FC4"),
    # another verb, the noun plural with a qualifier before it
    ("Marshals counted 2,460 cyclists on the closed roads. 'There were 2,640 cyclists out there in the sun,' "
     "said one.", "2,640", "2,460", "FC4"),
    # the noun before a place phrase
    ("Engineers replaced 570 streetlights in the old town. 'We swapped 750 streetlights across the old town,' "
     "a council spokesman said.", "750", "570", "FC4"),
    # a hedge on the first
    ("Around 8,200 runners crossed the line on Sunday. 'We saw 2,800 runners finish in that heat, which was "
     "amazing,' said the race director.", "2,800", "8,200", "FC4"),
    # the quote opens mid-sentence after a colon
    ("The club sold 4,150 season tickets over the summer. Its chairman was blunt: 'We sold 4,510 season tickets, "
     "a club record.'", "4,510", "4,150", "FC4"),
    # the first in a paragraph break
    ("Hospital staff vaccinated 1,380 patients at the weekend clinic.\n\n'We vaccinated 1,830 patients in two "
     "days,' said the lead nurse.", "1,830", "1,380", "FC4"),
]

SHARE = [
    # the core: a share of a group, then "the N% turnout"
    ("Only 41.7% of registered voters cast a ballot in the council by-election. Candidates blamed the weather "
     "for the 47.1% turnout.", "47.1%", "41.7%", "FC4"),
    # "per cent" written out, attribution
    ("Just 62.5 per cent of pupils passed the new test, the exam board said. Heads said the 65.2 per cent "
     "pass rate, the lowest on record, was a worry.", "65.2 per cent", "62.5 per cent", "FC4"),
    # the second in the sentence after next
    ("Some 38.2% of households recycled their food waste last year. The scheme began in 2019. Officials hailed "
     "the 32.8% uptake, the best yet.", "32.8%", "38.2%", "FC4"),
    # a dash after the second
    ("A total of 73.4% of members took part in the strike ballot. The union said the 74.3% turnout \u2013 well above the "
     "legal bar \u2013 gave it a clear mandate.", "74.3%", "73.4%", "FC4"),
    # the second opens its sentence
    ("Roughly 56.1% of eligible adults took up the offer. The 51.6% take-up disappointed ministers.",
     "51.6%", "56.1%", "FC4"),
    # a clause between figure and verb in the first
    ("Only 29.4% of tenants, according to the survey, returned the form. The landlord said the 24.9% response "
     "was disappointing.", "24.9%", "29.4%", "FC4"),
    # the noun hyphenated
    ("A mere 18.6% of shareholders took part in the poll on the motion. Analysts said the 16.8% turnout showed apathy.",
     "16.8%", "18.6%", "FC4"),
    # "of them" readers, attribution first
    ("Officials said 87.3% of passengers were satisfied with the service. Managers welcomed the 83.7% rating, "
     "the best in the region.", "83.7%", "87.3%", "FC4"),
]

SINCE = [
    # the core: a founding year, then "since" an earlier year with two digits swapped, "it" pointing back
    ("The bakery, founded in 1863 by a miller's widow, will close its doors in the spring. Regulars said it had fed "
     "the village since 1836.", "1836", "1863", "FC4"),
    # the quoted form: "Since YEAR" opening a quote, "our" pointing back
    ("Kelby Town, formed in 1931, will leave their ground at the end of the season. \"Since 1913 this pitch has "
     "been our home,\" the chairman said.", "1913", "1931", "FC4"),
    # "established", the noun's stem in the second ("brewery" ... "brewing")
    ("The brewery, established in 1874, was sold to a rival group on Monday. Brewing had gone on at the riverside "
     "site since 1847, the buyers noted.", "1847", "1874", "FC4"),
    # "built", the second in the sentence after next
    ("The pier, built in 1891, is to be repaired. Work starts in May. Visitors have strolled along it since 1819.",
     "1819", "1891", "FC4"),
    # one digit changed, "ever since"
    ("The choir, founded in 1952, sang its last concert on Saturday. Members said it had performed at the abbey "
     "ever since 1932.", "1932", "1952", "FC4"),
    # "opened", a name between and a dash
    ("The cinema opened in 1938 with a silent film. Owner Ruth Gale – whose family has run it since 1839 "
     "– wants to sell.", "1839", "1938", "FC4"),
    # "set up", the company restated as its kind ("the firm")
    ("Harlow Print, set up in 1968, has gone into administration. The firm had printed the town's paper since "
     "1698.", "1698", "1968", "FC4"),
    # "launched", "their" pointing back
    ("The festival was launched in 1975 by a group of teachers. Organisers said their volunteers had run it since "
     "1957.", "1957", "1975", "FC4"),
]

AGE = [
    # the core: a name, an age and an aside of several words describing the holder, then "named as the woman"
    ("Priya Shah, 47, a school bus driver from Leeds, was named as the woman found in the river. Friends described "
     "the 74-year-old as a devoted grandmother.", "74-year-old", "47-year-old", "FC4"),
    # "identified as", two words before the aside's noun
    ("Tom Reid, 58, a retired hospital porter from Hull, was identified as the man killed in the fire. Neighbours "
     "said the 85-year-old had lived alone.", "85-year-old", "58-year-old", "FC4"),
    # a time between the verb and "as"
    ("Ana Costa, 36, a care worker from Luton, was named on Sunday as the woman who died. Her family said the "
     "63-year-old loved to dance.", "63-year-old", "36-year-old", "FC4"),
    # the aside with no place, a person noun of three words
    ("Mark Bell, 61, a keen amateur cyclist, was named as the man hit by a van on the A6. The 16-year-old had been "
     "riding home.", "16-year-old", "61-year-old", "FC4"),
    # a hyphenated qualifier and "in" a place
    ("Sian Lloyd, 52, a part-time teaching assistant in Bangor, was named as the woman rescued from the sea. "
     "Doctors said the 25-year-old was stable.", "25-year-old", "52-year-old", "FC4"),
    # "confirmed as", "an" before the aside
    ("Dev Patel, 39, an off-duty paramedic from Slough, was confirmed as the man who pulled a dog from the "
     "lake. Friends described the 93-year-old as modest.", "93-year-old", "39-year-old", "FC4"),
    # the aside's noun with a qualifier after it, "described as"
    ("Ruth Amos, 68, a former head teacher at the village school, was described as the woman at the heart of the "
     "campaign. Supporters said the 86-year-old had led it for years.", "86-year-old", "68-year-old", "FC4"),
    # "named as" with the person noun after an adjective-free "the", a trailing clause
    ("Ben Cole, 24, a delivery rider from Hove, was named as the man injured in the crash, police said. The "
     "42-year-old suffered a broken leg.", "42-year-old", "24-year-old", "FC4"),
]

TABLE = BOUND + QUOTED + SHARE + SINCE + AGE

CLEAN = [
    # a bound and a mark of another thing: the mark noun names a rule, not the price told
    "Rooms cost from £85 a night. The council set a £58 minimum charge for parking permits last year.",
    # a move from a level, not a bound
    "Prices rose from £85 to £90 in May. Promoters defended the £58 minimum for children.",
    # a quoted count of another time
    "The food bank handed out 6,400 parcels in March. 'Last year we gave out 4,600 parcels,' said its manager.",
    # a quoted aim
    "The charity handed out 6,400 parcels in March. 'We hope to give out 4,600 parcels in April,' she said.",
    # a quoted count of another noun
    "The charity handed out 6,400 parcels in March. 'We had 4,600 volunteers helping,' she said.",
    # a quoted part
    "The charity handed out 6,400 parcels in March. 'Some 4,600 of the parcels went to families,' she said.",
    # a quoted part: a place, "alone", "of those", other tellers, where they went
    "The charity handed out 6,400 parcels in March. 'In Leeds alone we gave out 4,600 parcels,' she said.",
    "The charity handed out 6,400 parcels in March. 'We packed 4,600 parcels at the Hull depot,' she said.",
    "The charity handed out 6,400 parcels in March. 'Of those, 4,600 parcels went to families,' she said.",
    "The charity handed out 6,400 parcels in March. 'Volunteers delivered 4,600 parcels by bike,' she said.",
    "The charity handed out 6,400 parcels in March. 'We delivered 4,600 parcels to homes,' she said.",
    # a quoted count of two-digit figures: too often two counts
    "The charity opened 64 pantries this year. 'We run 46 pantries in the city itself,' she said.",
    # a share of another group with its own phrase after the second
    "Only 41.7% of voters cast a ballot. The 47.1% turnout in the neighbouring ward was higher.",
    # a share who chose something, then the turnout: another share
    "Some 38.4% of voters backed Labour. Officials hailed the 34.8% turnout.",
    # a share, then a change by that amount
    "Some 38.2% of households recycle food waste. The 32.8% rise in collections surprised officials.",
    # two shares in the first's sentence: which one is not known
    "Some 38.2% of men and 41.5% of women voted. Officials hailed the 32.8% turnout.",
    # a later year after "since": a move, not a slip (the thing may have come to the town later)
    "The brewery, founded in 1847, will close next spring. It had brewed in the town since 1874.",
    # "since" an earlier year of something else, no pointer back
    "The museum, founded in 1921, will close in May. Farmers had grazed sheep on the hill since 1912.",
    # someone else named in the aside after "of": the later age may be theirs
    "Jo Hale, 34, a friend of the victim, was interviewed. Police said the 43-year-old had been walking home.",
    # "the man's": another man
    "Jo Hale, 34, was named as the man's attacker. Police said the 43-year-old had been walking home.",
    # another person brought in after the aside
    "Jo Hale, 34, a nurse from Ely, was hurt. Her husband, a 43-year-old teacher, was unhurt.",
    # another thing's making year between: the second may be its
    "The bakery, founded in 1863, will close. A mill built in 1790 stands next door, and flour has come from it since 1836.",
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
