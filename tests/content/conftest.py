"""The browser fixtures for the shipped content's browser tests: Debian's Chromium, and the
watch on console errors and requests to outside the site, as tests/browser/ has them."""

from browser.conftest import browser_type_launch_args, watch  # noqa: F401
