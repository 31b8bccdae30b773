"""Round 21 (speed): the extractor's and segmenter's fast constructors make the very objects the dataclasses make."""
import dataclasses
import pickle

import pytest

from checker.api import analyse
from checker.model import Mention, Sentence, new_mention, new_sentence

TEXTS = [
    "It was 41C (106F) on Monday. Of the 50 ships, 30 were tankers and 20 ferries, up 4% on 2.5m in 1999.",
    "Rail chaos: 1,248 trains axed\n\nOperators cancelled 712 services on Saturday and a further 436 on Sunday.",
    "About 3,800 people - 2,337 men, 906 women and 561 children - were evacuated, police said.",
]


@pytest.mark.parametrize("text", TEXTS)
def test_fast_mentions_and_sentences_equal_the_dataclasses(text):
    doc = analyse(text)
    assert doc.mentions and doc.sentences
    for cls, items in ((Mention, doc.mentions), (Sentence, doc.sentences)):
        for item in items:
            assert type(item) is cls
            made = cls(**{f.name: getattr(item, f.name) for f in dataclasses.fields(cls)})
            assert made == item and hash(made) == hash(item) and repr(made) == repr(item)
            assert pickle.loads(pickle.dumps(item)) == item
            with pytest.raises(dataclasses.FrozenInstanceError):
                item.start = 0
            assert dataclasses.replace(item, start=0).start == 0


def test_fast_constructors_take_every_field_in_order():
    m = new_mention(*range(17))
    assert [getattr(m, f.name) for f in dataclasses.fields(Mention)] == list(range(17))
    s = new_sentence(*range(6))
    assert [getattr(s, f.name) for f in dataclasses.fields(Sentence)] == list(range(6))
