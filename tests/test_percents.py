"""Percentages: shares of one whole (FC202), percent changes (FC203), point
changes (FC204) and points called per cent (FC205)."""
from __future__ import annotations

from fractions import Fraction

import pytest
from hypothesis import given, settings, strategies as st

from checker import check_text
from checker.relate.percents import PercentChange, PointsChange, ShareSplit
from checker.relate import relate
from checker.api import analyse


MINE = ("FC202", "FC203", "FC204", "FC205", "FC207", "FC3")


def problems(text, code=None):
    """Warnings and errors of this family (or of one rule)."""
    return [f for f in check_text(text) if f.is_problem and f.rule.startswith(code or MINE)]


def infos(text, code):
    return [f for f in check_text(text) if not f.is_problem and f.rule == code]


def spans(text, findings):
    out = []
    for f in findings:
        out.append(text[f.start:f.end])
        out.extend(r.text for r in f.related)
    return out


def assert_flag(text, code, target):
    found = problems(text, code)
    assert found, f"{code} did not flag: {text}"
    t0 = text.index(target)
    t1 = t0 + len(target)
    assert any(f.start < t1 and t0 < f.end or any(r.start < t1 and t0 < r.end for r in f.related)
               for f in found), (target, spans(text, found))


# ---------------------------------------------------------------- FC202 shares

@pytest.mark.parametrize("text,target", [
    ("The governing coalition won 44.7% of the vote, the nationalists 35.2% and the greens 23.4%.", "23.4%"),
    ("Asked about the new stadium, 48% of fans approved, 39% disapproved and 16% were unsure.", "16%"),
    ("Kerr took 47%, Lindqvist 36% and Moreau 21% of the first-round vote.", "21%"),
    ("The latest poll has the Liberals on 38%, Labor on 35% and the Greens on 30%.", "30%"),
    ("Wind provided 44% of the island's electricity, solar 31% and the rest 32%.", "32%"),
])
def test_shares_over_the_whole_are_flagged(text, target):
    assert_flag(text, "FC202", target)


@pytest.mark.parametrize("text,target", [
    # one whole handed out to parts
    ("The charity's £2.4m appeal splits its takings 52% to shelters, 31% to food banks and 24% to advice "
     "centres.", "24%"),
    ("Of every pound raised, 62% goes to the hospice, 25% to research and 19% to running costs.", "19%"),
])
def test_allocations_over_the_whole_are_flagged(text, target):
    assert_flag(text, "FC202", target)


@pytest.mark.parametrize("text", [
    "The charity's £2.4m appeal splits its takings 52% to shelters, 31% to food banks and 17% to advice centres.",
    # discounts and rises "to" groups are not one whole
    "The shop gave discounts of 40% to students, 35% to pensioners and 30% to nurses.",
    "Fares rose 40% to Paris, 35% to Rome and 30% to Madrid.",
])
def test_allocations_clean(text):
    assert not problems(text), spans(text, problems(text))


def test_complete_list_short_of_the_whole_is_flagged():
    text = "Wind provided 44% of the island's electricity, solar 31% and the remaining 12%."
    assert_flag(text, "FC202", "12%")


@pytest.mark.parametrize("text", [
    # rounding: three shares to one decimal may reach 100.15
    "The governing coalition won 44.7% of the vote, the nationalists 35.2% and the greens 20.2%.",
    "Asked about the new stadium, 46% of fans approved, 43% disapproved and 12% were unsure.",
    # different wholes, places, changes, ranges, rates
    "About 71% of nurses and 64% of doctors said they had worked unpaid overtime.",
    "Turnout was 74% in the north, 67% in the west and 59% in the capital.",
    "Exports rose 44% in March, 38% in April and 31% in May.",
    "Estimates put the fall at between 40% and 60%, with most near 55%.",
    "The fund returned 62% in 2021, 48% in 2022 and 35% last year.",
    "Inflation hit 55% in the spring and interest rates reached 60%.",
    # below 100 without saying the list is complete: others not stated
    "The governing coalition won 44.7% of the vote and the nationalists 35.2%.",
])
def test_shares_clean(text):
    assert not problems(text), spans(text, problems(text))


def test_share_split_is_reported_as_info_with_its_sum():
    text = "The governing coalition won 44.7% of the vote, the nationalists 35.2% and the greens 20.1%."
    found = infos(text, "FC202")
    assert found and "100%" in found[0].message
    assert "44.7% + 35.2% + 20.1%" in found[0].arithmetic


# ---------------------------------------------------------------- FC203 percent change

@pytest.mark.parametrize("text,target", [
    ("Pre-tax profit climbed 35% to £88.2 million from £71.5 million.", "35%"),
    ("Thefts from vehicles fell 9% last year, to 2,140 from 2,960.", "9%"),
    ("Enrolment rose 18% from 12,400 to 13,100 between the two censuses.", "18%"),
    ("Average fares went from £3.20 to £3.60, a 20% increase.", "20%"),
    ("Net income increased by 6.5% in the quarter to $412 million, from $361 million a year earlier.", "6.5%"),
    ("Output was up 14% at 2.2 million tonnes, compared with 2.1 million tonnes last year.", "14%"),
    ("There were 620 entries this year, a quarter more than the 580 received last year.", "a quarter"),
    # "up P% at NEW for the <period>, compared with OLD": a results period, not a second change
    ("Underlying earnings were down 11% at $1.47bn for the first half, against $1.52bn a year earlier.", "11%"),
])
def test_percent_change_mismatch(text, target):
    assert_flag(text, "FC203", target)


@pytest.mark.parametrize("text", [
    "Pre-tax profit climbed 23% to £88.2 million from £71.5 million.",
    "Thefts from vehicles fell 28% last year, to 2,140 from 2,960.",
    "Rents rose 6.3% to £1,120 a month, up from £1,054 a year earlier.",
    "Net income increased by 13.9% in the quarter to $411 million, from $361 million a year earlier.",
    # wire style: the unit only on the first figure
    "Group net profit rose 11.4 pct to 245.6 mln dlrs from 220.5 mln.",
    # a growth rate against an earlier rate is not a change between the two
    "The economy grew 3.1% last year, down from 4.5% the year before.",
    # the change and the comparison belong to different periods
    "Claimants fell by 3,300 in the week to 512,400, compared with 538,900 a year earlier.",
    "Underlying earnings were down 3% at $1.47bn for the first half, against $1.52bn a year earlier.",
])
def test_percent_change_clean(text):
    assert not problems(text), spans(text, problems(text))


def test_percent_change_info_shows_the_arithmetic():
    text = "Pre-tax profit climbed 23% to £88.2 million from £71.5 million."
    found = infos(text, "FC203")
    assert found
    assert "(£88.2 million - £71.5 million) / £71.5 million" in found[0].arithmetic
    assert "23%" in found[0].tolerance


def test_relation_members_are_the_three_figures():
    doc = analyse("Sales fell 12% to 440 from 500.")
    rels = [r for r in relate(doc) if isinstance(r, PercentChange)]
    assert len(rels) == 1
    assert [m.text for m in rels[0].members()] == ["12%", "500", "440"]
    assert rels[0].direction == -1 and rels[0].link == "explicit"


@settings(max_examples=60, deadline=None)
@given(old=st.integers(200, 90_000), pct=st.integers(-60, 150).filter(lambda p: p != 0))
def test_correctly_computed_changes_never_flag(old, pct):
    new = round(old * (100 + pct) / 100)
    if new <= 0 or new == old:
        return
    exact = Fraction(new - old, old) * 100
    stated = f"{abs(float(exact)):.1f}"
    verb = "rose" if new > old else "fell"
    text = f"The total {verb} {stated}% to {new:,} from {old:,}."
    assert not problems(text), text


@settings(max_examples=60, deadline=None)
@given(old=st.integers(200, 90_000), pct=st.integers(5, 80), off=st.integers(6, 40))
def test_changes_far_from_the_figures_flag(old, pct, off):
    new = round(old * (100 + pct) / 100)
    if old % 10 == 0 or new % 10 == 0:
        return  # round figures may stand for a range of values (see test_round_figures)
    exact = Fraction(new - old, old) * 100
    stated = round(float(exact)) + off
    text = f"The total rose {stated}% to {new:,} from {old:,}."
    assert problems(text, "FC203"), text


# ---------------------------------------------------------------- FC204 / FC205 points

@pytest.mark.parametrize("text,target", [
    ("Approval of the mayor fell from 58% to 51%, a drop of 12 percentage points.", "12 percentage points"),
    ("The central bank raised rates to 4.5% from 3.75%, a rise of 25 basis points.", "25 basis points"),
    ("Her party's share slipped 5 points, from 31% to 28%.", "5 points"),
])
def test_point_change_mismatch(text, target):
    assert_flag(text, "FC204", target)


@pytest.mark.parametrize("text", [
    "Approval of the mayor fell from 58% to 51%, a drop of 7 percentage points.",
    "The central bank raised rates to 4.25% from 4%, a rise of 25 basis points.",
    "The central bank cut rates from 1.5% to 1.25%, a quarter-point reduction.",
    "Her party's share slipped 3 points, from 31% to 28%.",
])
def test_point_change_clean(text):
    assert not problems(text), spans(text, problems(text))


def test_point_mismatch_explains_a_relative_change():
    text = "Approval climbed from 50% to 55%, a rise of 10 percentage points."
    found = problems(text, "FC204")
    assert found and "relative" in found[0].message


def test_points_called_percent():
    text = "The jobless rate dropped to 3.6% from 4.8% in a year, a fall of 1.2 percent."
    assert_flag(text, "FC205", "1.2 percent")
    msg = problems(text, "FC205")[0].message
    assert "percentage points" in msg and "25.0%" in msg
    assert not problems(text, "FC203")  # one finding for one mistake


def test_relative_change_between_percentages_is_fine():
    assert not problems("The jobless rate dropped to 3.6% from 4.8% in a year, a fall of 25%.")


def test_points_relation():
    doc = analyse("Approval fell from 58% to 51%, a drop of 7 percentage points.")
    rels = [r for r in relate(doc) if isinstance(r, PointsChange)]
    assert len(rels) == 1 and rels[0].change.text == "7 percentage points"


def test_share_split_relation_members():
    doc = analyse("The coalition won 44.7% of the vote, the nationalists 35.2% and the greens 20.1%.")
    rels = [r for r in relate(doc) if isinstance(r, ShareSplit)]
    assert len(rels) == 1 and len(rels[0].members()) == 3


def test_whole_numbers_beside_finer_ones_keep_their_rounding():
    # "$173m" may be anything from $172.5m to $173.5m: 38% is within reach
    assert not problems("Net profit rose by 38% to $239.3m from $173m a year earlier.")


def test_round_figures_may_be_rounded_but_not_by_more_than_five_percent():
    # 200 and 270 may each be off by 5: the change can be 29% to 41%
    assert not problems("The total rose 40% to 270 from 200.")
    # but "4,000" beside "4,870" is not anything from 3,500 to 4,500
    assert_flag("The total rose 12% to 4,870 from 4,000.", "FC203", "12%")


# ---------------------------------------------------------------- FC206 nearby percentage changes

from checker.relate.percents import NearbyPercentChange  # noqa: E402


@pytest.mark.parametrize("text,target", [
    # headline and lead, values two paragraphs on
    ("Kelso Rail passenger numbers slide 9%\n\nKelso Rail said on Monday that passenger numbers fell 9% "
     "in the year to June.\n\nPassenger numbers dropped to 4.4 million from 4.7 million, the operator said.",
     "4.7 million"),
    # "a 15% increase in revenue" and the values in the next paragraph
    ("Brightwell Systems posted a 15% increase in revenue for the year.\n\nRevenue rose to $4.6 billion "
     "from $4.2 billion, helped by cloud contracts.", "$4.2 billion"),
    # the values first, the percentage after
    ("Sales climbed to 48,000 cars from 40,000 cars last year. The 35% rise in sales was driven by "
     "electric models.", "40,000"),
    # "the number of" names what is counted
    ("The number of visitors fell 20% last summer. The number of visitors dropped to 8,200 from 9,000.",
     "9,000"),
])
def test_nearby_percent_change_mismatch(text, target):
    assert_flag(text, "FC206", target)
    found = problems(text, "FC206")
    assert all(f.severity.name == "WARNING" for f in found)  # an inferred link is never an error
    assert not problems(text, "FC203")


@pytest.mark.parametrize("text", [
    # consistent, within the rounding of the values
    "Brightwell Systems posted a 10% increase in revenue for the year.\n\nRevenue rose to $4.6 billion "
    "from $4.2 billion, helped by cloud contracts.",
    # different measures
    "Operating profit jumped 30% in the year, the miner said. Pre-tax profit rose to £90 million from "
    "£80 million.",
    "Revenue jumped 30% in the year, the miner said. Profit rose to £90 million from £80 million.",
    # different periods
    "Quarterly revenue rose 12%, the company said. Revenue for the year rose to $5.1 billion from "
    "$4.0 billion.",
    "Exports rose 12% in 2023, the agency said. Exports rose to $5.1 billion in 2021 from $4.0 billion.",
    # too far apart
    "Revenue rose 12%, the company said. It opened two shops. It hired staff. It sold a warehouse. "
    "Revenue rose to $5.1 billion from $4.0 billion.",
    # paragraphs apart
    "Revenue rose 12%, the company said.\n\nIt opened two shops.\n\nIt hired staff.\n\n"
    "Revenue rose to $5.1 billion from $4.0 billion.",
    # the percentage has a value of its own: the same-sentence rule reads it
    "Revenue rose 12% to $5.1 billion, the company said. Revenue rose to $5.1 billion from $4.0 billion.",
    # the values have a percentage of their own
    "Revenue rose 12%, the company said. Revenue rose 27% to $5.1 billion from $4.0 billion.",
    # the directions disagree: another measure or another period
    "Revenue fell 12%, the company said. Revenue rose to $5.1 billion from $4.0 billion.",
    "Revenue fell 12%, the company said. Revenue climbed to $5.1 billion from $4.0 billion.",
    # the two values are of different kinds
    "Sales fell 12%, the brewer said. Sales dropped to $80,000 from 95,000 barrels.",
    # within rounding of a hedged percentage
    "Sales fell nearly 16%, the brewer said. Sales dropped to 80,000 barrels from 95,000 barrels.",
])
def test_nearby_percent_change_not_linked_or_consistent(text):
    assert not problems(text, "FC206"), spans(text, problems(text, "FC206"))


def test_nearby_percent_change_info_shows_the_arithmetic():
    text = ("Brightwell Systems posted a 10% increase in revenue for the year.\n\nRevenue rose to $4.6 billion "
            "from $4.2 billion, helped by cloud contracts.")
    found = infos(text, "FC206")
    assert len(found) == 1 and text[found[0].start:found[0].end] == "10%"
    assert "9.5%" in found[0].arithmetic and "10%" in found[0].tolerance


def test_nearby_percent_change_relation_is_inferred_and_collects_every_percentage():
    text = ("Kelso Rail passenger numbers slide 6%\n\nKelso Rail said on Monday that passenger numbers fell 6% "
            "in the year to June.\n\nPassenger numbers dropped to 4.4 million from 4.7 million.")
    rels = [r for r in relate(analyse(text)) if isinstance(r, NearbyPercentChange)]
    assert len(rels) == 1 and rels[0].link == "inferred"
    assert [m.text for m in rels[0].changes] == ["6%", "6%"]
    assert (rels[0].old.text, rels[0].new.text) == ("4.7 million", "4.4 million")
    assert not problems(text, "FC206")


@settings(max_examples=60, deadline=None)
@given(old=st.integers(min_value=120, max_value=900), pct_=st.integers(min_value=3, max_value=60))
def test_nearby_percent_change_within_rounding_is_never_flagged(old, pct_):
    new = round(old * (100 + pct_) / 100)
    stated = round((new - old) * 100 / old)
    text = (f"Brightwell Systems reported a {stated}% rise in annual revenue.\n\n"
            f"Revenue for the year rose to £{new} million from £{old} million.")
    assert not problems(text, "FC206"), text
    wrong = stated + 20  # beyond what the rounding of round figures such as "120" allows
    text = (f"Brightwell Systems reported a {wrong}% rise in annual revenue.\n\n"
            f"Revenue for the year rose to £{new} million from £{old} million.")
    assert problems(text, "FC206"), text


# ---------------------------------------------------------------- FC202 votes, "a further", FC207 margins

@pytest.mark.parametrize("text,target", [
    # the shares' subjects are opposite answers; a verb taking a share; "by A% to B%"
    ("Once every ballot had been counted, Yes had 54.6 per cent and No 48.4 per cent.", "48.4 per cent"),
    ("Final tally: Remain 49.3%, Leave 52.7%.", "52.7%"),
    ("The incumbent polled 53 pct and the challenger 49 pct in Sunday's run-off.", "49 pct"),
    ("Members backed the strike by 64% to 39%, the union said.", "39%"),
    ("In the second round Ms Varga took 51.2% against 50.1% for her opponent.", "50.1%"),
    # "a further", "another", "an additional" part beside the parts of one whole
    ("Of the 1,150 planning appeals lodged, 58% were dismissed and 33% allowed, and a further 14% are pending.",
     "14%"),
    ("Some 67% of the loans were repaid on time, while another 38% were repaid late.", "38%"),
    # the verb left out of the second answer; a count inside a gapped subject
    ("In the ballot, 57 pct voted to reject the offer and 46 pct to accept it.", "46 pct"),
    ("Mr Abara won 51.6% of the vote, Ms Kell 36.2% and the remaining three candidates 14.4% between them.",
     "14.4%"),
])
def test_vote_and_further_shares_over_the_whole_are_flagged(text, target):
    assert_flag(text, "FC202", target)


@pytest.mark.parametrize("text", [
    "Once every ballot had been counted, Yes had 54.6 per cent and No 45.4 per cent.",
    "Members backed the strike by 64% to 36%, the union said.",
    "Of the 1,150 planning appeals lodged, 58% were dismissed and 23% allowed, and a further 14% are pending.",
    # turnout is not an answer; a result against an earlier one; own wholes
    "Yes had 54.6 per cent and No 45.4 per cent, on a turnout of 68 per cent.",
    "Turnout was 68%, Yes took 54% and No 46%.",
    "In the second round Ms Varga took 51.2% against 50.1% last time.",
    "Ms Varga polled 51% in 2018 and Mr Bodo 49% in 2022, after a further 12% swing.",
    "Of the 300 nurses, 80% work nights, and a further 30% of them also work weekends.",
    "Profits rose 12% in the first half and a further 9% in the second.",
    "The Tories won 44% and Labour 40%, compared with 42% and 41% at the last election.",
    "In the ballot, 57 pct voted to reject the offer and 43 pct to accept it.",
    "About 52% of Londoners were in favour and 55% in Leeds.",
    "Young voters backed it by 60% to 70% in some areas.",
    "Mr Abara won 51.6% of the vote, Ms Kell 36.2% and the remaining three candidates 12.2% between them.",
])
def test_vote_and_further_shares_clean(text):
    assert not problems(text), spans(text, problems(text))


@pytest.mark.parametrize("text,target", [
    ("With all 32 districts declared, Yes took 58.4% and No 41.6%, a margin of 6.8 points.", "6.8"),
    ("Councillors approved the budget by 63% to 37%, a 16-point margin.", "16-point"),
    ("The Greens won 31% and Labour 27%, giving them a lead of nearly nine percentage points.", "nearly nine"),
])
def test_margin_between_shares_mismatch(text, target):
    assert_flag(text, "FC207", target)
    f = problems(text, "FC207")[0]
    assert "percentage points" in f.arithmetic and "allows" in f.tolerance


@pytest.mark.parametrize("text", [
    "With all 32 districts declared, Yes took 58.4% and No 41.6%, a margin of 16.8 points.",
    "Councillors approved the budget by 63% to 37%, a margin of more than 25 points.",
    "The Greens won 31% and Labour 27%, giving them a lead of four percentage points.",
    "With all votes counted, Yes had 56.2 per cent and No 43.8 per cent, a margin of almost 13 points.",
    # a lead over someone else, a margin that is not the shares'
    "The Greens won 31% and Labour 27%, a lead of nine points over the Liberal Democrats.",
    "The firm's profit margin was 31% and its rival's 27%.",
])
def test_margin_between_shares_clean(text):
    assert not problems(text), spans(text, problems(text))


def test_margin_relation_names_the_two_largest_shares():
    from checker.relate.percents import ShareMargin
    doc = analyse("Labour won 38% of the vote, the Greens 24% and the Liberals 31%, a lead of seven points.")
    rel = [r for r in relate(doc) if isinstance(r, ShareMargin)]
    assert len(rel) == 1
    assert (rel[0].first.text, rel[0].second.text, rel[0].margin.text) == ("38%", "31%", "seven")


def test_the_whole_named_inside_the_list_does_not_cut_it():
    # "of the 1,150 appeals" is the shares' whole, not the end of the list
    text = ("Some 61 per cent of the 1,420 appeals were dismissed, 27 per cent were allowed and the remaining "
            "17 per cent are pending.")
    assert_flag(text, "FC202", "17 per cent")
    ok = ("Some 61 per cent of the 1,420 appeals were dismissed, 27 per cent were allowed and the remaining "
          "12 per cent are pending.")
    assert not problems(ok), spans(ok, problems(ok))


def test_a_list_after_an_earlier_share_is_not_taken_as_the_whole():
    text = "Turnout was 71%; of those voting, 40% backed Ms Oyelaran, 35% Mr Hale and the remaining 11% others."
    assert not [f for f in problems(text, "FC202") if "short of 100%" in f.message]


# ---------------------------------------------------------------- round 3: splits

@pytest.mark.parametrize("text,target", [
    # a vote count named by its precincts; rank words ("ahead of", "followed by") before a gapped share
    ("With 98% of precincts counted, Ortega had 51%, Banks 44% and Cole 9%.", "9%"),
    ("With all precincts in, the mayor won 55.2 pct, ahead of Diaz on 38.1 pct, while Green Ivo Lenz took 9.4 pct.",
     "9.4 pct"),
    ("In the constituency, Labour secured 46%, followed by the Tories on 41% and the Greens on 17%.", "17%"),
    # the first share names the whole handed out; parts "to", "for" or "on"
    ("Under the deal, 50 percent of the $800 million will go to hospitals, 35 percent to clinics and 25 percent "
     "to research.", "25 percent"),
    ("The trust spends 60% of its grant on staff, 30% on buildings and 20% on equipment.", "20%"),
    ("Of the fund, 55% is earmarked for housing, 30% for transport and 25% for parks.", "25%"),
])
def test_round3_shares_over_the_whole_are_flagged(text, target):
    assert_flag(text, "FC202", target)


@pytest.mark.parametrize("text", [
    "With 98% of precincts counted, Ortega had 51%, Banks 44% and Cole 4%.",
    "With all precincts in, the mayor won 55.2 pct, ahead of Diaz on 38.1 pct, while Green Ivo Lenz took 5.4 pct.",
    # no vote named: occupancy rates of places are not one whole
    "Hotels in London had 82%, Paris 75% and Rome 71%.",
    "Under the deal, 50 percent of the $800 million will go to hospitals, 35 percent to clinics and 15 percent "
    "to research.",
    "The trust spends 60% of its grant on staff, 30% on buildings and 10% on equipment.",
    # changes, and rates each with their own base
    "The trust spent 60% more on staff, 30% more on buildings and 20% more on equipment.",
    "Fees rose 60% for staff, 30% for students and 20% for visitors.",
])
def test_round3_shares_clean(text):
    assert not problems(text), [(f.rule, f.message) for f in problems(text)]


@pytest.mark.parametrize("text,target", [
    # "make up" states a level, not a rise
    ("Girls make up 58% of the pupils and boys 47%.", "47%"),
    # a complete list whose last item opens on "with"
    ("In all, 70% of the appeals were upheld and 22% dismissed, with the remaining 11% withdrawn.", "11%"),
    # one whole drawn from its sources
    ("The charity's income came 55% from donations, 30% from grants and 20% from its shops.", "20%"),
])
def test_round3_more_splits_flagged(text, target):
    assert_flag(text, "FC202", target)


@pytest.mark.parametrize("text", [
    "Girls make up 58% of the pupils and boys 42%.",
    "In all, 70% of the appeals were upheld and 22% dismissed, with the remaining 8% withdrawn.",
    "The charity's income came 55% from donations, 30% from grants and 15% from its shops.",
    # changes from other bases, not sources of one whole
    "Prices have fallen 55% from their peak, 30% from last year and 20% from March.",
    "Donations rose 55% from individuals, 30% from firms and 20% from trusts.",
])
def test_round3_more_splits_clean(text):
    assert not problems(text), [(f.rule, f.message) for f in problems(text)]


@pytest.mark.parametrize("text,target", [
    # a comparative before a noun names the part: "smaller parties", "larger firms"
    ("The centre-right bloc won 43.5% of the vote, the social democrats 33.1% and smaller parties 27.9%.", "27.9%"),
    ("Family-run firms hold 48% of the market, larger chains 37% and younger start-ups 21%.", "21%"),
    # answers on a scale: a rise, no change and a fall, each opening on a verb of opinion
    ("Of the 600 landlords surveyed, 46% expect rents to rise, 38% expect them to stay the same and "
     "22% think they will fall.", "22%"),
    ("The survey of retailers found 61% expected higher sales, 27% foresaw no change and 19% predicted "
     "lower takings.", "19%"),
])
def test_round4_splits_flagged(text, target):
    assert_flag(text, "FC202", target)


@pytest.mark.parametrize("text", [
    "The centre-right bloc won 43.5% of the vote, the social democrats 33.1% and smaller parties 21.9%.",
    "Of the 600 landlords surveyed, 46% expect rents to rise, 38% expect them to stay the same and "
    "16% think they will fall.",
    # changes, not answers: no opinion verb opens each share
    "Rents rose 46% in the north, 38% in the east and were unchanged in the south.",
    "Sales climbed 61%, costs rose 27% and wages were unchanged at 19% of turnover.",
    # a comparative standing alone before the share is a change
    "The fund returned 43% last year, the index 38% and bonds higher 29%.",
])
def test_round4_splits_clean(text):
    assert not problems(text), [(f.rule, f.message) for f in problems(text)]


@pytest.mark.parametrize("text,target", [
    # the two values, then the change put as a percentage
    ("Season-ticket holders went from 8,400 to 11,200, or 25 per cent more, over two years.", "25 per cent"),
    ("The clinic's waiting list grew to 3,900 from 2,600, or 35%.", "35%"),
    # the amount, the percentage, the new value
    ("The county's population rose by 22,000, or 15%, to 262,000.", "15%"),
    ("Shares in the miner fell 38p, or 9%, to 512p.", "9%"),
    ("The FTSE 100 dropped 96 points (2.5%) to 7,410.", "2.5%"),
    ("Rail journeys climbed by 3.2 million to 41.5 million, or 12 per cent.", "12 per cent"),
])
def test_round4_apposed_percent_changes_flagged(text, target):
    assert_flag(text, "FC203", target)


@pytest.mark.parametrize("text", [
    "The clinic's waiting list grew to 3,900 from 2,600, or 50%.",
    "The county's population rose by 22,000, or 9%, to 262,000.",
    "Shares in the miner fell 38p, or 7%, to 512p.",
    "The FTSE 100 dropped 96 points (1.3%) to 7,410.",
    "Rail journeys climbed by 3.2 million to 41.5 million, or 8 per cent.",
    "Rail journeys climbed by 3.2 million to 41.5 million, or 12 per cent of all trips.",
    # the percentage is a share of something else, or a rate, not the change
    "Membership rose from 1,200 to 2,100, or 40% of the total, over the year.",
    "Fares rose from 1,200 to 2,100, or 40 per cent a year.",
    "The rate rose from 3% to 4%, or 33%.",
    "Sales rose by 14,000, or 9 per cent more than last year, to 180,000.",
])
def test_round4_apposed_percent_changes_clean(text):
    assert not problems(text), [(f.rule, f.message) for f in problems(text)]


@pytest.mark.parametrize("text,target", [
    # a fraction word among the percentages of one whole
    ("The levy hands a third to local councils, 45% to the health service and 31% to schools.", "31%"),
    ("Of the 900 appeals lodged, half were upheld, 41% were dismissed and a further 17% were withdrawn.", "17%"),
])
def test_round4_fraction_among_shares_flagged(text, target):
    assert_flag(text, "FC202", target)


@pytest.mark.parametrize("text", [
    "The levy hands a third to local councils, 45% to the health service and 22% to schools.",
    # "half" may be loose: 50 + 32 + 21 is within its width
    "Half of the grant goes to wages, 32% to rent and 21% to materials.",
    "Of the 900 appeals lodged, half were upheld, 41% were dismissed and a further 9% were withdrawn.",
    # fractions of different wholes
    "About half of adults exercise weekly, and 40% of children.",
])
def test_round4_fraction_among_shares_clean(text):
    assert not problems(text), [(f.rule, f.message) for f in problems(text)]


@pytest.mark.parametrize("text,target", [
    # the rivals named after their shares, in a list of three or more
    ("Okafor took 47% of the ballots, against 39% for Lindahl and 18% for Mercer.", "18%"),
    # the rival named by a possessive after "to"
    ("The union's offer won 61% of the vote to management's 43%.", "43%"),
])
def test_round4_rivals_after_shares_flagged(text, target):
    assert_flag(text, "FC202", target)


@pytest.mark.parametrize("text", [
    "Okafor took 47% of the ballots, against 39% for Lindahl and 14% for Mercer.",
    "The union's offer won 61% of the vote to management's 39%.",
    # two wholes compared, not the rivals of one vote
    "The party took 58% of the vote in the capital, against 61% for the party nationwide.",
    "Okafor took 47% of the ballots, against 59% for the same seat in 2019 and 12% for the first round.",
    "The mayor won 58% of the vote to her predecessor's 61% four years ago.",
])
def test_round4_rivals_after_shares_clean(text):
    assert not problems(text), [(f.rule, f.message) for f in problems(text)]


# ---------------------------------------------------------------- round 5: the change restated, any order

@pytest.mark.parametrize("text,target", [
    # the amount, the new value, then the percentage as "a P% rise" or "a drop of P%"
    ("Membership of the club grew by 1,800 to 14,600 – a 25% increase on last season.", "25%"),
    ("Applications fell by 3,400 to 21,600, a drop of 20 per cent.", "20 per cent"),
    ("Staff numbers rose by nine to 54, a 30% rise.", "30%"),
    # the percentage, the new value, then the amount
    ("Oil slipped 4% to $71.20 a barrel, a fall of $5.10 on the week.", "4%"),
    ("The share price rose 12 per cent to 840p, up 45p on the day.", "12 per cent"),
    # the percentage, the amount, the new value; the new value, the percentage, the amount
    ("The index fell 3.1%, or 96 points, to 4,380.", "3.1%"),
    ("House prices climbed to £286,000, up 3% or £12,000 on a year earlier.", "3%"),
])
def test_round5_restated_changes_flagged(text, target):
    assert_flag(text, "FC203", target)


@pytest.mark.parametrize("text", [
    "Membership of the club grew by 1,800 to 14,600 – a 14% increase on last season.",
    "Applications fell by 3,400 to 21,600, a drop of 14 per cent.",
    "Staff numbers rose by nine to 54, a 20% rise.",
    "Oil slipped 6.7% to $71.20 a barrel, a fall of $5.10 on the week.",
    "The share price rose 6 per cent to 840p, up 45p on the day.",
    "The index fell 2.1%, or 96 points, to 4,380.",
    "House prices climbed to £286,000, up 4.4% or £12,000 on a year earlier.",
    # another period, another measure, a conversion, a figure per unit
    "Gold rose 2.5% to $2,318 an ounce, up $300 since January.",
    "Visitor numbers rose by 45,000 to 312,000, a 9% increase in ticket revenue.",
    "Net profit rose 28% to A$458.4m ($357.6m) from a year earlier.",
    "The brewer reported a 37% increase in profit to $21.6m, or $1.00 a share.",
    "Deposits rose by 2.8 billion in the last week of May to 121.5 billion, a gain of 8.3% on the same month last year.",
    "The team's budget rose by £2m to £14m, a 9% share of the league's spending.",
])
def test_round5_restated_changes_clean(text):
    assert not problems(text), [(f.rule, f.message) for f in problems(text)]


@pytest.mark.parametrize("text,target", [
    ("Museum visits increased by 45,000 to 312,000, representing a 9% rise.", "9%"),
    ("Passenger numbers were up by 45,000 to 312,000, an increase of 9 per cent.", "9 per cent"),
    ("The number of visitors rose 9% to 312,000, an increase of 45,000.", "9%"),
    ("Visitor numbers rose by 45,000 to 312,000 in 2024 - a rise of 9% on the year before.", "9%"),
])
def test_round5_restated_changes_more_wordings(text, target):
    assert_flag(text, "FC203", target)


@pytest.mark.parametrize("text,target", [
    ("Profits jumped £12m to £60m, a 20% rise.", "20%"),
    ("Attendance dropped by 1,200 to 8,800 - down 20 per cent.", "20 per cent"),
    ("Rents climbed 6% to £1,250 a month, an increase of £48.", "6%"),
    ("Shares rose 5% to 210p on Friday, up 30p on the day.", "5%"),
    # a price per unit keeps its unit
    ("Brent crude rose $3.40 a barrel, or 2%, to $84.10.", "2%"),
    # the level the change ends on, "closed at"
    ("The index ended the week at 4,380, down 96 points or 3.1%.", "3.1%"),
    ("Shares closed at 210p, down 12p or 9%.", "9%"),
])
def test_round5_restated_changes_flagged_more(text, target):
    assert_flag(text, "FC203", target)


@pytest.mark.parametrize("text", [
    "Profits jumped £12m to £60m, a 25% rise.",
    "Rents climbed 4% to £1,250 a month, an increase of £48.",
    "Visitor numbers rose by 45,000 to 312,000, an increase of almost 17%.",
    "Brent crude rose $3.40 a barrel, or 4%, to $84.10.",
    "The index ended the week at 4,380, down 96 points or 2.1%.",
    "Shares closed at 210p, down 12p or 5.4%.",
    # the day's move and the week's
    "Shares rose 5% to 210p on Friday, up 30p on the week.",
])
def test_round5_restated_changes_clean_more(text):
    assert not problems(text), [(f.rule, f.message) for f in problems(text)]


@pytest.mark.parametrize("text", [
    # a phrase after the amount names another thing than a period
    "Profit rose 12% to £60m, a gain of £9m on the disposal of its stake.",
    "Sales rose 3% to £4.1bn, up £300m on a like-for-like basis.",
])
def test_round5_restated_amount_of_another_thing_clean(text):
    assert not problems(text), [(f.rule, f.message) for f in problems(text)]


@pytest.mark.parametrize("text,target", [
    # the old value stated instead of the new one: the percentage is the amount over it
    ("Visitor numbers rose by 45,000 from 267,000, a 9% increase.", "9%"),
    ("Gold rose 2.5% from $2,232, a gain of $86.", "2.5%"),
])
def test_round5_restated_change_from_the_old_value(text, target):
    assert_flag(text, "FC203", target)


@pytest.mark.parametrize("text", [
    "Visitor numbers rose by 45,000 from 267,000, a 17% increase.",
    "Gold rose 3.9% from $2,232, a gain of $86.",
])
def test_round5_restated_change_from_the_old_value_clean(text):
    assert not problems(text), [(f.rule, f.message) for f in problems(text)]


@pytest.mark.parametrize("text,target", [
    # "N or P%" without a comma: the bare figure is the amount, not a percentage
    ("The county's population rose by 22,000 or 15% to 262,000.", "15%"),
    # the level reached, then the change set beside it
    ("The museum welcomed 312,000 visitors, up 45,000 or 9% on 2023.", "9%"),
    ("The company employs 3,000 staff, up 200, or 12%.", "12%"),
])
def test_round5_bare_amount_and_level_reached(text, target):
    assert_flag(text, "FC203", target)


@pytest.mark.parametrize("text", [
    "The county's population rose by 22,000 or 9% to 262,000.",
    "The museum welcomed 312,000 visitors, up 45,000 or 17% on 2023.",
    "The company employs 3,000 staff, up 200, or 7%.",
    "Prices rose 5 or 6% to 210p.",
    "The firm, which employs 3,000 people, saw profits up 45,000 or 9%.",
])
def test_round5_bare_amount_and_level_reached_clean(text):
    assert not problems(text), [(f.rule, f.message) for f in problems(text)]


# round 6: answers to one question after a topic clause that names rates ("the rates rise:", "Asked
# about the rate cut,"), and more ways to say undecided
@pytest.mark.parametrize("text,target", [
    ("Ratepayers were split over the proposed rates rise: 48% backed it, 39% opposed it and 21% had not "
     "made up their minds.", "21%"),
    ("Asked about the interest rate cut, 52% of shoppers approved, 31% disapproved and 24% had yet to make "
     "up their minds.", "24%"),
    ("On the new parking rates: 44 per cent supported them, 41 per cent were against and 20 per cent were "
     "unsure.", "20 per cent"),
    ("Members were asked about the tax rise: 47% backed it, 38% opposed it and 25% had not decided.", "25%"),
])
def test_round6_answers_after_a_topic_of_rates(text, target):
    assert_flag(text, "FC202", target)


@pytest.mark.parametrize("text", [
    "Ratepayers were split over the proposed rates rise: 48% backed it, 39% opposed it and 13% had not "
    "made up their minds.",
    "Asked about the interest rate cut, 52% of shoppers approved, 31% disapproved and 17% had yet to make "
    "up their minds.",
    "Mortgage rates rose 5%, 4% and 3% at the three banks while 48% of borrowers backed the cap.",
    "Rates of 48%, 39% and 21% were recorded for the three options, with many undecided.",
])
def test_round6_answers_after_a_topic_of_rates_clean(text):
    assert not problems(text, "FC202"), spans(text, problems(text, "FC202"))


# round 6: answers on a scale whose ends are "too ..." and whose middle is "about right"; answers "in
# favour" and "against" after their shares
@pytest.mark.parametrize("text,target", [
    ("Asked about class sizes, 48% of teachers said they were too big, 40% said they were about right and "
     "17% said they were too small.", "17%"),
    ("In the survey, 55% of parents said the school day was too long, 38% said it was about right and 14% "
     "said it was too short.", "14%"),
    ("The ballot went 62% in favour and 41% against, the union said.", "41%"),
    ("The vote went 57% in favour and 46% against.", "46%"),
])
def test_round6_scale_and_answers_after_shares(text, target):
    assert_flag(text, "FC202", target)


@pytest.mark.parametrize("text", [
    "Asked about class sizes, 48% of teachers said they were too big, 40% said they were about right and "
    "12% said they were too small.",
    "The ballot went 62% in favour and 38% against, the union said.",
    "Turnout was 57% in favour of the east route last year and 46% in the west.",
    "Prices were 5% too high in the north and 3% too low in the south, while 60% of sellers said rates were "
    "about right.",
    "Inflation was 4% too high in March and 3% about right in April.",
    "The plan was backed by 57% in favour in Leeds and 61% in favour in York.",
])
def test_round6_scale_and_answers_after_shares_clean(text):
    assert not problems(text, "FC202"), spans(text, problems(text, "FC202"))


# round 6: one whole split between parts, each share in brackets after its part
@pytest.mark.parametrize("text,target", [
    ("The fund's assets are split between equities (55%), bonds (35%) and cash (15%).", "15%"),
    ("The prize money is divided among the winner (60%), the runner-up (30%) and the semi-finalists (20%).",
     "20%"),
])
def test_round6_bracketed_split(text, target):
    assert_flag(text, "FC202", target)


@pytest.mark.parametrize("text", [
    "The fund's assets are split between equities (55%), bonds (35%) and cash (10%).",
    "The prize money is divided among the winner (60%), the runner-up (25%) and the semi-finalists (15%).",
    "Growth was spread across retail (55%), services (35%) and farming (15%), each up on last year.",
    "Prices rose in equities (55%), bonds (35%) and cash (15%).",
])
def test_round6_bracketed_split_clean(text):
    assert not problems(text, "FC202"), spans(text, problems(text, "FC202"))


# round 7: "one" standing for a thing named before ("the last one", "a new one") is no figure, so a
# change against it is a change against another event, not against 1
@pytest.mark.parametrize("text", [
    "Some 18 of the 40 people at the meeting backed the motion, or 60% more than at the last one.",
    "The club signed 26 of the 30 players it scouted, 30% more than in the previous one.",
    "The second festival drew 12,000 visitors, 45% more than the first one.",
    "Turnout at the new poll was 2,300, up 15% on the old one.",
    "This year's fair drew nine hundred visitors, or 20% more than the one before.",
    "Of the 40 people at the meeting, 18 backed the motion, 60% up on the previous meeting.",
    "Twelve of the 30 trainees passed, or a third more than at the last intake.",
    "Some 18 of the 40 members came, or 60% above the turnout at the last meeting.",
    "Of the 40 members, 18 came, 60% below the turnout at the previous one.",
    "Some 18 of the 40 members came, or 60% on the last meeting.",
])
def test_round7_change_against_another_event_clean(text):
    found = [f for f in check_text(text) if f.is_problem]
    assert not found, [(f.rule, f.message) for f in found]


def test_round7_change_from_one_still_checked():
    text = "The chain grew 45% from one to 40 shops."
    assert_flag(text, "FC203", "45%")


def test_round7_pronoun_one_is_no_figure_of_a_change():
    # the change's old value is the figure against it, not the "one" that stands for the last meeting
    text = "Turnout was 40, against 18 at the last one, a rise of 45%."
    found = problems(text, "FC203")
    assert found and "from 18 to 40" in found[0].message
    assert not problems("Sales were 2,300, up 150 on the old one.")


@pytest.mark.parametrize("text,target", [
    ("The share of renters rose from 20% to 26%, a rise of 6 percentage points, or 40%.", "40%"),
    ("Support fell from 40% to 30%, down 10 points (a 20% fall).", "20%"),
    ("Support fell from 40% to 30%, a 10-point drop, or 20%.", "20%"),
])
def test_round7_points_then_relative_change(text, target):
    assert_flag(text, "FC203", target)


@pytest.mark.parametrize("text", [
    "The share of renters rose from 20% to 26%, a rise of 6 percentage points, or 30%.",
    "Support fell from 40% to 30%, down 10 points (a 20% share).",
    "The share of renters rose from 20% to 26%, up 6 points, or 40% of the rise in the region.",
    "Turnout rose from 60% to 66%, a rise of 6 points, or 6% of the electorate.",
    "Support fell from 40% to 30%, a 10-point drop, or 25%.",
])
def test_round7_points_then_relative_change_clean(text):
    found = [f for f in check_text(text) if f.is_problem]
    assert not found, [(f.rule, f.message) for f in found]
