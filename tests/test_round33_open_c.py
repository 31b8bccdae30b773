"""Round 33 (open-c): readings learned from the opened never-seen articles, each with five worded variants that
flag and clean twins that stay silent."""
import pytest

from tests.shapes import assert_clean, assert_flagged

# 1. A list closed by its "and" part, then ", and" with a verb of the subject's own: a new predicate, no more parts.
NEW_PREDICATE = [
    ("The bank has 643 branches, made up of 412 high-street offices and 231 kiosks, and closed 17 rural sites last spring.",
     "The bank has 643 branches, made up of 412 high-street offices and 221 kiosks, and closed 17 rural sites last spring.",
     "643"),
    ("The museum holds 2,317 paintings, made up of 1,708 oils and 609 watercolours, and bought 45 prints in March.",
     "The museum holds 2,317 paintings, made up of 1,708 oils and 619 watercolours, and bought 45 prints in March.",
     "2,317"),
    ("Our fleet numbers 86 aircraft, comprising 54 narrow-body jets and 32 wide-body jets, and leased six freighters.",
     "Our fleet numbers 86 aircraft, comprising 54 narrow-body jets and 30 wide-body jets, and leased six freighters.",
     "86"),
    ("The charity runs 153 shops, made up of 121 high-street stores and 32 outlet stores, and also sold 12 vans.",
     "The charity runs 153 shops, made up of 121 high-street stores and 37 outlet stores, and also sold 12 vans.",
     "153"),
    ("The county keeps 95 libraries, made up of 70 branch libraries and 25 mobile units, and has hired 14 new staff.",
     "The county keeps 95 libraries, made up of 70 branch libraries and 23 mobile units, and has hired 14 new staff.",
     "95"),
]


@pytest.mark.parametrize("clean, flagged, target", NEW_PREDICATE)
def test_new_predicate_after_list_is_no_part(clean, flagged, target):
    assert_clean(clean)
    assert_flagged(flagged, target, "FC101")


# 2. "N of them" is a subset of the whole; the whole and the later parts add up to a figure stated elsewhere.
SUBSET_THEN_SIBLINGS = [
    ("The course had 90 graduates this summer. 61 graduates found jobs, 40 of them in the city, while 18 went on to "
     "further study and the remaining 11 were still looking.",
     "The course had 90 graduates this summer. 61 graduates found jobs, 40 of them in the city, while 18 went on to "
     "further study and the remaining 12 were still looking.", "61"),
    ("The clinic saw 733 patients in May. It said 415 patients were treated on the day, 288 of them within an hour, "
     "while 219 were referred on and the remaining 99 were sent home.",
     "The clinic saw 733 patients in May. It said 415 patients were treated on the day, 288 of them within an hour, "
     "while 219 were referred on and the remaining 97 were sent home.", "415"),
    ("Insurers received 1,240 claims after the storm. They said 817 claims had been paid, 523 of them in full, while "
     "268 were refused and the remaining 155 were still open.",
     "Insurers received 1,240 claims after the storm. They said 817 claims had been paid, 523 of them in full, while "
     "268 were refused and the remaining 151 were still open.", "817"),
    ("The league fielded 48 teams this season. In all 31 clubs kept their coach, 12 of them for a fifth year, while "
     "9 clubs changed coach and the remaining 8 folded.",
     "The league fielded 48 teams this season. In all 31 clubs kept their coach, 12 of them for a fifth year, while "
     "9 clubs changed coach and the remaining 7 folded.", "31"),
    ("The garage serviced 412 cars in March. It said 268 cars had passed inspection, 191 of them first time, while "
     "97 were sent for repair and the remaining 47 were scrapped.",
     "The garage serviced 412 cars in March. It said 268 cars had passed inspection, 191 of them first time, while "
     "97 were sent for repair and the remaining 45 were scrapped.", "268"),
]


@pytest.mark.parametrize("clean, flagged, target", SUBSET_THEN_SIBLINGS)
def test_subset_part_then_siblings_of_stated_total(clean, flagged, target):
    assert_clean(clean)
    assert_flagged(flagged, target, "FC101")


# 3. A headline percent the lead gives again is the story's figure: a later definite "The N% rise" with two digits
#    swapped restates it, however many other percents stand between.
STORY_PERCENT = [
    ("Harbour freight volumes climb 7.2% on busier summer",
     "HULL, Sept 3 - Freight handled at the port of Hull climbed 7.2% in the three months to August, the harbour "
     "board said on Tuesday.",
     "Container traffic grew 11% and bulk cargo 3% over the same period. Ferry passenger numbers fell 1.5%.",
     "The {} increase was the best summer result since the board began publishing quarterly figures.",
     "7.2%", "2.7%", "2024-09-03"),
    ("Regional house prices up 5.8% in a year",
     "LEEDS, May 14 - Average house prices in Yorkshire rose 5.8% in the year to April, according to figures "
     "released on Tuesday.",
     "Flats gained 2% while detached homes rose 9%. Mortgage approvals were up 14% on a year earlier.",
     "The {} rise outpaced the national figure, the lender said.", "5.8%", "8.5%", "2024-05-14"),
    ("Cinema chain's ticket sales jump 6.4%",
     "LONDON, Feb 20 - Ticket sales at the Orbis cinema chain jumped 6.4% in its latest quarter, the company said "
     "on Thursday.",
     "Food and drink revenue rose 12%, and premium seats now make up 18% of sales. Its shares gained 2.1% in early "
     "trading.",
     "The {} jump came despite a thin release schedule, chief executive Dana Holt said.", "6.4%", "4.6%",
     "2025-02-20"),
    ("Water firm's leaks fall 3.9% after pipe programme",
     "BRISTOL, Jul 8 - Leakage across the Avonvale Water network fell 3.9% last year, the company said on Tuesday.",
     "Bills are set to rise 8% from April, and customer complaints dropped 21%. Its pipe-replacement budget grew 15%.",
     "The {} fall was short of the regulator's target, which asked for a cut of 5%.", "3.9%", "9.3%", "2025-07-08"),
    ("Airline traffic grows 8.1% as holidays return",
     "DUBLIN, Oct 2 - Passenger numbers at the airline Skyrow grew 8.1% in September, it said on Thursday.",
     "Load factor, the share of seats filled, reached 93%, while fares were up 4%. Its short-haul capacity rose 10%.",
     "The {} growth beat the 6% it had forecast in the spring.", "8.1%", "1.8%", "2025-10-02"),
]


@pytest.mark.parametrize("headline, lead, middle, later, told, slipped, published", STORY_PERCENT)
def test_story_percent_restated_with_swapped_digits(headline, lead, middle, later, told, slipped, published):
    text = "\n\n".join([headline, lead, middle, later])
    assert_clean(text.format(told), published)
    flagged = text.format(slipped)
    assert_flagged(flagged, flagged[flagged.rindex(slipped):], "FC4", published)


# clean: a swapped percent of another place, period or part is no restatement
OTHER_PERCENTS = ["Bulk cargo at Grimsby rose 2.7%.", "Last year's 2.7% increase was the weakest in a decade.",
                  "The 2.7% increase in bulk cargo at Grimsby was smaller.",
                  "That compared with a 2.7% rise a year earlier.", "Rival port Grimsby reported a 2.7% rise."]


@pytest.mark.parametrize("later", OTHER_PERCENTS)
def test_other_swapped_percent_stays_silent(later):
    headline, lead, middle, _, _, _, published = STORY_PERCENT[0]
    assert_clean("\n\n".join([headline, lead, middle, later]), published)


# 4. A count of days (or weeks, hours) moved by a multiple, its levels told one paragraph on past a sentence that
#    tells no move of their kind.
MULTIPLE_THEN_DAYS = [
    pytest.param("Waiting times for a first appointment at the clinic have more than tripled, the report found.",
                 "Its authors looked at the records of 5 practices.",
                 "Patients at the clinic now wait {} days on average, up from 12 days two years ago.", "38", "31",
                 marks=pytest.mark.xfail(strict=True, reason="silenced by the round-33 review's guards on multiples told "
                                         "before (other things or periods measured); left for a later round")),
    ("The number of weeks the ferry was out of service halved this year, the operator said.",
     "Engineers replaced the engines over the winter.",
     "The ferry was out of service for {} weeks this year, down from 12 weeks last year.", "6", "8"),
    pytest.param("The number of days the river burst its banks at Selby more than doubled in a decade, a study found.",
                 "Hydrologists went through flood records kept by the council.",
                 "The river burst its banks on {} days in the 2010s, up from 12 days in the 2000s.", "27", "22",
                 marks=pytest.mark.xfail(strict=True, reason="silenced by the round-33 review's guards on multiples told "
                                         "before (other things or periods measured); left for a later round")),
    ("Hours lost to strikes at the plant more than doubled last year, the union said.",
     "Its figures cover all 4 production lines.",
     "Staff at the plant lost {} hours to strikes in 2024, up from 230 hours in 2023.", "540", "420"),
    pytest.param("The number of days the city's trams ran late more than doubled last year, the operator said.",
                 "Its figures include every route.",
                 "Trams on the network ran late on {} days in 2024, up from 13 days in 2023.", "29", "24",
                 marks=pytest.mark.xfail(strict=True, reason="silenced by the round-33 review's guards on multiples told "
                                         "before (other things or periods measured); left for a later round")),
]


@pytest.mark.parametrize("first, between, levels, told, wrong", MULTIPLE_THEN_DAYS)
@pytest.mark.parametrize("joint", [" ", "\n\n"])
def test_multiple_then_levels_one_sentence_on(first, between, levels, told, wrong, joint):
    text = joint.join([first, between, levels])
    assert_clean(text.format(told))
    assert_flagged(text.format(wrong), wrong + " ", "FC3")


def test_sentence_between_telling_another_move_unties():
    assert_clean("The number of days the city's trams ran late more than doubled last year, the operator said.\n\n"
                 "Passenger numbers rose 4% over the year.\n\n"
                 "Trams on the network ran late on 24 days in 2024, up from 13 days in 2023.")
