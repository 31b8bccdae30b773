"""Rules on parts and their whole (FC1xx)."""
from __future__ import annotations

import re
from fractions import Fraction

from ..hedges import describe_tolerance
from ..model import Document, Kind, Severity
from ..relate.scoring import _WORTH as _SCORE_WORTH, ScoringBreakdown
from ..relate.sums import Balance, PartsOfWhole, agrees, short_by_a_slip
from .base import Example, Rule
from .format import amount, quoted


def _term(value, part, like) -> str:
    """A part written like the total, or like itself when the total's scale
    would show it as nought ("R1.3m" beside "R4.2bn": not "R0.00bn")."""
    text = amount(value, like)
    return text if any(c in "123456789" for c in text) else amount(value, part)


def _arithmetic(rel: PartsOfWhole) -> str:
    like = rel.total
    terms = " + ".join(_term(p.value, p, like) for p in rel.parts)
    return f"{terms} = {amount(rel.stated_sum, like)}"


def _tolerance(rel: PartsOfWhole) -> str:
    total = rel.total
    iv = total.interval
    if iv.lo is not None and iv.lo == iv.hi:
        what = "a whole count" if total.kind == Kind.COUNT else "stated exactly"
        text = f"{quoted(total)} is {what}, so the parts must add up to it exactly"
    else:
        text = describe_tolerance(total.hedge, iv, lambda x: amount(x, total))
    if rel.parts_read_finer:
        text += "; the rounder parts are read to the finest precision beside them"
    spread = rel.parts_sum
    if spread.lo is not None and spread.hi is not None and spread.lo != spread.hi and not rel.parts_read_finer:
        text += f"; the parts' own rounding allows {amount(spread.lo, total)} to {amount(spread.hi, total)}"
    return text


def _related(rel: PartsOfWhole, doc: Document) -> tuple:
    """The parts, and the same total restated in a headline ("Box office: £9.4m weekend" over "Cinemas
    took £9.4m ..."): the wrong figure stands there too (round 13)."""
    total = rel.total
    same = tuple(m for m in _headline_mentions(doc) if m is not total and m.sentence != total.sentence
                 and m.kind == total.kind and m.value == total.value and m.unit == total.unit and not m.compound)
    return rel.parts + same


def _headline_mentions(doc: Document) -> tuple:
    """The figures of the document's headlines, in text order; read once per document (a long text has many
    totals, each looking for its headline)."""
    found = doc.memo.get("rules: headline mentions")
    if found is None:
        found = doc.memo["rules: headline mentions"] = tuple(m for m in doc.mentions
                                                             if doc.sentences[m.sentence].headline)
    return found


def _mostly_larger(rel: PartsOfWhole) -> bool:
    """More than one part on its own is larger than the whole: the figures read as parts are not
    parts of it (one such part is a slip worth a finding: "Of the 48 bids, 290 were rejected")."""
    hi = rel.total.interval.hi if rel.total.interval is not None else None
    return hi is not None and sum(1 for p in rel.parts if p.value is not None and p.value > hi) > 1


# (round 39) a partial list coming to more than this share of its whole, with two parts each above half of it
_FUNNEL_SHARE = Fraction(4, 3)


# a part told as the subject of a verb of its own: "372 started", "905 voted"
_OWN_VERB_AFTER = re.compile(r"\s+(?:[a-z]+ed|were|was|went|had|have|has|took|made|sat|won|ran|did|got)\b")


def _funnel(rel: PartsOfWhole, doc: Document) -> bool:
    """Two or more parts each larger than half the whole and each the subject of a verb, together far beyond it:
    stages, each counting some of the one before ("Of the 400 runners who entered, 372 started and 351 finished";
    "905 voted, and 812 backed the offer"), not parts that leave one another out ("950 in the north and 870 in the
    south").  A slip in one part overshoots by less."""
    total = rel.total.value
    large = [p for p in rel.parts if p.value is not None and total is not None and 2 * p.value > total]
    values = [p.value for p in rel.parts if p.value is not None]
    return (total is not None and total > 0 and len(large) >= 2
            and all(_OWN_VERB_AFTER.match(doc.text, p.end) for p in large)
            and sum(values) > total * _FUNNEL_SHARE)


class PartsTotalMismatch(Rule):
    """The parts of a breakdown do not add up to the total they break down.

    What it checks:
        A total and a list of parts that claims to make it up -- linked by
        "made up of", "split between", a dash or colon before the list, "in
        all" after it, "of whom" or "with" with parts that cover the whole
        (men and women), a list closed by "the remaining" ("nine of the 14
        counts ... the remaining seven") or by what it leaves ("staffing
        takes £10.1m and premises £2.3m, leaving £1.8m"), nouns across nearby sentences
        (civilians -> men, women and children), a headline over a list
        that names every item, or one part for each outcome of a vote or
        poll (for, against, abstained or undecided) or of a season (won,
        drew, lost), the arms of a trial (a drug and a placebo), a side's
        points by the ways they were scored (tries, conversions, penalties),
        an innings total with its batters' scores, the rest of the side
        "between them" and the extras (round 43; inferred, so a warning), a
        tally with its abstentions among the members
        present, or a whole shared out among N counted recipients followed
        by exactly N figures of its kind ("Three clubs will split £2.4m.
        ...").  The sum of the parts, with their rounding, must meet the
        total's interval (its rounding and hedge: "around" allows ±5%); plain
        parts are rounded independently, so their roundings count as the root
        of their squares (at least two half-widths of the coarsest part, at
        most all of them), not all at their worst.

    Why it matters:
        Wrong totals are the most common numeric correction in news.  One
        mistyped part makes the whole breakdown, and the headline built on
        it, wrong.

    Example:
        "Kenya won 11 medals - five gold, four silver and four bronze."
        5 + 4 + 4 = 13, not 11.

    Use instead:
        Re-add the parts and correct either the total or the part that is
        wrong; if the list is deliberately partial, say so ("including").
    """

    code = "FC101"
    name = "parts-total-mismatch"
    severity = Severity.ERROR
    relations = (PartsOfWhole,)
    fail = (
        Example("The squad brought home 12 medals - six gold, four silver and five bronze.", target="12 medals"),
        Example("Of the 324 patients in the trial, 160 were given the drug and 150 a placebo.", target="324"),
        Example("Dunmore were all out for 148. Ali Khan (61) top-scored, Joe Pike made 30 and the other nine batsmen "
                "managed 41 between them, with 9 extras.", target="148"),
        Example("The £90 million budget is made up of £50 million for roads, £30 million for schools "
                "and £20 million for parks.", target="£90 million"),
        Example("Two people died and 9 were hurt in the crash. In all, 14 people were killed or injured.",
                target="14 people"),
        Example("The tribunal upheld seven of the 16 claims and dismissed the remaining 10.", target="16"),
        Example("Of the £6.4m, salaries take £4.1m and rent £0.9m, leaving £1.9m for programmes.", target="£6.4m"),
        Example("The bakery sold 340 loaves on Friday and 410 on Saturday, some 900 loaves in all.",
                target="some 900"),
        Example("Library lends 7,400 books in May\nThe total was made up of 4,100 novels, 2,200 "
                "biographies and 1,600 picture books.", target="7,400"),
        Example("Of the 230 members present, 118 voted for the motion, 94 voted against and 12 abstained.",
                target="230"),
        Example("The appeal raised £2.4m. Firms gave £1.1m, while private donors supplied the remaining £1.5m.",
                target="£2.4m"),
        Example("Stands held 8,200 on Friday and 9,100 on Saturday, taking the weekend's attendance to 18,300.",
                target="18,300"),
        Example("Three clubs will split £2.4m in prize money. Rovers get £1.1m, Athletic £0.5m and Town £0.4m.",
                target="£2.4m"),
        Example("Storms felled 950 trees. The council breaks the figure down into 612 oaks, 205 beeches and 43 ash.",
                target="950"),
        Example("The three finalists raised a combined £86,000. The winner collected £41,000, the runner-up "
                "brought in £27,000 and the third-placed team added £12,000.", target="£86,000"),
        Example("The museum welcomed 58,000 visitors. Children made up 21,000 of them, with the remaining "
                "33,000 adults.", target="58,000"),
        Example("In a 36-game season the club won 21, drew 9 and lost 8.", target="36-game"),
        Example("Rowers bring home 12 medals\nThe crews took five golds, five silvers and a bronze in Lucerne.",
                target="12"),
        Example("The blaze has burnt 14,400 hectares - 8,300 inside the reserve and 5,100 on grazing land, "
                "fire chiefs said.", target="14,400 hectares"),
    )
    ok = (
        Example("The blaze has burnt 13,400 hectares - 8,300 inside the reserve and 5,100 on grazing land, "
                "fire chiefs said."),
        Example("The squad brought home 15 medals - six gold, four silver and five bronze."),
        Example("Rowers bring home 11 medals\nThe crews took five golds, five silvers and a bronze in Lucerne."),
        Example("She led all scorers with 27 points, made up of eight two-point baskets, two three-pointers and "
                "five free throws."),
        Example("Around 2,400 homes were flooded. The council said 1,320 were in the town, 712 in the "
                "villages and 365 on farms."),
        Example("The fund's $48.4m was split between $30.1m for wages and $18.3m for equipment."),
        Example("The tribunal upheld seven of the 16 claims and dismissed the remaining nine."),
        Example("Of the 230 members present, 118 voted for the motion and 94 voted against."),
        Example("The appeal raised £2.4m. Firms gave £1.1m, while private donors supplied the remaining £1.3m."),
        Example("Stands held 8,200 on Friday and another 9,100 on Saturday, taking the total so far to 18,300."),
        Example("Three clubs will split £2.4m in prize money. Rovers get £1.1m, Athletic £0.9m and Town £0.4m."),
        Example("Storms felled 950 trees. The council breaks the figure down into 702 oaks, 205 beeches and 43 ash."),
        Example("The three finalists raised a combined £86,000. The winner collected £41,000, the runner-up "
                "brought in £27,000 and the third-placed team added £18,000."),
        Example("The museum welcomed 54,000 visitors. Children made up 21,000 of them, with the remaining "
                "33,000 adults."),
        Example("The new block adds 84 flats (60 for rent and 24 for sale), taking the estate's total to 910."),
        Example("Of the 310 patients in the trial, 160 were given the drug and 150 a placebo."),
        Example("Dunmore were all out for 141. Ali Khan (61) top-scored, Joe Pike made 30 and the other nine batsmen "
                "managed 41 between them, with 9 extras."),
    )

    def check(self, rel: PartsOfWhole, doc: Document):
        if not rel.complete:
            return
        arithmetic = _arithmetic(rel)
        tolerance = _tolerance(rel)
        total = rel.total
        yield self.verdict(
            rel, total, agrees(rel),
            f"{arithmetic}, consistent with {quoted(total)}.",
            f"The parts add up to {amount(rel.stated_sum, total)}, but the total is given as "
            f"{quoted(total)} ({arithmetic}; {tolerance}).",
            arithmetic=arithmetic, tolerance=tolerance, related=_related(rel, doc))


class PartsExceedTotal(Rule):
    """Part of a total, listed on its own, comes to more than the whole.

    What it checks:
        A partial breakdown -- "among them", "including", "of whom", "with",
        "Of the 48 bids, ...", "450 of them", bare figures right after a
        count ("31 remained in hospital, 38 went home") or, in the next
        sentence, parts counting the same things ("cast 6,120 ballots. The
        motion won 3,870 votes and ..."), dividing the one count before
        ("Of those, ...", "25 of them") or contributing to it ("X
        contributed ..."), or the two sides of a vote tally with those
        absent or abstaining, against the size of the body that voted
        ("passed 58-39 ... the 100-seat chamber") -- may leave things out, but its
        parts can never add up to more than the total's largest possible
        value.  When more than one "part" is on its own larger than the
        whole, they are no parts of it (a cricket score: "287 for 6, with
        Root on 112 and Stokes 41"), and nothing is said; nor when two or
        more each above half the whole, each with a verb of its own, come
        to more than four thirds of it: stages, each counting some of the
        one before ("Of the 400 runners who entered, 372 started and 351
        finished").

    Why it matters:
        A part larger than its whole means one of the figures is wrong, or
        the figures describe different things and the sentence says they
        don't.

    Example:
        "Police arrested 27 people, of whom 19 were men and 14 were women."
        19 + 14 = 33, more than 27.

    Use instead:
        Check each figure against the source; if the parts describe a
        different group or period, say so.
    """

    code = "FC102"
    name = "parts-exceed-total"
    severity = Severity.ERROR
    relations = (PartsOfWhole,)
    fail = (
        Example("Rescuers found 30 survivors, among them 18 children and 15 women.", target="30 survivors"),
        Example("About 1,000 runners set off. Officials said 955 finished and 240 dropped out.",
                target="About 1,000"),
        Example("Of the 48 bids received, 29 were rejected and 23 are still under review.", target="48"),
        Example("The helpline took 520 calls. Of those, 340 were about bills and 210 about repairs.",
                target="520"),
        Example("Some 1,840 walkers set off on Sunday. Stewards said 950 men and 1,010 women completed the route.",
                target="1,840"),
        Example("Of the 84 schools inspected, 39 were rated good, 27 were told to improve and 25 were "
                "placed in special measures.", target="84"),
        Example("The 31-member assembly approved the budget 19-10, with three members abstaining.",
                target="31-member"),
        Example("Dockers voted by 1,420 to 690 to strike. The union said 2,010 members had taken part.",
                target="2,010"),
        Example("The food bank fed 260 families last month. \"Demand is rising,\" its manager said. Of those, "
                "170 came from the town and 110 from nearby villages.", target="260"),
    )
    ok = (
        Example("Rescuers found 30 survivors, among them 12 children and nine women."),
        Example("About 1,000 runners set off. Officials said 850 finished and 120 dropped out."),
        Example("Of the 48 bids received, 29 were rejected and 13 are still under review."),
        Example("The helpline took 520 calls. Of those, 340 were about bills and 160 about repairs."),
        Example("Some 1,840 walkers set off on Sunday. Stewards said 850 men and 910 women completed the route."),
        Example("The 31-member assembly approved the budget 19-10, with two members abstaining."),
        Example("Of the 400 runners who entered, 372 started and 351 finished."),
    )

    def check(self, rel: PartsOfWhole, doc: Document):
        # money breakdowns can hold negative items (losses, charges), so a
        # partial list of sums may exceed its total; counts of things cannot,
        # nor sums the text places inside a total that is no net result (bounded)
        if rel.complete or not (rel.total.kind == Kind.COUNT or rel.bounded):
            return
        if short_by_a_slip(rel, doc):
            return  # (round 31) one digit short: FC104's warning, not a "within"
        if _mostly_larger(rel):
            return  # "287 for 6 ..., with Root on 112 and Stokes 41": figures of another kind, not parts of it
        if _funnel(rel, doc):
            return  # "Of the 400 runners who entered, 372 started and 351 finished": stages, not parts
        arithmetic = _arithmetic(rel)
        total = rel.total
        tolerance = _tolerance(rel)
        yield self.verdict(
            rel, total, agrees(rel),
            f"{arithmetic}, within {quoted(total)}.",
            f"The parts listed add up to {amount(rel.stated_sum, total)}, more than the total "
            f"{quoted(total)} ({arithmetic}; {tolerance}).",
            arithmetic=arithmetic, tolerance=tolerance, related=_related(rel, doc))


class PartsShortBySlip(Rule):
    """A breakdown falls short of its total by exactly one mistyped digit.

    What it checks:
        A list read as some of a total -- "Of those, ...", "of whom", "with",
        a list after a colon or dash that does not name every kind -- may
        leave things out, so falling short is no contradiction in itself.  But
        when the parts, all unhedged, add up to the total with exactly one
        digit changed (or two adjacent digits swapped) at the total's own
        precision, not its last digit, and the total has three digits or more
        there ("9,412" against parts adding up to 9,312; "8,650" against
        7,650), the gap is a round hundred or thousand that the text never
        mentions: far more often a mistyped figure than a remainder left
        unsaid -- provided a list of two parts is told at least a hundred
        times finer than the slipped digit (two parts read to tens, such as
        600 and 550 under 1,250, are often the main kinds only and leave a
        round rest), and the parts add up to no other figure in the text.  A cue that says the list is only some of the whole
        ("including", "among them") and wholes that hold more by nature (a
        running total, a toll, seats, those who took part) are left alone.

    Why it matters:
        A breakdown a hundred short of its total reads as complete to most
        readers; either the total or one of the parts was mistyped.

    Example:
        "The helpline took 2,416 calls. Of those, 1,302 were about bills, 804
        about repairs and 210 about noise."  1,302 + 804 + 210 = 2,316, one
        digit off 2,416.

    Use instead:
        Re-add the parts and correct the figure that is wrong; if the list is
        deliberately partial, say what the rest were or write "including".
    """

    code = "FC104"
    name = "parts-short-by-a-slip"
    severity = Severity.WARNING
    relations = (PartsOfWhole,)
    fail = (
        Example("The helpline took 2,416 calls. Of those, 1,302 were about bills, 804 about repairs and 210 about "
                "noise.", target="2,416"),
    )
    ok = (
        Example("The helpline took 2,416 calls. Of those, 1,302 were about bills, 804 about repairs and 310 about "
                "noise."),
        Example("The helpline took 2,416 calls, including 1,302 about bills, 804 about repairs and 210 about noise."),
        Example("The helpline took 2,416 calls. Of those, 1,302 were about bills, 804 about repairs and 207 about "
                "noise."),
    )

    def check(self, rel: PartsOfWhole, doc: Document):
        if not short_by_a_slip(rel, doc):
            return
        arithmetic = _arithmetic(rel)
        total = rel.total
        yield self.finding(
            self.severity, total,
            f"The parts listed add up to {amount(rel.stated_sum, total)}, one digit off the total {quoted(total)} "
            f"({arithmetic}): if they are all of it, one of the figures is mistyped; if not, say what the rest are.",
            arithmetic=arithmetic, related=_related(rel, doc))


class BalanceMismatch(Rule):
    """A surplus, profit, deficit or loss is not the gap between the income
    and the spending stated with it.

    What it checks:
        A sentence with one result (a surplus or profit; a deficit, loss or
        shortfall), one income ("taking in", "raised", "revenue of") and
        one outlay ("spending", "costs of"; not "spending £2m on ads", one
        item) -- "made a surplus of $312,000 after taking in $4.86 million
        and spending $4.71 million".  Income minus spending (for a deficit
        or loss, spending minus income), with the rounding of both, must
        meet the stated result's interval.  Likewise a net figure ("net
        migration", "a net gain of") beside the one inflow ("arrived",
        "joined") and the one outflow ("left", "emigrated") of its sentence,
        or of the next when it has no other figure: in minus out.  The
        income and the outlay may stand alone in the next sentence ("ran a
        surplus of £42,000. Income of £310,000 was offset by £248,000 in
        costs"; inferred).

    Why it matters:
        A surplus that the two totals beside it cannot produce means one of
        the three figures is wrong, or one is from another year.

    Example:
        "The club made a loss of £1.2m, taking in £8.4m and spending £9.9m."
        £9.9m - £8.4m = £1.5m, not £1.2m.

    Use instead:
        Recompute the gap, or say what else is included in the result.
    """

    code = "FC103"
    name = "balance-mismatch"
    severity = Severity.ERROR
    relations = (Balance,)
    fail = (
        Example("The club made a loss of £1.2m, taking in £8.4m and spending £9.9m.", target="£1.2m"),
        Example("The appeal raised $96,500 and spent $71,200, leaving a surplus of $35,300.",
                target="$35,300"),
        Example("The town's net population gain was 1,900 last year, as 6,400 people moved in and 5,300 left.",
                target="1,900"),
        Example("The fair ran a surplus of £42,000. Ticket income of £310,000 was offset by £248,000 in costs.",
                target="£42,000"),
    )
    ok = (
        Example("The club made a loss of £1.5m, taking in £8.4m and spending £9.9m."),
        Example("The town's net population gain was 1,100 last year, as 6,400 people moved in and 5,300 left."),
        Example("The firm made a profit of £5m on revenue of £40m, after spending £2m on advertising."),
        Example("The fair ran a surplus of £62,000. Ticket income of £310,000 was offset by £248,000 in costs."),
    )

    def check(self, rel: Balance, doc: Document):
        res = rel.result
        first, second = (rel.income, rel.spending) if rel.gain else (rel.spending, rel.income)
        arithmetic = (f"{amount(first.value, first)} - {amount(second.value, second)} = "
                      f"{amount(rel.stated, res)}")
        tolerance = (f"the rounding of the two amounts allows {rel.expected.describe(lambda x: amount(x, res))}; "
                     + describe_tolerance(res.hedge, res.interval, lambda x: amount(x, res)))
        between = "what came in and what went out" if rel.cue == "in - out" else "the income and the spending"
        yield self.verdict(
            rel, res, rel.expected.intersects(res.interval),
            f"{arithmetic}, consistent with {quoted(res)}.",
            f"{quoted(res)} is not the gap between {between} stated with it "
            f"({arithmetic}; {tolerance}).",
            arithmetic=arithmetic, tolerance=tolerance, related=(rel.income, rel.spending))


class ScoringBreakdownMismatch(Rule):
    """A rugby side's points are not what the tries, conversions and penalties told with them make.

    What it checks:
        One sentence with a side's points ("38 points", "their 24 points")
        and at least two counts of how they were scored, a try among them
        ("five tries, five conversions and two penalties"), and no other
        count. The scores are worth fixed points: in rugby union a try 5,
        a conversion 2, a penalty 3, a drop goal 3, a penalty try 7; in
        rugby league a try 4, a conversion or penalty goal 2, a drop goal
        1. The text seldom names the code, so the total must be what either
        code makes; a count of points is exact.

    Why it matters:
        A breakdown that cannot make the total means a score was miscounted
        or the total is wrong; readers add these up.

    Example:
        "Ireland's 38 points came from five tries, five conversions and two
        penalties." Union: 5 x 5 + 5 x 2 + 2 x 3 = 41; league: 34. Neither is 38.

    Use instead:
        Recount the scores from the match record, or correct the total.
    """

    code = "FC105"
    name = "scoring-breakdown-mismatch"
    severity = Severity.WARNING
    relations = (ScoringBreakdown,)
    fail = (
        Example("Ireland's 38 points came from five tries, five conversions and two penalties.", target="38"),
        Example("Wigan's 30 points came from five tries and four conversions.", target="30"),
        Example("Saracens ran in four tries, added three conversions and kicked two penalties for their 27 points.",
                target="27"),
    )
    ok = (
        Example("Ireland's 41 points came from five tries, five conversions and two penalties."),
        Example("Wigan's 24 points came from five tries and two conversions."),
        Example("Saracens ran in four tries, added three conversions and kicked two penalties for their 32 points."),
    )

    def check(self, rel: ScoringBreakdown, doc: Document):
        union, league = rel.worth(0), rel.worth(1)
        arithmetic = f"rugby union: {_score_terms(rel, 0)} = {union}; rugby league: {_score_terms(rel, 1)} = {league}"
        tolerance = f"{quoted(rel.points)} is a count of points: the scores must make it exactly in one code"
        stated = rel.points.value
        code = "rugby union" if stated == union else "rugby league"
        yield self.verdict(
            rel, rel.points, stated in (union, league),
            f"The scores make {int(stated)} points in {code}, consistent with {quoted(rel.points)}.",
            f"The scores listed make {union} points in rugby union and {league} in rugby league, not "
            f"{quoted(rel.points)} ({arithmetic}).",
            arithmetic=arithmetic, tolerance=tolerance, related=tuple(m for _, _, m in rel.scores if m is not None))


def _score_terms(rel: ScoringBreakdown, code: int) -> str:
    """"5 x 5 + 5 x 2 + 2 x 3": each count of scores times its worth in the code (0 union, 1 league)."""
    return " + ".join(f"{n} x {_SCORE_WORTH[kind][code]}" for n, kind, _ in rel.scores)


RULES = (PartsTotalMismatch, PartsExceedTotal, PartsShortBySlip, BalanceMismatch, ScoringBreakdownMismatch)
