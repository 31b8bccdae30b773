"""Round 30 (opened never-seen misses, lists and sums): five variants of each family, with clean twins."""
import pytest

from tests.shapes import assert_clean, assert_flagged

# a count, a post-modifier, then ", named as" and fewer names (ages after them)
NAMED_AFTER_MODIFIER = [
    ("The three women arrested after the raid, named as Priya Shah, 34, and Lena Ford, 29, were bailed.", "three"),
    ("Five teenagers held over the fire, named as Owen Clay, 17, Rhys Dunn, 16, Kai Moss, 18, and Eli Ward, 17, "
     "are due in court in May.", "Five"),
    ("The two pilots involved in the incident, named as Marta Ruiz, Hugo Lind and Sam Otto, have been suspended.",
     "two"),
    ("Police said the six suspects detained overnight, named as Adam Rhee, Ben Toll, Carl Vane and Dev Hart, "
     "remain in custody.", "six"),
    ("The four climbers rescued from the ridge, identified as Nora Beck, Ivo Pratt and Tom Reyes, were unhurt.",
     "four"),
]
NAMED_AFTER_MODIFIER_CLEAN = [
    "The three women arrested after the raid, named as Priya Shah, 34, Lena Ford, 29, and Ada Cole, 41, were bailed.",
    "The two pilots involved in the incident, named as Marta Ruiz and Hugo Lind, have been suspended.",
    "The four climbers rescued from the ridge, identified as Nora Beck, Ivo Pratt, Tom Reyes and Jo Kim, were unhurt.",
]

# a count of kinds, a participle phrase, a copula and article-led kinds of up to five words
KINDS_AFTER_COPULA = [
    ("The five orchid species recorded on the reserve were the lady's slipper, the bee orchid, the fly orchid and the "
     "early marsh orchid.", "five"),
    ("The four heritage apple varieties grown in the orchard are the golden russet, the red falstaff and the "
     "blenheim orange pippin.", "four"),
    ("The seven dog breeds found at the show were the border collie, the bearded collie, the welsh springer "
     "spaniel, the whippet, the pug and the old english sheepdog.", "seven"),
    ("The three bird species spotted at the lake this winter were the great crested grebe, the little egret, the "
     "common kingfisher and the black-necked grebe.", "three"),
    ("The six grape varieties planted on the estate are the pinot noir, the chardonnay, the pinot meunier, the "
     "bacchus and the early white muscat.", "six"),
]
KINDS_AFTER_COPULA_CLEAN = [
    "The four heritage apple varieties grown in the orchard are the golden russet, the red falstaff, the "
    "egremont russet and the blenheim orange pippin.",
    "The three bird species seen at the lake this winter were the great crested grebe, the little egret and the "
    "common kingfisher.",
    "The six grape varieties planted on the estate are among the best in the county.",
    "The five rare orchids recorded on the reserve were the first found there since 1990.",
]


@pytest.mark.parametrize("text,target", NAMED_AFTER_MODIFIER + KINDS_AFTER_COPULA)
def test_list_variants_flagged(text, target):
    assert_flagged(text, target, "FC410")


@pytest.mark.parametrize("text", NAMED_AFTER_MODIFIER_CLEAN + KINDS_AFTER_COPULA_CLEAN)
def test_list_twins_clean(text):
    assert_clean(text)


# "Of those" after a sentence whose other figure is a decimal hyphened to a word (a modifier, not a whole)
OF_THOSE_PAST_HYPHENED_DECIMAL = [
    ("A 7.4-magnitude tremor flattened 2,300 houses in the valley. Of these, 900 collapsed completely and 1,600 "
     "lost their roofs.", "2,300"),
    ("The 4.5-star resort group operates 120 hotels. Of those, 70 are owned and 65 are leased.", "120"),
    ("A 3.2-magnitude aftershock cracked 540 homes in the district, officials said. Of those, 380 needed new walls "
     "and 210 were declared unsafe.", "540"),
    ("The 5.8-magnitude shock left 410 families homeless, officials said. Of those, 260 were rehoused and 190 remain "
     "in shelters.", "410"),
    ("Her 8.9-rated sitcom ran for 212 episodes. Of those, 150 were filmed in Atlanta and 90 in Toronto.", "212"),
]
OF_THOSE_PAST_HYPHENED_DECIMAL_CLEAN = [
    "A 7.4-magnitude tremor flattened 2,300 houses in the valley. Of these, 900 collapsed completely and 1,400 "
    "lost their roofs.",
    "The 4.5-star resort group operates 120 hotels. Of those, 70 are owned.",
    "A 3.2-magnitude aftershock cracked 540 homes in the district, officials said. Of those, 380 needed new walls "
    "and 160 were declared unsafe.",
    "Her 9.1-rated podcast has 760 episodes. In 2019, 410 were interviews and 300 were debates.",
]


@pytest.mark.parametrize("text,target", OF_THOSE_PAST_HYPHENED_DECIMAL)
def test_of_those_variants_flagged(text, target):
    assert_flagged(text, target, "FC10")


@pytest.mark.parametrize("text", OF_THOSE_PAST_HYPHENED_DECIMAL_CLEAN)
def test_of_those_twins_clean(text):
    assert_clean(text)
