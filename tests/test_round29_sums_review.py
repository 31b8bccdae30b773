"""Round 29 review mends (sums): a sourced or spent list after ", with" is read as pieces of the sum
before it only when the pieces share the whole's period (no span of their own past the first piece:
"since ...", "over the ... seasons", "over the previous decade") and, for a spent sum, when each piece's
purpose is plain (no qualifier that sets it apart: "ordered in earlier budgets", "from capital budgets").
The flag rows the readings were built for must still flag (see tests/test_round29_sums.py)."""
import pytest

from tests.shapes import assert_clean, assert_flagged

PUBLISHED = "2024-06-10"

# sums told where they came from, the last over a span longer than the whole's
SOURCED_OVER_OWN_SPAN_CLEAN = [
    "The hospice raised £2.4m this year, with £1.5m from legacies, £0.6m from shops and £0.7m from fun runs since "
    "the first one was held in 2009.",
    "Revenue was £60m, with £35m from fares, £18m from advertising and £11m from property over the last three seasons.",
    "Ticket sales brought in $3.1m, with $2.0m from members and $1.4m from visitors during the past two years.",
]
# sums told what a spent sum went on, with a span or a qualifier of their own
SPENT_WITH_OWN_SPAN_OR_QUALIFIER_CLEAN = [
    "The trust spent £640,000 on upkeep, with £400,000 on the chapel and £300,000 on the cloisters over the "
    "previous decade.",
    "The navy spent $7.5bn on equipment, with $4.2bn going on frigates, $1.6bn on helicopters and $2.1bn on "
    "missiles bought under older contracts.",
    "The region spent €52bn on schools, with €38bn on teachers, €9bn on books and €7bn on sites from its "
    "building fund.",
]
# the shapes the readings were built for (in new words): still flagged
PIECES_STILL_FLAGGED = [
    ("The shelter raised £180,000 last year, with £120,000 from donors and £75,000 from grants.", "£180,000"),
    ("The borough spent £96m on housing, with £60m going on new flats and £41m on repairs.", "£96m"),
    ("The army spent £5.2bn on kit, with £3.0bn on armoured trucks and £2.6bn on guided missiles.", "£5.2bn"),
    ("The league's revenue was €8.1m, with €5.0m from television, €2.2m from sponsors and €1.4m from gate "
     "receipts.", "€8.1m"),
]
# a period noun qualifying a source is no span of the pieces' own
SOURCED_WITH_PERIOD_NOUN_LABELS = [
    ("The fair took £72,000, with £45,000 from day passes and £31,000 from evening tickets.", "£72,000"),
]


@pytest.mark.parametrize("text", SOURCED_OVER_OWN_SPAN_CLEAN + SPENT_WITH_OWN_SPAN_OR_QUALIFIER_CLEAN)
def test_pieces_of_another_span_or_kind_clean(text):
    assert_clean(text, PUBLISHED)


@pytest.mark.parametrize("text, target", PIECES_STILL_FLAGGED + SOURCED_WITH_PERIOD_NOUN_LABELS)
def test_pieces_still_flagged(text, target):
    assert_flagged(text, target, "FC102", PUBLISHED)
