"""Round 32 (opened never-seen sums): readings learnt from the opened misses, each written for its family of
shapes (five variants sharing none of the learning case's content words), with clean twins that must stay silent."""
import pytest

from tests.shapes import assert_clean, assert_flagged


# Fix 1: a count of persons the category data does not list by name ("musicians", "graduates", "candidates") is
# covered by its two sexes apposed after a comma: "32 musicians on the tour, 18 men and 12 women".
@pytest.mark.parametrize("text, target", [
    ("The orchestra will send 32 musicians on its autumn tour, 18 men and 12 women, its largest touring party in a "
     "decade.", "32"),
    ("Exactly 26 candidates stood for the parish council in May, 15 men and 13 women.", "26"),
    ("The firm hired 58 graduates this autumn, 31 women and 25 men, the chief executive said.", "58"),
    ("Seventeen jurors were sworn in on Monday, nine women and six men, for a trial expected to last a month.",
     "Seventeen"),
    ("The county has 41 councillors after the election, 23 men and 16 women.", "41"),
])
def test_persons_with_their_sexes_apposed_are_flagged(text, target):
    assert_flagged(text, target, "FC101")


@pytest.mark.parametrize("text", [
    "The orchestra will send 30 musicians on its autumn tour, 18 men and 12 women, its largest touring party in a "
    "decade.",
    "Exactly 28 candidates stood for the parish council in May, 15 men and 13 women.",
    "The firm hired 56 graduates this autumn, 31 women and 25 men, the chief executive said.",
    # a part of a whole: some of them
    "The firm hired 58 graduates this autumn, including 31 women, the chief executive said.",
    "The county has 41 councillors after the election, 23 of them men.",
    # other years or places after the list
    "The county has 41 councillors after the election, 23 men and 16 women in 2019.",
    "The county has 41 councillors, and 23 men and 16 women sat on the board in 2019.",
    # things, not persons: the sexes count other people
    "The gym bought 40 rowing machines this year, 23 men and 16 women use them daily.",
])
def test_persons_with_their_sexes_twins_are_clean(text):
    assert_clean(text)


# Fix 2: "crews from 23 fire stations, 17 from A and eight from B": the "from" before the figure names where the
# people came from (a plural noun before it, no "to" after it), not an old level; the parts are placed by it.
@pytest.mark.parametrize("text, target", [
    ("Firefighters from 14 stations fought the warehouse fire on Tuesday, nine from Kent and six from Sussex.", "14"),
    ("Pupils from 31 schools took part in the final, 18 from Cardiff and 14 from Swansea, organisers said.", "31"),
    ("Delegates from 27 countries signed the accord in Geneva, 16 from Africa and nine from Asia.", "27"),
    ("Teams from 40 clubs entered the tournament, 22 from Ohio, 12 from Indiana and eight from Michigan.", "40"),
    ("The crash was attended by ambulances from 11 depots, seven from Leeds and five from York.", "11"),
])
def test_origin_count_with_placed_parts_is_flagged(text, target):
    assert_flagged(text, target, "FC10")  # (FC102 when the parts pass a count of more than 30, which may be partial)


@pytest.mark.parametrize("text", [
    "Firefighters from 15 stations fought the warehouse fire on Tuesday, nine from Kent and six from Sussex.",
    "Pupils from 30 schools took part in the final, 18 from Cardiff and 12 from Swansea, organisers said.",
    "Teams from 42 clubs entered the tournament, 22 from Ohio, 12 from Indiana and eight from Michigan.",
    # a part of the whole
    "Pupils from 31 schools took part in the final, including 18 from Cardiff, organisers said.",
    # a change from an old level, not an origin
    "The number of stations rose from 14 to 20 this year, nine in Kent and six in Sussex.",
    # the people, not the places, are counted by the parts
    "Some 300 delegates from 40 countries signed the accord, 180 from Europe and 120 from Asia.",
    "Some 300 delegates from 40 countries signed the accord, 120 from France and 90 from Spain.",
    "Some 300 delegates from 40 countries signed the accord, 30 from France and 20 from Spain.",
    # another year's parts
    "Firefighters from 14 stations fought the fire on Tuesday; in 2019 nine came from Kent and six from Sussex.",
])
def test_origin_count_twins_are_clean(text):
    assert_clean(text)


# Fix 3: examples of a part's own noun ("such as coal and grain") before the series' comma are no break of the list:
# "... 5.1 million tonnes of bulk goods such as coal and grain, 2.6 million tonnes of containers and ...".
@pytest.mark.parametrize("text, target", [
    ("The port handled 9.4 million tonnes of cargo in 2023: 5.1 million tonnes of bulk goods such as coal and grain, "
     "2.6 million tonnes of containers and 1.2 million tonnes of fuel.", "9.4 million tonnes"),
    ("The charity spent $3.8m last year: $2.1m on programs such as meals and shelter, $0.9m on staff and $0.6m on "
     "fundraising.", "$3.8m"),
    ("Farmers planted 640 hectares this spring - 310 hectares of cereals such as wheat, barley and oats, 190 hectares "
     "of oilseeds and 160 hectares of pulses.", "640 hectares"),
    ("The gallery acquired 84 works this year: 37 paintings by artists such as Turner and Constable, 29 drawings and "
     "22 sculptures.", "84"),
    ("The depot recycled 52,000 tonnes of waste: 21,000 tonnes of dry materials such as glass or paper, 18,000 "
     "tonnes of garden waste and 9,000 tonnes of food.", "52,000 tonnes"),
])
def test_examples_in_a_part_label_keep_the_list_flagged(text, target):
    assert_flagged(text, target, "FC10")


@pytest.mark.parametrize("text", [
    "The port handled 8.9 million tonnes of cargo in 2023: 5.1 million tonnes of bulk goods such as coal and grain, "
    "2.6 million tonnes of containers and 1.2 million tonnes of fuel.",
    "The charity spent $3.6m last year: $2.1m on programs such as meals and shelter, $0.9m on staff and $0.6m on "
    "fundraising.",
    "The gallery acquired 88 works this year: 37 paintings by artists such as Turner and Constable, 29 drawings and "
    "22 sculptures.",
    # a part of a whole: the examples' own figures are some of it
    "The port handled 9.4 million tonnes of cargo in 2023, including bulk goods such as coal and grain, 5.1 million "
    "tonnes of it.",
    # the examples end the sentence's list of the total's kinds, another year's figures follow
    "The depot recycled 52,000 tonnes of materials such as glass and paper, 4,000 tonnes more than in 2022.",
    "The region lost 1,200 jobs in sectors such as retail and hospitality, 700 in shops and 500 in pubs.",
])
def test_examples_in_a_part_label_twins_are_clean(text):
    assert_clean(text)


# Fix 4: a measured whole (an area, a mass, a volume) split into the one kind each share of it is, "was"/"were" after
# the first share: "64% of the 2,100 hectares burnt was pine forest, 31% farmland and 12% scrub" may not pass 100%.
@pytest.mark.parametrize("text, target", [
    ("Inspectors found that 58% of the 3,400 tonnes of waste collected was plastic, 29% paper and 18% glass.", "18%"),
    ("Of the 12,000 acres sold last year, 47% was farmland, 38% woodland and 21% moorland.", "21%"),
    ("Roughly 55% of the 800 square kilometres flooded were rice paddies, 30% pasture and 20% towns.", "20%"),
    ("The survey found 70% of the 5,600 hectares planted is wheat, 25% barley and 9% oats.", "9%"),
    ("About 62% of the 40,000 litres spilled was diesel, 27% petrol and 16% seawater, the agency said.", "16%"),
])
def test_kinds_of_a_measured_whole_are_flagged(text, target):
    assert_flagged(text, target, "FC202")


@pytest.mark.parametrize("text", [
    "Inspectors found that 58% of the 3,400 tonnes of waste collected was plastic, 24% paper and 18% glass.",
    "Of the 12,000 acres sold last year, 41% was farmland, 38% woodland and 21% moorland.",
    # qualities or states that may overlap, not kinds
    "Inspectors found that 58% of the 3,400 tonnes of waste collected was plastic, 49% recyclable and 18% wet.",
    "Of the 12,000 acres sold last year, 47% was farmland, 38% protected and 21% flooded.",
    # shares with their own wholes or places
    "Some 64% of the 2,100 hectares was forest, 51% of the rest in the north and 12% scrub.",
    # a count of people, whose shares may overlap
    "Of the 2,100 members polled, 64% were women, 51% pensioners and 12% students.",
    # another year's shares
    "Of the 12,000 acres sold last year, 47% was farmland; in 2019, 68% was woodland and 21% moorland.",
])
def test_kinds_of_a_measured_whole_twins_are_clean(text):
    assert_clean(text)
