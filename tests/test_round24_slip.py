"""Round 24 (r24-slip): a figure restated with a digit slip, and one person's age told twice, read past a narrow
requirement.

* a thing restated as its kind's kind: "seized 26 guns ... the 62 firearms", "... the 62 weapons" (``_kinds_of``
  in transpositions; before, only one step of ``_KIND_OF`` and no weapons at all);
* a figure owned by "whose" whose noun the first's sentence names: "approved £12.5m for the pool ... the pool,
  whose £15.2m budget" (``_whose_owner_named``; before, "whose" was no determiner unless the sentence opened on
  the thing);
* "beat"/"exceed"/"surpass" with a person as object is a contest, not a figure set against another ("... and beat
  them on service", ``_TOLD_APART``; before, any "beat" in the second's sentence set the two apart);
* (restatements, ``_aged_name``) a compound age right before a full name holds that person's age: "The victim,
  43-year-old Maria Costa, ... Ms Costa, 34," (before, the age held no one: the name is no person noun).

Each row is a flagged text, its target, the consistent value that makes its clean twin and the rule prefix."""
from __future__ import annotations

import pytest

from tests.shapes import assert_clean, assert_flagged

KIND = [
    # the core: a thing, then its kind under "the", recovered
    ("Officers seized 35 guns during searches in Leeds on Friday. Detectives said the 53 firearms found would be "
     "examined by experts.", "53", "35", "FC4"),
    # another thing of the kind, attribution after the first
    ("Police said they had recovered 48 rifles from a barn near Ashford. The 84 firearms were handed to ballistics "
     "experts.", "84", "48", "FC4"),
    # a year with the first, the second plain
    ("Customs staff intercepted 27 pistols at Dover in 2024. The 72 firearms had been hidden inside a lorry's "
     "spare tyre.", "72", "27", "FC4"),
    # a written number, the kind's kind ("weapons")
    ("Detectives found seventeen handguns in the flat. The 71 weapons were sent for forensic tests.", "71",
     "17", "FC4"),
    # a dash aside after the second
    ("An amnesty brought in 39 shotguns last month. The force said the 93 weapons - many of them antiques - will be "
     "melted down.", "93", "39", "FC4"),
    # a hedge on the first
    ("Around 46 guns were handed in during the fortnight. Officers said the 64 firearms included several replicas.",
     "64", "46", "FC4"),
    # a trailing relative clause after the second
    ("Border staff seized 58 revolvers at the port. The 85 firearms, which were packed in crates of machine parts, "
     "have been destroyed.", "85", "58", "FC4"),
    # brackets after the second
    ("Raids in three towns uncovered 29 guns and a quantity of ammunition. The 92 firearms (all unlicensed) were "
     "taken away for testing.", "92", "29", "FC4"),
    # three digits, the second's noun before a participle
    ("The operation recovered 134 guns across the region. The 143 weapons recovered will be destroyed, the "
     "force said.", "143", "134", "FC4"),
]

WHOSE = [
    # the core: a sum for a thing, then the thing's sum owned by "whose"
    ("Trustees approved £3.65m for the museum's new wing on Monday. Building the wing, whose £3.56m budget was "
     "signed off after a long debate, will take two years.", "£3.56m", "£3.65m", "FC4"),
    # the thing opens the second sentence, another noun for the sum
    ("The county set aside $1.45 million for the footbridge. The footbridge, whose $1.54 million cost covers new "
     "railings, is expected to reopen in the spring.", "$1.54 million", "$1.45 million", "FC4"),
    # attribution after the first
    ("Councillors agreed £640,000 for the skatepark, the council said. Plans for the skatepark, whose £460,000 "
     "price tag was criticised by residents, were published.", "£460,000", "£640,000", "FC4"),
    # a year with the first
    ("In 2024 the trust spent £1.27m on the new hospice. Staff at the hospice, whose £1.72m cost was met by "
     "volunteers' fundraising, thanked donors.", "£1.72m", "£1.27m", "FC4"),
    # a hedge on the first
    ("Almost £9.3m was set aside for the tram extension. Work on the extension, whose £3.9m budget was agreed by "
     "seven votes to two, begins soon.", "£3.9m", "£9.3m", "FC4"),
    # a dash before "whose"
    ("The college received £2.15m for its science block. Teachers praised the block - whose £2.51m cost included "
     "new laboratories - at its opening.", "£2.51m", "£2.15m", "FC4"),
    # a bracket before "whose"
    ("The board earmarked £4.8m for the harbour wall. Repairs to the wall (whose £8.4m bill fell to the council) "
     "were finished quickly.", "£8.4m", "£4.8m", "FC4"),
    # a measure, not a sum
    ("The ministry funded a 3.75km extension of the cycleway. Riders on the cycleway, whose 3.57km extension "
     "opened quietly, welcomed it.", "3.57km", "3.75km", "FC4"),
    # the second two sentences on
    ("Ministers pledged £6.2m for the lido. The money comes from a national fund. Swimmers at the lido, whose "
     "£2.6m refit was overdue, cheered the news.", "£2.6m", "£6.2m", "FC4"),
]

CONTEST = [
    # the story's figure (headline and lead) restated far down in a sentence that tells of a contest: the core,
    # then "beat us", "beating us", "surpassed them", "exceeded him", a quote, brackets, a trailing clause
    ("Harbour Mutual lends record £1.84bn\n\nHarbour Mutual lent a record £1.84 billion in 2024, the society said on "
     "Tuesday.\n\nIt completed 9,100 mortgages. Its savings rate averaged 4.2%. It has 22 branches.\n\nChief "
     "executive Ann Lowe said the £1.48bn lent showed a mutual could take on the big banks and beat them on price.",
     "£1.48bn", "£1.84bn", "FC4"),
    ("Riverside charity raises £5.82m\n\nThe Riverside Trust raised £5.82 million in the year to March, its accounts "
     "show.\n\nIt funded 140 projects. Volunteers gave 61,000 hours. Its shops opened in six towns.\n\nIts director said "
     "the £5.28m raised meant \"we can beat them at their own game\".", "£5.28m", "£5.82m", "FC4"),
    ("Port earns £3.65m from land sales\n\nThe port authority earned £3.65 million from land sales during 2024, it "
     "said.\n\nIt handled 412 ships. Cargo rose 8%. It employs 310 people.\n\nIts chairman said the £3.56m earned "
     "proved rival ports were not beating us on value.", "£3.56m", "£3.65m", "FC4"),
    ("Makers' fair takes £2.71m\n\nStallholders at the Eastgate makers' fair took £2.71 million over four days, "
     "organisers said on Monday.\n\nThere were 380 stalls. About 52,000 visitors came. Parking was free.\n\nOne "
     "organiser said the £2.17m taken had surpassed them all in the region, despite the rain.", "£2.17m", "£2.71m",
     "FC4"),
    ("Bonus pool hits £7.35m\n\nStaff at Corbel Engineering shared a bonus pool of £7.35 million this year, the firm "
     "said.\n\nIt has 1,200 staff. Orders rose 14%. Profit was £21m.\n\nIts founder said the £7.53m paid out "
     "exceeded him in generosity - \"I was never this generous\".", "£7.53m", "£7.35m", "FC4"),
    ("Festival ticket sales reach £4.26m\n\nThe Lakeside festival sold £4.26 million of tickets for 2025, organisers "
     "said.\n\nIt runs for three days. There are 90 acts. Camping is extra.\n\n\"The £4.62m we sold shows nobody can "
     "beat us,\" the festival director said.", "£4.62m", "£4.26m", "FC4"),
    ("Appeal tops £1.93m\n\nA hospital appeal has raised £1.93 million, its organisers said on Friday.\n\nIt began "
     "in 2023. Some 8,000 people gave. A concert raised £40,000.\n\nA trustee said the £1.39m raised beat them "
     "all, the larger appeals included.", "£1.39m", "£1.93m", "FC4"),
    ("Co-op lends £6.48bn\n\nThe Northern Co-operative Bank lent £6.48 billion to small firms in 2024, it said.\n\n"
     "Lending rose 11%. It opened 4 offices. Arrears were 0.6%.\n\nIts chief executive said the £6.84bn lent showed "
     "it could compete with the high street lenders (and beat them on service).", "£6.84bn", "£6.48bn", "FC4"),
]

AGES = [
    # the core: an age before a full name, then the surname with an age
    ("The driver, 52-year-old Tom Hale, was arrested at the scene. Mr Hale, 25, was later released on bail.",
     "25", "52", "FC4"),
    # "the" before the age, the surname alone later
    ("The club appointed the 47-year-old Ian Rusk as manager on Monday. Rusk, 49, previously coached in "
     "Norway.", "49", "47", "FC4"),
    # a title in the name
    ("Staff at the clinic were led by 34-year-old Dr Sam Patel. Dr Patel, 43, said the unit would stay open.",
     "43", "34", "FC4"),
    # "aged" in the second
    ("Police named the woman as 38-year-old Priya Nair. Ms Nair, aged 39, had moved to the town in 2019.",
     "39", "38", "FC4"),
    # brackets in the second
    ("The award went to 61-year-old Graham Oakes, a retired teacher. Mr Oakes (62) said he was stunned.",
     "62", "61", "FC4"),
    # attribution after the second
    ("The victim, 29-year-old Lena Fischer, was found on Sunday. Ms Fischer, 27, lived nearby, neighbours said.",
     "27", "29", "FC4"),
    # a paragraph break and a trailing clause
    ("The winner, 71-year-old Edna Shaw, has grown roses for decades.\n\nMrs Shaw, 17, who took up gardening after "
     "retiring, plans to enter again.", "17", "71", "FC4"),
    # a sentence between
    ("The skipper, 44-year-old Ross Doyle, steered the boat home. The crew had been at sea for a week. Mr Doyle, 45, "
     "said the storm was the worst he had seen.", "45", "44", "FC4"),
]

TABLE = KIND + WHOSE + CONTEST + AGES

CLEAN = [
    # a place or body before the noun: the age holds no name
    "The 29-year-old Glasgow University graduate was hired in May. Her colleague, 31, joined later.",
    # two people of one surname
    "The victim, 43-year-old Maria Costa, was found on Sunday. Her son, Leo Costa, 19, raised the alarm.",
    # "whose" on a thing the first's sentence does not name
    "Councillors approved £2.4m for the new library. The club, whose £4.2m debt worries fans, was not discussed.",
    # guns and another kind of thing
    "Police seized 26 guns in the raids. The 62 vehicles stopped at checkpoints were searched.",
    # a sum given to an owner is no sum of what it owes
    "The council gave £2.4m to the football club. The club, whose £4.2m debt worries fans, thanked it.",
    # a thing's money that is not what it costs
    "Councillors approved £3.65m for the leisure centre. The centre, whose £3.56m turnover fell last year, "
    "will close for a month.",
    # a fundraising aim is not the sum raised
    "The trust raised £1.27m for the new hospice. Staff at the hospice, whose £1.72m appeal continues, thanked "
    "donors.",
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
