"""Round 31, review of the repeat readings: ordinary, consistent sentences of the shapes the new readings accept
that drew false alarms, each now silent (written for this review)."""
import pytest

from tests.shapes import assert_clean, assert_flagged

# 1. quoted restatements (_quote_apart, _placed_apart, _quoted_measures_and_sums): the quote names someone else before
#    the verb, a time clause or a year of its own, a gerund telling what a sum went on, another thing measured
QUOTE_CLEAN = [
    "The council spent £3.4m on road repairs. \"We spent £1.2m fixing potholes,\" the cabinet member said.",
    "The council spent £3.4m on road repairs. \"We spent £1.2m resurfacing the worst roads,\" the cabinet member said.",
    "The government has spent £12bn on the scheme. \"We have spent £3bn supporting businesses,\" the minister said.",
    "The man stole £60,000 from his employer. \"He stole £15,000 while I was on holiday,\" the owner said.",
    "The club raised £8,500 from the sponsored walk. \"We raised £2,000 before lunch,\" the chairman said.",
    "The festival earned £1.3m for the town. \"Hotels earned £400,000,\" the mayor said.",
    "The shelter rehomed 1,240 dogs in 2024. \"We rehomed 1,100 dogs during the year before,\" the director said.",
    "The food bank handed out 620 parcels in December. \"Volunteers from the church packed 480 parcels in a single "
    "month,\" she said.",
    "The shelter rehomed 1,240 dogs in 2024. \"Our Leeds branch rehomed 400 dogs during the year,\" the director said.",
    "The museum welcomed 82,000 visitors in August. \"Schools brought 28,000 visitors in a single month,\" the curator "
    "said.",
    "Police seized 41kg of cocaine at the port. \"Officers in Dover seized 14kg of cocaine,\" he said.",
    "The trail follows 9.5 miles of old railway. \"These 5.9 miles of railway were closed in 1965,\" the historian "
    "said.",
    "The mine produced 3,000 tonnes of copper. \"It produced 900 tonnes of copper ore,\" the manager said.",
]


@pytest.mark.parametrize("text", QUOTE_CLEAN)
def test_quoted_restatement_mend_clean(text):
    assert_clean(text)


# 2. 'the N-year-old' in court past the one the accused wronged (_wronged_by_holder): in court as a witness or on
#    another matter is no deed of the accused alone
AGE_CLEAN = [
    "A 40-year-old man was charged with attacking his wife. The 38-year-old will appear at the trial as a witness.",
    "A 45-year-old man has been charged with assaulting his son. The 17-year-old is due to appear in court on a "
    "separate matter.",
    "A 52-year-old woman was charged with defrauding her sister. The 49-year-old is expected to give evidence at the "
    "trial.",
]


@pytest.mark.parametrize("text", AGE_CLEAN)
def test_wronged_age_mend_clean(text):
    assert_clean(text)


# 3. a wait told by its verb and restated as 'the N-hour wait' (_waited): a norm is a wait aimed at, no restatement
WAIT_CLEAN = [
    "A woman waited nine hours to be seen. The four-hour wait is the NHS standard.",
    "A man waited 14 hours for a bed. The 12-hour wait is the maximum set by the health board.",
    "Patients waited 30 weeks for surgery. The 18-week wait is supposed to be the limit.",
    "A boy waited seven hours in A&E. The four-hour wait was breached for thousands of patients last month.",
]


@pytest.mark.parametrize("text", WAIT_CLEAN)
def test_wait_mend_clean(text):
    assert_clean(text)


# 4. quoted measures and sums: a measure of nothing named, pointed at ("These 2 kilometres"), may be any stretch (the
#    reading removed); a place after the figure, a share "of it", the speaker's own share
MEASURE_CLEAN = [
    "The towpath runs for 7.5 kilometres beside the canal. \"These 2 kilometres are often flooded,\" the ranger said.",
    "The new towpath runs for 7.5 kilometres beside the canal. \"These 6.2 kilometres will transform the commute for "
    "thousands,\" the mayor said.",
    "The pipeline carries gas for 300 miles. \"That 40 miles under the sea was the hardest to build,\" the engineer "
    "said.",
    "The charity raised £12,000 for the hospice. \"We raised £4,000 of it online,\" the organiser said.",
    "The charity raised £12,000 for the hospice. \"We raised £4,000 ourselves,\" the organiser said.",
]


@pytest.mark.parametrize("text", MEASURE_CLEAN)
def test_quoted_measure_mend_clean(text):
    assert_clean(text)


# the quote's own adverbs before 'we' name no one else: still the lead's figure
def test_quote_with_adverbs_before_we_still_flagged():
    assert_flagged("The shelter took in 640 cats in March, its busiest month. \"In March alone we took in 460 cats,\" "
                   "the manager said.", "460", "FC40")
