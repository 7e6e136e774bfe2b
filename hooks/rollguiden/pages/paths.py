"""Every address of the site: the generated pages' source paths, the files the build writes,
the tools' query parameters, and links from one page to another.

The one place that spells them. The page builders hand the templates these paths (the
templates make them relative with `link()`), the browser tools get the query names and
file names in their embedded data, the API and the 404 page their links from here.
"""

from __future__ import annotations

import functools
import posixpath

from markupsafe import Markup

HOME_PAGE = "index.md"
ROLES_PAGE = "roller/index.md"
COMPARE_PAGE = "jamfor/index.md"
FIT_PAGE = "passar-jag/index.md"
CALCULATOR_PAGE = "provisionskalkylator/index.md"
KEY_CLIENTS_PAGE = "nyckelkundsanalys/index.md"
JOB_EVALUATION_PAGE = "arbetsvardering/index.md"
PAY_CRITERIA_PAGE = "lonekriterier/index.md"
REGISTERS_PAGE = "register/index.md"
SKILLS_PAGE = "register/fardigheter/index.md"
QUALITIES_PAGE = "register/egenskaper/index.md"
DUTY_AREAS_PAGE = "register/ansvarsomraden/index.md"
GLOSSARY_PAGE = "register/ordlista/index.md"
API_PAGE = "api/index.md"
REVIEW_PAGE = "om-rollguiden/att-granska/index.md"
"""The worklist of what the content's owners have to review (pages/review.py)."""
SOURCE_PAGE = "om-rollguiden/kallan/index.md"
"""Where each role's content comes from, and what a source says that the organisation does
not make its own (pages/source_page.py)."""

NAVIGATION_PAGES = (
    HOME_PAGE,
    ROLES_PAGE,
    PAY_CRITERIA_PAGE,
    COMPARE_PAGE,
    FIT_PAGE,
    CALCULATOR_PAGE,
    KEY_CLIENTS_PAGE,
    JOB_EVALUATION_PAGE,
    REGISTERS_PAGE,
    SKILLS_PAGE,
    QUALITIES_PAGE,
    DUTY_AREAS_PAGE,
    GLOSSARY_PAGE,
    API_PAGE,
    REVIEW_PAGE,
    SOURCE_PAGE,
)
"""The generated pages mkdocs.yml's navigation names: they exist whatever the data holds."""


def document_marks_stylesheet(role_id: str) -> str:
    """The style sheet of one job description's printed marks and footer, made by the build
    from the labels and linked from that page alone: one file for all the roles would grow
    with them on every page of the site."""
    return f"assets/stylesheets/marks/{role_id}.css"


DOWNLOADS = {
    "comparison": "rolljamforelse.csv",
    "deals": "provisionskalkylator-affarer.csv",
    "key_clients": "nyckelkundsanalys.csv",
    "job_evaluation": "arbetsvardering.csv",
}
"""The files the tools offer to save, by what they hold: the picker's matrix, the
calculator's deals, the key-client analysis, the job evaluation (the job ad's are named per role:
`job_ad_file_stem`)."""

COMPARE_ROLES_FOLDER = "jamfor/roller"
API_ROOT = "api/v1"
API_ROLES_FILE = f"{API_ROOT}/roles.json"
API_VOCABULARY_FILE = f"{API_ROOT}/vocabulary.json"

QUERY = {
    "compare": {"roles": "roller"},
    # in the order the calculator writes them into its address
    "calculator": {
        "role": "roll",
        "base": "grundlon",
        "basis": "underlag",
        "mode": "lage",
        "bands": "band",
        "cap": "tak",
        "target": "plan",
        "rule": "regel",
        "threshold": "troskel",
        "accelerators": "acceleratorer",
        "guarantee_amount": "garanti",
        "guarantee_months": "garantimanader",
        "guarantee_recoverable": "aterbetalas",
        "view": "vy",
        "month": "manad",
        "deals": "affarer",
    },
    "fit": {
        "education": "utb",
        "experience": "erf",
        "languages": "sprak",
        "skills": "fard",
        "qualities": "egen",
    },
    "job_evaluation": {"weights": "vikter", "tolerance": "tolerans"},
}
"""Each tool's query parameters: what a field is called in the tool's address (Swedish,
since readers share these links) by the name the code knows it by."""


def role_page(role_id: str) -> str:
    return f"roller/{role_id}/index.md"


def job_description_page(role_id: str) -> str:
    return f"roller/{role_id}/arbetsbeskrivning/index.md"


def job_ad_page(role_id: str) -> str:
    return f"roller/{role_id}/platsannons/index.md"


def comparison_page(slug: str) -> str:
    return f"jamfor/{slug}/index.md"


def compare_role_file(role_id: str) -> str:
    """What the picker on /jamfor/ fetches of a role it is asked to compare."""
    return f"{COMPARE_ROLES_FOLDER}/{role_id}.json"


def docx_path(role_id: str, version: str) -> str:
    """Word files sort by role and say their version: arbetsbeskrivning-kam-v1.2.docx."""
    return f"roller/{role_id}/arbetsbeskrivning-{role_id}-v{version}.docx"


def job_ad_file_stem(role_id: str) -> str:
    """The name, without extension, of the job ad a reader saves as Markdown or text."""
    return f"platsannons-{role_id}"


def api_role_file(role_id: str) -> str:
    return f"{API_ROOT}/roles/{role_id}.json"


def api_job_posting_file(role_id: str) -> str:
    """The role's job ad as schema.org JobPosting, for a job board to read."""
    return f"{API_ROOT}/job-postings/{role_id}.json"


def api_schema_file(name: str) -> str:
    return f"{API_ROOT}/schema/{name}"


def example_anchor(field_name: str | None) -> str:
    """The id of the "Exempel att granska" notice on a profile: of the whole role (None),
    or of one field's section; the worklist links to it."""
    return f"granska-{field_name.replace('_', '-')}" if field_name else "granska"


def site_url(page: str) -> str:
    """A generated page's address relative to the site's root: its folder (every generated
    page is an index.md, and the site uses directory URLs)."""
    folder = posixpath.dirname(page)
    return f"{folder}/" if folder else ""


@functools.lru_cache(maxsize=65536)
def relative_link(from_page: str, to_page: str) -> str:
    """A link MkDocs can check: the target's source path relative to the linking page."""
    return posixpath.relpath(to_page, posixpath.dirname(from_page) or ".")


def url_file(from_page: str, file: str) -> Markup:
    """The address of a file the build writes (an asset), relative to `from_page`'s final
    address, for raw HTML, which MkDocs neither rewrites nor checks."""
    folder = posixpath.dirname(from_page) or "."
    return Markup(posixpath.relpath(file, folder))


def url_link(from_page: str, to_page: str) -> Markup:
    """The final address of `to_page` relative to `from_page`, for links inside raw HTML,
    which MkDocs neither rewrites nor checks."""
    folder = posixpath.relpath(
        posixpath.dirname(to_page) or ".", posixpath.dirname(from_page) or "."
    )
    return Markup("./" if folder == "." else f"{folder}/")


def compare_link(from_page: str, role_ids: list[str]) -> Markup:
    """The comparison picker with these roles chosen (ids are validated slugs: safe in a link)."""
    return Markup(
        f"{relative_link(from_page, COMPARE_PAGE)}?{QUERY['compare']['roles']}={','.join(role_ids)}"
    )


def calculator_link(from_page: str, role_id: str) -> Markup:
    """The calculator with a role's pay model preset (the id is a validated slug)."""
    return Markup(
        f"{relative_link(from_page, CALCULATOR_PAGE)}?{QUERY['calculator']['role']}={role_id}"
    )
