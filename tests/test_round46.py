"""Round 46: the shapes behind the misses (and the one false alarm) of round 45's sealed sets r45a-d, once opened,
told in our own words -- each with a text that must be flagged and one that must not, then near misses of the new
readings that must stay silent."""
from __future__ import annotations

import pytest

from checker import analyse, check_text
from shapes import flagged, flagged_rules


# (text flagged, the rule, the same text with its figures agreeing, the publication date)
CASES = [
    # a role set apart before the name, then the age and a birth year, with a later year in the birth's clause
    ("Harrowgate Academy's head of music, Ruth Okafor, 47, who was born in 1969 and joined the staff in 1998, "
     "will leave at Easter.", "FC506",
     "Harrowgate Academy's head of music, Ruth Okafor, 55, who was born in 1969 and joined the staff in 1998, "
     "will leave at Easter.", "2025-02-14"),
    # an age at a past act of this week is the age now
    ("Ines Valdre, the harbour pilot born in 1959 who guided ships into Liepaja for four decades, stepped down "
     "this week at the age of 59.", "FC506",
     "Ines Valdre, the harbour pilot born in 1959 who guided ships into Liepaja for four decades, stepped down "
     "this week at the age of 65.", "2025-03-20"),
    # a surname of two words told again with a different age
    ("Trainer Marco van Dijk, 61, saddled the winner at Sandown. Van Dijk, 56, said the horse had improved.", "FC403",
     "Trainer Marco van Dijk, 61, saddled the winner at Sandown. Van Dijk, 61, said the horse had improved.", None),
    # power broken down with "made up of", the total in words and the parts abbreviated
    ("The wind farm cluster will add 2,300 megawatts by 2030, made up of 1,400 MW offshore, 600 MW onshore and "
     "500 MW of storage.", "FC101",
     "The wind farm cluster will add 2,500 megawatts by 2030, made up of 1,400 MW offshore, 600 MW onshore and "
     "500 MW of storage.", None),
    # rand written without separators before a word telling a price
    ("A family's monthly transport bill of R2,150 is made up of R980 for taxis, R740 for fuel and R330 for bus "
     "fares.", "FC101",
     "A family's monthly transport bill of R2,050 is made up of R980 for taxis, R740 for fuel and R330 for bus "
     "fares.", None),
    # shares in brackets after each part, the last part's label with a preposition in it
    ("The orchestra's 90 players are split between strings (58%), woodwind and brass (31%) and players on the "
     "percussion desk (17%).", "FC202",
     "The orchestra's 90 players are split between strings (58%), woodwind and brass (31%) and players on the "
     "percussion desk (11%).", None),
    # one side's count against the rival's, then their sum
    ("Over the match Ferrante hit 64 winners to Okoye's 51, a combined 125, in just under three hours.", "FC101",
     "Over the match Ferrante hit 64 winners to Okoye's 51, a combined 115, in just under three hours.", None),
    # people the floods displaced, then "the N displaced", most of them before it
    ("Landslides have displaced 12,500 people in the hill districts. Relief flights reached most of the 16,800 "
     "displaced on Thursday.", "FC402",
     "Landslides have displaced 12,500 people in the hill districts. Relief flights reached most of the 12,500 "
     "displaced on Thursday.", None),
    # a headline's count left dead, against the bodies of the same noun
    ("Mine blast leaves nine miners dead\nRescuers brought up the bodies of 11 miners from the lower shaft on "
     "Friday night.", "FC401",
     "Mine blast leaves nine miners dead\nRescuers brought up the bodies of nine miners from the lower shaft on "
     "Friday night.", None),
    # an anniversary from the year a thing first did what it does
    ("The lighthouse, which first guided ships into the bay in 1875, marks its 140th anniversary on Sunday.",
     "FC505",
     "The lighthouse, which first guided ships into the bay in 1875, marks its 150th anniversary on Sunday.",
     "2025-07-02"),
    # a span's end told with how it ended, then its length
    ("The inquiry, which opened on 6 May and ended with a vote on 30 May, lasted 31 days.",
     "FC507",
     "The inquiry, which opened on 6 May and ended with a vote on 30 May, lasted 24 days.",
     "2025-06-10"),
    # last year's event straight on to its month and another year
    ("Repairs after last year's storms in March 2021 are still not finished, the council admitted.", "FC502",
     "Repairs after last year's storms in March 2024 are still not finished, the council admitted.", "2025-04-01"),
    # each item's price in brackets, then what they cost together
    ("A lunch of soup (£3.40), a sandwich (£4.25) and coffee (£2.60) now costs £10.75 at the station cafe.",
     "FC101",
     "A lunch of soup (£3.40), a sandwich (£4.25) and coffee (£2.60) now costs £10.25 at the station cafe.", None),
    # a change in cents between two levels in another currency than the dollar: that currency's cents
    ("Bus fares in Nairobi's sister city rose from €1.85 to €2.05 in March, an increase of 30 cents.", "FC301",
     "Bus fares in Nairobi's sister city rose from €1.85 to €2.05 in March, an increase of 20 cents.", None),
    # a headline's share of a thing against the lead's one pair of counts of it
    ("Bank to close a quarter of its branches\nThe lender said 61 of its 180 branches would shut by the autumn.",
     "FC201",
     "Bank to close a third of its branches\nThe lender said 61 of its 180 branches would shut by the autumn.", None),
    # a protected place's area told again as "the N-unit reserve", the headline naming it a reserve
    ("Island gets new marine reserve\nThe protected zone north of Ilha Verde spans 4,800 square kilometres. Trawling "
     "will end across the 8,400-square-kilometre reserve in March.", "FC404",
     "Island gets new marine reserve\nThe protected zone north of Ilha Verde spans 4,800 square kilometres. Trawling "
     "will end across the 4,800-square-kilometre reserve in March.", None),
    # a ship named after its kind, then its length told again under the general noun
    ("The 180-metre container ship Baltic Dawn lost power off Gotland on Friday. Salvage crews said the 210-metre vessel "
     "was stable on Saturday.", "FC404",
     "The 180-metre container ship Baltic Dawn lost power off Gotland on Friday. Salvage crews said the 180-metre vessel "
     "was stable on Saturday.", None),
]


@pytest.mark.parametrize("flagged_text, rule, agreeing, published", CASES, ids=[c[1] + "-" + c[0][:30] for c in CASES])
def test_flagged_and_agreeing(flagged_text, rule, agreeing, published):
    assert rule in flagged_rules(flagged_text, published)
    assert flagged(agreeing, published) == []


def test_a_time_unit_hyphened_to_a_noun_opens_the_noun():
    # "day-trippers" is a noun: the figure counts them, no length of time; the months then add up to it
    text = "The resort drew 2.4 million day-trippers in June and July: 1.1 million in June and 1.6 million in July."
    assert [m.kind.name for m in analyse(text).mentions if m.text.startswith("2.4")] == ["COUNT"]
    assert "FC101" in flagged_rules(text)
    assert flagged(text.replace("1.6 million in July", "1.3 million in July")) == []
    # a length or an age stays one: "hour-long", "month-old"
    kinds = {m.text: m.kind.name for m in analyse("Five hour-long sessions, two month-old lambs.").mentions}
    assert kinds == {"Five hour": "DURATION", "two month": "DURATION"}


def test_a_sum_in_cents_joined_to_its_noun_is_money():
    kinds = {m.text: (m.kind.name, m.unit) for m in analyse("The 78-cent increase came in May.").mentions}
    assert kinds["78-cent"] == ("MONEY", "USD-cent")


def test_a_size_read_as_the_thing_s_stands_before_its_bare_unit_reading():
    text = ("The 42-foot yacht Albatross lost her mast on Sunday. Her crew abandoned the 38-foot yacht and were "
            "lifted off.")
    assert flagged(text) == [("FC404", "38-foot")]


def test_pence_are_written_as_prices_are():
    text = "The bill came to £7.40: bread £1.45, milk £1.20, eggs £2.35 and butter £2.10."
    messages = [f.message for f in check_text(text) if f.is_problem]
    assert messages and "£7.10" in messages[0] and "£1.20" in messages[0] and "£7.1 " not in messages[0]


def test_the_periods_of_a_game_are_counted_not_a_fraction():
    kinds = {m.text: (m.kind.name, m.noun) for m in analyse("They scored 20 points in the four quarters and led in "
                                                            "both halves; three quarters of fans stayed.").mentions}
    assert kinds["four"] == ("COUNT", "quarters")
    assert kinds["three quarters"][0] == "FRACTION"


def test_a_list_item_counted_by_its_article_before_a_dash():
    # "and a detective inspector" is one more item: four officers, all of them listed
    text = ("Four officers - a sergeant, two constables and a detective inspector - were suspended on Friday.")
    assert flagged(text) == []
    assert "FC410" in flagged_rules(text.replace("Four", "Five", 1))


@pytest.mark.parametrize("text, published", [
    # the age at another act than this week's: the founding, not the retirement
    ("Dr Lena Ivask, born in 1961, founded the clinic at the age of 34 and retired this week.", "2025-06-20"),
    # a later year before the act of this week: the age may be either
    ("Dr Lena Ivask, born in 1961, founded the clinic in 1995 and retired this week at the age of 63.", "2025-06-20"),
    # two people of one surname, one given the second age
    ("Pieter de Graaf, 54, and his son Joris de Graaf, 24, sailed the boat home. De Graaf, 24, steered at night.",
     None),
    # a power reading with no breakdown cue: no sum
    ("The plant produced 640 MW at its peak on Monday, 410 MW on Tuesday and 300 MW on Wednesday.", None),
    # a road, not a price
    ("Diversions via the N4 and the R540 will be signposted, and the R113 and N7 will stay open.", None),
    # a tug named beside the ship: the vessel sized later may be either
    ("The 220-metre bulk carrier Ocean Star ran aground on Sunday. A tug towed the 40-metre vessel off the reef.",
     None),
    # bracketed prices, then a price of something else
    ("Soup (£3.40) and coffee (£2.60) cost more than last year, while a set lunch now costs £9.50.", None),
    # the lead's pair of a narrower whole (one country), or of another noun
    ("Bank to close a quarter of its branches\nThe lender said 61 of its 180 branches in Wales would shut.", None),
    ("Bank to close a quarter of its branches\nThe lender said 61 of its 180 cash machines would go.", None),
    # the lead states the pair's share itself, which the headline glosses; a count of other things after the pair
    ("Third of wards miss recycling target\nMore than a third of the city's wards missed the target: 19 of the 52 "
     "wards, or 37%, recycled less than 40 tonnes a month.", None),
    # another protected place inside the first, or one told as new
    ("The national park covers 2,400 hectares. Rangers patrol the 300-hectare sanctuary within it on horseback.", None),
    ("The reserve covers 2,400 hectares. A new 300-hectare reserve will open beside it next year.", None),
    # a vague part of another owner's members: not the same set
    ("The museum has 24,000 members. The walkers' association said many of its 4,500 members would stop coming.",
     None),
    # a headline's dead inmates against a body's count of all the dead
    ("Riot leaves 12 inmates dead\nOfficials said 14 people died, among them two guards.", None),
    # last year's event in a place, no month after it
    ("Last year's floods in Somerset were the worst since 2012.", "2025-08-12"),
    # shares in brackets with a verb in the last label: no split of one whole
    ("Members are juniors (46%), masters (38%) and adults who rose to the top league (27%).", None),
])
def test_near_misses_of_the_new_readings_stay_silent(text, published):
    assert flagged(text, published) == []
