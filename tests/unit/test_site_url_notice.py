"""Without site_url, `mkdocs build` says what that means for deploying under a sub-path:
the 404 page finds the site's files only from the web server's root (DEPLOYMENT.md)."""

from __future__ import annotations

from rollguiden.site import site_url_notice


def test_a_build_without_site_url_says_what_to_write() -> None:
    notice = site_url_notice(None)
    assert notice is not None and notice.startswith("site_url saknas i mkdocs.yml")
    assert "/rollguiden/" in notice and "\n" not in notice
    assert site_url_notice("") == notice  # MkDocs reads an empty site_url as none


def test_a_build_with_site_url_says_nothing() -> None:
    assert site_url_notice("https://intranet.example.se/rollguiden/") is None
