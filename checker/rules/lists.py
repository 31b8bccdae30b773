"""Rules: a count word must match the items listed for it (FC410-FC411)."""
from __future__ import annotations

from typing import Iterable

from ..model import Document, Finding, Severity
from ..relate.lists import ListedItems
from .base import Example, Rule


def _counted(relation: ListedItems) -> str:
    return f"{relation.count.text} {relation.noun}".strip()


def _one_and_others(relation: ListedItems, n: int) -> str:
    """"One of 'five books' and the 3 others named after it make 4": the one, and the rest listed next (round 33)."""
    return f"One of '{_counted(relation)}' and the {len(relation.items)} others named after it make {n}"


def _names(relation: ListedItems, doc: Document) -> str:
    """The items as the text joins them: "A, B and C", or "A, B or C" (round 28 mend: the text's "or" kept)."""
    items = relation.items
    texts = [r.text for r in items]
    between = doc.text[items[-2].end:items[-1].start] if len(items) > 1 else ""
    joint = " or " if between.rstrip().endswith(" or") or between.strip() == "or" else " and "
    if len(texts) <= 2:
        return joint.join(texts)
    return ", ".join(texts[:-1]) + joint + texts[-1]


class FC410(Rule):
    """Count word does not match the items listed.

    What it checks:
        A count and its noun followed by the list of those things -- after
        a colon, a dash, "named as", or a comma in apposition ("The two
        men, Ali Khan and Joe Park, ...") -- and whether the list has as
        many items as the count says.  Ages (", 24,") and home towns ("of
        Bolton") are not items; semicolons separate items when present.
        "Both", "the pair" and "the trio" are counts too; "are by" / "went
        to" introduce one name per item; places after ", in" must not
        outnumber the count (two may share a town), sites after "at" must
        match it (a warning when fewer: one site each); names opening the
        sentence before "are the N NOUNs" (or the sentence before "All N
        ...") are its list too, and so are names
        in brackets right after the noun ("four states (A, B, C and D)") and
        after "They are" / "The men, named as" in the next sentence; a closing
        attribution (", the agency said") is no item; an item that counts
        its own things ("two police officers") counts as that many; "the
        uncapped trio of A, B, C and D" counts the names after "of"; ages
        listed for a count of people ("The two men, aged 19, 22 and 25")
        may not outnumber them; race distances after a count of events
        ("entered two races, the 5km, 10km and 20km") name one event each;
        "X is one of five books" and "The others are A, B and C" in the
        next sentence make one plus the others.

    Why it matters:
        A list that does not match its count means a name was added or
        dropped after the count was written, or the count is wrong; either
        way a reader who counts sees it at once.

    Example:
        "The three finalists - Ava Ross, Ben Cole, Cara Webb and Dan Holt -
        will perform on Saturday."

    Use instead:
        Recount the list and correct the number ("The four finalists"), or
        restore the missing item.
    """

    code = "FC410"
    name = "list-count-mismatch"
    severity = Severity.ERROR
    relations = (ListedItems,)
    fail = (
        Example("The three finalists - Ava Ross, Ben Cole, Cara Webb and Dan Holt - will perform on "
                "Saturday.", "three"),
        Example("Police said the two women, named as Jo Hart, 33, Amy Lowe, 29, and Kim Shaw, 41, were "
                "released on bail.", "two"),
        Example("Five towns have been shortlisted for the award: Rye, Ludlow, Frome and Hexham.", "Five"),
        Example("The city's two main stations, Central, Queen Street and Park Lane, were closed.", "two"),
        Example("Five riders were selected: sprinter Al Reyes, climbers Bo Tan and Cal Ito, and captain Dee Ray.",
                "Five"),
        Example("Both routes - the coast road, the moor road and the old drove road - were closed.", "Both"),
        Example("The bank will shut its four branches, in Alnwick, Morpeth, Hexham, Amble and Rothbury, in May.",
                "four"),
        Example("The three awards went to Lena Ruiz and Omar Haddad.", "three"),
        Example("The four new depots on the ring road, at Alva, Brora and Cupar, open in May.", "four"),
        Example("The jury heard from five witnesses - two police officers, a paramedic and a neighbour.", "five"),
        Example("Voters will settle five ballot questions in November, on gambling, rent caps and gun storage.",
                "five"),
        Example("The two new governors of the college are Dr Lena Ruiz, Omar Haddad and Kit Moss.", "two"),
        Example("The two fruits hit hardest by the frost, apples, pears and plums, will cost more.", "two"),
        Example("The board agreed five steps to cut costs: a pay freeze, 120 fewer posts, a smaller fleet and a "
                "new supplier.", "five"),
        Example("The rower has entered two events at the regatta, the 500m, 1000m and 2000m.", "two"),
        Example("Three of the county's oldest pubs - the Bell, the Crown, the Swan and the Plough - shut.", "Three"),
        Example("Two candidates are standing: Ann Roe (Labour), Bo Lee (Green) and Cy Fox (Reform).", "Two"),
        Example("The prize has six novels on its list: Dusk, The Long Road, Salt and Iron, Moss and Tide.", "six"),
        Example("Ayr, Troon and Irvine were the two towns picked for the pilot.", "two"),
        Example("Three reservoirs (Ashdown, Bewl, Darwell and Powdermill) are below their usual levels.", "Three"),
        Example("Five lines were suspended on Friday: the Central, the Jubilee, the Victoria and the Circle, "
                "the operator said.", "Five"),
        Example("The untested trio of Mia Holt, Ravi Sen, Ola Berg and Tom Ives start on Saturday.", "trio"),
        Example("The two men, aged 19, 22 and 25, were charged with burglary.", "two"),
        Example("The trust has shut three clinics since the heatwave began, namely Ashby, Carlow, Denby and Eston.",
                "three"),
        Example("The injury list now stands at four: Sam Roe, Ed Lane and Al Dunn.", "four"),
        Example("The board agreed four steps: extra beds for up to 40 patients over the winter, a discharge team "
                "working with care homes, and longer hours for the minor injuries unit.", "four"),
        Example("Four Scots reached the final: Reid, Munro and Gray all qualified fastest.", "Four"),
    )
    ok = (
        Example("The three finalists - Ava Ross, Ben Cole and Cara Webb - will perform on Saturday."),
        Example("The four victims were named as Ian Day, 70, of Leek; Mary Day, 68, of Leek; Paul Roe, "
                "45, of Stone; and Sue Roe, 44, of Stone."),
        Example("In 12 matches, Smith, Jones and Brown scored every goal."),
        Example("The three men, including Ray Wood and Tom Bell, were charged."),
        Example("The bank will shut its four branches, in Alnwick, Morpeth and Hexham, in May."),
        Example("The trio, Lena Ruiz, Omar Haddad and Kit Moss, were cleared."),
        Example("Three candidates are standing: Ann Roe (Labour), Bo Lee (Green) and Cy Fox (Reform)."),
        Example("The prize has five novels on its list: Dusk, The Long Road, Salt and Iron, Moss and Tide."),
        Example("Ayr, Troon and Irvine were among the five towns picked for the pilot."),
        Example("Four reservoirs (Ashdown, Bewl, Darwell and Powdermill) are below their usual levels."),
        Example("Two of the four reservoirs (Ashdown and Bewl) are below their usual levels."),
        Example("The three fruits hit hardest by the frost, apples, pears and plums, will cost more."),
        Example("The jury heard from four witnesses - two police officers, a paramedic and a neighbour."),
        Example("The three men were named as Ann Roe and Bo Lee, and a third man has not been named."),
        Example("The three boys, aged 14 and 15, were cautioned."),
        Example("The trust has shut three clinics after complaints from patients, namely Ann Roe, Bo Lee, Cy Fox and "
                "Di Kerr."),
        Example("Wales named two new caps in their 3-man shortlist - Dai Rees, Huw Pryce and Iestyn Lloyd."),
        Example("Nine councils were consulted: Leeds, Hull and York all objected."),
    )

    def check(self, relation: ListedItems, doc: Document) -> Iterable[Finding]:
        if relation.partial:
            return
        count = relation.count
        n = relation.total or len(relation.items)
        stated = int(count.value)
        others = relation.cue == "the others are"  # (round 33) "X is one of five books. The others are A, B and C."
        if n == stated:
            told = _one_and_others(relation, n) if others else f"'{_counted(relation)}' lists {n} items"
            yield self._finding(Severity.INFO, relation, f"{told} ({_names(relation, doc)}), as stated.",
                                f"{n} items listed = {stated}")
            return
        if relation.places and n < stated and not relation.sites \
                and (count.noun or "").lower() not in _PLACE_NOUNS:
            return  # ", in A and B": two of them may share a town (but not a site: ", at A and B"; nor the places
            # counted themselves, round 52: "in four towns -- A, B and C --")
        if others:
            told = _one_and_others(relation, n)
        else:
            told = f"'{_counted(relation)}' {'restates' if relation.cue == 'list before the count' else 'is followed by'} " \
                   f"{n} items"
        yield self._finding(
            Severity.WARNING if relation.sites and n < stated else self.contradiction_severity(relation), relation,
            f"{told}, not {stated}: {_names(relation, doc)}.",
            f"{n} items listed \u2260 {stated}")

    def _finding(self, severity, relation: ListedItems, message: str, arithmetic: str) -> Finding:
        count = relation.count
        return Finding(rule=self.code, name=self.name, severity=severity, start=count.start, end=count.end,
                       message=message, arithmetic=arithmetic,
                       tolerance="a count of named items is exact",
                       related=relation.items)


# (round 52) nouns of places: a count of them is of the places listed, each named once
_PLACE_NOUNS = frozenset("towns cities villages countries nations states regions provinces districts counties islands "
                         "ports capitals boroughs parishes municipalities".split())


class FC411(Rule):
    """Partial list names more items than the count.

    What it checks:
        A count followed by "including" or "such as" and a list: the list
        may name fewer items than the count, never more.

    Why it matters:
        "Three people, including A, B, C and D" cannot be right: either
        the count is short or the list has an extra name.

    Example:
        "Three ministers, including Ann Cole, Raj Patel, Joe Kerr and Liz
        Dunn, resigned on Monday."

    Use instead:
        Correct the count, or drop "including" if the list is complete.
    """

    code = "FC411"
    name = "partial-list-exceeds-count"
    severity = Severity.WARNING
    relations = (ListedItems,)
    fail = (
        Example("Three ministers, including Ann Cole, Raj Patel, Joe Kerr and Liz Dunn, resigned on "
                "Monday.", "Three"),
        Example("The two clubs, including Leeds, Hull and York, were fined.", "two"),
    )
    ok = (
        Example("Five ministers, including Ann Cole, Raj Patel and Joe Kerr, resigned on Monday."),
        Example("Several clubs, such as Leeds, Hull and York, were fined."),
    )

    def check(self, relation: ListedItems, doc: Document) -> Iterable[Finding]:
        if not relation.partial:
            return
        count = relation.count
        n = relation.total or len(relation.items)
        stated = int(count.value)
        if n <= stated:
            return
        yield Finding(
            rule=self.code, name=self.name, severity=self.severity, start=count.start, end=count.end,
            message=f"'{_counted(relation)}' is followed by a partial list of {n} items, more than "
                    f"{stated}: {_names(relation, doc)}.",
            arithmetic=f"{n} items named > {stated}",
            tolerance="'including' allows fewer items than the count, never more",
            related=relation.items)


RULES = (FC410, FC411)
