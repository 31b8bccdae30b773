"""Round 15, shares and percents: a perturbation table.  Each core shape of the family is written once as a
flag sentence and its clean twin (same words, the figures changed so that they agree), then run through the
same perturbations real copy carries: an attribution, a period, a relative clause or participle on the whole,
an unrelated number of another kind, a trailing clause, dash vs colon vs brackets.  Every perturbed flag twin
must flag and every perturbed clean twin must stay clean."""
from __future__ import annotations

import pytest

from tests.shapes import assert_clean, assert_flagged

# the default text of each perturbation slot; a shape may give its own (a relative clause fits its noun)
DEFAULT_SLOTS = {
    "A": ", officials said",        # attribution after the figures
    "T": " last year",              # a period phrase
    "T2": " in March",
    "R": " it checked",             # a relative clause / participle on the whole
    "N": " in 2023",                # an unrelated number of another kind
    "N2": " over the three days",
    "X": ", most of them in the north",  # a trailing clause
    "M": ", the ministry said,",     # an attribution inside, after the total or the part
}
PERTURBATIONS = ["bare", "A", "T", "T2", "R", "N", "N2", "X", "M"]

# name: (template, flag figures, clean figures, target key, rule, own slot texts)
SHAPES = {
    # PART of BASE NOUN (PCT)
    "part_of_base_pct": (
        "The keeper saved {part} of {base} penalties{R}{T}{N} ({share}){A}{X}.",
        dict(part="9", base="30", share="45%"), dict(part="9", base="30", share="30%"), "share", "FC201",
        dict(R=" he faced", N2=" over the two seasons", X=", a club record")),
    # PART of BASE (PCT) with "out of"
    "part_out_of_base_pct": (
        "Inspectors passed {part} out of {base} kitchens{R}{T}{N} ({share}){A}{X}.",
        dict(part="45", base="310", share="25%"), dict(part="45", base="310", share="15%"), "share", "FC201",
        dict(R=" they visited", X=", fewer than before")),
    # PART of the BASE NOUN ..., or PCT
    "part_of_base_or_pct": (
        "Engineers found {part} of the {base} bridges{R}{M} unsafe{T}{N}, or {share}{A}{X}.",
        dict(part="1,150", base="4,600", share="35%"), dict(part="1,150", base="4,600", share="25%"), "share",
        "FC201", dict(R=" they inspected")),
    # PART of the BASE NOUN VERB ..., SHARE of the total|NOUN
    "part_of_base_share_closing": (
        "Only {part} of the {base} applicants{R} were offered a place{T}{N}{M}, {share} of the total{A}{X}.",
        dict(part="45", base="300", share="roughly a third"), dict(part="100", base="300", share="roughly a third"),
        "share", "FC201", dict(R=" who sat the test", X=", the lowest rate on record")),
    # PART NOUN VERB ..., SHARE of the BASE NOUN
    "part_then_share_of_base": (
        "About {part} homes were flooded{T}{N}{M}, {share} of the {base} properties{R}{A}{X}.",
        dict(part="640", base="2,100", share="nearly half"), dict(part="1,000", base="2,100", share="nearly half"),
        "share", "FC201", dict(R=" the council insures", A=", the council said")),
    # PART NOUN ..., PCT of its BASE-NOUN capacity
    "part_pct_of_modifier_base": (
        "The hall held {part} people{T}{N} - {share} of its {base}-seat capacity{A}{X}.",
        dict(part="730", base="1,000", share="95%"), dict(part="950", base="1,000", share="95%"), "share", "FC201",
        dict(T=" for the final", N=" when the doors shut at 7pm", R="")),
    # SHARE of the BASE NOUN ..., some PART NOUN, VERB
    "share_base_part_apposed": (
        "About a third of the {base} nurses{R}{T}{M}, some {part} people, have since left{A}{X}.",
        dict(part="1,200", base="2,400", share="About a third"), dict(part="800", base="2,400", share="About a third"),
        "share", "FC201", dict(R=" who joined the trust", N=" who joined in 2019")),
    # Of the BASE NOUN ..., PART VERB - SHARE
    "of_base_part_share": (
        "Of the {base} drivers{R}{T}{N}{M}, {part} failed the test - {share}{A}{X}.",
        dict(part="120", base="480", share="about a third"), dict(part="160", base="480", share="about a third"),
        "share", "FC201", dict(R=" stopped by police", N=" aged over 70")),
    # BASE NOUN. Of those, PART VERB - SHARE (the whole in the sentence before)
    "of_those_prev": (
        "The clinic treated {base} patients{T}{A}. Of those{R}, {part} needed surgery{N}{M} - {share}{X}.",
        dict(part="300", base="1,500", share="about a third"), dict(part="500", base="1,500", share="about a third"),
        "share", "FC201", dict(R=" patients", N=" within two weeks", X=", the report said")),
    # SHARE of NOUN: PART of the BASE NOUN
    "share_colon_counts": (
        "Buses carried a quarter of commuters{T}: {part} of the {base} people{R} said they took the bus{N}{A}{X}.",
        dict(part="1,200", base="3,000", share="a quarter"), dict(part="750", base="3,000", share="a quarter"),
        "share", "FC201", dict(R=" surveyed", N=" at least three times a week")),
    # PART NOUN VERB while VERBing ..., SHARE of the BASE NOUN (a participle clause on the part)
    "part_participle_share_of_base": (
        "Some {part} cyclists were hurt while riding to work{T}{N}, {share} of the {base} casualties{R}{A}{X}.",
        dict(part="640", base="2,100", share="nearly half"), dict(part="1,000", base="2,100", share="nearly half"),
        "share", "FC201", dict(R=" recorded", N=" on roads with a 20mph limit")),
    # Just PART of the BASE NOUN VERB [at a score], SHARE of the field
    "part_of_base_share_of_field": (
        "Just {part} of the {base} starters broke par{N}{T}, {share} of the field{A}{X}.",
        dict(part="48", base="140", share="about a fifth"), dict(part="48", base="140", share="about a third"),
        "share", "FC201", dict(N=" at 3-under or better", N2=" over the four rounds", T=" on Saturday",
                               R="", X=", after rain softened the greens")),
    # SHARE of the market: PART of the BASE NOUN counted
    "share_colon_market": (
        "Heat pumps took a tenth of the heating market{T}: {part} of the {base} heating systems installed{R}{N} "
        "were heat pumps{A}{X}.",
        dict(part="7,800", base="41,000", share="a tenth"), dict(part="4,100", base="41,000", share="a tenth"),
        "share", "FC201", dict(R=" in homes", N=" in 2023", A=", the trade body said")),
    # PART of the NOUN, or SHARE: the noun's count stated in the sentence before
    "part_of_named_or_share": (
        "Inspectors received {base} complaints{T}{A}. They upheld {part} of the complaints{N}, or {share}{X}.",
        dict(part="630", base="1,400", share="36%"), dict(part="630", base="1,400", share="45%"),
        "share", "FC201", dict(N="", N2="", R="", X=", the report said")),
    # BASE NOUN. Of those, PART VERB ..., SHARE of the total
    "of_those_share_of_total": (
        "The food bank handed out {base} parcels{T}{A}. Of those{R}, {part} went to pensioners{N}, about {share} of "
        "the total{X}.",
        dict(part="2,950", base="7,400", share="30%"), dict(part="2,220", base="7,400", share="30%"),
        "share", "FC201", dict(R=" parcels", N=" living alone", N2=" aged over 80", X=", up from a fifth")),
    # PART of the X's BASE NOUN ..., SHARE of the side's total
    "part_of_base_share_of_own_total": (
        "The striker scored {part} of the club's {base} league goals{T}{N}, {share} of the side's total{A}{X}.",
        dict(part="9", base="52", share="over a quarter"), dict(part="14", base="52", share="over a quarter"),
        "share", "FC201", dict(T=" this season", N=" in 2024", N2=" over the 38 games", X=", a club record")),
    # The BASE budget VERB PART for NOUN, or SHARE
    "subject_whole_for_or_share": (
        "The council's {base} budget sets aside {part} for libraries, or {share}{A}{X}.",
        dict(part="£20m", base="£80m", share="35%"), dict(part="£28m", base="£80m", share="35%"),
        "share", "FC201", dict(A=", the leader said", X=", up from a fifth")),
    # will spend PART on NOUN [period], or SHARE of its BASE NOUN
    "part_on_what_or_share_of_base": (
        "The council will spend {part} on libraries{T}{N}, or {share} of its {base} budget{A}{X}.",
        dict(part="£20m", base="£80m", share="35%"), dict(part="£28m", base="£80m", share="35%"),
        "share", "FC201", dict(T=" next year", T2=" in 2025", N=" in the 12 months to April", R="")),
}
# BASE NOUN ... and VERB PART of them, or SHARE (one sentence); the same with the whole in the sentence before
SHAPES["base_part_of_them_or_share"] = (
    "Engineers inspected {base} bridges{T}{A} and found {part} of them unsafe{N}, or {share}{X}.",
    dict(part="1,150", base="4,600", share="about 35%"), dict(part="1,150", base="4,600", share="about 25%"),
    "share", "FC201", dict(A=", officials said,", R="", N=" after the floods of 2021"))
SHAPES["base_prev_part_of_them_or_share"] = (
    "Engineers inspected {base} bridges{T}{A}. They found {part} of them unsafe{N}, or {share}{X}.",
    dict(part="1,150", base="4,600", share="about 35%"), dict(part="1,150", base="4,600", share="about 25%"),
    "share", "FC201", dict(R="", N=" after the floods of 2021"))
# SHARE NOUN [in PLACE] - PART of its BASE NOUN2 - (the whole named by another word for the same people)
SHAPES["share_noun_dash_part_of_base"] = (
    "One in five workers at the plant{T} - {part} of its {base} staff{R} - lost their jobs{N}{A}{X}.",
    dict(part="450", base="1,500", share="One in five"), dict(part="300", base="1,500", share="One in five"),
    "share", "FC201", dict(T=" in Derby", T2=" last year", R="", N=" in the three rounds of cuts",
                           N2=" in 2024", A=", the union said"))
# Of the BASE NOUN VERBed [in the two depots], PART VERBed - a yes vote of SHARE
SHAPES["of_base_part_yes_vote"] = (
    "Of the {base} bus drivers balloted{T}{R}, {part} voted to strike{N} - a yes vote of {share}{A}{X}.",
    dict(part="830", base="1,250", share="72%"), dict(part="900", base="1,250", share="72%"), "share", "FC201",
    dict(R=" in the two depots", T=" last month", N=" in 2025", X=", the highest since 2019"))
# shares of one whole (FC202): the figures are the three shares, the flag twin's last share too large
SPLIT_SHAPES = {
    "vote_gapped": (
        "Ms Ray won 54% of the vote{T}{N}, Mr Lee took 38%{R} and Ms Cole {share}{A}{X}.",
        dict(share="15%"), dict(share="6%"), "share", "FC202",
        dict(T=" in the by-election", T2=" in the 2024 election", N=" in the city's 14 wards", R="",
             X=", with turnout at 41%")),
    "answers_undecided": (
        "In the poll{R}{T}, 51% backed the plan{N}, 40% were opposed and {share} were undecided{A}{X}.",
        dict(share="19%"), dict(share="9%"), "share", "FC202",
        dict(R=" of 1,200 adults", N=" to close the library", X=", a shift from 2023")),
    "further_part": (
        "Of the 870 claims{R}{T}, 64% were paid{N}, 25% were refused and a further {share} are pending{A}{X}.",
        dict(share="21%"), dict(share="11%"), "share", "FC202",
        dict(R=" lodged with the insurer", N=" within six weeks", X=", most of them for flood damage")),
}
for _name, (_t, _f, _c, _k, _r, _o) in SPLIT_SHAPES.items():
    SHAPES["split_" + _name] = (_t, _f, _c, _k, _r, _o)
# SHARE of the market, then the counts set apart by a colon, a dash or brackets
for _name, _open, _close in (("colon", ":", ""), ("dash", " -", " -"), ("bracket", " (", ")")):
    SHAPES["share_of_market_" + _name] = (
        "Hybrid vans held a tenth of the market{T}" + _open + " {part} of the {base} vans sold{N}" + _close
        + " were hybrids{A}{X}.",
        dict(part="4,100", base="22,000", share="a tenth"), dict(part="2,200", base="22,000", share="a tenth"),
        "share", "FC201", dict(N=" in the UK", N2=" in 2024", R="", T2=" in September"))


def _render(template: str, figures: dict, slots: dict, pert: str) -> str:
    fill = {k: "" for k in ("A", "T", "R", "N", "X", "M")}
    if pert != "bare":
        fill[pert[0]] = slots.get(pert, DEFAULT_SLOTS[pert])
    return template.format(**figures, **fill)


CELLS = [(name, pert) for name in SHAPES for pert in PERTURBATIONS]


@pytest.mark.parametrize("name,pert", CELLS)
def test_flag_twin_flags(name, pert):
    template, flag, _clean, key, rule, own = SHAPES[name]
    slots = {**DEFAULT_SLOTS, **own}
    text = _render(template, flag, slots, pert)
    assert_flagged(text, flag[key], rule)


@pytest.mark.parametrize("name,pert", CELLS)
def test_clean_twin_stays_clean(name, pert):
    template, _flag, clean, _key, _rule, own = SHAPES[name]
    slots = {**DEFAULT_SLOTS, **own}
    assert_clean(_render(template, clean, slots, pert))


# near misses of real copy: each must stay clean
NEAR_MISSES = [
    # a figure the text gives as a share of another whole is no "total" (art51 clean article, own wording)
    "Revenue grew to £151m in the year. Toys brought in £41.5m, more than a quarter of the group's revenue. "
    "Online sales, which the firm relaunched in 2021, reached £30.2m, or 20% of the total.",
    # a share of the part, not of the whole
    "Of the 480 drivers stopped, 160 failed the test - about a third, most of them young men.",
    # "Of those vaccinated": a sub-group the sentence before does not name
    "The clinic treated 1,500 patients. Of those vaccinated, 300 needed surgery - about a third.",
    # "Of those patients": an earlier count of patients agrees
    "The trust treated 9,800 patients last year. This year it expects 12,000 patients. Of those patients, 7,085 "
    "were seen within four hours - 72%.",
    # a share of the vote or of jobs is not a share of the counts after the colon
    "Labour candidates took a third of the vote: 61 of the 120 candidates won seats.",
    "Women took a third of the top jobs: 61 of the 120 women surveyed were appointed.",
    # a whole counted in another place than the market's
    "Electric cars took a fifth of the market in London: 4,500 of the 48,000 new cars registered in Kent ran on "
    "batteries.",
    # a turnout is no share of the vote's split
    "Ms Ray won 54% of the vote, Mr Lee took 38% and Ms Cole 6%, with turnout at 41%.",
    # "since 2019" is the change's own span: not linked to one year's levels
    "Puzzle sales rose 14.5% since 2019. Revenue climbed to £211.3m from £148.6m.",
    # a score against par and a span count are no figures of the share
    "Just 48 of the 140 starters finished at 3-under or better over the four rounds, about a third of the field.",
]


@pytest.mark.parametrize("text", NEAR_MISSES)
def test_near_misses_stay_clean(text):
    assert_clean(text)


# a record "since" is no span of the change: the change is still read against its levels
def test_record_since_is_no_span():
    text = ("Puzzlebox said sales rose 14.5% in its latest year, for the first time since the pandemic. "
            "Revenue climbed to £211.3m from £148.6m.")
    assert_flagged(text, "14.5%", "FC206")
    assert_clean(text.replace("£148.6m", "£184.6m"))
