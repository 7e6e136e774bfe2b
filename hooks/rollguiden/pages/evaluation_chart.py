"""The job evaluation page's chart of points against typical monthly pay, drawn at build time
for the organisation's plan, so that a reader without JavaScript sees it too: the same
drawing as job-evaluation-page.js's `chart` (which redraws it to the reader's width and
weights), with the same scales. Every text from the data goes in escaped."""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Any

from markupsafe import Markup, escape

from rollguiden.pages.evaluation import Evaluation
from rollguiden.reading.catalog import Catalog
from rollguiden.text.swedish import format_money, format_number, join, round_whole

# the script's sizes at the width of the page's content on a desktop
WIDTH, HEIGHT, LEFT, BOTTOM, TOP, RIGHT = 680, 300, 72, 40, 26, 16
MARK_SIZE = 7


@dataclass(frozen=True)
class ChartRole:
    place: int
    title: str
    dominance: str | None


@dataclass(frozen=True)
class Chart:
    svg: Markup
    key: tuple[ChartRole, ...]
    """The plotted roles by their place: what each mark's number stands for."""
    without_pay: tuple[str, ...]
    """The scored roles with no typical pay, not in the chart (names in running text)."""


def nice_step(rough: float) -> float:
    """A round step for an axis: 1, 2, 2,5 or 5 times a power of ten (svg.js's niceStep)."""
    if not rough > 0:
        return 1
    power = 10 ** math.floor(math.log10(rough))
    return power * next((f for f in (1, 2, 2.5, 5, 10) if f * power >= rough), 10)


def points_pay_chart(
    catalog: Catalog, found: Evaluation, texts: dict[str, Any], names: dict[str, str]
) -> Chart | None:
    """The chart for the organisation's plan; None when no scored role has a typical pay.
    `names`: each role's title as it reads inside a sentence."""
    pay = {role["id"]: role["typical_pay"] for role in found.roles}
    dominance = {role["id"]: role["dominance"] for role in found.roles}
    scored = [(place, entry) for place, entry in enumerate(found.result["ranking"], start=1)]
    plotted = [(place, entry) for place, entry in scored if pay[entry["id"]] is not None]
    if not plotted:
        return None
    all_points = [entry["points"] for _, entry in scored]
    pays = [pay[entry["id"]] for _, entry in plotted]
    x_step = nice_step((max(all_points) - min(all_points) + 100) / 5)
    x_min = max(0, math.floor((min(all_points) - 40) / x_step) * x_step)
    x_max = min(1000, math.ceil((max(all_points) + 40) / x_step) * x_step)
    y_step = nice_step((max(pays) - min(pays) or max(pays) or 1) / 4)
    y_min = max(0, math.floor((min(pays) - y_step / 2) / y_step) * y_step)
    y_max = math.ceil((max(pays) + y_step / 2) / y_step) * y_step

    def sx(x: float) -> float:
        return LEFT + (WIDTH - LEFT - RIGHT) * (x - x_min) / ((x_max - x_min) or 1)

    def sy(y: float) -> float:
        return TOP + (HEIGHT - TOP - BOTTOM) * (y_max - y) / ((y_max - y_min) or 1)

    tool = texts["tool"]
    currency = catalog.organisation.currency
    parts = [f'<title id="rg-je-chart-title">{escape(tool["chart_title"])}</title>']
    points = {entry["id"]: entry["points"] for _, entry in scored}
    for number, group in enumerate(found.result["groups"], start=1):
        members = [points[role_id] for role_id in group]
        start, end = sx(min(members)) - 8, sx(max(members)) + 8
        parts.append(_rect(start, TOP, end - start, HEIGHT - TOP - BOTTOM, "rg-je-band"))
        label = texts["group_heading"].format(n=number)
        parts.append(_text(label, (start + end) / 2, TOP - 8, "middle"))
    y = math.ceil(y_min / y_step) * y_step
    while y <= y_max + 1e-9:
        parts.append(_line(LEFT, WIDTH - RIGHT, sy(y), sy(y), "rg-chart__grid"))
        parts.append(_text(format_money(round_whole(y), currency), LEFT - 6, sy(y) + 4, "end"))
        y += y_step
    x = math.ceil(x_min / x_step) * x_step
    while x <= x_max + 1e-9:
        parts.append(_text(format_number(x), sx(x), HEIGHT - BOTTOM + 16, "middle"))
        x += x_step
    base = HEIGHT - BOTTOM
    parts.append(_line(LEFT, WIDTH - RIGHT, base, base, "rg-chart__axis"))
    parts.append(_text(tool["chart_x"], (LEFT + WIDTH - RIGHT) / 2, HEIGHT - 4, "middle"))
    key = []
    for place, entry in plotted:
        role_id = entry["id"]
        title = catalog.role(role_id).title
        mark_x, mark_y = sx(entry["points"]), sy(pay[role_id])
        tooltip = (
            f"{place}. {title}: {format_number(entry['points'])} {texts['points'].lower()}, "
            f"{format_money(round_whole(pay[role_id]), currency)}"
        )
        parts.append(mark(dominance[role_id], mark_x, mark_y, MARK_SIZE, tooltip))
        parts.append(_text(str(place), mark_x + 9, mark_y - 7, "start"))
        key.append(ChartRole(place, title, dominance[role_id]))
    svg = Markup(
        f'<svg viewBox="0 0 {WIDTH} {HEIGHT}" role="img" aria-labelledby="rg-je-chart-title">'
        + "".join(parts)
        + "</svg>"
    )
    without = tuple(names[entry["id"]] for _, entry in scored if pay[entry["id"]] is None)
    return Chart(svg, tuple(key), without)


def chart_content(chart: Chart | None, texts: dict[str, Any]) -> Markup:
    """What the figure holds before the script redraws it: the chart, the legend of the
    marks' shapes, the key to their numbers and the roles left out for want of pay; or why
    there is nothing to draw."""
    tool = texts["tool"]
    if chart is None:
        return Markup(f"<p>{escape(tool['chart_empty'])}</p>")
    legend = "".join(
        '<li><svg viewBox="0 0 16 16" width="16" height="16" aria-hidden="true">'
        f"{mark(dominance, 8, 8, 6)}</svg> {escape(tool[label])}</li>"
        for dominance, label in (
            ("women", "legend_women"),
            ("men", "legend_men"),
            (None, "legend_none"),
        )
    )
    key = "".join(f'<li value="{role.place}">{escape(role.title)}</li>' for role in chart.key)
    parts = [
        chart.svg,
        f'<ul class="rg-je-legend">{legend}</ul>',
        f'<ol class="rg-je-key">{key}</ol>',
    ]
    if chart.without_pay:
        roles = join(list(chart.without_pay))
        parts.append(
            f'<p class="rg-help">{escape(tool["no_pay_in_chart"].format(roles=roles))}</p>'
        )
    return Markup("".join(parts))


def mark(dominance: str | None, x: float, y: float, size: float, tooltip: str = "") -> Markup:
    """A triangle for a women-dominated role, a square for a men-dominated one, a circle
    for the others: the shape, not the colour, tells them apart (as the script's marker)."""
    title = f"<title>{escape(tooltip)}</title>" if tooltip else ""
    if dominance == "women":
        corners = ((x, y - size), (x + size, y + size * 0.8), (x - size, y + size * 0.8))
        points = " ".join(f"{_n(a)},{_n(b)}" for a, b in corners)
        return Markup(
            f'<polygon points="{points}" class="rg-je-mark rg-je-mark--women">{title}</polygon>'
        )
    if dominance == "men":
        side = size * 1.6
        return Markup(
            f'<rect x="{_n(x - size * 0.8)}" y="{_n(y - size * 0.8)}" width="{_n(side)}" '
            f'height="{_n(side)}" class="rg-je-mark rg-je-mark--men">{title}</rect>'
        )
    return Markup(
        f'<circle cx="{_n(x)}" cy="{_n(y)}" r="{_n(size * 0.85)}" class="rg-je-mark">'
        f"{title}</circle>"
    )


def _rect(x: float, y: float, width: float, height: float, css: str) -> str:
    return (
        f'<rect x="{_n(x)}" y="{_n(y)}" width="{_n(width)}" height="{_n(height)}" '
        f'class="{css}"></rect>'
    )


def _line(x1: float, x2: float, y1: float, y2: float, css: str) -> str:
    return f'<line x1="{_n(x1)}" x2="{_n(x2)}" y1="{_n(y1)}" y2="{_n(y2)}" class="{css}"></line>'


def _text(text: str, x: float, y: float, anchor: str) -> str:
    return (
        f'<text x="{_n(x)}" y="{_n(y)}" text-anchor="{anchor}" class="rg-chart__label">'
        f"{escape(text)}</text>"
    )


def _n(value: float) -> str:
    """A coordinate with at most two decimals."""
    return f"{value:.2f}".rstrip("0").rstrip(".")
