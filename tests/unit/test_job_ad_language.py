"""How a job ad words a language requirement: the language and the level in the level's own
words where they read so, why the work needs it, and a placeholder where nobody has said."""

from __future__ import annotations

import pytest

from rollguiden.model.role import LanguageRequirement
from rollguiden.pages.job_ad import _language
from rollguiden.text.labels import load_labels

TEXTS = load_labels()["job_ad"]


@pytest.mark.parametrize(
    ("level", "other", "expected"),
    [
        # "kunskaper" leads: the language goes after it, the rest of the level follows
        ("mycket goda kunskaper i tal och skrift", False,
         "har mycket goda kunskaper i svenska i tal och skrift"),
        ("goda kunskaper", True, "har goda kunskaper i svenska eller ett annat språk"),
        # any other level stands in brackets
        ("samtalsnivå", False, "har kunskaper i svenska (samtalsnivå)"),
    ],
)  # fmt: skip
def test_the_level_reads_around_the_language(level: str, other: bool, expected: str) -> None:
    missing: list[str] = []
    requirement = LanguageRequirement(
        language="svenska", level=level, or_other_foreign=other,
        reason="Avtalen skrivs på svenska.",
    )  # fmt: skip
    text = _language("Svenska", requirement, TEXTS, missing)
    assert text == f"{expected}, eftersom avtalen skrivs på svenska."
    assert missing == []


def test_a_language_without_its_reason_asks_for_it() -> None:
    missing: list[str] = []
    requirement = LanguageRequirement(language="engelska", level="goda kunskaper")
    text = _language("Engelska", requirement, TEXTS, missing)
    assert text == (
        "har goda kunskaper i engelska, eftersom [Fyll i: varför arbetet kräver språket]"
    )
    assert missing == ["varför arbetet kräver språket"]
