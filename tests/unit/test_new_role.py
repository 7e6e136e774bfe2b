"""`rollguiden new-role`: a role file with every required field to fill in, nothing copied
from another role, that validates and builds once its placeholders are filled in."""

from __future__ import annotations

import re
from html import unescape
from pathlib import Path

import pytest

from helpers import (
    EVALUATION_PLAN,
    copy_fixture_data,
    edit,
    fixture_config,
    run_cli,
    run_mkdocs_build,
)

PROG = "python -m rollguiden"

# what an editor writes in each place the file leaves open, by the field's name
FILLED = {
    "summary": "Säljaren tar hand om nya kunder.",
    "focus": "Nya affärer.",
    "clients": "Små företag.",
    "department": "salj",
    "classification": "specialist",
    "reports_to": "teamledaren",
    "deputy": "Vid frånvaro utser närmaste chef en ersättare.",
    "level": "gymnasium",
    "min_years": "1",
    "field": "försäljning",
    "accepted_fields": "[forsaljning]",
    "qualities": "[driven, stresstalig]",
    "skills": "[saljteknik]",
    "area": "forsaljning",
    "kind": "beslut",
    "limit": "upp till 10 %",
    "responsibilities": "Att nya kunder vinns.",
    "entry_paths": "Butikssäljare.",
}
TEXTS = {"duties": "Ringer upp nya kunder.", "rights": "Ger rabatt."}
# the optional sections, once taken in use: by "parent.field" where a field name recurs
FILLED_OPTIONAL = {
    "language": "engelska",
    "level": "goda kunskaper",
    "reason": "Kunderna finns i hela Norden.",
    "name": "Nya kunder",
    "description": "Antalet nya kunder i månaden.",
    "follow_up": "Följs upp varje månad med närmaste chef.",
    "place_of_work": "Kontoret i Malmö.",
    "travel": "Kundbesök i Skåne.",
    "base_salary.min": "30000",
    "base_salary.typical": "35000",
    "base_salary.max": "40000",
    "basis": "revenue",
    "band_mode": "marginal",
    "up_to": "50000",
    "rate": "'3 %'",
    "monthly_target": "300000",
    "amount": "50000",
    "pay_criteria": "Resultat mot försäljningsplanen",
    "code": "3322",
    "ssyk.name": "Företagssäljare",
    "source": "SCB, SSYK 2012.",
    "pitch": "Som säljare hos oss hittar du nya kunder.",
    "job_ad.duties": "ringa upp nya kunder",
    "summary": "Kunder som står för mycket av intäkterna.",
    "criteria": "Kunden köper för mycket.",
    "income_share_each.min": "10",
    "income_share_each.max": "20",
}


def validated_and_built(data: Path, folder: Path) -> Path:
    """`validate` passes on `data`, and the site built from it: its folder."""
    checked = run_cli("--data", str(data), "validate")
    assert checked.returncode == 0, checked.stderr
    site = folder / "site"
    build = run_mkdocs_build(site, data, fixture_config(folder))
    assert build.returncode == 0, build.stderr
    return site


def open_places(text: str) -> int:
    """The FYLL I an editor must write in: not those in comments or optional sections."""
    return sum(
        line.count("FYLL I") for line in text.splitlines() if not line.lstrip().startswith("#")
    )


def take_optional_in_use(text: str) -> str:
    """Every optional section with its "# " removed, as the comment above it says, and its
    FYLL I filled in as an editor would."""
    lines, commented, parents = [], False, {}
    for line in text.splitlines():
        if line.lstrip().startswith("#") and "Valfritt" in line:
            commented = True  # the hint may wrap: the block follows the comment
            lines.append(line)
            continue
        stripped = line.lstrip()
        if commented and stripped.startswith("# ") and not stripped.startswith("# ("):
            indent = len(line) - len(stripped)
            if re.match(r"#\s*(- )?[a-z_]+:|#\s+- ", stripped):
                line = " " * indent + stripped[2:]
        elif not stripped.startswith("#"):
            commented = False
        depth = len(line) - len(line.lstrip(" -"))
        key = re.match(r"^[\s-]*([a-z_]+):", line)
        if key:
            parents[depth] = key.group(1)
            parents = {d: k for d, k in parents.items() if d <= depth}
        if "FYLL I" in line and not line.lstrip().startswith("#"):
            field = key.group(1) if key and not line.rstrip().endswith(":") else None
            above = [parents[d] for d in sorted(parents) if d < depth]
            parent = above[-1] if above else ""
            name = field or parent
            value = FILLED_OPTIONAL.get(f"{parent}.{name}") or FILLED_OPTIONAL.get(
                f"{above[-2] if len(above) > 1 else ''}.{name}"
            )
            value = value or FILLED_OPTIONAL.get(name)
            if value is not None:
                line = line.replace('"FYLL I"', value).replace("FYLL I", value)
        lines.append(line)
    return "\n".join(lines) + "\n"


def fill_in(text: str, filled: dict[str, str] = FILLED, texts: dict[str, str] = TEXTS) -> str:
    """The file with each FYLL I replaced as an editor would fill it in: `filled` by the
    field's name (the tests' own organisation's ids by default), `texts` by section."""
    lines, section, parent = [], "", ""
    for line in text.splitlines():
        if re.match(r"^[a-z_]+:", line):
            section = line.split(":")[0]
        if re.match(r"^\s*[a-z_]+:$", line):
            parent = line.strip(" :")  # the list that an item without a key belongs to
        if "FYLL I" in line and not line.lstrip().startswith("#"):
            key = line.strip(" -").split(":")[0] if ":" in line else parent
            value = texts[section] if key == "text" else filled.get(key, filled.get(section))
            if "[FYLL I]" in line:
                line = line.replace("[FYLL I]", value)
            else:
                line = line.replace("FYLL I", value)
        lines.append(line)
    return "\n".join(lines) + "\n"


def test_a_new_role_lists_what_is_left_and_builds_once_filled_in(tmp_path: Path) -> None:
    data = copy_fixture_data(tmp_path)
    result = run_cli("--data", str(data), "new-role", "saljare", "--title", "Säljare")
    assert result.returncode == 0, result.stderr
    written = data / "roles" / "saljare.yml"
    assert result.stdout.strip() == (
        f"Skrev '{written}'. Skriv i fälten där det står FYLL I och kontrollera sedan med "
        "uv run python -m rollguiden validate."
    )
    text = written.read_text("utf-8")
    assert text.startswith("# yaml-language-server: $schema=../schema/role.schema.json\n")
    assert 'title: "Säljare"' in text
    # the ids the comments offer are this organisation's, and nothing of another role is in it
    assert "salj (Säljavdelningen)" in text and "saljteknik (Säljteknik)" in text
    for other_role in ("kundansvarig.yml", "teamledare.yml"):
        for line in (data / "roles" / other_role).read_text("utf-8").splitlines():
            if len(line.strip()) > 30:
                assert line.strip() not in text, line
    # the sections a role may have are there, commented and in block style only
    for section in ("# pay:", "# key_clients:", "# occupation_codes:", "# job_ad:"):
        assert section in text, section
    assert "  # languages:" in text and "{" not in text.split("\ntitle:", 1)[1]

    # every place left open is named, one line each, and nothing else
    unfilled = run_cli("--data", str(data), "validate")
    assert unfilled.returncode == 1
    lines = unfilled.stderr.strip().splitlines()
    assert len(lines) == open_places(text) + 1  # and the count
    assert all("är inte ifyllt än (det står FYLL I)" in line for line in lines[:-1])
    assert "reporting.reports_to:" in unfilled.stderr and "duties[1].text:" in unfilled.stderr

    written.write_text(fill_in(text), "utf-8")
    site = validated_and_built(data, tmp_path)
    page = (site / "roller" / "saljare" / "index.html").read_text("utf-8")
    assert "<h1" in page and "Säljare" in page and "Ringer upp nya kunder." in page
    # the authority with its limit, and what the role answers for
    assert "Ger rabatt (upp till 10\u00a0%)." in page or "Ger rabatt (upp till 10 %)." in page
    assert "Att nya kunder vinns." in page
    # the organisation's own role (provenance.basis: own): not marked as an example, a draft
    # until its manager fastställer it, and on the worklist as such
    assert "basis: own" in text
    assert "Exempel att granska" not in page and "Hela rollen är ett exempel" not in page
    document = (site / "roller" / "saljare" / "arbetsbeskrivning" / "index.html").read_text("utf-8")
    assert "UTKAST" in document and "EXEMPEL ATT GRANSKA" not in document
    worklist = (site / "om-rollguiden" / "att-granska" / "index.html").read_text("utf-8")
    assert "Säljare: utkast, inte fastställd" in worklist


def test_every_optional_section_validates_and_builds_once_taken_in_use(tmp_path: Path) -> None:
    data = copy_fixture_data(tmp_path)
    assert run_cli("--data", str(data), "new-role", "saljare", "--title", "Säljare").returncode == 0
    written = data / "roles" / "saljare.yml"
    text = take_optional_in_use(fill_in(written.read_text("utf-8")))
    assert open_places(text) == 0
    written.write_text(text, "utf-8")
    site = validated_and_built(data, tmp_path)
    html = (site / "roller" / "saljare" / "index.html").read_text("utf-8")
    page = " ".join(unescape(re.sub(r"<[^>]+>", " ", html)).replace("\u00a0", " ").split())
    # the pay model (35 000 and 3 % of the part over 50 000), the goals, the conditions and
    # the occupation code reach the profile; the pitch and the language the ad
    for shown in ("Grundlön 35 000 kr", "Nya kunder", "Kontoret i Malmö.", "3322"):
        assert shown in page, shown
    ad = (site / "roller" / "saljare" / "platsannons" / "index.html").read_text("utf-8")
    assert "Som säljare hos oss hittar du nya kunder." in ad and "engelska" in ad
    # the pay criteria, on the page that gathers every role's
    criteria = (site / "lonekriterier" / "index.html").read_text("utf-8")
    assert "Resultat mot försäljningsplanen" in criteria.split('id="saljare"')[1]


@pytest.mark.parametrize(
    ("typed", "advice"),
    [("säljare", " – skriv saljare"), ("Key Account Manager", " – skriv key-account-manager")],
)
def test_an_id_that_cannot_be_one_is_told_the_id_to_use(
    tmp_path: Path, typed: str, advice: str
) -> None:
    data = copy_fixture_data(tmp_path)
    result = run_cli("--data", str(data), "new-role", typed, "--title", "Säljare")
    assert result.returncode == 2
    assert result.stderr.strip() == (
        f"{PROG}: '{typed}' kan inte vara ett id: det blir filnamnet och adressen och får bara "
        f"innehålla små bokstäver a–z, siffror och bindestreck{advice}"
    )
    assert sorted(path.name for path in (data / "roles").iterdir()) == [
        "innesaljare.yml",
        "kundansvarig.yml",
        "kundradgivare.yml",
        "teamledare.yml",
    ]


def test_an_existing_role_is_never_overwritten(tmp_path: Path) -> None:
    data = copy_fixture_data(tmp_path)
    before = (data / "roles" / "teamledare.yml").read_text("utf-8")
    result = run_cli("--data", str(data), "new-role", "teamledare", "--title", "Ny")
    assert result.returncode == 2
    assert "finns redan" in result.stderr
    assert (data / "roles" / "teamledare.yml").read_text("utf-8") == before


def test_the_comments_never_break_an_id_at_its_hyphens(tmp_path: Path) -> None:
    data = copy_fixture_data(tmp_path)
    long_ids = [f"avdelning-nummer-{n}-for-kunder-och-forsaljning-i-norden" for n in range(6)]
    departments = "".join(f"  - id: {i}\n    name: Avdelning {n}\n" for n, i in enumerate(long_ids))
    edit(data / "organisation.yml", "departments:\n", "departments:\n" + departments)
    assert run_cli("--data", str(data), "new-role", "ny", "--title", "Ny").returncode == 0
    lines = (data / "roles" / "ny.yml").read_text("utf-8").splitlines()
    comments = [line for line in lines if line.lstrip().startswith("#")]
    # each id the comments offer stands whole on one line, to be copied from there
    for department in long_ids:
        assert any(department in line for line in comments), department
    assert not [line for line in comments if line.rstrip().endswith("-")]


@pytest.mark.parametrize(
    ("title", "reason"),
    [
        # a line separator in the title would end the comment line it is written in, and the
        # next "line" (department: …) would be read as a field: the file would not parse
        (
            "Säljare\u2028department: forsaljning",
            "titeln ska stå på en rad, utan radbrytningar eller andra styrtecken",
        ),
        (
            "Säljare\nsummary: x",
            "titeln ska stå på en rad, utan radbrytningar eller andra styrtecken",
        ),
        ("Säljare\x1b[2K", "titeln ska stå på en rad, utan radbrytningar eller andra styrtecken"),
        ("   ", 'skriv rollens titel, till exempel "Säljare"'),
        ("S" * 201, "titeln får vara högst 200 tecken lång"),
    ],
)
def test_a_title_that_cannot_be_one_is_refused(tmp_path: Path, title: str, reason: str) -> None:
    data = copy_fixture_data(tmp_path)
    result = run_cli("--data", str(data), "new-role", "ny", "--title", title)
    assert result.returncode == 2
    assert result.stderr == f"{PROG}: --title: {reason}\n"
    assert not (data / "roles" / "ny.yml").exists()


def test_with_a_factor_plan_a_new_role_has_a_level_to_give_on_each_sub_criterion(
    tmp_path: Path,
) -> None:
    data = copy_fixture_data(tmp_path)
    (data / "job_evaluation.yml").write_text(EVALUATION_PLAN, "utf-8")
    assert run_cli("--data", str(data), "new-role", "saljare", "--title", "Säljare").returncode == 0
    written = data / "roles" / "saljare.yml"
    text = fill_in(written.read_text("utf-8"))
    # each sub-criterion, with its name and its levels, in the commented section
    for hint, sub_id in (
        ("Utbildning: nivå 1–3", "utbildning"),
        ("Ansvar för människor: nivå 1–4", "ansvar-for-manniskor"),
        ("Emotionell ansträngning: nivå 1–2", "emotionell"),
        ("Arbetstider: nivå 1–2", "arbetstider"),
    ):
        assert f"#     # {hint}\n#     {sub_id}:\n#       level: FYLL I\n" in text
    # taken in use as the comment says: "# " off each line of the block, the levels given
    block = re.search(r"^# job_evaluation:\n(?:^#.*\n)+", text, re.MULTILINE).group(0)
    in_use = "".join(line[2:] + "\n" for line in block.splitlines())
    in_use = in_use.replace("level: FYLL I", "level: 2").replace(
        "motivation: FYLL I", "motivation: Bedömd tillsammans med närmaste chef"
    )
    written.write_text(text.replace(block, in_use), "utf-8")
    result = run_cli("--data", str(data), "validate")
    assert result.returncode == 0, result.stderr
    assert "Rolldatan" in result.stdout
