"""figcheck: a figure-consistency checker for news writing."""
from __future__ import annotations

__version__ = "0.1.0"

from .api import analyse, check_document, check_text
from .formats import assert_consistent
from .model import Document, Finding, Kind, Mention, Related, Severity

__all__ = [
    "__version__", "analyse", "assert_consistent", "check_document", "check_text",
    "Document", "Finding", "Kind", "Mention", "Related", "Severity",
]
