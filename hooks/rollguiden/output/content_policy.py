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


def meta_policy(*, live_reload: bool = False) -> str:
    """The policy as the build writes it into every page's <meta http-equiv>.

    With `live_reload` (under `mkdocs serve`) inline scripts are allowed too: the server
    adds one to every page it serves, whose numbers change with each rebuild, so no hash
    can name it, and without it the preview would not reload on save. Inline handlers stay
    forbidden there as well.
    """
    if not live_reload:
        return _joined(DIRECTIVES)
    return _joined({**DIRECTIVES, "script-src": f"{DIRECTIVES['script-src']} 'unsafe-inline'"})


def header_policy() -> str:
    """The policy for the web server's Content-Security-Policy header (see DEPLOYMENT.md)."""
    return _joined({**DIRECTIVES, **HEADER_ONLY})


def _joined(directives: dict[str, str]) -> str:
    return "; ".join(f"{name} {value}" for name, value in directives.items())
