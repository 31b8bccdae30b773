"""Round 19 (lead): readings and guards found on freshly written articles and cases.  Every guard is a clean
text with a flagged twin where the reading it narrows must still fire, so no row can only pass by silence."""
from __future__ import annotations

import pytest

from tests.shapes import assert_clean, assert_flagged

# a participle clause acting on another measure holds that measure's levels, not the change's:
# "costs rose 4%, squeezing the margin to 18.2% from 21.5%" (the margin fell; no contradiction)
OTHER_MEASURES_LEVELS = [
    "Fuel bills rose by about 6% over the winter, squeezing the bakery's profit margin to 7.4% from 9.8%.",
    "Ticket prices climbed 12% this season, denting the average crowd to 8,100 from 9,300, the club said.",
    "Rents have jumped 9% since January, pushing up demand and forcing the vacancy rate down to 1.2% from 2.6%.",
    "Wages grew 5% last year, eroding the firm's operating profit to £4.1m from £5.3m.",
]


@pytest.mark.parametrize("text", OTHER_MEASURES_LEVELS)
def test_round19_lead_participle_clause_with_another_measure(text):
    assert_clean(text)


# a verb that carries the change's own measure keeps its levels: the change is checked against them
@pytest.mark.parametrize("flagged,clean,target", [
    ("The basic allowance will rise by 3.1% in May, taking the weekly rate from £180 to £195.60.",
     "The basic allowance will rise by 8.7% in May, taking the weekly rate from £180 to £195.60.", "3.1%"),
    ("Water charges will go up 6 per cent from April, bringing the average bill to £520, up from £430.",
     "Water charges will go up 21 per cent from April, bringing the average bill to £520, up from £430.",
     "6 per cent"),
])
def test_round19_lead_carrying_verb_keeps_levels(flagged, clean, target):
    assert_flagged(flagged, target, "FC2")
    assert_clean(clean)


# "A on Friday, B on Saturday and C on Sunday, up X% from D": the list's whole moved, not its last item
@pytest.mark.parametrize("text", [
    "Visitors numbered 12,400 on Friday, 15,100 on Saturday and 14,300 on Sunday, up 8% from 38,700 last year.",
    "The three branches lent 5,200 books in March, 4,900 in April and 6,100 in May, down 5% from 17,050.",
    "Sales reached 410 in the north, 385 in the south and 290 in the west, up about a fifth from 905.",
])
def test_round19_lead_list_then_change_of_its_whole(text):
    assert_clean(text)


@pytest.mark.parametrize("flagged,clean", [
    ("Visitors numbered 12,400, up 8% from 13,600 last year.",
     "Visitors numbered 14,700, up 8% from 13,600 last year."),
])
def test_round19_lead_single_level_then_change(flagged, clean):
    assert_flagged(flagged, "8%", "FC3")
    assert_clean(clean)


# "N in all, with A VERBed by/at/online ..., B at ... and C by ...": the verb told once, the channels name the parts
@pytest.mark.parametrize("flagged,clean,target", [
    ("Ticket sales totalled 9,400, with 5,100 sold online, 3,600 at the box office and 900 by phone.",
     "Ticket sales totalled 9,600, with 5,100 sold online, 3,600 at the box office and 900 by phone.", "9,400"),
    ("The charity received 2,150 applications, with 1,480 submitted online, 520 by post and 260 in person.",
     "The charity received 2,260 applications, with 1,480 submitted online, 520 by post and 260 in person.",
     "2,150"),
    ("The final sold 60,500 tickets, with 38,500 bought through the clubs, 14,200 from agents and 9,800 at the "
     "gate.",
     "The final sold 62,500 tickets, with 38,500 bought through the clubs, 14,200 from agents and 9,800 at the "
     "gate.", "60,500"),
])
def test_round19_lead_with_parts_told_by_channel(flagged, clean, target):
    assert_flagged(flagged, target, "FC10")
    assert_clean(clean)


# "... and N from further afield" closes a list like "elsewhere": the parts must make the whole
@pytest.mark.parametrize("flagged,clean", [
    ("Of the festival's 84 bands, 47 are from Scotland, 22 from England and 12 from further afield.",
     "Of the festival's 84 bands, 47 are from Scotland, 22 from England and 15 from further afield."),
    ("The college's 1,320 students include 870 from the city, 310 from the county and 120 from farther afield.",
     "The college's 1,300 students include 870 from the city, 310 from the county and 120 from farther afield."),
])
def test_round19_lead_further_afield_closes_list(flagged, clean):
    assert_flagged(flagged, "8" if "84" in flagged else "1,320", "FC10")
    assert_clean(clean)


# a yearless day after a full date of the paragraph may be that date's year: no guess from the publication year
# (published 2025-05-15: June 14, 2025 is a Saturday, June 14, 2022 a Tuesday)
@pytest.mark.parametrize("flagged,clean", [
    ("The leak began at about 2am on Sunday, June 12, 2022, when two pumps failed. It was not stopped until "
     "about 11am on Wednesday, June 14 - 57 hours later.",
     "The leak began at about 2am on Sunday, June 12, 2022, when two pumps failed. It was not stopped until "
     "about 11am on Tuesday, June 14 - 57 hours later."),
    ("The strike started on Monday 7 March 2022 and ended on Thursday 11 March, the union said.",
     "The strike started on Monday 7 March 2022 and ended on Friday 11 March, the union said."),
])
def test_round19_lead_yearless_day_after_a_dated_one(flagged, clean):
    assert_flagged(flagged, "June 14" if "June" in flagged else "11 March", "FC501", published="2025-05-15")
    assert_clean(clean, published="2025-05-15")


# a number naming a service or a road is no quantity a digit slip restates: "on the 112" after "the 12 routes"
@pytest.mark.parametrize("text", [
    "Bus firms will axe 12 routes. He said the 12 routes being scrapped averaged six riders a trip. The council "
    "saved a school-day service on the 112 and a Saturday bus.",
    "The 15 routes being cut carry few riders. Commuters who catch the 115 each morning will need another bus.",
    "Nine routes will close. The nine routes being cut cost £2m; the number 19, run by another firm, stays.",
])
def test_round19_lead_number_naming_a_service(text):
    assert_clean(text)


@pytest.mark.parametrize("flagged,clean", [
    ("Bus firms will axe 12 routes in March. The 112 routes to go carry few riders, the council said.",
     "Bus firms will axe 112 routes in March. The 112 routes to go carry few riders, the council said."),
])
def test_round19_lead_bare_count_restated_still_read(flagged, clean):
    assert_flagged(flagged, "112", "FC4")
    assert_clean(clean)


# "N will run less often", "M more frequently": how often a part does its thing, no difference from another figure
@pytest.mark.parametrize("flagged,clean", [
    ("The cuts affect 31 routes: 12 will be withdrawn, 14 will run less often and 8 will lose evening buses.",
     "The cuts affect 31 routes: 12 will be withdrawn, 11 will run less often and 8 will lose evening buses."),
    ("Of the 26 stations, 9 will be staffed more often, 13 will keep their hours and 7 will close early.",
     "Of the 29 stations, 9 will be staffed more often, 13 will keep their hours and 7 will close early."),
    ("The trust's 48 clinics will change: 20 will open less frequently and 31 will move to new sites.",
     "The trust's 51 clinics will change: 20 will open less frequently and 31 will move to new sites."),
])
def test_round19_lead_parts_told_how_often(flagged, clean):
    assert_flagged(flagged, "31" if "31 routes" in flagged else ("26" if "26" in flagged else "48"), "FC10")
    assert_clean(clean)


# "PART of the NOUN - SHARE -" (or in commas), the whole the earlier count of that noun
@pytest.mark.parametrize("flagged,clean,target", [
    ("The outbreak has grown to 84 confirmed cases. In all, 71 of the cases - about 64% - involved children who "
     "had not been vaccinated.",
     "The outbreak has grown to 84 confirmed cases. In all, 71 of the cases - about 85% - involved children who "
     "had not been vaccinated.", "about 64%"),
    ("Inspectors visited 240 care homes last year. Some 66 of the homes, roughly a fifth, were rated poor.",
     "Inspectors visited 240 care homes last year. Some 66 of the homes, roughly 27%, were rated poor.",
     "roughly a fifth"),
    ("The airline flew 1,250 flights in May, officials said. Just 310 of the flights – 35% – left late.",
     "The airline flew 1,250 flights in May, officials said. Just 310 of the flights – 25% – left late.", "35%"),
])
def test_round19_lead_part_of_named_whole_then_share_apart(flagged, clean, target):
    assert_flagged(flagged, target, "FC2")
    assert_clean(clean)


# a siege is a stand-off: its length told by its clause, then restated under the other noun
@pytest.mark.parametrize("flagged,clean", [
    ("The siege lasted 30 hours before police went in. The 20-hour stand-off ended peacefully.",
     "The siege lasted 30 hours before police went in. The 30-hour stand-off ended peacefully."),
    ("The stand-off went on for about 16 hours, officers said. Police said the 12-hour siege ended at dawn.",
     "The stand-off went on for about 16 hours, officers said. Police said the 16-hour siege ended at dawn."),
])
def test_round19_lead_siege_is_a_stand_off(flagged, clean):
    assert_flagged(flagged, "20-hour" if "20-hour" in flagged else "12-hour", "FC405")
    assert_clean(clean)


@pytest.mark.parametrize("text", [
    "The siege lasted 30 hours before police went in. The 20-hour stand-off at a second house ended peacefully.",
    "The siege lasted 30 hours before police went in. Last year a 20-hour stand-off ended peacefully.",
])
def test_round19_lead_siege_and_another_stand_off(text):
    assert_clean(text)


# a budget's hole named again: a shortfall is a gap or a deficit
@pytest.mark.parametrize("flagged,clean", [
    ("The council faces a £1.3 million shortfall in its catering service. Officers said the £1.9 million gap "
     "would be met by cutting waste.",
     "The council faces a £1.3 million shortfall in its catering service. Officers said the £1.3 million gap "
     "would be met by cutting waste."),
    ("The orchestra reported a £420,000 deficit for the season. Its director said the £310,000 shortfall "
     "would be covered by donors.",
     "The orchestra reported a £420,000 deficit for the season. Its director said the £420,000 shortfall "
     "would be covered by donors."),
])
def test_round19_lead_shortfall_is_a_gap(flagged, clean):
    assert_flagged(flagged, "£1.9 million" if "£1.9" in flagged else "£310,000", "FC4")
    assert_clean(clean)


@pytest.mark.parametrize("text", [
    "The council faces a £1.3 million shortfall this year. Next year the £1.9 million gap will be harder to close.",
    "The trust ran a £2.1m deficit in 2023. It expects the £3.4m gap in 2024 to narrow.",
])
def test_round19_lead_shortfalls_of_other_years(text):
    assert_clean(text)
