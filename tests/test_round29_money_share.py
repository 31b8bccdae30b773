"""Round 29: a share of a sum of money told with the amount it comes to. The whole's figure comes first and the
amount after the whole's noun phrase ("18% of the €95bn market, worth €23bn"), or the whole opens the sentence
("Of the €640m income, medicine received 35%, roughly €310m"). Each flag has a clean twin."""
import pytest

from tests.shapes import assert_clean, assert_flagged


FLAGGED = [
    # the amount after a word naming its worth
    ("Electric cars now make up 18% of Germany's €95bn new-vehicle market, worth roughly €23bn, industry figures "
     "show.", "€23bn"),
    ("Exports to China account for 9 per cent of the firm's A$12 billion turnover, bringing in about A$1.6 "
     "billion.", "A$1.6 billion"),
    ("Tolls supply a quarter of the agency's $880 million road and bridge budget - some $300 million a year.",
     "$300 million"),
    ("Licence fees generate 61% of the broadcaster's £5.3bn income, generating around £2.6bn annually.", "£2.6bn"),
    # a slip of scale: the amount is more than its whole
    ("Advertising brings in 7% of the broadcaster's £3.2bn income, or roughly £224bn.", "£224bn"),
    ("Overseas buyers took 4.5 per cent of the $900 million harvest, or $405 billion, officials said.",
     "$405 billion"),
    # "total NOUN NOUN of AMOUNT"
    ("Fees made up 22 per cent of total household energy bills of $61 billion in 2023, or around $9 billion.",
     "$9 billion"),
    # the whole opens the sentence; a short subject and verb before the share
    ("Of the university's €640m research income last year, medicine received 35%, roughly €310m.", "€310m"),
    ("Of the $2.4 billion raised by the bond sale, the housing agency will get 15%, some $520 million.",
     "$520 million"),
]


@pytest.mark.parametrize("text, target", FLAGGED)
def test_amount_of_a_money_share_mismatch_is_flagged(text, target):
    assert_flagged(text, target, "FC201")


CLEAN = [
    # the same shapes, agreeing
    "Electric cars now make up 18% of Germany's €95bn new-vehicle market, worth roughly €17bn, industry figures show.",
    "Exports to China account for 9 per cent of the firm's A$12 billion turnover, bringing in about A$1.1 billion.",
    "Tolls supply a quarter of the agency's $880 million road and bridge budget - some $220 million a year.",
    "Advertising brings in 7% of the broadcaster's £3.2bn income, or roughly £224m.",
    "Fees made up 22 per cent of total household energy bills of $61 billion in 2023, or around $13 billion.",
    "Of the university's €640m research income last year, medicine received 35%, roughly €225m.",
    "Of the $2.4 billion raised by the bond sale, the housing agency will get 15%, some $360 million.",
    # "worth" telling the whole's size, not the share's
    "Own-brand goods take 38% of the chilled food market, worth £21.6bn a year.",
    # another thing: a change, an earlier figure, another currency, a list of other parts
    "Own-brand goods take 38% of the £21.6bn chilled food market, worth £4bn more than in 2019.",
    "Own-brand goods take 38% of the £21.6bn chilled food market, up from £6.2bn a decade ago.",
    "Exports account for 9 per cent of the firm's A$12 billion turnover, worth US$700 million.",
    "Of the council's £1.2bn budget, social care will take 42%, against £380m last year.",
    "Of the council's £1.2bn budget, social care will take 42%, schools £300m and roads £100m.",
    # a share of the amount, not of the whole before it
    "The fund holds 30% of its £2bn portfolio in bonds, and £900m in shares.",
]


@pytest.mark.parametrize("text", CLEAN)
def test_amount_of_a_money_share_clean(text):
    assert_clean(text)
