"""Rendering in the second process gives exactly the pages rendered at once, in any order."""

from __future__ import annotations

import pytest

from helpers import FIXTURE_DATA_DIR
from rollguiden.output import worker as deferred
from rollguiden.output.render import PendingMarkdown
from rollguiden.output.worker import DeferredWork
from rollguiden.site import generate_site


@pytest.mark.parametrize("chunk", [1, 3, 1000])
def test_pages_rendered_in_the_worker_match_the_pages_rendered_at_once(
    chunk: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(deferred, "PAGES_PER_CHUNK", chunk)  # several chunks, or one
    at_once = generate_site(FIXTURE_DATA_DIR)
    later = generate_site(FIXTURE_DATA_DIR, defer_rendering=True)
    assert all(isinstance(page.markdown, PendingMarkdown) for page in later.pages)
    assert len(later.requests) == len(later.pages) == len(at_once.pages)

    work = DeferredWork(later, background=True)
    try:
        # MkDocs may ask in any order: last page first, then the rest
        asked = [later.pages[-1], *later.pages]
        rendered = {page.src_uri: work.markdown(page.markdown) for page in asked}
    finally:
        files = work.files()
    assert rendered == {page.src_uri: page.markdown for page in at_once.pages}
    assert rendered["roller/kundansvarig/index.md"].count("2.8") >= 1  # its last duty
    assert sorted(file.path for file in files) == sorted(
        path for job in at_once.jobs for path in job.paths
    )


def test_without_a_worker_everything_is_made_at_once() -> None:
    later = generate_site(FIXTURE_DATA_DIR, defer_rendering=True)
    work = DeferredWork(later, background=False)
    first = later.pages[0]
    assert work.markdown(first.markdown).startswith("---")
    assert len(work.files()) == len(work.paths)
