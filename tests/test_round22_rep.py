"""Round 22 (r22-rep): do two figures name the same quantity?  The noun relation widened, not new phrasings.

* one flock, one force, one council under another name: sheep/ewes/rams, police/officers/constables, councillors
  and "members of the council" (also a jury's jurors, a board's directors): ``SYNONYMS`` and ``_member_of_body``;
* a generic noun's verb read past its place or origin: "About 600 residents of the Hillside estate were evacuated"
  counts evacuees (``_WHERE_FROM_THEN_VERB`` in ``concept``);
* "a crowd of N" before a verb: "A crowd of 38,412 watched Hartley win" counts the crowd, not Hartley (``_verb_opens``);
* the headline's one sum and the opening sentence's one sum told by the same verb: "Flood repairs add £14m to bill" /
  "has added £41m to the cost" (``_headline_verb_sum``);
* a count restated, with no determiner, in a quotation in the next sentence: "said 31 of their officers were
  injured. \"To have 13 officers hurt is appalling,\"" (``find_quoted_restatements``);
* (silent) the base a gap is measured from: "15% below the 167 megalitres a day it lost in 2019-20"
  (``_GAP_FROM_BEFORE`` in ``compares``).

Each row is a flagged text, its target, the consistent value that makes its clean twin, the rule prefix and the
publication date."""
from __future__ import annotations

import pytest

from tests.shapes import assert_clean, assert_flagged

TABLE = [
    # ---- one flock, one force, one council under another name
    ("Twelve sheep were killed by dogs at a farm near Ruthin on Saturday. The farmer said the 15 ewes had all been "
     "in lamb.", "15", "12", "FC40", None),
    ("Dogs killed 23 sheep near Hay-on-Wye, police said. The 30 ewes were in lamb, the farmer said.", "30",
     "23", "FC40", None),
    ("Thieves stole 40 ewes from a field in Powys overnight. The 46 sheep were worth about £6,000, police said.",
     "46", "40", "FC40", None),
    ("Nine rams went missing from a hillside at Tregaron. All seven sheep had been marked with blue dye.", "seven",
     "nine", "FC40", None),
    ("Some 300 police were on duty for the derby. All 350 officers had been stood down by midnight.", "350", "300",
     "FC40", None),
    ("Thirty-five police were injured in the disorder on Friday, the force said. The 24 officers were treated for cuts "
     "and bruises.", "24", "35", "FC40", None),
    ("All 28 members of Ashby town council signed the letter on Monday. The 26 councillors said they had been "
     "ignored for years.", "26", "28", "FC40", None),
    ("All nine members of the board resigned on Friday. The eight directors said in a statement that the bank "
     "had misled them.", "eight", "nine", "FC40", None),
    ("The council's 48 councillors meet on Thursday to set the budget. All 45 members of the council are expected "
     "to attend.", "45", "48", "FC40", None),
    # ---- the one kind of animal named, restated under "animals"/"livestock"
    ("Inspectors seized 46 dogs from a breeding farm near Carmarthen. Vets said all 52 animals were underweight.", "52",
     "46", "FC40", None),
    ("Police found 19 horses starving in a field at Ely, the RSPCA said. The 25 animals have been moved to a "
     "sanctuary.", "25", "19", "FC40", None),
    ("Thieves took 80 sheep from a farm in Powys on Sunday. Police want to trace the 95 livestock, worth about "
     "£12,000.", "95", "80", "FC40", None),
    ("Some 30 cats were rescued from a house in Hull. The RSPCA said the 45 animals were being rehomed.", "45", "30",
     "FC40", None),
    # ---- a crowd of N before a verb
    ("A crowd of 38,412 watched Hartley Rovers win the final on Saturday. The club thanked the 34,000 fans who made the trip.",
     "34,000", "38,000", "FC40", None),
    ("An attendance of 12,480 saw Wolves beat Stoke on Sunday. Stewards said the 15,000 supporters had behaved well.",
     "15,000", "12,480", "FC40", None),
    ("A crowd of 52,000 welcomed Saracens home. The 45,000 spectators braved heavy rain for the parade.", "45,000",
     "52,000", "FC40", None),
    ("A sell-out crowd of 9,200 watched Town beat Rovers 2-1. Town said the 7,500 fans would get refunds for the "
     "late start.", "7,500", "9,200", "FC40", None),
    ("A record crowd of 4,118 watched Lewes Ladies win the final in Bristol. The 3,600 supporters - most of them children - "
     "were given free flags.", "3,600", "4,118", "FC40", None),
    # ---- a generic noun's verb past its place or origin
    ("Chemical leak forces 200 from their homes\nAbout 600 residents of the Hillside estate were evacuated "
     "overnight, police said.", "About 600", "About 200", "FC40", None),
    ("Wildfire: 1,500 people evacuated\nSome 3,000 residents of three villages near Sintra were evacuated on "
     "Tuesday as the fire spread.", "3,000", "1,500", "FC40", None),
    ("Gas leak: 400 evacuated\nAbout 40 residents of the Elm Park flats were evacuated as engineers searched for "
     "the fault.", "About 40 ", "About 400 ", "FC40", None),
    ("Bomb scare: 120 evacuated\nAbout 300 residents near the old barracks were evacuated after a device was found.",
     "About 300", "About 120", "FC40", None),
    ("Some 350 residents of Marsh Lane were evacuated on Monday. The 600 evacuees spent the night in a leisure "
     "centre.", "600", "350", "FC40", None),
    # ---- the headline's one sum against the lead's one sum told by the same verb
    ("Flood repairs add £14m to bill\nStorm damage has added £25m to the cost of the new bridge, the council said.",
     "£25m", "£14m", "FC40", None),
    ("Rail delays add $23m to project cost\nSignalling faults added $40m to the line's budget, officials said on "
     "Monday.", "$40m", "$23m", "FC40", None),
    ("Council raises £1.2m from parking\nThe council raised £2.1m from its car parks in 2024, figures show.",
     "£2.1m", "£1.2m", "FC40", None),
    ("Pop star pumps $3m into flood relief\nThe singer has pumped $1.8m into the relief fund, her "
     "spokesman said on Monday.", "$1.8m", "$3m", "FC40", None),
    ("Club invests £80,000 in new pitch\nThe club has invested £50,000 in an all-weather pitch at its "
     "Leeds ground, its chairman said.", "£50,000", "£80,000", "FC40", None),
    ("Bypass overrun adds £9m\nThe overrun on the A40 bypass adds £19m to the bill, the council confirmed.",
     "£19m", "£9m", "FC40", None),
    ("Hospice appeal collects £6.5m\nThe appeal has collected £4.9m (mostly from small donors), its "
     "organisers said.", "£4.9m", "£6.5m", "FC40", None),
    ("Insurer pays out €12m after floods\nThe insurer has paid out €30m - most of it to farmers - since the Rhine "
     "burst its banks.", "€30m", "€12m", "FC40", None),
    # ---- a count restated in a quotation in the next sentence
    ("Police said 31 of their officers were injured during the riot. \"To have 25 officers hurt is appalling,\" "
     "the chief constable said.", "25", "31", "FC40", None),
    ("The food bank gave out 4,120 parcels in January. \"We handed out 3,900 parcels in January alone,\" its "
     "manager said.", "3,900", "4,120", "FC40", None),
    ("Firefighters rescued 17 people from the flooded estate. \"We rescued 27 people in six hours,\" the station "
     "manager said.", "27", "17", "FC40", None),
    ("Organisers said 640 runners finished the race. \"Seeing 460 runners cross the line was fantastic,\" said race "
     "director Ann Cole.", "460", "640", "FC40", None),
    ("Eleven ewes were stolen from the farm on Tuesday. \"Losing 14 ewes like that hurts,\" said the farmer.", "14",
     "11", "FC40", None),
    ("The clinic treated 1,240 patients on its first day. Staff were proud: \"Treating 1,600 patients with a "
     "handful of nurses is remarkable,\" one said.", "1,600", "1,240", "FC40", None),
    ("Coastguards said 26 crew were lifted off the ferry. “Getting 32 crew off in that sea was extraordinary,” "
     "the pilot said.", "32", "26", "FC40", None),
    ("Inspectors seized 38 dogs from the farm. \"I have never seen 60 dogs kept in such conditions,\" an "
     "inspector said.", "60", "38", "FC40", None),
]

# two quantities: the base of a gap, another time, an aim, a total, a part (never a restatement)
APART = [
    "Leakage fell to 142 megalitres a day. That was 15% below the 167 megalitres a day the firm lost in 2019-20.",
    "The club sold 9,400 season tickets. Sales were 12% above the 8,400 season tickets of the year before.",
    "The school has 640 pupils. That is 60 short of the 700 pupils it was built for.",
    "Officers recorded 310 burglaries. The total was 150 below the 460 burglaries of the year before.",
    "Police said 12 officers were hurt. \"Last year we had 21 officers injured at this match,\" he said.",
    "The appeal has 400 donors. \"We need 4,000 donors to reach our goal,\" she said.",
    "She had to win two qualifying matches first. \"I came here hoping to win one match in the main draw,\" she said.",
    "The club signed three strikers in June. \"We were trying to sign five strikers,\" the manager said.",
    "Crews rescued 14 people on Monday. \"In total we have rescued 41 people since Friday,\" he said.",
    "The shelter took in 52 dogs. \"Some of the 30 dogs from the farm were very ill,\" a vet said.",
    "Twelve sheep were killed by dogs on the farm. The farmer said the 40 lambs they left would be hand-reared.",
    "Inspectors seized 46 dogs and a number of cats from the farm. Vets said all 52 animals were underweight.",
    "Police found 19 horses in a field. Two ponies were also seized. The 21 animals have been moved.",
    "About 300 residents of the estate were evacuated. The 30 residents of the tower block were allowed home.",
    "Floods add £14m to repair bill\nStorms added £41m to the bill last winter, and floods have now added £14m more.",
    "Council adds £2m to roads budget\nThe council has added £2m to the roads budget, taking it to £9m.",
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
