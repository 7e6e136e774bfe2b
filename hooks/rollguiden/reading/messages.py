"""Swedish wording for pydantic's validation errors, with a guess when a field name is misspelt."""

from __future__ import annotations

import datetime
import difflib
import re
import types
import typing
import unicodedata
from collections.abc import Mapping

from pydantic import BaseModel, ValidationError

from rollguiden.model.base import (
    CURRENCY_PATTERN,
    FORBIDDEN_CHARACTER,
    NO_CONTROL_CHARACTERS,
    SLUG_PATTERN,
)
from rollguiden.model.glossary import TERM_PATTERN
from rollguiden.model.role import ESCO_PATTERN, FIELD_NAME_PATTERN, SSYK_PATTERN, VERSION_PATTERN
from rollguiden.reading.errors import Issue, Path, line_for
from rollguiden.text.swedish import slugify

_ID_RULE = "ska vara ett id med små bokstäver a–z, siffror och bindestreck"
_DECIMAL_COMMA = re.compile(r"-?\d+,\d+")
_SHARES = {"rate", "threshold"}
"""Fields holding a share (0.15 = 15 %), which people write as a percentage."""
_PER_DAY = {"supplement_per_day", "deduction_per_day"}
"""Shares of the monthly base per holiday day (0.0043 = 0,43 %), written as percentages too."""

_PATTERN_MESSAGES = {
    SLUG_PATTERN: f"{_ID_RULE}, till exempel key-account-manager",
    NO_CONTROL_CHARACTERS: "innehåller osynliga styrtecken – skriv om texten",
    CURRENCY_PATTERN: "ska vara en valutakod med tre versaler, till exempel SEK",
    FIELD_NAME_PATTERN: "ska vara namnet på ett av rollens fält, till exempel key_clients",
    TERM_PATTERN: "ska vara ett ord på högst 20 tecken (bokstäver, siffror och bindestreck), "
    "till exempel KAM",
    VERSION_PATTERN: "ska vara ett versionsnummer som 1.0 eller 2.3",
    SSYK_PATTERN: "ska vara en yrkeskod med fyra siffror, till exempel 3322 "
    "(en kod som börjar med 0 skrivs inom citattecken: '0110')",
    ESCO_PATTERN: "ska vara ett ESCO-yrkes adress, http://data.europa.eu/esco/occupation/ och "
    "yrkets id, till exempel …/occupation/a7594892-ff23-4e2a-aedf-2f967ebca15c",
}


def issues_from_validation_error(
    error: ValidationError, model: type[BaseModel], file: str, lines: Mapping[Path, int]
) -> list[Issue]:
    """One Swedish issue per pydantic error, located by the YAML line of its field."""
    issues = []
    details = error.errors(include_url=False)
    # a block at the wrong level is reported there; its missing at home is the same mistake
    misplaced = {
        _dotted(home_path)
        for detail in details
        if detail["type"] == "extra_forbidden"
        for home_path in _home_paths(tuple(detail["loc"]), model)
    }
    for detail in details:
        path: Path = tuple(detail["loc"])
        if detail["type"] == "missing" and _dotted(path) in misplaced:
            continue
        issues.append(
            Issue(
                file=file,
                line=line_for(path, lines),
                path=path,
                message=describe(detail, model),
            )
        )
    return issues


def _home_paths(loc: tuple[typing.Any, ...], model: type[BaseModel]) -> list[tuple[str, ...]]:
    name = str(loc[-1])
    return [(*home.split("."), name) if home else (name,) for home in _homes_of(name, model)]


def describe(detail: Mapping[str, typing.Any], model: type[BaseModel]) -> str:
    """What is wrong, in Swedish, for one entry of `ValidationError.errors()`."""
    kind = detail["type"]
    context = detail.get("ctx") or {}
    value = detail.get("input")
    seen = describe_value(value)

    if kind == "missing":
        return "fältet saknas men är obligatoriskt"
    if kind == "extra_forbidden":
        name = str(detail["loc"][-1])
        if name.isdigit():
            # inside {…} YAML splits 0,04 at the comma: "rate: 0" and a field named "04"
            return (
                f"okänt fält '{name}' – det ser ut som decimalerna i ett tal skrivet med "
                "decimalkomma inom {…}: skriv decimaler med punkt (0.04, inte 0,04) eller skriv "
                "raden utan klamrar"
            )
        return _unknown_field(detail["loc"], model)
    if kind in ("model_type", "model_attributes_type", "dict_type"):
        return f"ska vara en mappning (nyckel: värde), men är {seen}"
    if kind == "list_type":
        return f"ska vara en lista (rader som börjar med '- '), men är {seen}"
    if kind == "string_type":
        quote_hint = (
            " – sätt citattecken runt värdet om det ska läsas som text"
            if isinstance(value, int | float | bool | datetime.date)
            else ""
        )
        return f"ska vara text, men är {seen}{quote_hint}"
    if kind in ("int_type", "int_parsing", "int_from_float"):
        return f"ska vara ett heltal, men är {seen}"
    if kind in ("float_type", "float_parsing"):
        if isinstance(value, str) and _DECIMAL_COMMA.fullmatch(value.strip()):
            # YAML reads 0,04 as text: the comma is no decimal sign to it
            with_point = value.strip().replace(",", ".")
            return f"ska vara ett tal, men är {seen} – skriv decimaler med punkt: {with_point}"
        return f"ska vara ett tal, men är {seen}"
    if kind == "finite_number":
        return "ska vara ett ändligt tal"
    if kind in ("bool_type", "bool_parsing"):
        return f"ska vara true eller false, men är {seen}"
    if kind.startswith("date"):
        return f"ska vara ett datum skrivet ÅÅÅÅ-MM-DD, men är {seen}"
    if kind == "string_too_short":
        return "får inte vara tom"
    if kind == "string_too_long":
        return f"är för lång: högst {context.get('max_length')} tecken"
    if kind == "too_short":
        count = context.get("min_length", 1)
        return f"måste innehålla minst {count} {'post' if count == 1 else 'poster'}"
    if kind == "too_long":
        return f"får innehålla högst {context.get('max_length')} poster"
    if kind == "string_pattern_mismatch":
        pattern = str(context.get("pattern", ""))
        if pattern == NO_CONTROL_CHARACTERS and isinstance(value, str):
            return forbidden_character(value)
        if pattern == SLUG_PATTERN and isinstance(value, str) and slugify(value):
            return f"{_ID_RULE} – skriv '{slugify(value)}'"
        return _PATTERN_MESSAGES.get(pattern, f"har fel form (ska matcha {pattern})")
    if kind == "string_unicode":
        return (
            "innehåller ett trasigt tecken (en ensam kod mellan \\uD800 och \\uDFFF) – ta bort det"
        )
    if kind == "greater_than_equal":
        return f"ska vara minst {_number(context.get('ge'))}, men är {_number(value)}"
    if kind == "less_than_equal":
        if str(detail["loc"][-1]) in _PER_DAY and _is_number(value):
            return (
                f"är en andel av månadslönen per semesterdag, högst {_number(context.get('le'))}"
                f", men är {_number(value)} – skriv {_number(value)} % som "
                f"{_number(value / 100)} eller '{_number(value)} %'"
            )
        if context.get("le") == 1 and str(detail["loc"][-1]) in _SHARES and _is_number(value):
            return (
                f"är en andel mellan 0 och 1, men är {_number(value)} – skriv {_number(value)} % "
                f"som {_number(value / 100)} eller '{_number(value)} %'"
            )
        return f"ska vara högst {_number(context.get('le'))}, men är {_number(value)}"
    if kind == "greater_than":
        return f"ska vara större än {_number(context.get('gt'))}, men är {_number(value)}"
    if kind == "less_than":
        return f"ska vara mindre än {_number(context.get('lt'))}, men är {_number(value)}"
    if kind == "literal_error":
        expected = str(context.get("expected", "")).replace(" or ", " eller ")
        return f"ska vara ett av {expected}, men är {seen}"
    if kind == "value_error":
        return str(context.get("error", detail["msg"]))
    return str(detail["msg"])


_FORBIDDEN = re.compile(FORBIDDEN_CHARACTER)
_DIRECTION_CONTROLS = {"LRE", "RLE", "PDF", "LRO", "RLO", "LRI", "RLI", "FSI", "PDI"}


def forbidden_character(text: str) -> str:
    """Which character a text may not hold, and where: the first one found."""
    found = _FORBIDDEN.search(text)
    if found is None:
        return _PATTERN_MESSAGES[NO_CONTROL_CHARACTERS]
    char = found.group()
    code = f"U+{ord(char):04X}"
    before = text[: found.start()].strip()[-30:]
    where = f'efter "{before}"' if before else "i början av texten"
    # an editor cannot see these characters: say so, and where to look
    if unicodedata.category(char) == "Cc":
        what = "ett osynligt styrtecken"
    elif unicodedata.bidirectional(char) in _DIRECTION_CONTROLS:
        what = "osynligt: ett tecken som vänder läsriktningen"
    else:
        what = "osynligt: inget tecken utan ett reserverat kodvärde"
    return f"innehåller {code} ({what}) {where} – ta bort det"


def _number(value: object) -> object:
    """How a number reads in a message: 1.0 → 1 (limits are whole numbers in the data),
    10000000000 → 10 000 000 000, and 1e+308 as written rather than as 309 digits."""
    if not isinstance(value, int | float) or isinstance(value, bool):
        return value
    if abs(value) >= 1e15:
        return f"{value:g}"
    if isinstance(value, float) and not value.is_integer():
        return value
    whole = int(value)
    return f"{whole:,}".replace(",", " ") if abs(whole) >= 10_000 else whole


def describe_value(value: object) -> str:
    """How a YAML value looks to its editor: 'tomt', 'en lista', 'texten "x"' …"""
    if value is None:
        return "tomt"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int | float):
        return f"talet {value}"
    if isinstance(value, datetime.date):
        return f"datumet {value.isoformat()}"
    if isinstance(value, str):
        return f'texten "{quoted(value)}"'
    if isinstance(value, list):
        return "en lista"
    if isinstance(value, dict):
        return "en mappning"
    return type(value).__name__


QUOTED_MAX = 40
"""The most of a value a message quotes: enough to find it in the file. A message quotes
no more, so that a huge value cannot make every message, and the notice on every page
under `mkdocs serve`, huge."""
_SUGGESTED_MAX = 100
"""Longer than any id or name: no close match is sought (difflib's time grows with it)."""


def quoted(value: str) -> str:
    """`value` as a message quotes it: whole, or its first characters and "…"."""
    return value if len(value) <= QUOTED_MAX else value[: QUOTED_MAX - 3] + "…"


def suggestion(name: str, known: typing.Iterable[str]) -> str:
    """' – menade du "x"?' when a close match exists, else ''."""
    if len(name) > _SUGGESTED_MAX:
        return ""
    matches = difflib.get_close_matches(name, list(known), n=1, cutoff=0.6)
    return f" – menade du '{matches[0]}'?" if matches else ""


def _unknown_field(loc: tuple[typing.Any, ...], model: type[BaseModel]) -> str:
    name = str(loc[-1])
    owner = _model_at(model, loc[:-1])
    if owner is None:
        return "okänt fält"
    allowed = list(owner.model_fields)
    homes = _homes_of(name, model)
    if homes:
        # a known field in the wrong place: most often a line indented one step too far or
        # too shallow, so say where it belongs and which way to move it
        here = _dotted(loc[:-1])
        places = " eller ".join(f"under {home}" if home else "längst ut" for home in homes)
        if len(homes) == 1:
            home = homes[0]
            if home.startswith(f"{here}.") or not here:
                move = " – dra in raden"
            elif here.startswith(f"{home}.") or not home:
                move = " – minska indraget"
            else:
                move = " – flytta raden dit"
        else:
            move = " – flytta raden dit den hör"
        return f"står på fel nivå: {name} hör hemma {places}{move}"
    guess = suggestion(name, allowed)
    if guess:
        return f"okänt fält{guess}"
    return f"okänt fält – tillåtna fält här: {', '.join(allowed)}"


def _homes_of(name: str, model: type[BaseModel], prefix: str = "", depth: int = 0) -> list[str]:
    """Where in the model tree a field called `name` belongs (dotted paths, '' = the top)."""
    homes = [prefix] if name in model.model_fields else []
    if depth < 4:
        for field_name, field in model.model_fields.items():
            inner = _model_inside(field.annotation)
            if inner is not None:
                path = f"{prefix}.{field_name}" if prefix else field_name
                homes += _homes_of(name, inner, path, depth + 1)
    return homes


def _dotted(loc: tuple[typing.Any, ...]) -> str:
    return ".".join(str(part) for part in loc if not isinstance(part, int))


def _is_number(value: object) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool)


def _model_at(model: type[BaseModel], loc: tuple[typing.Any, ...]) -> type[BaseModel] | None:
    current: object = model
    for part in loc:
        if isinstance(part, int):
            continue
        if not (isinstance(current, type) and issubclass(current, BaseModel)):
            return None
        field = current.model_fields.get(part)
        if field is None:
            return None
        current = _model_inside(field.annotation)
    if isinstance(current, type) and issubclass(current, BaseModel):
        return current
    return None


def _model_inside(annotation: object) -> type[BaseModel] | None:
    """The model class inside `list[X]`, `X | None` or `Annotated[X, …]`, if any."""
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return annotation
    origin = typing.get_origin(annotation)
    if origin is None and not isinstance(annotation, types.UnionType):
        return None
    for argument in typing.get_args(annotation):
        found = _model_inside(argument)
        if found is not None:
            return found
    return None
