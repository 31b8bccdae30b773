"""Rules: units -- a converted figure must match the figure it converts
(FC601), a figure restated for the same thing keeps its unit (FC602), and an average speed is the distance
over the time (FC603, round 21).

Not done: slips between related dimensions (MW written for MWh).  The
text rarely shows them precisely enough -- "a 50MW (100MWh) battery" is a
correct pair of power and capacity, and a one-hour battery is "50MW/50MWh"
-- so no rule guesses at them; the finders drop such pairs.
"""
from __future__ import annotations

from dataclasses import dataclass
from fractions import Fraction
from typing import Iterable

from .. import hedges
from .. import units as U
from ..interval import Interval, format_number
from ..model import Document, Finding, Severity
from ..relate.units import (
    FUEL_FACTORS, Conversion, FuelConversion, RateConversion, ScaleConversion, UnitSlip, digit_precision, ends, money_scale,
    rounding_half_width,
)
from ..relate.rates import PERIOD_AFTER, SpeedDistanceTime, stated_half_width
from .base import Example, Rule
from .format import amount, quoted

CONVERTER_SLACK = Fraction(15, 1000)  # converters round twice: 1.5% of the converted figure
TEMPERATURE_SLACK = Fraction(1)  # ... or one degree of a temperature
SOURCE_CAP = Fraction(10, 100)  # a one-digit source ("3 miles") is read within 10%
APPROX_SLACK = Fraction(5, 100)  # "about" on either figure allows 5% (two degrees) more
SPEED_PLAUSIBLE = (Fraction(1, 2), Fraction(2))  # a speed worked out beyond this ratio of the stated is a misreading


@dataclass(frozen=True)
class Reading:
    """One way of reading a conversion: units, and the check of each end."""

    src: U.PhysUnit
    dst: U.PhysUnit
    delta: bool
    ok: bool
    gap: Fraction  # relative distance of the worst end; 0 when consistent
    source_value: Fraction
    converted: Fraction
    converted_range: Interval
    target_value: Fraction
    target_range: Interval
    slack: Fraction


def readings(rel: Conversion, doc: Document) -> list[Reading]:
    """Every reading of the relation's units, consistent ones first."""
    src_ends, dst_ends = ends(doc, rel.source), ends(doc, rel.target)
    approx = hedges.family(rel.source.hedge) == hedges.APPROX or hedges.family(rel.target.hedge) == hedges.APPROX
    out: list[Reading] = []
    for su in U.resolve(rel.source_unit):
        for tu in U.resolve(rel.target_unit):
            temperature = su.is_temperature and tu.is_temperature
            for delta in ((False, True) if temperature else (False,)):
                lin = U.conversion(su, tu, delta)
                if lin is None:
                    continue
                worst = None
                for (sv, sp), (tv, tp) in zip(src_ends, dst_ends):
                    half = rounding_half_width(sv, sp)
                    if not temperature:
                        half = min(half, abs(sv) * SOURCE_CAP)
                    conv = Interval(lin(sv - half), lin(sv + half))
                    target = Interval.around(tv, rounding_half_width(tv, tp))
                    if temperature:
                        slack = TEMPERATURE_SLACK + (2 if approx else 0)
                    else:
                        loose = approx and _coarse(tv, tp)
                        slack = abs(tv) * (CONVERTER_SLACK + (APPROX_SLACK if loose else 0))
                    ok = conv.widen(slack).intersects(target)
                    gap = Fraction(0)
                    if not ok:
                        distance = max(target.lo - conv.hi, conv.lo - target.hi)
                        gap = distance / max(abs(tv), abs(lin(sv)), Fraction(1))
                    reading = Reading(su, tu, delta, ok, gap, sv, lin(sv), conv, tv, target, slack)
                    if worst is None or (not reading.ok and (worst.ok or reading.gap > worst.gap)):
                        worst = reading
                if worst is not None:
                    out.append(worst)
    out.sort(key=lambda r: (not r.ok, r.delta, r.gap))
    return out


class FC601(Rule):
    """A figure converted into another unit does not match the figure it converts.

    What it checks:
        A measure followed by the same measure in another unit -- "41C
        (106F)", "a 3-mile (4.8km) stretch", "2,500 acres (1,000 hectares)",
        "80mph, or 129km/h" -- is converted with pint.  The first figure is
        read at its stated precision (41C is 40.5C to 41.5C), converted, and
        compared with the second at its own precision; converters round
        twice, so 1.5% (one degree for temperatures) more is allowed, and 5%
        more when either figure is hedged with "about".  Temperature
        differences ("5C (9F) warmer") count when they convert as a
        difference; ambiguous units ("tons", "gallons", "ounces") count when
        any of their meanings fits.  A price per unit restated per another
        unit ("$4.10 a gallon, or about $1.08 a litre") is converted the
        same way, inversely to its unit; a measure of a substance ("40kg of
        cannabis (about 88lb)") and a measure restated at the head of the
        next sentence ("At about 915 sq ft, it is ...") count too; fuel
        economy in mpg against litres per 100km is checked as the inverse
        it is (282.481/mpg for the imperial gallon, 235.215 for the US).
    Why it matters:
        A wrong conversion is a second, contradictory figure for the same
        fact: readers who think in the other unit get the wrong number.
    Example:
        Temperatures reached 38C (110F) in the city.  -- 38C is 100.4F.
    Use instead:
        Temperatures reached 38C (100F) in the city.
    """

    code = "FC601"
    name = "conversion-mismatch"
    severity = Severity.ERROR
    relations = (Conversion, RateConversion, FuelConversion, ScaleConversion)
    fail = (
        Example("Thermometers in the square showed 37C (110F) by mid-afternoon.", "110F"),
        Example("Volunteers cleared a 4-mile (12km) stretch of the canal towpath.", "12km"),
        Example("The estate covers 1,800 hectares (2,900 acres) of moorland and forest.", "2,900 acres"),
        Example("Customs seized 60kg (90lb) of tobacco at the port.", "90lb"),
        Example("Diesel reached $4.80 a gallon, or about 90 cents a litre, across the state.", "90 cents"),
    )
    ok = (
        Example("Thermometers in the square showed 37C (99F) by mid-afternoon."),
        Example("Volunteers cleared a 4-mile (6.4km) stretch of the canal towpath."),
        Example("The estate covers about 1,800 hectares (4,400 acres) of moorland and forest."),
        Example("Nights were 4C (7F) colder than usual across the region."),
        Example("Customs seized 60kg (132lb) of tobacco and 3 tons (2,700kg) of sugar."),
        Example("Diesel reached $4.80 a gallon, or about $1.27 a litre, across the state."),
    )

    def check(self, relation: Conversion, doc: Document) -> Iterable[Finding]:
        if isinstance(relation, RateConversion):
            yield from _check_rate(self, relation)
            return
        if isinstance(relation, FuelConversion):
            yield from _check_fuel(self, relation)
            return
        if isinstance(relation, ScaleConversion):
            yield from _check_scale(self, relation)
            return
        found = readings(relation, doc)
        if not found:
            return
        best = found[0]
        src, dst = relation.source, relation.target
        su, tu = relation.source_unit, relation.target_unit
        stated = (su == "in" and _feet_inches(best.source_value, src)) or U.format_measure(best.source_value, su)
        shown = U.format_measure(best.converted, tu)
        arithmetic = _arithmetic(best, tu)
        tolerance = _tolerance(best, relation)
        if best.ok:
            kind = " (as a difference)" if best.delta else ""
            yield self.finding(
                Severity.INFO, dst, f"{stated}{kind} = {shown}, consistent with '{dst.text}'.",
                arithmetic=arithmetic, tolerance=tolerance, related=(src,),
            )
            return
        target = U.format_measure(best.target_value, tu)
        back = U.conversion(best.dst, best.src, best.delta)
        back_text = f" ({target} would be {U.format_measure(back(best.target_value), su)})" if back else ""
        yield self.finding(
            self.contradiction_severity(relation), dst,
            f"{stated} is {shown}, not {target}{back_text}.",
            arithmetic=arithmetic, tolerance=tolerance, related=(src,),
        )


def _check_scale(rule: Rule, rel: ScaleConversion) -> Iterable[Finding]:
    """Money restated in another scale word of the same currency: consistent, or a power of ten off."""
    src, dst = rel.source, rel.target
    shown = amount(src.value, dst)
    if rel.factor == 1:
        yield rule.finding(Severity.INFO, dst, f"{quoted(src)} = {shown}, consistent with {quoted(dst)}.",
                           arithmetic=f"{src.text} = {shown}", tolerance="each figure at its own rounding",
                           related=(src,))
        return
    yield rule.finding(
        rule.contradiction_severity(rel), dst,
        f"{quoted(src)} is {shown}, not {quoted(dst)}: the scale word is a power of ten off.",
        arithmetic=f"{src.text} = {shown}; {dst.text} is {format_number(rel.factor)} times smaller" if rel.factor > 1
        else f"{src.text} = {shown}; {dst.text} is {format_number(1 / rel.factor)} times larger",
        tolerance="each figure at its own rounding", related=(src,))


def _coarse(value: Fraction, precision: Fraction | None) -> bool:
    """A converted figure of two significant digits or fewer ("about 40 miles (64km)"): "about" lets it be
    rounded loosely; one stated finer ("about 6ft 4in (1.93m)", three digits) was worked out, not guessed."""
    p = precision if precision is not None else digit_precision(value)
    return p > 0 and abs(value) / p < 100


def _check_rate(rule: Rule, rel: RateConversion) -> Iterable[Finding]:
    """A price per one unit against the price per another: the source price times the source units in
    one target unit, in the target's money, within the source's rounding and the converter's slack."""
    src, dst = rel.source, rel.target
    scale = money_scale(src, dst)
    approx = hedges.family(src.hedge) == hedges.APPROX or hedges.family(dst.hedge) == hedges.APPROX
    best = None
    for su in _priced_units(rel.source_unit, src, dst):
        for tu in _priced_units(rel.target_unit, src, dst):
            lin = U.conversion(tu, su)  # one target unit in source units
            if lin is None or lin.b:
                continue
            half = min(rounding_half_width(src.value, src.precision), src.value * SOURCE_CAP)
            conv = Interval(lin.a * (src.value - half) / scale, lin.a * (src.value + half) / scale)
            target = Interval.around(dst.value, rounding_half_width(dst.value, dst.precision))
            slack = dst.value * (CONVERTER_SLACK + (APPROX_SLACK if approx else 0))
            ok = conv.widen(slack).intersects(target)
            reading = (ok, su, tu, lin.a, conv, target, slack)
            if best is None or ok and not best[0]:
                best = reading
    if best is None:
        return
    ok, su, tu, factor, conv, target, slack = best
    converted = factor * src.value / scale
    money = _money_text(converted, dst.unit or "")
    per = f"{U.format_sig(src.value, 7)} × {U.format_sig(factor, 7)} ({_unit_name(su)}s in a {_unit_name(tu)})"
    if scale != 1:
        per += f" ÷ {U.format_sig(scale, 7)}"
    arithmetic = f"{per} = {_money_text(converted, dst.unit or '', 5)} per {rel.target_unit}"
    tolerance = (f"'{src.text}' at its stated precision gives {U.format_sig(conv.lo)} to {U.format_sig(conv.hi)}; "
                 f"'{dst.text}' stands for {U.format_sig(target.lo)} to {U.format_sig(target.hi)}; converters round "
                 f"twice, so {U.format_sig(slack)} more is allowed")
    if ok:
        yield rule.finding(Severity.INFO, dst, f"{src.text} per {rel.source_unit} is {money} per "
                           f"{rel.target_unit}, consistent with '{dst.text}'.", arithmetic=arithmetic,
                           tolerance=tolerance, related=(src,))
        return
    yield rule.finding(rule.contradiction_severity(rel), dst,
                       f"{src.text} per {rel.source_unit} is {money} per {rel.target_unit}, not "
                       f"{_money_text(dst.value, dst.unit or '')} ('{dst.text}').",
                       arithmetic=arithmetic, tolerance=tolerance, related=(src,))


def _check_fuel(rule: Rule, rel: FuelConversion) -> Iterable[Finding]:
    """mpg and l/100km are inverse: l/100km = k / mpg (k = 282.481 for the imperial gallon, 235.215 for
    the US one); either gallon may be meant, so either reading agreeing is enough."""
    src, dst = rel.source, rel.target
    approx = hedges.family(src.hedge) == hedges.APPROX or hedges.family(dst.hedge) == hedges.APPROX
    half = min(rounding_half_width(src.value, src.precision), src.value * SOURCE_CAP)
    target = Interval.around(dst.value, rounding_half_width(dst.value, dst.precision))
    slack = dst.value * (CONVERTER_SLACK + (APPROX_SLACK if approx else 0))
    readings = []
    for gallon, k in FUEL_FACTORS.items():
        conv = Interval(k / (src.value + half), k / (src.value - half))
        readings.append((conv.widen(slack).intersects(target), gallon, k, conv))
    ok = any(r[0] for r in readings)
    best = next((r for r in readings if r[0]), readings[0])
    _, gallon, k, conv = best
    unit = "l/100km" if rel.source_mpg else "mpg"
    stated = f"{U.format_sig(src.value)}mpg" if rel.source_mpg else f"{U.format_sig(src.value)} l/100km"
    shown = U.format_sig(k / src.value)
    arithmetic = "; ".join(f"{U.format_sig(kk, 6)} / {U.format_sig(src.value, 7)} = {U.format_sig(kk / src.value)} {unit} "
                           f"({g} gallon)" for _, g, kk, _ in readings)
    tolerance = (f"'{src.text}' at its stated precision gives {U.format_sig(conv.lo)} to {U.format_sig(conv.hi)} "
                 f"{unit}; '{dst.text}' stands for {U.format_sig(target.lo)} to {U.format_sig(target.hi)}; "
                 f"converters round twice, so {U.format_sig(slack)} more is allowed")
    if ok:
        yield rule.finding(Severity.INFO, dst, f"{stated} is {shown} {unit} ({gallon} gallon), consistent with "
                           f"'{dst.text}'.", arithmetic=arithmetic, tolerance=tolerance, related=(src,))
        return
    others = " or ".join(f"{U.format_sig(kk / src.value)} ({g} gallon)" for _, g, kk, _ in readings)
    yield rule.finding(rule.contradiction_severity(rel), dst,
                       f"{stated} is {others} {unit}, not {U.format_sig(dst.value)}.",
                       arithmetic=arithmetic, tolerance=tolerance, related=(src,))


def _priced_units(unit: str, src, dst) -> tuple:
    """The readings of a priced unit; a gallon priced in pounds or pence is the imperial gallon (British
    prices are per imperial gallon: "152.9p a litre, or £6.95 a gallon")."""
    found = U.resolve(unit)
    if any((m.unit or "").startswith("GBP") for m in (src, dst)):
        imperial = tuple(u for u in found if u.name.startswith("imperial_"))
        return imperial or found
    return found


_SYMBOLS = {"USD": "$", "GBP": "£", "EUR": "€"}
_SUFFIXES = {"USD-cent": " cents", "GBP-penny": "p"}


def _money_text(value: Fraction, unit: str, sig: int = 4) -> str:
    """"$1.083", "108.3 cents", "575.4p": a sum in the money the text wrote."""
    number = U.format_sig(value, sig)
    if unit in _SYMBOLS:
        return _SYMBOLS[unit] + number
    return number + _SUFFIXES.get(unit, " " + unit)


def _feet_inches(inches: Fraction, m) -> str | None:
    """"5ft 10in" for a height the text wrote in feet and inches."""
    if not any(w in m.text.lower() for w in ("ft", "feet", "foot")) or inches < 12:
        return None
    feet, rest = divmod(inches, 12)
    return f"{feet}ft {U.format_sig(rest)}in"


def _unit_name(u: U.PhysUnit) -> str:
    return u.name if u.power == 1 else f"{u.name}^{u.power}"


def _arithmetic(r: Reading, target_unit: str) -> str:
    """"degC -> degF: 41 × 1.8 + 32 = 105.8F"."""
    lin = U.conversion(r.src, r.dst, r.delta)
    expr = f"{U.format_sig(r.source_value, 7)} × {U.format_sig(lin.a, 7)}"
    if lin.b:
        expr += f" {'+' if lin.b > 0 else '-'} {U.format_sig(abs(lin.b), 7)}"
    what = " (as a difference)" if r.delta else ""
    return (f"{_unit_name(r.src)} -> {_unit_name(r.dst)}{what}: {expr} = "
            f"{U.format_measure(r.converted, target_unit, 5)}")


def _range(iv: Interval, unit: str) -> str:
    if max(abs(iv.lo), abs(iv.hi)) >= 10**6:
        return f"{U.format_measure(iv.lo, unit)} to {U.format_measure(iv.hi, unit)}"
    return f"{U.format_sig(iv.lo)} to {U.format_measure(iv.hi, unit)}"


def _tolerance(r: Reading, rel: Conversion) -> str:
    if r.dst.is_temperature:
        slack = f"{U.format_sig(r.slack)} degree{'s' if r.slack != 1 else ''}"
    else:
        slack = U.format_measure(r.slack, rel.target_unit)
    return (f"'{rel.source.text}' at its stated precision converts to {_range(r.converted_range, rel.target_unit)}; "
            f"'{rel.target.text}' stands for {_range(r.target_range, rel.target_unit)}; "
            f"converters round twice, so {slack} more is allowed")


class FC602(Rule):
    """The same figure for the same thing is written with units a power of ten apart.

    What it checks:
        A measure stated twice for the same noun with the same value, in
        different sentences, whose units differ only in scale -- "the 500mg
        dose" and "the 500g dose", "a 40km route" and "the 40m route".
        Different units of the same dimension that are not a power of ten
        apart (miles and kilometres) are two measures, not a slip, and are
        left alone.

    Why it matters:
        A prefix slip changes a quantity a thousandfold while looking like a
        restatement: in doses, distances and power ratings it is the error
        readers are least able to spot.

    Example:
        "Each patient received a 250mg tablet. ... The 250g tablet was taken
        twice a day." -- one of the units is wrong.

    Use instead:
        Write the same unit both times, the one the source gives.
    """

    code = "FC602"
    name = "restated-unit-slip"
    severity = Severity.WARNING
    relations = (UnitSlip,)
    fail = (
        Example("Each patient received a 250mg tablet every morning. Doctors said the 250g tablet was safe.",
                target="250g"),
        Example("The firm is building a 30MW turbine off the coast. The 30kW turbine will power 20,000 homes.",
                target="30kW"),
    )
    ok = (
        Example("Each patient received a 250mg tablet every morning. Doctors said the 250mg tablet was safe."),
        Example("Runners can choose a 10km route. The 10-mile route starts at the pier."),
        Example("The site stores 30MW of power. The 30MWh battery can run for an hour at full output."),
    )

    def check(self, relation: UnitSlip, doc: Document) -> Iterable[Finding]:
        a, b = relation.first, relation.second
        ratio = relation.factor
        times = format_number(ratio) if ratio >= 1 else f"1/{format_number(1 / ratio)}"
        yield self.finding(
            self.contradiction_severity(relation), b,
            f"{quoted(b)} restates {quoted(a)} for the same {relation.cue}, but its unit is {times} times "
            f"the first: one of the two units is wrong.",
            arithmetic=f"1 {b.unit} = {times} {a.unit}; {b.text} = {format_number(b.value * ratio)} {a.unit}",
            tolerance="the same value for the same thing must carry the same unit",
            related=(a,),
        )


def _seconds_text(seconds: Fraction) -> str:
    """"1 hour 41 minutes", "2:05:30"-free words for a length of time."""
    total = int(round(seconds))
    if total >= 86400 * 2:
        return f"{U.format_sig(seconds / 86400, 3)} days"
    h, rest = divmod(total, 3600)
    m, s = divmod(rest, 60)
    if h and total < 600 * 60:
        if s and h < 2:
            m += 1 if s >= 30 else 0
        return f"{h} hour{'s' if h != 1 else ''} {m} minute{'s' if m != 1 else ''}" if m else \
            f"{h} hour{'s' if h != 1 else ''}"
    if m:
        return f"{m} minute{'s' if m != 1 else ''}" + (f" {s} second{'s' if s != 1 else ''}" if s else "")
    return f"{s} second{'s' if s != 1 else ''}"


def _figure_interval(m, unit_si: Fraction) -> Interval | None:
    """What a distance or speed stands for, in SI units: its rounding (a round figure within 5%, never
    more than 10%) and its hedge."""
    half = stated_half_width(m.value, m.precision)
    iv = hedges.interval_for(m.value, 2 * half, m.hedge)
    if iv.lo is None or iv.lo <= 0:
        return None
    return Interval(iv.lo * unit_si, None if iv.hi is None else iv.hi * unit_si, iv.lo_open, iv.hi_open)


class FC603(Rule):
    """An average speed does not match the distance and the time it is worked out from.

    What it checks:
        A distance, a time and an average speed that one sentence ties
        together -- "cut the 142-mile journey to 1 hour 52 minutes, an
        average speed of 76mph", "averaging 15 knots over the 46 nautical
        miles", "That is an average of 76mph." after the journey -- must
        agree: speed = distance / time.  Each figure is read at its stated
        precision (a round figure within 5%, never looser than 10%) and its
        hedge ("about 76mph", "just under two hours"); 1.5% more is allowed
        for rounding twice.  The figure checked is the last of the three
        (the speed after the journey, the time after "Averaging 76mph");
        when the sentence gives two times ("to 1 hour 52 minutes from 2
        hours 4 minutes") a speed either explains is consistent.  Top
        speeds, speed limits and a speed of one stretch are never read.
    Why it matters:
        The speed is the reader's check on the journey: a wrong one makes
        the distance or the time look wrong too.
    Example:
        The new service covers the 142 miles in 1 hour 52 minutes, an
        average speed of 84mph.  -- 142 miles in 1 hour 52 minutes is 76mph.
    Use instead:
        The new service covers the 142 miles in 1 hour 52 minutes, an
        average speed of 76mph.
    """

    code = "FC603"
    name = "speed-distance-time"
    severity = Severity.ERROR
    relations = (SpeedDistanceTime,)
    fail = (
        Example("The new service covers the 142 miles in 1 hour 52 minutes, an average speed of 84mph.", "84mph"),
        Example("The ferry crosses the 46 nautical miles in 3 hours, averaging 19 knots.", "19 knots"),
        Example("Averaging 60mph, the coach covers the 150-mile route in 3 hours.", "3 hours"),
    )
    ok = (
        Example("The new service covers the 142 miles in 1 hour 52 minutes, an average speed of 76mph."),
        Example("The ferry crosses the 46 nautical miles in 3 hours, averaging about 15 knots."),
        Example("Averaging 60mph, the coach covers the 150-mile route in 2.5 hours."),
        Example("Trains cover the 142 miles in 1 hour 52 minutes and reach a top speed of 125mph."),
        Example("The 142-mile trip takes 1 hour 52 minutes, with trains averaging 110mph on the new section."),
    )

    def check(self, relation: SpeedDistanceTime, doc: Document) -> Iterable[Finding]:
        d, v, target = relation.distance, relation.speed, relation.target
        dist = _figure_interval(d, relation.metres)
        speed = _figure_interval(v, relation.speed_si)
        if dist is None or speed is None:
            return
        readings = []  # (ok, gap, derived interval, derived point, the time's mentions, its seconds, slack)
        for parts, (seconds, half) in zip(relation.times, relation.time_seconds):
            time = Interval(seconds - half, seconds + half)
            if time.lo <= 0:
                continue
            if target is v:
                derived, stated = dist.divide(time), speed
                point = d.value * relation.metres / seconds
            elif target is d:
                derived, stated = speed.times(time), dist
                point = v.value * relation.speed_si * seconds
            else:
                derived, stated = dist.divide(speed), time
                point = d.value * relation.metres / (v.value * relation.speed_si)
            if derived is None:
                continue
            slack = point * Fraction(15, 1000)
            ok = derived.widen(slack).intersects(stated)
            gap = Fraction(0) if ok else min(stated.distance(derived.lo) if derived.lo is not None else Fraction(0),
                                             stated.distance(derived.hi) if derived.hi is not None else Fraction(0))
            readings.append((ok, gap, derived, point, parts, seconds, slack))
        if not readings:
            return
        readings.sort(key=lambda r: (not r[0], r[1]))
        ok, _, derived, point, parts, seconds, slack = readings[0]
        stated_value = {id(v): v.value * relation.speed_si, id(d): d.value * relation.metres}.get(id(target), seconds)
        if not ok and not SPEED_PLAUSIBLE[0] <= point / stated_value <= SPEED_PLAUSIBLE[1]:
            return  # twice or half the figure: another reading of the words, not a slip of the pen
        time_text = _seconds_text(seconds) if parts[0].compound else " ".join(p.text for p in parts)
        d_text = U.format_measure(d.value, d.unit or "") if d.compound else d.text  # "the 142-mile trip": 142 miles
        if target is v:
            unit = relation.speed_si
            shown = f"{U.format_sig(point / unit, 3)}{_speed_label(v, doc)}"
            stated_text = f"{d_text} in {time_text}"
        elif target is d:
            unit = relation.metres
            shown = f"{U.format_sig(point / unit, 3)} {U.label(d.unit or '', point / unit)}"
            stated_text = f"{time_text} at {v.text}"
        else:
            unit = Fraction(1)
            shown = _seconds_text(point)
            stated_text = f"{d_text} at {v.text}"
        arithmetic = (f"{d_text} = {U.format_sig(d.value * relation.metres)} m; {time_text} = "
                      f"{U.format_sig(seconds)} s; "
                      f"{v.text} = {U.format_sig(v.value * relation.speed_si, 5)} m/s; speed = distance / time")
        lo = derived.lo / unit if derived.lo is not None else None
        hi = derived.hi / unit if derived.hi is not None else None
        if target is not v and target is not d:
            fmt = _seconds_text
        else:
            fmt = lambda x: U.format_sig(x, 4)  # noqa: E731
        tolerance = (f"the other two figures at their stated precision give {fmt(lo) if lo is not None else '0'} to "
                     f"{fmt(hi) if hi is not None else 'any value'}; 1.5% more is allowed for rounding twice")
        if ok:
            yield self.finding(Severity.INFO, target, f"{stated_text} is {shown}, consistent with '{target.text}'.",
                               arithmetic=arithmetic, tolerance=tolerance,
                               related=tuple(m for m in relation.members() if m is not target))
            return
        yield self.finding(self.contradiction_severity(relation), target,
                           f"{stated_text} is {shown}, not {target.text}.",
                           arithmetic=arithmetic, tolerance=tolerance,
                           related=tuple(m for m in relation.members() if m is not target))


def _speed_label(m, doc: Document) -> str:
    """The speed's unit as written: "mph", " km/h", " knots", " miles an hour"."""
    unit = m.unit or ""
    words = U.label(unit, Fraction(2))
    if words.lower() in ("mph", "kph", "kmh", "km/h"):
        return words if words.lower() != "km/h" else " km/h"
    tail = PERIOD_AFTER.match(doc.text, m.end)
    return f" {words}" + (tail.group(0) if tail else "")


RULES = (FC601, FC602, FC603)
