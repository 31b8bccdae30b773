"""Round 22 (r22-rep2): a quantity restated as a compound modifier or a fixed-form figure.

The antecedent rule, decided once: "the N-unit NOUN" (or "the N% rate", "the X-Y win", "since the NOUN opened in
YEAR") restates the one earlier figure of its unit, in the sentence before or the one before that, that its own
reader ties to the same thing (the thing named by the same noun, a synonym, or the proper name the figure's aside
hangs on; the event by its verb or noun); two candidates, another name in between or a qualifier after the
restatement leave it alone.

* a proper name opening its sentence with the size in an aside ("Ashdown Royal, which has 540 beds,") is the holder
  "the 410-bed hospital" restates (``_name_holds`` in ``find_attribute_restatements``; not past another name, nor
  "down the road"); a run counted in matches is one in games ("17 matches ... the 19-game streak", ``_run_units``;
  a streak is a run, ``SYNONYMS``);
* an event restated after a preposition that speaks of it as known ("prepare for the 48-hour walkout", "amid the",
  "throughout the": ``_referred_to`` in ``_restated_plainly``), a manner phrase after it ("by working from home");
  "the N-day event" restates any event's length (``_lasting_subject``);
* a rate's level restated as "the N% rate" in the next sentence or the one after (``find_rate_modifier_restatements``);
* a result ranked "of the season" is no other match's (``_RANKED_TIME`` in ``find_score_restatements``);
* "the 43-year-old" in court after the one convicted, past the plural group wronged (``another_person``, ``_ACCUSED``
  reads "found guilty");
* the year a thing opened told again by the same verb ("since the zoo opened in 1993", ``find_year_restatements``);
* (silent, transpositions) "the 750 tonnes of cod" is no slip of a figure whose sentence never names cod
  (``_stuff_unnamed``).

Each row is a flagged text, its target, the consistent value that makes its clean twin and the rule prefix."""
from __future__ import annotations

import pytest

from tests.shapes import assert_clean, assert_flagged

NAMED_HOLDER = [
    # the core: a proper name, its size in a "which has" aside, then "the N-unit NOUN"
    ("Ashdown Royal, which has 540 beds, went on black alert on Monday. Staff at the 410-bed hospital cancelled "
     "operations.", "410-bed", "540-bed", "FC4"),
    # dashes round the aside
    ("Ashdown Royal \u2013 which has 540 beds \u2013 went on black alert. Nurses at the 610-bed hospital were "
     "recalled from leave.", "610-bed", "540-bed", "FC4"),
    # brackets
    ("Ashdown Royal (which has 540 beds) went on black alert. Nurses at the 490-bed hospital were recalled.",
     "490-bed", "540-bed", "FC4"),
    # a hedge and an adverb in the aside
    ("Ashdown Royal, which now has about 540 beds, is full. Doctors at the 350-bed hospital said so.",
     "350-bed", "540-bed", "FC4"),
    # a prison: "holds" and inmates
    ("Fenwick Grange, which holds 720 inmates, was locked down after a fight. Officers regained control of the 610-inmate "
     "jail by midnight.", "610-inmate", "720-inmate", "FC4"),
    # a school, pupils, the restatement opening its sentence
    ("Holt Park Academy, which has 1,150 pupils, closed early on Friday. The 1,400-pupil school will reopen on "
     "Monday.", "1,400-pupil", "1,150-pupil", "FC4"),
    # who says so after the first sentence
    ("Ashdown Royal, which has 540 beds, declared a major incident, police said. Patients at the 440-bed "
     "hospital were moved.", "440-bed", "540-bed", "FC4"),
    # a two-word name, a day named between, an acronym
    ("St Cuthbert's, which has 380 beds, ran out of oxygen on Tuesday as NHS managers scrambled. The 330-bed "
     "hospital was resupplied by evening.", "330-bed", "380-bed", "FC4"),
]
# the proper name is no holder when another name comes between or the restatement is placed apart
NAMED_HOLDER_CLEAN = [
    "Ashdown Royal, which has 540 beds, will take patients from Kettering General. Staff at the 400-bed hospital "
    "were told on Monday.",
    "Holt Park Academy, which has 1,150 pupils, is full. Parents said the 900-pupil school down the road had places.",
    "Ashdown Royal, which has 540 beds, is to merge with a neighbour. The 400-bed hospital in Corby will shut its A&E.",
    "Acme, which employs 620 people, makes brakes. Its rival runs the 460-worker plant in Hull.",
]

EVENTS = [
    # an event's verb spelt as its noun, restated after "prepare for the" with a manner phrase after it
    ("Train drivers will strike for 24 hours from midnight on Friday, the union said. Commuters were told to "
     "prepare for the 48-hour walkout by working from home.", "48-hour", "24-hour", "FC4"),
    # "ahead of the"
    ("Bin crews will strike for 48 hours from Monday. Residents were asked to hold back rubbish ahead of the "
     "72-hour walkout.", "72-hour", "48-hour", "FC4"),
    # "during the", who says so first
    ("Nurses will strike for 12 hours on Thursday. Managers said cover would be thin during the 24-hour "
     "stoppage.", "24-hour", "12-hour", "FC4"),
    # "the N-day event" for a festival
    ("The town's book festival will run for eight days from 4 May. Organisers hope to sell 12,000 tickets over "
     "the six-day event.", "six-day", "eight-day", "FC4"),
    # "the N-day event" for a fair, written number and "lasts"
    ("The craft festival lasts three days this year. Stallholders said the two-day event was worth the trip.",
     "two-day", "three-day", "FC4"),
    # "amid the"
    ("Lecturers will strike for five days next week. Exams go ahead amid the four-day walkout, the university "
     "said.", "four-day", "five-day", "FC4"),
]
EVENTS_CLEAN = [
    # another strike named by its clause
    "Train drivers will strike for 24 hours on Friday. Guards at Leeds will join a separate 48-hour walkout "
    "in March.",
    "Bin crews will strike for 48 hours from Monday. Residents were asked to prepare for another 72-hour walkout "
    "next month.",
    # a notice, not the strike
    "Porters will strike for 48 hours from Monday. The union served the 72-hour notice on Friday.",
    # the festival and another event
    "The book festival will run for eight days. Organisers also plan a six-day event in Leeds.",
]

RATES = [
    # the core: a level reached, restated as "the N% rate"
    ("Joblessness in the county fell to 5.3% in the spring, figures showed. The 5.8% rate is the lowest for a "
     "decade.", "5.8%", "5.3%", "FC4"),
    # "stands at" and "its"
    ("Unemployment stands at 3.9%, the statistics office said. Its 3.4% rate compares well with its neighbours.",
     "3.4%", "3.9%", "FC4"),
    # a bank rate held, then "leaving the N% rate unchanged"
    ("The bank held its base rate at 4.25% on Thursday. Policymakers said keeping the 4.5% rate was "
     "prudent.", "4.5%", "4.25%", "FC4"),
    # inflation rose to
    ("Inflation rose to 2.8% in March. Economists said the 2.3% rate would worry the bank.", "2.3%", "2.8%", "FC4"),
    # two sentences apart
    ("Unemployment rose to 6.1% last quarter. Factory closures were blamed. The 6.7% rate is the highest since "
     "2015.", "6.7%", "6.1%", "FC4"),
    # a per cent spelt out
    ("The jobless rate stands at 4.4 per cent, officials said. The 4.1 per cent rate is below the national "
     "average.", "4.1 per cent", "4.4 per cent", "FC4"),
    # the level restated as "level"
    ("Inflation fell to 1.9% in June. The 1.6% level is below target for the first time in years.",
     "1.6%", "1.9%", "FC4"),
    # who says so before
    ("The central bank kept its key rate at 5.5% on Tuesday. Its governor said the 5.25% rate was doing its job.",
     "5.25%", "5.5%", "FC4"),
]
RATES_CLEAN = [
    # another rate named after "rate"
    "Unemployment fell to 5.3% in the spring. The 9.8% rate for young people is still high.",
    # another rate's noun in the clause
    "The bank held its base rate at 4.25% on Thursday. Borrowers on fixed mortgages still pay the 5.6% rate.",
    # a change told beside the level
    "Unemployment fell to 5.3% from 5.8% in the spring. The 5.8% rate had been the highest for years.",
    # a target
    "Inflation rose to 2.8% in March. The bank's 2% target rate looks far off.",
]

SCORE_RANKED = [
    # a superlative of the season after the restated result
    ("Harton Rovers won 2-0 at Beckside on Saturday. Their coach said the 2-1 win was the best display of the "
     "season.", "2-1", "2-0", "FC407"),
    ("Harton Rovers completed a 4-2 win over Beckside. Captain Ola Reed said the 4-1 victory was their most "
     "complete game this season.", "4-1", "4-2", "FC407"),
    # (more superlatives of the period: "best of the season", "finest ... this season", "worst ... of the year")
    ("Kelby Town beat Ashworth 3-0 on Tuesday night. Boss Ian Pike said the 3-1 win was their best of the season.",
     "3-1", "3-0", "FC407"),
    ("Dunmore won 2-1 at home to Pell. Fans hailed the 2-0 victory as the finest performance this season.",
     "2-0", "2-1", "FC407"),
    ("Carlow drew 1-1 with Tarn on Saturday. The 2-2 draw was the most entertaining game of the season, fans said.",
     "2-2", "1-1", "FC407"),
    ("Millbrook lost 0-2 to Enfold on Sunday. Their coach called the 0-3 defeat the worst display of the year.",
     "0-3", "0-2", "FC407"),
    ("Astley thrashed Boden 6-0 at the weekend. Pundits said the 6-1 thrashing was the biggest win this season.",
     "6-1", "6-0", "FC407"),
]
SCORE_CLEAN = [
    # another match's time after it
    "Harton Rovers won 2-0 at Beckside on Saturday. It avenged the 3-1 defeat there last season.",
]

AGES = [
    # the convicted person past the plural victims and a sum
    ("Mark Ellery, 52, was found guilty at Lewes Crown Court of swindling pensioners out of £80,000. The "
     "25-year-old will be sentenced in May.", "25-year-old", "52-year-old", "FC403"),
    # "Remanding the" after a verdict
    ("Dana Kell, 29, was found guilty of robbing shopkeepers. Remanding the 92-year-old in custody, the judge "
     "said she faced jail.", "92-year-old", "29-year-old", "FC403"),
    # "The judge remanded the"
    ("Dana Kell, 29, was found guilty of conning neighbours of £12,000. The judge remanded the 39-year-old in "
     "custody.", "39-year-old", "29-year-old", "FC403"),
    # no court named, "elderly" before the group
    ("Lee Hart, 41, was found guilty of stealing from elderly customers. The 14-year-old will be sentenced next "
     "week.", "14-year-old", "41-year-old", "FC403"),
    # the verdict told with the jury as subject
    ("A jury found Ruth Kemp, 47, guilty of cheating pensioners. The 74-year-old will be sentenced in June.",
     "74-year-old", "47-year-old", "FC403"),
    # who says so, then bail
    ("Tom Vale, 27, was found guilty of harassing neighbours, police said. The 72-year-old was bailed until "
     "sentencing.", "72-year-old", "27-year-old", "FC403"),
]
AGES_CLEAN = [
    # one other person named in between
    "Mark Ellery, 52, was found guilty of attacking a man in a pub. The 25-year-old victim needed surgery.",
]

STREAKS = [
    # matches then games, a score between
    ("Dunmore extended their unbeaten run to 14 matches with a 1-0 win at Pell on Sunday. The 16-game streak is "
     "their best since 1994.", "16-game", "14-game", "FC4"),
    # games then matches
    ("The side stretched its winning run to 11 games on Tuesday. The 12-match streak is a club record.",
     "12-match", "11-match", "FC4"),
    # a losing run, a written number, a score between
    ("The team's losing run stretched to six matches after a 3-0 defeat. Fans want the eight-game streak to end.",
     "eight-game", "six-game", "FC4"),
    # who says so after the first
    ("Ashby extended their unbeaten league run to 15 matches, the club said. The 17-game streak is their longest.",
     "17-game", "15-game", "FC4"),
    # a possessive before the restatement
    ("Dunmore stretched their winning run to seven games. Their nine-match streak is the league's best.",
     "nine-match", "seven-match", "FC4"),
]
STREAKS_CLEAN = [
    "Dunmore extended their unbeaten run to 14 matches on Sunday. Their 16-game streak in 2019 is the record.",
]

# a slip needs the same stuff: "the N tonnes of X" names what it measures
STUFF_CLEAN = [
    "The cod quota falls to 1,900 tonnes from 2,740 tonnes. The fleet's haddock quota rises to 3,160 tonnes from "
    "2,840 tonnes. Leaders said the 840 tonnes of cod given up would cost jobs.",
    "Farmers harvested 1,620 tonnes of barley this summer. Officials said the 620 tonnes of wheat left unsold "
    "would be stored.",
    "Rescuers said 2,450 litres of diesel leaked from the tanker. Crews pumped the 450 litres of petrol out "
    "before dusk.",
    "The group's cod allocation shrinks to 1,900 tonnes from 2,740 tonnes. Its haddock allocation will grow to "
    "3,160 tonnes from 2,840 tonnes next year. The 840 tonnes of cod lost to the cut were worth £2m, the group said.",
]
STUFF_FLAGGED = [
    ("Boats landed 2,750 tonnes of cod last year. Leaders said the 750 tonnes of cod were worth £6m.",
     "750 tonnes", "FC408"),
    ("The cod quota falls to 2,750 tonnes this year. The 750 tonnes of cod landed in March were worth £2m.",
     "750 tonnes", "FC408"),
]

YEARS = [
    # the core: an aside on a name, then "since the NOUN VERB in"
    ("Hollin Park Zoo, which opened in 1997, has bred its first snow leopard. Keepers said it was the first such "
     "birth since the zoo opened in 1993.", "1993", "1997", "FC4"),
    # a plain "was founded in", then "the club was founded in"
    ("The club was founded in 1884, records show. Fans say the club was founded in 1888 by railwaymen.",
     "1888", "1884", "FC4"),
    # built, a sentence between
    ("The pier was built in 1872. It has survived two storms and a fire. Historians say the pier was built in 1876 "
     "with iron from Leeds.", "1876", "1872", "FC4"),
    # its, established
    ("The mill, which was established in 1921, makes blankets. Its founder's grandson said the mill was "
     "established in 1912 by his grandfather.", "1912", "1921", "FC4"),
    # launched, who says so
    ("The festival, which launched in 2004, returns this weekend. Organisers said the festival launched in 2006 "
     "with 300 visitors.", "2006", "2004", "FC4"),
    # a hedge-free "began in"
    ("The market began in 1982 in a car park. Traders recall that the market began in 1985 with six stalls.",
     "1985", "1982", "FC4"),
    # opened, a dash
    ("Carrow Lido \u2013 which opened in 1936 \u2013 will close for repairs. Swimmers have used it since the lido "
     "opened in 1938.", "1938", "1936", "FC4"),
    # formed, a name opening the second sentence too
    ("Ashby Choir formed in 1975 in a church hall. Members said the choir formed in 1978 after a concert.",
     "1978", "1975", "FC4"),
]
YEARS_CLEAN = [
    # another thing's year
    "Hollin Park Zoo, which opened in 1997, has bred its first snow leopard. The old zoo opened in 1931.",
    # another verb
    "Ashby Rovers was founded in 1884. The club was renamed in 1901.",
    # another thing named
    "The pier was built in 1872. The pavilion was built in 1905.",
    # a first opening and a reopening
    "The lido opened in 1936. Since the lido reopened in 2019 it has been busy.",
]

TABLE = NAMED_HOLDER + EVENTS + RATES + SCORE_RANKED + AGES + STREAKS + YEARS
CLEAN = NAMED_HOLDER_CLEAN + EVENTS_CLEAN + RATES_CLEAN + SCORE_CLEAN + AGES_CLEAN + STREAKS_CLEAN + YEARS_CLEAN \
    + STUFF_CLEAN


@pytest.mark.parametrize("text,target,fixed,rule", TABLE)
def test_flagged(text, target, fixed, rule):
    assert_flagged(text, target, rule)


@pytest.mark.parametrize("text,target,fixed,rule", TABLE)
def test_clean_twin(text, target, fixed, rule):
    assert_clean(text.replace(target, fixed, 1))


@pytest.mark.parametrize("text", CLEAN)
def test_clean(text):
    assert_clean(text)


@pytest.mark.parametrize("text,target,rule", STUFF_FLAGGED)
def test_same_stuff_still_flagged(text, target, rule):
    assert_flagged(text, target, rule)
