"""Rules on shares and the counts they relate (FC201)."""
from __future__ import annotations

from ..hedges import told_exact
from ..interval import Interval, format_percent
from ..model import Document, Severity
from ..relate.shares import (ShareOf, agrees, counts_read_as_stated, is_quantifier, nearest_count, paired_interval,
                              ratio_interval, rest_interval, share_interval)
from .base import Example, Rule
from .format import amount, interval_like, quoted


def _percent_interval(iv: Interval) -> str:
    if iv.lo is not None and iv.hi is not None and iv.lo != iv.hi and format_percent(iv.lo) == format_percent(iv.hi):
        return iv.describe(lambda x: f"{float(x * 100):.2f}%")  # "24.9 per cent": 24.85% to 24.95%, not 24.9% to 24.9%
    return iv.describe(format_percent)


def _share_tolerance(rel: ShareOf) -> str:
    iv = _percent_interval(share_interval(rel.share))
    if is_quantifier(rel.share):
        half = "less than half" if rel.share.interval.hi_open else "more than half"
        return f"{quoted(rel.share)} means {half}: {iv}"
    if rel.share.hedge:
        return f"{quoted(rel.share)} allows {iv}" + _counts_rounding(rel)
    if rel.share.kind.value == "fraction":
        if told_exact(rel.share):  # (round 54) "exactly half"
            return f"'exactly {rel.share.text}' is no rounding, a hundredth of itself either way: {iv}"
        if counts_read_as_stated(rel):
            return f"a fraction in words allows ±10% of itself, five points at most: {iv}, the counts read as stated"
        return f"a fraction in words allows ±10% of itself, five points at most: {iv}" + _counts_rounding(rel)
    return f"rounding at the stated precision allows {iv}" + _counts_rounding(rel)


def _counts_rounding(rel: ShareOf) -> str:
    """"; '£4m' beside '£3.1m' is £3.95m to £4.05m": a count read more
    finely than its own digits, rounded like the other."""
    if rel.base is None or rel.base_sum or rel.base_share is not None:
        return ""
    out = []
    for m, other in ((rel.part, rel.base), (rel.base, rel.part)):
        iv = paired_interval(m, other)
        if iv is not None and iv != m.interval:
            out.append(f"{quoted(m)} beside {quoted(other)} is {interval_like(iv, m)}")
    if not out:
        return ""
    return "; " + ", ".join(out) + " (a part and its whole are rounded alike, never by more than 5%)"


class ShareCountMismatch(Rule):
    """A share ("a third", "one in five", "36%") does not match the counts it relates.

    What it checks:
        A share, the whole it is a share of, and the part it stands for, tied
        together in one sentence ("a third of the 96 schools, 47 in total";
        "31 of the 118 seats, or 36%"; "of the 1,500 workers, one in five -
        about 450"; "72 people, of whom a fifth - 14 -"), by "of them" or "Of
        those," to a count in the sentence before, by a headline share to an
        "X of its Y" in the first body sentences (a warning), or through a
        breakdown ("around 3,800 civilians, almost a quarter of them
        children ... 906 children"), or drawn from an "X of the Y" before it
        ("missed 1,140 of the 4,600 referrals, meaning 64% were seen on
        time": a warning, and silent when either the part or the rest of the
        whole agrees, since the negation is not parsed).  The part divided by the
        whole, with the figures' rounding and hedges, must meet the share's
        interval: a fraction in words allows ±10% of itself (five points at most), "almost" reaches
        down 10%, digits allow their rounding; "a majority" and "most" mean more
        than half, "a minority" less than half.

    Why it matters:
        A share and its count are usually computed separately from the same
        source; when they disagree, one of them was mis-typed or computed on
        the wrong base.

    Example:
        "Inspectors rated a third of the 90 schools, 45 in all, inadequate."
        45 / 90 = 50%, not a third.

    Use instead:
        Recompute the share from the counts (or the count from the share)
        and correct the one that is wrong.
    """

    code = "FC201"
    name = "share-count-mismatch"
    severity = Severity.ERROR
    relations = (ShareOf,)
    fail = (
        Example("Inspectors rated a third of the 90 schools they visited, 45 in all, as failing.",
                target="a third"),
        Example("The firm employs 64 women among the 200 staff. Of the 200 staff, one in four - about 80 "
                "people - work nights.", target="one in four"),
        Example("Members hold 12 of the 150 seats on the board, or 18%.", target="18%"),
        Example("A majority of the 41 delegates, 17 in total, voted against the motion.", target="A majority"),
        Example("Lenders approved 9,800 mortgages in May. More than half of them, about 3,900, went to "
                "first-time buyers.", target="More than half"),
        Example("The trust missed 1,140 of the 4,600 cancer referrals it received, meaning 64% were seen on time.",
                target="64%"),
        Example("The hospice appeal has raised £1.6m of its £2m target - more than 90 per cent.",
                target="more than 90 per cent"),
        Example("With 2,460 postal votes counted, the mayor had 1,130, or 56%.", target="56%"),
        Example("About a third of the 900 trains due to run were cancelled, with 410 services axed by noon.",
                target="About a third"),
        Example("Okafor won with 61 per cent of the votes cast, polling 18,240 votes to 15,902 for the sitting "
                "member.", target="61 per cent"),
        Example("The coalition took 190 of the 350 seats, enough for a two-thirds majority.", target="two-thirds"),
        Example("Officials closed 96 schools on Tuesday. That represents roughly 12% of the 1,600 in the county.",
                target="roughly 12%"),
        Example("Of the 900 applicants, 450 were interviewed. Just 90 of those interviewed, or 10%, were hired.",
                target="10%"),
        Example("Ms Ortiz polled 41,200 votes (61%) while her rival polled 30,900.", target="61%"),
        Example("The operating margin rose to 15%, on operating profit of $1.2bn and sales of $10bn.",
                target="15%"),
        Example("A third of the club's 1,800 members are aged over 65 - some 900 people - and it wants younger "
                "recruits.", target="A third"),
        Example("Of the 400 appeals heard, 100 were rejected, a success rate of 25%.", target="25%"),
        Example("Some 3.4 million households rent privately - one in five of the country's 24 million homes.",
                target="one in five"),
        Example("The appeal has raised £2.4m so far. About a third of that, £1.2m, came from one donor.",
                target="About a third"),
        Example("The striker has scored nine goals from 45 shots, a conversion rate of 30%.", target="30%"),
        Example("The council employs 5,200 staff, a fifth of whom work part-time, around 1,400.",
                target="a fifth"),
        Example("The keeper saved 9 of 30 penalties over the two seasons (45%).", target="45%"),
    )
    ok = (
        Example("Inspectors rated a third of the 90 schools they visited, 30 in all, as failing."),
        Example("The keeper saved 9 of 30 penalties over the two seasons (30%)."),
        Example("Toys brought in £41.5m, more than a quarter of the group's revenue. Online sales reached £30.2m, "
                "or 20% of the total."),
        Example("Members hold 27 of the 150 seats on the board, or 18%."),
        Example("About 2,100 people were killed, almost a quarter of them children. Officials said the "
                "dead were 980 men, 620 women and 500 children."),
        Example("A majority of the 41 delegates, 25 in total, voted against the motion."),
        Example("Lenders approved 9,800 mortgages in May. More than half of them, about 5,100, went to "
                "first-time buyers."),
        Example("The trust missed 1,140 of the 4,600 cancer referrals it received, meaning 75% were seen on time."),
        Example("The hospice appeal has raised £1.6m of its £2m target - about 80 per cent."),
        Example("With 2,460 postal votes counted, the mayor had 1,130, or 46%."),
        Example("About a third of the 900 trains due to run were cancelled, with 210 services axed by noon."),
        Example("Okafor won with 41 per cent of the votes cast, polling 18,240 votes to 15,902 for the sitting "
                "member."),
        Example("The coalition took 240 of the 350 seats, enough for a two-thirds majority."),
        Example("Officials closed 96 schools on Tuesday. That represents roughly 6% of the 1,600 in the county."),
        Example("Of the 900 applicants, 450 were interviewed. Just 90 of those interviewed, or 20%, were hired."),
        Example("Ms Ortiz polled 41,200 votes (57%) while her rival polled 30,900."),
        Example("The operating margin rose to 12%, on operating profit of $1.2bn and sales of $10bn."),
        Example("Some 3.4 million households rent privately - one in seven of the country's 24 million homes."),
        Example("The appeal has raised £2.4m so far. About a third of that, £0.8m, came from one donor."),
        Example("Half of the club's 1,800 members are aged over 65 - some 900 people - and it wants younger "
                "recruits."),
        Example("Of the 400 appeals heard, 100 were rejected, a success rate of 75%."),
        Example("The striker has scored nine goals from 45 shots, a conversion rate of 20%."),
        Example("Two-thirds of the 900 letters sent were about parking. Of those, a third (200) came from one "
                "street."),
    )

    def check(self, rel: ShareOf, doc: Document):
        ratio = ratio_interval(rel)
        if ratio is None:
            return
        base_text = amount(rel.base_value, rel.base or rel.part)
        if rel.base_share is not None:  # a share of a share: "340 / (58% of 1,450 = 841)"
            base_text = f"({quoted(rel.base_share)} of {amount(rel.base.value, rel.base)} = {base_text})"
        computed = rel.part.value / rel.base_value if rel.base_value else None
        if computed is None:
            return
        arithmetic = f"{amount(rel.part.value, rel.part)} / {base_text} = {format_percent(computed)}"
        if rel.cue in ("votes to", "the sides"):  # "1,842 / (1,842 + 1,558) = 1,842 / 3,400 = 54.2%"
            arithmetic = (f"{amount(rel.part.value, rel.part)} / ("
                          + " + ".join(amount(m.value, m) for m in rel.base_sum) + f") = {arithmetic}")
        if rel.of_rest:  # "130 were successful, a rejection rate of 20%": the rate counts the rest
            arithmetic = (f"({base_text} - {amount(rel.part.value, rel.part)}) / {base_text} = "
                          f"{format_percent(1 - computed)}")
        elif rel.either and rest_interval(rel) is not None:
            # "failed to see 3,410 of the 9,870 ..., meaning 55% were seen": the share or its complement
            arithmetic += (f"; the rest: ({base_text} - {amount(rel.part.value, rel.part)}) / {base_text} = "
                           f"{format_percent(1 - computed)}")
        tolerance = _share_tolerance(rel)
        if rel.at_most:  # "..., with 510 scrapped": the part may be only some of them, never more
            tolerance += "; the part may be only some of those the share speaks of, so it may be less, never more"
        if rel.base_share is not None:
            tolerance += f"; the whole is the group {quoted(rel.base_share)} of the base picked out (a share of a share)"
        if rel.cue == "margin":  # "an operating margin of 14.2%, on operating profit of ... and sales of ..."
            tolerance += "; a margin is the profit over the sales"
        if rel.of_rest:
            tolerance += "; the rate is named for the other outcome, so it counts the rest of the whole"
        if nearest_count(rel):  # (round 43) "just under a third of the 27 candidates - eight -"
            tolerance += (f"; of {amount(rel.base.value, rel.base)} the nearest whole count on that side of "
                          f"{quoted(rel.share)} is {amount(rel.part.value, rel.part)}")
        if rel.at_least:  # "won 41 of the 87 seats, giving it a two-thirds majority"
            tolerance += "; a majority of that share needs at least that share, any more will do"
        if rel.within_two and rel.either:  # "58% of the vote, taking 1,204,330 votes to 1,067,118"
            tolerance += ("; other sides may hold votes too, so the share may be less than a side's part of "
                          "the two, never more")
        elif rel.within_two:  # "1,412,000 votes (58%) and the No side 1,530,000"
            tolerance += ("; other sides may hold votes too, so the share may be less than the side's part of "
                          "the sides named, never more")
        related = (rel.part,) + ((rel.base,) if rel.base else ()) + rel.base_sum \
            + ((rel.base_share,) if rel.base_share else ())
        yield self.verdict(
            rel, rel.share, agrees(rel),
            f"{arithmetic}, consistent with {quoted(rel.share)}.",
            f"{quoted(rel.share)} does not match the counts"
            f"{' (neither the part nor the rest of the whole)' if rel.either and not rel.within_two else ''}"
            f"{' (the part is more than the share allows)' if rel.at_most else ''}"
            f"{' (the share is more than either side has of the two)' if rel.within_two and rel.either else ''}"
            f"{' (the share is more than the side has of the sides named)' if rel.within_two and not rel.either else ''}"
            f": {arithmetic} ({tolerance}).",
            arithmetic=arithmetic, tolerance=tolerance, related=related)


RULES = (ShareCountMismatch,)
