"""Round 16 (restated figures): perturbation tables.

Each core shape a round-16 fix enables is written in my own words as a template with the restated
figure ``{b}``; the flagged row puts in a slipped figure, its clean twin the figure as first given.
Each shape runs through the ordinary perturbations of news copy: an attribution, a period, a
trailing clause, a dash or bracket, a written number, a hedge, the order of the sentences."""
from __future__ import annotations

import pytest

from shapes import assert_clean, assert_flagged

# (shape, perturbation, template, slipped, as first given, rule prefix, published)
TABLE: list[tuple] = []


def _shape(name: str, slipped: str, clean: str, rule: str, cells: dict[str, str], published=None) -> None:
    for perturbation, template in cells.items():
        TABLE.append((name, perturbation, template, slipped, clean, rule, published))


# 1. a measure of a thing restated as "the N-unit thing", the second sentence told by forecasters
#    ("Forecasters said" is who speaks, not a forecast)
_shape("forecasters said", "83mph", "93mph", "FC40", {
    "bare": "A gust of 93mph was measured at Aberdaron on Tuesday. Forecasters said the {b} gust was the "
            "strongest of the winter.",
    "attribution after": "A gust of 93mph was measured at Aberdaron on Tuesday. The {b} gust was the strongest "
                         "of the winter, forecasters said.",
    "place repeated": "Gusts of 93mph were recorded on Bardsey Island as the storm passed. A forecaster said "
                      "the {b} gust on Bardsey Island had toppled two caravans.",
    "trailing clause": "A gust of 93mph was measured at Aberdaron on Tuesday. Forecasters said the {b} gust "
                       "was the strongest of the winter, though inland speeds were far lower.",
    "dash": "A gust of 93mph was measured at Aberdaron on Tuesday. Forecasters said the {b} gust - the "
            "strongest of the winter - had brought down power lines.",
    "told by its verb": "The storm reached Gwynedd overnight. Gusts reached 93mph at Aberdaron. The Met Office "
                        "said the {b} gust was the strongest of the winter.",
    "told by its verb, place first": "The storm reached Gwynedd overnight. At Aberdaron, gusts hit 93mph. "
                                     "The {b} gust was the strongest of the winter.",
})

# 2. a sum the verb says was awarded, restated as "the award" under another noun than its own
_shape("awarded, then the award", "£31m", "£13m", "FC40", {
    "bare": "The zoo has been awarded a £13m lottery grant. The {b} award will pay for a new reptile house.",
    "attribution": "The zoo has been awarded a £13m lottery grant. Its director said the {b} award would pay "
                   "for a new reptile house.",
    "period": "The zoo was awarded a £13m heritage grant in March. The {b} award will pay for a new reptile "
              "house.",
    "trailing clause": "The zoo has been awarded a £13m lottery grant, the largest in its history. The {b} "
                       "award will pay for a new reptile house, which opens in 2027.",
    "bracket": "The zoo (founded in 1931) has been awarded a £13m lottery grant. The {b} award will pay for "
               "a new reptile house.",
    "contract": "Halvern Council has awarded a £13m contract to a local builder. The {b} award was approved "
                "by councillors on Monday.",
})

# 3. a thing sized by a unit under its proper name, restated as "the N-unit NOUN"
_shape("named, then the N-unit noun", "18-storey", "12-storey", "FC40", {
    "bare": "Firefighters were sent to the 12-storey Harrow Court shortly after midnight. Residents of the "
            "{b} block were led to safety.",
    "attribution": "Firefighters were sent to the 12-storey Harrow Court shortly after midnight, the fire "
                   "service said. Residents of the {b} block were led to safety.",
    "period": "Fire broke out in the 12-storey Harrow Court on Sunday night. Residents of the {b} block "
              "were led to safety by firefighters.",
    "trailing clause": "Firefighters were sent to the 12-storey Harrow Court shortly after midnight. Residents "
                       "of the {b} block were led to safety, and two were treated for smoke.",
    "written number": "Firefighters were sent to the 12-storey Harrow Court shortly after midnight. Residents "
                      "of the {b} tower, most of them pensioners, were led to safety.",
})
_shape("named, then the N-unit noun (seats)", "2,900-seat", "2,400-seat", "FC40", {
    "bare": "The 2,400-seat Alder Hall will close for repairs in May. The {b} venue has hosted the festival "
            "since 1987.",
    "quote": "The 2,400-seat Alder Hall will close for repairs in May. \"The {b} venue will get a new roof,\" "
             "its manager said.",
})

# 4. a jury's time, hedged or not, restated as "the N-hour deliberation"
_shape("the jury took, then the deliberation", "seven-hour", "four-hour", "FC40", {
    "bare": "The jury took just over four hours to convict him. After the {b} deliberation, the judge "
            "adjourned sentencing.",
    "attribution": "The jury took just over four hours to convict him, the court heard. The {b} deliberation "
                   "ended shortly before 3pm.",
    "period": "On Thursday the jury took just over four hours to convict him. After the {b} deliberation, "
              "the judge adjourned sentencing until next month.",
    "jurors, about": "Jurors took about four hours to clear her of all charges. After the {b} deliberation, "
                     "she hugged her solicitor.",
    "deliberated for": "The jury deliberated for just under four hours before finding him guilty. After the "
                       "{b} deliberation, the judge thanked them.",
    "trailing clause": "The jury at Exeter Crown Court took four hours to reach its verdicts. The {b} "
                       "deliberation followed a trial that lasted three weeks.",
})

# 5. a thing's level given as a percentage, restated with "the" (no rate word names it)
_shape("a thing's level", "47%", "38%", "FC40", {
    "bare": "Thornby reservoir is at 38% of capacity after a dry winter. With the reservoir at {b}, customers "
            "have been asked to save water.",
    "said that": "Thornby reservoir is at 38% of capacity after a dry winter. The water company said that with "
                 "the reservoir at {b}, a hosepipe ban was likely.",
    "period in both": "Thornby reservoir is at 38% of capacity this week. With the reservoir at {b} this week, "
                      "customers have been asked to save water.",
    "hedge": "Thornby reservoir is at about 38% of capacity after a dry winter. With the reservoir at {b}, "
             "customers have been asked to save water.",
    "trailing clause": "Thornby reservoir is at 38% of capacity after a dry winter. With the reservoir at {b}, "
                       "customers have been asked to save water, though rain is forecast.",
    "plural verb": "Stocks at Thornby reservoir are at 38% of capacity. With the reservoir at {b}, customers "
                   "have been asked to save water.",
    "restated as is": "Thornby reservoir is at 38% of capacity after a dry winter. The reservoir is at {b}, "
                      "the lowest since 1976, the company said.",
})
# 6. the lead's figure restated far down the report as "the N NOUN", two digits swapped
_FILLER = ("The airline also added two routes to Iceland. Its fleet of 14 aircraft flew 31,000 hours. "
           "Fares rose for a second year. Staff numbers were unchanged at 2,900. The company paid no dividend. ")
_shape("the lead's figure, far on", "4.17 million", "4.71 million", "FC40", {
    "bare": "Westgale Air carried 4.71 million passengers in 2023, its busiest year. " + _FILLER +
            "The {b} passengers flew on 38 routes.",
    "headline too": "Westgale Air has its busiest year\nWestgale Air carried 4.71 million passengers in 2023. "
                    + _FILLER + "The {b} passengers flew on 38 routes.",
    "attribution, last year": "Westgale Air carried 4.71 million passengers in 2023, the company said on "
                              "Tuesday. " + _FILLER + "Its chief executive said the {b} passengers carried last "
                              "year were a record.",
    "breakdown between": "Westgale Air carried 4.71 million passengers in 2023. Its Dublin route carried 1.2 "
                         "million passengers and its Oslo route 800,000. " + _FILLER +
                         "The {b} passengers flew on 38 routes.",
    "trailing clause": "Westgale Air carried 4.71 million passengers in 2023. " + _FILLER + "The {b} passengers "
                       "flew on 38 routes, more than half of them to Spain.",
}, published="2024-02-20")
_shape("the lead's sum, far on", "£16.3m", "£13.6m", "FC40", {
    "bare": "Brackwater Water has been fined £13.6 million for sewage spills. " + _FILLER +
            "The {b} fine will be paid by shareholders.",
    "synonym": "Brackwater Water has been fined £13.6 million by the regulator, it said. " + _FILLER +
               "The {b} penalty will be paid by shareholders, not customers.",
})


# a thing's levels at two times, of two things, or of another measure: no restatement
CLEAN_OTHERS = [
    "Thornby reservoir was at 38% of capacity in March. With the reservoir at 47% in May, the ban was lifted.",
    "Thornby reservoir was at 38% of capacity last week. The reservoir is at 47% after heavy rain.",
    "Thornby reservoir is at 38% of capacity. With the reservoir at 47% of its usual winter level, a ban is likely.",
    "Thornby reservoir is at 38% of capacity. With Upton reservoir at 47%, the company will move water between them.",
    "The storm reached Gwynedd overnight. Winds at sea hit 93mph. The 83mph gust at Aberdaron was the strongest "
    "inland.",
    "Labour is at 38% in the latest poll. With the party at 47% in Wales, its leader was upbeat.",
    "The jury took four hours to convict him. The six-hour hearing that followed set his sentence.",
    "Fire crews went to the 12-storey Harrow Court and the 18-storey Elm Court. The 18-storey block was "
    "evacuated.",
    # far from the lead: another thing's, another place's, another year's figure
    "Westgale Air carried 4.71 million passengers in 2023. " + _FILLER + "The 4.17 million passengers of its "
    "rival Skyline flew on 50 routes.",
    "Westgale Air carried 4.71 million passengers in 2023. " + _FILLER + "The 4.17 million passengers in Spain "
    "flew on 38 routes.",
    "Westgale Air carried 4.71 million passengers in 2023. " + _FILLER + "In 2019 the 4.17 million passengers "
    "flew on 30 routes.",
    "Westgale Air carried 4.71 million passengers in 2023. " + _FILLER + "Skyline carried 4.17 million "
    "passengers.",
]


@pytest.mark.parametrize("text", CLEAN_OTHERS)
def test_other_quantities_stay_clean(text):
    assert_clean(text)


def _cell_id(row) -> str:
    return f"{row[0]}: {row[1]}"


@pytest.mark.parametrize("shape,perturbation,template,slipped,clean,rule,published", TABLE,
                         ids=[_cell_id(r) for r in TABLE])
def test_slipped_restatement_flags(shape, perturbation, template, slipped, clean, rule, published):
    assert_flagged(template.format(b=slipped), slipped, rule, published)


@pytest.mark.parametrize("shape,perturbation,template,slipped,clean,rule,published", TABLE,
                         ids=[_cell_id(r) for r in TABLE])
def test_restated_as_given_is_clean(shape, perturbation, template, slipped, clean, rule, published):
    assert_clean(template.format(b=clean), published)
