"""Restatements, round 5 shapes: each flagged paraphrase has a clean twin.

Shapes: a sum given by the verb of an award and restated as "the $N verdict";
an event's length given in a relative clause ("The inquest, which is due to run
for three weeks") and restated as "the N-week inquest"; a length restated under
the tail of a compound noun or a generic route noun ("the 240-mile pipeline ...
the 420-mile line"); a headline sum against the lead's one sum whose noun
phrases share a noun; "the N-year-old" addressed by a named official; a side of
a vote tally restated ("by 2,814 votes to 2,106 ... supporters, who won 2,601").
"""
from __future__ import annotations

import pytest

from checker import check_text


def _covers(finding, text, target):
    start = text.index(target)
    end = start + len(target)
    spans = [(finding.start, finding.end)] + [(r.start, r.end) for r in finding.related]
    return any(s < end and start < e for s, e in spans)


PAIRS = [
    # a sum given by an awarding verb, restated with "the"
    ("A jury awarded £2.3m to the family of a man killed at the quarry. The firm will appeal against the "
     "£3.2m award, its lawyers said.", "FC402", "£3.2m",
     "A jury awarded £2.3m to the family of a man killed at the quarry. The firm will appeal against the "
     "£2.3m award, its lawyers said."),
    ("Judges awarded the developer $15 million in damages on Friday. The city said it would challenge the "
     "$51 million judgment.", "FC402", "$51 million",
     "Judges awarded the developer $15 million in damages on Friday. The city said it would challenge the "
     "$15 million judgment."),
    ("An employment tribunal awarded her £86,000 for unfair dismissal. The council has accepted the "
     "£68,000 ruling.", "FC402", "£68,000",
     "An employment tribunal awarded her £86,000 for unfair dismissal. The council has accepted the "
     "£86,000 ruling."),
    # an event's length in a relative clause, restated as a modifier
    ("The inquest, which is due to run for three weeks, opened in Leeds on Tuesday. Evidence at the "
     "two-week inquest will be heard by a jury.", "FC405", "two-week",
     "The inquest, which is due to run for three weeks, opened in Leeds on Tuesday. Evidence at the "
     "three-week inquest will be heard by a jury."),
    ("The strike, expected to last 10 days, began at midnight. Union leaders said the 12-day strike "
     "could be called off.", "FC405", "12-day",
     "The strike, expected to last 10 days, began at midnight. Union leaders said the 10-day strike "
     "could be called off."),
    ("The festival, which lasted three days, drew 40,000 people to the park. The four-day festival ends "
     "tonight.", "FC405", "four-day",
     "The festival, which lasted three days, drew 40,000 people to the park. The three-day festival ended "
     "last night."),
    # a length restated under a compound's tail or a route noun
    ("The 310-mile pipeline will take gas from the coast to the refinery. Work on the 130-mile line "
     "starts in June.", "FC404", "130-mile",
     "The 310-mile pipeline will take gas from the coast to the refinery. Work on the 310-mile line "
     "starts in June."),
    ("Engineers are building a 64-metre footbridge over the river. The 46-metre bridge will open next "
     "year.", "FC404", "46-metre",
     "Engineers are building a 64-metre footbridge over the river. The 64-metre bridge will open next "
     "year."),
    ("The 18-mile bypass has been approved by ministers. Campaigners said the 81-mile route would "
     "destroy ancient woodland.", "FC404", "81-mile",
     "The 18-mile bypass has been approved by ministers. Campaigners said the 18-mile route would "
     "destroy ancient woodland."),
    # a headline sum against the lead's sum, noun phrases sharing a noun
    ("Town hall approves £48m swimming pool scheme\nPlans for an £84m swimming pool next to the station "
     "were approved on Monday.", "FC401", "£84m",
     "Town hall approves £48m swimming pool scheme\nPlans for a £48m swimming pool next to the station "
     "were approved on Monday."),
    ("Hospital to get $12m cancer unit\nA new $21m cancer unit will be built at St Mary's, managers "
     "said.", "FC401", "$21m",
     "Hospital to get $12m cancer unit\nA new $12m cancer unit will be built at St Mary's, managers "
     "said."),
    ("Cinema plan worth £8m gets green light\nA £6m cinema has been given planning permission in the "
     "town.", "FC401", "£6m",
     "Cinema plan worth £8m gets green light\nAn £8m cinema has been given planning permission in the "
     "town."),
    ("Trust unveils £2.5m plan for new wing\nThe hospital trust has unveiled plans for a £5.2m wing at the "
     "site.", "FC401", "£5.2m",
     "Trust unveils £2.5m plan for new wing\nThe hospital trust has unveiled plans for a £2.5m wing at the "
     "site."),
    ("The 85-mile canal was restored by volunteers. Boats on the 58-mile waterway must now pay a fee.",
     "FC404", "58-mile",
     "The 85-mile canal was restored by volunteers. Boats on the 85-mile waterway must now pay a fee."),
    ("£14m sports hub approved\nPlanners have approved a £41m sports hub at Castle Park.", "FC401", "£41m",
     "£14m sports hub approved\nPlanners have approved a £14m sports hub at Castle Park."),
    ("A judge ordered the council to pay £48,000. The £84,000 award was criticised.", "FC402", "£84,000",
     "A judge ordered the council to pay £48,000. The £48,000 award was criticised."),
    ("The 3.2-mile tunnel was opened in 1994. Engineers will inspect the 2.3-mile crossing every year.",
     "FC404", "2.3-mile",
     "The 3.2-mile tunnel was opened in 1994. Engineers will inspect the 3.2-mile crossing every year."),
    ("The 56-mile rail line will link the two cities. The 65-mile railway is due to open in 2030.", "FC404",
     "65-mile", "The 56-mile rail line will link the two cities. The 56-mile railway is due to open in 2030."),
    ("The 17-mile cycle path opened on Saturday. Riders on the 71-mile trail praised the views.", "FC404",
     "71-mile", "The 17-mile cycle path opened on Saturday. Riders on the 17-mile trail praised the views."),
    ("Mr Patel, 39, was appointed in May. The 93-year-old previously ran a bakery.", "FC403", "93-year-old",
     "Mr Patel, 39, was appointed in May. The 39-year-old previously ran a bakery."),
    ("Man jailed for 12 years for robbery\nA man who robbed a post office has been jailed for 21 years at "
     "Leeds Crown Court.", "FC401", "21 years",
     "Man jailed for 12 years for robbery\nA man who robbed a post office has been jailed for 12 years at "
     "Leeds Crown Court."),
    ("Driver banned for three years\nA driver caught at 120mph was banned from driving for two years by "
     "magistrates.", "FC401", "two years",
     "Driver banned for three years\nA driver caught at 120mph was banned from driving for three years by "
     "magistrates."),
    ("Shell agreed to pay $3.6bn to settle the claims. The $6.3bn settlement is the largest of its kind.",
     "FC402", "$6.3bn",
     "Shell agreed to pay $3.6bn to settle the claims. The $3.6bn settlement is the largest of its kind."),
    ("Tom Hart (34) was arrested on Friday. The 43-year-old was released on bail.", "FC403", "43-year-old",
     "Tom Hart (34) was arrested on Friday. The 34-year-old was released on bail."),
    ("Elsa Grant, 71, was knocked down on Friday. The 17-year-old pensioner died in hospital.", "FC403",
     "17-year-old", "Elsa Grant, 71, was knocked down on Friday. The 71-year-old pensioner died in hospital."),
    ("Tom Hart, 34, was arrested on Friday. Officers said the 43-year-old father-of-two was released on bail.",
     "FC403", "43-year-old",
     "Tom Hart, 34, was arrested on Friday. Officers said the 34-year-old father-of-two was released on bail."),
    ("Members rejected the offer by 5,600 votes to 2,100. The 2,010 who voted in favour were mostly office "
     "staff.", "FC402", "2,010",
     "Members rejected the offer by 5,600 votes to 2,100. The 2,100 who voted in favour were mostly office "
     "staff."),
    ("Councillors voted by 28 votes to 17 to approve the budget. The 71 who voted against said it cut too deep.",
     "FC402", "71",
     "Councillors voted by 28 votes to 17 to approve the budget. The 17 who voted against said it cut too deep."),
    ("The six-week trial began on Monday. The trial, which is expected to last four weeks, will hear from 40 "
     "witnesses.", "FC405", "four weeks",
     "The six-week trial began on Monday. The trial, which is expected to last six weeks, will hear from 40 "
     "witnesses."),
    ("A three-day festival opens in the park today. The festival, which runs for four days, has sold out.",
     "FC405", "four days",
     "A three-day festival opens in the park today. The festival, which runs for three days, has sold out."),
    ("The measure was approved by 58% to 42%. The 48% who voted against were mostly from rural areas.",
     "FC402", "48%",
     "The measure was approved by 58% to 42%. The 42% who voted against were mostly from rural areas."),
    ("Voters rejected the plan by 61% to 39%. Supporters, who won 31% of the vote, said they would try again.",
     "FC402", "31%",
     "Voters rejected the plan by 61% to 39%. Supporters, who won 39% of the vote, said they would try again."),
    ("A couple from Hull won £1.2m on the lottery. They plan to share the £2.1m jackpot with family.", "FC402",
     "£2.1m", "A couple from Hull won £1.2m on the lottery. They plan to share the £1.2m jackpot with family."),
    ("The gang stole £40,000 from the bank. Police have recovered part of the £400,000 haul.", "FC402",
     "£400,000", "The gang stole £40,000 from the bank. Police have recovered part of the £40,000 haul."),
    ("A former pupil donated £50,000 to the school. The £15,000 gift will fund a new library.", "FC402",
     "£15,000", "A former pupil donated £50,000 to the school. The £50,000 gift will fund a new library."),
    ("Priya Nair, 52, a teacher from Slough, was cleared of all charges on Friday. Outside court, the "
     "25-year-old thanked her family.", "FC403", "25-year-old",
     "Priya Nair, 52, a teacher from Slough, was cleared of all charges on Friday. Outside court, the "
     "52-year-old thanked her family."),
    ("Daniel Ruiz, 19, of Canal Street, Salford, was found guilty of burglary. Sentencing the 91-year-old, the "
     "judge said he had shown no remorse.", "FC403", "91-year-old",
     "Daniel Ruiz, 19, of Canal Street, Salford, was found guilty of burglary. Sentencing the 19-year-old, the "
     "judge said he had shown no remorse."),
    ("The 1,200-mile border wall is unfinished. Work on the 2,100-mile barrier stopped in 2021.", "FC404",
     "2,100-mile", "The 1,200-mile border wall is unfinished. Work on the 1,200-mile barrier stopped in 2021."),
    ("Labour's Ann Price beat Tom Hale by 12,480 votes to 9,310. Hale, who polled 9,130 votes, said he would "
     "stand again.", "FC402", "9,130",
     "Labour's Ann Price beat Tom Hale by 12,480 votes to 9,310. Hale, who polled 9,310 votes, said he would "
     "stand again."),
    ("Dr Sam Okafor defeated the sitting councillor Jane Reid by 1,420 votes to 1,180. Reid's 1,810 votes were "
     "her lowest in 20 years.", "FC402", "1,810",
     "Dr Sam Okafor defeated the sitting councillor Jane Reid by 1,420 votes to 1,180. Reid's 1,180 votes were "
     "her lowest in 20 years."),
    ("The 1,500-megawatt plant will close in 2027. Owners said the 1,050-megawatt station was uneconomic.",
     "FC402", "1,050-megawatt",
     "The 1,500-megawatt plant will close in 2027. Owners said the 1,500-megawatt station was uneconomic."),
    ("Webb, 27, was jailed. Judge Ruth Lowe told the 72-year-old: \"You are a danger.\"", "FC403", "72-year-old",
     "Webb, 27, was jailed. Judge Ruth Lowe told the 27-year-old: \"You are a danger.\""),
    # "the N-year-old" spoken to by a named official, the accused's age given before
    ("Maria Costa, 29, of Elm Street, Bristol, pleaded guilty to fraud. Recorder James Hill told the "
     "92-year-old she faced jail.", "FC403", "92-year-old",
     "Maria Costa, 29, of Elm Street, Bristol, pleaded guilty to fraud. Recorder James Hill told the "
     "29-year-old she faced jail."),
    ("Tom Reid, 51, denied assault at Leeds Crown Court on Monday. Prosecutor Anne Blake said the "
     "15-year-old had punched a neighbour.", "FC403", "15-year-old",
     "Tom Reid, 51, denied assault at Leeds Crown Court on Monday. Prosecutor Anne Blake said the "
     "51-year-old had punched a neighbour."),
    # a side of a vote tally restated
    ("Members backed the merger by 412 votes to 138. Opponents of the deal, who mustered 183 votes, "
     "said they would fight on.", "FC402", "183",
     "Members backed the merger by 412 votes to 138. Opponents of the deal, who mustered 138 votes, "
     "said they would fight on."),
    ("Residents rejected the parking scheme by 1,950 votes to 1,420. The 1,240 votes cast in favour "
     "were mostly from the town centre.", "FC402", "1,240",
     "Residents rejected the parking scheme by 1,950 votes to 1,420. The 1,420 votes cast in favour "
     "were mostly from the town centre."),
    ("The motion was carried by 31 votes to 22. The 13 councillors who voted against were all from the "
     "opposition.", "FC402", "13",
     "The motion was carried by 31 votes to 22. The 22 councillors who voted against were all from the "
     "opposition."),
    ("Members voted to accept the pay offer by 5,210 votes to 3,980. Those against, who cast 3,890 votes, "
     "said the fight would go on.", "FC402", "3,890",
     "Members voted to accept the pay offer by 5,210 votes to 3,980. Those against, who cast 3,980 votes, "
     "said the fight would go on."),
    ("Union members voted to strike by 1,420 votes to 380. The 830 members who voted against will still be "
     "asked to walk out.", "FC402", "830",
     "Union members voted to strike by 1,420 votes to 380. The 380 members who voted against will still be "
     "asked to walk out."),
    ("Residents voted against the wind farm by 612 to 489. Opponents, who won 621 votes, celebrated.", "FC402",
     "621", "Residents voted against the wind farm by 612 to 489. Opponents, who won 612 votes, celebrated."),
]

CLEAN = [
    "The 1,500-megawatt plant will close in 2027. A new 1,050-megawatt station will replace it.",
    "The club's 30,000-seat stadium is full. The 8,000-seat training ground is next door.",
    "Ann Price beat Tom Hale by 12,480 votes to 9,310. Mary Cole, who polled 2,100 votes, came third.",
    "Ann Price beat Tom Hale by 12,480 votes to 9,310. In 2019, Hale polled 8,000 votes.",
    "Tom Hart, 34, died after being hit by a car. The 43-year-old, who was driving, stopped at the scene.",
    "Tom Hart, 34, was jailed for attacking his neighbour. Judge Ann Cole said the 43-year-old had suffered a "
    "broken jaw.",
    "Ann Lee, 70, was knocked down by a cyclist. The 17-year-old stopped to help her.",
    "Priya Nair, 52, was attacked by a man in the street. Outside court, the 25-year-old wept.",
    "Daniel Ruiz, 19, was found guilty of attacking a man. Sentencing him, the judge praised the 91-year-old, "
    "who had given evidence.",
    "The 1,200-mile border wall is unfinished. A separate 210-mile barrier stands on the coast.",
    "A couple from Hull won £1.2m on the lottery. The £2.1m jackpot last month went to a syndicate in Kent.",
    "The gang stole £40,000 from the bank. They were also linked to a £400,000 haul in 2019.",
    "The club won £2m in prize money. The £3m jackpot was shared by two other clubs.",
    "The firm won a £3m contract in May. The £5m prize for innovation went to a rival.",
    "The six-week trial began on Monday. The trial is now expected to last eight weeks.",
    "The 48-hour strike starts on Friday. A second strike will last 24 hours.",
    "Voters rejected the plan by 61% to 39%. In Leeds, supporters won 31% of the vote.",
    "Brothers jailed for 12 years\nTwo brothers were jailed for six years each for a string of robberies.",
    "Man jailed for 12 years for robbery\nA man who robbed a post office was jailed for 12 years, and his "
    "accomplice for eight years.",
    "Tom Hart, 34, was hurt in the crash. The 43-year-old woman driving the van was unhurt.",
    "Tom Hart, 34, was hurt when a van hit him. The 43-year-old driver was arrested.",
    "Tom Hart, 34, and Amy Cole, 29, were hurt. The 43-year-old pensioner was unhurt.",
    "Members rejected the offer by 5,600 votes to 2,100. The 900 who voted in favour in Leeds were office staff.",
    "The firm settled for $3.6bn last year. The $6.3bn settlement reached this week covers new claims.",
    "The club ordered 40 new kits for £2,000. The £4,000 award from the council paid for coaching.",
    "Staff voted to accept the offer by 300 to 120. Nurses voted against it by 80 to 60.",
    "The 12-mile line was built in 1880. The 21-mile railway to the north came later.",
    "The 12-mile line was built in 1880. It joins the 21-mile railway at Crewe.",
    "The 2-mile tunnel opened in 1990. The 5-mile crossing upstream is a bridge.",
    "£20m school building plan\nThe council's £200m school building plan was approved in 2020, with a £20m "
    "first phase.",
    "Jo Smith, 34, was hit by a car driven by a 43-year-old man. The 43-year-old previously worked as a driver.",
    "Kim Lee, 25, won gold. Lee's coach, Sam Ford, said the 52-year-old had been her mentor.",
    "A jury awarded $4.7 million to a woman injured in a fall. A second jury awarded her sister $7.4 million. "
    "The $7.4 million verdict was also appealed.",
    "Voters backed the plan by 2,814 votes to 2,106. In neighbouring Wexham, supporters won 1,900 votes.",
    # probes of the guards: parts, shares for each, other recipients, other dates, joined structures,
    # other ballots, a sub-group, a scorer who scored twice
    "Council backs £36m leisure centre plan\nCouncillors backed the plan, which includes a £6m leisure pool, on "
    "Tuesday.",
    "Club agrees £90m stadium deal\nThe club has agreed a £60m stadium naming deal, on top of a £30m loan.",
    "A jury awarded $1.2 million to each of the six plaintiffs. The $7.2 million verdict is the largest in the "
    "county.",
    "The tribunal awarded him £20,000. The £40,000 award made to his colleague was also upheld.",
    "The strike, which lasted three days in March, was followed by another in May. The four-day strike in May "
    "closed schools.",
    "The 300-mile pipeline links Aberdeen to Teesside. It will connect to the 420-mile line running to London.",
    "Voters backed the plan by 2,814 votes to 2,106. Opponents had won 2,601 votes at the last referendum in "
    "2019.",
    "Voters backed the plan by 2,814 votes to 2,106. Supporters said the 708-vote margin was decisive.",
    "The union's members backed strike action by 3,400 votes to 1,200. Supporters of the deal among nurses won "
    "800 votes.",
    "Kane's 12th-minute goal put England ahead before Saka scored. Kane's 88th-minute penalty sealed the win.",
    "Kane's 30th-minute goal was his 50th for England. Kane, who scored in the 70th minute of the last meeting, "
    "was rested.",
    "The motion was carried by 31 votes to 22, a majority of nine.",
    # a headline sum that is the whole, the body's first sum a part of it
    "£40m flood scheme for city\nThe government has given £4m towards a £40m flood scheme.",
    "Cinema plan worth £8m gets green light\nA £6m cinema extension has been given planning permission, "
    "taking the total spend to £8m.",
    # a subset of one side, named by its party
    "The bill passed by 250 votes to 180. Labour, which has 120 MPs, voted against.",
    "The 90-mile railway closed in 1965. Campaigners want to reopen the 19-mile stretch near Ayr.",
    "Kevin Moss, 45, pleaded guilty to attacking Peter Lamb. The 54-year-old needed surgery.",
    # different awards, qualified
    "A jury awarded $4.7 million in compensatory damages. It added $2.7 million in punitive damages, "
    "bringing the verdict to $7.4 million.",
    "The jury awarded $4.7 million to the woman. Last year the firm paid a $7.4 million verdict in a "
    "separate case in Texas.",
    # an event's length updated
    "The trial, which was expected to last six weeks, has now run for eight weeks. The eight-week trial "
    "continues.",
    # a different structure of the same unit
    "The 240-mile pipeline will join the existing 420-mile line near Leeds.",
    "The 12-mile bypass opened in May. Drivers on the 30-mile route to Hull still face delays.",
    # another person comes between and is not speaking
    "Jo Smith, 34, was attacked by Peter Brown in the street. The 43-year-old was later arrested.",
    # a different vote
    "Members backed the merger by 412 votes to 138. In a second ballot, the pay offer won 301 votes.",
    "Voters rejected the plan by 2,814 votes to 2,106. Supporters of a rival plan won 1,000 votes last "
    "year.",
]


@pytest.mark.parametrize("text,code,target,twin", PAIRS, ids=[f"{c}-{i}" for i, (_, c, _, _) in enumerate(PAIRS)])
def test_paraphrase_flags(text, code, target, twin):
    found = [f for f in check_text(text) if f.rule == code and f.is_problem]
    assert any(_covers(f, text, target) for f in found), [f.message for f in check_text(text)]


@pytest.mark.parametrize("text,code,target,twin", PAIRS, ids=[f"twin-{i}" for i in range(len(PAIRS))])
def test_twin_clean(text, code, target, twin):
    bad = [f.message for f in check_text(twin) if f.is_problem]
    assert not bad


@pytest.mark.parametrize("text", CLEAN, ids=[f"clean-{i}" for i in range(len(CLEAN))])
def test_clean(text):
    bad = [f.message for f in check_text(text) if f.is_problem]
    assert not bad


def test_margin_of_a_tally():
    text = "The motion was carried by 31 votes to 22. The majority of 19 was bigger than expected."
    assert any(f.rule == "FC402" and f.is_problem and _covers(f, text, "19") for f in check_text(text))
    text = "Voters backed the plan by 2,814 votes to 2,106. Supporters said the 780-vote margin was decisive."
    assert any(f.rule == "FC402" and f.is_problem and _covers(f, text, "780-vote") for f in check_text(text))


GOAL_PAIRS = [
    ("Okoro's 64th-minute header earned Rovers a point at Ashton Gate. Okoro, who scored in the 46th minute, "
     "was later booked.", "46th",
     "Okoro's 64th-minute header earned Rovers a point at Ashton Gate. Okoro, who scored in the 64th minute, "
     "was later booked."),
    ("Lina Berg's 23rd-minute penalty was enough for Sweden. Berg, whose spot-kick in the 32nd minute settled "
     "the tie, has now scored in five straight games.", "32nd",
     "Lina Berg's 23rd-minute penalty was enough for Sweden. Berg, whose spot-kick in the 23rd minute settled "
     "the tie, has now scored in five straight games."),
]
GOAL_CLEAN = [
    # a player who may have scored more than once
    "Okoro's 12th-minute header put Rovers ahead. Okoro scored again in the 80th minute to seal a 2-0 win.",
    # two goals named apart
    "Okoro's 12th-minute opener was cancelled out before the break. Okoro, whose winner came in the 80th "
    "minute, was named man of the match.",
    # another scorer
    "Okoro's 12th-minute header put Rovers ahead. Diallo, who scored in the 80th minute, sealed the win.",
]


@pytest.mark.parametrize("text,target,twin", GOAL_PAIRS)
def test_goal_minute(text, target, twin):
    assert any(f.rule == "FC402" and f.is_problem and _covers(f, text, target) for f in check_text(text))
    assert not [f.message for f in check_text(twin) if f.is_problem]


@pytest.mark.parametrize("text", GOAL_CLEAN)
def test_goal_minute_clean(text):
    assert not [f.message for f in check_text(text) if f.is_problem]


# the headline's age beside a neutral noun ("Teenager, 17,") and the lead's age beside a noun for the
# same kind of person ("a 16-year-old boy"): same life stage, no other sex
HEADLINE_AGE_FLAG = [
    ("Teen, 15, missing from Bolton home\nPolice are searching for a 14-year-old girl who was last seen on "
     "Friday evening.", "14-year-old"),
    ("Pensioner, 81, conned out of life savings\nAn 84-year-old woman from Hove lost £30,000 to fraudsters "
     "posing as bank staff.", "84-year-old"),
    ("Youth, 19, admits arson at school\nA 18-year-old boy has pleaded guilty to starting the fire at "
     "Hillside Academy.", "18-year-old"),
]
HEADLINE_AGE_CLEAN = [
    "Teen, 15, missing from Bolton home\nPolice are searching for a 15-year-old girl who was last seen on Friday.",
    # the lead's noun is named in the headline: another person
    "Teenager, 17, jailed for attack on girl\nA 16-year-old girl was left with a broken jaw after the attack.",
    "Teenager, 17, hurt in crash that killed friend\nA 16-year-old girl died at the scene on the A64.",
    # another life stage, or the other sex
    "Pensioner, 81, attacked at home\nA 17-year-old boy has been charged with assault.",
    "Schoolboy, 13, hurt by falling branch\nA 12-year-old girl was also treated at the scene.",
    "Man, 30, jailed for robbing OAP\nAn 85-year-old pensioner was robbed at knifepoint in her home.",
]


@pytest.mark.parametrize("text,target", HEADLINE_AGE_FLAG)
def test_headline_age_same_kind_of_person(text, target):
    found = [f for f in check_text(text) if f.is_problem and f.rule.startswith("FC4")]
    assert found, check_text(text)
    assert any(text[f.start:f.end].startswith(target) for f in found), [(f.rule, text[f.start:f.end]) for f in found]


@pytest.mark.parametrize("text", HEADLINE_AGE_CLEAN)
def test_headline_age_same_kind_of_person_clean(text):
    assert not [f for f in check_text(text) if f.is_problem], check_text(text)


# a term restated after "the/his sentence of", the length in two parts ("three years and
# two months") read as one length
TERM_OF_FLAG = [
    ("Ms Okafor was jailed for five years and three months at Snaresbrook Crown Court. The judge said her "
     "sentence of three years and five months took account of her age.", "three years and five months"),
    ("Carter was sentenced to two years and eight months. Lawyers said the term of two years and six "
     "months was fair.", "two years and six months"),
    ("The rider was banned for 18 months by the federation on Tuesday. His ban of two years and one month "
     "starts immediately.", "two years and one month"),
    ("Dunne was jailed for seven years in March. His sentence of nine years was the longest handed down "
     "at the court that month.", "nine years"),
]
TERM_OF_CLEAN = [
    "Ms Okafor was jailed for five years and three months at Snaresbrook Crown Court. The judge said her "
    "sentence of five years and three months took account of her age.",
    "Carter was sentenced to two years and eight months. Lawyers said the term of 32 months was fair.",
    # two people, two sentences
    "Carter was jailed for four years and his brother for two years and six months. The brother's sentence "
    "of two years and six months was suspended.",
    # another term
    "Reid was jailed for six years in 2021. His sentence of four years was for a separate assault.",
    # the term changed on appeal
    "Dunne was jailed for seven years in March. On appeal, his sentence of nine years was reduced.",
    # another kind of term
    "The rider was banned for 18 months by the federation. His contract of two years was torn up.",
]


@pytest.mark.parametrize("text,target", TERM_OF_FLAG)
def test_term_of_restated(text, target):
    found = [f for f in check_text(text) if f.is_problem and f.rule == "FC405"]
    assert found, check_text(text)
    t0 = text.index(target, text.index(".") + 1)
    assert any(f.start <= t0 < f.end for f in found), [(f.rule, text[f.start:f.end]) for f in found]


@pytest.mark.parametrize("text", TERM_OF_CLEAN)
def test_term_of_restated_clean(text):
    assert not [f for f in check_text(text) if f.is_problem], check_text(text)
