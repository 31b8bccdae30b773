"""List counts, round 8: longer bridges, figures of another kind in the bridge, a
closing attribution, acronym plurals, "They are" after a longer clause, bracketed lists."""
from __future__ import annotations

import pytest

from checker import check_text


def _problems(text, code=None):
    return [f for f in check_text(text) if f.is_problem and (code is None or f.rule == code)]


FLAGGED = [
    # a long bridge (more than a dozen words) before the colon or dash
    ("Two care homes run by the county council have been told to stop taking new residents after "
     "a damning inspection: Elmfield, Oak Lodge and The Laurels.", "Two", "error"),
    ("Three libraries in the north of the county have had their opening hours cut back sharply since the "
     "spring - Alford, Brant, Coxley and Dunmow.", "Three", "error"),
    # figures of another kind in the bridge: a duration, a percentage, money, a date
    ("Four hospitals have been told they must cut waiting lists by 20% within eighteen months - Ashgrove, "
     "Bellfield and Crane Park.", "Four", "error"),
    ("Five airlines were fined £2m each by the regulator for late refunds: Aerlink, Skyway, Jetline and "
     "Flyco.", "Five", "error"),
    ("Six clubs face points deductions from 1 August: Ashby, Bolton, Crewe, Derby and Ely.", "Six", "error"),
    # a measure compounded on a singular noun ("a two-kilo bag") is no rival count
    ("The two mills that raised the price of a two-kilo bag of flour last month - Heron, Millstone and "
     "Corran - blamed the harvest.", "two", "error"),
    # the closing attribution is no item
    ("Six ports have reported cases of the disease: Dover, Hull, Tilbury, Harwich, Poole, Fowey and Looe, "
     "the agency said.", "Six", "error"),
    ("Four banks have signed up to the scheme: Arco, Belmar and Corvo, officials confirmed on Tuesday.",
     "Four", "error"),
    ("Three firms have pulled out of the bidding: Arco, Belmar, Corvo and Dyno, according to the council.",
     "Three", "error"),
    # an acronym plural is a common noun
    ("The region's three new MSPs - Ann Roe, Bo Lee, Cy Fox and Di Kerr - took their seats.", "three", "error"),
    ("The four NGOs that signed the letter - Oxfam, Care and Tearfund - want a ceasefire.", "four", "error"),
    ("The practice's two GPs, Dr Ann Roe, Dr Bo Lee and Dr Cy Fox, retired in June.", "two", "warning"),
    # "They are ..." after a sentence that does not open with the count
    ("The board has interviewed four applicants for the headship. They are Ann Roe, Bo Lee and Cy Fox.",
     "four", "warning"),
    ("The jury picked three winners on Friday. They were Arco, Belmar, Corvo and Dyno.", "three", "warning"),
    ("The trust has chosen 6 hospitals for the trial. They are: Ashby, Brent, Crewe, Derby and Ely.", "6",
     "warning"),
    # the next sentence takes up the noun: "The men, named as ..."
    ("Detectives have charged four women over the fraud. The women, named as Ann Roe, 41, Bo Lee, 38, and "
     "Cy Fox, 52, will appear in court on Friday.", "four", "warning"),
    ("Three climbers were rescued from the ridge. The climbers have been named as Ann Roe, Bo Lee, Cy Fox and "
     "Di Kerr.", "Three", "warning"),
    # a list in brackets after the noun
    ("Farm ministers from four states (Victoria, Queensland, Tasmania, Ogden and Perth) met on Monday.",
     "four", "error"),
    ("The three suspects (Ann Roe, Bo Lee, Cy Fox and Di Kerr) were bailed.", "three", "error"),
    ("Two rivers (the Ouse, the Aire and the Wharfe) burst their banks overnight.", "Two", "error"),
    # "is made up of" after a member count; "top"/"last" between the determiner and the count;
    # a time phrase before the naming verb's "as"
    ("The seven-member jury is made up of Ann Roe, Bo Lee, Cy Fox and Di Kerr.", "seven-member", "error"),
    ("The top four seeds were Ann Roe, Bo Lee and Cy Fox.", "four", "warning"),
    ("Police named the two drivers on Sunday as Ann Roe, 44, Bo Lee, 37, and Cy Fox, 51.", "two", "error"),
    # places after the dash or colon may not outnumber the things
    ("Three depots have been earmarked for closure - at Alnmouth, Belford, Craster and Druridge.", "Three",
     "error"),
    ("The charity will open two shops next year: in Kelso, Melrose and Jedburgh.", "two", "error"),
]


@pytest.mark.parametrize("text, target, severity", FLAGGED)
def test_round8_list_shapes_flagged(text, target, severity):
    found = _problems(text, "FC410")
    assert found, [(f.rule, f.message) for f in check_text(text)]
    start = text.index(target)
    assert found[0].start <= start < found[0].end and found[0].severity.name.lower() == severity


@pytest.mark.parametrize("text", [
    # the same shapes, counts right
    "Three care homes run by the county council have been told to stop taking new residents after "
    "a damning inspection: Elmfield, Oak Lodge and The Laurels.",
    "Three hospitals have been told they must cut waiting lists by 20% within eighteen months - Ashgrove, "
    "Bellfield and Crane Park.",
    "Six ports have reported cases of the disease: Dover, Hull, Tilbury, Harwich, Poole and Fowey, "
    "the agency said.",
    "The region's four new MSPs - Ann Roe, Bo Lee, Cy Fox and Di Kerr - took their seats.",
    "The board has interviewed three applicants for the headship. They are Ann Roe, Bo Lee and Cy Fox.",
    "Farm ministers from five states (Victoria, Queensland, Tasmania, Ogden and Perth) met on Monday.",
    # a rival count in the bridge: whose list?
    "Two care homes have been told to stop taking residents from three towns: Elmfield, Oak Lodge and Ashby.",
    "Four hospitals have been told to cut waiting lists for 12 procedures - Ashgrove, Bellfield and Crane.",
    # the list runs into a clause, or the attribution is part of an item
    "Six ports were checked: Dover, Hull and Tilbury reported cases, the agency said.",
    "Three firms bid: Arco, Belmar, Corvo and Dyno, the agency's newest supplier.",
    # a partitive or another plural before "They are"
    "Two of the party's four MPs - Ann Roe and Bo Lee - resigned.",
    "The councils have approved three schemes. They are Leeds, Hull, York and Bath.",
    "The board interviewed four applicants from two firms. They are Ann Roe, Bo Lee and Cy Fox.",
    # brackets: partial, partitive, numbers, or not a list
    "Twelve countries (including Kenya, Uganda and Ethiopia) signed the accord.",
    "Two of the group's brands (Lumen, Kestrel and Arbor) will be sold.",
    "The three sites (two in Leeds and one in York) will close.",
    "The two clubs (both relegated last season) were fined.",
    "Three firms (Arco, Belmar and Corvo among them) bid for the work.",
    "The seven-member jury is made up of Ann Roe, Bo Lee, Cy Fox and Di Kerr among others.",
    "The top four of the 20 seeds were Ann Roe, Bo Lee, Cy Fox and Di Kerr.",
    "Police named the two drivers on Sunday as Ann Roe, 44, and Bo Lee, 37.",
    # a long bridge naming other things; another plural before "They are"; "said to be"
    "Two men were charged over attacks on shops in the towns of the county over the past year: Leeds, "
    "Hull and York.",
    "The club signed two players from rival teams. They are Ann Roe, Bo Lee and Cy Fox.",
    "Three firms have bid: Arco, Belmar, Corvo and Dyno, said to be the favourite.",
    # fewer places than things (two may share one); people are where they were, not one place each
    "Three depots have been earmarked for closure - in Alnmouth and Belford.",
    "Two men were arrested - in Leeds, Hull and York - after the raids.",
    "Detectives have charged four women over the fraud at two banks. The women, named as Ann Roe, Bo Lee "
    "and Cy Fox, will appear in court.",
    "Three climbers were rescued from the ridge. The climbers have been named as Ann Roe, Bo Lee and Cy Fox.",
])
def test_round8_list_shapes_clean(text):
    assert not _problems(text), [(f.rule, f.message) for f in _problems(text)]


# "shared among N ...: A, B, ..." names the whole set; "Among the N ... are A, B" stays partial
@pytest.mark.parametrize("text,flagged", [
    ("The grant will be shared among four charities: Oxfam, Shelter, Crisis, Mind and Scope.", True),
    ("The grant will be shared among five charities: Oxfam, Shelter, Crisis, Mind and Scope.", False),
    ("The estate was divided among three heirs: Anna, Ben, Carl and Dora.", True),
    ("Among the six charities chosen are Oxfam, Shelter and Crisis.", False),
])
def test_shared_among_names_the_whole_set(text, flagged):
    found = [f for f in check_text(text) if f.rule == "FC410" and f.is_problem]
    assert bool(found) == flagged, check_text(text)
