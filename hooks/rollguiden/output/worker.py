"""Work done in a second process while MkDocs renders the pages in the first: rendering
the generated pages' Markdown, and the files that take a while (Word documents, the API).
Or all of it at once, where a second process is not worth it (`mkdocs serve`)."""

from __future__ import annotations

import multiprocessing
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import dataclass

from rollguiden.output.generated_page import FileJob, GeneratedFile, SiteContent
from rollguiden.output.render import PageRequest, PendingMarkdown, shared_environment

PAGES_PER_CHUNK = 20
"""Pages rendered per task: MkDocs waits at most for one chunk before its first page."""


def run_jobs(jobs: list[FileJob]) -> list[GeneratedFile]:
    return [file for job in jobs for file in job.run()]


@dataclass(frozen=True)
class _Work:
    requests: list[PageRequest]
    jobs: list[FileJob]


# What the worker renders and writes. Set just before the worker is forked, so the worker
# inherits it with the rest of memory: nothing is copied through a pipe but the results.
_work: _Work | None = None


def _render_chunk(start: int) -> list[str]:
    assert _work is not None
    environment = shared_environment()
    return [request.render(environment) for request in _work.requests[start:][:PAGES_PER_CHUNK]]


def _run_jobs() -> list[GeneratedFile]:
    assert _work is not None
    return run_jobs(_work.jobs)


class DeferredWork:
    """The pending pages of `content` and its files: the files' paths at once, the pages'
    Markdown from `markdown()` and the files' contents from `files()`, as they are ready."""

    def __init__(self, content: SiteContent, *, background: bool) -> None:
        self.paths = [path for job in content.jobs for path in job.paths]
        self._files: list[GeneratedFile] | None = None
        self._executor: ProcessPoolExecutor | None = None
        self._rendered: list[str] | None = None
        # fork is what lets the worker inherit the work: where there is none (Windows), or
        # where it is not worth it, everything is done here and now
        methods = multiprocessing.get_all_start_methods()
        if not background or "fork" not in methods:
            environment = shared_environment()
            self._rendered = [request.render(environment) for request in content.requests]
            self._files = run_jobs(content.jobs)
            return
        global _work
        _work = _Work(content.requests, content.jobs)
        # The child has every module and the loaded data already. One worker: on a
        # two-core machine the other core is MkDocs'. The pages come first, in the order
        # MkDocs reads them; the files after, while MkDocs converts and writes the pages.
        self._executor = ProcessPoolExecutor(1, mp_context=multiprocessing.get_context("fork"))
        self._chunks: list[Future[list[str]]] = [
            self._executor.submit(_render_chunk, start)
            for start in range(0, len(content.requests), PAGES_PER_CHUNK)
        ]
        self._files_future: Future[list[GeneratedFile]] = self._executor.submit(_run_jobs)

    def markdown(self, pending: PendingMarkdown) -> str:
        """The rendered Markdown of a pending page (waits for it if need be)."""
        if self._rendered is not None:
            return self._rendered[pending.index]
        chunk, position = divmod(pending.index, PAGES_PER_CHUNK)
        return self._chunks[chunk].result()[position]

    def files(self) -> list[GeneratedFile]:
        """The files, once made (raises what making them raised); ends the worker."""
        if self._files is None:
            assert self._executor is not None
            try:
                self._files = self._files_future.result()
            finally:
                self.close()
        return self._files

    def close(self) -> None:
        """End the worker now, whatever it was doing: the build was stopped. Work not yet
        started is dropped; the process ends before Python does, quietly."""
        if self._executor is not None:
            self._executor.shutdown(wait=True, cancel_futures=True)
            self._executor = None
