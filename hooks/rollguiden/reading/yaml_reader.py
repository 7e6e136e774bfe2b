"""Reading one YAML file safely: size, encoding, nesting and alias limits, duplicate keys, lines.

The reader composes the YAML node graph with PyYAML's safe loader and builds Python values
itself, so that it can keep the line of every field, refuse duplicate keys (PyYAML silently
keeps the last one) and stop an alias bomb after a fixed number of nodes, or of characters,
instead of exhausting memory.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path as FsPath

import yaml
from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode

from rollguiden.reading.errors import Issue, Path
from rollguiden.text.swedish import format_number

MAX_FILE_BYTES = 1_000_000
"""A role file is about 20 kB; anything near a megabyte is a mistake or an attack."""

MAX_NODES = 100_000
"""Nodes visited while building values, counting every expansion of an alias."""

MAX_TEXT_CHARACTERS = 2_000_000
"""Characters of text the values may hold once every alias is expanded. A file's own text is
under MAX_FILE_BYTES, so only expansion can reach it: a 400 000-character anchor used 2 000
times is 100 000 nodes short of MAX_NODES but 800 million characters, and every later step
(the models, the messages, the pages) would copy them again."""

MAX_DEPTH = 40

PLACEHOLDER = "FYLL I"
"""What `new-role` writes where the editor is to write something: a field still holding it
is reported as not filled in, and the rest of the file is checked as usual."""

_MERGE_TAG = "tag:yaml.org,2002:merge"
_CORE = "tag:yaml.org,2002:"
_SCALAR_KINDS = {
    f"{_CORE}str": "text",
    f"{_CORE}int": "ett heltal",
    f"{_CORE}float": "ett tal",
    f"{_CORE}bool": "true eller false",
    f"{_CORE}null": "tomt",
    f"{_CORE}timestamp": "ett datum",
}
"""The tags of the values a data file may hold, and what each is in words. Any other tag
(!!python/object…, !!binary, !custom) is refused: the data is plain values, and PyYAML's
safe loader would otherwise read a tagged list as a list and say nothing."""
_COLLECTION_TAGS = {f"{_CORE}seq", f"{_CORE}map"}

# libyaml's parser when PyYAML has it (the wheels do): pure-Python parsing was 85 % of the
# build's data step at 300 roles. Both compose the same nodes with the same line marks.
_COMPOSER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)

# Swedish advice for the parser's most common complaints, matched by a fragment of the
# message (PyYAML's pure-Python parser and libyaml word some of them differently).
_SYNTAX_HINTS = {
    "mapping values are not allowed": (
        "ett kolon (:) står där det inte får stå – sätt texten inom citattecken "
        "om den innehåller ': '"
    ),
    "tab character": "tabbtecken kan inte användas för indrag – använd mellanslag",
    "'\\t'": "tabbtecken kan inte användas för indrag – använd mellanslag",
    "could not find expected ':'": (
        "en rad saknar kolon efter nyckeln, eller en text fortsätter med fel indrag"
    ),
    "undefined alias": "aliaset (*namn) hänvisar till ett ankare (&namn) som inte finns",
    "expected a single document": (
        "filen får bara innehålla ett YAML-dokument – ta bort '---' mitt i filen"
    ),
    "maximum nesting depth": "filen är för djupt nästlad för att läsas",
    "invalid Unicode character escape code": (
        "en \\u-kod mellan citattecken anger ett tecken som inte finns – ta bort den"
    ),
}


@dataclass(frozen=True)
class YamlDocument:
    """The values of one YAML file and the line where each field path starts."""

    data: object
    lines: dict[Path, int] = field(default_factory=dict)
    unreadable: frozenset[Path] = frozenset()
    """Fields whose value could not be read (an issue says why); they hold None, and what
    the models would say about that None is not news to the editor."""


def read_yaml_file(path: FsPath, display_name: str) -> tuple[YamlDocument | None, list[Issue]]:
    """Read `path`; issues name the file as `display_name`. Never raises for bad content."""
    try:
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            return None, [_issue(display_name, None, _too_big_message(size))]
        raw = path.read_bytes()
    except OSError as error:
        return None, [_issue(display_name, None, f"filen kan inte läsas ({error.strerror})")]
    return read_yaml_bytes(raw, display_name)


def read_yaml_bytes(raw: bytes, display_name: str) -> tuple[YamlDocument | None, list[Issue]]:
    """Parse UTF-8 YAML bytes into a `YamlDocument`, or explain in Swedish why not."""
    if len(raw) > MAX_FILE_BYTES:
        return None, [_issue(display_name, None, _too_big_message(len(raw)))]
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        line = raw[: error.start].count(b"\n") + 1
        byte = raw[error.start]
        message = (
            f"filen är inte UTF-8-kodad (ogiltig byte 0x{byte:02X}) – "
            "spara den som UTF-8 i din editor"
        )
        return None, [_issue(display_name, line, message)]

    try:
        root = yaml.compose(text, Loader=_COMPOSER)
    except yaml.MarkedYAMLError as error:
        return None, [_syntax_issue(display_name, error)]
    except yaml.reader.ReaderError as error:
        line = text[: error.position].count("\n") + 1
        message = f"otillåtet tecken U+{error.character:04X} i filen – ta bort det"
        return None, [_issue(display_name, line, message)]
    except yaml.YAMLError as error:
        return None, [_issue(display_name, None, f"YAML-fel: {error}")]
    except RecursionError:
        return None, [_issue(display_name, None, "filen är för djupt nästlad för att läsas")]

    if root is None:
        return None, [_issue(display_name, None, "filen är tom – den ska innehålla en mappning")]

    builder = _ValueBuilder(display_name)
    try:
        data = builder.build(root, (), 0)
    except _Refused as refusal:
        return None, [refusal.issue]
    return (
        YamlDocument(data=data, lines=builder.lines, unreadable=frozenset(builder.unreadable)),
        builder.issues,
    )


class _Refused(Exception):
    def __init__(self, issue: Issue) -> None:
        super().__init__(str(issue))
        self.issue = issue


class _ValueBuilder:
    """Turns a composed node graph into plain values, counting every node it visits."""

    def __init__(self, display_name: str) -> None:
        self.file = display_name
        self.scalars = yaml.SafeLoader("")  # only its scalar constructors are used
        self.visited = 0
        self.text_characters = 0
        self.lines: dict[Path, int] = {}
        self.issues: list[Issue] = []
        self.unreadable: set[Path] = set()
        self.open_nodes: set[int] = set()

    def build(self, node: Node, path: Path, depth: int) -> object:
        self.visited += 1
        line = node.start_mark.line + 1
        if self.visited > MAX_NODES:
            raise _Refused(
                _issue(
                    self.file,
                    line,
                    f"filen växer till mer än {format_number(MAX_NODES)} värden när "
                    "alias (*namn) expanderas – den vägras",
                )
            )
        if depth > MAX_DEPTH:
            raise _Refused(_issue(self.file, line, f"mer än {MAX_DEPTH} nivåers nästling"))
        self.lines.setdefault(path, line)

        if node.tag not in _SCALAR_KINDS and node.tag not in _COLLECTION_TAGS:
            tag = _short_tag(node.tag)
            message = f"taggen '{tag}' stöds inte – ta bort den och skriv värdet utan tagg"
            return self._unreadable(path, line, message)
        if isinstance(node, ScalarNode):
            return self._scalar(node, path)
        if id(node) in self.open_nodes:
            raise _Refused(_issue(self.file, line, "ett alias hänvisar till sig självt"))
        self.open_nodes.add(id(node))
        try:
            if isinstance(node, SequenceNode):
                return [
                    self.build(item, (*path, i), depth + 1) for i, item in enumerate(node.value)
                ]
            assert isinstance(node, MappingNode)
            return self._mapping(node, path, depth)
        finally:
            self.open_nodes.discard(id(node))

    def _mapping(self, node: MappingNode, path: Path, depth: int) -> dict[str, object]:
        result: dict[str, object] = {}
        first_line: dict[str, int] = {}
        for key_node, value_node in node.value:
            key_line = key_node.start_mark.line + 1
            if key_node.tag == _MERGE_TAG:
                self.issues.append(
                    _issue(
                        self.file,
                        key_line,
                        "sammanslagning med '<<' stöds inte – skriv ut fälten",
                        path,
                    )
                )
                continue
            if not isinstance(key_node, ScalarNode):
                self.issues.append(
                    _issue(self.file, key_line, "en nyckel måste vara ett enkelt namn", path)
                )
                continue
            self._count_text(key_node)
            # The raw text, not the resolved value: an unquoted `on:` or `1:` is still a name.
            key = key_node.value
            key_path = (*path, key)
            if key in result:
                self.issues.append(
                    _issue(
                        self.file,
                        key_line,
                        f"nyckeln står två gånger (första gången på rad {first_line[key]})",
                        key_path,
                    )
                )
                continue
            first_line[key] = key_line
            self.lines[key_path] = key_line
            result[key] = self.build(value_node, key_path, depth + 1)
        return result

    def _count_text(self, node: ScalarNode) -> None:
        self.text_characters += len(node.value)
        if self.text_characters > MAX_TEXT_CHARACTERS:
            raise _Refused(
                _issue(
                    self.file,
                    node.start_mark.line + 1,
                    f"filen växer till mer än {format_number(MAX_TEXT_CHARACTERS)} tecken "
                    "text när alias (*namn) expanderas – den vägras",
                )
            )

    def _scalar(self, node: ScalarNode, path: Path) -> object:
        self._count_text(node)
        if node.value == PLACEHOLDER and not node.style:  # plain, not quoted
            message = (
                f"är inte ifyllt än (det står {PLACEHOLDER}) – skriv in det som kommentaren "
                "ovanför säger"
            )
            return self._unreadable(path, node.start_mark.line + 1, message)
        try:
            return self.scalars.construct_object(node)
        except (yaml.YAMLError, ValueError, OverflowError):
            line = node.start_mark.line + 1
            if node.tag == f"{_CORE}timestamp":
                message = (
                    f"datumet {node.value} finns inte – skriv ett giltigt datum i formen ÅÅÅÅ-MM-DD"
                )
            else:
                message = f"värdet {node.value!r} är inte {_SCALAR_KINDS[node.tag]}"
            return self._unreadable(path, line, message)

    def _unreadable(self, path: Path, line: int, message: str) -> None:
        self.issues.append(_issue(self.file, line, message, path))
        self.unreadable.add(path)
        return None


def _short_tag(tag: str) -> str:
    """'tag:yaml.org,2002:python/name:os.system' → '!!python/name:os.system', as written."""
    return "!!" + tag.removeprefix(_CORE) if tag.startswith(_CORE) else tag


def _syntax_issue(display_name: str, error: yaml.MarkedYAMLError) -> Issue:
    mark = error.problem_mark or error.context_mark
    problem = (error.problem or error.context or "okänt fel").strip()
    hint = next((advice for fragment, advice in _SYNTAX_HINTS.items() if fragment in problem), None)
    column = f" (kolumn {mark.column + 1})" if mark is not None else ""
    detail = hint if hint else problem
    line = mark.line + 1 if mark is not None else None
    return _issue(display_name, line, f"YAML-syntaxfel{column}: {detail}")


def _too_big_message(size: int) -> str:
    return (
        f"filen är för stor ({format_number(size / 1_000_000, 1)} MB; högst "
        f"{format_number(MAX_FILE_BYTES / 1_000_000)} MB) – dela upp den"
    )


def _issue(file: str, line: int | None, message: str, path: Path = ()) -> Issue:
    return Issue(file=file, line=line, path=path, message=message)
