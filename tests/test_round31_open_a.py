"""Round 31 (opened never-seen sums and list counts): readings learnt from the opened misses, each written for its
family of shapes (five variants sharing none of the learning case's content words), with clean twins that must
stay silent."""
import pytest

from tests.shapes import assert_clean, assert_flagged


# Fix 1: a total opened by "A total of" / "In total" keeps its kinds apposed after the clause: the "of" before the
# figure is the totaliser's, not a base or a level ("from", "to", "of" still stop other figures).
@pytest.mark.parametrize("text, target", [
    ("A total of 1,204 travellers were stranded overnight at the terminal, 837 adults and 384 children, officials "
     "said.", "1,204"),
    ("A total of 947 fans were turned away at the gates on Saturday, 613 adults and 324 children, the club said.", "947"),
    ("A total of 286 tenants were rehoused in Ohio in 2023, 197 adults and 99 children, state records show.", "286"),
    ("The zoo welcomed a total of 389 visitors on its opening day, 251 adults and 128 children.", "389"),
    ("Doctors treated a total of 1,126 patients for heatstroke in Madrid in July, 884 adults and 252 children, the "
     "ministry said.", "1,126"),
])
def test_totaliser_total_with_kinds_apposed_is_flagged(text, target):
    assert_flagged(text, target, "FC101")


@pytest.mark.parametrize("text", [
    "A total of 1,204 travellers were stranded overnight at the terminal, 820 adults and 384 children, officials said.",
    "A total of 947 fans were turned away at the gates on Saturday, 613 adults and 334 children, the club said.",
    "A total of 286 tenants were rehoused in Ohio in 2023, 187 adults and 99 children, state records show.",
    # a part of a whole: some of them
    "The zoo welcomed a total of 389 visitors on its opening day, 251 of them adults.",
    "A total of 947 fans were turned away on Saturday, including 613 adults, the club said.",
    # another season's figures after the total
    "A total of 947 fans were turned away on Saturday, and 613 adults and 324 children were let in last season.",
    # the figure after "of" is a base, no totaliser
    "Three in ten of 1,126 patients treated in July, 884 adults and 252 children, needed a drip.",
])
def test_totaliser_total_twins_are_clean(text):
    assert_clean(text)


# Fix 2: a period or contest named by its number ("in week two", "on day 3", "in round four") is a name, no
# count: the parts before it are read as one list.
@pytest.mark.parametrize("text, target", [
    ("The show has earned $14.2 million in three weeks: $6.1 million in week one, $4.9 million in week two and "
     "$1.3 million in week three.", "$14.2 million"),
    ("The appeal raised £96,000 over the weekend: £41,000 on day one and £45,000 on day two.", "£96,000"),
    ("Fans bought 58,200 tickets across the three rounds: 21,400 in round 1, 19,300 in round 2 and 14,500 in "
     "round 3.", "58,200"),
    ("The festival drew 23,900 visitors over four days: 5,100 on day 1, 6,200 on day 2, 6,000 on day 3 and "
     "4,800 on day 4.", "23,900"),
    ("The tour has grossed €8.4m in two legs: €5.1m in leg one and €2.6m in leg two.", "€8.4m"),
])
def test_parts_by_numbered_period_are_flagged(text, target):
    assert_flagged(text, target, "FC101")


@pytest.mark.parametrize("text", [
    "The show has earned $12.3 million in three weeks: $6.1 million in week one, $4.9 million in week two and "
    "$1.3 million in week three.",
    "The appeal raised £86,000 over the weekend: £41,000 on day one and £45,000 on day two.",
    # a part of a whole
    "Fans bought 58,200 tickets this season, 21,400 of them in round 1.",
    # counts after a period word are still counts
    "Each week 300 volunteers help at the bank, and in a busy week 40 more join them.",
    "Every day 40 patients wait on trolleys, and on day 2 of the strike 80 waited.",
    # another year
    "The festival drew 23,900 visitors in 2023; on day 1 this year 5,100 came.",
])
def test_parts_by_numbered_period_twins_are_clean(text):
    assert_clean(text)


def test_numbered_period_is_no_part_of_the_sum():
    from tests.shapes import problems
    text = ("The show has earned $14.2 million in three weeks: $6.1 million in week one, $4.9 million in week two and "
            "$1.3 million in week three.")
    assert any("$12.3 million" in f.message for f in problems(text))


# Fix 3: a loose list of names past a count, then a price, share or measure after the list's closing comma and a
# lower-case word ("..., with fares from £29.99"): that figure counts none of the things listed.
@pytest.mark.parametrize("text, target", [
    ("The operator will add seven new services from Bristol next spring, to Lyon, Nice, Bilbao, Faro, Palma and Pisa, "
     "with tickets from €39.", "seven"),
    ("The coach company will run four new routes out of Leeds in June, to Durham, Carlisle and Whitby, with a single "
     "costing $12.", "four"),
    ("A budget carrier is starting five new flights from Dublin, to Seville, Malaga, Alicante and Lisbon, with fares "
     "20% below rivals.", "five"),
    ("The rail operator will open six new lines next year, to Ely, Wells, Bath, Rye and Hove, with journeys up to "
     "40 miles long.", "six"),
    ("The ferry firm is opening three new crossings from Poole, to Roscoff, Santander, Bilbao and Cherbourg, at "
     "fares from £60.", "three"),
])
def test_loose_list_before_a_price_is_flagged(text, target):
    assert_flagged(text, target, "FC410")


@pytest.mark.parametrize("text", [
    "The operator will add six new services from Bristol next spring, to Lyon, Nice, Bilbao, Faro, Palma and Pisa, "
    "with tickets from €39.",
    "A budget carrier is starting four new flights from Dublin, to Seville, Malaga, Alicante and Lisbon, with fares "
    "20% below rivals.",
    # a part of the whole
    "The rail operator will open six new lines next year, including to Ely, Wells and Bath, with journeys up to "
    "40 miles long.",
    # a count after the list may count more of them
    "The coach company will run four new routes out of Leeds, to Durham, Carlisle and Whitby, and one more in 2026.",
    # the price before the list: whose figure?
    "The ferry firm is opening three new crossings at £60, to Roscoff, Santander, Bilbao and Cherbourg, this year.",
])
def test_loose_list_before_a_price_twins_are_clean(text):
    assert_clean(text)


# Fix 4: "both" may take a side's or a nation's name before its noun ("Both Wales props, A, B and C,").
@pytest.mark.parametrize("text, target", [
    ("Both Labour councillors - Ann Lee, Bo Ray and Cy Moss - voted against the plan.", "Both"),
    ("Both Ohio senators, Jane Fox, Mark Bell and Tim Cole, backed the bill in Washington.", "Both"),
    ("Both Wales props, Rhys Hale, Dai Pugh and Owen Bevan, were sin-binned.", "Both"),
    ("Both Arsenal full-backs, Ben Stone, Leo Marsh and Kai Webb, missed training on Friday.", "Both"),
    ("The club confirmed that both Yorkshire spinners - Sam Lowe, Jack Firth and Adil Khan - had signed.", "both"),
])
def test_both_with_a_name_before_the_noun_is_flagged(text, target):
    assert_flagged(text, target, "FC410")


@pytest.mark.parametrize("text", [
    "Both Labour councillors - Ann Lee and Bo Ray - voted against the plan.",
    "Both Ohio senators, Jane Fox and Mark Bell, backed the bill in Washington.",
    # two sides named: no count of two
    "Both England and Wales props, Rhys Hale, Dai Pugh and Owen Bevan, were sin-binned.",
    # a family name: the brothers are two, named by first name
    "Both Davies brothers, Tom and Sam, were injured.",
])
def test_both_with_a_name_before_the_noun_twins_are_clean(text):
    assert_clean(text)


# Fix 5: a bridge word before the colon may stand in quotes ("were rated 'poor' by inspectors ...: A, B and C"); a
# long bridge (past the loose list's ten words) is read only by the colon's introducer.
@pytest.mark.parametrize("text, target", [
    ('Five schools across the county were judged "inadequate" by Ofsted inspectors during the spring round of visits: '
     'Ashdown, Belmont, Cedars and Dunmore.', "Five"),
    ("Four hospitals in the region have been placed in “special measures” by the health regulator over the past year: "
     "St Mary's, the Royal and Kingsmill.", "Four"),
    ("Six restaurants earned a ‘gold’ hygiene rating from the city's health department in its 2024 round of checks: "
     "Luigi's, Saffron, Nomad, Ember and Koi.", "Six"),
    ("Four banks were named 'systemically important' by the regulator in its annual review of the sector last month: "
     "Barclays, HSBC and Lloyds.", "Four"),
    ("Three US airports were rated 'outstanding' by travelers in the annual survey of passenger satisfaction "
     "published on Tuesday: Denver, Austin, Tampa and Boise.", "Three"),
])
def test_quoted_word_in_bridge_is_flagged(text, target):
    assert_flagged(text, target, "FC410")


@pytest.mark.parametrize("text", [
    "Four banks were named 'systemically important' by the regulator in its annual review of the sector last month: "
    "Barclays, HSBC, NatWest and Lloyds.",
    'Five schools across the county were judged "inadequate" by Ofsted inspectors during the spring round of visits: '
    'Ashdown, Belmont, Cedars, Elm and Dunmore.',
    # a part of them
    "Four banks were named 'systemically important' by the regulator in its annual review of the sector last month, "
    "including Barclays, HSBC and Lloyds.",
    # another year's list
    "Six restaurants earned a ‘gold’ rating in 2024, and in 2023 the winners were Luigi's, Saffron and Koi.",
])
def test_quoted_word_in_bridge_twins_are_clean(text):
    assert_clean(text)
