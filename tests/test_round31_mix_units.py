"""Round 31 (mix): food energy converts -- calories, kcal, kJ, kilojoules and megajoules (a food calorie is a
kilocalorie), tried on five variants that share no content words with the be-mix case, with clean twins."""
from __future__ import annotations

import pytest

from checker import units as U
from tests.shapes import assert_clean, assert_flagged

# ------------------------------------------------------------ 4. food energy converts

ENERGY_FLAGS = [
    ("Each serving of the new cereal bar contains 190 kcal (395kJ), the maker says.", "395kJ"),
    ("The label lists 1,250kJ (150 calories) per portion.", "150 calories"),
    ("A marathon runner can burn 2,600 calories, or about 5,400 kilojoules, over the race.", "5,400 kilojoules"),
    ("Burger chain's new meal packs 1,100 Calories (2,300 kilojoules)", "2,300 kilojoules"),
    ("An adult's daily allowance is put at 8.4 megajoules (3,000 kcal) by the agency.", "3,000 kcal"),
]


@pytest.mark.parametrize("text, target", ENERGY_FLAGS)
def test_food_energy_conversion(text, target):
    assert_flagged(text, target, "FC601")


@pytest.mark.parametrize("text", [
    "Each serving of the new cereal bar contains 190 kcal (795kJ), the maker says.",
    "The label lists 1,250kJ (299 calories) per portion.",
    "A marathon runner can burn 2,600 calories, or about 10,900 kilojoules, over the race.",
    "Burger chain's new meal packs 1,100 Calories (4,600 kilojoules)",
    "An adult's daily allowance is put at 8.4 megajoules (2,000 kcal) by the agency.",
    # not conversions
    "She cut from 2,500 calories to 1,800 calories a day and lost 6kg in two months.",
    "A 500-calorie lunch (about 2,100kJ) now costs £6.50.",
    "The cyclists burned 4,000 calories on Monday and 3,200 calories on Tuesday.",
    "The plant turns 300,000 tonnes of waste a year into 60MW of electricity and 900,000 MJ of heat.",
])
def test_food_energy_clean(text):
    assert_clean(text)


def test_food_calorie_is_a_kilocalorie():
    kcal, kj = U.resolve("calories")[0], U.resolve("kJ")[0]
    assert kcal.name == "kilocalorie" and kj.name == "kilojoule"
    assert float(U.conversion(kcal, kj).a) == pytest.approx(4.184)
    assert U.conversion(U.resolve("kcal")[0], U.resolve("MW")[0]) is None  # energy is no power
