"""Round 14 shapes of sums: each case is a flag text (rule code and target
span asserted) and its clean twin (no error or warning)."""
from __future__ import annotations

import pytest

from checker import check_text


def problems(text):
    return [f for f in check_text(text) if f.is_problem]


def _check(text, rule, target, twin):
    found = [f for f in problems(text) if f.rule == rule]
    spans = [text[f.start:f.end] for f in found]
    assert found and any(target in s or s in target for s in spans), \
        (text, [(f.rule, text[f.start:f.end], f.message) for f in problems(text)])
    assert found[0].arithmetic and found[0].tolerance
    assert problems(twin) == [], [(f.rule, twin[f.start:f.end], f.message) for f in problems(twin)]


# a thing with an article closing a list of counted things is one more part of one
ARTICLE_ONE = [
    ("Rowers bring home 12 medals\nThe crews took five golds, five silvers and a bronze in Lucerne.",
     "12",
     "Rowers bring home 11 medals\nThe crews took five golds, five silvers and a bronze in Lucerne."),
    ("Swimmers end meet with seven medals\nThe squad won two silvers, three bronzes and a gold on the last night.",
     "seven",
     "Swimmers end meet with six medals\nThe squad won two silvers, three bronzes and a gold on the last night."),
    ("The 14 people hurt were made up of eight men, four women and a child, the ambulance service said.",
     "14",
     "The 14 people hurt were made up of nine men, four women and a child, the ambulance service said."),
    ("The convoy of 23 vehicles was made up of 17 lorries, four vans and a tanker.", "23",
     "The convoy of 22 vehicles was made up of 17 lorries, four vans and a tanker."),
    ("A total of 41 buildings were damaged - 31 houses, eight shops and a church.", "41",
     "A total of 40 buildings were damaged - 31 houses, eight shops and a church, along with a bridge."),
]


@pytest.mark.parametrize("text,target,twin", ARTICLE_ONE)
def test_article_closes_a_list_as_one(text, target, twin):
    _check(text, "FC101", target, twin)


# points scored by plays worth different numbers of points are no plain sum
PLAYS = [
    "Moreno finished with 27 points, made up of eight two-point baskets, two three-pointers and five free throws.",
    "The Warriors' 33 points came from three tries, three conversions and four penalties.",
    # (round 31: FC105 now knows the scores' worth: two tries, three penalties and a drop goal make 22 in rugby
    # union, so the 19 written here before is flagged; the plays are still no plain sum)
    "The home side's 22 points came from two tries, three penalties and a drop goal.",
    "They collected 21 points from six wins and three draws over the first half of the season.",
]


@pytest.mark.parametrize("text", PLAYS)
def test_points_from_plays_stay_silent(text):
    assert problems(text) == [], [(f.rule, text[f.start:f.end], f.message) for f in problems(text)]


def test_points_still_add_as_points():
    text = "She scored 30 points, made up of 18 points in the first half and 14 in the second."
    _check(text, "FC101", "30", "She scored 32 points, made up of 18 points in the first half and 14 in the second.")


# "a" in other roles is no part of one
NOT_ONE = [
    "The 30 staff were made up of 18 nurses, 11 porters and a further team of cleaners.",
    "The 25 seats went to 14 Labour councillors, ten Greens and a handful of independents.",
]


@pytest.mark.parametrize("text", NOT_ONE)
def test_article_in_other_roles(text):
    assert problems(text) == [], [(f.rule, text[f.start:f.end], f.message) for f in problems(text)]


def test_article_item_first_keeps_list_open():
    text = ("The gallery has acquired four pieces at auction: a Hepworth bronze, two Nash prints and a drawing "
            "by Moore.")
    assert problems(text) == [], [(f.rule, text[f.start:f.end], f.message) for f in problems(text)]


# men and women (or boys and girls) in the sentence after the lone count of people they divide: the
# parts may not exceed it (partial)
PEOPLE_SPLIT = [
    ("Some 1,840 walkers set off from the harbour on Sunday. Stewards said 950 men and 1,010 women completed "
     "the route.", "1,840",
     "Some 1,840 walkers set off from the harbour on Sunday. Stewards said 850 men and 910 women completed "
     "the route."),
    ("Exactly 412 volunteers turned out for the beach clean. The organisers counted 230 women and 201 men.", "412",
     "Exactly 412 volunteers turned out for the beach clean. The organisers counted 211 women and 201 men."),
    ("A record 5,060 swimmers took part in the lake crossing. Of the finishers, 2,700 were men and 2,480 women, "
     "the fastest in 41 minutes.", "5,060",
     "A record 5,060 swimmers took part in the lake crossing. Of the finishers, 2,500 were men and 2,480 women, "
     "the fastest in 41 minutes."),
    ("Eighty-one athletes were selected.\nThe squad includes 44 men and 39 women.", "Eighty-one",
     "Eighty-one athletes were selected.\nThe squad includes 42 men and 39 women."),
]


@pytest.mark.parametrize("text,target,twin", PEOPLE_SPLIT)
def test_people_split_in_next_sentence(text, target, twin):
    _check(text, "FC102", target, twin)


PEOPLE_SPLIT_OTHER_PERIOD = [
    "The hospital treated 640 patients last month. Over the year, 2,100 men and 1,900 women were admitted.",
    "The hospital treated 640 patients in March. In 2023, 2,100 men and 1,900 women were admitted.",
    "The club has 2,000 members. Last season 1,300 men and 900 women played.",
    "The charity trained 300 volunteers this spring. Since 2015, 2,400 men and 3,100 women have joined it.",
]


@pytest.mark.parametrize("text", PEOPLE_SPLIT_OTHER_PERIOD)
def test_people_split_of_another_period_stays_silent(text):
    assert problems(text) == [], [(f.rule, text[f.start:f.end], f.message) for f in problems(text)]


def _check_sum(text, target, twin):
    found = [f for f in problems(text) if f.rule in ("FC101", "FC102")]
    assert found and any(target in text[f.start:f.end] for f in found), \
        (text, [(f.rule, text[f.start:f.end], f.message) for f in problems(text)])
    assert found[0].arithmetic and found[0].tolerance
    assert problems(twin) == [], [(f.rule, twin[f.start:f.end], f.message) for f in problems(twin)]


# a comparative joined to a noun by a hyphen ("short-haul", "long-term", "lower-rate") is a compound
# modifier of the part, not a difference
HYPHENED_KINDS = [
    ("The carrier scrapped 2,460 flights in the strike. Of those, 1,580 were short-haul routes and 940 were "
     "long-haul, it said.", "2,460",
     "The carrier scrapped 2,520 flights in the strike. Of those, 1,580 were short-haul routes and 940 were "
     "long-haul, it said."),
    ("Of the 860 loans approved, 510 were short-term and 390 were long-term.", "860",
     "Of the 900 loans approved, 510 were short-term and 390 were long-term."),
    ("The council housed 2,150 families last year: 1,300 in short-stay hostels and 950 in long-stay flats.",
     "2,150",
     "The council housed 2,250 families last year: 1,300 in short-stay hostels and 950 in long-stay flats."),
    ("Inspectors audited 3,400 taxpayers in May. Among them, 2,100 were higher-rate payers and 1,500 were "
     "lower-rate payers.", "3,400",
     "Inspectors audited 3,600 taxpayers in May. Among them, 2,100 were higher-rate payers and 1,500 were "
     "lower-rate payers."),
]


@pytest.mark.parametrize("text,target,twin", HYPHENED_KINDS)
def test_hyphened_comparative_is_a_kind(text, target, twin):
    _check_sum(text, target, twin)


def test_comparative_still_a_difference():
    text = "The airline ran 1,240 flights, 780 short of its plan and 520 more than last year."
    assert problems(text) == [], [(f.rule, text[f.start:f.end], f.message) for f in problems(text)]


# an article item before or inside the list is one part too; a spaced hyphen opens the list like a dash
ARTICLE_ONE_INSIDE = [
    ("The storm wrecked 15 boats - a trawler, nine yachts and four dinghies.", "15",
     "The storm wrecked 14 boats - a trawler, nine yachts and four dinghies."),
    ("The relay squads won seven medals: two golds, a silver and three bronzes.", "seven",
     "The relay squads won six medals: two golds, a silver and three bronzes."),
    ("The family of nine was made up of six sons, a daughter and the two parents.", None, None),
    ("The crash left 13 casualties, of whom eight were men, three women and a child.", "13",
     "The crash left 12 casualties, of whom eight were men, three women and a child."),
    ("Rescuers saved 26 animals: 14 dogs, ten cats and a parrot.", "26",
     "Rescuers saved 25 animals: 14 dogs, ten cats and a parrot."),
]


def test_article_item_after_money_is_no_part():
    text = "The council will spend £12m, £6m on roads, £4m on parks and a new library."
    assert problems(text) == [], [(f.rule, text[f.start:f.end], f.message) for f in problems(text)]


@pytest.mark.parametrize("text,target,twin", ARTICLE_ONE_INSIDE)
def test_article_item_inside_list(text, target, twin):
    if target is None:
        assert [f for f in problems(text) if f.rule.startswith("FC10")] == []
        return
    _check(text, "FC101", target, twin)


# a whole of two fates ("killed or injured", "destroyed or damaged") and two parts, one of each fate in
# words of its own, is all of it
EITHER_FATE = [
    ("The earthquake killed or injured 314 people. Officials said 112 died and 190 were hurt.", "314",
     "The earthquake killed or injured 302 people. Officials said 112 died and 190 were hurt."),
    ("A total of 96 people were killed or wounded in the attack. Some 41 were killed and 48 wounded, the army "
     "said.", "96",
     "A total of 89 people were killed or wounded in the attack. Some 41 were killed and 48 wounded, the army "
     "said."),
    ("The gales destroyed or damaged 2,340 houses on the islands. Of those, 610 were razed and another 1,430 "
     "suffered roof damage.", "2,340",
     "The gales destroyed or damaged 2,040 houses on the islands. Of those, 610 were razed and another 1,430 "
     "suffered roof damage."),
    ("Floods damaged or destroyed 780 homes. Officials said 130 houses were wrecked and a further 520 were "
     "damaged.", "780",
     "Floods damaged or destroyed 650 homes. Officials said 130 houses were wrecked and a further 520 were "
     "damaged."),
]


@pytest.mark.parametrize("text,target,twin", EITHER_FATE)
def test_two_fates_cover_the_whole(text, target, twin):
    _check(text, "FC101", target, twin)


EITHER_FATE_PARTIAL = [
    "The earthquake killed or injured 314 people. Of those, 12 children died and 30 children were hurt.",
    "The earthquake killed or injured 314 people. Officials said 112 died in the capital and 90 died in the north.",
    "The storm destroyed or damaged 240 homes. Officials said 150 were flooded and 60 lost power.",
]


@pytest.mark.parametrize("text", EITHER_FATE_PARTIAL)
def test_two_fates_not_named_stay_partial(text):
    assert problems(text) == [], [(f.rule, text[f.start:f.end], f.message) for f in problems(text)]
