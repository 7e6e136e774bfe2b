"""The Content-Security-Policy every page carries: scripts, styles, workers and fetches from
the site itself only, and no inline script or event handler at all.

The escaping keeps data text from ever becoming markup; this policy is the second wall, so
that a payload an escape missed is blocked by the browser instead of run. The theme's own
inline scripts are moved into files (hooks/theme/partials/javascripts/), which is what lets
the policy be this short, and the same for every page and for the web server's header.
"""

from __future__ import annotations

DIRECTIVES: dict[str, str] = {
    "default-src": "'self'",
    "script-src": "'self'",
    # inline event handlers (onerror=…, onclick=…), the classic injected payload
    "script-src-attr": "'none'",
    "style-src": "'self'",
    # the theme's icons are SVG data addresses in its style sheet
    "img-src": "'self' data:",
    "font-src": "'self'",
    "connect-src": "'self'",
    "worker-src": "'self'",
    "object-src": "'none'",
    "base-uri": "'self'",
    "form-action": "'self'",
}
"""The policy, directive by directive."""

HEADER_ONLY: dict[str, str] = {"frame-ancestors": "'self'"}
"""Directives a <meta> element cannot carry, which only the web server's header can."""


def meta_policy() -> str:
    """The policy as the build writes it into every page's <meta http-equiv>."""
    return _joined(DIRECTIVES)


def header_policy() -> str:
    """The policy for the web server's Content-Security-Policy header (see the README)."""
    return _joined({**DIRECTIVES, **HEADER_ONLY})


def _joined(directives: dict[str, str]) -> str:
    return "; ".join(f"{name} {value}" for name, value in directives.items())
