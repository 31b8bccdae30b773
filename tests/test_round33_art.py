"""Round 33 (articles): relations a full article held apart, each read in its own wording.

1. a span of time after the part ("in work 18 months after leaving") is no figure that could stand between a
   part and its share: the long gap "Of the BASE ..., PART ... - SHARE" is still one clause
   (``shares._one_clause``);
2. a sum told as "SHARE of the cost" is a share of the one cost told earlier (``cost_shares``);
3. "turned N on DAY" on a name after its description ("The elephant Kamala", "The zoo's oldest resident, the
   Asian elephant Kamala,") and "Born ... in YEAR, she" in the next sentence: one person (``dates._TURN_SUBJECT``,
   ``dates._one_person``: a capitalised word of origin describing the one named is no second person);
4. a name's figure set off by a comma, and its rate after "at" ("Ann Roe, with 58 at 22.41,"), is no item of a
   list of names (``lists._FIGURE_TAIL``);
5. a part labelled "at the higher rent" or by a short quoted term ('at the "social rent"') is no difference, and
   the quoted term no break before "the remaining N" (``sums._COMPARATIVE_IN_LABEL``, ``sums._QUOTED_TERM``);
6. the whole's span told before its parts ("The fair, which ran from Friday, May 2, to Sunday, May 4, drew 8,100
   on its first day, ...") is no period of a part's own (``sums._whole_span_before``);
7. a move told as a multiple ("more than doubled") and its two levels in the next sentence ("sold 2,900 bikes in
   2024, up from 1,600"), the two naming one thing (``multiple_told_before``).
"""
from __future__ import annotations

import pytest

from tests.shapes import assert_clean, assert_flagged

FLAGS = [
    # 1. a span of time in a long gap
    ("Of the 2,600 apprentices who answered the follow-up survey, 1,430 were in skilled trades or college courses "
     "18 months after finishing their training - 65%, up from 61% a year earlier.", "65%", "FC201", None),
    ("Of the 940 patients who were contacted by the clinic's nurses, 512 were still free of symptoms or back at work "
     "six weeks later - 70%, the clinic said.", "70%", "FC201", None),
    ("Of the 3,200 former offenders tracked by the charity's own researchers, 1,150 had found steady jobs or "
     "training places 12 months after their release - 45%, against 40% in 2022.", "45%", "FC201", None),
    ("Of the 480 refugees who were questioned by the council's housing team, 300 had moved into private lets or "
     "social homes 9 months after arriving - 72%, up from 58%.", "72%", "FC201", None),
    ("Of the 1,250 dogs rehomed through the shelter's winter scheme, 860 were still living with their new owners "
     "or their families 24 months after adoption - 60%.", "60%", "FC201", None),
    # 2. SHARE of the cost, the cost told earlier
    ("The trust approved a £90 million scheme to rebuild the pier. The lottery fund will give £36 million, or 30% "
     "of the cost, and the town will find the rest.", "30%", "FC201", None),
    ("Highways officials unveiled a $240m plan to widen the ring road. Washington will pay $150m, or 40% of the "
     "bill, under a federal grant.", "40%", "FC201", None),
    ("The hospital's new cancer wing will cost £64m, the board said. Charity donations will cover £12m, or a "
     "third of the cost.", "a third", "FC201", None),
    ("The club unveiled its €18m stadium redevelopment on Monday. Fans have pledged €6m, or 45% of the total cost, "
     "through a share issue.", "45%", "FC201", None),
    ("The council agreed a £2.4m refurbishment of the town hall in March.\n\nThe heritage fund will put in "
     "£800,000, or 20% of the budget, towards the roof.", "20%", "FC201", None),
    # 3. turned N, then "Born ... in YEAR, she"
    ("The giraffe Amara turned 20 on Monday. Born at the safari park in 2001, she has had six calves.", "20",
     "FC506", "2024-05-16"),
    ("The zoo's oldest resident, the Sumatran orangutan Bima, turned 50 on Saturday. Born in the wild in 1968, he "
     "arrived as an infant.", "50", "FC506", "2024-03-04"),
    ("The racehorse Silver Quill turned 30 on Tuesday. Born at a stud near Newmarket in 1990, he won 14 races.",
     "30", "FC506", "2024-04-18"),
    ("The charity's oldest volunteer, the Welsh poet Eira Hughes, turned 90 on Friday. Born above a chapel in "
     "1929, she still reads at the library.", "90", "FC506", "2024-06-10"),
    ("The tortoise Jonah turned 65 on Sunday. Born in a private collection in 1954, he came to the reserve in 1990.",
     "65", "FC506", "2024-08-07"),
]

FLAGS += [
    # 4. a name's figure set off by a comma, with a rate after "at"
    ("Four strikers reached double figures for the club this season: Dan Moss, with 27 at 0.71, "
     "Eli Shaw with 22, and the "
     "captain Rob Vance with 21.", "Four", "FC410", None),
    ("Five riders won stages for the team: sprinter Ola Berg, with 14 at 12.5, climber Ian Toth with 12 and Sam "
     "Ruiz with 11.", "Five", "FC410", None),
    ("Five candidates stood for the seat: Ann Roe, with 1,204, Bo Lee with 980, Cy Fox with 412 and Di Kerr "
     "with 96.", "Five", "FC410", None),
    ("Four bowlers carried the attack for the county: spinner Raj Patel, with 41 at 19.80, seamer Tom Ward with 36, "
     "and the veteran Lee Cole with 32.", "Four", "FC410", None),
    ("Four swimmers made the final: Mia Lund, with 3 at 2.05, Eva Sato with 2 and Kim Park with 1.", "Four",
     "FC410", None),
    # 5. a part labelled by a comparative or a quoted term before "the remaining N"
    ('Of the 240 flats let, 96 went at market rent, 102 at the lower "living rent" and the remaining 52 to key '
     'workers.', "240", "FC10", None),
    ("Of the 1,240 tickets sold, 380 went at the standard price, 640 at the higher price and the remaining 260 "
     "were given away.", "1,240", "FC10", None),
    ('Of the 96 plots allocated, 30 were let at the full rate, 41 at the reduced "starter rate" and the remaining '
     '31 were held back.', "96", "FC10", None),
    ('Of the 563 loans approved, 180 were made at the standard rate, 300 at the "green rate" and the remaining '
     '95 at the lower one.', "563", "FC10", None),
    ("Of the 77 places filled, 28 went at the weekend fee, 30 at the cheaper weekday fee and the remaining 22 "
     "were free.", "77", "FC10", None),
]

FLAGS += [
    # 6. the whole's span before the parts told day by day
    ("The fair drew 24,300 visitors over three days. The fair, which ran from Friday, May 2, to Sunday, May 4, "
     "counted 6,100 visitors on its first day, 8,900 on Saturday and 10,200 on Sunday.", "24,300", "FC10", None),
    ("The show sold 9,400 tickets across its run. The show, which ran from Monday, June 9, to Wednesday, June 11, "
     "sold 2,800 tickets on its opening night, 3,300 on Tuesday and 3,900 on Wednesday.", "9,400", "FC10", None),
    ("The race weekend drew 61,000 runners over two days. The event, held from Saturday, April 5, to Sunday, "
     "April 6, counted 27,500 runners on Saturday and 36,000 on Sunday.", "61,000", "FC10", None),
    ("The book fair welcomed 15,800 visitors over four days. The fair, which ran from Thursday, March 6, until "
     "Sunday, March 9, had 2,900 visitors on Thursday, 3,600 on Friday, 4,700 on Saturday and 5,100 on Sunday.",
     "15,800", "FC10", None),
    ("The museum recorded 7,200 visits during the half-term week. The museum, open from Monday, Feb 17, to "
     "Friday, Feb 21, logged 1,200 visits on Monday, 1,300 on Tuesday, 1,500 on Wednesday, 1,600 on Thursday and "
     "1,900 on Friday.", "7,200", "FC10", None),
]

FLAGS += [
    # 7. a multiple, then the levels
    ("Bike sales at the shop more than doubled last year.\n\nThe shop sold 2,900 bikes in 2024, up from 1,600 the "
     "year before.", "more than doubled", "FC302", None),
    ("Visitor numbers at the castle tripled over the summer. The castle welcomed 41,000 visitors between June and "
     "August, up from 19,000 a year earlier.", "tripled", "FC302", None),
    ("Fraud losses at the bank halved in 2023, it said on Tuesday. The bank lost £38m to fraud last year, down "
     "from £52m in 2022.", "halved", "FC302", None),
    ("Passenger numbers at the airport doubled after the new runway opened. The airport handled 3.1 million "
     "passengers in the year to March, up from 2.2 million.", "doubled", "FC302", None),
    ("Membership of the club has more than tripled since 2019. The club now has 1,450 members, up from 520 five "
     "years ago.", "more than tripled", "FC302", None),
]

CLEAN = [
    # 1.
    ("Of the 2,600 apprentices who answered the follow-up survey, 1,690 were in skilled trades or college courses "
     "18 months after finishing their training - 65%, up from 61% a year earlier.", None),
    ("Of the 940 patients who were contacted by the clinic's nurses, 658 were still free of symptoms or back at work "
     "six weeks later - 70%, the clinic said.", None),
    ("Of the 3,200 former offenders tracked by the charity's own researchers, 1,440 had found steady jobs or "
     "training places 12 months after their release - 45%, against 40% in 2022.", None),
    ("Of the 480 refugees who were questioned by the council's housing team, 346 had moved into private lets or "
     "social homes 9 months after arriving - 72%, up from 58%.", None),
    ("Of the 1,250 dogs rehomed through the shelter's winter scheme, 750 were still living with their new owners "
     "or their families 24 months after adoption - 60%.", None),
    # 2.
    ("The trust approved a £90 million scheme to rebuild the pier. The lottery fund will give £27 million, or 30% "
     "of the cost, and the town will find the rest.", None),
    ("Highways officials unveiled a $240m plan to widen the ring road. Washington will pay $96m, or 40% of the "
     "bill, under a federal grant.", None),
    ("The hospital's new cancer wing will cost £64m, the board said. Charity donations will cover £12m, or a "
     "third of the cost of its scanners.", None),
    ("The club, which has a €90m annual budget, unveiled its stadium plan on Monday. Fans have pledged €6m, or "
     "45% of the cost, through a share issue.", None),
    ("The council agreed a £2.4m refurbishment of the town hall and a £1.6m upgrade of the library in March.\n\n"
     "The heritage fund will put in £800,000, or 20% of the budget, towards the roof.", None),
    # 3.
    ("The giraffe Amara turned 20 on Monday. Born at the safari park in 2004, she has had six calves.",
     "2024-05-16"),
    ("The zoo's oldest resident, the Sumatran orangutan Bima, turned 50 on Saturday. Born in the wild in 1974, he "
     "arrived as an infant.", "2024-03-04"),
    ("The racehorse Silver Quill turned 30 on Tuesday. Born at a stud near Newmarket in 1994, he won 14 races.",
     "2024-04-18"),
    ("The charity's oldest volunteer, the Welsh poet Eira Hughes, turned 90 on Friday. Born above a chapel in "
     "1934, she still reads at the library.", "2024-06-10"),
    ("The keeper Tom Hale turned 65 on Sunday. Born in 1954, his brother Ian runs the reserve.", "2024-08-07"),
    # 4.
    ("Three strikers reached double figures for the club this season: Dan Moss, with 27 at 0.71, "
     "Eli Shaw with 22, and the "
     "captain Rob Vance with 21.", None),
    ("Three riders won stages for the team: sprinter Ola Berg, with 14 at 12.5, climber Ian Toth with 12 and Sam "
     "Ruiz with 11.", None),
    ("Four candidates stood for the seat: Ann Roe, with 1,204, Bo Lee with 980, Cy Fox with 412 and Di Kerr "
     "with 96.", None),
    ("Three bowlers carried the attack for the county: spinner Raj Patel, with 41 at 19.80, seamer Tom Ward with 36, "
     "and the veteran Lee Cole with 32.", None),
    ("Three swimmers made the final: Mia Lund, with 3 at 2.05, Eva Sato with 2 and Kim Park with 1.", None),
    # 5.
    ('Of the 240 flats let, 96 went at market rent, 102 at the lower "living rent" and the remaining 42 to key '
     'workers.', None),
    ("Of the 1,240 tickets sold, 380 went at the standard price, 640 at the higher price and the remaining 220 "
     "were given away.", None),
    ('Of the 96 plots allocated, 30 were let at the full rate, 41 at the reduced "starter rate" and the remaining '
     '25 were held back.', None),
    ('Of the 563 loans approved, 180 were made at the standard rate, 300 at the "green rate" and the remaining '
     '83 at the lower one.', None),
    ("Of the 77 places filled, 28 went at the weekend fee, 30 at the cheaper weekday fee and the remaining 19 "
     "were free.", None),
    ("Ticket sales rose to 1,200, with 640 at higher prices than last year and the remaining 560 at the old price.",
     None),
    # 6.
    ("The fair drew 25,200 visitors over three days. The fair, which ran from Friday, May 2, to Sunday, May 4, "
     "counted 6,100 visitors on its first day, 8,900 on Saturday and 10,200 on Sunday.", None),
    ("The show sold 10,000 tickets across its run. The show, which ran from Monday, June 9, to Wednesday, June 11, "
     "sold 2,800 tickets on its opening night, 3,300 on Tuesday and 3,900 on Wednesday.", None),
    ("The race weekend drew 63,500 runners over two days. The event, held from Saturday, April 5, to Sunday, "
     "April 6, counted 27,500 runners on Saturday and 36,000 on Sunday.", None),
    ("The book fair welcomed 16,300 visitors over four days. The fair, which ran from Thursday, March 6, until "
     "Sunday, March 9, had 2,900 visitors on Thursday, 3,600 on Friday, 4,700 on Saturday and 5,100 on Sunday.",
     None),
    ("The museum recorded 7,500 visits during the half-term week. The museum, open from Monday, Feb 17, to "
     "Friday, Feb 21, logged 1,200 visits on Monday, 1,300 on Tuesday, 1,500 on Wednesday, 1,600 on Thursday and "
     "1,900 on Friday.", None),
    ("The fair drew 24,300 visitors over three days. The fair, which opened on Friday, May 2, counted 6,100 "
     "visitors on Friday, May 9, 8,900 on Saturday and 10,200 on Sunday.", None),
    # 7.
    ("Bike sales at the shop more than doubled last year.\n\nThe shop sold 2,900 bikes in 2024, up from 1,300 the "
     "year before.", None),
    ("Visitor numbers at the castle tripled over the summer. The castle welcomed 57,000 visitors between June and "
     "August, up from 19,000 a year earlier.", None),
    ("Fraud losses at the bank halved in 2023, it said on Tuesday. The bank lost £26m to fraud last year, down "
     "from £52m in 2022.", None),
    ("Passenger numbers at the airport doubled after the new runway opened. The airport handled 4.4 million "
     "passengers in the year to March, up from 2.2 million.", None),
    ("Membership of the club has more than tripled since 2019. The club now has 1,650 members, up from 520 five "
     "years ago.", None),
    ("Bike sales at the shop more than doubled last year. Profit at the chain rose to £2.9m in 2024, up from "
     "£1.6m.", None),
]


@pytest.mark.parametrize("text,target,rule,published", FLAGS)
def test_flagged(text, target, rule, published):
    assert_flagged(text, target, rule, published)


@pytest.mark.parametrize("text,published", CLEAN)
def test_clean(text, published):
    assert_clean(text, published)
