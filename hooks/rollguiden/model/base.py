"""Building blocks every data model shares: strict model settings and text and id types."""

from __future__ import annotations

from typing import Annotated

from pydantic import BaseModel, ConfigDict, StringConstraints

NO_CONTROL_CHARACTERS = r"^[^\x00-\x08\x0b\x0c\x0e-\x1f\x7f]*$"
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


Slug = Annotated[str, StringConstraints(pattern=SLUG_PATTERN, min_length=1, max_length=60)]
"""An id: lower-case a–z, digits and hyphens, such as `key-account-manager`."""

ShortText = Annotated[
    str, StringConstraints(min_length=1, max_length=200, pattern=NO_CONTROL_CHARACTERS)
]
"""A name or a title: one line of plain text."""

Text = Annotated[
    str, StringConstraints(min_length=1, max_length=4000, pattern=NO_CONTROL_CHARACTERS)
]
"""Plain text shown as written: no Markdown, no HTML (see the README)."""
