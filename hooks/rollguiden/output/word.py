"""A job description as a Word document that HR can edit, from the same structure as the
web page (pages/job_description.py), so the two hold the same items in the same order."""

from __future__ import annotations

import datetime
import functools
import io
import zipfile

from rollguiden.output.generated_page import GeneratedFile
from rollguiden.pages.job_description import JobDescription

SIGNATURE_LINE = "_" * 28


def docx_files(
    documents: tuple[tuple[str, JobDescription], ...], labels: dict[str, str]
) -> list[GeneratedFile]:
    """Every (path, document) pair written as a Word file."""
    return [GeneratedFile(path, job_description_docx(doc, labels)) for path, doc in documents]


def job_description_docx(doc: JobDescription, labels: dict[str, str]) -> bytes:
    """The document as .docx bytes; `labels` (labels.document) names the signature lines."""
    return _cached_docx(doc, tuple((key, labels[key]) for key in LABEL_KEYS))


LABEL_KEYS = ("name_line", "signature_line", "date_line", "signature_and_date")


@functools.lru_cache(maxsize=4096)
def _cached_docx(doc: JobDescription, words: tuple[tuple[str, str], ...]) -> bytes:
    # Under `mkdocs serve` every edit rebuilds the site; only the documents that changed
    # are written again (JobDescription is frozen, so it can key the cache).
    return _write(doc, dict(words))


def _write(doc: JobDescription, labels: dict[str, str]) -> bytes:
    # python-docx is imported here, not at the top: a build makes the documents in a
    # second process, and the main process never needs the library (a tenth of a second)
    from docx import Document
    from docx.enum.table import WD_TABLE_ALIGNMENT
    from docx.enum.text import WD_BREAK
    from docx.shared import Cm, Pt, RGBColor

    document = Document()
    section = document.sections[0]
    section.page_height, section.page_width = Cm(29.7), Cm(21.0)  # A4
    for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(section, side, Cm(2.2))
    properties = document.core_properties
    properties.title = doc.title
    properties.author = doc.organisation
    properties.language = "sv-SE"
    # a fixed date keeps the file the same from build to build
    properties.created = properties.modified = datetime.datetime(2000, 1, 1)

    for word, colour in (
        (doc.example_mark, (0x5E, 0x35, 0xB1)),
        (doc.draft_mark, (0xB7, 0x1C, 0x1C)),
    ):
        if word:
            mark = document.add_paragraph()
            run = mark.add_run(word)
            run.bold = True
            run.font.size = Pt(16)
            run.font.color.rgb = RGBColor(*colour)
    marked = f" [{doc.example_badge}]"  # the pill's words, as a Word document writes them

    _approval(document, doc, labels)
    document.add_paragraph(doc.organisation)
    _styled(document.add_paragraph(doc.title), "Title")
    _reviewers(document, doc, labels)
    document.add_paragraph(" · ".join(f"{label}: {value}" for label, value in doc.metadata))

    for part in doc.sections:
        heading = f"{part.number}. {part.heading}{marked if part.example else ''}"
        _styled(document.add_paragraph(heading), "Heading1")
        if part.intro:
            document.add_paragraph(part.intro)
        for item in part.items:
            paragraph = document.add_paragraph()
            paragraph.paragraph_format.left_indent = Cm(1.2)
            paragraph.paragraph_format.first_line_indent = Cm(-1.2)
            paragraph.add_run(f"{item.number}\t").bold = True
            paragraph.add_run(item.text)
            if item.example:
                paragraph.add_run(marked).italic = True
            for sub_item in item.items:
                bullet = _styled(document.add_paragraph(sub_item), "ListBullet")
                bullet.paragraph_format.left_indent = Cm(1.8)

    breaker = document.add_paragraph()
    breaker.add_run().add_break(WD_BREAK.PAGE)
    _styled(document.add_paragraph(doc.acknowledgement_heading), "Heading1")
    document.add_paragraph(doc.acknowledgement_text)
    table = document.add_table(
        rows=1 + doc.acknowledgement_rows, cols=len(doc.acknowledgement_columns)
    )
    table._tbl.tblPr.style = "TableGrid"  # by id: see _styled
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    for cell, label in zip(table.rows[0].cells, doc.acknowledgement_columns, strict=True):
        cell.text = label
    for row in table.rows[1:]:
        row.height = Cm(1.0)

    buffer = io.BytesIO()
    document.save(buffer)
    return _dated_once(buffer.getvalue())


def _dated_once(docx: bytes) -> bytes:
    """The same file with every part of the archive dated 1980-01-01: python-docx dates
    them with the time of writing, so the same document would differ from build to build."""
    written = io.BytesIO()
    with (
        zipfile.ZipFile(io.BytesIO(docx)) as source,
        zipfile.ZipFile(written, "w", zipfile.ZIP_DEFLATED) as target,
    ):
        for part in source.infolist():
            dated = zipfile.ZipInfo(part.filename, date_time=(1980, 1, 1, 0, 0, 0))
            dated.compress_type = zipfile.ZIP_DEFLATED
            dated.external_attr = part.external_attr
            target.writestr(dated, source.read(part))
    return written.getvalue()


def _styled(paragraph, style_id: str):
    """Give a paragraph a style by its id. python-docx's own lookup by name scans every
    style on each call, which made writing 300 documents take 20 seconds."""
    paragraph._p.get_or_add_pPr().style = style_id
    return paragraph


def _approval(document, doc: JobDescription, labels: dict[str, str]) -> None:
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Pt

    lines = [(doc.approval.heading.upper(), True), (doc.approval.approver_title, False)]
    if doc.approval.name:
        lines += [(doc.approval.name, False), (doc.approval.date or "", False)]
    else:
        lines += [
            (f"{labels['name_line']}: {SIGNATURE_LINE}", False),
            (f"{labels['signature_line']}: {SIGNATURE_LINE}", False),
            (f"{labels['date_line']}: {SIGNATURE_LINE}", False),
        ]
    for text, bold in lines:
        paragraph = document.add_paragraph()
        paragraph.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        paragraph.paragraph_format.space_after = Pt(2)
        paragraph.add_run(text).bold = bold


def _reviewers(document, doc: JobDescription, labels: dict[str, str]) -> None:
    heading = document.add_paragraph()
    heading.add_run(doc.reviewed_heading.upper()).bold = True
    for department in doc.reviewers:
        document.add_paragraph(f"{department} – {labels['signature_and_date']}: {SIGNATURE_LINE}")
