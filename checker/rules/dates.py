"""Rules on dates, weekdays, anniversaries and elapsed time (FC5xx)."""
from __future__ import annotations

import datetime as _dt
from fractions import Fraction

from ..interval import Interval, format_number
from ..model import Document, Severity
from ..relate.dates import (
    MONTH_NAMES, WEEKDAY_NAMES, AgeBirth, AgeThen, Anniversary, BirthdayAge, DaySpan, ImpossibleDate, MonthSpan, RelativeDate,
    ScheduleSpan,
    RunningYear,
    WeekdayDate, YearSpan, days_per, duration_unit, expected_ages, year_of,
)
from ..relate.times import ClockSpan, clock_text, stated_minutes
from .base import Example, Rule


def fmt_date(d: _dt.date) -> str:
    return f"{MONTH_NAMES[d.month - 1]} {d.day}, {d.year}"


def _no_year(d: _dt.date) -> str:
    return f"{MONTH_NAMES[d.month - 1]} {d.day}"


def fmt_day(d: _dt.date) -> str:
    return f"{WEEKDAY_NAMES[d.weekday()]} {fmt_date(d)}"


def _ordinal(n: int) -> str:
    if 10 <= n % 100 <= 20:
        suffix = "th"
    else:
        suffix = {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


def _days(x: Fraction) -> str:
    return format_number(Fraction(round(x * 10), 10), 1)


def _plural(n, word: str) -> str:
    text = format_number(Fraction(n)) if not isinstance(n, str) else n
    return f"{text} {word}" + ("" if n == 1 else "s")


# ------------------------------------------------------------------ FC501
class WeekdayDateMismatch(Rule):
    """A weekday written with a date falls on a different day of the week.

    What it checks:
        A date written with its weekday ("Saturday, March 12", "Monday
        (March 9)").  The year is the one written; without one, the
        publication year (the reading of the date nearest the publication
        date).  Without either, nothing is checked.

    Why it matters:
        A weekday that does not match its date leaves the reader unsure
        which of the two is right, and often betrays a date copied from an
        earlier story or a different year.

    Example:
        "The museum reopened on Thursday, June 14" in a story published on
        June 20, 2023: June 14, 2023 was a Wednesday.

    Use instead:
        Check the date against a calendar for the right year and correct the
        weekday or the date; drop the weekday when it adds nothing.
    """

    code = "FC501"
    name = "weekday-date-mismatch"
    severity = Severity.ERROR
    relations = (WeekdayDate,)
    fail = (
        Example("The museum reopened to visitors on Thursday, June 14, after a two-year refurbishment.",
                "Thursday, June 14", "2023-06-20"),
        Example("Ballots were counted on Friday, 8 November 2022, in a sports hall near the station.",
                "Friday, 8 November 2022"),
        Example("The inquest opened on Monday (October 2) and was adjourned until December.",
                "Monday", "2020-10-09"),
        # a day still to come: the next such date, not last year's
        Example("The new footbridge is due to open on Friday 3 October, the council said.", "Friday 3 October",
                "2026-02-10"),
    )
    ok = (
        Example("The museum reopened to visitors on Wednesday, June 14, after a two-year refurbishment.",
                "", "2023-06-20"),
        Example("The new footbridge is due to open on Saturday 3 October, the council said.", "", "2026-02-10"),
        Example("The ferry resumed sailings on Tuesday, January 9, 2024, after the storm."),
        Example("The museum reopened to visitors on Thursday, June 14, after a two-year refurbishment."),
    )

    def check(self, rel: WeekdayDate, doc: Document):
        d = rel.resolved
        stated = WEEKDAY_NAMES[rel.stated_weekday]
        actual = WEEKDAY_NAMES[d.weekday()]
        if rel.year_source == "stated":
            why = f"the year {d.year} is written with the date"
        elif rel.year_source == "sentence":
            why = f"the year {d.year} is given in the same sentence"
        elif rel.year_source == "publication month":
            why = f"the month nearest the publication date {doc.published.isoformat()}"
        else:
            why = f"year {d.year} from the publication date {doc.published.isoformat()}"
        arithmetic = f"{fmt_date(d)} = {actual} ({why})"
        tolerance = "a weekday must match its date exactly"
        at = rel.weekday
        related = [m for m in rel.members() if m is not at]
        # the tense of the calendar fact: a day after publication "is" its weekday
        was = "is" if doc.published is not None and d > doc.published else "was"
        if d.weekday() == rel.stated_weekday:
            yield self.finding(Severity.INFO, at, f"{fmt_date(d)} {was} a {actual}, consistent with '{stated}'.",
                               arithmetic=arithmetic, tolerance=tolerance, related=related)
            return
        yield self.finding(
            self.contradiction_severity(rel), at,
            f"'{doc.text[min(rel.weekday.start, rel.day.start):max(rel.weekday.end, rel.day.end)]}' "
            f"names a {stated}, but {fmt_date(d)} {was} a {actual}.",
            arithmetic=arithmetic, tolerance=tolerance, related=related)


# ------------------------------------------------------------------ FC502
class RelativeDateMismatch(Rule):
    """A relative date ("yesterday", "last year") disagrees with the explicit
    date or weekday written beside it.

    What it checks:
        "yesterday", "today", "tomorrow", "last/this/next week, month or
        year" and "last/next Tuesday" set directly beside a date, weekday or
        year that restates them ("yesterday, March 12", "last year (2019)",
        "last Tuesday, March 5").  The relative words are resolved from the
        publication date; without one nothing is checked.

    Why it matters:
        Relative dates go stale when a story is held over, updated or
        republished; the explicit date beside them then tells a different
        story, and the reader cannot know which is right.

    Example:
        "The runway was closed yesterday, October 2" in a story published on
        October 6, 2020: yesterday was October 5.

    Use instead:
        Prefer the explicit date; when both are kept, make the relative word
        agree with the publication date.
    """

    code = "FC502"
    name = "relative-date-mismatch"
    severity = Severity.ERROR
    relations = (RelativeDate,)
    fail = (
        Example("The runway was closed yesterday, October 2, after a cargo plane overshot it.",
                "yesterday", "2020-10-06"),
        Example("Shares in the retailer fell sharply last year (2019), the chairman told investors.",
                "last year", "2022-05-10"),
        Example("Talks broke down last Tuesday, March 13, the union said.", "Tuesday, March 13", "2018-04-20"),
    )
    ok = (
        Example("The runway was closed yesterday, October 5, after a cargo plane overshot it.", "", "2020-10-06"),
        Example("Profits slumped last year (2021), the chairman told investors.", "", "2022-05-10"),
        Example("Talks broke down last Tuesday, March 13, the union said.", "", "2018-03-20"),
    )

    def check(self, rel: RelativeDate, doc: Document):
        pub = rel.published
        phrase = rel.phrase.text
        base = f"published {pub.isoformat()}"
        at = rel.phrase
        if rel.granularity == "weekday":
            exp = WEEKDAY_NAMES[rel.expected_lo.weekday()]
            got = WEEKDAY_NAMES[rel.actual_weekday]
            arithmetic = f"{base}: '{phrase}' = {fmt_day(rel.expected_lo)}"
            ok = exp == got
            off = min((rel.actual_weekday - rel.expected_lo.weekday()) % 7,
                      (rel.expected_lo.weekday() - rel.actual_weekday) % 7)
            message_bad = f"'{phrase}' is {exp} for a story {base}, but the text says {got}."
            message_ok = f"'{phrase}' is {exp} for a story {base}, consistent with '{rel.anchor.text}'."
        elif rel.granularity == "year":
            exp_y, got_y = rel.expected_lo.year, rel.actual.year
            arithmetic = f"{base}: '{phrase}' = {exp_y}"
            ok = exp_y == got_y
            off = abs(exp_y - got_y) * 365
            message_bad = f"'{phrase}' is {exp_y} for a story {base}, but the text gives {got_y}."
            message_ok = f"'{phrase}' is {exp_y} for a story {base}, consistent with '{rel.anchor.text}'."
        elif rel.granularity == "month":
            e, a = rel.expected_lo, rel.actual
            arithmetic = f"{base}: '{phrase}' = {MONTH_NAMES[e.month - 1]} {e.year}"
            ok = (e.year, e.month) == (a.year, a.month)
            off = abs((e.year - a.year) * 12 + e.month - a.month) * 30
            message_bad = (f"'{phrase}' is {MONTH_NAMES[e.month - 1]} {e.year} for a story {base}, "
                           f"but the text gives {MONTH_NAMES[a.month - 1]} {a.year}.")
            message_ok = (f"'{phrase}' is {MONTH_NAMES[e.month - 1]} {e.year} for a story {base}, "
                          f"consistent with '{rel.anchor.text}'.")
        else:
            lo, hi, a = rel.expected_lo, rel.expected_hi, rel.actual
            span = fmt_date(lo) if lo == hi else f"{fmt_date(lo)} to {fmt_date(hi)}"
            arithmetic = f"{base}: '{phrase}' = {span}; '{rel.anchor.text}' = {fmt_date(a)}"
            ok = lo <= a <= hi
            off = (lo - a).days if a < lo else (a - hi).days
            message_bad = f"'{phrase}' means {span} for a story {base}, but the text gives {fmt_date(a)}."
            message_ok = f"'{phrase}' means {span} for a story {base}, consistent with '{rel.anchor.text}'."
        tolerance = "relative dates are resolved exactly from the publication date"
        if ok:
            yield self.finding(Severity.INFO, at, message_ok, arithmetic=arithmetic, tolerance=tolerance,
                               related=[rel.anchor])
            return
        severity = self.contradiction_severity(rel)
        if off <= 1:
            severity = min(severity, Severity.WARNING)  # a story written the evening before
            tolerance += "; one day off is only a warning (late-evening copy)"
        yield self.finding(severity, at, message_bad, arithmetic=arithmetic, tolerance=tolerance,
                           related=[rel.anchor])


# ------------------------------------------------------------------ FC503
class RunningYearMismatch(Rule):
    """"Now in its Nth year" does not fit the year it began.

    What it checks:
        A running year ("now in its 12th year", "its sixth annual") and a
        start year in the same sentence ("first held in 2016", "began in
        2016", "since 2016").  The year of the publication is year
        (publication year - start year + 1), or one less when counted from
        the anniversary of the start.  An event's edition ("its 25th
        edition", "the 40th staging") against the year it was first held:
        at most one a year, so no more than publication year - first year
        + 1 (one more for next year's); fewer is never flagged. An event
        "held every year since 2015" (in the same sentence or the one
        before) and "this weekend's 12th edition": one a year, so this
        year's is the (publication year - 2015 + 1)th, last year's one
        fewer.

    Why it matters:
        Running counts are copied from last year's press release and drift;
        a wrong count is an easy, visible error.

    Example:
        "The festival, now in its 12th year, was first held in 2016", in a
        story published in 2023: 2023 - 2016 + 1 = 8th year.

    Use instead:
        Recount from the start year, or drop the ordinal and give the year it
        began.
    """

    code = "FC503"
    name = "running-year-mismatch"
    severity = Severity.ERROR
    relations = (RunningYear,)
    fail = (
        Example("The book fair, now in its ninth year, was first staged in 2019 in a church hall.",
                "ninth", "2024-04-01"),
        Example("Now in its 15th year, the charity run started in 2014 with 200 entrants.", "15th", "2023-09-03"),
        Example("The sportive, first held in 2016, returns on Sunday for its 14th edition.", "14th", "2025-06-05"),
        Example("The kite festival has been held every year since 2012. This weekend's 15th edition is its "
                "biggest.", "15th", "2025-08-02"),
    )
    ok = (
        Example("The book fair, now in its sixth year, was first staged in 2019 in a church hall.",
                "", "2024-04-01"),
        Example("Now in its 10th year, the charity run started in 2014 with 200 entrants.", "", "2023-09-03"),
        Example("Now in its 15th year, the charity run started in 2014 with 200 entrants."),
        Example("The sportive, first held in 2016, returns on Sunday for its 9th edition.", "", "2025-06-05"),
        Example("The kite festival has been held every year since 2012. This weekend's 14th edition is its "
                "biggest.", "", "2025-08-02"),
    )

    def check(self, rel: RunningYear, doc: Document):
        if rel.unit == "decade":
            yield from self._decade(rel)
            return
        if rel.unit in ("edition", "season"):
            yield from self._edition(rel)
            return
        if rel.unit == "annual edition":
            yield from self._annual_edition(rel)
            return
        expected = rel.ref_year - rel.start_year + 1
        allowed = (expected - 1, expected)
        arithmetic = (f"{rel.ref_year} - {rel.start_year} + 1 = {expected} "
                      f"(year {rel.ref_year} from the publication date)")
        tolerance = (f"{_ordinal(expected - 1)} or {_ordinal(expected)}: counted from the start year "
                     f"or from its anniversary")
        yield self.verdict(
            rel, rel.ordinal, rel.stated in allowed,
            f"First in {rel.start_year}, {rel.ref_year} is its {_ordinal(expected)} year, "
            f"consistent with '{rel.ordinal.text}'.",
            f"Begun in {rel.start_year}, it is in its {_ordinal(expected)} year in {rel.ref_year}, "
            f"not its {_ordinal(rel.stated)}.",
            arithmetic=arithmetic, tolerance=tolerance, related=[rel.start])

    def _edition(self, rel: RunningYear):
        # an edition of an event, or a season (round 16: "now in its 21st season, was launched in 2014")
        unit = rel.unit
        most = rel.ref_year - rel.start_year + 1
        arithmetic = (f"{rel.ref_year} - {rel.start_year} + 1 = {most} {unit}s at most, one a year "
                      f"(year {rel.ref_year} from the publication date)")
        tolerance = (f"up to the {_ordinal(most + 1)}, counting next year's; fewer when years were missed "
                     f"or it is held less often" + (" or a season runs across two years" if unit == "season" else ""))
        first = "First held" if unit == "edition" else "Begun"
        yield self.verdict(
            rel, rel.ordinal, rel.stated <= most + 1,
            f"{first} in {rel.start_year}, it can have reached its {_ordinal(rel.stated)} "
            f"{unit} by {rel.ref_year}.",
            f"{first} in {rel.start_year}, {'a yearly event' if unit == 'edition' else 'it'} reaches at most its "
            f"{_ordinal(most)} {unit} in {rel.ref_year}, not its {_ordinal(rel.stated)}.",
            arithmetic=arithmetic, tolerance=tolerance, related=[rel.start])

    def _annual_edition(self, rel: RunningYear):
        # (round 55) held every year since its first: this year's edition is the (year - first + 1)th
        expected = rel.ref_year - rel.start_year + 1
        arithmetic = (f"{rel.ref_year} - {rel.start_year} + 1 = {expected}: one edition a year "
                      f"(year {rel.ref_year} from the publication date)")
        tolerance = f"the {_ordinal(expected - 1)} (last year's) or the {_ordinal(expected)} (this year's)"
        yield self.verdict(
            rel, rel.ordinal, rel.stated in (expected - 1, expected),
            f"Held every year since {rel.start_year}, {rel.ref_year}'s is its {_ordinal(expected)} edition, "
            f"consistent with '{rel.ordinal.text}'.",
            f"Held every year since {rel.start_year}, it reaches its {_ordinal(expected)} edition in "
            f"{rel.ref_year}, not its {_ordinal(rel.stated)}.",
            arithmetic=arithmetic, tolerance=tolerance, related=[rel.start])

    def _decade(self, rel: RunningYear):
        years = rel.ref_year - rel.start_year
        allowed = sorted({(years - 1) // 10 + 1, years // 10 + 1} - {0})
        arithmetic = f"{rel.ref_year} - {rel.start_year} = {years} years: decade {' or '.join(map(str, allowed))}"
        tolerance = "a year either way, since months are not given"
        yield self.verdict(
            rel, rel.ordinal, rel.stated in allowed, f"{arithmetic}, consistent with '{rel.ordinal.text}'.",
            f"Begun in {rel.start_year}, it is in its {_ordinal(allowed[-1])} decade in "
            f"{rel.ref_year}, not its {_ordinal(rel.stated)}.",
            arithmetic=arithmetic, tolerance=tolerance, related=[rel.start])


# ------------------------------------------------------------------ FC504
def _year_range(rel: YearSpan) -> tuple[Interval, str]:
    """The elapsed years the two ends allow, and how they were computed."""
    a, b = rel.first_date, rel.second_date
    if a is not None and b is not None:
        lo, hi = sorted((a, b))
        days = (hi - lo).days
        e = Fraction(days * 400, 146097)  # days / 365.2425
        return (Interval(e - 1, e + 1),
                f"{fmt_date(lo)} to {fmt_date(hi)} = {days:,} days = {float(e):.1f} years")
    y1, y2 = sorted((rel.first_year, rel.second_year))
    n = y2 - y1
    known = a if a is not None else b
    year = rel.second_year if a is not None else rel.first_year
    if known is not None and year is not None and year != known.year:
        # one full date (or the publication date) and a bare year: any day of that year
        ends = sorted(abs((known - _dt.date(year, mo, dy)).days) for mo, dy in ((1, 1), (12, 31)))
        lo, hi = (Fraction(e * 400, 146097) for e in ends)
        source = "" if rel.first is None or rel.second is None else f" from {fmt_date(known)}"
        return (Interval(lo, hi), f"{y2} - {y1} = {n} years ({float(lo):.1f} to {float(hi):.1f} years{source}, "
                                  f"whichever day of {year} it was)")
    return Interval(Fraction(n - 1), Fraction(n + 1)), f"{y2} - {y1} = {n} years"


def _plain_whole(d) -> bool:
    """An unhedged whole number read as itself give or take its rounding ("16 years", not "more than 16",
    "16.5" or a count a finder has widened as loosely told)."""
    iv = d.interval
    return not d.hedge and d.value is not None and d.value == int(d.value) and iv is not None \
        and iv.lo is not None and iv.hi is not None and not iv.lo_open and not iv.hi_open and iv.hi - iv.lo <= 1


class ElapsedYearsMismatch(Rule):
    """A number of years since an event disagrees with the event's year.

    What it checks:
        "for more than 60 years" with "opened in 1964" in the same clause
        (counted to the publication date); "20 years since ... 2001",
        "30 years after ... in 1990", "N years ago, in 1998", "three years
        later, in 1993"; a thing's age now and the year it was built
        ("The mill, built in 1790, is 235 years old": N to N + 1 years).  Years without a month allow a year either way;
        a bare year against a full date (or the publication date) may be
        any day of that year ("Twenty years after the 2003 floods"); a plain
        whole number of years there counts whole years -- the years between
        or one fewer, rounding up only within a month of the figure ("since
        2008, 16 years ago" in October 2023 is wrong: 15 or 14).
        A period with both ends ("Her 12-year reign, which began in 2008,
        ended in 2019"; "14 months later, in August 2024" after "September
        2023") lies strictly between the ends' extremes; an unhedged whole
        count on the very edge is a warning when the ends are two moments
        ("began in ... ended in"), and agrees for a range of years ("the
        five-year plan ran from 2016 to 2020" counts both years in full).

    Why it matters:
        Elapsed times are computed in the writer's head and go stale as a
        story is reused; a wrong one misstates history.

    Example:
        "The bridge, which opened in 1964, has carried traffic for more than
        60 years", published in 2017: 2017 - 1964 = 53 years.

    Use instead:
        Recompute from the two years (or dates), or give the year alone.
    """

    code = "FC504"
    name = "elapsed-years-mismatch"
    severity = Severity.ERROR
    relations = (YearSpan, MonthSpan)
    fail = (
        Example("The pier, which opened in 1988, has drawn anglers for more than 40 years.",
                "more than 40 years", "2019-07-01"),
        Example("His nine-year tenure, which began in 2011, ended in 2016.", "nine-year"),
        Example("The dig began in March 2021 and ended in June 2022, a span of 20 months.", "20 months"),
        Example("The flats were built in 2008, 30 years after the mill shut in 1962.", "30 years"),
        Example("Twenty years after the 2003 floods, the levee has never been raised.", "Twenty years",
                "2025-03-11"),
        Example("The mill, built in 1790, is 200 years old.", "200 years old", "2025-05-01"),
    )
    ok = (
        Example("The pier, which opened in 1988, has drawn anglers for more than 30 years.", "", "2019-07-01"),
        Example("It is 25 years since the factory closed in 1993.", "", "2018-06-01"),
        Example("The flats were built in 2008, 46 years after the mill shut in 1962."),
        Example("His five-year tenure, which began in 2011, ended in 2016."),
        Example("The dig began in March 2021 and ended in June 2022, a span of 15 months."),
        Example("The mill, built in 1790, is 234 years old.", "", "2025-05-01"),
    )

    def check(self, rel, doc: Document):
        if isinstance(rel, MonthSpan):
            yield from self._months(rel)
            return
        d = rel.duration
        unit = duration_unit(d)
        factor = {"decade": 10, "century": 100}.get(unit, 1)
        stated = d.interval.scale(Fraction(factor))
        if stated.hi is None and d.value is not None and stated.lo is not None and stated.lo < d.value * factor:
            # "more than a decade": at least the decade itself, not "more than about a decade"
            stated = Interval(Fraction(d.value) * factor, None, False, False)
        allowed, how = _year_range(rel)
        if (rel.first is None or rel.second is None) and "publication date" in rel.sources:
            how += f" (to the publication date {doc.published.isoformat()})"
        arithmetic = how
        tolerance = (f"'{d.text}' means {stated.describe()} years; "
                     + ("a bare year may be any day of it" if "whichever day" in how
                        else "a year either way is allowed when months are not given"))
        if "whichever day" in how and unit == "year" and _plain_whole(d):
            # (round 30) "since 2008, 16 years ago" in October 2023: a plain whole number of years
            # against a bare year counts whole years -- the years between (15) or one fewer when the
            # day has not come round yet (14) -- and rounds up only when the elapsed time can come within
            # a month of it ("Ten years after the 2015 floods" on 30 December 2024: an anniversary told early)
            n = abs(rel.second_year - rel.first_year)
            stated = Interval.point(Fraction(d.value))
            whole = Interval(Fraction(n - 1), Fraction(n))
            month = Fraction(1, 12)
            allowed = whole if whole.contains(stated.lo) else Interval(allowed.lo - month, allowed.hi + month)
            tolerance = (f"'{d.text}' counts whole years: {n} (the years between) or {n - 1} "
                         f"(the day of {min(rel.first_year, rel.second_year)} not yet come round), "
                         f"or rounds up within a month of it")
        elif rel.first_date is not None and rel.second_date is not None and unit == "year" and _plain_whole(d) \
                and (rel.first is None or rel.second is None):
            # (round 30) a full date and the publication date ("50 years ago, on 18 August 1975", told on 18 August
            # 2024): a plain whole number of years is the years completed or the elapsed time rounded, not one more
            # (49.0 years: 49); two dates of the text keep a year either way (the second may be another's day)
            # (mend) or the years between the two years ("closed on 3 December 1990, 34 years ago" in May 2024:
            # 2024 - 1990, the count most news copy gives before the day comes round)
            e = allowed.lo + 1
            between = abs(rel.second_date.year - rel.first_date.year)
            stated = Interval.point(Fraction(d.value))
            allowed = Interval(e - 1, max(e + Fraction(1, 2), Fraction(between)), lo_open=True)
            tolerance = (f"'{d.text}' counts whole years: the years completed ({int(e)}), the elapsed time "
                         f"rounded or the years between ({between})")
        related = [m for m in (rel.first, rel.second) if m is not None]
        if stated.intersects(allowed):
            yield self.finding(Severity.INFO, d, f"{how}, consistent with '{d.text}'.",
                               arithmetic=arithmetic, tolerance=tolerance, related=related)
            return
        yield self.finding(self.contradiction_severity(rel), d,
                           f"'{d.text}' does not fit the dates: {how}.",
                           arithmetic=arithmetic, tolerance=tolerance, related=related)


    def _months(self, rel: MonthSpan):
        """A period whose ends are years or months: strictly between ``lo`` and ``hi`` months.  An
        unhedged whole count is read as itself ("12 years" is not 11.5); one on the edge (the ends
        counted inclusively) is a warning."""
        d = rel.duration
        unit = duration_unit(d)
        per = {"year": 12, "decade": 120, "month": 1}[unit]
        iv = d.interval
        (y1, m1), (y2, m2) = rel.ends
        # a whole count in the unit the ends are given in is read as itself ("12 years" between two
        # bare years; "14 months" between two months); "11 years" from March 2008 to June 2019 rounds
        same_grain = (per == 12 and not (m1 or m2)) or (per == 1 and bool(m1 or m2))
        if not d.hedge and d.value is not None and not iv.lo_open and not iv.hi_open and same_grain:
            iv = Interval.point(Fraction(d.value))
        if iv.hi is None and d.value is not None and iv.lo is not None and iv.lo < d.value:
            iv = Interval(Fraction(d.value), None, False, False)  # "more than a decade": at least ten years
        stated = iv.scale(Fraction(per))
        edge_unit = 12 if per >= 12 else 1
        allowed = Interval(Fraction(rel.lo), Fraction(rel.hi), True, True)
        if rel.inclusive:  # "the five-year plan ran from 2016 to 2020": both years counted in full
            allowed = Interval(Fraction(rel.lo), Fraction(rel.hi))
        def end(y, m):
            return f"{MONTH_NAMES[m - 1]} {y}" if m else str(y)
        months_only = bool(m1 and m2)
        unit_word = "months" if per == 1 else "years"
        scale = Fraction(1, min(per, 12))
        lo, hi = Fraction(rel.lo) * scale, Fraction(rel.hi) * scale
        how = (f"{end(y1, m1)} to {end(y2, m2)} = {(y2 * 12 + m2) - (y1 * 12 + m1)} months" if months_only
               else f"{y2} - {y1} = {_plural(y2 - y1, 'year')}") + (
               f" ({end(y1, m1)} to {end(y2, m2)})" if not months_only and (m1 or m2) else "") + (
               f", so more than {format_number(lo)} and less than {format_number(hi)} {unit_word}")
        tolerance = (f"'{d.text}' means {stated.scale(scale).describe()} {unit_word}; "
                     + ("either end may be any day of its month" if months_only
                        else "a year without a month may be any day of it")
                     + ("; a range of years may count both in full" if rel.inclusive else ""))
        related = [m for m in (rel.first, rel.second) if m is not None]
        if stated.intersects(allowed):
            yield self.finding(Severity.INFO, d, f"{how}, consistent with '{d.text}'.",
                               arithmetic=how, tolerance=tolerance, related=related)
            return
        severity = self.contradiction_severity(rel)
        if not rel.inclusive and (stated.lo is not None and stated.lo >= rel.lo - edge_unit) \
                and (stated.hi is not None and stated.hi <= rel.hi + edge_unit):
            severity = Severity.WARNING
            tolerance += ("; only a period from the very start of the first end to the very end of the last "
                          "(both ends counted in full) comes near that, so a warning")
        yield self.finding(severity, d, f"'{d.text}' does not fit the dates: {how}.",
                           arithmetic=how, tolerance=tolerance, related=related)


# ------------------------------------------------------------------ FC505
class AnniversaryMismatch(Rule):
    """An anniversary or centenary falls in a different year from the one the
    text gives.

    What it checks:
        "centenary", "golden jubilee", "50th anniversary" with the year of
        the event it counts from ("founded in 1887", "the 50th anniversary
        of the 1969 landing") and the year it is marked ("last year", "in
        1987", or the publication year when the sentence speaks of now).
        The publication year allows a year either way, except when the
        anniversary is marked on a day near publication ("on Sunday",
        "today") away from New Year.
        "The lido, which opened in 1937, turns 88 next month" is an
        anniversary in the year it is turned.

    Why it matters:
        An anniversary that does not match its founding year is a plain
        factual error, and often a sign that one of the years is wrong.

    Example:
        "The company, founded in 1887, celebrated its centenary last year",
        published in 2012: 2011 - 1887 = 124 years.

    Use instead:
        Recompute the anniversary from the founding year, or correct the
        year.
    """

    code = "FC505"
    name = "anniversary-mismatch"
    severity = Severity.ERROR
    relations = (Anniversary,)
    fail = (
        Example("The rowing club, founded in 1921, marked its centenary last year with a regatta.",
                "centenary", "2019-06-01"),
        Example("The town is marking the 40th anniversary of the 1989 flood with a memorial service.",
                "40th anniversary", "2024-03-02"),
        Example("Divers laid a wreath on Sunday to mark the 30th anniversary of the 1995 sinking.",
                "30th anniversary", "2024-08-20"),
    )
    ok = (
        Example("The rowing club, founded in 1918, marked its centenary last year with a regatta.",
                "", "2019-06-01"),
        Example("The town is marking the 35th anniversary of the 1989 flood with a memorial service.",
                "", "2024-03-02"),
        Example("The club, founded in 1925, is already planning its centenary.", "", "2020-05-01"),
        Example("The rowing club, founded in 1921, marked its centenary with a regatta."),
    )

    def check(self, rel: Anniversary, doc: Document):
        n = rel.ref_year - rel.start_year
        where = {"stated": "the year given", "relative": f"'{rel.ref.text if rel.ref else ''}'",
                 "publication": "the publication year",
                 "coming": "the publication year; a coming celebration with no date of its own",
                 "day": "the year of the day it was marked, near publication",
                 "turned": f"the year it is turned ('{rel.ref.text if rel.ref else ''}')"}.get(rel.ref_source,
                                                                                             rel.ref_source)
        arithmetic = f"{rel.ref_year} - {rel.start_year} = {n} years ({rel.ref_year} from {where})"
        related = [m for m in (rel.start, rel.ref) if m is not None]
        off = abs(n - rel.stated)
        if off == 0 or (off == 1 and rel.ref_source == "publication") \
                or (rel.ref_source == "coming" and -1 <= rel.stated - n <= 2):
            tolerance = ("exact" if off == 0 else
                         "a year either way when only the publication year dates the celebration"
                         if rel.ref_source == "publication" else
                         "a coming celebration with no date: a year before to two years after publication")
            yield self.finding(Severity.INFO, rel.phrase,
                               f"{rel.ref_year} is {n} years after {rel.start_year}, consistent with "
                               f"'{rel.phrase.text}'.",
                               arithmetic=arithmetic, tolerance=tolerance, related=related)
            return
        severity = self.contradiction_severity(rel)
        tolerance = "an anniversary falls in one year exactly"
        if off == 1:
            severity = Severity.WARNING
            tolerance += "; one year off is a warning (celebrations can run ahead)"
            if rel.ref_source == "day":
                tolerance += "; a day near publication, away from New Year, fixes the year"
        yield self.finding(severity, rel.phrase,
                           f"The '{rel.phrase.text}' ({rel.stated} years) falls in "
                           f"{rel.start_year + rel.stated}, but {rel.ref_year} is {n} years after "
                           f"{rel.start_year}.",
                           arithmetic=arithmetic, tolerance=tolerance, related=related)


# ------------------------------------------------------------------ FC506
class AgeBirthMismatch(Rule):
    """An age does not fit the birth year given in the same sentence.

    What it checks:
        An age ("34", "aged 34", "the 34-year-old", "her 34th birthday") and
        a birth year or date ("born in 1990") in one sentence, with nothing
        in it that moves the reference time (a death, "when", another year).
        At the publication date the person is (publication year - birth
        year) or one less; with a full birth date, exactly one age.  An age
        now and "in 1994, aged 22" for the same person: the age now less the
        years since, one either side.  An age at a dated event ("born in
        1979, was 12 when she joined in 2001"): the event year less the
        birth year, or one less.  An age turned at a stated time ("turns 70
        next month", "turned 59 on Sunday"): exactly that year less the
        birth year.

    Why it matters:
        Ages are among the most frequently corrected facts; a birth year
        beside a wrong age shows the error on its face.

    Example:
        "Okafor, 31, who was born in 1985", published in 2023: 2023 - 1985 =
        38, so 37 or 38.

    Use instead:
        Recompute the age from the birth date at the publication date, or
        give only one of the two.
    """

    code = "FC506"
    name = "age-birth-mismatch"
    severity = Severity.WARNING
    relations = (AgeBirth, AgeThen)
    fail = (
        Example("Okafor, 31, who was born in Lagos in 1985, now coaches the under-18 side.", "31", "2023-02-01"),
        Example("Lee Dunn, 40, (date of birth 21/09/1975) was fined £200.", "40", "2025-06-01"),
        Example("The 52-year-old pianist, born in 1960, is touring Japan this spring.", "52-year-old",
                "2022-03-01"),
        # two ages of one person: now, and in an earlier year
        Example("Dr Amir Kahn, 58, joined the hospital in 1994, aged 22.", "aged 22", "2024-03-01"),
        # an age at a dated event of the person born
        Example("Lu Kim, born in 1979, was only 12 when she joined the orchestra in 2001.", "12"),
        # an age turned at a stated time: that year less the birth year
        Example("The conductor, who turns 70 next month, was born in April 1958.", "70", "2025-03-10"),
        Example("Rower Ida Falk, 29, has retired. Falk, born in Oslo on 2 May 1990, won two medals.", "29",
                "2025-01-15"),
        # a birthday told after the birth, on a stated day
        Example("Mabel Orr, who was born on 9 August 1935 and celebrated her 91st birthday on Sunday, danced.",
                "91st", "2025-08-12"),
    )
    ok = (
        Example("Okafor, 37, who was born in Lagos in 1985, now coaches the under-18 side.", "", "2023-02-01"),
        Example("Lee Dunn, 49, (date of birth 21/09/1975) was fined £200.", "", "2025-06-01"),
        Example("The 61-year-old pianist, born in 1960, is touring Japan this spring.", "", "2022-03-01"),
        Example("Okafor, 31, who was born in Lagos in 1985, now coaches the under-18 side."),
        Example("Dr Amir Kahn, 58, joined the hospital in 1994, aged 29.", "", "2024-03-01"),
        Example("Lu Kim, born in 1979, was only 21 when she joined the orchestra in 2001."),
        Example("The conductor, who turns 67 next month, was born in April 1958.", "", "2025-03-10"),
        Example("Rower Ida Falk, 34, has retired. Falk, born in Oslo on 2 May 1990, won two medals.", "",
                "2025-01-15"),
        Example("Mabel Orr, who was born on 9 August 1935 and celebrated her 90th birthday on Sunday, danced.",
                "", "2025-08-12"),
    )

    def check(self, rel: AgeBirth, doc: Document):
        if isinstance(rel, AgeThen):
            yield from self._check_then(rel, doc)
            return
        ages = expected_ages(rel)
        pub = rel.published
        on = "on"
        if rel.ref_what == "birthday":
            on, when = "in", (f"{MONTH_NAMES[rel.ref_month - 1]} {rel.ref_year}" if rel.ref_month
                               else str(rel.ref_year))
            when += f", the birthday ('{rel.ref_how}'" + (f"; published {fmt_date(pub)})" if pub else ")")
        elif rel.slack and rel.ref_how and rel.ref_date is not None:  # "has died ..., his family said on 2 May"
            when = f"{fmt_date(rel.ref_date)}, the day it was announced ({rel.ref_how}; the death came shortly before)"
        elif rel.slack:
            when = f"{fmt_date(pub)}, the publication date (the death came shortly before)"
        elif rel.ref_date is not None and rel.ref_how:
            when = f"{fmt_date(rel.ref_date)}, the day of {rel.ref_what} ({rel.ref_how})"
        elif rel.ref_date is None and rel.ref_year and rel.ref_month:
            on, when = "in", f"{MONTH_NAMES[rel.ref_month - 1]} {rel.ref_year}, the month of {rel.ref_what}"
        elif rel.ref_date is None and rel.ref_year:
            on, when = "in", f"{rel.ref_year}, the year of {rel.ref_what}"
        else:
            when = fmt_date(pub)
        if rel.birth_date is not None:
            born = fmt_date(rel.birth_date)
        elif rel.birth_month is not None:
            born = f"{MONTH_NAMES[rel.birth_month - 1]} {rel.birth_year}"
        else:
            born = str(rel.birth_year)
        said = " or ".join(map(str, ages))
        if rel.at_most:  # (round 19) "born in 1979, ... won the race at 47": no older than now
            said = f"at most {max(ages)}"
        arithmetic = f"born {born}, aged {said} {on} {when}"
        if rel.ref_what == "birthday":
            tolerance = "exact: an age is turned on the birthday, in one year only"
        elif len(ages) == 1 and rel.ref_date is None and rel.ref_month:
            tolerance = "exact: the birth month and the month of the event differ"
        elif len(ages) == 1:
            tolerance = "exact: the birth date and the day are known"
        elif rel.slack:
            tolerance = "one less before the birthday, and one less again if the death came before it"
        else:
            tolerance = "one less before the birthday"
        allowed = Interval(Fraction(min(ages)), Fraction(max(ages)))
        if rel.at_most:  # (round 19) an age at an undated past event: any age up to the age now
            allowed = Interval(Fraction(0), Fraction(max(ages)))
            tolerance = "at most the age now: the event came on or before the publication date"
        stated = rel.age.interval if rel.age.interval is not None else Interval.point(rel.age.value)
        if rel.age.interval is not None and rel.age.hedge is None and rel.age.value is not None \
                and rel.age.value.denominator == 1 and stated.hi - stated.lo > 1 and not rel.age.is_range:
            stated = Interval(rel.age.value - Fraction(1, 2), rel.age.value + Fraction(1, 2))  # "turned 100": a whole age
        if rel.age.interval is None and rel.ref_what != "birthday":  # "34th birthday" (not "... next month")
            stated = Interval(rel.age.value - 1, rel.age.value)
        if stated.intersects(allowed):
            yield self.finding(Severity.INFO, rel.age, f"{arithmetic}, consistent with '{rel.age.text}'.",
                               arithmetic=arithmetic, tolerance=tolerance, related=[rel.birth])
            return
        yield self.finding(self.contradiction_severity(rel), rel.age,
                           f"Born {born}, the person would be {said} {on} {when}, not '{rel.age.text}'.",
                           arithmetic=arithmetic, tolerance=tolerance, related=[rel.birth])


    def _check_then(self, rel: AgeThen, doc: Document):
        """Two ages of one person: now (at publication) and in an earlier year (the year's figure shown beside the
        age now, when the text writes it: either may be the one mistyped)."""
        now, then = int(rel.now.value), rel.then.value
        back = rel.published.year - rel.year
        mid = now - back
        arithmetic = (f"{now} on {fmt_date(rel.published)} less {rel.published.year} - {rel.year} = {back} years "
                      f"= {mid} in {rel.year}")
        tolerance = "one either side: the birthday may fall before or after both days"
        if mid - 1 <= then <= mid + 1:
            yield self.finding(Severity.INFO, rel.then, f"{arithmetic}, consistent with '{rel.then.text}'.",
                               arithmetic=arithmetic, tolerance=tolerance, related=[rel.now])
            return
        yield self.finding(self.contradiction_severity(rel), rel.then,
                           f"Aged {now} {_then_now(rel)}, the person would be {mid - 1} to {mid + 1} in {rel.year}, "
                           f"not '{rel.then.text}' ({arithmetic}).",
                           arithmetic=arithmetic, tolerance=tolerance, related=[rel.now, *_year_told(doc, rel)])


def _year_told(doc: Document, rel: AgeThen) -> list:
    """(round 25) The figure of the earlier year an ``AgeThen`` reads (in the earlier age's sentence, the nearest to
    it): "who first played here in 1957 at the age of 14" -> 1957; none when the year is not written there."""
    years = [m for m in doc.mentions_in(rel.then.sentence) if year_of(m) == rel.year]
    return sorted(years, key=lambda m: abs(m.start - rel.then.start))[:1]


def _then_now(rel: AgeThen) -> str:
    """ "now", or (round 18) "at death on 9 January 2024" for an age at a dated death."""
    return f"at death on {fmt_date(rel.published)}" if rel.cue.startswith("age at death") else "now"


# ------------------------------------------------------------------ FC507
class DayCountMismatch(Rule):
    """A count of days or weeks between two dated events disagrees with the
    dates.

    What it checks:
        "nine days after it ran aground on Tuesday, March 23", "69 days
        since the collapse on August 5 ... on Wednesday, October 13",
        "three weeks later, on May 2", "ran from 4 May to 19 May, lasted
        15 days", "which began on 2 October, reached its 20th day on
        Sunday" (day 1 is the first date): the number of days between the two dates, with bare weekdays resolved from the publication date and the
        tense (the latest such day on or before it in a report of the past).
        A day either way is allowed for inclusive counting; an unhedged round
        count ("100 days later") is read to 5% of itself.  The first date may
        stand in the sentence before ("... on 6 April 2022. On 28 May, 30
        days later, ...").  A delay against a planned length ("closed on 2
        September for a job meant to take three weeks, reopened on 30
        September, two weeks late") is the days between the dates less the
        plan.

    Why it matters:
        Day counts are worked out by hand from a calendar and are easy to get
        wrong; the dates in the same sentence expose the error.

    Example:
        "refloated on Monday, nine days after it ran aground on Tuesday,
        March 23", published Tuesday March 30, 2021: Monday = March 29, six
        days after March 23.

    Use instead:
        Count the days on a calendar, or give the dates and leave the count
        out.
    """

    code = "FC507"
    name = "day-count-mismatch"
    severity = Severity.ERROR
    relations = (DaySpan,)
    fail = (
        Example("The hostages were freed on Sunday, 12 days after they were seized on Thursday, March 1.",
                "12 days", "2018-03-05"),
        Example("The strike ended on June 30, 2021, five weeks after it began on June 2, 2021.", "five weeks"),
        Example("The sit-in, which ran from 4 May to 19 May, lasted eight days.", "eight days"),
        Example("The trawler spent 16 days at sea, from 2 May to 28 May, in storms.", "16 days", "2025-06-01"),
        Example("The six-day show is due to run from 3 May to 20 May.", "six-day", "2025-04-01"),
        Example("The vigil, which began on 2 October, reached its 20th day on Sunday.", "20th day", "2023-10-10"),
        Example("The ferry sailed on 6 April 2022. On 28 May, 30 days later, it docked.", "30 days"),
        # the count on the later of two events, the earlier told as a start
        Example("The play opened on 4 March and closed on 22 March, after only 25 days on stage.", "25 days",
                "2025-04-01"),
        Example("The two-day summit runs from Monday to Friday.", "two-day"),
        Example("The divers were brought out on 21 June, 15 days after the cave flooded on 2 June.", "15 days"),
        Example("The ship has been detained since February 2 - 54 days - over unpaid wages.", "54 days",
                "2026-03-19"),
    )
    ok = (
        Example("The hostages were freed on Sunday, three days after they were seized on Thursday, March 1.",
                "", "2018-03-05"),
        Example("The strike ended on June 30, 2021, four weeks after it began on June 2, 2021."),
        Example("The hostages were freed on Sunday, 12 days after they were seized on Thursday, March 1."),
        Example("The sit-in, which ran from 4 May to 19 May, lasted 15 days."),
        Example("The trawler spent 26 days at sea, from 2 May to 28 May, in storms.", "", "2025-06-01"),
        Example("The 18-day show is due to run from 3 May to 20 May.", "", "2025-04-01"),
        Example("The ferry sailed on 6 April 2022. On 28 May, 52 days later, it docked."),
        Example("The play opened on 4 March and closed on 22 March, after only 18 days on stage.", "", "2025-04-01"),
        Example("The ferry sailed on 6 April 2022. It docked on 28 May, 30 days later than planned."),
    )

    def check(self, rel: DaySpan, doc: Document):
        if rel.ordinal:
            yield from self._running(rel, doc)
            return
        if isinstance(rel, ScheduleSpan):
            yield from self._schedule(rel, doc)
            return
        d = rel.duration
        unit = duration_unit(d)
        stated = _day_count(d).scale(days_per(unit))
        lo, hi = sorted((rel.first_date, rel.second_date))
        days = (hi - lo).days
        notes = []
        for m, when in ((rel.first, rel.first_date), (rel.second, rel.second_date)):
            if m is not None and m.kind.value == "weekday" and rel.sources != "weekdays":
                how = "within the week of the other date" if "within the week" in rel.sources else \
                    "from the publication date"
                notes.append(f"'{m.text}' = {fmt_date(when)} {how}")
        if rel.sources == "weekdays":  # "from Friday to Sunday": any week
            arithmetic = f"{lo:%A} to {hi:%A} = {_plural(days, 'day')}"
        elif rel.sources == "no year given":  # the count does not depend on the year
            arithmetic = f"{_no_year(lo)} to {_no_year(hi)} = {_plural(days, 'day')}"
        else:
            arithmetic = f"{fmt_date(lo)} to {fmt_date(hi)} = {_plural(days, 'day')}"
        if notes:
            arithmetic += " (" + "; ".join(notes) + ")"
        slack = Fraction(3) if unit == "month" else Fraction(1)
        allowed = stated.widen(slack)
        tolerance = (f"'{d.text}' means {stated.describe(_days)} days; "
                     + ("three days either way for the varying length of months" if unit == "month"
                        else "a day either way for inclusive counting"))
        if unit == "day" and d.hedge is None and rel.cue.endswith(_POINT_COUNT_CUES) and stated.lo is not None \
                and stated.hi is not None and rel.sources != "weekdays":
            # (round 18) "closed three days later, on Monday" after Thursday, 11 November: a count from a dated day
            # to another is a day short only when both ends are counted, never a day over (two bare weekdays keep a
            # day either way: round 7's "docked on Friday, two days after leaving on Tuesday")
            allowed = Interval(stated.lo - slack, stated.hi)
            tolerance = (f"'{d.text}' means {stated.describe(_days)} days from one day to the other; "
                         "a day fewer for counting both days")
        related = [m for m in (rel.first, rel.second) if m is not None]
        if allowed.contains(Fraction(days)):
            yield self.finding(Severity.INFO, d, f"{arithmetic}, consistent with '{d.text}'.",
                               arithmetic=arithmetic, tolerance=tolerance, related=related)
            return
        yield self.finding(self.contradiction_severity(rel), d,
                           f"'{d.text}' does not fit the dates: {arithmetic} ({days + 1} counting both "
                           f"the first and the last day).",
                           arithmetic=arithmetic, tolerance=tolerance, related=related)


    def _schedule(self, rel: ScheduleSpan, doc: Document):
        """(round 20) "a three-week job ... reopened on 30 September - two weeks behind schedule" after 2 September:
        the days between the dates less the plan (its length as planned, exactly) against the delay (its rounding,
        and a day either way for inclusive counting)."""
        d, plan = rel.duration, rel.planned
        span = (rel.second_date - rel.first_date).days
        planned = plan.value * days_per(duration_unit(plan))
        actual = (span - planned) * rel.direction
        meant = d.interval.scale(days_per(duration_unit(d)))
        stated = meant.widen(Fraction(1))
        word = "behind" if rel.direction > 0 else "ahead of"
        dates = f"{_no_year(rel.first_date)} to {_no_year(rel.second_date)}" \
            if rel.first_date.year == 2001 else f"{fmt_date(rel.first_date)} to {fmt_date(rel.second_date)}"
        gap = span - planned
        arithmetic = f"{dates} = {_plural(span, 'day')}; less the planned '{plan.text}' ({_days(planned)} days) = " \
                     f"{_plural(int(abs(gap)), 'day')} {'late' if gap >= 0 else 'early'}"
        tolerance = f"'{d.text}' means {meant.describe(_days)} days; a day either way"
        related = [m for m in (plan, rel.first, rel.second) if m is not None]
        if stated.contains(Fraction(actual)):
            yield self.finding(Severity.INFO, d, f"{arithmetic}, consistent with '{d.text}' {word} schedule.",
                               arithmetic=arithmetic, tolerance=tolerance, related=related)
            return
        yield self.finding(self.contradiction_severity(rel), d,
                           f"'{d.text}' {word} schedule does not fit the dates: {arithmetic}.",
                           arithmetic=arithmetic, tolerance=tolerance, related=related)

    def _running(self, rel: DaySpan, doc: Document):
        """"its 45th day": day 1 is the first date, so 44 days after it (a day either way);
        "its third week": 14 to 20 days after it."""
        d = rel.duration
        n = int(d.value)
        lo, hi = sorted((rel.first_date, rel.second_date))
        days = (hi - lo).days
        if rel.ordinal == "week":
            stated, meaning = Interval(Fraction(7 * (n - 1)), Fraction(7 * n - 1)), f"{7 * (n - 1)} to {7 * n - 1}"
        else:
            stated, meaning = Interval.point(Fraction(n - 1)), f"{n - 1}"
        arithmetic = f"{fmt_date(lo)} to {fmt_date(hi)} = {_plural(days, 'day')}"
        for m, when in ((rel.first, rel.first_date), (rel.second, rel.second_date)):
            if m is not None and m.kind.value == "weekday":
                arithmetic += f" ('{m.text}' = {fmt_date(when)} from the publication date)"
        if rel.second is None and doc.published is not None and rel.second_date != doc.published:
            arithmetic += " ('yesterday': the day before the publication date)"
        elif rel.second is None:
            arithmetic += " (to the publication date)"
        tolerance = (f"'{d.text}' means {meaning} days after the first day; "
                     "a day either way for inclusive counting")
        related = [m for m in (rel.first, rel.second) if m is not None]
        if stated.widen(Fraction(1)).contains(Fraction(days)):
            yield self.finding(Severity.INFO, d, f"{arithmetic}, consistent with '{d.text}'.",
                               arithmetic=arithmetic, tolerance=tolerance, related=related)
            return
        yield self.finding(self.contradiction_severity(rel), d,
                           f"'{d.text}' does not fit the dates: {arithmetic}, so day {days + 1}.",
                           arithmetic=arithmetic, tolerance=tolerance, related=related)


# (round 18) "three days later", "12 days after", "two days before", "a week earlier": from one day to another
_POINT_COUNT_CUES = (" later", " after", " before", " earlier")


def _day_count(d) -> Interval:
    """A count of days between two dates, unhedged, is counted to the day: a round figure
    ("100 days later") is read to at most 5% of itself, not to its last zero (50 to 150)."""
    iv = d.interval
    if d.hedge or d.value is None or d.precision is None or d.precision <= 1 or iv.lo_open or iv.hi_open:
        return iv
    half = min(Fraction(d.precision) / 2, Fraction(d.value) / 20)
    return Interval(Fraction(d.value) - half, Fraction(d.value) + half) if half < (iv.hi - iv.lo) / 2 else iv


# ------------------------------------------------------------------ FC508
class ImpossibleDateRule(Rule):
    """A date that does not exist: the day is past the end of its month.

    What it checks:
        A day and month as written ("31 April", "June 31st", "September
        31, 2022") where the month never has that many days, and 29
        February with a written year that is not a leap year ("February
        29, 2023").  29 February without a year is left alone.

    Why it matters:
        A date that cannot exist is a typo in the day or the month; a reader
        cannot tell which day was meant, and a weekday written with it
        cannot be checked.

    Example:
        "The consultation closes on 31 November." -- November has 30 days.

    Use instead:
        Check the date against the source and a calendar: "30 November" or
        "1 December".
    """

    code = "FC508"
    name = "impossible-date"
    severity = Severity.ERROR
    relations = (ImpossibleDate,)
    fail = (
        Example("The consultation closes on 31 November, the council said.", "31 November"),
        Example("Ballots must be returned by Friday, February 29, 2019.", "February 29, 2019"),
        Example("The ferry resumes sailing on June 31st.", "June 31st"),
    )
    ok = (
        Example("The consultation closes on 30 November, the council said."),
        Example("Ballots must be returned by Thursday, February 29, 2024."),
        Example("The leap-day party is on 29 February."),
    )

    def check(self, rel: ImpossibleDate, doc: Document):
        d = rel.date.date
        month = MONTH_NAMES[d.month - 1]
        if rel.year is not None and d.month == 2:
            why = f"February {rel.year} has {rel.month_days} days ({rel.year} is {'' if rel.month_days == 29 else 'not '}a leap year)"
        else:
            why = f"{month} has {rel.month_days} days" + (" even in a leap year" if d.month == 2 else "")
        yield self.finding(self.contradiction_severity(rel), rel.date,
                           f"'{rel.date.text}' does not exist: {why}.",
                           arithmetic=f"day {d.day} > {rel.month_days} days in {month}",
                           tolerance="exact: a calendar date")


# ------------------------------------------------------------------ FC509
class ClockSpanMismatch(Rule):
    """The time between two clock times does not match the length stated.

    What it checks:
        A sentence with exactly two clock times, the earlier first ("left at
        7.10am and arrived at 9.40am", "from 10:15 to 13:05"), and a length
        of time in minutes or hours right after the second ("a journey of 2
        hours 10 minutes", "- 2 hours and 50 minutes", "(40 minutes)",
        "after 90 minutes"): the length must be the time between them.
        "2 hours 10 minutes" is exact to the minute; "about two hours" or
        "2 hours" alone allow their own rounding (see "What a stated figure
        means" in the README). A time with no am or pm is read on a
        12-hour clock. Silent when another length stands before or between
        the two times, or when the second time is earlier than the first.
        A length in hours right before a range of two clock times each on a
        weekday ("a 48-hour walkout from 6am on Monday until 6am on
        Thursday") is checked against the whole days between them too.

    Why it matters:
        Journey times, delays and the length of a meeting or an operation are
        often worked out by the writer from two times; a slip there is a
        wrong figure the reader can check.

    Example:
        "The train left at 7.10am and arrived at 9.40am, a journey of 2
        hours 10 minutes." -- 7.10am to 9.40am is 2 hours 30 minutes.

    Use instead:
        Work the length out again from the two times, or give only the times.
    """

    code = "FC509"
    name = "time-span-mismatch"
    severity = Severity.ERROR
    relations = (ClockSpan,)
    fail = (
        Example("The train left at 7.10am and arrived at 9.40am, a journey of 2 hours 10 minutes.",
                "2 hours"),
        Example("The ferry sailed at 10:15 and docked at 13:05 - 2 hours and 20 minutes.", "2 hours"),
        Example("Surgeons began at 8.30am and finished at 11am, after 90 minutes.", "90 minutes"),
        Example("Crews will stage a 48-hour walkout from 6am on Monday until 6am on Thursday.", "48-hour"),
    )
    ok = (
        Example("The train left at 7.10am and arrived at 9.40am, a journey of 2 hours 30 minutes."),
        Example("The ferry sailed at 10:15 and docked at 13:05 - 2 hours and 50 minutes."),
        Example("Surgeons began at 8.30am and finished at 11am, after about two and a half hours."),
        Example("Polls opened at 7am and closed at 10pm, and the count began 40 minutes later."),
        Example("Crews will stage a 72-hour walkout from 6am on Monday until 6am on Thursday."),
    )

    def check(self, rel: ClockSpan, doc: Document):
        span = rel.minutes()
        lo, hi = stated_minutes(rel)
        written = doc.text[rel.parts[0].start:rel.parts[-1].end]  # "2 hours 10 minutes" as written
        start_day, end_day = (f" {d}" if d else "" for d in (getattr(rel, "start_day", ""), getattr(rel, "end_day", "")))
        how = f"{clock_text(rel.start)}{start_day} to {clock_text(rel.end)}{end_day} is {_hours_minutes(span)}"
        tolerance = ("exact to the minute" if lo == hi else
                     f"'{written}' allows {_hours_minutes(lo)} to {_hours_minutes(hi)}")
        if rel.start.unit != "clock" or rel.end.unit != "clock":
            tolerance += "; a time with no am or pm read on a 12-hour clock"
        first = rel.parts[0]
        if lo <= span <= hi:
            yield self.finding(Severity.INFO, first, f"{how}, consistent with '{written}'.",
                               arithmetic=how, tolerance=tolerance, related=(rel.start, rel.end))
            return
        yield self.finding(self.contradiction_severity(rel), first, f"'{written}' does not fit the times: {how}.",
                           arithmetic=how, tolerance=tolerance, related=(rel.start, rel.end))


def _hours_minutes(minutes: Fraction) -> str:
    h, m = divmod(int(round(minutes)), 60)
    parts = ([f"{h} hour{'s' if h != 1 else ''}"] if h else []) + ([f"{m} minute{'s' if m != 1 else ''}"] if m or not h else [])
    return " ".join(parts)


# ------------------------------------------------------------------ FC510
class BirthdayAgeMismatch(Rule):
    """An age that does not match the birthday just reached.

    What it checks:
        A birthday one person has just reached ("celebrated her 100th
        birthday", "on his 90th birthday", "turned 100 on Tuesday"), and
        "The N-year-old" opening the next sentence: N must be the birthday's
        age. Silent when the birthday is still to come ("will celebrate",
        "next week", "ahead of"), when the sentence names more than one
        person, or when an age stands beside the birthday in its own
        sentence.

    Why it matters:
        A reader has just been told the age; a different one a line later
        is a plain error.

    Example:
        "Edna Shaw celebrated her 100th birthday on Tuesday. The
        101-year-old still lives alone."

    Use instead:
        Give the age the birthday says.
    """

    code = "FC510"
    name = "birthday-age-mismatch"
    severity = Severity.WARNING
    relations = (BirthdayAge,)
    fail = (
        Example("Edna Shaw celebrated her 100th birthday on Tuesday. The 101-year-old still lives alone.",
                "101-year-old"),
        Example("Former miner Jack Pryce turned 90 on Sunday. The 80-year-old was given a cake by his old "
                "pit team.", "80-year-old"),
    )
    ok = (
        Example("Edna Shaw celebrated her 100th birthday on Tuesday. The 100-year-old still lives alone."),
        Example("Edna Shaw will celebrate her 100th birthday next week. The 99-year-old still lives alone."),
        Example("Edna Shaw and her sister Ann celebrated her 100th birthday. The 97-year-old made the cake."),
    )

    def check(self, rel: BirthdayAge, doc: Document):
        want, said = rel.birthday.value, rel.age.value
        how = f"'{rel.birthday.text}' reached: the age is {format_number(want)}"
        if want == said:
            yield self.finding(Severity.INFO, rel.age, f"{how}, consistent with '{rel.age.text}'.",
                               arithmetic=how, tolerance="an age is a whole number of years",
                               related=(rel.birthday,))
            return
        yield self.finding(self.contradiction_severity(rel), rel.age,
                           f"'{rel.age.text}' does not match the birthday just reached: {how}.",
                           arithmetic=how, tolerance="an age is a whole number of years", related=(rel.birthday,))


RULES = (WeekdayDateMismatch, RelativeDateMismatch, RunningYearMismatch, ElapsedYearsMismatch,
         AnniversaryMismatch, AgeBirthMismatch, DayCountMismatch, ImpossibleDateRule, ClockSpanMismatch,
         BirthdayAgeMismatch)
