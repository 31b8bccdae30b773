"""Round 32, sums: readings learnt from a never-tuned set (bf-sum), each written for its family -- variants of
other wording, numbers, order and units -- with clean twins that must stay silent."""
import pytest

from tests.shapes import assert_clean, assert_flagged

# 1. a whole placed in an accounting year ("for fiscal 2026", "for the financial year 2024-25", "for FY2027") is
# placed in time, not like its parts placed by purpose ("for teaching"): they are its parts, not its siblings
ACCOUNTING_YEAR_FLAG = [
    ("The university's £640m spending plan for financial year 2026 includes £310m for teaching, £190m for research "
     "and £180m for estates.", "£640m"),
    ("The state's $18.4 billion transport program for fiscal 2026 includes $9.1 billion for highways, $6.2 billion "
     "for transit and $4.3 billion for rail.", "$18.4 billion"),
    ("A €96 million package for the 2025 fiscal year includes €52 million for farmers, €31 million for fishermen and "
     "€21 million for foresters.", "€96 million"),
    ("Ministers set aside £1.2bn for the financial year 2024-25, including £700m for nurses, £380m for medicines and "
     "£250m for buildings.", "£1.2bn"),
    ("The county's $410 million capital plan for FY2027 includes $220 million for bridges, $130 million for schools "
     "and $95 million for parks.", "$410 million"),
]
ACCOUNTING_YEAR_CLEAN = [
    "The university's £640m spending plan for financial year 2026 includes £310m for teaching, £190m for research "
    "and £90m for estates.",
    "The state's $18.4 billion transport program for fiscal 2026 includes $9.1 billion for highways, $6.2 billion "
    "for transit and $2.3 billion for rail.",
    "The county's $410 million budget for fiscal 2027 compares with $390 million for fiscal 2026 and $370 million "
    "for fiscal 2025.",
    "The ministry had £1.2bn for the financial year 2024-25, £1.1bn for 2023-24 and £0.9bn for 2022-23.",
    "The trust's £86m budget for fiscal 2025 follows £80m for fiscal 2024 and £77m for fiscal 2023, figures show.",
]


@pytest.mark.parametrize("text,target", ACCOUNTING_YEAR_FLAG)
def test_whole_in_accounting_year_heads_purposes(text, target):
    assert_flagged(text, target, "FC10")


@pytest.mark.parametrize("text", ACCOUNTING_YEAR_CLEAN)
def test_whole_in_accounting_year_clean(text):
    assert_clean(text)
