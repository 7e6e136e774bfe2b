"""The files the build writes beside the pages, as jobs the worker can run: the Word
documents, the JSON API, the tools' data files and the style sheets of the printed marks."""

from __future__ import annotations

from typing import Any

from rollguiden.output.api import api_files, api_paths, json_files
from rollguiden.output.document_marks import document_marks_paths, document_marks_stylesheets
from rollguiden.output.generated_page import FileJob
from rollguiden.output.word import docx_files
from rollguiden.pages.job_description import JobDescription
from rollguiden.reading.catalog import Catalog


def file_jobs(
    catalog: Catalog,
    documents: list[tuple[str, JobDescription]],
    data_files: dict[str, Any],
) -> list[FileJob]:
    """`documents`: each job description and the Word file to write it to; `data_files`:
    the tools' JSON documents by path."""
    return [
        FileJob(
            tuple(path for path, _ in documents),
            docx_files,
            (tuple(documents),),
        ),
        FileJob(api_paths(catalog), api_files, (catalog,)),
        FileJob(tuple(data_files), json_files, (data_files,)),
        FileJob(
            document_marks_paths(tuple(document for _, document in documents)),
            document_marks_stylesheets,
            (tuple(document for _, document in documents),),
        ),
    ]
