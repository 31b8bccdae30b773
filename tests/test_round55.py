"""Round 55: the shapes behind the misses and false alarm of round 54's sealed sets r54a-d and of round 55's open
learning sets, once opened, told in our own words -- each with a text that must be flagged and one that must not,
then near misses of the new readings that must stay silent."""
from __future__ import annotations

import pytest

from shapes import flagged, flagged_rules


# (text flagged, the rule, the same text with its figures agreeing, the publication date)
CASES = [
    # a share of a whole told, then "those N" that part: consistent; a part off the share is still a contradiction
    ("More than a third of the college's 9,600 students come from overseas. The 2,100 international students pay "
     "higher fees.", "FC402",
     "A quarter of the college's 9,600 students come from overseas. The 2,400 international students pay higher fees.",
     None),
    # a count in apposition after a plural and "from": where they come from
    ("Prizes went to riders from four teams, Ostra Wheelers, Dunlin CC, Marsh Road, Holt Velo and Kestrel RT, the "
     "widest spread yet.", "FC410",
     "Prizes went to riders from five teams, Ostra Wheelers, Dunlin CC, Marsh Road, Holt Velo and Kestrel RT, the "
     "widest spread yet.", None),
    # things opening the sentence, taken up in apposition by "the N things" past a participle and its degree
    ("Plums, pears and quinces, the four fruits hit hardest by the hail, will be sold at a discount.", "FC410",
     "Plums, pears and quinces, the three fruits hit hardest by the hail, will be sold at a discount.", None),
    # "an hour and N minutes" between two clock times
    ("The ferry left at 8.50am and docked at 10.05am, a crossing of an hour and 25 minutes.", "FC509",
     "The ferry left at 8.50am and docked at 10.05am, a crossing of an hour and 15 minutes.", None),
    # a sentence's subject marking its years, its start told in the next sentence by another of its names
    ("The Brackley tramway marks 60 years of service this week. The line opened in 1967.", "FC505",
     "The Brackley tramway marks 58 years of service this week. The line opened in 1967.", "2025-03-02"),
    # a price per dozen: "a dozen" is the price's unit, no figure between the levels
    ("Butter prices fell 10% to $3.60 a pound in May from $4.50 in April.", "FC203",
     "Butter prices fell 20% to $3.60 a pound in May from $4.50 in April.", None),
    ("Wholesale prices fell 10% to $3.60 a dozen in May from $4.50 in April.", "FC203",
     "Wholesale prices fell 20% to $3.60 a dozen in May from $4.50 in April.", None),
    # a price told again at the head of a sentence by what it is paid for, two digits swapped
    ("Honey from the valley now fetches £12.60 a jar at market. At £16.20 a jar, buyers are still queuing.", "FC406",
     "Honey from the valley now fetches £12.60 a jar at market. At £12.60 a jar, buyers are still queuing.", None),
    # a lease's length told twice
    ("The port granted the rowing club a 30-year lease on the boathouse. Under the 35-year lease, the club pays £1 "
     "a year.", "FC405",
     "The port granted the rowing club a 30-year lease on the boathouse. Under the 30-year lease, the club pays £1 "
     "a year.", None),
    # a venue's name between a person's age and "The N-year-old"
    ("Singer Ines Marlow, 58, returns to the Corran Hall stage on Friday. The 55-year-old will sing new songs.",
     "FC403",
     "Singer Ines Marlow, 58, returns to the Corran Hall stage on Friday. The 58-year-old will sing new songs.", None),
    # "all N injured passengers" past a count of passengers carried
    ("Nine passengers were injured when the tram braked hard. The tram, carrying 140 passengers, stopped at the "
     "depot, where all 12 injured passengers were seen by medics.", "FC402",
     "Nine passengers were injured when the tram braked hard. The tram, carrying 140 passengers, stopped at the "
     "depot, where all nine injured passengers were seen by medics.", None),
    # a thing's age told by another of its names in the next sentence
    ("The lighthouse, built in 1880, is for sale. The 150-year-old tower needs a new lamp.", "FC504",
     "The lighthouse, built in 1880, is for sale. The 145-year-old tower needs a new lamp.", "2025-08-01"),
    # a marking to come, its event's year after "of its opening ... in"
    ("The abbey will mark the 125th anniversary of its opening to visitors in 1890 with a concert.", "FC505",
     "The abbey will mark the 135th anniversary of its opening to visitors in 1890 with a concert.", "2025-04-02"),
    ("The abbey will mark the 125th anniversary of its opening to visitors in 1890 with a concert on 12 April.",
     "FC505",
     "The abbey will mark the 135th anniversary of its opening to visitors in 1890 with a concert on 12 April.",
     "2025-04-02"),
    # a general noun over a structure's kind ("the viaduct ... the N-metre structure"), past a part of it
    ("The Kellow viaduct, which is 318 metres long, has shut after cracks appeared in two piers. Engineers expect the "
     "381-metre structure to reopen in May.", "FC404",
     "The Kellow viaduct, which is 318 metres long, has shut after cracks appeared in two piers. Engineers expect the "
     "318-metre structure to reopen in May.", None),
    # two dimensions told together, then a modifier: the length
    ("The new dry dock is 260 metres long and 40 metres wide. The 206-metre dock opens in June.", "FC404",
     "The new dry dock is 260 metres long and 40 metres wide. The 260-metre dock opens in June.", None),
    # a headline's verb of adding things: the body's "new" ones are the same
    ("Ferry firm to add 12 vessels\nThe operator said on Monday it had signed the contract. The 14 new vessels will "
     "enter service in 2027.", "FC401",
     "Ferry firm to add 12 vessels\nThe operator said on Monday it had signed the contract. The 12 new vessels will "
     "enter service in 2027.", None),
    # "N years to the day after" a date
    ("Thirty years to the day after the mill burned down on 9 May 1993, former workers met at the site.", "FC504",
     "Thirty-two years to the day after the mill burned down on 9 May 1993, former workers met at the site.",
     "2025-05-09"),
    # held every year since a year, then this weekend's Nth edition in the next sentence
    ("The regatta has been held every year since its debut in 2009. This weekend's 19th edition drew 80 crews.",
     "FC503",
     "The regatta has been held every year since its debut in 2009. This weekend's 17th edition drew 80 crews.",
     "2025-06-21"),
    # a size told again at the head of a sentence, then what it sizes, two digits swapped
    ("The new depot, covering 54,000 square metres, opens in June. At 45,000 square metres, it will be the largest in "
     "the region.", "FC406",
     "The new depot, covering 54,000 square metres, opens in June. At 54,000 square metres, it will be the largest in "
     "the region.", None),
    # a margin of touches after a fencing score
    ("Norway won the team epee final 45-39, a margin of eight touches.", "FC301",
     "Norway won the team epee final 45-39, a margin of six touches.", None),
    # "in one of N kinds:" then all the kinds listed
    ("Tickets come in one of three classes: standard, first, sleeper and premium sleeper.", "FC410",
     "Tickets come in one of four classes: standard, first, sleeper and premium sleeper.", None),
    # a multiple of a base described, then "which held N"
    ("The new hall seats 3,000, four times the capacity of the old theatre, which held 600.", "FC302",
     "The new hall seats 3,000, five times the capacity of the old theatre, which held 600.", None),
    # a level moved from X to Y, then "the new Z <noun>" in the next sentence
    ("The port raised its berth fee from €410 to €480 a night. The new €460 fee applies from March.", "FC402",
     "The port raised its berth fee from €410 to €480 a night. The new €480 fee applies from March.", None),
    ("Regulators cut the cod quota from 9,400 tonnes to 8,100 tonnes. The new 8,700-tonne limit starts in May.",
     "FC402",
     "Regulators cut the cod quota from 9,400 tonnes to 8,100 tonnes. The new 8,100-tonne limit starts in May.", None),
    # a ballot's votes cast, then those for, against and spoiled after "with"
    ("Nurses cast 2,418 votes, with 1,530 in favour of the deal, 840 against and 66 spoiled papers.", "FC101",
     "Nurses cast 2,436 votes, with 1,530 in favour of the deal, 840 against and 66 spoiled papers.", None),
    # an ISO currency code before the figure
    ("The board set aside NPR 3.2bn for schools. Of that, NPR 1.9bn goes to buildings and NPR 1.6bn to teachers.",
     "FC10",
     "The board set aside NPR 3.5bn for schools. Of that, NPR 1.9bn goes to buildings and NPR 1.6bn to teachers.",
     None),
]


@pytest.mark.parametrize("flagged_text, rule, agreeing, published", CASES, ids=[c[1] + "-" + c[0][:30] for c in CASES])
def test_flagged_and_agreeing(flagged_text, rule, agreeing, published):
    assert any(r.startswith(rule) for r in flagged_rules(flagged_text, published)), flagged_rules(flagged_text, published)
    assert not flagged(agreeing, published)


@pytest.mark.parametrize("text, published", [
    # the part of a whole told by its share, then the part again with a place's adjective
    ("A fifth of the airline's 4,500 staff work in Kenya. Of those 900 Kenyan staff, 200 are pilots.", None),
    # the round's learning-set alarms: a level told again "exactly" before its change from the year before; a
    # possessive's owner named only after "than"; a length changed between; a part of the whole by "of"
    ("More than 3 million people rode the line last year. The exact figure, 3.06 million, was up 4% on the year "
     "before.", None),
    ("Mia Lund has 21 goals this season, two more than her team-mate Ada Berg. Berg's 19 goals include six headers.",
     None),
    ("The 180-km canal will be lengthened by 40 km by 2030. Once complete, the 220-km waterway will reach the sea.",
     None),
    ("The farm sells about 90,000 eggs a month. Of the 12,000 eggs of its organic flock, 7,000 go to bakers and "
     "5,000 to shops.", None),
    # "an hour and a half", "an hour and a quarter": one length, not an hour
    ("The bus left at 7.10am and arrived at 8.40am, an hour and a half later.", None),
    ("Opening time moves to 9.30am from 10.45am, an hour and a quarter earlier than now.", None),
    # the new level in another year than the move's
    ("The council raised the fare from £2.40 to £2.80 in 2019. The new £3.10 fare starts in May 2025.", None),
    # two of three: some of them, not a list of all
    ("She won two of three finals: the sprint and the relay.", None),
    # "with" a count of one side only: no breakdown of the votes cast
    ("Nurses cast 2,418 votes, with 1,530 in favour of the deal.", None),
    # a marking to come with a day long after publication, or in another year
    ("The abbey will mark the 125th anniversary of its opening to visitors in 1890 with a concert on 12 December.",
     "2025-04-02"),
    # a price at another time, or given elsewhere as well
    ("Honey fetched £12.60 a jar last year. At £16.20 a jar last month, it was dearer still.", None),
])
def test_false_alarms_and_near_misses_stay_silent(text, published):
    assert not flagged(text, published)


@pytest.mark.parametrize("text, rule, published", [
    # near misses keep their reading
    ("The airline has 4,500 staff. The 4,100 staff were told of the cuts on Monday.", "FC402", None),
])
def test_near_misses_keep_their_reading(text, rule, published):
    rules = flagged_rules(text, published)
    assert any(r.startswith(rule) for r in rules), rules
