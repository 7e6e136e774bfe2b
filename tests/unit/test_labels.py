"""The label file reads as Swedish: a role's title is never the bare subject of a sentence
(the source's translated "Key Account Manager har rätt att"), and every count that needs
one has its singular."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

from rollguiden.text.labels import load_labels


def strings(tree: Any, path: str = "") -> Iterator[tuple[str, str]]:
    if isinstance(tree, dict):
        for key, value in tree.items():
            yield from strings(value, f"{path}.{key}" if path else key)
    elif isinstance(tree, list):
        for index, value in enumerate(tree):
            yield from strings(value, f"{path}[{index}]")
    elif isinstance(tree, str):
        yield path, tree


LABELS = list(strings(load_labels()))


def test_a_title_is_never_the_bare_subject() -> None:
    # "{title} har rätt att" is not Swedish: "Befattningshavaren …", "Rollen som {title} …"
    subject = re.compile(r"^\{(title|role)\} [a-zåäö]")
    assert [path for path, text in LABELS if subject.match(text)] == []


def test_counted_nouns_have_a_singular() -> None:
    # "{n} affärer" reads "1 affärer" for one; such labels take the forms one and other.
    # "Visa alla {n} …" is left out: it shows only for more than ten.
    counted = re.compile(r"\{(n|count|meets)\} (roller|affärer|poster)\b")
    plain = [
        path
        for path, text in LABELS
        if counted.search(text) and not path.endswith(".other") and "Visa alla" not in text
    ]
    assert plain == []
