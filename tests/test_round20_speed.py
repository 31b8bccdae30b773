"""Round 20 (speed): the faster ways of making the model's objects keep the dataclass behaviour.

``model._slot_setting_init`` replaces the ``__init__`` of the frozen, slotted Span, Sentence and Mention;
these tests hold it to what ``dataclass`` itself would give: the same signature and defaults, the same
errors, frozen objects, ``replace`` and pickling as before."""
from __future__ import annotations

import dataclasses
import inspect
import pickle
from fractions import Fraction

import pytest

from checker.model import Kind, Mention, Sentence, Span, _slot_setting_init


@dataclasses.dataclass(frozen=True, slots=True)
class _Plain:
    a: int
    b: str = "x"
    c: tuple = ()


_Fast = _slot_setting_init(dataclasses.make_dataclass("_Fast", [("a", int), ("b", str, dataclasses.field(default="x")),
                                                                  ("c", tuple, dataclasses.field(default=()))],
                                                      frozen=True, slots=True))


@pytest.mark.parametrize("cls", [Span, Sentence, Mention])
def test_signature_is_the_dataclass_one(cls):
    params = inspect.signature(cls.__init__).parameters
    fields = dataclasses.fields(cls)
    assert [p for p in params if p != "self"] == [f.name for f in fields]
    for f in fields:
        default = params[f.name].default
        assert (default is inspect.Parameter.empty) == (f.default is dataclasses.MISSING)
        if f.default is not dataclasses.MISSING:
            assert default == f.default


def test_values_defaults_and_equality():
    m = Mention(3, 9, "£4.2m", Kind.MONEY, value=Fraction(4200000), unit="GBP", sentence=2)
    assert (m.start, m.end, m.text, m.kind, m.value, m.unit, m.sentence) == (3, 9, "£4.2m", Kind.MONEY,
                                                                            Fraction(4200000), "GBP", 2)
    assert m.hedge is None and m.noun_span is None and m.is_range is False and m.parenthetical is False
    assert m == Mention(start=3, end=9, text="£4.2m", kind=Kind.MONEY, value=Fraction(4200000), unit="GBP", sentence=2)
    assert hash(Span(1, 4)) == hash(Span(1, 4)) and Span(1, 4) != Span(1, 5)
    assert Sentence(0, 10, 0, 0).headline is False and Sentence(0, 10, 0, 0, True).headline is True


def test_errors_frozen_replace_and_pickle():
    with pytest.raises(TypeError):
        Mention(1, 2)  # text and kind missing
    with pytest.raises(TypeError):
        Span(1, 2, 3)
    with pytest.raises(TypeError):
        Span(1, 2, start=1)
    m = Mention(1, 2, "7", Kind.COUNT, value=Fraction(7), noun_span=Span(3, 8))
    with pytest.raises(dataclasses.FrozenInstanceError):
        m.start = 5
    assert dataclasses.replace(m, end=4) == Mention(1, 4, "7", Kind.COUNT, value=Fraction(7), noun_span=Span(3, 8))
    assert pickle.loads(pickle.dumps(m)) == m


def test_a_made_class_matches_a_plain_dataclass():
    for args, kwargs in (((1,), {}), ((1, "y"), {}), ((1,), {"c": (2,)}), ((), {"a": 5, "b": "z"})):
        plain, fast = _Plain(*args, **kwargs), _Fast(*args, **kwargs)
        assert (plain.a, plain.b, plain.c) == (fast.a, fast.b, fast.c)
    with pytest.raises(TypeError):
        _Fast()
