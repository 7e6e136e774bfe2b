"""Our own scripts and style sheets as a reader's browser receives them: comments and spaces out.

The files in docs/assets are written to be read, with a comment for every why; the site
serves them minified (rjsmin, rcssmin: whitespace and comments only, names unchanged, so an
error in the browser still names the function it is in).
"""

from __future__ import annotations

from pathlib import PurePosixPath

import rcssmin
import rjsmin

OWN_ASSET_FOLDERS = ("assets/javascripts/", "assets/stylesheets/")


def is_own_asset(path: str) -> bool:
    """A script or style sheet of ours, by its path in the site (the theme's own assets are
    told apart by where their file comes from, not here)."""
    return path.startswith(OWN_ASSET_FOLDERS) and PurePosixPath(path).suffix in (".js", ".css")


def minified(path: str, text: str) -> str:
    """`text` without comments and needless spaces, as JavaScript or CSS by `path`'s suffix."""
    suffix = PurePosixPath(path).suffix
    if suffix == ".js":
        return rjsmin.jsmin(text)
    if suffix == ".css":
        return rcssmin.cssmin(text)
    return text
