"""Round 25 (percentages and changes, learnt from own-ax-pc): five readings, each a family of shapes.

* a frame's levels after ", with" and a count or report and its verb of finding ("with the latest tally showing 131
  people ..., compared with 190": where the levels come from, no measure of its own; ``changes._SOURCE_FINDING``), and
  a verb whose particle moves nothing between them ("bedding down", "signed up"; ``changes._LODGED_PARTICLE``, ``_STILL_PARTICLE``);
* a multiple or fraction "as many ... as" whose measure names its own year before the separator ("twice as many
  break-ins in 2024 as in 2020 - 530, compared with 380"); not when the measure's year is the earlier one
  (``changes._earlier_year_first``);
* a sentence opening on the rest ("The remaining 47%", "The other 24%", "The rest, 20%,") with the one share of
  the sentence before: together the whole (``percents.find_rest_after_share``; inferred);
* a share's clause of up to 14 words, then its part and whole set apart, the whole named by how it was counted
  ("- 8,140 of the 11,200 enrolled", "of the 3,620 children eligible"; ``shares._whole_named_as_said``);
* more headline synonyms ("Shoplifting" / "retail thefts", "Homicides" / "murders").

Rows are (flagged, clean twin, target, rule prefix); the clean rows must stay silent."""
from __future__ import annotations

import pytest

from tests.shapes import assert_clean, assert_flagged

ROWS = [
    # a source and its verb of finding before the levels
    ("Street homelessness has halved since 2022, with the latest council tally showing 131 people sleeping out, "
     "compared with 190 two years ago.",
     "Street homelessness has halved since 2022, with the latest council tally showing 96 people sleeping out, "
     "compared with 190 two years ago.", "halved", "FC302"),
    ("Bus use has doubled in five years, with official figures recording 2.6 million trips last year against 1.7 "
     "million in 2019.",
     "Bus use has doubled in five years, with official figures recording 3.5 million trips last year against 1.7 "
     "million in 2019.", "doubled", "FC302"),
    # a particle verb that moves nothing
    ("Rough sleeping has halved in a year, with 150 people bedding down in doorways, compared with 205 last winter.",
     "Rough sleeping has halved in a year, with 100 people bedding down in doorways, compared with 205 last winter.",
     "halved", "FC302"),
    ("Volunteer numbers tripled over the summer, with 540 signed up by August, compared with 240 in May.",
     "Volunteer numbers tripled over the summer, with 720 signed up by August, compared with 240 in May.",
     "tripled", "FC302"),
    # the measure's year inside "as many ... as" / "more ... than"
    ("There were twice as many break-ins in 2024 as in 2020 - 530, compared with 380.",
     "There were twice as many break-ins in 2024 as in 2020 - 760, compared with 380.", "twice", "FC302"),
    ("Hospitals treated a third as many flu patients in 2023 as five years earlier: 410, down from 900 in 2018.",
     "Hospitals treated a third as many flu patients in 2023 as five years earlier: 300, down from 900 in 2018.",
     "a third", "FC302"),
    ("The port handled 30% more containers in 2024 than in 2021 - 1.5 million, up from 1.3 million.",
     "The port handled 30% more containers in 2024 than in 2021 - 1.69 million, up from 1.3 million.", "30%", "FC203"),
    # the rest opening the next sentence
    ("Some 58% of the charity's income came from legacies last year. The remaining 47% was raised through its shops.",
     "Some 58% of the charity's income came from legacies last year. The remaining 42% was raised through its shops.",
     "47%", "FC202"),
    ("Buses ran on time on 81% of journeys in March. The other 24% were late or cancelled.",
     "Buses ran on time on 81% of journeys in March. The other 19% were late or cancelled.", "24%", "FC202"),
    ("About 70% of the estate is grazed. The rest, 20%, is woodland.",
     "About 70% of the estate is grazed. The rest, 30%, is woodland.", "20%", "FC202"),
    ("Nearly two-thirds of the calls were answered within the target. The remaining 45% took longer.",
     "Nearly two-thirds of the calls were answered within the target. The remaining 35% took longer.", "45%", "FC202"),
    ("A quarter of the estate is woodland. The rest, 65%, is grazed.",
     "A quarter of the estate is woodland. The rest, 75%, is grazed.", "65%", "FC202"),
    # a share's longer clause, then its counts set apart, the whole named by how it was counted
    ("Only 64% of pupils at the county's secondary schools met the attendance standard last term - 8,140 of the "
     "11,200 enrolled.",
     "Only 73% of pupils at the county's secondary schools met the attendance standard last term - 8,140 of the "
     "11,200 enrolled.", "64%", "FC201"),
    ("Barely a third of households on the estate have had their boilers replaced under the council's scheme - 610 of "
     "the 1,240 eligible.",
     "Barely half of households on the estate have had their boilers replaced under the council's scheme - 610 of "
     "the 1,240 eligible.", "a third", "FC201"),
    ("Some 45% of voters in the ward backed the plan at Monday's public meeting - 2,610 of the 4,900 registered.",
     "Some 53% of voters in the ward backed the plan at Monday's public meeting - 2,610 of the 4,900 registered.",
     "45%", "FC201"),
    ("Fewer than 60% of infants in the district are fully immunised against measles - 1,850 of the "
     "2,400 children eligible - well short of the target.",
     "Fewer than 80% of infants in the district are fully immunised against measles - 1,850 of the "
     "2,400 children eligible - well short of the target.", "60%", "FC201"),
    # headline synonyms
    ("Shoplifting up a third in Dunmore\n\nRetail thefts reported to police rose to 1,520 last year from 1,310 in 2022.",
     "Shoplifting up a third in Dunmore\n\nRetail thefts reported to police rose to 1,750 last year from 1,310 in 2022.",
     "a third", "FC203"),
    ("Shoplifting down a fifth\n\nShop thefts recorded in the town fell to 2,100 last year from 2,450 in 2022.",
     "Shoplifting down a fifth\n\nShop thefts recorded in the town fell to 1,960 last year from 2,450 in 2022.",
     "a fifth", "FC203"),
    ("Homicides fall by a quarter\n\nThere were 88 murders in the city last year, down from 104 in 2022, police said.",
     "Homicides fall by a quarter\n\nThere were 78 murders in the city last year, down from 104 in 2022, police said.",
     "a quarter", "FC203"),
]

CLEAN = [
    # another subject after ", with": its own figures, not the measure's
    "Ticket sales have doubled since 2021, with the new east stand drawing 1,400 fans compared with 900 in the old one.",
    # a particle of a move still parts the levels
    "Prices have halved, with 150 items marked down this week, compared with 205 last week.",
    # the measure's year the earlier: the old level sized against the new
    "There were half as many break-ins in 2020 as in 2024: 760 last year, up from 380 in 2020.",
    # the share before sizes a change, not a part of a whole
    "Fees went up 5% in April. The remaining 40% of the bill covers heating.",
    # two shares in the sentence before: which the rest completes is unclear
    "Some 58% came from legacies and 20% from grants last year. The remaining 30% of its spending went on staff.",
    # the rest in another paragraph, of another whole
    "Crews reached 62% of the calls within the target last month.\n\nThe remaining 48% of the trust's budget goes on "
    "staff.",
    # the rest of another whole, named
    "Crews reached 62% of the calls within the target last month. The remaining 48% of the trust's budget goes on "
    "staff.",
    # a quarter of the year, no share of a whole
    "Sales in the first quarter were strong. The remaining 45% of the stock went in the spring.",
    # the rest not opening its sentence: of another thing, in another year
    "The trust reached 62% of calls in time in 2022. By 2024 the remaining 48% of its fleet had been replaced.",
    # the counts set apart name other people than the share's
    "Some 64% of pupils met the reading standard last term - 412 of the 560 teachers eligible.",
    "Barely a third of tenants on the estate have had their boilers replaced - 610 of the 1,240 households eligible.",
    # a headline measure that is not the lead's: car thefts are no shoplifting
    "Shoplifting down a quarter\n\nCar thefts in the town fell to 900 last year from 1,200 in 2022.",
]


@pytest.mark.parametrize("flagged, clean, target, rule", ROWS, ids=[f"row{k}" for k in range(len(ROWS))])
def test_flagged(flagged, clean, target, rule):
    assert_flagged(flagged, target, rule)


@pytest.mark.parametrize("flagged, clean, target, rule", ROWS, ids=[f"twin{k}" for k in range(len(ROWS))])
def test_clean_twin(flagged, clean, target, rule):
    assert_clean(clean)


@pytest.mark.parametrize("text", CLEAN, ids=[f"clean{k}" for k in range(len(CLEAN))])
def test_clean(text):
    assert_clean(text)
