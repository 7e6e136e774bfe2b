"""Files that take a while to make (Word documents, the API), made in a second process
while MkDocs renders the pages in the first, or at once where that is not worth it."""

from __future__ import annotations

import multiprocessing
from concurrent.futures import Future, ProcessPoolExecutor

from .generated_page import FileJob, GeneratedFile


def run_jobs(jobs: list[FileJob]) -> list[GeneratedFile]:
    return [file for job in jobs for file in job.run()]


class DeferredFiles:
    """The files of `jobs`: their paths at once, their contents from `result()`."""

    def __init__(self, jobs: list[FileJob], *, background: bool) -> None:
        self.paths = [path for job in jobs for path in job.paths]
        self._files: list[GeneratedFile] | None = None
        self._future: Future[list[GeneratedFile]] | None = None
        if background:
            # fork: the child has every module loaded already; one worker is enough on a
            # two-core machine, where the other core renders the pages
            methods = multiprocessing.get_all_start_methods()
            context = multiprocessing.get_context("fork" if "fork" in methods else None)
            self._executor: ProcessPoolExecutor | None = ProcessPoolExecutor(1, mp_context=context)
            self._future = self._executor.submit(run_jobs, jobs)
        else:
            self._executor = None
            self._files = run_jobs(jobs)

    def result(self) -> list[GeneratedFile]:
        if self._files is None:
            assert self._future is not None and self._executor is not None
            try:
                self._files = self._future.result()
            finally:
                self._executor.shutdown()
        return self._files
