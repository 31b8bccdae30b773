"""Round 37, the lead's own readings: misses of round 36's never-seen sets (c3, c4, c5), each written afresh here
with its near misses."""
import pytest

from checker.api import analyse

from shapes import flagged, infos, problems  # shared with the other tables


# ---------------------------------------------------------------- sums (FC101, FC102)

def test_allocation_of_a_budget_dated_in_its_subject():
    text = ("The £86m budget for 2026-27 sets aside £41m for schools, £27m for care and £11m for roads, "
            "with the remaining £4m held back for emergencies.")
    assert flagged(text) == [("FC101", "£86m")]


def test_allocation_dated_in_its_subject_that_adds_up_is_verified():
    text = ("The £83m budget for next year sets aside £41m for schools, £27m for care and £11m for roads, "
            "with the remaining £4m held back for emergencies.")
    assert problems(text) == []
    assert "FC101" in [f.rule for f in infos(text)]


def test_allocation_with_a_period_of_its_own_after_the_list_stays_silent():
    text = "The £86m budget for next year sets aside £41m for schools, £27m for care and £11m for roads this year."
    assert problems(text) == []


def test_record_with_a_later_clause_of_intent():
    text = ("The Canadian closes the year having played 52 matches, winning 31 and losing 24, "
            "and will begin 2027 ranked inside the top 40.")
    assert flagged(text) == [("FC102", "52")]


def test_record_with_a_later_clause_of_intent_that_adds_up():
    text = ("The Canadian closes the year having played 55 matches, winning 31 and losing 24, "
            "and will begin 2027 ranked inside the top 40.")
    assert problems(text) == []


def test_runners_pulled_up_before_the_last():
    text = ("Fourteen horses lined up for the novice chase. Nine finished, three fell and three were pulled up "
            "before the last.")
    assert flagged(text) == [("FC102", "Fourteen")]


def test_runners_before_the_last_that_add_up():
    text = ("Fifteen horses lined up for the novice chase. Nine finished, three fell and three were pulled up "
            "before the last.")
    assert problems(text) == []


def test_passengers_split_by_route_travelled():
    text = ("The carrier flew 2.16 million passengers in May, with 1.41 million flying on domestic routes and "
            "910,000 travelling internationally.")
    assert flagged(text) == [("FC102", "2.16 million")]


def test_passengers_split_by_route_travelled_that_add_up():
    text = ("The carrier flew 2.32 million passengers in May, with 1.41 million flying on domestic routes and "
            "910,000 travelling internationally.")
    assert problems(text) == []


def test_bare_parts_after_a_semicolon():
    text = ("The study recruited 860 volunteers in nine cities; 512 took the new tablet and 398 were given "
            "a dummy pill twice a day.")
    assert flagged(text) == [("FC102", "860")]


@pytest.mark.parametrize("text", [
    # the parts fit inside the whole: nothing to say
    "The study recruited 860 volunteers in nine cities; 412 took the new tablet and 398 were given a dummy pill.",
    # a part bigger than the whole is no part of it
    "The town has 860 homes; 1,200 were built after the war and 300 before it.",
    # a comparison in the head clause
    "The study recruited 860 volunteers, more than last year; 512 took the tablet and 398 a dummy pill.",
])
def test_semicolon_near_misses(text):
    assert problems(text) == []


def test_semicolon_parts_leave_an_explicit_total_alone():
    text = "In all, 3.5 million people voted; 1.9 million backed the plan and 1.6 million were against."
    assert problems(text) == []
    found = [f for f in infos(text) if f.rule.startswith("FC10")]
    assert [f.rule for f in found] == ["FC101"]


# ---------------------------------------------------------------- restatements (FC402, FC406)

def test_people_restated_with_a_participle_after_the_noun():
    text = ("Nine people were charged after a search of flats in Dundee. Officers said the 12 people charged "
            "would appear at the sheriff court on Monday.")
    assert flagged(text) == [("FC402", "12")]


def test_all_of_the_men_restated():
    text = ("Detectives are interviewing 21 men after a raid on a car wash. A spokeswoman said all 24 men "
            "were still in custody last night.")
    assert flagged(text) == [("FC402", "24")]


@pytest.mark.parametrize("text", [
    # fewer under "all": some were let go in between
    "Detectives are interviewing 21 men after a raid. All 18 men were still in custody.",
    # the same figure
    "Detectives are interviewing 21 men after a raid. All 21 men were still in custody.",
    # another time named for the second
    "Nine people were charged after a search. Last year the 12 people charged were all freed.",
    # another occasion named after it
    "Nine people were charged after a search. The 12 people charged in the earlier raid were freed.",
])
def test_people_restatement_near_misses(text):
    assert problems(text) == []


def test_digits_swapped_under_one_unit_with_a_ceiling_named_twice():
    text = ("The haddock quota for next year has been set at 27,400 tonnes. "
            "Skippers said the 24,700-tonne cap would tie up half the fleet.")
    assert flagged(text) == [("FC406", "24,700-tonne")]


@pytest.mark.parametrize("text", [
    # another place before the second
    "A fox killed 134 chickens near Ludlow. In Hereford, 143 chickens died of bird flu.",
    # a generic noun: two groups of people
    "The club has 134 members. Another 143 members joined the rival club.",
    # a speed limit is a mark, not the first figure
    "The lorry was travelling at 56mph on the bypass. The 65mph limit was raised last year.",
    # a third figure of the noun between
    "A fox killed 134 chickens and 20 ducks. A neighbour lost 143 chickens and 12 ducks to another fox.",
    # two groups under one noun (tried and dropped: a bare count is no definite size)
    "The trust employs 1,460 nurses. The hospital also has 1,640 nurses on its bank list.",
    "A fox got into a hen house and killed 134 chickens. The owner said losing 143 chickens had ruined her.",
])
def test_swap_near_misses(text):
    assert problems(text) == []


def test_structure_priced_as_its_modifier_then_a_project():
    text = "The £48m footbridge opened on Friday. The council said the £57m project had been delayed twice."
    assert flagged(text) == [("FC402", "£57m")]


def test_structure_priced_then_project_alike_is_verified():
    text = "The £48m footbridge opened on Friday. The council said the £48m project had been delayed twice."
    assert problems(text) == []


def test_project_priced_under_another_structure_named_stays_silent():
    text = "The £48m footbridge opened on Friday. A separate £57m project to widen the ring road starts in May."
    assert problems(text) == []


# ---------------------------------------------------------------- the grammar: a currency joined by a hyphen

@pytest.mark.parametrize("text, value, unit", [
    ("The 6.5bn-yuan bridge opened.", 6_500_000_000, "CNY"),
    ("A 25m-rupee fine was imposed.", 25_000_000, "INR"),
    ("The 300-million-euro deal was signed.", 300_000_000, "EUR"),
    ("A 20-franc coin was found.", 20, "CHF"),
])
def test_currency_joined_to_its_noun_is_money(text, value, unit):
    money = [m for m in analyse(text).mentions if m.is_quantity]
    assert [(m.kind.name, m.value, m.unit, m.compound) for m in money] == [("MONEY", value, unit, True)]


def test_currency_compound_restated():
    text = "The 6.5bn-yuan bridge opened in Wuhan on Sunday. Officials said the 7.1bn-yuan project took four years."
    assert flagged(text) == [("FC402", "7.1bn-yuan")]


# ---------------------------------------------------------------- shares (FC201)

def test_share_after_a_long_definite_subject():
    text = ("The 318 trains cancelled on the network during the heatwave accounted for 6% of the 2,410 "
            "services planned that week.")
    assert flagged(text) == [("FC201", "6%")]


def test_share_after_a_long_definite_subject_that_fits():
    text = ("The 318 trains cancelled on the network during the heatwave accounted for 13% of the 2,410 "
            "services planned that week.")
    assert problems(text) == []
    assert "FC201" in [f.rule for f in infos(text)]


def test_long_subject_with_a_clause_break_stays_silent():
    text = ("The 318 trains cancelled on the network and the buses laid on during the heatwave accounted for "
            "6% of the 2,410 services planned that week.")
    assert problems(text) == []


def test_bare_part_of_a_measure_takes_its_unit():
    text = "Wind farms produced 96 of the 310 terawatt-hours generated last year, or about 21 per cent."
    assert flagged(text) == [("FC201", "about 21 per cent")]


def test_bare_part_of_a_measure_that_fits():
    text = "Wind farms produced 96 of the 310 terawatt-hours generated last year, or about 31 per cent."
    assert problems(text) == []


# ---------------------------------------------------------------- a film's opening weekend (FC101)

def test_opening_weekend_told_by_its_days():
    text = ("The animated sequel took £7.4m over its opening weekend, with £4.6m coming on Friday and Saturday "
            "together and £2.1m on Sunday.")
    assert flagged(text) == [("FC101", "£7.4m")]


def test_opening_weekend_told_by_its_days_that_add_up():
    text = ("The animated sequel took £6.7m over its opening weekend, with £4.6m coming on Friday and Saturday "
            "together and £2.1m on Sunday.")
    assert problems(text) == []
    assert "FC101" in [f.rule for f in infos(text)]


def test_opening_weekend_without_its_friday_is_not_all_of_it():
    text = "The animated sequel took £7.4m over its opening weekend, with £3.6m on Saturday and £2.1m on Sunday."
    assert problems(text) == []


# ---------------------------------------------------------------- a net change and its halves (FC101)

def test_net_change_with_its_halves():
    text = ("Australia's economy added 36,500 jobs in June, with full-time employment up 19,800 and part-time "
            "work up 22,100.")
    assert flagged(text) == [("FC101", "36,500")]


def test_net_change_with_its_halves_gapped_verb():
    text = "Employers shed 9,400 jobs, with full-time posts falling by 6,100 and part-time posts by 5,200."
    assert flagged(text) == [("FC101", "9,400")]


def test_net_change_with_its_halves_that_add_up():
    text = ("Australia's economy added 41,900 jobs in June, with full-time employment up 19,800 and part-time "
            "work up 22,100.")
    assert problems(text) == []
    assert "FC101" in [f.rule for f in infos(text)]


@pytest.mark.parametrize("text", [
    # the halves move apart: signed parts, not read
    "The economy added 36,500 jobs in June, with full-time employment up 59,800 and part-time work down 22,100.",
    # two places, no pair of halves
    "The economy added 36,500 jobs in June, with jobs in Ontario up 19,800 and in Quebec up 22,100.",
    # a third figure after the parts: the list may go on
    "The economy added 36,500 jobs, with full-time work up 19,800 and part-time work up 22,100, and 4,000 more in May.",
    # percentages of their own, no parts of the count
    "The economy added 36,500 jobs, with full-time work up 1.2% and part-time work up 0.8%.",
])
def test_net_change_near_misses(text):
    assert problems(text) == []


# ---------------------------------------------------------------- a golfer's round (FC402)

def test_round_restated_by_its_score():
    text = ("Lowry carded a flawless 68 to sit two shots off the lead. His round of 69 featured five birdies "
            "and an eagle.")
    assert flagged(text) == [("FC402", "69")]


def test_round_restated_alike():
    text = "Lowry carded a flawless 68 to sit two shots off the lead. His round of 68 featured five birdies."
    assert problems(text) == []
    assert "FC402" in [f.rule for f in infos(text)]


@pytest.mark.parametrize("text", [
    "Lowry carded a 68 on Thursday. His round of 69 on Friday featured five birdies.",
    "Lowry carded a 68 on Thursday. Rahm's round of 69 featured five birdies.",
    "Lowry carded a 68 on Thursday. His final round of 69 featured five birdies.",
    "Lowry carded a 68 and Rahm a 70. His round of 69 featured five birdies.",
])
def test_round_near_misses(text):
    assert problems(text) == []


# ---------------------------------------------------------------- an animal's age, a possessive age (FC403)

def test_horse_age_restated_by_the_age_alone():
    text = "The nine-year-old mare won the hurdle by a length. The eight-year-old has now won four times."
    assert flagged(text) == [("FC403", "eight-year-old")]


def test_possessive_age_restated():
    text = ("The nine-year-old mare won the hurdle by a length. It was the eight-year-old's second win of the "
            "season, her trainer said.")
    assert flagged(text) == [("FC403", "eight-year-old")]


def test_possessive_age_is_an_age_ending_before_the_s():
    text = "It was the eight-year-old's second win."
    ages = [m for m in analyse(text).mentions if m.kind.name == "AGE"]
    assert [(text[m.start:m.end], m.value) for m in ages] == [("eight-year-old", 8)]


@pytest.mark.parametrize("text", [
    # two ages given: which one is meant?
    "The nine-year-old mare beat an eight-year-old gelding by a length. The eight-year-old was second last year.",
    "The nine-year-old mare won the hurdle. The nine-year-old's trainer was delighted.",
])
def test_animal_age_near_misses(text):
    assert problems(text) == []


# ---------------------------------------------------------------- a headline's bare object (FC401)

def test_headline_bare_object_against_the_lead_act():
    text = ("Judge jails six over pension fraud\n"
            "A judge at Leeds Crown Court on Friday sentenced five directors and accountants to prison terms "
            "for a fraud that cost 2,300 savers their pensions.")
    assert flagged(text) == [("FC401", "five")]


def test_headline_bare_object_alike_is_verified():
    text = ("Judge jails six over pension fraud\n"
            "A judge at Leeds Crown Court on Friday sentenced six directors and accountants to prison terms.")
    assert problems(text) == []
    assert "FC401" in [f.rule for f in infos(text)]


@pytest.mark.parametrize("text", [
    # another act in the lead
    "Judge jails six over pension fraud\nA judge on Friday fined five directors and cleared two accountants.",
    # two counts of the act in the lead
    "Judge jails six over pension fraud\nA judge sentenced five directors and jailed one accountant on Friday.",
    # a hedged lead count
    "Judge jails six over pension fraud\nA judge on Friday sentenced about five directors to prison terms.",
])
def test_headline_bare_object_near_misses(text):
    assert problems(text) == []


def test_share_after_a_long_definite_subject_in_a_later_sentence():
    text = ("Storms hit the network all week. The 318 trains cancelled on the network during the heatwave "
            "accounted for 6% of the 2,410 services planned that week.")
    assert flagged(text) == [("FC201", "6%")]


# ---------------------------------------------------------------- a move after what it followed (FC203)

def test_fraction_change_after_a_clause_of_what_it_followed():
    text = ("Emergency calls fell by a quarter after the new triage line opened, from 6,400 to 5,600 a month, "
            "the trust said.")
    assert flagged(text) == [("FC203", "a quarter")]


def test_fraction_change_after_a_clause_that_fits():
    text = "Emergency calls fell by an eighth after the new triage line opened, from 6,400 to 5,600 a month."
    assert problems(text) == []
    assert "FC203" in [f.rule for f in infos(text)]


def test_a_clause_with_another_move_stays_silent():
    text = "Emergency calls fell by a quarter after the line opened but rose again in May, from 6,400 to 5,600."
    assert problems(text) == []


# ---------------------------------------------------------------- a multiple of a base told in a "when" clause (FC302)

def test_half_what_a_named_subject_took_when():
    text = ("The musical's £3.1m first week was only half what the original production took in 2015, when it "
            "opened with £4.4m.")
    assert flagged(text) == [("FC302", "half")]


def test_half_what_a_named_subject_took_when_that_fits():
    text = ("The musical's £2.2m first week was only half what the original production took in 2015, when it "
            "opened with £4.4m.")
    assert problems(text) == []
    assert "FC302" in [f.rule for f in infos(text)]


def test_degree_word_before_a_multiple_of_a_base():
    text = "Sales of 38 homes were only half the 96 of the year before."
    assert ("FC302", "half") in flagged(text)


# ---------------------------------------------------------------- a gap to the winner against the two times (FC301)

def test_gap_to_the_winner_against_both_times():
    text = ("Vos finished 35 seconds behind the stage winner, who crossed the line in 3hr 41min 10sec; the Dutch "
            "rider's time was 3hr 42min 5sec.")
    assert flagged(text) == [("FC301", "35 seconds")]


def test_gap_to_the_winner_that_fits():
    text = ("Vos finished 55 seconds behind the stage winner, who crossed the line in 3hr 41min 10sec; the Dutch "
            "rider's time was 3hr 42min 5sec.")
    assert problems(text) == []
    assert "FC301" in [f.rule for f in infos(text)]


def test_gap_to_the_winner_with_own_time_in_the_next_sentence():
    text = "Vos finished 35 seconds behind the winner, who clocked 3hr 41min 10sec. Her time was 3hr 42min 5sec."
    assert [r for r, _ in flagged(text)] == ["FC301"]


@pytest.mark.parametrize("text", [
    # another rider's time
    "Vos finished 35 seconds behind the winner, who clocked 3hr 41min 10sec. The third-placed rider's time was "
    "3hr 42min 5sec.",
    # no time told as hers
    "Vos finished 35 seconds behind the winner, who clocked 3hr 41min 10sec. The race record is 3hr 42min 5sec.",
    # two times before the gap: whose is whose
    "Kopecky won in 3hr 40min 2sec and Vos finished 35 seconds behind the winner, who clocked 3hr 41min 10sec. "
    "Her time was 3hr 42min 5sec.",
])
def test_gap_near_misses(text):
    assert problems(text) == []


# ---------------------------------------------------------------- learnt from the opened sets c6-c8

def test_hurt_then_the_injured_restated():
    text = ("Eighteen passengers and three cabin crew were hurt when the ferry struck the pier. The 16 injured "
            "passengers were taken to hospital in Dover.")
    assert flagged(text) == [("FC402", "16")]


def test_hurt_then_the_injured_alike():
    text = ("Eighteen passengers and three cabin crew were hurt when the ferry struck the pier. The 18 injured "
            "passengers were taken to hospital in Dover.")
    assert problems(text) == []


def test_some_picked_out_by_a_participle_stays_silent():
    text = "The coach was carrying 40 passengers when it overturned. The 12 passengers hurt were taken to hospital."
    assert problems(text) == []


def test_swapped_contract_value_with_an_end_year():
    text = ("Okafor, who signed a five-year, $146 million extension in April, scored 31 points on Friday. "
            "Okafor's $164 million deal runs through the 2030 season.")
    found = flagged(text)
    assert found and all(t == "$164 million" for _, t in found)


def test_player_age_restated_under_another_word_for_the_role():
    text = "The 31-year-old goalkeeper signed a new deal on Friday. The keeper, 33, has played 200 games."
    assert flagged(text) == [("FC403", "33")]


def test_player_age_near_misses():
    assert problems("The 31-year-old goalkeeper signed a new deal. The manager, 48, was delighted.") == []
    assert problems("The 31-year-old goalkeeper signed a new deal. The keeper, 31, has played 200 games.") == []


def test_outbreak_restated_as_those_infected():
    text = "An outbreak of measles has affected 31 pupils at two schools. Of the 27 pupils infected, four are in hospital."
    assert flagged(text) == [("FC402", "27")]


def test_whole_restated_as_the_object_of_a_rescue():
    text = "The ferry, carrying 64 people, sank off the coast. Rescuers saved 51 of the 70 passengers; the rest are missing."
    assert flagged(text) == [("FC402", "70")]


def test_whole_restated_as_the_object_of_a_rescue_alike():
    text = "The ferry, carrying 64 people, sank off the coast. Rescuers saved 51 of the 64 passengers; the rest are missing."
    assert problems(text) == []


def test_headline_crew_of_n_against_all_the_crew():
    text = ("Crew of 14 rescued after trawler sinks\n"
            "All 12 crew members of the trawler were lifted to safety by a coastguard helicopter on Monday.")
    assert flagged(text) == [("FC401", "12")]


def test_all_on_board_in_the_next_sentence_sums_the_list():
    text = ("The jet was carrying 162 passengers and seven crew when it overran the runway. All 175 people on board "
            "left the aircraft safely.")
    assert flagged(text) == [("FC101", "175")]


@pytest.mark.parametrize("text", [
    "The jet was carrying 162 passengers and seven crew. All 169 people on board left the aircraft safely.",
    # the whole's noun is one of the parts' own: a restatement of the passengers, not their sum
    "The jet was carrying 162 passengers and seven crew. All 162 passengers left the aircraft safely.",
    # not opening its sentence
    "The jet was carrying 162 passengers and seven crew. Officials said that all 172 people on board left safely.",
])
def test_all_on_board_near_misses(text):
    assert [f for f in problems(text) if f.rule == "FC101"] == []


def test_a_later_clause_of_intent_is_no_part():
    text = ("The brewery employs 64 people, 41 of them full-time and 23 part-time, and plans to take on about "
            "15 seasonal staff.")
    assert problems(text) == []
    assert "FC101" in [f.rule for f in infos(text)]


# ---------------------------------------------------------------- hedges "a little", "slightly" (grammar)

@pytest.mark.parametrize("text, hedge", [
    ("It has a little over 300 members.", "a little over"),
    ("It has a little under 300 members.", "a little under"),
    ("Prices rose slightly more than 4%.", "slightly more than"),
    ("Turnout was slightly below 60%.", "slightly below"),
])
def test_a_little_and_slightly_are_hedges(text, hedge):
    m = [m for m in analyse(text).mentions if m.is_quantity][0]
    assert m.hedge == hedge and text[m.start:].startswith(hedge)


def test_a_little_under_half_is_below_half():
    text = "Of the 64,000 visitors this year, 38,000 - a little under half - came from abroad."
    assert flagged(text) == [("FC201", "a little under half")]
    fine = "Of the 64,000 visitors this year, 31,000 - a little under half - came from abroad."
    assert problems(fine) == []


# ---------------------------------------------------------------- a share of those polled (FC201)

def test_share_of_those_polled():
    text = ("Of the 900 residents surveyed by the council, 396 said they backed the new bus lane, more than half "
            "of those polled, while 420 were against it.")
    assert flagged(text) == [("FC201", "more than half")]


def test_share_of_those_polled_that_fits():
    text = "In a poll of 900 residents, 496 backed the new bus lane, more than half of those asked."
    assert problems(text) == []
    assert "FC201" in [f.rule for f in infos(text)]


# ---------------------------------------------------------------- moves read past a time or a clause (FC203, FC302)

def test_the_american_fall_is_a_time_not_a_move():
    text = "Enrolment fell 12% this fall to 2,610 students, from 2,790 a year earlier."
    assert flagged(text) == [("FC203", "12%")]


def test_doubled_in_the_week_after():
    text = "Downloads doubled in the week after the award was announced, from 18,000 to 27,000, the publisher said."
    assert flagged(text) == [("FC302", "doubled")]


def test_multiple_of_last_years_total():
    text = "Floods have covered 14,200 hectares of farmland so far this year, three times last year's total of 6,100 hectares."
    assert flagged(text) == [("FC302", "three times")]


def test_multiple_of_last_years_total_that_fits():
    text = "Floods have covered 18,300 hectares of farmland so far this year, three times last year's total of 6,100 hectares."
    assert problems(text) == []


# ---------------------------------------------------------------- list counts (FC410)

def test_list_after_a_subject_count_of_people_with_a_later_predicate():
    text = ("The two directors were found guilty of three charges: bribery, false accounting, fraud and "
            "conspiracy, and will be sentenced in May.")
    assert flagged(text) == [("FC410", "three")]


def test_list_after_a_subject_count_of_people_that_fits():
    text = ("The two directors were found guilty of four charges: bribery, false accounting, fraud and "
            "conspiracy, and will be sentenced in May.")
    assert problems(text) == []


# ---------------------------------------------------------------- ages (FC506)

def test_born_in_a_place_with_its_region_then_the_date():
    text = "Ray Dunn, who was born in Flint, Michigan, on May 3, 1950, died on Saturday aged 69, his family said."
    assert flagged(text, "2026-03-10") == [("FC506", "aged 69")]


def test_born_in_a_place_with_its_region_that_fits():
    text = "Ray Dunn, who was born in Flint, Michigan, on May 3, 1950, died on Saturday aged 75, his family said."
    assert problems(text, "2026-03-10") == []


def test_age_at_an_event_last_weekend():
    text = "The striker, born on 2 March 2004, became the club's youngest captain at 19 against Celtic last weekend."
    assert flagged(text, "2025-10-20") == [("FC506", "19")]


# ---------------------------------------------------------------- a rate on a sum (FC201)

def test_rate_on_a_sum_and_what_it_yields():
    text = "At a commission of 4 per cent on a £250,000 sale, the agent takes about £20,000, the firm said."
    assert flagged(text) == [("FC201", "4 per cent")]


def test_rate_on_a_sum_that_fits():
    text = "At a commission of 4 per cent on a £250,000 sale, the agent takes about £10,000, the firm said."
    assert problems(text) == []
    assert "FC201" in [f.rule for f in infos(text)]


@pytest.mark.parametrize("text", [
    # a rate included in the price: the share of a gross sum is another reading
    "The £12 ticket includes a 20% tax on a £10 base, or £2.40.",
    # no verb of yield before the amount
    "A 4% commission on a £250,000 sale was agreed, and a £20,000 bonus was paid.",
])
def test_rate_on_a_sum_near_misses(text):
    assert problems(text) == []


# ---------------------------------------------------------------- more from c6-c8

def test_squad_split_by_sex_then_selected():
    text = "Kenya has named a squad of 41 for the championships in Oslo, with 22 women and 16 men selected, including two debutants."
    assert flagged(text) == [("FC101", "41")]


def test_squad_split_by_sex_then_selected_that_fits():
    assert problems("Kenya has named a squad of 38, with 22 women and 16 men selected.") == []


def test_side_of_a_tally_told_again_by_its_voters():
    text = ("The assembly passed the £4.2 billion housing bill 57-41 on Tuesday. The 54 members who voted yes "
            "included four Conservatives.")
    assert flagged(text) == [("FC402", "54")]


@pytest.mark.parametrize("text", [
    "The assembly passed the housing bill 57-41 on Tuesday. The 57 members who voted yes included four rebels.",
    "The assembly passed the housing bill 57-41 on Tuesday. The 41 members who voted against included two ministers.",
    # a rejected measure: which side is which is not told
    "The assembly rejected the housing bill 41-57 on Tuesday. The 54 members who voted no included four rebels.",
])
def test_side_of_a_tally_near_misses(text):
    assert problems(text) == []


def test_package_restates_the_fee_with_add_ons():
    text = ("Rangers have agreed to pay Hibs £18m for the midfielder, rising to £22m with add-ons, sources said. "
            "The £25m package would be a club record.")
    assert flagged(text) == [("FC402", "£25m")]
    assert "£22m" in problems(text)[0].message  # the fee with its add-ons, not the £18m before them


def test_package_restates_the_fee_with_add_ons_alike():
    text = ("Celtic have agreed to sell the midfielder for £18m, rising to £22m with add-ons. The £22m package "
            "would be a Scottish record.")
    assert problems(text) == []


def test_bodies_recovered_against_the_headline_toll():
    text = ("Flash flood in gorge kills nine\n"
            "Rescuers said on Monday that the bodies of 11 hikers had been recovered from the river and the search "
            "had ended.")
    assert flagged(text) == [("FC401", "11")]


# ---------------------------------------------------------------- a rate on both sides of a conversion (FC601)

def test_conversion_with_a_rate_on_both_sides():
    text = "The plant will treat 40 million gallons a day, or about 50 million litres a day, once it is running."
    assert flagged(text) == [("FC601", "about 50 million litres")]


def test_conversion_with_a_rate_on_both_sides_that_fits():
    text = "The plant will treat 40 million gallons a day, or about 151 million litres a day, once it is running."
    assert problems(text) == []
    assert "FC601" in [f.rule for f in infos(text)]


# ---------------------------------------------------------------- poll answers with a figure inside one (FC202)

def test_poll_answers_with_a_figure_inside_one():
    text = ("In a poll of 2,000 adults, 51 per cent backed lowering the voting age to 16, 38 per cent opposed it "
            "and 17 per cent did not know.")
    assert flagged(text) == [("FC202", "17 per cent")]


def test_poll_answers_with_a_figure_inside_one_that_fit():
    text = ("In a poll of 2,000 adults, 51 per cent backed lowering the voting age to 16, 38 per cent opposed it "
            "and 11 per cent did not know.")
    assert problems(text) == []


# ---------------------------------------------------------------- list counts (FC410)

def test_count_of_a_place_possessive_ending_in_s():
    text = "Two of Des Moines' oldest churches, St Ambrose, St John's and Plymouth, will close next year."
    assert flagged(text) == [("FC410", "Two")]


def test_apposition_closed_by_the_verb_before_another_clause():
    text = ("Both airlines, Delta, United and American, raised fares on Monday, and their shares rose in "
            "early trading.")
    assert flagged(text) == [("FC410", "Both")]


def test_apposition_closed_by_the_verb_that_fits():
    text = ("The three airlines, Delta, United and American, raised fares on Monday, and their shares rose in "
            "early trading.")
    assert problems(text) == []


# ---------------------------------------------------------------- learnt from the opened set d1

def test_out_of_control_is_a_state_not_a_base():
    text = ("Of the 48 fires burning on Monday night, 17 were out of control, 26 were being contained and the "
            "remaining 9 were under control.")
    assert flagged(text) == [("FC101", "48")]


def test_out_of_control_list_that_adds_up():
    text = ("Of the 52 fires burning on Monday night, 17 were out of control, 26 were being contained and the "
            "remaining 9 were under control.")
    assert problems(text) == []


def test_a_day_named_by_an_event_is_no_weekday():
    text = "Saturday marks 16 years since the Black Saturday fires of 7 February 2009, in which 173 people died."
    assert problems(text, "2025-02-05") == []
    assert not [m for m in analyse(text).mentions if m.kind.name == "WEEKDAY" and m.start > 10]


def test_two_parties_together_then_each():
    text = "The Greens and Plaid together hold 27 seats on the council, with the Greens on 15 and Plaid on 9."
    assert flagged(text) == [("FC101", "27")]


def test_two_parties_together_then_each_that_fits():
    text = "The Greens and Plaid together hold 24 seats on the council, with the Greens on 15 and Plaid on 9."
    assert problems(text) == []


def test_squad_sized_by_its_members_then_all_the_players():
    text = "England named a 31-man squad for the autumn series on Tuesday. The coach said all 33 players were fit."
    assert flagged(text) == [("FC402", "33")]


def test_holiday_falls_on_a_weekday_this_year():
    text = "Christmas Day falls on a Monday this year, 25 December, and most shops will close."
    assert flagged(text, "2026-12-01") == [("FC501", "Monday")]
    fine = "Christmas Day falls on a Friday this year, 25 December, and most shops will close."
    assert problems(fine, "2026-12-01") == []


def test_holiday_marks_an_anniversary_in_its_own_year():
    text = "New Year's Day marks the 60th anniversary of the great storm, which struck on 1 January 1965."
    assert flagged(text, "2025-12-28") == [("FC505", "60th anniversary")]
    fine = "New Year's Day marks the 61st anniversary of the great storm, which struck on 1 January 1965."
    assert problems(fine, "2025-12-28") == []


def test_place_home_to_a_share_of_the_country():
    text = "Dublin, with 1.5 million residents, is home to roughly half of Ireland's 5.3 million people."
    assert flagged(text) == [("FC201", "roughly half")]


def test_place_home_to_a_share_that_fits():
    text = "Dublin, with 1.5 million residents, is home to more than a quarter of Ireland's 5.3 million people."
    assert problems(text) == []


def test_points_lead_against_the_two_totals():
    text = "Leinster lead the table by six points, on 44, with Munster second on 40."
    assert flagged(text) == [("FC402", "six")]


def test_points_lead_that_fits():
    text = "Leinster lead the table by four points, on 44, with Munster second on 40."
    assert problems(text) == []
    assert "FC402" in [f.rule for f in infos(text)]
