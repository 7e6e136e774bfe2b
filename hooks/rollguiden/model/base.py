"""Building blocks every data model shares: strict model settings and text and id types."""

from __future__ import annotations

from typing import Annotated

from pydantic import BaseModel, ConfigDict, StringConstraints

_FORBIDDEN = (
    r"\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f"  # control characters but tab and line breaks
    r"\u202a-\u202e\u2066-\u2069"  # bidirectional embeddings, overrides and isolates
    r"\ufdd0-\ufdef\ufffe\uffff"  # non-characters
)
FORBIDDEN_CHARACTER = f"[{_FORBIDDEN}]"
NO_CONTROL_CHARACTERS = f"^[^{_FORBIDDEN}]*$"
"""Text holds no control characters (tabs and line breaks aside, which folded YAML makes),
no Unicode non-characters (which Word's XML refuses) and no bidirectional overrides (which
make a text read differently from what it says). An escape in a quoted YAML string, such
as "\\u0000", is how one gets in: the file itself cannot hold such characters."""
SLUG_PATTERN = r"^[a-z0-9]+(-[a-z0-9]+)*$"


class StrictModel(BaseModel):
    """Unknown fields are errors (a typo must not vanish silently); values never change."""

    model_config = ConfigDict(
        extra="forbid",
        frozen=True,
        str_strip_whitespace=True,
        allow_inf_nan=False,
        use_attribute_docstrings=True,
    )


MAX_ID_LENGTH = 60
"""The longest id: a role's is its file name and its address too, so that every file name
that validates can be referred to and built."""
Slug = Annotated[
    str, StringConstraints(pattern=SLUG_PATTERN, min_length=1, max_length=MAX_ID_LENGTH)
]
"""An id: lower-case a–z, digits and hyphens, such as `key-account-manager`."""

ShortText = Annotated[
    str, StringConstraints(min_length=1, max_length=200, pattern=NO_CONTROL_CHARACTERS)
]
"""A name or a title: one line of plain text."""

Abbreviation = Annotated[
    str, StringConstraints(min_length=1, max_length=12, pattern=NO_CONTROL_CHARACTERS)
]
"""A short form such as KAM."""

Text = Annotated[
    str, StringConstraints(min_length=1, max_length=4000, pattern=NO_CONTROL_CHARACTERS)
]
"""Plain text shown as written: no Markdown, no HTML (see the README)."""

CURRENCY_PATTERN = r"^[A-Z]{3}$"
CurrencyCode = Annotated[str, StringConstraints(pattern=CURRENCY_PATTERN)]
"""ISO 4217, three capitals: SEK."""
