"""Keeps the theme's English end-of-life banner out of the editors' terminal.

Material for MkDocs prints, on every start, that it reaches end of life on 5 May 2027 and
that Zensical succeeds it, unless NO_MKDOCS_2_WARNING is set before the theme is imported.
CONTRIBUTING.md's maintenance section carries that news for the developers; an HR editor running
`mkdocs serve` should see Rollguiden's Swedish lines, not a banner about the theme. mkdocs.yml
names SILENCED with a `!!python/name:` tag, which imports this module while the file is read,
before MkDocs loads the theme.
"""

from __future__ import annotations

import os

os.environ.setdefault("NO_MKDOCS_2_WARNING", "1")

SILENCED = True
