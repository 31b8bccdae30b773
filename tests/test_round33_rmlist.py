"""Round 33 (rmlist): false alarms hunted on round 33's new list-count readings, each mended with a general guard --
clean texts that must stay silent, beside flag twins of the same shape that must still fire."""
import pytest

from tests.shapes import assert_clean, assert_flagged

CLEAN = [
    # a count of couples under plural role labels: each label's two names are one couple
    "Two couples won the prize: the farmers John and Mary Smith and the bakers Ann and Bob Lee.",
    "Three pairs reached the final: the sisters Ann and Sue Hale, the brothers Tom and Sam Roe and the cousins "
    "Cy and Di Fox.",
    # "The others are" telling kinds, not names: two of the others may share a nationality
    "Ruiz is one of five foreign players in the squad. The others are French, Dutch and Belgian.",
    "Four firms have bid for the contract. They are British, French and German.",
    "Kane is one of six Premier League strikers in the team. The others are English, Welsh and Irish.",
    # the list of the others runs on past its names
    "Kestrel Park is one of four sites shortlisted. The others are Mill Lane and Quarry Hill, and a site near Derby.",
    "Ann is one of four siblings on the farm. The others are Bo and Cy, and their half-sister.",
    "Four towns are on the council's list. They are Ashby and Burton, plus a village near Melton.",
    # "They" after a subject whose verb takes a definite set: which set do the names belong to?
    "Two ministers visited the flooded towns. They were Ashby, Burton and Coalville.",
    "Three inspectors have toured the closed schools. They are Ashgrove, Beechwood, Cedars and Dunmore.",
    # a label before names joined by "and" in a series: "the consortium Kier and Mace" is one firm or two
    "Four firms bid for the contract: the builders Balfour Beatty, the consortium Kier and Mace, and the engineers "
    "Arup.",
    "Three acts will close the festival: the duo Chase and Status, the rapper Dave and the veteran band Blur.",
    # the items named by the count's noun, then another thing ("three wards: Ward A, ... and the maternity unit")
    "Three of the trust's 60 wards were closed to visitors: Ward A, Ward B, Ward C and the maternity unit.",
    "Two platforms will shut for a month: Platform 3, Platform 4 and the footbridge over them.",
]

FLAGGED = [
    ("Two couples won the prize: the Smiths, the Lees and the Foxes.", "Two couples"),
    ("Three players won awards: the striker John Smith, the defenders Ann Lee and Bob Lee and the keeper Cy Fox.",
     "Three players"),
    ("Ruiz is one of five foreign players in the squad. The others are Okafor, Lindqvist and Brandt.", "five"),
    ("Three firms have bid for the contract. They are Acme and Bolt.", "Three firms"),
    ("Kestrel Park is one of four sites shortlisted. The others are Mill Lane and Quarry Hill.", "four"),
    ("Four towns are on the council's list. They are Ashby and Burton.", "Four towns"),
    ("Two ministers resigned over the flooded towns. They were Ann Roe, Bo Li and Cy Day.", "Two ministers"),
    ("Four firms bid for the contract: the builders Balfour Beatty, the consortium Kier, and the engineers Arup.",
     "Four firms"),
    ("Three of the trust's 60 wards were closed to visitors: Ward A, Ward B, Ward C and Ward D.", "Three"),
    ("Two platforms will shut for a month: Platform 3, Platform 4 and Platform 5.", "Two platforms"),
    ("Three inspectors have toured schools in the county. They are Ann Roe and Bo Li.", "Three inspectors"),
]


@pytest.mark.parametrize("text", CLEAN)
def test_clean(text):
    assert_clean(text)


@pytest.mark.parametrize("text,target", FLAGGED)
def test_flagged(text, target):
    assert_flagged(text, target, "FC410")
