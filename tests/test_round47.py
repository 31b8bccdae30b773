"""Round 47: the shapes behind the misses (and the one false alarm) of round 46's sealed sets r46a-d, once opened,
told in our own words -- each with a text that must be flagged and one that must not, then near misses of the new
readings that must stay silent."""
from __future__ import annotations

import pytest

from checker import analyse, check_text
from shapes import flagged, flagged_rules


# (text flagged, the rule, the same text with its figures agreeing, the publication date)
CASES = [
    # an en dash inside a place name joins it, no break before the parts
    ("The ferry line carried 518,000 passengers last year: 301,000 on the Arnholt–Vessby crossing, 142,000 to "
     "Skarvik and the remaining 85,000 on summer sailings.", "FC101",
     "The ferry line carried 528,000 passengers last year: 301,000 on the Arnholt–Vessby crossing, 142,000 to "
     "Skarvik and the remaining 85,000 on summer sailings.", None),
    # wire style: a double hyphen for a dash, the currency's code after the figure
    ("Coffee exports totalled 61.4 mln usd in the quarter -- 33.0 mln to Germany, 17.2 mln to Japan and the "
     "remaining 9.1 mln to other buyers.", "FC101",
     "Coffee exports totalled 59.3 mln usd in the quarter -- 33.0 mln to Germany, 17.2 mln to Japan and the "
     "remaining 9.1 mln to other buyers.", None),
    # a year written as a span between the old level and "to"
    ("Visits to the gallery rose from 410,000 in 2022-23 to 530,000 last year, an increase of 140,000.", "FC301",
     "Visits to the gallery rose from 410,000 in 2022-23 to 530,000 last year, an increase of 120,000.", None),
    # a number naming a game among the parts is no missing part
    ("The Otters scored 14 goals in the series - five in the opener, three in Game 2 and four in the decider.",
     "FC101",
     "The Otters scored 12 goals in the series - five in the opener, three in Game 2 and four in the decider.", None),
    # "as many as the N who": a longer subject before the multiple
    ("About 6,300 students from the Harlow district sat the test this spring, three times as many as the 2,900 "
     "who sat it a year earlier.", "FC302",
     "About 6,300 students from the Harlow district sat the test this spring, twice as many as the 2,900 who sat "
     "it a year earlier.", None),
    # a move in a ranking, the old position after an "after" phrase and a comma
    ("Okafor rose 19 places to No. 28 in the rankings after his win at the Delmont Open, up from No. 52.", "FC301",
     "Okafor rose 24 places to No. 28 in the rankings after his win at the Delmont Open, up from No. 52.", None),
    # a part of an owner's measure, then its share of the whole named again before who said it
    ("Farmland covers 840,000 of Tarvo province's 1.2 million hectares, or about 60 per cent of the land, the "
     "survey found.", "FC201",
     "Farmland covers 840,000 of Tarvo province's 1.2 million hectares, or about 70 per cent of the land, the "
     "survey found.", None),
    # an adverb after the old level is no noun of it
    ("Profit rose 35 pct to 1.62 billion dlrs from 1.08 billion previously.", "FC203",
     "Profit rose 50 pct to 1.62 billion dlrs from 1.08 billion previously.", None),
    # restatements: an owner called again by another word, past "and" joining two verbs
    ("The new tram line will be 14 miles long and serve 22 stops. Work on the railway's 24 stops begins in May.",
     "FC402",
     "The new tram line will be 14 miles long and serve 22 stops. Work on the railway's 22 stops begins in May.", None),
    # a race's runners called its field, the rest of it beaten
    ("A late withdrawal cut the Derrow Stakes to nine runners. The winner beat the rest of the 10-strong field by "
     "two lengths.", "FC402",
     "A late withdrawal cut the Derrow Stakes to nine runners. The winner beat the rest of the nine-strong field by "
     "two lengths.", None),
    # a body's size joined to it, then its seats
    ("The town elected a new 25-member council on Sunday. The Greens won nine of the 27 seats.", "FC402",
     "The town elected a new 25-member council on Sunday. The Greens won nine of the 25 seats.", None),
    # what a cut counts named as the modifier of its losses
    ("The trust will shed 85 posts by March. Its chief executive said the 58 job losses were unavoidable.", "FC402",
     "The trust will shed 85 posts by March. Its chief executive said the 85 job losses were unavoidable.", None),
    # all of a sized thing, in the same sentence
    ("The trust will drain its 640-acre marsh and reseed the entire 460 acres next spring.", "FC404",
     "The trust will drain its 640-acre marsh and reseed the entire 640 acres next spring.", None),
    # a rail link called a line
    ("Work began on the 86km rail link on Monday. The 68km line will open in stages.", "FC404",
     "Work began on the 86km rail link on Monday. The 86km line will open in stages.", None),
    # things counted, then the noun of the act that counted them
    ("The airline has ordered 24 turboprop planes. The order for 36 aircraft is its largest.", "FC402",
     "The airline has ordered 24 turboprop planes. The order for 24 aircraft is its largest.", None),
    # "all N" as the object of a rescue
    ("Nine walkers were cut off by the tide at Holm Point. The lifeboat crew brought all 11 ashore before dark.",
     "FC402",
     "Nine walkers were cut off by the tide at Holm Point. The lifeboat crew brought all nine ashore before dark.", None),
    # the rest told with its figure after "at"
    ("The port handled 4.2 million tonnes last year. Grain accounted for 2.6 million, with timber making up the "
     "rest at 1.9 million.", "FC101",
     "The port handled 4.5 million tonnes last year. Grain accounted for 2.6 million, with timber making up the "
     "rest at 1.9 million.", None),
    # one more outcome told with "another"
    ("The Hawks played 64 games, winning 30, losing 22 at home and dropping another 15 on the road.", "FC102",
     "The Hawks played 67 games, winning 30, losing 22 at home and dropping another 15 on the road.", None),
    # a tally told by its latest thing's ordinal, then where it stands now
    ("Okoro scored her 19th try of the season at Kingsholm on Saturday. Okoro, who now has 21 tries this season, "
     "leads the scoring charts.", "FC402",
     "Okoro scored her 19th try of the season at Kingsholm on Saturday. Okoro, who now has 19 tries this season, "
     "leads the scoring charts.", None),
    # a gap told from both ends
    ("Castell won in Porto to move 22 points clear of Marek Duda. Duda, who retired on lap 40, is now 27 points "
     "behind.", "FC402",
     "Castell won in Porto to move 22 points clear of Marek Duda. Duda, who retired on lap 40, is now 22 points "
     "behind.", None),
    # the share of a level that has gone
    ("The marsh covered 3,200 hectares in 1950 and 2,400 hectares today, meaning a third of it has been lost.",
     "FC203",
     "The marsh covered 3,200 hectares in 1950 and 2,400 hectares today, meaning a quarter of it has been lost.",
     None),
    # a move's size named again, its sum's rate no time of the change
    ("Bus fares will rise by 6% in May. The 9% increase will raise about £2m a year.", "FC402",
     "Bus fares will rise by 6% in May. The 6% increase will raise about £2m a year.", None),
    # a span's length told as the longest at N days
    ("The walkout began on 4 June and ended on 16 June and was the longest in the port's history at 15 days.",
     "FC507",
     "The walkout began on 4 June and ended on 16 June and was the longest in the port's history at 12 days.", None),
    # an anniversary of an event whose year is told by a participle after a longer noun phrase
    ("Villagers gathered on Sunday to mark the 40th anniversary of the opening of its small stone chapel, rebuilt in "
     "1989 after a fire.", "FC505",
     "Villagers gathered on Sunday to mark the 35th anniversary of the opening of its small stone chapel, rebuilt in "
     "1989 after a fire.", "2024-09-02"),
    # a squad's changes listed in the next sentence
    ("The coach has dropped five players for Saturday. Out go Amadi, Brook, Coyle and Dunne.", "FC410",
     "The coach has dropped four players for Saturday. Out go Amadi, Brook, Coyle and Dunne.", None),
    # a length in another unit, the course named again by what is set along it
    ("Walkers face a 32-kilometre route around the lake. Marshals will be posted every 4 km along the 24-mile route.",
     "FC404",
     "Walkers face a 32-kilometre route around the lake. Marshals will be posted every 4 km along the 20-mile route.",
     None),
    # a ship of one kind named again as a ship, in another unit
    ("The tanker Nordic Swan, 240 metres long, lost power off Wick on Monday. Tugs towed the 620-foot ship to port.",
     "FC404",
     "The tanker Nordic Swan, 240 metres long, lost power off Wick on Monday. Tugs towed the 790-foot ship to port.",
     None),
    # a fire's area, told again in acres
    ("A grass fire has burnt through 1,200 hectares of moorland since Friday. Crews said the 1,900-acre blaze was "
     "under control.", "FC404",
     "A grass fire has burnt through 1,200 hectares of moorland since Friday. Crews said the 3,000-acre blaze was "
     "under control.", None),
    # a spacecraft's crew; satellites as spacecraft; prints as works
    ("A crew of three launched from the Kazakh steppe on Monday. The two astronauts will spend six months aloft.",
     "FC402",
     "A crew of three launched from the Kazakh steppe on Monday. The three astronauts will spend six months aloft.",
     None),
    ("The rocket put 18 satellites into orbit on Friday. Controllers reached all 16 spacecraft by nightfall.", "FC402",
     "The rocket put 18 satellites into orbit on Friday. Controllers reached all 18 spacecraft by nightfall.", None),
    ("Some 250 etchings by the artist will be auctioned in May. The 320 works are expected to fetch £400,000.",
     "FC402",
     "Some 250 etchings by the artist will be auctioned in May. The 248 works are expected to fetch £400,000.", None),
    # a prison term beside the part to be served before parole
    ("Judge Marsh jailed Reid for 10 years, with a minimum non-parole period of five years. Reid will appeal the "
     "12-year sentence.", "FC405",
     "Judge Marsh jailed Reid for 10 years, with a minimum non-parole period of five years. Reid will appeal the "
     "10-year sentence.", None),
    # a quake's main shock, aftershocks told after it
    ("A magnitude 5.8 earthquake struck the coast on Friday. Officials said the magnitude 6.3 main shock was "
     "followed by 20 aftershocks.", "FC402",
     "A magnitude 5.8 earthquake struck the coast on Friday. Officials said the magnitude 5.8 main shock was "
     "followed by 20 aftershocks.", None),
    # a collection's size told by its items
    ("The library holds some 8,000 maps in all. Curators say the 6,500-map collection is the largest in Wales.",
     "FC402",
     "The library holds some 8,000 maps in all. Curators say the 8,000-map collection is the largest in Wales.", None),
    # a count of several kinds listed, named again under the word for them all; a noun in -est is no superlative
    ("The gift, a collection of 520 paintings, etchings and drawings, opens to the public in May. Volunteers "
     "catalogued all 570 works in the gift over two years.", "FC402",
     "The gift, a collection of 520 paintings, etchings and drawings, opens to the public in May. Volunteers "
     "catalogued all 520 works in the gift over two years.", None),
    # kinds of animal named again by the word for them, counted or sized
    ("Keepers caught 14 flamingos that had flown out of the aviary. By nightfall all 16 birds were back.", "FC402",
     "Keepers caught 14 flamingos that had flown out of the aviary. By nightfall all 14 birds were back.", None),
    ("Rangers moved a 3.1-metre python from a school garden on Friday. The reptile, measuring about 14 feet, was "
     "released in the hills.", "FC404",
     "Rangers moved a 3.1-metre python from a school garden on Friday. The reptile, measuring about 10 feet, was "
     "released in the hills.", None),
    # a prize pool named again; a film's audience
    ("The winners took $80,000 from a $400,000 pool. The $600,000 pool was the event's largest.", "FC402",
     "The winners took $80,000 from a $400,000 pool. The $400,000 pool was the event's largest.", None),
    ("The film has been seen by 2.3 million cinemagoers. Its audience of 3.2 million is a record.", "FC406",
     "The film has been seen by 2.3 million cinemagoers. Its audience of 2.3 million is a record.", None),
    # how far off a date is from publication, set apart after it
    ("The new bridge opens on 12 October - in 14 days' time - with a fun run across it.", "FC507",
     "The new bridge opens on 12 October - in 17 days' time - with a fun run across it.", "2025-09-25"),
    # a range, then the period taken up after a semicolon by its noun sized by the length
    ("The walkout ran from 2 May to 20 May; the 24-day strike cost the port £3m.", "FC507",
     "The walkout ran from 2 May to 20 May; the 19-day strike cost the port £3m.", None),
    # last year's thing with its place, then when it was held
    ("Last year's rowing regatta in Chester Park, held in June 2021, drew 4,000 spectators.", "FC502",
     "Last year's rowing regatta in Chester Park, held in June 2023, drew 4,000 spectators.", "2024-05-02"),
]


@pytest.mark.parametrize("flagged_text, rule, agreeing, published", CASES, ids=[c[1] + "-" + c[0][:30] for c in CASES])
def test_flagged_and_agreeing(flagged_text, rule, agreeing, published):
    assert rule in flagged_rules(flagged_text, published)
    assert flagged(agreeing, published) == []


def test_numbers_that_name_the_listed_things_are_no_parts():
    # route numbers listed for a count of routes are its items, counted; their values add up to nothing
    text = ("Coastline Buses will scrap six routes - the 3, 3B, 14, 22, 40 and 51 - in March. The six routes carry "
            "about 2,500 riders a day.")
    assert flagged(text) == []
    assert "FC410" in [f.rule for f in check_text(text) if not f.is_problem]
    assert "FC410" in flagged_rules(text.replace("six routes -", "seven routes -"))


def test_an_en_dash_inside_a_name_breaks_no_list():
    # the whole before the colon is the total, not the first part before the name's dash
    text = ("The ferry line carried 518,000 passengers last year: 301,000 on the Arnholt–Vessby crossing, 142,000 "
            "to Skarvik and the remaining 85,000 on summer sailings.")
    assert flagged(text) == [("FC101", "518,000")]


def test_a_currency_code_after_the_figure_is_money():
    kinds = {m.text: (m.kind.name, m.unit) for m in analyse("It made 40 mln stg and 12.5 bln usd.").mentions}
    assert kinds == {"40 mln stg": ("MONEY", "GBP"), "12.5 bln usd": ("MONEY", "USD")}


def test_cuts_placed_by_going_in_are_parts_of_the_cut():
    text = "The insurer will cut 2,400 jobs, with 1,500 posts going in its call centres and 700 in head office."
    assert [f.rule for f in check_text(text) if not f.is_problem] == ["FC102"]
    assert "FC102" in flagged_rules(text.replace("700 in head office", "1,100 in head office"))


@pytest.mark.parametrize("text, published", [
    # a place, then the part: the number after it is the missing part (as the list's total agrees with it)
    ("The county has three hospitals: Ashby General has 610 beds, Moor Lane 72 and St Anne's in Pellow 38, a "
     "total of 720.", None),
    # an en dash between figures stays a range, and an em dash between words still breaks
    ("The route carried 12,000–14,000 riders a day—about 4,000 more than the old line.", None),
    # a span of years then a level of another thing
    ("The club's wage bill rose from 2021-22 to 2023-24, reaching £48m.", None),
    # a ranking's old position told of another time
    ("Okafor rose to No. 28 in the rankings after his win at the Delmont Open, his best since rising from No. 52 "
     "in 2019.", None),
    # a race's field beaten by a horse told apart; the seats of a region of the body
    ("The town elected a new 25-member council on Sunday. The Greens won nine of the 14 seats in the north ward.",
     None),
    # a part of a sized thing, then all of another figure
    ("The trust will drain 240 acres of its marsh and reseed the entire 420 acres next spring.", None),
    # two acts: a second purchase told as one more
    ("The council bought 12 electric buses last year. The purchase of 14 more buses was approved on Monday.", None),
    # the object of a rescue some of whom were counted before
    ("Nine walkers were cut off by the tide. A further six were stranded on the cliff. The crew brought all 15 "
     "ashore.", None),
    # another's tally; a tally that moved since; another's gap; a share of other things lost
    ("Okoro scored her 19th try of the season on Saturday. Team-mate Hale now has 15 tries.", None),
    ("Okoro scored her 19th try of the season on Saturday and added two more on Tuesday. She now has 21 tries.",
     None),
    ("Castell moved 22 points clear of Duda. Duda is now 27 points behind Moreno, who is second.", None),
    ("The herd numbered 4,000 in 2010 and 2,600 last year, and half of the calves were lost to disease.", None),
    # an aftershock told as such; items some of a collection
    ("A magnitude 6.2 earthquake struck on Tuesday. The magnitude 5.4 aftershock was felt in Wellington.", None),
    ("The dealer sold 40 paintings in May. The 120-painting collection he kept will go on show.", None),
    # another period after the semicolon, or one told by its own clause
    ("The festival ran from March 3 to March 21; the 4-day strike cost RM4m.", None),
    ("The strike ran from March 3 to March 21; the 4-day stoppage that followed cost RM4m.", None),
    # two kinds sized before the word for both
    ("A 4.2-metre crocodile and a 3-metre python were caught. The reptile, measuring 17 feet, was moved.", None),
    # kinds named beside the count that the word for them all may also cover
    ("The gallery owns 310 paintings and 40 sculptures. Conservators cleaned all 340 works.", None),
    # "Out go" lists those dropped, not those signed
    ("The club has signed three players. Out go Barton and Menon, while Carter stays.", None),
    # our own near misses of this round's readings, silent
    ("The 60-seat council meets monthly. Reform won 21 of the 38 seats up for election on Thursday.", None),
    ("The club owns a 120-acre site. It will sell all 40 acres of its northern field.", None),
    ("Fourteen pupils were evacuated from the school. Staff led all 300 to safety across the playing fields.", None),
    # (a false alarm from before the round) a part's own whole read as a part of the body's size
    ("Voters elected a new 45-member parliament. The Liberals took 12 of the 45 seats, while the Greens won 8 of "
     "the 20 seats they contested.", None),
    # an owner's measure and a share of another whole
    ("Farmland covers 840,000 of Tarvo province's 1.2 million hectares, or about 40 per cent of the country's "
     "farmland, the survey found.", None),
])
def test_near_misses_of_the_new_readings_stay_silent(text, published):
    assert flagged(text, published) == []
