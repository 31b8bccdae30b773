"""Round 13 shapes of breakdowns (FC101/FC102).

- an "of" phrase with no figure of its own ("$0.9bn of sustaining spending",
  "some 112,600 of the vehicles are in ...") is the part's own noun phrase,
  not the base of the next figure: the list runs on past it;
- the first figure of a list, given in a named place of its own by the
  preposition that places the next one ("1,200 patients were treated in
  Hull, 950 in York and ..."), is one more place, never the whole of the rest.

Each flag has a clean twin; the siblings are clean on their own."""
from __future__ import annotations

import pytest

from checker import check_text


def _problems(text):
    return [f for f in check_text(text) if f.is_problem]


FLAGS = [
    # an "of" phrase of a part's own, then the list runs on
    ("The £2.4bn budget comprises £1.5bn for roads, £0.6bn of maintenance spending and £450m for buses.",
     "FC101", "£2.4bn",
     "The £2.4bn budget comprises £1.5bn for roads, £0.6bn of maintenance spending and £300m for buses."),
    ("The 96 staff are split between 50 in nursing, 30 of the admin team and 20 in catering.",
     "FC101", "96",
     "The 96 staff are split between 46 in nursing, 30 of the admin team and 20 in catering."),
    ("Spending of $740m this year is made up of $410m of new rolling stock, $220m of track renewals "
     "and $160m for stations.", "FC101", "$740m",
     "Spending of $740m this year is made up of $410m of new rolling stock, $220m of track renewals "
     "and $110m for stations."),
    # a whole named first is still a whole when its parts are placed
    ("Of the 4,000 vehicles recalled, 2,600 are in Britain, 1,900 in Europe and 900 in China.", "FC102", "4,000",
     "Of the 6,000 vehicles recalled, 2,600 are in Britain, 1,900 in Europe and 900 in China."),
    ("Nearly 900 people work at its two sites, about 640 at Ashby and roughly 530 at Coalville.", "FC101",
     "Nearly 900",
     "Nearly 1,200 people work at its two sites, about 640 at Ashby and roughly 530 at Coalville."),
]


@pytest.mark.parametrize("text,code,target,clean", FLAGS)
def test_flagged(text, code, target, clean):
    found = _problems(text)
    assert any(f.rule == code and text[f.start:f.end] == target for f in found), found
    f = next(f for f in found if text[f.start:f.end] == target)
    assert "=" in f.arithmetic and f.tolerance
    assert not _problems(clean), _problems(clean)


# siblings in places of their own, each placed like the next: no figure is the whole of the others
SIBLINGS = [
    "Some 112,600 of the vehicles are in the United States, 94,300 in Europe and 80,500 in China, the "
    "company said.",
    "About 4,200 of the jobs are in Leeds, 3,900 in Bradford and 2,100 in Wakefield.",
    "Around 640 of the new homes will be built in Derby, 510 in Nottingham and 430 in Leicester.",
    "Nearly £3.2m of the grant goes to Cardiff, £2.7m to Swansea and £1.9m to Newport.",
    "Some 1,200 patients were treated in Hull, 950 in York and 870 in Leeds.",
    "Some 2,100 of those affected live in Kent, 1,800 in Sussex and 1,300 in Surrey.",
    "Tanya said 640 of the homes will be in Derby, 510 in Nottingham and 430 in Leicester.",
    "Some 14,000 of the bikes were sold in France, 9,000 in Spain and 6,000 in Italy, the company said.",
    "Ostmark is recalling 287,400 vehicles worldwide. Some 112,600 of the vehicles are in the United "
    "States, 94,300 in Europe and 80,500 in China.",
    "The miner's $2.85bn capital budget comprises $1.6bn for the expansion, $0.9bn of sustaining "
    "spending and $350m for exploration.",
]


@pytest.mark.parametrize("text", SIBLINGS)
def test_siblings_clean(text):
    assert not _problems(text), _problems(text)


# a figure spread across N counted places, then exactly N figures of its kind, each at a name of its own
# (a name right before the figure: "Carrbridge General (760 beds)", "..., which has 670 beds", "Hull 600")
PLACES = [
    ("The merged trust will have 1,840 beds across three sites and a budget of £1.3bn. Carrbridge General "
     "(760 beds) and Oakfield Hospital (510 beds) will join Hallam Royal Infirmary, which has 670 beds.",
     "1,840",
     "The merged trust will have 1,840 beds across three sites and a budget of £1.3bn. Carrbridge General "
     "(760 beds) and Oakfield Hospital (410 beds) will join Hallam Royal Infirmary, which has 670 beds."),
    ("The chain employs 2,340 staff across four stores, one of the largest employers in the region. Leeds has "
     "810 staff, Hull 620, York 540 and Bradford 470.", "2,340",
     "The chain employs 2,440 staff across four stores, one of the largest employers in the region. Leeds has "
     "810 staff, Hull 620, York 540 and Bradford 470."),
    ("With a combined budget of £1.3bn, the group will run 1,840 beds across three sites. There are 760 beds "
     "at Carrbridge, 510 at Oakfield and 670 at Hallam.", "1,840",
     "With a combined budget of £1.3bn, the group will run 1,840 beds across three sites. There are 760 beds "
     "at Carrbridge, 410 at Oakfield and 670 at Hallam."),
    ("The council will spend £12.4m across three parks this year. Riverside Park gets £5.1m, Abbey Fields "
     "£4.2m and Castle Green £4.1m.", "£12.4m",
     "The council will spend £12.4m across three parks this year. Riverside Park gets £5.1m, Abbey Fields "
     "£4.2m and Castle Green £3.1m."),
    ("The new trust will run 1,840 beds on three sites. Carrbridge General has 760 beds and Oakfield 510. "
     "Hallam Royal Infirmary, the third, has 670.", "1,840",
     "The new trust will run 1,940 beds on three sites. Carrbridge General has 760 beds and Oakfield 510. "
     "Hallam Royal Infirmary, the third, has 670."),
    ("About 9,600 pupils are taught in its five schools, the trust said on Monday. Kingsway Academy (2,100 "
     "pupils), Hollins High (1,900 pupils), Brook Lane (2,040 pupils), St Anne's (1,800 pupils) and Moor Park "
     "(2,800 pupils) will all move to the new timetable.", "About 9,600",
     "About 9,600 pupils are taught in its five schools, the trust said on Monday. Kingsway Academy (2,100 "
     "pupils), Hollins High (1,900 pupils), Brook Lane (2,040 pupils), St Anne's (1,800 pupils) and Moor Park "
     "(1,800 pupils) will all move to the new timetable."),
]


@pytest.mark.parametrize("text,target,clean", PLACES)
def test_spread_over_named_places(text, target, clean):
    found = [f for f in _problems(text) if f.rule.startswith("FC10")]
    assert target in [text[f.start:f.end] for f in found], [(f.rule, f.message) for f in _problems(text)]
    assert all("=" in f.arithmetic and f.tolerance for f in found)
    assert not _problems(clean), _problems(clean)


PLACES_CLEAN = [
    # fewer figures than places: no breakdown
    "The trust has 1,840 beds across three sites. Carrbridge General (760 beds) and Oakfield Hospital "
    "(510 beds) are the largest.",
    # another figure of the same kind beside the spread one: which whole is unclear
    "The trust has 1,840 beds across three sites, up from 1,700 beds in 2020. Carrbridge General (760 beds), "
    "Oakfield Hospital (510 beds) and Hallam Royal Infirmary (670 beds) will all expand.",
    # another period
    "The trust has 1,840 beds across three sites. Last year Carrbridge General had 760 beds, Oakfield Hospital "
    "510 and Hallam 670.",
]


@pytest.mark.parametrize("text", PLACES_CLEAN)
def test_spread_over_places_clean(text):
    assert not _problems(text), _problems(text)


# a share of a whole named before it ("Most of the money, £X, came from ..."), then sources that add on
# ("a further", "another"): all of them are parts of that whole, not of the share
SHARES = [
    ("The appeal raised £2.46m. Most of the money, £1.52m, came from individual donors. Companies gave "
     "£610,000 and a further £430,000 came from grants.", "£2.46m",
     "The appeal raised £2.46m. Most of the money, £1.52m, came from individual donors. Companies gave "
     "£610,000 and a further £330,000 came from grants."),
    ("The fund collected £940,000 this year. Some £520,000 of the money came from members. Employers gave "
     "£310,000 and a further £210,000 was raised at events.", "£940,000",
     "The fund collected £940,000 this year. Some £520,000 of the money came from members. Employers gave "
     "£310,000 and a further £110,000 was raised at events."),
    ("Sales reached $8.4bn in the quarter. The bulk of that, $5.1bn, came from North America, while Europe "
     "contributed $2.2bn and the rest of the world another $1.6bn.", "$8.4bn",
     "Sales reached $8.4bn in the quarter. The bulk of that, $5.1bn, came from North America, while Europe "
     "contributed $2.2bn and the rest of the world another $1.1bn."),
    ("By the close the campaign had taken in €3.75m. Two-thirds of it, €2.5m, came from small donors; "
     "businesses gave €0.9m and another €0.6m came from a matching grant.", "€3.75m",
     "By the close the campaign had taken in €3.75m. Two-thirds of it, €2.5m, came from small donors; "
     "businesses gave €0.75m and another €0.5m came from a matching grant."),
]


@pytest.mark.parametrize("text,target,clean", SHARES)
def test_share_of_whole_then_sources(text, target, clean):
    found = [f for f in _problems(text) if f.rule == "FC102"]
    assert target in [text[f.start:f.end] for f in found], [(f.rule, f.message) for f in _problems(text)]
    assert all("=" in f.arithmetic and f.tolerance for f in found)
    assert not _problems(clean), _problems(clean)


SHARES_CLEAN = [
    # no word that adds on: the sources after may break the share itself down
    "The appeal raised £2.46m. Most of the money, £1.52m, came from individual donors. Online donors gave "
    "£910,000 and street collections £600,000.",
    # two sums before the share: which whole is unclear
    "The appeal raised £2.46m, against a target of £2m. Most of the money, £1.52m, came from individual "
    "donors. Companies gave £610,000 and a further £430,000 came from grants.",
]


@pytest.mark.parametrize("text", SHARES_CLEAN)
def test_share_of_whole_clean(text):
    assert not _problems(text), _problems(text)


# a measure in the sentence before, then named sources, each giving a share with the verb and unit gapped
MEASURES = [
    ("Output from the group's three mines totalled 412,000 tonnes last year. Alta Verde produced 198,000 "
     "tonnes, Cerro Blanco 141,000 and Punta Roja 93,000, according to the annual report.", "412,000 tonnes",
     "Output from the group's three mines totalled 412,000 tonnes last year. Alta Verde produced 198,000 "
     "tonnes, Cerro Blanco 141,000 and Punta Roja 73,000, according to the annual report."),
    ("The region's four farms harvested 5,610 tonnes of wheat. Home Farm harvested 2,120 tonnes, Ash Farm "
     "1,730, Lee Farm 1,140 and Moor Farm 920.", "5,610 tonnes",
     "The region's four farms harvested 5,910 tonnes of wheat. Home Farm harvested 2,120 tonnes, Ash Farm "
     "1,730, Lee Farm 1,140 and Moor Farm 920."),
    ("Britain's three tidal schemes supplied 2.4 million litres of water a day last winter. Severn Point "
     "supplied 1.3 million litres, Tamar Reach 0.9 million and Dee Mouth 0.6 million.", "2.4 million litres",
     "Britain's three tidal schemes supplied 2.8 million litres of water a day last winter. Severn Point "
     "supplied 1.3 million litres, Tamar Reach 0.9 million and Dee Mouth 0.6 million."),
]


@pytest.mark.parametrize("text,target,clean", MEASURES)
def test_gapped_measures(text, target, clean):
    found = [f for f in _problems(text) if f.rule.startswith("FC10")]
    assert target in [text[f.start:f.end] for f in found], [(f.rule, f.message) for f in _problems(text)]
    assert not _problems(clean), _problems(clean)


MEASURES_CLEAN = [
    # depths at places are readings of one fall, no parts
    "Rain totalled 120mm last week. Leeds recorded 60mm, York 40 and Hull 30.",
    # a part in a period of its own may belong to another total
    "Output totalled 412,000 tonnes last year. Alta Verde produced 198,000 tonnes in 2023, Cerro Blanco "
    "141,000 and Punta Roja 93,000.",
    # "also": the list may hold more than the whole's sources
    "Output totalled 412,000 tonnes. Alta Verde produced 198,000 tonnes, while Cerro Blanco also produced "
    "141,000 and Punta Roja 93,000.",
]


@pytest.mark.parametrize("text", MEASURES_CLEAN)
def test_gapped_measures_clean(text):
    assert not _problems(text), _problems(text)


# a list of kinds opening its sentence, a colon or dash, then the whole the kinds make up
LIST_FIRST = [
    ("Two golds, four silvers and three bronzes: the rowing squad flies home with eight medals.", "eight",
     "Two golds, four silvers and three bronzes: the rowing squad flies home with nine medals."),
    ("Seven boys and six girls - the school's 12 new pupils started on Monday.", "12",
     "Seven boys and six girls - the school's 13 new pupils started on Monday."),
    ("Forty men and 38 women: the 80 passengers were all rescued by lifeboat crews.", "80",
     "Forty men and 38 women: the 78 passengers were all rescued by lifeboat crews."),
]


@pytest.mark.parametrize("text,target,clean", LIST_FIRST)
def test_list_first_then_whole(text, target, clean):
    found = [f for f in _problems(text) if f.rule == "FC101"]
    assert target in [text[f.start:f.end] for f in found], [(f.rule, f.message) for f in _problems(text)]
    assert not _problems(clean), _problems(clean)


LIST_FIRST_CLEAN = [
    "Two golds, three silvers and five bronzes: not bad, but last year the team won 14 medals.",
    "Two golds, three silvers and five bronzes: last year the squad won 14 medals.",
    "Two golds, three silvers and five bronzes: the best haul since 2018, when the team took 14 medals.",
    # parts that are no kinds of the whole
    "Three goals and two assists: the striker has now played 40 games for the club.",
]


@pytest.mark.parametrize("text", LIST_FIRST_CLEAN)
def test_list_first_clean(text):
    assert not _problems(text), _problems(text)


# a whole over the weekend, one part on Saturday and one on Sunday: all of it
WEEKEND = [
    ("Volunteers planted 18,500 saplings over the weekend.\nOn Saturday 11,200 went in along the wood, and a "
     "further 5,300 were planted on Sunday above the reservoir.", "18,500",
     "Volunteers planted 16,500 saplings over the weekend.\nOn Saturday 11,200 went in along the wood, and a "
     "further 5,300 were planted on Sunday above the reservoir."),
    ("The crews made 57 rescues over the weekend, 31 on Saturday and 23 on Sunday.", "57",
     "The crews made 54 rescues over the weekend, 31 on Saturday and 23 on Sunday."),
    ("The museum welcomed 9,400 visitors over the weekend. Saturday drew 4,100 and Sunday 4,800.", "9,400",
     "The museum welcomed 8,900 visitors over the weekend. Saturday drew 4,100 and Sunday 4,800."),
]


@pytest.mark.parametrize("text,target,clean", WEEKEND)
def test_weekend_parts_complete(text, target, clean):
    found = [f for f in _problems(text) if f.rule == "FC101"]
    assert target in [text[f.start:f.end] for f in found], [(f.rule, f.message) for f in _problems(text)]
    assert not _problems(clean), _problems(clean)


WEEKEND_CLEAN = [
    # a holiday weekend has more days than its Saturday and Sunday
    "The museum welcomed 9,400 visitors over the bank holiday weekend. Saturday drew 4,100 and Sunday 4,800.",
    # Saturday and Monday are not the weekend
    "The museum welcomed 9,400 visitors over the weekend. Saturday drew 4,100 and Monday 4,800.",
    # a third day after the two
    "Police made 41 arrests over the weekend, 18 on Saturday night and 20 on Sunday, with 12 more on Monday.",
]


@pytest.mark.parametrize("text", WEEKEND_CLEAN)
def test_weekend_clean(text):
    assert not _problems(text), _problems(text)


# a longer clause before the colon or dash, then clauses whose verbs were read as the parts' nouns
LONG_CLAUSE = [
    ("Coastguards have now accounted for all 27 crew members of the stricken trawler Morning Star off the "
     "Shetland coast: 18 were winched to safety, six swam ashore and two remain missing.", "27",
     "Coastguards have now accounted for all 26 crew members of the stricken trawler Morning Star off the "
     "Shetland coast: 18 were winched to safety, six swam ashore and two remain missing."),
    ("The airline has now rebooked all 412 passengers stranded by the cancelled flight from Palma on Tuesday "
     "night - 230 flew home on Wednesday, 120 took a later flight and 52 were given refunds.", "412",
     "The airline has now rebooked all 402 passengers stranded by the cancelled flight from Palma on Tuesday "
     "night - 230 flew home on Wednesday, 120 took a later flight and 52 were given refunds."),
]


@pytest.mark.parametrize("text,target,clean", LONG_CLAUSE)
def test_long_clause_then_outcomes(text, target, clean):
    found = [f for f in _problems(text) if f.rule == "FC101"]
    assert target in [text[f.start:f.end] for f in found], [(f.rule, f.message) for f in _problems(text)]
    assert not _problems(clean), _problems(clean)


# the last part labelled as all the rest closes a list; its "a combined" sums only that label's items
CATCH_ALL = [
    ("Cinemas took £9.4m over the weekend, with the animated sequel bringing in £4.1m, the new horror release "
     "£2.6m and everything else on release a combined £1.9m.", "£9.4m",
     "Cinemas took £8.6m over the weekend, with the animated sequel bringing in £4.1m, the new horror release "
     "£2.6m and everything else on release a combined £1.9m."),
    ("The port handled 2,310 ships last year: 1,220 from Asia, 640 from Europe and all other routes 510.",
     "2,310",
     "The port handled 2,370 ships last year: 1,220 from Asia, 640 from Europe and all other routes 510."),
]


@pytest.mark.parametrize("text,target,clean", CATCH_ALL)
def test_catch_all_closes(text, target, clean):
    found = [f for f in _problems(text) if f.rule == "FC101"]
    assert target in [text[f.start:f.end] for f in found], [(f.rule, f.message) for f in _problems(text)]
    assert not _problems(clean), _problems(clean)


def test_headline_restating_total_is_related():
    text = ("Box office: £7.9m weekend for cinemas\nCinemas took £7.9m over the weekend, with the sequel bringing "
            "in £3.6m, the thriller £2.1m and everything else a combined £1.4m.")
    found = [f for f in _problems(text) if f.rule == "FC101"]
    assert found and any(r.start == text.find("£7.9m") for r in found[0].related), found


# "found that of the N ..., X (aside) VERB. A further Y ..., while Z ...": a base after "that"
THAT_BASE = [
    ("A survey found that of the 180 growers who responded, 75, almost a third of them, had lost most of "
     "their buds. A further 64 reported lighter damage, while 59 said their vines had escaped largely "
     "unharmed.", "FC102", "180",
     "A survey found that of the 180 growers who responded, 57, almost a third of them, had lost most of "
     "their buds. A further 64 reported lighter damage, while 59 said their vines had escaped largely "
     "unharmed."),
    ("Police said that of the 64 people arrested, 40 were charged. A further 18 were bailed and 9 were "
     "released.", "FC101", "64",
     "Police said that of the 64 people arrested, 40 were charged. A further 18 were bailed and 6 were "
     "released."),
    ("The report found that of the 420 schools inspected, 250 were rated good. Another 130 were judged "
     "adequate, while 60 were found mostly wanting.", "FC102", "420",
     "The report found that of the 420 schools inspected, 250 were rated good. Another 130 were judged "
     "adequate, while 40 were found mostly wanting."),
]


@pytest.mark.parametrize("text,code,target,clean", THAT_BASE)
def test_base_after_that(text, code, target, clean):
    found = [f for f in _problems(text) if f.rule == code]
    assert target in [text[f.start:f.end] for f in found], [(f.rule, f.message) for f in _problems(text)]
    assert not _problems(clean), _problems(clean)


# a toll in the headline bounds the dead a body sentence lists place by place
TOLL_PLACES = [
    ("Flood death toll rises to 64\nOfficials said 41 people had died in Kerala and 29 in Karnataka.", "64",
     "Flood death toll rises to 64\nOfficials said 41 people had died in Kerala and 19 in Karnataka."),
    ("Landslide toll climbs to 38\nRescuers said 24 bodies had been recovered in Ambon village, 11 in Hila "
     "and six in Larike.", "38",
     "Landslide toll climbs to 38\nRescuers said 21 bodies had been recovered in Ambon village, 11 in Hila "
     "and six in Larike."),
]


@pytest.mark.parametrize("text,target,clean", TOLL_PLACES)
def test_toll_over_places(text, target, clean):
    found = [f for f in _problems(text) if f.rule == "FC102"]
    assert target in [text[f.start:f.end] for f in found], [(f.rule, f.message) for f in _problems(text)]
    assert not _problems(clean), _problems(clean)


def test_toll_over_places_not_injured():
    text = "Flood death toll rises to 64\nOfficials said 41 people had been injured in Kerala and 29 in Karnataka."
    assert not _problems(text), _problems(text)


# energy written out: "megawatt-hours", "gigawatt hours" add up with "MWh", "GWh"
ENERGY = [
    ("The developer says its two battery parks will store 340 megawatt-hours between them, with 220MWh at "
     "Ashgrove and 140MWh at Dunlin.", "FC101", "340 megawatt-hours",  # (round 49: the two parks, two parts: all of it)
     "The developer says its two battery parks will store 360 megawatt-hours between them, with 220MWh at "
     "Ashgrove and 140MWh at Dunlin."),
    ("The two plants generated 5.2 gigawatt hours last year: 3.1 GWh at Ash and 2.4 GWh at Elm.", "FC101",
     "5.2 gigawatt hours",
     "The two plants generated 5.5 gigawatt hours last year: 3.1 GWh at Ash and 2.4 GWh at Elm."),
]


@pytest.mark.parametrize("text,code,target,clean", ENERGY)
def test_energy_in_words(text, code, target, clean):
    found = [f for f in _problems(text) if f.rule == code]
    assert target in [text[f.start:f.end] for f in found], [(f.rule, f.message) for f in _problems(text)]
    assert not _problems(clean), _problems(clean)


# "bringing in" / "generating" contribute like "brought in"; parts given per period are rates, no pieces
def test_bringing_in_contributes():
    text = "Revenue reached $4.2bn. Cloud services generating $2.1bn, devices bringing in $1.5bn and ads $0.9bn."
    found = [f for f in _problems(text) if f.rule == "FC102"]
    assert [text[f.start:f.end] for f in found] == ["$4.2bn"], found
    clean = "Revenue reached $4.5bn. Cloud services generating $2.1bn, devices bringing in $1.5bn and ads $0.9bn."
    assert not _problems(clean), _problems(clean)


@pytest.mark.parametrize("text", [
    "Takings were £9.4m. The sequel brings in £4.1m and the thriller £6.6m a week.",
    "Takings were £9.4m. The sequel contributed £4.1m and the thriller £6.6m a week.",
])
def test_rates_are_no_pieces(text):
    assert not _problems(text), _problems(text)
