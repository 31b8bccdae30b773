"""Round 15 (restated figures): a perturbation table.

Each core shape of a restated figure is written once in my own words, as a template with the first
figure ``{a}`` and its restatement ``{b}``, and run through the perturbations real copy carries: an
attribution ("a spokesman confirmed that"), a period, a relative clause bringing in another count,
an unrelated figure of another kind (a year, an age, a score), a quote, a trailing clause.  The flag
twin restates the figure with a slip (two digits swapped, a zero dropped); the clean twin restates
it as it was.  Every cell must flag, every clean twin must stay clean."""
from __future__ import annotations

import pytest

from shapes import assert_clean, assert_flagged

# (shape, perturbation, template, first, slipped restatement, rule)
TABLE = []
CLEAN_AS = {}  # shape -> the first figure as the clean twin restates it, when written another way


def _shape(name: str, first: str, slipped: str, rule: str, cells: dict[str, str], clean: str | None = None) -> None:
    for perturbation, template in cells.items():
        TABLE.append((name, perturbation, template, first, slipped, rule))
    if clean:
        CLEAN_AS[name] = clean


# 1. "the N NOUN": a definite restatement under the same noun, two digits swapped
_shape("definite", "2,350", "2,530", "FC40", {
    "bare": "The trust will cut {a} nursing posts. The {b} posts are mostly in surgery.",
    "attribution after": "The trust will cut {a} nursing posts, union officials said on Tuesday. "
                         "The {b} posts are mostly in surgery.",
    "confirmed that": "The trust will cut {a} nursing posts. A spokesman confirmed that the {b} posts "
                      "are mostly in surgery.",
    "period": "The trust cut {a} nursing posts last year. The {b} posts were mostly in surgery.",
    "relative clause": "The trust, which runs 14 hospitals, will cut {a} nursing posts. The {b} posts "
                       "are mostly in surgery.",
    "age between": "The trust will cut {a} nursing posts. Its 58-year-old chief executive said the {b} "
                   "posts are mostly in surgery.",
    "quote": "The trust will cut {a} nursing posts. \"The {b} posts are mostly in surgery,\" a "
             "spokesman said.",
    "trailing clause": "The trust will cut {a} nursing posts. The {b} posts are mostly in surgery, where "
                       "waiting lists are longest.",
})

# 2. a possessive owner: "Okafor's 163 ... his 136" (a noun-less score of a named player)
_shape("possessive", "163", "136", "FC40", {
    "bare": "Okafor's {a} gave Lancashire a first-innings lead. Okafor said his {b} was the best "
            "innings of his career.",
    "other occasion between": "Okafor's {a} gave Lancashire a first-innings lead. The innings beat the "
                              "121 he made against Kent in 2022, and Okafor said his {b} was the best of "
                              "his career.",
    "age between": "Okafor's {a} gave Lancashire a first-innings lead. The 24-year-old said his {b} was "
                   "the best innings of his career.",
    "attribution": "Okafor's {a} gave Lancashire a first-innings lead. His {b} was the best innings of "
                   "his career, his captain said.",
})

# 3. "all N" as a pronoun for the one set counted in the sentence before
_shape("all N", "1,270", "1,720", "FC40", {
    "bare": "The airline said {a} cabin crew would be retrained. All {b} would keep their pay.",
    "confirmed that": "The airline said {a} cabin crew would be retrained. A spokesman confirmed that "
                      "all {b} would keep their pay.",
    "relative clause": "The airline, which flies to 42 cities, said {a} cabin crew would be retrained. A "
                       "spokesman confirmed that all {b} would keep their pay by the end of May.",
    "trailing clause": "The airline said {a} cabin crew would be retrained. All {b} would keep their "
                       "pay, the union said.",
})

# 4. the headline's figure against the lead's, the same noun
_shape("headline", "5,400", "4,500", "FC40", {
    "bare": "Storm cuts power to {a} homes\nThe storm left {b} homes without power.",
    "attribution": "Storm cuts power to {a} homes\nThe storm left {b} homes without power, the "
                   "network operator said.",
    "period": "Storm cuts power to {a} homes\nThe storm left {b} homes without power on Sunday night.",
    "other figure": "Storm cuts power to {a} homes\nWinds of 80mph left {b} homes without power.",
    "trailing clause": "Storm cuts power to {a} homes\nThe storm left {b} homes without power, most of "
                       "them in villages along the coast.",
})

# 4c. the headline's level reached against the body's, told "from X to Y"
_shape("headline level", "£6.45m", "£6.54m", "FC40", {
    "to": "Club's debt climbs to {a}\nThe club's debt rose to {b} in the year to June.",
    "from ... to": "Club's debt climbs to {a}\nThe club's debt rose from £5.9m to {b} in the year to June, "
                   "its accounts show.",
})

# 4a. a scale word cut short in one statement and spelt out in the other ("£4.6m" / "£6.4 million")
_shape("scale word written two ways", "£5.8m", "£8.5 million", "FC40", {
    "headline": "Council agrees {a} flood plan\nCouncillors approved a {b} scheme to protect 900 homes "
                "on Tuesday.",
    "definite": "The council set aside £5.8m for flood defences. The {b} scheme will protect 900 homes, "
                "officials said.",
}, clean="£5.8 million")
_shape("scale word written two ways, count", "3.7m", "7.3 million", "FC40", {
    "headline": "Airport handles {a} passengers\nThe airport handled {b} passengers last year, its "
                "owners said.",
}, clean="3.7 million")

# 4b. the headline's people driven from their homes against the lead's evacuated people
_shape("headline evacuees", "3,500", "5,300", "FC40", {
    "from their homes": "Floods force {a} from their homes\nRescue crews worked through the night. "
                        "Police said {b} people had been evacuated by Monday morning.",
    "evacuation of": "Floods force {a} from their homes\nRescue crews worked through the night as the "
                     "river rose. Police said the evacuation of {b} residents was complete.",
    "to flee": "Floods force {a} to flee\nPolice said {b} people had been evacuated, the county "
               "council said.",
    "to leave their homes": "Landslide forces {a} to leave homes\nOfficials said {b} villagers had been "
                            "evacuated from the valley.",
})

# 4d. people counted in the headline and the lead, the lead with an aside or "of those killed"
_shape("victims", "Seven", "Ten", "FC40", {
    "headline, aside": "{a} dead as ferry sinks\n{b} people, including two children, died when a ferry sank "
                       "off Sulawesi on Monday.",
    "headline, aside with an age": "{a} dead as ferry sinks\n{b} people, among them a four-year-old boy, died "
                                   "when a ferry sank off Sulawesi on Monday.",
})
_shape("all N of those", "14", "41", "FC40", {
    "all N of those killed": "{a} people died when a ferry sank off Sulawesi on Monday. All {b} of those "
                             "killed were from one village.",
})

# 4e. a measure of a thing restated as "the N-unit thing", its verb an irregular past
_shape("named measure", "7cm", "9cm", "FC402", {
    "broke": "Hailstones of {a} fell on the village overnight. The {b} hailstones broke roof tiles.",
    "hit": "Waves of {a} were recorded off the pier. The {b} wave hit the sea wall at noon.",
})

# 5. a sum won and restated as the winner's prize or cheque, a zero dropped
_shape("prize", "£300,000", "£30,000", "FC40", {
    "won, prize": "Ng won {a} in the final. She will give part of her {b} prize to charity.",
    "took home": "Ng took home {a} in the final. She will give part of her {b} prize to charity.",
    "pocketed, cheque": "Ng pocketed {a} for the title. She will give part of her {b} cheque to "
                        "charity.",
    "score and age between": "Ng took home {a} after beating Lee 10-7 in the final. The 29-year-old said "
                             "she would give part of her {b} cheque to a hospice.",
})

# 6. a decimal restated with a zero put after its point (a slip, not a tenth)
_shape("decimal zero", "£3.4m", "£3.04m", "FC40", {
    "bare": "The win earned her {a}, the biggest cheque of her career. She will give part of the {b} "
            "to a junior tennis charity.",
    "cheque": "The win earned her {a}. She said her {b} cheque would go to a junior tennis charity.",
})


def _cell_id(row) -> str:
    return f"{row[0]}: {row[1]}"


@pytest.mark.parametrize("shape,perturbation,template,a,b,rule", TABLE, ids=[_cell_id(r) for r in TABLE])
def test_slipped_restatement_flags(shape, perturbation, template, a, b, rule):
    text = template.format(a=a, b=b)
    assert_flagged(text, b, rule)


@pytest.mark.parametrize("shape,perturbation,template,a,b,rule", TABLE, ids=[_cell_id(r) for r in TABLE])
def test_restated_as_it_was_is_clean(shape, perturbation, template, a, b, rule):
    assert_clean(template.format(a=a, b=CLEAN_AS.get(shape, a)))


# clean twins where the second is a genuinely different quantity
CLEAN_OTHERS = [
    # a count in another clause of the sentence before: the second restates that set, not the first
    "The trust, which runs 14 hospitals, will cut 2,350 nursing posts. A spokesman confirmed that all 41 "
    "wards would stay open.",
    # "confirmed" as a reading of its own: the official figure after an estimate
    "An estimated 2,350 people were evacuated. The confirmed 2,530 evacuations were logged by the council.",
    # another occasion's figure in the second's own sentence; the second restates nothing new
    "Okafor's 163 gave Lancashire a first-innings lead. It beat the 136 he made against Kent in 2022.",
    # a prize and another sum: the cheque he hands over is a donation of part of it
    "Ng took home £300,000 in the final. She handed a £30,000 cheque to a hospice on Monday.",
    # people sent back to their homes are no evacuees
    "Floods force 3,500 to flee\nPolice said 1,200 people had returned to their homes by Monday.",
    # those cut are some of the firm's whole: "its N employees" is the whole, not a restatement
    "The bakery chain will lay off 1,300 workers. Its 3,600 employees were told at meetings on Monday.",
    "Roughly 300 staff will lose their jobs. Its 1,400 staff were told in an email.",
    # a workforce is a whole; the staff cut before it are a part
    "About 300 staff will lose their jobs. The 1,400-strong workforce was told on Monday.",
    # a decimal and a genuinely different sum a tenth of it
    "The win earned her £3.4m. She will give £0.34m to a junior tennis charity.",
]


@pytest.mark.parametrize("text", CLEAN_OTHERS)
def test_other_quantities_stay_clean(text):
    assert_clean(text)


# the headline's figure repeated only in a quote at the foot of the report: the lead's slip is still a slip
_FILLER = ("Rivals cut prices last month. Shops expect strong demand. Stock is limited at first. Reviews praised "
           "the screen. Battery life was criticised. ")
HEADLINE_REPEATED_LATE = (
    "Lumo phone goes on sale at $1,249\nThe Lumo X will cost {b}, the company said on Tuesday. " + _FILLER +
    "\"At $1,249 it is a bold price,\" said one analyst.")


def test_headline_repeated_late_leaves_the_slip():
    assert_flagged(HEADLINE_REPEATED_LATE.format(b="$1,429"), "$1,429", "FC40")
    assert_clean(HEADLINE_REPEATED_LATE.format(b="$1,249"))


def test_headline_repeated_near_is_another_figure():
    # given again as it is in the next sentence: the near-slip is another price
    assert_clean("Lumo phone goes on sale at $1,249\nThe Lumo X will cost $1,429 in Europe. In the US it "
                 "will cost $1,249, the company said.")


# 7. a unit conversion, with the period of a rate or the measure's own phrase between, or apposed to a noun
#    naming the first in the next sentence
CONVERSIONS = [
    # (flag, clean)
    ("The plant pumps 230 million litres a day (about 81 million gallons) into the canal.",
     "The plant pumps 230 million litres a day (about 51 million gallons) into the canal."),
    ("The plant pumps 230 million litres of river water a day, equivalent to about 81 million gallons.",
     "The plant pumps 230 million litres of river water a day, equivalent to about 51 million gallons."),
    ("The mill lost 230 million litres of water last year. The loss, equivalent to about 81 million gallons, "
     "was blamed on old pipes.",
     "The mill lost 230 million litres of water last year. The loss, equivalent to about 51 million gallons, "
     "was blamed on old pipes."),
]


@pytest.mark.parametrize("flag,clean", CONVERSIONS)
def test_conversion_perturbations(flag, clean):
    assert_flagged(flag, "81 million gallons", "FC601")
    assert_clean(clean)


def test_apposed_noun_must_name_the_first():
    # the reservoir is another thing than what was lost: no conversion read
    assert_clean("The mill lost 230 million litres of water last year. The reservoir, equivalent to about 81 "
                 "million gallons, was full.")
