"""Round 18 (r18-rep): the same quantity of the same thing told twice, the second time under a name, a
title or another noun.

* a title and a surname never written before, opening its sentence, after the one person whose age was
  given a sentence or two back with no name: "A 46-year-old teacher ... Mr Hart, 64, will be sentenced"
  (``_titled_after_unnamed`` in ``find_age_restatements``), and "the defendant"/"the accused" after the one
  person whose age was given as charged or convicted (``_in_the_dock``);
* a contract, sentence or ban term pointed back at by its owner or signed again under "a" ("the striker's
  willingness to commit to a three-year deal", ``_term_pointed_back``);
* the headline's length of an event told by its verb against the lead's ("Landslide shuts road for 11 days" /
  "would stay closed for nine days", ``_event_of_duration`` in ``_headline_term``);
* what a thing being built costs restated as "the £N scheme" (``_built_cost``);
* a thing's length restated as "the N-unit NOUN" ("a 6.5-metre mirror ... the 8.5m mirror",
  ``find_sized_thing_restatements``; the bare "8.5m" read as metres by ``_metres_of_thing_sized`` in extract);
* the lead's sum restated far down as "the $N in NOUN" of the noun the lead's clause names, and a time word
  in the clause of a share taken of it ("Of the $3.48 billion in revenue, more than half now comes from
  cloud") dates the share (``_in_noun_named``, ``_time_of_share_of_it`` in transpositions).

Each row is a flagged text, its target, the consistent value that makes its clean twin, the rule prefix
and the publication date."""
from __future__ import annotations

import datetime

import pytest

from tests.shapes import assert_clean, assert_flagged

TITLED_AGE = [
    ("A 46-year-old teacher from Whitby has been found guilty of theft. Mr Hart, 64, will be sentenced "
     "next month.", "64", "46"),
    # a woman, "Mrs", an attribution before the name
    ("A 52-year-old woman from Leeds has been jailed for two years for fraud. The court heard that Mrs "
     "Okafor, 25, had spent the money on holidays.", "25", "52"),
    # "Police said" before the first, a trailing clause, "Ms"
    ("Police said a 38-year-old nurse was arrested at her home in Bury on Tuesday. Ms Dunn, 83, remains in "
     "custody, officers said.", "83", "38"),
    # the age in brackets
    ("A 29-year-old man has been charged with dangerous driving after a crash in Ely. Mr Patel (92) will "
     "appear before magistrates on Friday.", "92", "29"),
    # "aged", a dash
    ("A 71-year-old cyclist died after a collision on the A14 - the third this year. Mr Lowe, aged 17, had "
     "been riding home from work.", "17", "71"),
    # the first in apposition, "Dr"
    ("A local doctor, 57, has been struck off by a medical tribunal. Dr Marsh, 75, had denied the charges.",
     "75", "57"),
    # the name two sentences on
    ("A 33-year-old man was rescued from a collapsed trench in Derby. Firefighters spent two hours "
     "freeing him. Mr Gill, 38, was taken to hospital.", "38", "33"),
    # a bare surname
    ("A 58-year-old man from Selby has admitted stealing parcels. Kerr, 85, will be sentenced in May.",
     "85", "58"),
    # "told" attribution
    ("A 64-year-old grandmother was left with a broken wrist after the fall. Her lawyer told the court Mrs "
     "Reid, 46, had been in pain for months.", "46", "64"),
]

DOCK_AGE = [
    ("A 46-year-old teacher from Whitby has been found guilty of theft. The defendant, 64, will be sentenced "
     "next month.", "64", "46"),
    # the age as a modifier of the dock noun
    ("A 46-year-old teacher from Whitby has been found guilty of theft. The 64-year-old defendant will be "
     "sentenced next month.", "64-year-old", "46-year-old"),
    # a name first, "appear in court"
    ("Tom Hale, 37, has been charged with arson. The defendant, 73, will appear in court next month.", "73", "37"),
    # "the accused", "aged", "pleaded"
    ("A 39-year-old nurse has pleaded not guilty to theft, police said. The accused, aged 93, was granted bail.",
     "93", "39"),
]

LEAD_IN_NOUN = [
    # the lead's figure far down as "the $N in NOUN", a share of it told "now"
    ("Revenue for the quarter rose to $3.84 billion from $3.28 billion a year earlier. Analysts had expected "
     "$3.71 billion. Net income climbed 35% to $612 million. The cloud division grew fastest. Its sales "
     "jumped 29% to $2.11 billion. Devices brought in $1.02 billion. Of the $3.48 billion in revenue, more "
     "than half now comes from cloud.", "$3.48 billion", "$3.84 billion"),
    # sales, sterling, "the company said"
    ("Group sales rose to £4.72bn in the year to March, the company said. Profit was £310m. The food "
     "business grew by 4%. Clothing was flat. Online grew by 11%. Home did well too. The board said the "
     "£4.27bn in sales was a record.", "£4.27bn", "£4.72bn"),
]

LEAD_IN_NOUN += [
    # "of" in place of "in"
    ("Turnover rose to £6.15m from £5.2m, the charity said. Donations fell. Costs rose. Staff numbers were "
     "flat. Reserves grew. A new shop opened. Of the £6.51m of turnover, a fifth now comes from shops.",
     "£6.51m", "£6.15m"),
    # funding, euros, no "Of", a hedge on the second's clause
    ("Funding for the institute rose to €2.46 million in 2023, its annual report shows. Staff numbers grew. "
     "Two new labs opened. A third is planned. Visitors were up. The director said the €2.64 million in "
     "funding had paid for new equipment.", "€2.64 million", "€2.46 million"),
    # profit, a colon, brackets
    ("Operating profit climbed to $1.37 billion (a record), the group said on Thursday. Margins widened. "
     "Costs fell. Debt was cut. Its shares rose. Dividends went up: of the $1.73 billion in profit, a third "
     "will be paid out.", "$1.73 billion", "$1.37 billion"),
]

CONTRACT = [
    # who says so, the signer's noun and a verb of signing under "a"
    ("Mensah signed a four-year contract with the club on Friday. Coach Ray Hill said the midfielder's "
     "readiness to commit to a three-year deal was a boost.", "three-year", "four-year"),
    # the signer's name as the owner
    ("Mensah signed a four-year contract with the club on Friday. Coach Ray Hill said Mensah's five-year "
     "deal was a sign of ambition.", "five-year", "four-year"),
    # "his", a trailing clause
    ("Mensah has agreed a two-year deal with Hull, the club announced. Fans welcomed his willingness to sign "
     "a three-year contract, which runs until the summer.", "three-year", "two-year"),
    # the player's noun as owner, a dash
    ("The goalkeeper penned a five-year contract with Rovers on Monday - a club record. Rovers said the "
     "goalkeeper's four-year deal would be announced formally.", "four-year", "five-year"),
    # a written number, the signer's noun, "decision to sign a"
    ("Okafor signed a three-year contract with Bath on Tuesday. The club said the footballer's decision to "
     "sign a two-year deal showed his faith in the coach.", "two-year", "three-year"),
    # a sentence told with the offender's possessive
    ("Lowe was jailed for six years at Leeds Crown Court. Lowe's five-year sentence was welcomed by the "
     "victim's family.", "five-year", "six-year"),
]

HEADLINE_CLOSURE = [
    # the body told by "last" of the event's noun
    ("Road closed for 14 days after flood\nThe closure will last 10 days, engineers said.", "10 days", "14 days"),
    # the headline's length as a compound event noun
    ("Six-week closure for harbour bridge\nThe council said the bridge would stay closed for nine weeks.",
     "nine weeks", "six weeks"),
    # "remain shut"
    ("Rockfall shuts pass for five days\nPolice expect the pass to remain shut for seven days.", "seven days",
     "five days"),
    ("Landslip shuts A470 for 12 days\nEngineers said the mountain road would stay closed for eight days "
     "while the slope was made safe.", "eight days", "12 days"),
    # "close", a compound event noun in the body
    ("Bridge to close for six weeks\nThe crossing faces an eight-week closure from Monday, the council said.",
     "eight-week", "six-week"),
    # a strike told by its verb in both
    ("Bus drivers to strike for three days\nDrivers in Leeds will walk out for four days from Monday, "
     "Unite said.", "four days", "three days"),
    # an attribution first, a bracket
    ("Rail line to close for nine days\nThe operator said (after a safety check) that the line would shut "
     "for 11 days over Easter.", "11 days", "nine days"),
]

PROJECT_COST = [
    # who pays between the verb and the sum
    ("The new stadium will cost taxpayers $1.2bn. Opponents of the $1.8bn project have sued.", "$1.8bn", "$1.2bn"),
    ("The sea wall will cost the council £45m, officials said. Critics of the £70m scheme want a barrier.",
     "£70m", "£45m"),
    ("The 14-mile bypass around Hexby is now expected to cost £420m, up from an early estimate of £350m. "
     "Ministers said they backed the £240m scheme despite the rising bill.", "£240m", "£420m"),
    # a new wing, "an estimated", "project"
    ("The hospital's new wing will cost an estimated £56m, the trust said. Doctors welcomed the £72m project "
     "on Tuesday.", "£72m", "£56m"),
    # a bridge, dollars, "plan"
    ("The new bridge is set to cost $1.2bn. Critics of the $1.6bn plan say the money should go to "
     "schools.", "$1.6bn", "$1.2bn"),
    # "costing", a dash, "development"
    ("The library, costing £8.4m, opens in May - two years late. Readers said the £6.5m development was worth "
     "the wait.", "£6.5m", "£8.4m"),
]

SIZED_THING = [
    # the size told by "measuring ... across"
    ("The telescope has a mirror measuring 6.5 metres across. Astronomers said the 8.5m mirror was the largest "
     "of its kind.", "8.5m", "6.5m"),
    ("The observatory's telescope has a 6.5-metre primary mirror made from 18 segments. Astronomers said the "
     "8.5m mirror would see the first galaxies.", "8.5m", "6.5m"),
    # a trailing clause
    ("The museum has bought a 4.2-metre totem carved from cedar. Curators said the 3.1m totem, which needs "
     "repair, would go on show next year.", "3.1m", "4.2m"),
    # told of the thing's clause, a synonym
    ("The asteroid, about 140 metres wide, will pass Earth on Friday. Scientists said the 410-metre rock posed "
     "no danger.", "410-metre", "140-metre"),
    # a dimension in a clause about the subject, feet
    ("The whale, which was 52 feet long, washed up at Skegness. The 25ft whale will be removed on "
     "Monday, the council said.", "25ft", "52ft"),
]

TABLE = [(text, target, fixed, "FC4", None)
         for table in (TITLED_AGE, DOCK_AGE, LEAD_IN_NOUN, CONTRACT, HEADLINE_CLOSURE, PROJECT_COST, SIZED_THING)
         for text, target, fixed in table]

# the same shapes with something that sets the two apart: still clean
APART = [
    # someone else brought in between
    "A 46-year-old man was charged after a shopkeeper was attacked in Hull. Mr Khan, 64, was treated in hospital.",
    # a title of the other sex
    "A 46-year-old woman has been found guilty of fraud. Mr Hart, 64, will be sentenced next month.",
    # the surname written before with another first name
    "A 46-year-old teacher has been found guilty of fraud after a complaint by Ann Hart. Mr Hart, 64, gave evidence.",
    # two ages given before: which one?
    "A 46-year-old teacher and a 30-year-old accountant were found guilty of fraud. Mr Hart, 64, will be "
    "sentenced next month.",
    # the name brought in with a noun of its own
    "A 46-year-old man was stabbed in Hull on Friday. Shopkeeper Mr Khan, 64, said he heard screams.",
    # a contract offered, not signed; a wish; another player; another club's deal
    "The club offered Mensah a four-year contract on Friday. His agent said he would only agree to a three-year deal.",
    "Mensah signed a four-year contract with the club on Friday. Teammate Lee agreed to a three-year deal.",
    "Mensah signed a four-year contract with Leeds on Friday. Mensah's three-year deal with Hull expired in June.",
    # the closure told again with a change, or of another time
    "Landslip shuts A470 for 12 days\nThe road, which was closed for eight days last year, is being cleared.",
    "Landslip shuts A470 for 12 days\nThe closure has now been extended to 15 days, engineers said.",
    # the scheme's cost restated at the old estimate: which figure it restates is not known
    "The bypass is now expected to cost £420m, up from an early estimate of £350m. Ministers backed the £350m scheme.",
    # a cost that is no thing built
    "The delays cost the firm £2m last year. The £3m scheme to fix them starts in May.",
    # two things of that kind sized: which one?
    "The telescope has a 6.5-metre mirror and a 2.4-metre mirror. Astronomers said the 8.5m mirror was new.",
    # a past closure, a cost no thing built bears
    "Landslip shuts A470 for 12 days\nThe road was shut for eight days in 2019 after a similar slip.",
    # a surname brought in after someone else
    "A 46-year-old man was charged after a shopkeeper was stabbed in Hull. Khan, 64, was treated in hospital.",
    # the one aged is the victim; someone else brought in between
    "A 46-year-old woman was attacked in Hull on Friday. The defendant, 64, denies assault.",
    "A 46-year-old man was stabbed in Hull and a neighbour has been charged. The defendant, 64, denies murder.",
    # a change, not a thing's size
    "Sea levels could see a 1.2-metre rise by 2100. The 2.5-metre rise modelled by others is less likely.",
]


@pytest.mark.parametrize("text,target,fixed,rule,published", TABLE)
def test_flagged(text, target, fixed, rule, published):
    assert_flagged(text, target, rule, published)


@pytest.mark.parametrize("text,target,fixed,rule,published", TABLE)
def test_clean_twin(text, target, fixed, rule, published):
    assert_clean(text.replace(target, fixed), published)


@pytest.mark.parametrize("text", APART)
def test_apart_clean(text):
    assert_clean(text)
