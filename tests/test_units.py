"""Units family: unit words, exact conversions, Conversion relations, FC601."""
from __future__ import annotations

import math
import subprocess
import sys
from fractions import Fraction
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from checker import units as U
from checker.api import analyse, check_text
from checker.model import Severity
from checker.relate.units import Conversion, find_conversions, rounding_half_width
from checker.rules.units import FC601

ROOT = Path(__file__).resolve().parent.parent


def fc601(text: str):
    return [f for f in check_text(text) if f.rule == "FC601"]


def problems(text: str):
    return [f for f in check_text(text) if f.is_problem]


def covers(text: str, finding, target: str) -> bool:
    start = text.index(target)
    end = start + len(target)
    spans = [(finding.start, finding.end)] + [(r.start, r.end) for r in finding.related]
    return any(s < end and start < e for s, e in spans)


# ------------------------------------------------------------ unit words

@pytest.mark.parametrize("written, names", [
    ("km", ("kilometer",)),
    ("Kilometres", ("kilometer",)),
    ("km / h", ("kilometer/hour",)),
    ("mph", ("mile/hour",)),
    ("miles per hour", ("mile/hour",)),
    ("kilometres per hour", ("kilometer/hour",)),
    ("miles per day", ()),
    ("sq km", ("kilometer",)),
    ("square miles", ("mile",)),
    ("cubic metres", ("meter",)),
    ("degrees C", ("degC",)),
    ("° F", ("degF",)),
    ("Celsius", ("degC",)),
    ("degrees", ("degC", "degF")),
    ("tons", ("metric_ton", "short_ton", "long_ton")),
    ("gallons", ("gallon", "imperial_gallon")),
    ("MWh", ("megawatt_hour",)),
    ("in", ("inch",)),
])
def test_resolve_unit_words(written, names):
    assert tuple(u.name for u in U.resolve(written)) == names


def test_resolve_powers_and_unknowns():
    assert U.resolve("sq km")[0].power == 2
    assert U.resolve("cubic metres")[0].power == 3
    assert U.resolve("widgets") == ()
    assert U.resolve("") == ()
    assert U.resolve("square C") == ()  # no squared temperatures


def test_conversions_are_exact_linear_maps():
    c, f = U.resolve("C")[0], U.resolve("F")[0]
    assert U.conversion(c, f) == U.Linear(Fraction(9, 5), Fraction(32))
    assert U.conversion(c, f, delta=True) == U.Linear(Fraction(9, 5))
    mile, km = U.resolve("miles")[0], U.resolve("km")[0]
    assert U.conversion(mile, km).a == Fraction(1609344, 1000000)
    sq_mile, sq_km = U.resolve("square miles")[0], U.resolve("sq km")[0]
    assert abs(float(U.conversion(sq_mile, sq_km).a) - 2.589988) < 1e-6
    assert U.conversion(U.resolve("MW")[0], U.resolve("MWh")[0]) is None
    assert U.conversion(km, U.resolve("kg")[0]) is None


def test_registry_is_created_only_when_needed():
    code = ("import checker.units as U; from checker.api import check_text; "
            "check_text('The council hired 40 staff and spent £3m on 12 buses.'); "
            "print(U._UREG is None); "
            "check_text('The path climbs 300ft (91m) to the ridge.'); print(U._UREG is None)")
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True)
    assert out.stdout.split() == ["True", "False"]


def test_formatting():
    assert U.format_measure(Fraction(1058, 10), "F") == "105.8F"
    assert U.format_measure(Fraction(48280, 10000), "km") == "4.828km"
    assert U.format_measure(Fraction(1011700, 1000), "hectares") == "1,012 hectares"
    assert U.format_measure(Fraction(5), "mile") == "5 miles"
    assert U.format_measure(Fraction(129), "km / h") == "129km/h"


def test_round_figures_read_within_five_percent():
    assert rounding_half_width(Fraction(1000), Fraction(1000)) == 50
    assert rounding_half_width(Fraction(30), Fraction(10)) == Fraction(3, 2)
    assert rounding_half_width(Fraction(7400), Fraction(100)) == 50
    assert rounding_half_width(Fraction(41), Fraction(1)) == Fraction(1, 2)
    assert rounding_half_width(Fraction(72, 10), Fraction(1, 10)) == Fraction(1, 20)


# ------------------------------------------------------------ relations

def relations(text):
    return list(find_conversions(analyse(text)))


def test_bracket_is_an_explicit_conversion():
    [rel] = relations("The ridge is 1,200ft (366m) high.")
    assert isinstance(rel, Conversion) and rel.link == "explicit"
    assert rel.source.text == "1,200ft" and rel.target.text == "366m"


def test_or_and_equivalent_are_inferred():
    [rel] = relations("The lorry carried 9 tonnes, or 19,800lb, of grain.")
    assert rel.link == "inferred"
    [rel] = relations("The tank holds 500 litres, the equivalent of 132 gallons, of fuel.")
    assert rel.link == "inferred"


@pytest.mark.parametrize("text", [
    "A 40MW (80MWh) battery opens next year.",  # power beside energy: two quantities
    "Bidders offered 12 million cedis ($1.1 million) for the mine.",  # currency: not pint's
    "The 5km (the short course) starts at nine.",
    "Runners can choose 5km or 10 miles.",  # alternatives, no restatement
    "She ran 5km (3km of it uphill) before lunch.",
    "The shelf holds 20kg (and the hooks 5kg) at most.",
    "Teams walked 8km (10km on Sunday) each day.",
    "It won 3-1 (2-0 at half-time).",
])
def test_not_conversions(text):
    assert relations(text) == []


# ------------------------------------------------------------ FC601 long tail

FLAGGED = [
    ("Crowds sweltered in 39C (93F) heat at the festival.", "93F"),
    ("The town recorded minus 8C (8F) overnight.", "8F"),
    ("Rescuers reached the climbers at 6,100m (15,000ft) on the north face.", "15,000ft"),
    ("The yacht was becalmed 200 nautical miles out, having covered 90 miles (95km) that day.", "95km"),
    ("The lake is 14 square miles (22 sq km) in area.", "22 sq km"),
    ("Winds of 55mph (120km/h) brought down power lines.", "120km/h"),
    ("The newborn weighed 3.6kg (10lb) at birth.", "10lb"),
    ("Up to 15cm (9in) of snow fell on the hills.", "9in"),
    ("The plane was 1,300 pounds (900kg) over its limit.", "900kg"),
    ("Daytime highs of 18-22C (54-72F) are forecast.", "54-72F"),
    ("The forest covers 4,200 hectares, or 5,300 acres, of the valley.", "5,300 acres"),
    ("At 6ft 5in (1.75m) he towered over the others.", "1.75m"),
    ("The trench was 12 metres (55ft) deep.", "55ft"),
    ("He is 6 feet 1 inch (1.55 metres) tall.", "1.55 metres"),
    ("The gale reached 70 miles per hour (93 km/h) at the coast.", "93 km/h"),
    ("Readings of 100F (45C) were logged inland.", "45C"),
]


@pytest.mark.parametrize("text, target", FLAGGED)
def test_fc601_flags(text, target):
    found = [f for f in fc601(text) if f.is_problem]
    assert found, text
    assert covers(text, found[0], target)


def test_bracket_is_error_and_or_is_warning():
    [f] = fc601("The canal is 6 miles (14km) long.")
    assert f.severity == Severity.ERROR
    [f] = fc601("The canal is 6 miles, or 14km, long.")
    assert f.severity == Severity.WARNING


def test_message_and_arithmetic():
    text = "Highs reached 37C (90F) on Sunday."
    [f] = fc601(text)
    assert f.message == "37C is 98.6F, not 90F (90F would be 32.22C)."
    assert "37 × 1.8 + 32 = 98.6F" in f.arithmetic
    assert "36.5 to 37.5C" not in f.tolerance and "97.7 to 99.5F" in f.tolerance
    assert text[f.start:f.end] == "90F"
    assert [r.text for r in f.related] == ["37C"]


CLEAN = [
    "Crowds sweltered in 39C (102F) heat at the festival.",
    "The town recorded minus 8C (18F) overnight.",
    "Temperatures were 6C (11F) above the seasonal average.",
    "Sea levels could rise 0.5C (0.9F) warming later.",
    "Rescuers reached the climbers at 6,100m (20,000ft) on the north face.",
    "The lake is 14 square miles (36 sq km) in area.",
    "Winds of 55mph (89km/h) brought down power lines.",
    "Winds of 60mph (100km/h) were forecast.",
    "Up to 15cm (6in) of snow fell on the hills.",
    "The plane was 1,300 pounds (590kg) over its limit.",
    "Daytime highs of 18-22C (64-72F) are forecast.",
    "The forest covers 4,200 hectares, or 10,400 acres, of the valley.",
    "At 6ft 5in (1.96m) he towered over the others.",
    "The trench was 12 metres (39ft) deep.",
    "He is 6 feet 1 inch (1.85 metres) tall.",
    "The gale reached 70 miles per hour (113 km/h) at the coast.",
    "The freighter carried 40,000 tonnes (44,000 tons) of grain.",
    "The tanker leaked 3,000 gallons (11,400 litres) of diesel.",
    "The tanker leaked 3,000 gallons (13,600 litres) of diesel.",
    "Forecasters expect about 30 degrees (86F) on Friday.",
    "The ship made 18 knots (33km/h) in calm water.",
    "The dam holds 20 million cubic metres (706 million cubic feet) of water." ,
    "She stands 1.68m (5ft 6in) tall.",
    "Rain totalled 60mm (2.4in) in six hours.",
    "The marathon covers 26.2 miles (42.2km) of city streets.",
    "The route is about 20 miles (30km) long.",
]


@pytest.mark.parametrize("text", CLEAN)
def test_fc601_clean(text):
    found = fc601(text)
    assert found and all(f.severity == Severity.INFO for f in found), text


@pytest.mark.parametrize("text", [
    "The newborn weighed 3.6kg (7lb 15oz) at birth.",  # pounds and ounces: not read
    "Screens of 42in and 50in (the larger size) sold out.",
])
def test_unread_forms_stay_silent(text):
    assert [f for f in fc601(text) if f.is_problem] == []


def test_consistent_conversion_is_reported_as_info():
    [f] = fc601("The spire rises 404ft (123m) above the square.")
    assert f.severity == Severity.INFO
    assert f.message == "404ft = 123.1m, consistent with '123m'."


def test_temperature_difference_is_read_as_difference():
    [f] = fc601("The night was 10C (18F) colder than forecast.")
    assert f.severity == Severity.INFO and "as a difference" in f.message


# ------------------------------------------------------------ property tests

PAIRS = [("miles", "km"), ("km", "miles"), ("kg", "lb"), ("lb", "kg"), ("ft", "m"), ("m", "ft"),
         ("acres", "hectares"), ("hectares", "acres"), ("mph", "km/h"), ("km/h", "mph"), ("mm", "inches"),
         ("tonnes", "lb"), ("litres", "gallons"), ("metres", "feet"), ("sq km", "square miles")]
_SPACED = {"acres", "hectares", "inches", "tonnes", "litres", "gallons", "metres", "feet", "miles",
           "sq km", "square miles"}


def _written(value: Fraction, unit: str, sig: int) -> str:
    """``value`` rounded to ``sig`` significant figures, written news-style."""
    v = float(value)
    magnitude = math.floor(math.log10(abs(v)))
    decimals = max(0, sig - 1 - magnitude)
    rounded = round(v, sig - 1 - magnitude)
    text = f"{rounded:,.{decimals}f}"
    return f"{text} {unit}" if unit in _SPACED else f"{text}{unit}"


def _exact(src: str, dst: str, value: Fraction) -> Fraction:
    a = U.resolve(src if src != "km/h" else "km / h")[0]
    b = U.resolve(dst if dst != "km/h" else "km / h")[0]
    return U.conversion(a, b)(value)


_SOURCE = st.builds(lambda mantissa, shift: Fraction(mantissa) * Fraction(10) ** shift,
                    st.integers(12, 999), st.integers(-1, 2)).filter(lambda v: v >= 2)


@settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(pair=st.sampled_from(PAIRS), value=_SOURCE, sig=st.sampled_from([2, 3]),
       src_sig=st.sampled_from([2, 3]))
def test_rounded_conversions_are_never_flagged(pair, value, sig, src_sig):
    src, dst = pair
    source = _written(value, src, src_sig)
    stated = Fraction(source.split(" ")[0].rstrip("abcdefghijklmnopqrstuvwxyz/").replace(",", ""))
    target = _written(_exact(src, dst, stated), dst, sig)
    text = f"Surveyors logged {source} ({target}) at the site."
    assert problems(text) == [], text


@settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(pair=st.sampled_from(PAIRS), value=_SOURCE, sig=st.sampled_from([2, 3]),
       factor=st.sampled_from([Fraction(7, 10), Fraction(13, 10), Fraction(2), Fraction(1, 2)]))
def test_conversions_off_by_thirty_percent_are_flagged(pair, value, sig, factor):
    src, dst = pair
    source = _written(value, src, 3)
    stated = Fraction(source.split(" ")[0].rstrip("abcdefghijklmnopqrstuvwxyz/").replace(",", ""))
    target = _written(_exact(src, dst, stated) * factor, dst, sig)
    text = f"Surveyors logged {source} ({target}) at the site."
    found = [f for f in fc601(text) if f.severity == Severity.ERROR]
    assert found, text
    assert covers(text, found[0], target)


@settings(max_examples=80, deadline=None)
@given(celsius=st.integers(-40, 48), offset=st.sampled_from([-15, -10, -8, 8, 10, 15]))
def test_temperatures(celsius, offset):
    fahrenheit = round(celsius * 9 / 5 + 32)
    clean = f"Forecasters expect {celsius}C ({fahrenheit}F) by noon."
    assert problems(clean) == [], clean
    wrong = f"Forecasters expect {celsius}C ({fahrenheit + offset}F) by noon."
    assert any(f.rule == "FC601" and f.severity == Severity.ERROR for f in check_text(wrong)), wrong
    back = f"Forecasters expect {fahrenheit}F ({celsius}C) by noon."
    assert problems(back) == [], back


def test_rule_class_is_registered():
    from checker.rules import RULES

    assert FC601 in RULES


# ---------------------------------------------------------------- FC602

@pytest.mark.parametrize("text, at", [
    ("Rangers found a 12kg haul of resin in the van. The 12g haul was sent for testing.", "12g"),
    ("Engineers laid a 40cm pipe under the road. The 40mm pipe carries storm water.", "40mm"),
])
def test_unit_slip_across_sentences(text, at):
    found = [(f.rule, text[f.start:f.end], str(f.severity)) for f in check_text(text) if f.rule == "FC602"]
    assert found == [("FC602", at, "warning")]


@pytest.mark.parametrize("text", [
    "Rangers found a 12kg haul of resin in the van. The 12kg haul was sent for testing.",
    "The 40mg dose, not the 40g dose the label claimed, was given.",  # one sentence: the contrast itself
    "A 5km fun run starts at ten. The 5-mile run follows at noon.",  # not a power of ten apart
    "The farm has a 20MW turbine. Its 20MWh battery stores an hour of output.",  # power vs energy
    "Anglers landed a 3kg carp. A 3g hook was found in its mouth.",  # different words after the figure
])
def test_unit_slip_silent(text):
    assert [f for f in check_text(text) if f.rule == "FC602"] == []


# ------------------------------------------------------------ conversions set off by dashes

@pytest.mark.parametrize("text, target", [
    ("The relay team ran 80 miles - roughly 200km - across the moor.", "200km"),
    ("Floodwater rose 6ft—about 3 metres—within an hour.", "3 metres"),
    ("The tanker spilled 40 tonnes – some 20,000lb – of oil.", "20,000lb"),
    ("The pilgrims walked 90km - or 80 miles - over four days.", "80 miles"),
])
def test_dash_conversion_flags(text, target):
    found = [f for f in fc601(text) if f.is_problem]
    assert found, text
    assert found[0].severity == Severity.ERROR
    assert covers(text, found[0], target)


def test_single_dash_before_the_end_is_inferred():
    [rel] = relations("The relay team ran 80 miles - roughly 200km.")
    assert rel.link == "inferred"


@pytest.mark.parametrize("text", [
    "The relay team ran 80 miles - roughly 130km - across the moor.",
    "Floodwater rose 6ft—nearly 1.8 metres—within an hour.",
    "The relay team ran 80 miles - 30km of them uphill - across the moor.",
    "She swam 5km - 2 miles more than planned - on Sunday.",
])
def test_dash_conversion_clean(text):
    assert problems(text) == []


# ------------------------------------------------------------ compound adjectives: "1,200-square-metre", the noun, then the bracket

@pytest.mark.parametrize("text, target", [
    ("The 800-square-metre (3,000 sq ft) gallery opens in May.", "3,000 sq ft"),
    ("A 2,500-square-foot (400 sq m) house went on sale.", "400 sq m"),
    ("The 6,000-square-foot warehouse (about 900 square metres) was gutted.", "900 square metres"),
    ("The 300-acre estate (200 hectares) was sold to a developer.", "200 hectares"),
    ("A 40-metre-long (190ft) whale was spotted off the coast.", "190ft"),
    ("A 5-mile stretch of coast (12km) was closed.", "12km"),
])
def test_compound_measure_conversion_flags(text, target):
    found = [f for f in fc601(text) if f.is_problem]
    assert found, text
    assert found[0].severity == Severity.ERROR
    assert covers(text, found[0], target)


@pytest.mark.parametrize("text", [
    "The 800-square-metre (8,600 sq ft) gallery opens in May.",
    "The 6,000-square-foot warehouse (about 560 square metres) was gutted.",
    "A 40-metre-long (131ft) whale was spotted off the coast.",
    "A 5-mile stretch of coast (8km) was closed.",
    # the bracket restates something else
    "A 5-mile walk to the 10km marker (12 miles in all) was planned.",
    "The 12-tonne lorry (and a 3kg parcel) crashed.",
])
def test_compound_measure_conversion_clean(text):
    assert problems(text) == []


@pytest.mark.parametrize("text, target", [
    ("The new mast will be 240 metres tall - about 1,000ft - when finished.", "about 1,000ft"),
    ("The ray was 2 metres wide (9ft) at the fins.", "9ft"),
    ("The lake is 4 miles long, or about 9km, and 60ft deep.", "about 9km"),
])
def test_dimension_adjective_before_the_conversion(text, target):
    found = [f for f in fc601(text) if f.is_problem]
    assert found, text
    assert covers(text, found[0], target)


@pytest.mark.parametrize("text", [
    "The new mast will be 240 metres tall - about 790ft - when finished.",
    "The ray was 2 metres wide (6.5ft) at the fins.",
    "The wall is 3 metres high - 12 feet lower than planned.",
    "The wall is 3 metres high, 2 metres wide (and 40ft long).",
])
def test_dimension_adjective_clean(text):
    assert problems(text) == []


@pytest.mark.parametrize("text, target", [
    ("Overnight lows hit minus 13F (minus 11C) across the plains.", "11C"),
    ("The probe measured minus 200C (minus 200F) on the surface.", "200F"),
    ("It dropped to negative 40C, or minus 4F, by dawn.", "4F"),
])
def test_written_minus_before_the_bracketed_figure(text, target):
    found = [f for f in fc601(text) if f.is_problem]
    assert found, text
    assert covers(text, found[0], target)


@pytest.mark.parametrize("text", [
    "Overnight lows hit minus 13F (minus 25C) across the plains.",
    "The probe measured minus 200C (minus 328F) on the surface.",
    "Lows of minus 5C (23F) are forecast for Thursday.",
])
def test_written_minus_clean(text):
    assert problems(text) == []


def test_the_small_unit_registry_converts_exactly_as_pints_default():
    """grammars/units.txt holds only the units figcheck reads; every
    conversion between them must agree with pint's full default registry."""
    import pint

    full = pint.UnitRegistry()
    full.define("billion_cubic_meter = 1e9 * meter ** 3")  # our own name for "bcm", which pint does not define
    small = U.ureg()
    names = sorted({n for readings in U.UNIT_WORDS.values() for n in readings})

    def unit(reg, name, power):
        if "/" in name:
            num, den = name.split("/")
            return (getattr(reg, num) / getattr(reg, den)) ** power
        return getattr(reg, name) ** power

    checked = 0
    for a in names:
        for b in names:
            for power in (1, 2, 3):
                fa, fb, sa, sb = unit(full, a, power), unit(full, b, power), unit(small, a, power), unit(small, b, power)
                assert (fa.dimensionality == fb.dimensionality) == (sa.dimensionality == sb.dimensionality), (a, b)
                if fa.dimensionality != fb.dimensionality or (power > 1 and {a, b} & {"degC", "degF"}):
                    continue
                for v in (0, 1):
                    expected = U._exact(full.Quantity(v, fa).to(fb).magnitude)
                    assert U._exact(small.Quantity(v, sa).to(sb).magnitude) == expected, (a, b, power, v)
                    checked += 1
    assert checked > 500
