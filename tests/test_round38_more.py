"""Round 38, the later readings: a level 'down N% on' its base, a change verb further from 'by', the offence of
causing death, counts restated by their verb, their men or their trapped, a score after 'Group F.', a magnitude
written with a hyphen, swapped digits after one verb or a teller, a figure under its owner's name, East African
shillings, titles' numbers under a total in crore, and a list closed by the rest of an industry -- each written afresh
here with its near misses."""
import pytest

from checker import check_text
from checker.api import analyse

from shapes import flagged, infos, problems  # shared with the other tables


def sentences(text):
    doc = analyse(text)
    return [text[s.start:s.end] for s in doc.sentences]


# ---------------------------------------------------------------- changes (FC203)

def test_level_down_on_its_base_after_a_copula():
    text = "The sequel's second-weekend takings of $31m were down 52% on its opening weekend's $58m."
    assert flagged(text) == [("FC203", "52%")]


def test_level_down_on_its_base_that_fits_is_verified():
    text = "The sequel's second-weekend takings of $31m were down 47% on its opening weekend's $58m."
    assert problems(text) == []
    assert "FC203" in [f.rule for f in infos(text)]


def test_change_verb_ten_words_before_by_past_for():
    text = "The council will raise the price of a parking permit for non-resident drivers by 25%, from £80 to £120."
    assert flagged(text) == [("FC203", "25%")]


def test_change_verb_past_for_that_fits_is_verified():
    text = "The council will raise the price of a parking permit for non-resident drivers by 50%, from £80 to £120."
    assert problems(text) == []
    assert "FC203" in [f.rule for f in infos(text)]


def test_collapsed_by_a_share():
    text = "The value of the token collapsed by 70 per cent, from $52,000 to about $21,000, in a single month."
    assert flagged(text) == [("FC203", "70 per cent")]


def test_collapsed_by_a_share_that_fits_is_verified():
    text = "The value of the token collapsed by 60 per cent, from $52,000 to about $21,000, in a single month."
    assert problems(text) == []
    assert "FC203" in [f.rule for f in infos(text)]


@pytest.mark.parametrize("text", [
    # "in", not "for", between the verb and "by": the gap stops the search
    "The council will raise the price of a parking permit in the old town by 25%, from £80 to £120.",
    # more than ten words between the verb and "by"
    "The council will raise the price of a residents' parking permit for drivers of large diesel vans and lorries "
    "by 25%, from £80 to £120.",
])
def test_change_verb_too_far_near_misses(text):
    assert problems(text) == []


# ---------------------------------------------------------------- an age and a birth date (FC506)

def test_causing_death_by_dangerous_driving_is_no_death():
    text = ("Daniel Price, 29, who was born on 3 June 1990, admitted causing death by dangerous driving at Leeds "
            "Crown Court.")
    assert flagged(text, "2025-11-20") == [("FC506", "29")]


def test_causing_death_by_dangerous_driving_right_age_is_verified():
    text = ("Daniel Price, 35, who was born on 3 June 1990, admitted causing death by dangerous driving at Leeds "
            "Crown Court.")
    assert problems(text, "2025-11-20") == []
    assert "FC506" in [f.rule for f in infos(text, "2025-11-20")]


def test_a_real_death_keeps_the_age_at_death():
    text = "Daniel Price, 29, who was born on 3 June 1990, died in a crash near Leeds."
    assert problems(text, "2025-11-20") == []


# ---------------------------------------------------------------- restatements (FC402, FC407)

def test_pilgrims_returning_from_a_shrine_read_by_their_verb():
    text = ("Twelve pilgrims returning from Lourdes were killed when their coach left the motorway near Lyon on "
            "Sunday. Police said the bodies of all 14 pilgrims had been identified.")
    assert flagged(text) == [("FC402", "14")]


def test_pilgrims_returning_from_a_shrine_restated_alike_is_verified():
    text = ("Twelve pilgrims returning from Lourdes were killed when their coach left the motorway near Lyon on "
            "Sunday. Police said the bodies of all 12 pilgrims had been identified.")
    assert problems(text) == []
    assert "FC402" in [f.rule for f in infos(text)]


def test_pilgrims_returning_from_a_shrine_and_another_group_stays_silent():
    text = ("Twelve pilgrims returning from Lourdes were killed when their coach left the motorway near Lyon on "
            "Sunday. Another 14 pilgrims were treated in hospital.")
    assert problems(text) == []


def test_miners_restated_as_the_men_set_apart():
    text = ("All 17 miners were freed from the collapsed tunnel late on Tuesday. The operator said the 15 men, all "
            "contract workers, were being treated for dehydration.")
    assert flagged(text) == [("FC402", "15")]


def test_miners_restated_as_the_men_alike_is_verified():
    text = ("All 17 miners were freed from the collapsed tunnel late on Tuesday. The operator said the 17 men, all "
            "contract workers, were being treated for dehydration.")
    assert problems(text) == []
    assert "FC402" in [f.rule for f in infos(text)]


@pytest.mark.parametrize("text", [
    # the men are some of a mixed crew
    "All 17 miners were freed from the collapsed tunnel late on Tuesday. The operator said the 15 men and two women "
    "were being treated for dehydration.",
    # the men picked out by a clause of their own
    "All 17 miners were freed from the collapsed tunnel late on Tuesday. The operator said the 15 men who reached "
    "hospital were being treated for dehydration.",
    "All 17 miners were freed from the collapsed tunnel late on Tuesday. The operator said the 15 men on the night "
    "shift were being treated for dehydration.",
    # passengers are no crew told by their work
    "All 17 passengers were freed from the collapsed tunnel late on Tuesday. The operator said the 15 men, all "
    "contract workers, were being treated for dehydration.",
])
def test_miners_restated_as_the_men_near_misses(text):
    assert problems(text) == []


def test_all_trapped_men_fewer_than_told():
    text = ("Nineteen miners were trapped when the tunnel roof gave way on Monday. Officials said all 16 trapped men "
            "were alive.")
    assert flagged(text) == [("FC402", "16")]


def test_all_trapped_men_alike_is_verified():
    text = ("Nineteen miners were trapped when the tunnel roof gave way on Monday. Officials said all 19 trapped men "
            "were alive.")
    assert problems(text) == []
    assert "FC402" in [f.rule for f in infos(text)]


@pytest.mark.parametrize("text", [
    # not "all": some of the trapped
    "Nineteen miners were trapped when the tunnel roof gave way on Monday. Officials said 16 trapped men were alive.",
    # "all N men" after men being questioned: no participle, fewer may be left
    "Detectives are questioning 15 men after a dawn raid in Bradford. All 12 men remained in custody on Saturday.",
    "Detectives are interviewing 21 men after a raid. All 18 men were still in custody.",
])
def test_all_trapped_men_near_misses(text):
    assert problems(text) == []


def test_score_restated_after_group_label_and_last_16():
    text = ("Senegal beat Gambia 4-2 in Abidjan on Sunday to top Group C. Sarr set up two of the goals in the 3-2 "
            "win, which sends the Lions into the last 16.")
    assert flagged(text) == [("FC407", "3-2")]


def test_score_restated_after_group_label_alike_is_verified():
    text = ("Senegal beat Gambia 4-2 in Abidjan on Sunday to top Group C. Sarr set up two of the goals in the 4-2 "
            "win, which sends the Lions into the last 16.")
    assert problems(text) == []
    assert "FC407" in [f.rule for f in infos(text)]


def test_score_of_another_match_last_year_stays_silent():
    text = ("Senegal beat Gambia 4-2 in Abidjan on Sunday to top Group C. Sarr set up two of the goals in the 3-2 "
            "win over Mali last year.")
    assert problems(text) == []


def test_hyphenated_magnitude_is_a_reading():
    text = ("A magnitude 6.8 earthquake struck off the coast of Sumatra on Tuesday, officials said. The "
            "magnitude-6.3 quake damaged hundreds of homes.")
    assert flagged(text) == [("FC402", "6.3")]


@pytest.mark.parametrize("text", [
    "A magnitude 6.8 earthquake struck off the coast of Sumatra on Tuesday, officials said. The magnitude-6.8 quake "
    "damaged hundreds of homes.",
    # an aftershock is another event
    "A magnitude 6.8 earthquake struck off the coast of Sumatra on Tuesday, officials said. The magnitude-6.3 "
    "aftershock damaged hundreds of homes.",
])
def test_hyphenated_magnitude_near_misses(text):
    assert problems(text) == []


# ---------------------------------------------------------------- swapped digits (FC406)

def test_swapped_sum_after_one_verb():
    text = ("Staff at the children's ward raised £23,640 with a sponsored walk up Snowdon in May. Sister Ann Kerr "
            "thanked everyone who had helped raise £23,460.")
    assert flagged(text) == [("FC406", "£23,460")]


def test_swapped_sum_after_another_verb_stays_silent():
    text = ("Staff at the children's ward raised £23,640 with a sponsored walk up Snowdon in May. Sister Ann Kerr "
            "said the ward had spent £23,460 on new beds.")
    assert problems(text) == []


def test_swapped_tally_given_after_who_tells_it():
    text = ("Banda won 2,316,488 votes, according to the electoral commission. Observers said Banda's tally of "
            "2,361,488 was the highest since independence.")
    assert flagged(text) == [("FC406", "2,361,488")]


@pytest.mark.parametrize("text", [
    "Banda won 2,316,488 votes, according to the electoral commission. Observers said Banda's tally of 2,316,488 "
    "was the highest since independence.",
    # a target is another figure
    "Banda won 2,316,488 votes, according to the electoral commission. Observers said Banda's target of 2,361,488 "
    "had been missed.",
    # a rival's tally is set apart
    "Banda won 2,316,488 votes, according to the electoral commission. Observers said Banda's rival tally of "
    "2,361,488 was a surprise.",
])
def test_swapped_tally_after_a_teller_near_misses(text):
    assert problems(text) == []


# ---------------------------------------------------------------- a figure under its owner's name (FC402)

def test_share_told_again_after_the_owners_possessive():
    text = ("Mutharika won the presidency with 56.3% of the vote, the electoral commission said on Saturday. "
            "Turnout was high across the south. Mutharika's 58.1% is the largest share for a winner since "
            "multiparty rule began.")
    assert flagged(text) == [("FC402", "58.1%")]


@pytest.mark.parametrize("text", [
    # the same share
    "Mutharika won the presidency with 56.3% of the vote, the electoral commission said on Saturday. Turnout was "
    "high across the south. Mutharika's 56.3% is the largest share for a winner since multiparty rule began.",
    # the first figure is another's
    "Mutharika finished well behind Chakwera's 56.3% of the vote, the electoral commission said on Saturday. "
    "Mutharika's 38.1% is the lowest share for a sitting president.",
    # a year dates the first apart
    "Mutharika won the presidency in 2014 with 56.3% of the vote, the electoral commission said. Mutharika's 58.1% "
    "is the largest share for a winner since multiparty rule began.",
    # "last" dates the second apart
    "Mutharika won the presidency with 56.3% of the vote, the electoral commission said on Saturday. Mutharika's "
    "58.1% last time was the largest share for a winner since multiparty rule began.",
    # a year in the second
    "Mutharika won the presidency with 56.3% of the vote, the electoral commission said on Saturday. Turnout was "
    "high across the south. Mutharika's 58.1% in 2014 was the largest share for a winner since multiparty rule began.",
])
def test_owners_possessive_near_misses(text):
    assert problems(text) == []


# ---------------------------------------------------------------- sentences

def test_group_label_ends_a_sentence():
    text = "Kenya finished top of Group C. Omondi scored twice in the final game."
    assert sentences(text) == ["Kenya finished top of Group C.", "Omondi scored twice in the final game."]


def test_pool_label_ends_a_sentence():
    text = "Ireland beat Samoa on Saturday to finish top of Pool D. Sexton kicked 14 points."
    assert sentences(text) == ["Ireland beat Samoa on Saturday to finish top of Pool D.", "Sexton kicked 14 points."]


def test_initials_still_hold_a_sentence_together():
    text = "The novel was written by J. K. Rowling in Edinburgh."
    assert sentences(text) == [text]


# ---------------------------------------------------------------- East African shillings

@pytest.mark.parametrize("text, written, unit", [
    ("The county spent Sh18.6bn on roads last year.", "Sh18.6bn", "KES"),
    ("A bag of maize costs KSh 500 in Nakuru.", "KSh 500", "KES"),
    ("Bus fares rose to USh2,000 in Kampala.", "USh2,000", "UGX"),
])
def test_shillings_parse_as_money(text, written, unit):
    found = [(m.text, m.kind.name, m.unit) for m in analyse(text).mentions]
    assert found == [(written, "MONEY", unit)]


def test_shanghai_stays_a_word():
    assert analyse("Shares in Shanghai and Shenzhen rallied after the holiday.").mentions == ()


def test_dam_in_shillings_restated():
    text = ("The government has approved a Sh24.3bn dam on the Tana River to irrigate 40,000 acres. Critics say the "
            "Sh23.4bn project will displace hundreds of families.")
    assert flagged(text) == [("FC402", "Sh23.4bn")]


def test_dam_in_shillings_restated_alike_is_verified():
    text = ("The government has approved a Sh24.3bn dam on the Tana River to irrigate 40,000 acres. Critics say the "
            "Sh24.3bn project will displace hundreds of families.")
    assert problems(text) == []
    assert "FC402" in [f.rule for f in infos(text)]


# ---------------------------------------------------------------- sums and lists (FC101)

@pytest.mark.parametrize("text", [
    "Two films have crossed 300 crore at the box office this year: Singham 3 and Dhoom 4.",
    "Three films have crossed 500 crore at the box office this year: Bahubali 3, Housefull 5 and Golmaal 5.",
    "Two films have crossed 600 crore at the box office this year: Pushpa 2 and Kalki 2898 AD.",
])
def test_titles_numbers_under_a_total_in_crore_are_no_parts(text):
    assert problems(text) == []
    assert "FC101" not in [f.rule for f in check_text(text)]


def test_list_closed_by_the_rest_of_the_industry():
    text = ("Zambia produced 698,000 tonnes of copper last year. Three mines contributed 402,000 tonnes and the rest "
            "of the industry 251,000 tonnes.")
    assert flagged(text) == [("FC101", "698,000 tonnes")]
    assert [f.severity.name for f in problems(text)] == ["WARNING"]


def test_list_closed_by_the_rest_of_the_industry_that_adds_up():
    text = ("Zambia produced 698,000 tonnes of copper last year. Three mines contributed 402,000 tonnes and the rest "
            "of the industry 296,000 tonnes.")
    assert problems(text) == []
    assert "FC101" in [f.rule for f in infos(text)]


@pytest.mark.parametrize("text", [
    # no "rest": the list may be partial
    "Zambia produced 698,000 tonnes of copper last year. Three mines contributed 402,000 tonnes and smaller "
    "producers 251,000 tonnes.",
    # the whole is the level of a change
    "Zambia's copper output rose to 698,000 tonnes in the year to June. Three mines contributed 402,000 tonnes and "
    "the rest of the industry 251,000 tonnes.",
])
def test_list_closed_by_the_rest_near_misses(text):
    assert problems(text) == []
