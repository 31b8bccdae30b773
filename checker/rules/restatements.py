"""Rules: a quantity stated twice must agree (FC401-FC409, FC412)."""
from __future__ import annotations

from dataclasses import replace
from typing import Iterable

from ..hedges import ABOVE, APPROX, AT_LEAST, AT_MOST, BELOW, HEDGE_FAMILY, describe_tolerance
from ..interval import format_number
from ..units import label
from ..model import Document, Finding, Kind, Mention, Severity
from ..relate.restatements import (
    AgeRestatement, DefiniteRestatement, HeadlineRestatement, MeasureRestatement, Restatement,
    OddsRestatement, ScoreRestatement, TermRestatement, agrees, rounds_apart, in_base_units, score_pair,
)
from ..relate.converted_terms import converted_off_by_half
from ..relate.restated_dates import DateRestatement, agree as dates_agree
from ..relate.times import TimeRestatement, agree as times_agree, clock_text
from ..relate.transpositions import (
    AddedDigitRestatement, ChangedDigitRestatement, ScaleSlipRestatement, TransposedRestatement,
)
from .base import Example, Rule


def _fmt(m: Mention):
    if m.kind == Kind.PERCENT:
        return lambda x: format_number(x) + "%"
    if m.kind == Kind.YEAR:
        return lambda x: str(int(x))  # (round 21) a year as written: "1874", not "1,874"
    return format_number


def _tolerance(m: Mention) -> str:
    if m.kind in (Kind.MEASURE, Kind.DURATION, Kind.AGE) and m.unit:
        plural = label(m.unit, 2)  # (round 49) "feet", not "foots"
        unit = m.unit if m.unit.endswith("s") or len(m.unit) <= 2 else plural if plural != m.unit else m.unit + "s"
        text = describe_tolerance(m.hedge, m.interval, format_number) + f" {unit}"
    else:
        text = describe_tolerance(m.hedge, m.interval, _fmt(m))
    return f"'{m.text}': {text}"


def _swap_past_bound(a: Mention, b: Mention) -> bool:
    """One of two whole figures is an open bound ("at least 23"), or (round 51) an approximate one naming three
    significant digits or more ("Some 18,450"), and the other has its digits with two side by side swapped
    ("32", "the 18,540 finishers")."""
    if not (_open_bound(a) or _open_bound(b) or _fine_approximate(a) or _fine_approximate(b)) \
            or a.value is None or b.value is None \
            or a.value.denominator != 1 or b.value.denominator != 1 or a.value == b.value:
        return False
    da, db = str(a.value.numerator), str(b.value.numerator)
    diff = [k for k in range(len(da)) if len(da) == len(db) and da[k] != db[k]]
    return len(diff) == 2 and diff[1] == diff[0] + 1 and da[diff[0]] == db[diff[1]] and da[diff[1]] == db[diff[0]]


def _fine_approximate(m: Mention) -> bool:
    """A figure hedged as approximate that still names three significant digits or more ("some 18,450")."""
    if HEDGE_FAMILY.get(m.hedge or "", m.hedge) != APPROX or m.value is None or m.value.denominator != 1:
        return False
    return len(str(m.value.numerator).rstrip("0")) >= 3


def _open_bound(m: Mention) -> bool:
    """A figure given as a bound open on one side ("at least 23", "more than 40", "up to 12")."""
    return HEDGE_FAMILY.get(m.hedge or "", m.hedge) in (AT_LEAST, ABOVE, AT_MOST, BELOW)


class _Restated(Rule):
    """Shared check: info when the two statements agree, a finding when they cannot."""

    severity = Severity.WARNING
    where_first = "earlier"

    def check(self, relation: Restatement, doc: Document) -> Iterable[Finding]:
        a, b = relation.first, relation.second
        arithmetic = self.arithmetic(a, b)
        tolerance = f"{_tolerance(a)}; {_tolerance(b)}"
        yield self.verdict(
            relation, b, self.agree(a, b),
            f"'{b.text}' restates '{a.text}' ({relation.subject}), consistent.",
            f"'{b.text}' contradicts '{a.text}' given {self.where_first} for "
            + self.what.format(subject=relation.subject) + ".",
            arithmetic=arithmetic, tolerance=tolerance, related=(a,))

    what = "the same {subject}"

    def agree(self, a: Mention, b: Mention) -> bool:
        """The two can mean one value, and the finer plain figure rounds to the coarser plain
        one, a half away from zero ("300" and "the 350" do not); (round 27) a length of time converted to a
        coarser unit is told exactly ("30 months" is no "three-year" term: ``converted_off_by_half``); (round 45)
        an open bound ("at least 23") would let a figure of its digits swapped through ("all 32 victims"), but a
        swap is a slip of the keyboard, not a later count (``_swap_past_bound``)."""
        return agrees(a, b) and not rounds_apart(a, b) and not converted_off_by_half(a, b) \
            and not _swap_past_bound(a, b)

    def arithmetic(self, a: Mention, b: Mention) -> str:
        text = self._arithmetic(a, b)
        if _swap_past_bound(a, b):
            text += "; the same digits swapped, which " + (
                "an open bound" if _open_bound(a) or _open_bound(b) else "a hedge") + " does not explain"
        if agrees(a, b) and rounds_apart(a, b):
            coarse, fine = (a, b) if a.precision > b.precision else (b, a)
            text += (f"; {fine.text} rounded to the precision of {coarse.text} ({_fmt(fine)(coarse.precision)}) "
                     f"is not {coarse.text}: a half rounds away from zero")
        elif agrees(a, b) and converted_off_by_half(a, b):
            text += "; a length converted to a coarser unit is told exactly, not rounded"
        return text

    def _arithmetic(self, a: Mention, b: Mention) -> str:
        if (a.unit or "").lower() != (b.unit or "").lower() and in_base_units(a) and in_base_units(b):
            (ia, unit), (ib, _) = in_base_units(a), in_base_units(b)
            meet = "they overlap" if agrees(a, b) else "the ranges do not meet"
            return f"{a.text} means {ia.describe()} {unit}, {b.text} means {ib.describe()} {unit}: {meet}"
        fa, fb = _fmt(a), _fmt(b)
        gap = ""
        if a.value is not None and b.value is not None and a.value != b.value:
            gap = f"; they differ by {fb(abs(a.value - b.value))}"
        return f"{a.text} means {a.interval.describe(fa)}, {b.text} means {b.interval.describe(fb)}{gap}"


class FC401(_Restated):
    """Headline figure contradicts the body.

    What it checks:
        A figure in the headline against the first figure of the same kind
        for the same noun (or a synonym: homes/houses, stores/branches) in
        the opening sentences of the body; the headline's one price against
        the opening sentence's one price for a transaction (move, fee,
        deal); a record in the headline against the one figure to the same
        digits in an opening sentence about the same subject's record;
        the headline's one sum against the body's first sum when the
        body's thing is named in the headline ("£48m swimming pool
        scheme" / "an £84m swimming pool"); (round 43) a headline
        percentage sizing a change against the lead's first percentage of
        the same thing sizing a change the same way ("Rents up almost 12%
        in a year" / "rents rose by 9.2% in the year to May"), unless either
        is told as real, adjusted, monthly, a total or of another measure
        (average against gross); a headline's one share ("A quarter of
        trains ran late") against the lead's one percentage share of the
        same thing ("34.8% of services arrived late"). A plain round headline
        figure is the body's plain figure rounded, a half away from
        zero: "300 jobs" over "350 posts" disagree.

    Why it matters:
        The headline is what most readers see; when the story underneath
        gives another number one of them is wrong, usually the headline
        left over from an earlier draft.

    Example:
        "Floods cut off 4,500 homes" over "Flooding cut off about 2,900
        homes in the valley on Sunday."

    Use instead:
        Update the headline with the body's figure, or round both the same
        way ("nearly 3,000 homes").
    """

    code = "FC401"
    name = "headline-figure-mismatch"
    relations = (HeadlineRestatement,)

    where_first = "in the headline"
    what = "the same {subject}"
    fail = (
        Example("Gales leave 48,000 homes without power\nGales left about 31,000 homes without "
                "electricity across the county on Tuesday, the supplier said.", "31,000"),
        Example("Ferry operator to axe 750 jobs\nThe ferry operator said on Monday that 420 jobs would "
                "go at its two ports.", "420"),
        Example("Midfielder completes £28m switch\nThe 24-year-old has joined from Benfica for a fee "
                "understood to be £82 million.", "£82 million"),
        Example("Kerr sets national record of 21.34\nKerr crossed the line in 21.43 seconds to claim the "
                "national 200m record.", "21.43 seconds"),
        Example("Town hall approves £48m swimming pool scheme\nPlans for an £84m swimming pool next to the "
                "station were approved on Monday.", "£84m"),
        Example("Brewery to cut 300 jobs\nThe brewery will shed 350 posts at its two sites, the union said.",
                "350"),
    )
    ok = (
        Example("Gales leave 48,000 homes without power\nGales left about 47,800 homes without "
                "electricity across the county on Tuesday, the supplier said."),
        Example("Hospital waiting list passes 82,000\nThe number of patients waiting rose to 82,410 in "
                "August, up from 80,950 in July."),
    )


class FC402(_Restated):
    """Count restated with a different value.

    What it checks:
        A count given again with a definite article ("the nine victims",
        "all 14 stores") against the nearest earlier count of the same or a
        synonymous noun (victims/dead, stores/branches/shops, evacuees and
        people evacuated), when no year, place or new qualifier sets them
        apart; also a size restated as a modifier of the thing it sizes
        ("has 620 beds ... the 540-bed hospital"), a sum introduced with
        "a" and restated with "the" and its noun, and a rate stated as a
        level twice ("At 8.6%, the county's jobless rate is ..."); a side
        of a vote tally given again ("by 412 votes to 138 ... opponents,
        who mustered 183 votes") and its margin; an award restated as
        "the $N verdict"; one goal's minute given twice; a level reached
        and restated as "the N peak" ("reached 4.6 metres ... That 4.2-metre
        peak"); a winning margin restated as "the N-unit victory" ("won by
        four shots ... The two-stroke victory"); a figure taken up as the
        noun of the act told just before ("paid €90m ... The €80m fee",
        "seats 80,000 ... The 88,000-capacity arena", "jailed nine men ...
        The 11 defendants", "play 11 nights ... the 12-night residency"); a
        cost told by its verb and then before the thing's noun ("The bridge
        will cost £210m ... the £240m bridge"); (round 43) a capacity told
        twice ("a capacity of 12 billion cubic metres ... its full capacity
        of 15 bcm"), a group's size ("a team of 18 ... the 16-strong
        group"), seats won ("won 11 of the 15 seats ... the 12 seats won by
        her party"), a record ("reached 44.2C, a national record ... the
        record 42.4C reading"), a place's people ("the 1,200 people of
        Nukulae ... the island's 1,500 residents") and those on trial
        ("Twelve men went on trial ... all 14 defendants"); (round 45) a
        figure taken up again as the object of a gerund opening its clause
        ("handled 4.3m passengers ... said handling 3.4m passengers had
        stretched the terminal"), not an aim, a plan or a part ("Raising
        £600 on the cake stall alone").
        A round figure
        and a finer one agree only when the finer rounds to it, a half
        away from zero ("cut 300 jobs ... the 350 jobs" do not).

    Why it matters:
        "The nine victims" points back at a number the reader has just
        seen; a different value there makes the reader doubt both.

    Example:
        "Eleven people died in the fire. The 13 victims have not been
        named."

    Use instead:
        Give the same number in both places, or say why it changed ("the
        toll rose to 13").
    """

    code = "FC402"
    name = "restated-figure-mismatch"
    relations = (DefiniteRestatement,)
    what = "the same {subject}"
    fail = (
        Example("Eleven people died in the fire at the warehouse. Police said the 13 victims had not yet "
                "been formally identified.", "13"),
        Example("The navy signed an agreement worth $1.8 billion with the yard. Critics said the $8.1 "
                "billion contract was rushed.", "$8.1"),
        Example("The new ferry terminal will cost $310 million, the mayor said. Building the $370 million "
                "terminal will start in May.", "$370 million"),
        Example("The chain is to shut all 22 of its shops in Wales. Staff at the 19 Welsh stores were told "
                "on Monday.", "19"),
        Example("The library, which holds 52,000 books, will close in May. Volunteers hope to rehouse the "
                "25,000-book library.", "25,000-book"),
        Example("Flames swept through 26 caravans at the park overnight. Crews said the blaze, which "
                "gutted 62 caravans, began in a gas store.", "62"),
        Example("Nine walkers were stranded on the fell by snow. Rescuers said all eight were unhurt.", "eight"),
        Example("The ferry line carried 1.9 million travellers last year. \"Carrying 1.6 million travellers in a "
                "year was a first for us,\" its chairman said.", "1.6 million"),
        Example("The landslide killed at least 46 people in the valley. Flags flew at half-mast for all 64 "
                "victims.", "64"),
        Example("Members backed the merger by 412 votes to 138. Opponents of the deal, who mustered 183 votes, "
                "said they would fight on.", "183"),
        Example("Judges awarded the developer $15 million in damages. The city will challenge the $51 million "
                "judgment.", "$51 million"),
        Example("The fire destroyed 2,000 homes in the valley. Owners of the 2,500 homes have been offered "
                "help.", "2,500"),
        Example("The Wye reached 5.7 metres at Hereford on Friday. That 5.1-metre peak flooded the old bridge.",
                "5.1-metre"),
        Example("Somerset beat Essex by 64 runs at Taunton. The 46-run win lifts them to second.", "46-run"),
        Example("Porto sold the striker to Lyon for €42m on Friday. The €46m fee is a club record.", "€46m"),
        Example("A team of 14 divers searched the wreck. The 12-strong team surfaced at dusk.", "12-strong"),
    )
    ok = (
        Example("Eleven people died in the fire at the warehouse. Police said the 11 victims had not yet "
                "been formally identified."),
        Example("The chain has 60 shops in Britain. Staff at the 19 Welsh stores were told on Monday."),
        Example("The crash killed five people and injured 12. The five victims were all from Kent."),
        Example("The library, which holds 52,000 books, will close in May. Volunteers hope to rehouse the "
                "52,000-book library."),
        Example("The storm flattened 40 barns in Devon. In Cornwall, the storm flattened 15 barns."),
        Example("Members backed the merger by 412 votes to 138. Opponents of the deal, who mustered 138 votes, "
                "said they would fight on."),
        Example("The Wye reached 5.7 metres at Hereford on Friday. It stayed below the 6.1-metre peak of 1960."),
        Example("Porto sold the striker to Lyon for €42m on Friday. The €46m fee Benfica paid in 2019 is the record."),
    )


class FC403(_Restated):
    """One person's age given twice, with different values.

    What it checks:
        Ages of the same person: a named person ("Jo Reid, 34, ... Ms
        Reid, 34,") or a person noun restated with "the" ("a 19-year-old
        driver ... The driver, 21,"); the one age in a headline against
        the first age in the opening sentences; "the N-year-old" for the
        one person whose age was just given, past an official speaking
        ("Recorder Hill told the 92-year-old").

    Why it matters:
        A person has one age; two ages for one person is a plain error the
        subject will notice first.

    Example:
        "Jo Reid, 34, was named ... Ms Reid, 36, had worked there for ten
        years."

    Use instead:
        Check the age against the source and use it in both places.
    """

    code = "FC403"
    name = "restated-age-mismatch"
    severity = Severity.ERROR
    relations = (AgeRestatement,)
    what = "the age of {subject}"
    fail = (
        Example("A 23-year-old cyclist was taken to hospital after the crash. The cyclist, 26, is in a "
                "stable condition.", "26"),
        Example("Mark Delaney, 41, of Hull, admitted the charge. Mark Delaney, 44, will be sentenced "
                "next month.", "44"),
        Example("Pensioner, 88, wins lottery jackpot\nMavis Lowe, 86, said she would share the money with "
                "her grandchildren.", "86"),
        Example("Maria Costa, 29, of Elm Street, Bristol, pleaded guilty to fraud. Recorder James Hill told the "
                "92-year-old she faced jail.", "92-year-old"),
    )
    ok = (
        Example("A 23-year-old cyclist was taken to hospital after the crash. The cyclist, 23, is in a "
                "stable condition."),
        Example("Sara Hollis, 34, and her husband Tom Hollis, 37, ran the shop. Mr Hollis, 37, said "
                "they would reopen."),
    )


class FC404(_Restated):
    """Length of one thing restated with a different value.

    What it checks:
        A length given as "N miles long" (or as a modifier, "the 2km
        tunnel") and restated as "the N-mile crossing" for the same or a
        synonymous noun (bridge/crossing/span), the tail of a compound
        (pipeline/line, footbridge/bridge) or a route noun for a road or
        line, converting units.

    Why it matters:
        A structure has one length; a second value means one of them came
        from a different object or a wrong conversion.

    Example:
        "The viaduct is 0.8 miles long ... the 1.1-mile viaduct"

    Use instead:
        Use one length, converted consistently.
    """

    code = "FC404"
    name = "restated-length-mismatch"
    relations = (MeasureRestatement,)
    what = "the size of the {subject}"
    fail = (
        Example("The new tunnel, finished last spring, is 2.4 miles long. Drivers using the 3.1-mile "
                "tunnel will pay a toll.", "3.1-mile"),
        Example("The viaduct is 800 metres long and carries the railway. Repairs to the 1.5km span will "
                "take a year.", "1.5km"),
        Example("The 310-mile pipeline will take gas from the coast to the refinery. Work on the 130-mile "
                "line starts in June.", "130-mile"),
    )
    ok = (
        Example("The new tunnel, finished last spring, is 2.4 miles long. Drivers using the 2.4-mile "
                "tunnel will pay a toll."),
        Example("The viaduct is 800 metres long and carries the railway. Repairs to the 0.8km span will "
                "take a year."),
    )


class FC405(_Restated):
    """Sentence, ban or event length restated with a different value.

    What it checks:
        A term given as "jailed for N years" (or "banned for N months", "a
        three-year contract") and restated as "the N-year term/sentence/ban/
        deal"; or an event's length given as "The siege lasted N hours" and
        restated as "the N-hour siege"; or a tenure ("has been chief
        executive for N years", "took over N years ago") restated as "her N
        years at the helm"; (round 45) a journey's time told as what it
        takes or is cut to ("will cut the journey to the airport to 22
        minutes") restated as "the 27-minute trip" a sentence or two
        later.  Years convert to months and weeks to days.

    Why it matters:
        The length of a sentence is the news in a court report; two
        lengths for one sentence misreport the court.

    Example:
        "She was jailed for six years ... the five-year sentence"

    Use instead:
        Check the court's sentence and use it in both places.
    """

    code = "FC405"
    name = "restated-term-mismatch"
    relations = (TermRestatement,)
    what = "the same {subject}"
    fail = (
        Example("Hartley was jailed for six years at Bristol Crown Court. The judge said the five-year "
                "sentence reflected his remorse.", "five-year"),
        Example("The jockey was banned for 14 days by the stewards. He will appeal against the 21-day "
                "ban.", "21-day"),
        Example("Ms Varga, who has been editor for eight years, is leaving. Her five years in charge saw "
                "sales fall.", "five years"),
    )
    fail = fail + (
        Example("The inquest, which is due to run for three weeks, opened in Leeds. Evidence at the two-week "
                "inquest will be heard by a jury.", "two-week"),
        Example("Kerr was jailed for three years and eight months on Friday. His sentence of eight years and "
                "three months was welcomed by the family.", "eight years and three months"),
        Example("The tunnel will cut the drive from Ardmore to the coast to 35 minutes. When it opens, the "
                "45-minute drive will be free for a year.", "45-minute"),
    )
    ok = (
        Example("Hartley was jailed for six years at Bristol Crown Court. The judge said the six-year "
                "sentence reflected his remorse."),
        Example("Hartley was jailed for six years and his brother for four years. The four-year "
                "sentence was suspended."),
        Example("Ms Varga has worked at the paper for eight years. Her five years in charge saw sales "
                "fall."),
    )


class FC406(_Restated):
    """Figure restated with two digits swapped.

    What it checks:
        Two figures of the same kind, unit and scale, in different
        sentences, whose digits differ by one swapped pair ("£4.7m" and
        "£7.4m", "240" and "420", "2,106" and "2,601"), when the text ties
        them as one quantity: the second is definite or possessive ("the
        420 evacuated residents", "its 530 workers"), or the first is in
        the headline and the second in the body, or both count the same
        thing and the second names its event ("cut 85 jobs ... the loss of
        58 posts") or is given as known rather than told by a verb ("ordered
        36 aircraft ... The order for 63 jets", "With 472 students, it
        is"), or the second, of three significant digits or more, is
        definite under a noun echoing the first's verb ("signed by 2,465
        doctors ... the 2,645 signatures"). (Round 57) A second pointed back
        at ("the", "all", "its", a possessive, "At N,", "even at N"), its
        significant digits the first's with two swapped at the same order
        of magnitude, is read in any unit of the first's dimension ("a
        4.2-kilometre line ... the 2.4km line", "2.4-tonne ... 4,200kg",
        "3,200 hectares ... the 23-square-kilometre estate") and for a count,
        sum or percentage of the same thing, when the first is the one such
        figure of its kind in the three sentences before and nothing the
        digit-slip reading knows sets them apart. A count in words is read as its
        digits, and a time may be restated without its unit ("in 19.86
        seconds ... His time of 19.68"). Silent when the second is a comparison or a change
        ("up from", "rose to"), carries a qualifier the first lacks ("an
        initial £23m", "the 21 other drivers"), when the first is an
        estimate or the second an outturn ("The final bill of £1.53m was
        higher"), when a year stands with one of them only, when
        another figure in the text has the second's value, and where a
        restatement rule (FC401-FC405) already reads the pair.

    Why it matters:
        Swapping two digits is the commonest slip in typing a number, and
        spell-checkers never see it; the second figure usually restates the
        first.

    Example:
        "The developer paid £3.6m for the site. The £6.3m purchase was
        completed in May."

    Use instead:
        Check the figure against the source and give it the same way both
        times.
    """

    code = "FC406"
    name = "transposed-digits"
    relations = (TransposedRestatement,)
    what = "what looks like the same {subject} (two digits swapped)"


    fail = (
        Example("The developer paid £3.6m for the old dairy. The £6.3m purchase was completed in May.",
                "£6.3m"),
        Example("About 180 people were moved out of the flats overnight. Two of the 810 evacuated tenants "
                "were taken to hospital.", "810"),
        Example("Rescuers pulled 38 people from the rubble. Many of the 83 survivors were children.", "83"),
        Example("The appeal raised £1.4m in a week. Organisers said the £4.1m total would fund two new "
                "scanners.", "£4.1m"),
        Example("The ferry line has ordered 27 electric buses. The order for 72 buses is its biggest yet.", "72"),
        Example("Forty-one people fell ill after the banquet. All 14 patients were treated at the county "
                "hospital.", "14"),
        Example("Crews are boring a 7.3km tunnel under the ridge. Engineers expect to finish the 3.7km bore "
                "within four years.", "3.7km"),
    )
    ok = (
        Example("The developer paid £3.6m for the old dairy. The £3.6m purchase was completed in May."),
        Example("The firm made 36 redundancies in 2019 and 63 in 2023."),
        Example("The club sold 4,500 season tickets. Sales rose to 5,400 the following year."),
        Example("Some 27 boats took part. The 72 crew members were all volunteers."),
        Example("The ferry line has ordered 27 electric buses. A separate order for 72 buses went to a rival."),
        Example("Only 37 of the 73 guests fell ill after the dinner."),
    )


class FC407(Rule):
    """Score restated with other numbers.

    What it checks:
        A match score (or a vote's tally) given again later as "the 4-1
        win", "Saturday's 2-0 defeat", "the 1-1 draw", "the 7-2 vote",
        when the text holds only these two scores, or a headline's score
        against the score of a lead sentence that names one of the
        headline's sides ("Celtic sink Hibs 3-1" / "Celtic beat Hibs 4-1
        at Parkhead"): the two must have the
        same numbers, in either order (one side's 1-3 defeat is the other's
        3-1 win). A vote's tally told in words after the verb of voting
        ("voted 27 to 14", "backed it by 27 votes to 14") and restated as
        "the 27-12 vote" a sentence or two later, when it is the text's one
        tally so told and its one vote so restated, is compared the same
        way. A runner's odds ("a 33-1 shot", "won at 22-1") restated as
        "the N-M winner/shot" must be the same odds, in the same order.
        Silent when the text speaks of half-time scores, legs,
        aggregates, sets or penalties, or the restated result names
        another match ("the 3-0 win over Bath last week", "a week after
        the 2-0 defeat", "the 4-1 win in August").

    Why it matters:
        "The 4-1 win" points back at the result the reader was just
        given; a different scoreline there makes one of them wrong.

    Example:
        "Leeds beat Hull 2-0 at Elland Road. Roe scored both goals in the
        3-0 victory."

    Use instead:
        Give the score the same way both times.
    """

    code = "FC407"
    name = "restated-score-mismatch"
    severity = Severity.WARNING
    relations = (ScoreRestatement,)
    fail = (
        Example("Leeds beat Hull 2-0 at Elland Road on Sunday. Ann Roe scored both goals in the 3-0 "
                "victory.", "3-0"),
        Example("Ireland drew 2-2 with Wales in Cardiff. The 1-1 draw leaves both sides level on points.",
                "1-1"),
        Example("Sea Lord, a 22-1 outsider, won the Cesarewitch. The 12-1 winner was ridden by an apprentice.",
                "12-1"),
        Example("Leicester 24 Bath 18\nTigers scored three tries at Welford Road. Their 24-13 win keeps them top.",
                "24-13"),
        Example("The board voted 9 to 3 to close the depot. The 9-2 vote was welcomed by unions.", "9-2"),
    )
    ok = (
        Example("Leeds beat Hull 2-0 at Elland Road on Sunday. Ann Roe scored both goals in the 2-0 "
                "victory."),
        Example("Leicester 24 Bath 18\nTigers scored three tries at Welford Road. Their 24-18 win keeps them top."),
        Example("Leeds beat Hull 2-0 on Sunday. It followed the 3-0 win over Bath last week."),
        Example("The board voted 9 to 3 to close the depot. The 9-3 vote was welcomed by unions."),
        Example("The board voted 9 to 3 to close the depot. It reversed the 9-2 vote of last spring."),
    )

    def check(self, relation: ScoreRestatement, doc: Document) -> Iterable[Finding]:
        a, b = relation.first, relation.second
        pa, pb = score_pair(a), score_pair(b)
        if isinstance(relation, OddsRestatement):  # odds are ordered: 4-1 against, 1-4 on
            yield self.verdict(
                relation, b, pa == pb,
                f"'{b.text}' restates the odds '{a.text}', consistent.",
                f"'{b.text}' contradicts the odds '{a.text}' given earlier for the same runner.",
                arithmetic=f"{a.text} is {pa[0]} to {pa[1]}, {b.text} is {pb[0]} to {pb[1]}",
                tolerance="odds are exact and ordered: no rounding", related=(a,))
            return
        same = sorted(pa) == sorted(pb)
        yield self.verdict(
            relation, b, same,
            f"'{b.text}' restates the {relation.subject} score '{a.text}', consistent.",
            f"'{b.text}' contradicts the {relation.subject} score '{a.text}' given earlier.",
            arithmetic=f"{a.text} is {pa[0]} and {pa[1]}, {b.text} is {pb[0]} and {pb[1]} (either order)",
            tolerance="a score is exact: no rounding", related=(a,))


class FC408(_Restated):
    """Figure restated with a digit added or dropped.

    What it checks:
        Two whole numbers of the same kind, unit and scale, in different
        sentences, one of which is the other with one digit (not a zero)
        put in ("906" and "1,906", "1,250" and "125", "347" and "3,457"),
        when the text ties them as one quantity, exactly as for FC406: the
        second is definite or possessive, or the first is in the headline
        and the second in the body, or both count the same thing and the
        second names its event. Silent on the same cases as FC406, on
        numbers of fewer than three digits and on an added or dropped zero
        (a slip of scale, which FC602 and the restatement rules read).
        One digit struck for another in a figure of three significant
        digits or more ("1,350" and "1,850") counts too, under "the" with
        no place the first lacks, or under the headline's noun.

    Why it matters:
        A digit struck twice or missed is the other common slip in typing a
        number; it changes the figure by a factor of about ten, and the
        second mention usually restates the first.

    Example:
        "Police questioned 347 people after the match. Most of the 3,457
        supporters were released without charge."

    Use instead:
        Check the figure against the source and give it the same way both
        times.
    """

    code = "FC408"
    name = "digit-added-or-dropped"
    relations = (AddedDigitRestatement,)
    what = "what looks like the same {subject} (a digit added or dropped)"

    def check(self, relation: Restatement, doc: Document) -> Iterable[Finding]:
        if isinstance(relation, ChangedDigitRestatement):
            for f in super().check(relation, doc):
                yield replace(f, message=f.message.replace("(a digit added or dropped)", "(one digit changed)"))
            return
        yield from super().check(relation, doc)
    fail = (
        Example("Police questioned 347 people after the match. Most of the 3,457 supporters were released "
                "without charge.", "3,457"),
        Example("The charity handed out 1,482 food parcels in December. Some of the 182 parcels went "
                "to families with young children.", "182"),
        Example("Rescuers freed 214 people trapped in the rubble. Many of the 2,144 survivors were treated "
                "in hospital.", "2,144"),
    )
    ok = (
        Example("Police questioned 347 people after the match. Most of the 347 supporters were released "
                "without charge."),
        Example("Police questioned 347 people after the match. Another 3,457 supporters were escorted to "
                "the station."),
        Example("The club sold 1,250 season tickets in 2019 and 12,350 in 2024."),
        Example("Some 245 boats took part. The 2,345 crew members were all volunteers."),
        Example("Rescuers freed 214 people trapped in the rubble. Many of the 2,140 residents were "
                "evacuated."),
    )


class FC409(_Restated):
    """Figure restated a power of ten away.

    What it checks:
        Two figures of the same kind and unit, in different sentences,
        written with the same digits in the same order but 10, 100 or 1,000
        times apart: the decimal point moved ("£4.5m" and "£45m") or the
        scale word swapped ("R12bn" and "R12m", million for billion), or the
        point moved between a scale word and a round figure written in full
        ("€4.6m" and "the €460,000 budget"; not under "fee", "fine" or
        another kind of sum), when
        the text ties them as one quantity, exactly as for FC406 (round 57:
        also a second pointed back at in another unit of the first's
        dimension, "a 1.2-tonne load ... the 12,000kg load had shifted").
        Silent on
        the same cases as FC406, on a single significant digit ("£5m" and
        "£5bn" are too often two sums) and on a zero added or dropped.

    Why it matters:
        A slipped decimal point or a million written for a billion is the
        costliest typing slip: the figure is wrong by a factor of ten or a
        thousand, and reads as plausible.

    Example:
        "The trust was given £2.4m to rebuild the ward. The £24m grant will
        also pay for two scanners."

    Use instead:
        Check the figure against the source; write the scale the same way
        both times.
    """

    code = "FC409"
    name = "power-of-ten-slip"
    relations = (ScaleSlipRestatement,)
    what = "what looks like the same {subject} (a power of ten apart)"
    fail = (
        Example("The trust was given £2.4m to rebuild the ward. The £24m grant will also pay for two "
                "scanners.", "£24m"),
        Example("The province set aside R1.8bn for clinics. Most of the R18bn will be spent in rural "
                "districts.", "R18bn"),
        Example("About 4.2 million people voted. Nearly half of the 42 million voters backed the deal.",
                "42 million"),
        Example("Council to cut £6.5m from libraries\nThe council will cut £65m from its libraries over "
                "five years.", "£65m"),
    )
    ok = (
        Example("The trust was given £2.4m to rebuild the ward. The £2.4m grant will also pay for two "
                "scanners."),
        Example("The trust was given £2.4m to rebuild the ward, and the region £24m for new clinics."),
        Example("Transnet signed a R15bn order for locomotives. Its R15m training contract went to a "
                "local college."),
        Example("The city spent $5m on parks. The $5bn budget also covers schools."),
    )


class FC412(Rule):
    """Clock time of one event restated differently.

    What it checks:
        A time of day given twice for one event: first as "Kick-off is at
        7.45pm" (the event's noun, a short clause, "at" the time) or "the
        7.45pm kick-off", then again as "the 7.30pm kick-off". The event is
        one of a closed list of nouns that happen at a time of day (kick-off,
        flight, train, service, meeting, ceremony, deadline, curfew ...), and
        the text must hold exactly two times for it, at most three sentences
        apart. A time without "am" or "pm" is compared on a 12-hour clock.
        Silent when the text tells of a change of time ("moved", "brought
        forward", "delayed", "originally", "now", "new time") or the two
        sentences name different days.

    Why it matters:
        Readers act on times: a kick-off, a train or a deadline given two
        ways sends some of them to the wrong one.

    Example:
        "Kick-off at the Riverside is at 7.45pm on Friday. Tickets for the
        7.30pm kick-off are still on sale."

    Use instead:
        Give the time the same way both times, or say that it changed.
    """

    code = "FC412"
    name = "restated-time-mismatch"
    severity = Severity.WARNING
    relations = (TimeRestatement,)
    fail = (
        Example("Kick-off at the Riverside is at 7.45pm on Friday. Tickets for the 7.30pm kick-off are still "
                "on sale.", "7.30pm"),
        Example("The last ferry leaves Oban at 18:10. Passengers on the 18:40 sailing should check in early.",
                "18:40"),
    )
    ok = (
        Example("Kick-off at the Riverside is at 7.45pm on Friday. Tickets for the 7.45pm kick-off are still "
                "on sale."),
        Example("Kick-off was moved from 3pm to 5.30pm. Tickets for the original 3pm kick-off remain valid."),
        Example("The first train leaves at 6.10am on weekdays. On Sundays the 7.40am service is the first."),
    )

    def check(self, relation: TimeRestatement, doc: Document) -> Iterable[Finding]:
        a, b = relation.first, relation.second
        half_day = a.unit == b.unit == "clock"
        yield self.verdict(
            relation, b, times_agree(a, b),
            f"'{clock_text(b)}' restates the time of the {relation.subject}, '{clock_text(a)}', consistent.",
            f"'{clock_text(b)}' contradicts the time of the {relation.subject} given earlier, '{clock_text(a)}'.",
            arithmetic=f"{clock_text(a)} is {_clock(a.value)}, {clock_text(b)} is {_clock(b.value)}"
            + ("" if half_day else " (compared on a 12-hour clock: one gives no am or pm)"),
            tolerance="a clock time is exact: no rounding", related=(a,))


class FC413(Rule):
    """Day of one event restated differently.

    What it checks:
        An event dated by "on" a day ("Members will vote on 14 May", "a
        spice fair on 18 September") and named again a sentence or two
        later as "the 15 May vote" or, for its start, "the 19 September
        opening": the day and month must be the same. The event is one of
        a closed list of nouns (vote, election, strike, meeting, hearing,
        launch, opening, fair, festival, final ...), the first named by that
        noun or its verb right before "on"; each sentence holds one such
        date. Silent when the text tells of a change of day ("moved",
        "postponed", "brought forward", "rescheduled", "now", "new date") or
        names a second or another event, and when the two carry different
        years.

    Why it matters:
        Readers plan around dates: a vote, a strike or an opening given two
        ways sends some of them on the wrong day.

    Example:
        "Members will vote on 14 May on the merger. The board urged them to
        back it ahead of the 15 May vote."

    Use instead:
        Give the same day both times, or say that it changed.
    """

    code = "FC413"
    name = "restated-date-mismatch"
    severity = Severity.WARNING
    relations = (DateRestatement,)
    fail = (
        Example("Members will vote on 14 May on the merger. The board urged them to back it ahead of the 15 May "
                "vote.", "15 May"),
        Example("The town will host its first food fair on 6 June. Traders have booked stalls for the 7 June "
                "opening.", "7 June"),
    )
    ok = (
        Example("Members will vote on 14 May on the merger. The board urged them to back it ahead of the 14 May "
                "vote."),
        Example("Members were to vote on 14 May, but the ballot was postponed. The 21 May vote will go ahead."),
        Example("Drivers will strike on 3 March. Talks before the 10 March meeting may avert it."),
    )

    def check(self, relation: DateRestatement, doc: Document) -> Iterable[Finding]:
        a, b = relation.first, relation.second
        yield self.verdict(
            relation, b, dates_agree(a, b),
            f"'{b.text}' restates the day of the {relation.subject}, '{a.text}', consistent.",
            f"'{b.text}' contradicts the day of the {relation.subject} given earlier, '{a.text}'.",
            arithmetic=f"{a.text} is day {a.date.day} of month {a.date.month}, {b.text} is day {b.date.day} of month "
            f"{b.date.month}",
            tolerance="a date is exact: no rounding", related=(a,))


def _clock(minutes) -> str:
    return f"{int(minutes) // 60:02d}:{int(minutes) % 60:02d}"


RULES = (FC401, FC402, FC403, FC404, FC405, FC406, FC407, FC408, FC409, FC412, FC413)
