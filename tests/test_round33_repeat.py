"""Round 33 (repeat): restatements a careful editor reads that figcheck missed, each with five variants that flag
and clean twins that stay silent.

1. a term in two parts ("three years and nine months") is one length when a later "the N-year term" restates it
   (``restatements._duration_spans`` in ``find_term_restatements``): "the three-and-three-quarter-year sentence" agrees,
   "the four-year sentence" does not;
2. the age of someone whose death the passage tells, after their name and "who was" ("Mr Dunn, who was 58 and ..."),
   restates the age given with the name before (``restatements._dead_named_age``);
3. a measure decided by a body with its tally told as a score ("The bill cleared the Senate 58-41", "rejected the
   scheme 9-4") has two sides, as "by 58 votes to 41" has: "the 57 senators who voted for it" restates one
   (``restatements._decided_scores``);
4. a speaker's own age in their words ("'I'm 82 and ...,'") is held by the speaker named with an age right after the
   quote ("said Doris Penhale, 85,") or right before it (``restatements._spoken_own_age``);
5. a generic noun for people under one past participle ("all 13 trapped men") restates the count told as done to by
   that verb ("Eleven miners were trapped": ``restatements._participle_of_people``, ``_told_as_participle``);
6. the year a thing formed or opened told again by a gerund opening the sentence, the thing its subject ("Since
   forming in 1981 they have ..."), and the first's verb may carry its place ("who formed in Dundee in 1979")
   (``restatements._since_gerund``, ``_PLACE_BEFORE_YEAR``);
7. a deal named after a verb still to come ("Shareholders will vote on the $2.1bn takeover in September") after its
   price told with a verb of buying or agreeing: the time after it is the vote's, not another deal's
   (``restatements._deal_acted_on_later``);
8. a remark opening a quote may take the perfect infinitive ("'To have raised £84,000 in a weekend is astonishing'"),
   a sum or count told just before with two digits swapped (``transpositions._QUOTE_REMARK``).
"""
from __future__ import annotations

import pytest

from tests.shapes import assert_clean, assert_flagged

# ------------------------------------------------------------ 1. a term in two parts, restated as one length

TERM_PARTS_FLAGS = [
    ("Voss was jailed for six years and six months for fraud. Investors said the six-year sentence was too lenient.",
     "six-year"),
    ("The striker was banned for two years and six months after a failed test. His lawyers will appeal the "
     "three-year ban.", "three-year"),
    ("The driver was disqualified for three years and six months after the crash. Campaigners said the three-year "
     "ban sent the wrong message.", "three-year"),
    ("A judge jailed the pair for 10 years and six months on Friday. Relatives outside court welcomed the 12-year "
     "sentences.", "12-year"),
    ("Okafor was suspended for one year and six months by the federation. The two-year suspension ends next spring.",
     "two-year"),
]

TERM_PARTS_CLEAN = [
    "Voss was jailed for six years and six months for fraud. Investors said the six-and-a-half-year sentence was too "
    "lenient.",
    "The striker was banned for two years and six months after a failed test. His lawyers will appeal the "
    "two-and-a-half-year ban.",
    "The driver was disqualified for three years and six months after the crash. Campaigners said the "
    "three-and-a-half-year ban sent the wrong message.",
    "A judge jailed the pair for 10 years and six months on Friday. Relatives outside court welcomed the "
    "10-and-a-half-year sentences.",
    "Okafor was suspended for one year and six months by the federation. The 18-month suspension ends next spring.",
]


@pytest.mark.parametrize("text,target", TERM_PARTS_FLAGS)
def test_term_in_two_parts_flagged(text, target):
    assert_flagged(text, target, "FC4")


@pytest.mark.parametrize("text", TERM_PARTS_CLEAN)
def test_term_in_two_parts_clean(text):
    assert_clean(text)


# ------------------------------------------------------------ 2. "NAME, who was N" of someone who died

DEAD_AGE_FLAGS = [
    ("Walter Dunn, 58, died after his tractor overturned on a farm track on Monday. Tributes were paid to Mr Dunn, "
     "who was 85 and had farmed the land since boyhood.", "85"),
    ("Retired nurse Ada Pike, 91, died in a house fire in Leek overnight. Neighbours said Mrs Pike, who was 81, "
     "lived alone with her cat.", "81"),
    ("The cyclist killed on the A38 was named as Tom Reyes, 34. His family said Reyes, who was 43, was a keen "
     "triathlete.", "43"),
    ("Joan Marsh, 72, died in hospital after the crash on Saturday. Her son said Ms Marsh, who was 74, had been "
     "driving to church.", "74"),
    ("Poet Hugh Lamb, 66, has died, his publisher said. Lamb, who was 69 and had been ill for some time, wrote 12 "
     "collections.", "69"),
]

DEAD_AGE_CLEAN = [
    "Walter Dunn, 58, died after his tractor overturned on a farm track on Monday. Tributes were paid to Mr Dunn, "
    "who was 58 and had farmed the land since boyhood.",
    "Retired nurse Ada Pike, 91, died in a house fire in Leek overnight. Neighbours said Mrs Pike, who was 91, "
    "lived alone with her cat.",
    # the living: a past "who was N" tells an age back then
    "Ruth Hale, 40, told the inquiry how she was abused by a coach. Hale, who was 12, said nobody listened.",
    "Joan Marsh, 72, died in hospital after the crash. Her son said Ms Marsh, who was 27 years older than him, had "
    "been driving to church.",
    "Sam Ortiz, 29, won the title on Sunday. Ortiz, who was 17 when he turned professional, thanked his mother.",
    # an age at the time of something else in the dead person's life
    "Poet Hugh Lamb, 66, has died, his publisher said. Lamb, who was 19 when his first book appeared, wrote 12 "
    "collections.",
]


@pytest.mark.parametrize("text,target", DEAD_AGE_FLAGS)
def test_dead_named_age_flagged(text, target):
    assert_flagged(text, target, "FC4")


@pytest.mark.parametrize("text", DEAD_AGE_CLEAN)
def test_dead_named_age_clean(text):
    assert_clean(text)


# ------------------------------------------------------------ 3. a tally told as a score, a side restated

SCORE_TALLY_FLAGS = [
    ("The House approved the budget 221-204 on Friday. Each of the 219 members who voted for it had been lobbied "
     "hard.", "219"),
    ("The board backed the merger 7-2 on Tuesday. The six directors who voted in favour said the deal was overdue.",
     "six"),
    ("Councillors rejected the parking scheme 9-4 after a heated meeting. The five councillors who voted for it said "
     "they would try again.", "five"),
    ("The assembly passed the new law 64-30 after a long debate. The 36 members who voted against it walked out in "
     "protest.", "36"),
    ("The union's executive endorsed the pay offer 15-6 late on Monday. The seven members who voted against it "
     "wanted a strike.", "seven"),
]

SCORE_TALLY_CLEAN = [
    "The House approved the budget 221-204 on Friday. Each of the 221 members who voted for it had been lobbied hard.",
    "The board backed the merger 7-2 on Tuesday. The seven directors who voted in favour said the deal was overdue.",
    "Councillors rejected the parking scheme 9-4 after a heated meeting. The four councillors who voted for it said "
    "they would try again.",
    "The assembly passed the new law 64-30 after a long debate. The 30 members who voted against it walked out in "
    "protest.",
    "The union's executive endorsed the pay offer 15-6 late on Monday. The six members who voted against it wanted "
    "a strike.",
    # a match won by a score is no vote
    "Rovers won the derby 3-1 on Saturday. The two players who voted for the captain's armband were rested.",
]


@pytest.mark.parametrize("text,target", SCORE_TALLY_FLAGS)
def test_score_tally_side_flagged(text, target):
    assert_flagged(text, target, "FC4")


@pytest.mark.parametrize("text", SCORE_TALLY_CLEAN)
def test_score_tally_side_clean(text):
    assert_clean(text)


# ------------------------------------------------------------ 4. a speaker's own age in the quote

OWN_AGE_FLAGS = [
    ("'I'm 74 and I have never been so frightened,' said Alan Royce, 71, whose car was swept away.", "71"),
    ("\"I am 90 years old and I still swim every morning,\" says Vera Kahn, 93, a regular at the lido.", "93"),
    ("Fisherman Joe Trent, 58, said: 'I'm 85 and I've never seen the harbour this empty.'", "85"),
    ("'I'm 16, so nobody listens to me,' said climate campaigner Maya Oduya, 17.", "17"),
    ("\u201cI\u2019m 63 now and this is the first time I\u2019ve voted,\u201d said Kofi Mensah, 36, outside the polling "
     "station.", "36"),
]

OWN_AGE_CLEAN = [
    "'I'm 71 and I have never been so frightened,' said Alan Royce, 71, whose car was swept away.",
    "\"I am 93 years old and I still swim every morning,\" says Vera Kahn, 93, a regular at the lido.",
    # another's age in the quote, or another speaker
    "Fisherman Joe Trent, 58, said: 'My father was 85 and he never saw the harbour this empty.'",
    "'I'm 16, so nobody listens to me,' said her brother, while campaigner Maya Oduya, 17, nodded.",
    "\u201cMy son is 63 now and this is the first time he has voted,\u201d said Kofi Mensah, 86, outside the polling "
    "station.",
    "'I'm 5 minutes from the finish,' said Ann Lowe, 40, on the phone.",
]


@pytest.mark.parametrize("text,target", OWN_AGE_FLAGS)
def test_spoken_own_age_flagged(text, target):
    assert_flagged(text, target, "FC4")


@pytest.mark.parametrize("text", OWN_AGE_CLEAN)
def test_spoken_own_age_clean(text):
    assert_clean(text)


# ------------------------------------------------------------ 5. "the N PARTICIPLE men" after "N NOUN were PARTICIPLE"

PARTICIPLE_FLAGS = [
    ("Forty passengers were stranded at the airport overnight after the storm. Staff handed out blankets to the 45 "
     "stranded people.", "45"),
    ("Nine pupils were stranded on the ridge by fog on Sunday. A helicopter lifted all 11 stranded children off "
     "before dark.", "11"),
    ("Twelve workers were trapped when the scaffold collapsed in Leeds. Firefighters freed the 14 trapped men within "
     "an hour.", "14"),
    ("Thirty residents were evacuated from the block after the gas leak. The 38 evacuated people spent the night in "
     "a school hall.", "38"),
    ("Six fishermen were rescued from a sinking trawler off Cork. The eight rescued men were taken to hospital as a "
     "precaution.", "eight"),
]

PARTICIPLE_CLEAN = [
    "Forty passengers were stranded at the airport overnight after the storm. Staff handed out blankets to the 40 "
    "stranded people.",
    "Nine pupils were stranded on the ridge by fog on Sunday. A helicopter lifted all nine stranded children off "
    "before dark.",
    "Twelve workers were trapped when the scaffold collapsed in Leeds. Firefighters freed the 12 trapped men within "
    "an hour.",
    "Thirty residents were evacuated from the block after the gas leak. The 30 evacuated people spent the night in "
    "a school hall.",
    # some of them, or others
    "Twelve workers were trapped when the scaffold collapsed in Leeds. Four of the trapped men were badly hurt.",
    "Forty passengers were stranded at the airport overnight. Another 25 stranded people were at the station.",
]


@pytest.mark.parametrize("text,target", PARTICIPLE_FLAGS)
def test_participle_of_people_flagged(text, target):
    assert_flagged(text, target, "FC4")


@pytest.mark.parametrize("text", PARTICIPLE_CLEAN)
def test_participle_of_people_clean(text):
    assert_clean(text)


# ------------------------------------------------------------ 6. "Since forming in YEAR" after "formed in YEAR"

SINCE_GERUND_FLAGS = [
    ("The choir, which formed in Bristol in 1994, sings at the cathedral every Easter. Since forming in 1996 it has "
     "toured 20 countries.", "1996"),
    ("Hartley's bakery, which opened in 1962, is to close next month. Since opening in 1965, it has been run by three "
     "generations of the family.", "1965"),
    ("The charity was founded in 2004 by two former nurses. Since being founded in 2001, the charity has helped 8,000 "
     "families.", "2001"),
    ("The quartet formed in Cork in 2011 and released a first album two years later. Since forming in 2013 they have "
     "played more than 600 gigs.", "2013"),
    ("The museum opened in 1988 in a former mill. Since opening in 1998 it has drawn four million visitors.", "1998"),
]

SINCE_GERUND_CLEAN = [
    "The choir, which formed in Bristol in 1994, sings at the cathedral every Easter. Since forming in 1994 it has "
    "toured 20 countries.",
    "Hartley's bakery, which opened in 1962, is to close next month. Since opening in 1962, it has been run by three "
    "generations of the family.",
    "The charity was founded in 2004 by two former nurses. Since being founded in 2004, the charity has helped 8,000 "
    "families.",
    # another act, another year in play, or another subject
    "The quartet formed in Cork in 2011 and split in 2015. Since re-forming in 2019 they have played 60 gigs.",
    "The museum opened in 1988 in a former mill. Since opening in 1998, its cafe has drawn four million visitors.",
    "The museum opened in 1988. Since its director started in 1998 it has drawn four million visitors.",
]


@pytest.mark.parametrize("text,target", SINCE_GERUND_FLAGS)
def test_since_gerund_year_flagged(text, target):
    assert_flagged(text, target, "FC4")


@pytest.mark.parametrize("text", SINCE_GERUND_CLEAN)
def test_since_gerund_year_clean(text):
    assert_clean(text)


# ------------------------------------------------------------ 7. a deal acted on later, the time the act's

DEAL_LATER_FLAGS = [
    ("The grocer agreed to acquire a regional chain for £640m on Tuesday. Shareholders will vote on the £560m deal in "
     "March.", "£560m"),
    ("The insurer agreed to buy its Dutch rival for €3.2bn, the companies said. Regulators are expected to rule on the "
     "€2.8bn takeover next month.", "€2.8bn"),
    ("A private equity firm agreed to buy the software maker for $950m. Its board is due to approve the $850m buyout "
     "later this month.", "$850m"),
    ("The brewer sold its soft drinks arm for £1.1bn last week. Competition officials will examine the £1.4bn sale in "
     "June.", "£1.4bn"),
    ("The miner agreed to acquire a copper project for A$720m. Investors will vote on the A$780m acquisition next "
     "year.", "A$780m"),
]

DEAL_LATER_CLEAN = [
    "The grocer agreed to acquire a regional chain for £640m on Tuesday. Shareholders will vote on the £640m deal in "
    "March.",
    "The insurer agreed to buy its Dutch rival for €3.2bn, the companies said. Regulators are expected to rule on the "
    "€3.2bn takeover next month.",
    "A private equity firm agreed to buy the software maker for $950m. Its board is due to approve the $950m buyout "
    "later this month.",
    # another deal at another time, told without a verb to come, or another thing
    "The grocer agreed to acquire a regional chain for £640m on Tuesday. The £560m deal in March was for a rival "
    "chain.",
    "The brewer sold its soft drinks arm for £1.1bn last week. It completed the £1.4bn sale of its wine business in "
    "June.",
    "The miner agreed to acquire a copper project for A$720m. A rival will bid for the A$780m nickel mine next year.",
]


@pytest.mark.parametrize("text,target", DEAL_LATER_FLAGS)
def test_deal_acted_on_later_flagged(text, target):
    assert_flagged(text, target, "FC4")


@pytest.mark.parametrize("text", DEAL_LATER_CLEAN)
def test_deal_acted_on_later_clean(text):
    assert_clean(text)


# ------------------------------------------------------------ 8. "'To have VERBed N ...'" remarks on the sum just told

REMARK_FLAGS = [
    ("The choir's sponsored sing raised £36,000 for the children's ward. 'To have raised £63,000 in one evening is "
     "incredible,' said organiser Ruth Vale.", "£63,000"),
    ("Volunteers collected 2,450 bags of litter from the beaches over the bank holiday. 'To have collected 4,250 bags "
     "in three days shows how much people care,' said ranger Tom Ash.", "4,250"),
    ("The appeal brought in £71,500 in its first week. \"To have brought in £17,500 so quickly is humbling,\" the "
     "charity's director said.", "£17,500"),
    ("The food bank handed out 3,120 parcels in December. 'To have handed out 1,320 parcels in a month breaks our "
     "record,' said manager Jo Penn.", "1,320"),
    ("The crowdfunder reached $25,400 overnight. 'To have reached $52,400 by breakfast was a shock,' said founder "
     "Ana Ruiz.", "$52,400"),
]

REMARK_CLEAN = [
    "The choir's sponsored sing raised £36,000 for the children's ward. 'To have raised £36,000 in one evening is "
    "incredible,' said organiser Ruth Vale.",
    "Volunteers collected 2,450 bags of litter from the beaches over the bank holiday. 'To have collected 2,450 bags "
    "in three days shows how much people care,' said ranger Tom Ash.",
    # a might-be, or another month
    "The appeal brought in £71,500 in its first week. \"To have brought in £17,500 would have been enough,\" the "
    "charity's director said.",
    "The food bank handed out 3,120 parcels in December. 'To have handed out 1,320 parcels in November was hard "
    "enough,' said manager Jo Penn.",
]


@pytest.mark.parametrize("text,target", REMARK_FLAGS)
def test_perfect_remark_swap_flagged(text, target):
    assert_flagged(text, target, "FC4")


@pytest.mark.parametrize("text", REMARK_CLEAN)
def test_perfect_remark_swap_clean(text):
    assert_clean(text)


def test_fewer_participle_people_may_be_some():
    """Fewer "trapped men" than were trapped may be some of them: silent."""
    assert_clean("Twelve workers were trapped when the scaffold collapsed in Leeds. Firefighters freed the nine "
                 "trapped men in the east wing first.")
