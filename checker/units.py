"""Physical units: the grammar's unit words as pint units, and exact conversions.

The grammar (grammars/units.lark ``unit_word``, mention.lark ``unit_ft``,
``degrees``) hands each MEASURE mention a unit string made of its tokens
joined by spaces: ``"km"``, ``"km / h"``, ``"sq km"``, ``"degrees C"``,
``"° F"``, ``"cubic metres"``; feet-and-inches come as ``"in"`` and bare
metres resolved in context as ``"m"``.  :func:`resolve` turns such a string
into the pint units it can mean -- several when the word is ambiguous
("tons": short, long or metric; "gallons": US or imperial; a bare
"degrees": Celsius or Fahrenheit).

pint is only loaded when a text holds two measures that may be related: one
:class:`pint.UnitRegistry` for the whole program, created lazily from the
definitions in ``grammars/units.txt`` and cached.
Conversions are read from pint once per pair of units as an exact linear map
``y = a*x + b`` over :class:`~fractions.Fraction` (``b`` is non-zero only for
temperatures), so intervals convert without floats.
"""
from __future__ import annotations

import functools
import math
from dataclasses import dataclass
from fractions import Fraction

# ------------------------------------------------------------ pint, lazily

_UREG = None


def ureg():
    """The program's one pint registry (created on first use)."""
    global _UREG
    if _UREG is None:
        import pint

        from .grammar import grammar_dir

        # only the units figcheck converts (grammars/units.txt): pint's full
        # default registry takes ten times as long to load
        _UREG = pint.UnitRegistry(str(grammar_dir() / "units.txt"))
    return _UREG


def Q_(value, unit):
    """A pint quantity; ``unit`` is a pint Unit object or a :class:`PhysUnit`."""
    if isinstance(unit, PhysUnit):
        unit = unit.pint()
    return ureg().Quantity(value, unit)


# ------------------------------------------------------------ unit words

# unit word as written (lower-cased) -> pint unit names it can mean
UNIT_WORDS: dict[str, tuple[str, ...]] = {
    # length
    "km": ("kilometer",), "kilometres": ("kilometer",), "kilometers": ("kilometer",),
    "kilometre": ("kilometer",), "kilometer": ("kilometer",),
    "m": ("meter",), "metres": ("meter",), "meters": ("meter",), "metre": ("meter",), "meter": ("meter",),
    "cm": ("centimeter",), "centimetres": ("centimeter",), "centimeters": ("centimeter",),
    "mm": ("millimeter",), "millimetres": ("millimeter",), "millimeters": ("millimeter",),
    "miles": ("mile",), "mile": ("mile",), "mi": ("mile",),
    "in": ("inch",), "inches": ("inch",), "inch": ("inch",),
    "yards": ("yard",), "yard": ("yard",), "furlongs": ("furlong",), "furlong": ("furlong",),
    "ft": ("foot",), "feet": ("foot",), "foot": ("foot",),
    # mass
    "kg": ("kilogram",), "kilograms": ("kilogram",), "kilogrammes": ("kilogram",), "kilos": ("kilogram",),
    "grams": ("gram",), "grammes": ("gram",), "g": ("gram",), "mg": ("milligram",),
    "gram": ("gram",), "gramme": ("gram",), "kilogram": ("kilogram",), "kilogramme": ("kilogram",),
    "lb": ("pound",), "lbs": ("pound",),
    "tonnes": ("metric_ton",), "tonne": ("metric_ton",),
    "tons": ("metric_ton", "short_ton", "long_ton"), "ton": ("metric_ton", "short_ton", "long_ton"),
    "oz": ("ounce", "troy_ounce"), "ounces": ("ounce", "troy_ounce"), "ounce": ("ounce", "troy_ounce"),
    "stone": ("stone",), "st": ("stone",),
    # temperature
    "c": ("degC",), "celsius": ("degC",), "centigrade": ("degC",),
    "f": ("degF",), "fahrenheit": ("degF",),
    # speed
    "mph": ("mile/hour",), "kph": ("kilometer/hour",), "kmh": ("kilometer/hour",), "knots": ("knot",),
    # area
    "acres": ("acre",), "acre": ("acre",), "hectares": ("hectare",), "hectare": ("hectare",), "ha": ("hectare",),
    # volume
    "litres": ("liter",), "liters": ("liter",), "litre": ("liter",), "liter": ("liter",),
    "gallons": ("gallon", "imperial_gallon"), "gallon": ("gallon", "imperial_gallon"),
    "ml": ("milliliter",),
    # (round 50) the system named: "1.5 million US gallons", "20 imperial pints"
    "us gallons": ("gallon",), "us gallon": ("gallon",), "imperial gallons": ("imperial_gallon",),
    "imperial gallon": ("imperial_gallon",), "us pints": ("pint",), "us pint": ("pint",),
    "imperial pints": ("imperial_pint",), "imperial pint": ("imperial_pint",),
    # "187 megalitres", "1.2 gigalitres", "40 kilolitres" (written out only: "40 ML models" is no volume)
    "megalitres": ("megaliter",), "megalitre": ("megaliter",), "megaliters": ("megaliter",),
    "megaliter": ("megaliter",), "gigalitres": ("gigaliter",), "gigalitre": ("gigaliter",),
    "gigaliters": ("gigaliter",), "gigaliter": ("gigaliter",), "kilolitres": ("kiloliter",),
    "kilolitre": ("kiloliter",), "kiloliters": ("kiloliter",), "kiloliter": ("kiloliter",),
    "hectolitres": ("hectoliter",), "hectolitre": ("hectoliter",), "hectoliters": ("hectoliter",),
    "hectoliter": ("hectoliter",), "hl": ("hectoliter",),
    "pints": ("pint", "imperial_pint"), "pint": ("pint", "imperial_pint"),
    # power and energy
    "kw": ("kilowatt",), "mw": ("megawatt",), "gw": ("gigawatt",),
    "kilowatts": ("kilowatt",), "kilowatt": ("kilowatt",), "megawatts": ("megawatt",),
    "megawatt": ("megawatt",), "gigawatts": ("gigawatt",), "gigawatt": ("gigawatt",),
    "kwh": ("kilowatt_hour",), "mwh": ("megawatt_hour",), "gwh": ("gigawatt_hour",),
    "twh": ("terawatt_hour",),
    "bcm": ("billion_cubic_meter",),  # (round 43) "15 bcm a year"
    # (round 31) food energy: the calorie of a diet is the kilocalorie; (review) a bare "calorie" may be the small one
    # of physics ("1,000 calories, or 4.2 kJ"), as "tons" may be short or long; "kcal" is only the kilocalorie
    "calories": ("kilocalorie", "calorie"), "calorie": ("kilocalorie", "calorie"), "kcal": ("kilocalorie",),
    "kilocalories": ("kilocalorie",), "kilocalorie": ("kilocalorie",),
    "kj": ("kilojoule",), "kilojoules": ("kilojoule",), "kilojoule": ("kilojoule",),
    "mj": ("megajoule",), "megajoules": ("megajoule",), "megajoule": ("megajoule",),
}

_DEGREES = frozenset({"degrees", "degree", "°"})
_SQUARE = frozenset({"square", "sq"})
_TEMPERATURES = frozenset({"degC", "degF"})


@dataclass(frozen=True, slots=True)
class PhysUnit:
    """One reading of a written unit: a pint unit name raised to a power."""

    name: str  # pint name: "kilometer", "degC", "mile/hour"
    power: int = 1

    @property
    def is_temperature(self) -> bool:
        return self.name in _TEMPERATURES and self.power == 1

    def pint(self):
        return _pint_unit(self.name, self.power)


@functools.lru_cache(maxsize=None)
def _pint_unit(name: str, power: int):
    reg = ureg()
    if "/" in name:
        num, den = name.split("/")
        unit = getattr(reg, num) / getattr(reg, den)
    else:
        unit = getattr(reg, name)
    return unit ** power if power != 1 else unit


@functools.lru_cache(maxsize=512)
def unit_key(unit_text: str | None, physical: bool = True) -> str:
    """One key per written unit: its one pint reading with its power ("2.6 gigawatts" and "1.4GW" are both
    "gigawatt"; "sq km" is "kilometer^2", never "km"), else (or when not ``physical``) the text in lower case,
    singular ("tonnes" -> "tonne")."""
    read = resolve(unit_text) if physical else ()
    if len(read) == 1:
        return read[0].name if read[0].power == 1 else f"{read[0].name}^{read[0].power}"
    u = (unit_text or "").lower()
    return u[:-1] if len(u) > 3 and u.endswith("s") else u


@functools.lru_cache(maxsize=512)
def resolve(unit_text: str | None) -> tuple[PhysUnit, ...]:
    """The pint units a mention's unit string can mean; ``()`` when unknown.

    A bare "degrees" is a temperature on either scale (never an angle here:
    the caller only uses it beside another temperature).
    """
    if not unit_text:
        return ()
    words = unit_text.replace("°", " ° ").lower().split()
    if not words:
        return ()
    power = 1
    if words[0] in _SQUARE:
        power, words = 2, words[1:]
    elif words[0] == "cubic":
        power, words = 3, words[1:]
    if words and words[0] in _DEGREES:
        words = words[1:]
        if not words:
            return (PhysUnit("degC"), PhysUnit("degF"))
    if len(words) == 3 and words[1] in ("/", "per") and words[2] in ("h", "hour"):  # "km / h", "miles per hour"
        base = UNIT_WORDS.get(words[0], ())
        if base == ("kilometer",):
            return (PhysUnit("kilometer/hour"),)
        if base == ("mile",):
            return (PhysUnit("mile/hour"),)
        return ()
    if len(words) == 2 and words[0] == "nautical" and words[1] in ("mile", "miles"):
        return (PhysUnit("nautical_mile", power),)  # "2,400 nautical miles"
    if len(words) == 2 and words[0] == "troy" and words[1] in ("ounce", "ounces", "oz"):
        return (PhysUnit("troy_ounce", power),)  # (round 44) "45,000 troy ounces"
    if len(words) == 2 and " ".join(words) in UNIT_WORDS:  # (round 50) "US gallons", "imperial pints"
        return tuple(PhysUnit(n, power) for n in UNIT_WORDS[" ".join(words)])
    if len(words) != 1:
        return ()
    names = UNIT_WORDS.get(words[0], ())
    if power != 1:
        names = tuple(n for n in names if "/" not in n and n not in _TEMPERATURES)
    return tuple(PhysUnit(n, power) for n in names)


def is_temperature(unit_text: str | None) -> bool:
    units = resolve(unit_text)
    return bool(units) and all(u.is_temperature for u in units)


# ------------------------------------------------------------ conversions

@dataclass(frozen=True, slots=True)
class Linear:
    """An exact conversion ``y = a*x + b`` (``b`` non-zero for temperatures)."""

    a: Fraction
    b: Fraction = Fraction(0)

    def __call__(self, x: Fraction) -> Fraction:
        return self.a * x + self.b


def _exact(x: float) -> Fraction:
    return Fraction(x).limit_denominator(10**7)


@functools.lru_cache(maxsize=1024)
def conversion(src: PhysUnit, dst: PhysUnit, delta: bool = False) -> Linear | None:
    """The linear map from ``src`` to ``dst``; ``None`` when the dimensions differ.

    ``delta`` converts a temperature difference ("rose 5C (9F)"): the scale
    factor only.
    """
    if src == dst:
        return Linear(Fraction(1))
    s, d = src.pint(), dst.pint()
    if s.dimensionality != d.dimensionality:
        return None
    reg = ureg()
    zero = reg.Quantity(0, s).to(d).magnitude
    one = reg.Quantity(1, s).to(d).magnitude
    a = _exact(one - zero)
    if a <= 0:
        return None
    return Linear(a) if delta else Linear(a, _exact(zero))


def compatible(a: tuple[PhysUnit, ...], b: tuple[PhysUnit, ...]) -> bool:
    """Whether any reading of ``a`` shares a dimension with a reading of ``b``."""
    return any(conversion(x, y) is not None for x in a for y in b)


# ------------------------------------------------------------ formatting

_GLUED = frozenset(
    """km m cm mm mi ft in kg g mg lb lbs oz c f mph kph kmh km/h kw mw gw kwh mwh gwh twh ml ha kj kcal mj bcm""".split()
)


_PLURALS = {
    "kilometre": "kilometres", "kilometer": "kilometers", "metre": "metres", "meter": "meters",
    "mile": "miles", "inch": "inches", "yard": "yards", "foot": "feet", "tonne": "tonnes", "ton": "tons",
    "acre": "acres", "hectare": "hectares", "litre": "litres", "liter": "liters", "gallon": "gallons", "pint": "pints",
    "megawatt": "megawatts", "gigawatt": "gigawatts", "kilowatt": "kilowatts", "degree": "degrees",
    "gram": "grams", "gramme": "grammes", "kilogram": "kilograms", "kilogramme": "kilogrammes", "ounce": "ounces",
    "calorie": "calories", "kilocalorie": "kilocalories", "kilojoule": "kilojoules", "megajoule": "megajoules",
}


def label(unit_text: str, value: Fraction | None = None) -> str:
    """The unit as the text wrote it, tidied for messages: "km/h", "°F",
    "miles" for the "mile" of "a 3-mile stretch"."""
    words = unit_text.replace(" / ", "/").replace("° ", "°").split(" ")
    if value is not None and abs(value) != 1:
        words[-1] = _PLURALS.get(words[-1].lower(), words[-1])
    return " ".join(words)


def format_measure(value: Fraction, unit_text: str, sig: int = 4) -> str:
    """``105.8F``, ``4.83km``, ``1,012 hectares``: a value with its unit."""
    unit = label(unit_text, value)
    number = format_sig(value, sig)
    for word, factor in (("billion", 10**9), ("million", 10**6)):
        if abs(value) >= factor:
            return f"{format_sig(value / factor, sig)} {word} {unit}"
    if unit.lower() in _GLUED or unit.startswith("°"):
        return number + unit
    return f"{number} {unit}"


def format_sig(x: Fraction, sig: int = 4) -> str:
    """A value to ``sig`` significant figures, but never fewer than units."""
    v = float(x)
    if v == 0:
        return "0"
    magnitude = math.floor(math.log10(abs(v)))
    decimals = max(0, sig - 1 - magnitude)
    text = f"{v:,.{decimals}f}"
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    return "0" if text in ("-0", "") else text
