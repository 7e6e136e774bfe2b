// The calculator's two pictures of a pay model: total monthly pay against monthly sales,
// drawn as SVG, and the same deals under every role's model as bars. Functions of data
// that draw into the element they are given; the numbers come from the pay engine.

import { button, element, headerCell } from "./dom.js";
import { fill, formatMoney } from "./numbers.js";
import { computePay } from "./pay.js";
import { niceStep, svgElement, svgText } from "./svg.js";

const CHART_POINTS = 25;
const COMPARED_AT_FIRST = 10; // roles in the comparison before "show all"

/** Total monthly pay against monthly sales, with the month's mix of deals scaled up or down. */
export function drawPayCurve(figure, { model, scenario, pay, texts: t, currency }) {
  // the curve scales the month's sales; its cancelled deals stay as they are
  const ordinary = scenario.deals.filter((deal) => !deal.clawback);
  const cancelled = scenario.deals.filter((deal) => deal.clawback);
  const sales = ordinary.reduce((sum, deal) => sum + deal.amount, 0);
  const target = model.plan.monthly_target ?? 0;
  const xMax = Math.max(sales * 1.5, target * 1.5, 100000);
  const points = [];
  for (let i = 0; i < CHART_POINTS; i += 1) {
    const x = (xMax * i) / (CHART_POINTS - 1);
    const deals = sales > 0
      ? ordinary.map((deal) => scaleDeal(deal, x / sales))
      : x > 0 ? [{ amount: x, ...(model.commission.basis === "margin" ? { margin: 0 } : {}) }] : [];
    const month = { base_salary: scenario.base_salary, deals: [...deals, ...cancelled], carry_in: scenario.carry_in };
    points.push([x, computePay(model, month).total]);
  }
  const highest = Math.max(...points.map((point) => point[1]), pay.total);
  const yStep = niceStep(highest / 4);
  const yMax = Math.max(1, Math.ceil(highest / yStep)) * yStep;
  const xStep = niceStep(xMax / 4);
  // drawn at the figure's own width, so the labels keep their size on a phone
  const width = Math.max(320, Math.min(900, figure.clientWidth || 640));
  const [height, left, bottom, right] = [260, 84, 36, 48];
  const sx = (x) => left + ((width - left - right) * x) / xMax;
  const sy = (y) => height - bottom - ((height - bottom - 12) * y) / yMax;
  const money = (value) => formatMoney(value, currency);

  const svg = svgElement("svg", { viewBox: `0 0 ${width} ${height}`, role: "img", "aria-labelledby": "rg-chart-title" });
  const title = svgElement("title", { id: "rg-chart-title" });
  title.textContent = `${t.chart_title}. ${fill(t.chart_point, { sales: money(sales), total: money(pay.total) })}`;
  svg.append(title);
  for (let y = 0; y <= yMax; y += yStep) {
    svg.append(svgElement("line", { x1: left, x2: width - right, y1: sy(y), y2: sy(y), class: "rg-chart__grid" }));
    svg.append(svgText(money(y), left - 6, sy(y) + 4, "end"));
  }
  const xLabels = width < 500 ? 2 : 1; // fewer labels where they would collide
  for (let x = 0, i = 0; x <= xMax; x += xStep, i += 1) {
    if (i % xLabels === 0) svg.append(svgText(money(x), sx(x), height - bottom + 18, "middle"));
  }
  svg.append(svgElement("polyline", { points: points.map(([x, y]) => `${sx(x)},${sy(y)}`).join(" "), class: "rg-chart__line" }));
  if (target) svg.append(svgElement("line", { x1: sx(target), x2: sx(target), y1: 12, y2: height - bottom, class: "rg-chart__target" }));
  svg.append(svgElement("circle", { cx: sx(sales), cy: sy(pay.total), r: 5, class: "rg-chart__point" }));

  figure.replaceChildren(svg, element("figcaption", "", `${t.chart_title}. ${t.chart_caption}`));
}

/**
 * The same deals under the form's model and every role's, as a table of bars: the form's
 * first, then the roles from the best paid down, the first few unless `showAll`.
 */
export function drawModelComparison(container, { model, deals, roles, texts: t, currency, showAll }) {
  const rows = [[t.your_model, model]].concat(roles.map((role) => [role.title, role.model]));
  const results = rows.map(([name, candidate]) => {
    try {
      return [name, computePay(candidate, { deals }).total, null];
    } catch {
      return [name, null, t.needs_margin]; // a margin-based model needs the deals' margins
    }
  });
  const best = Math.max(...results.map((entry) => entry[1] ?? 0)) || 1;
  const [yours, ...others] = results;
  others.sort((a, b) => (b[1] ?? -1) - (a[1] ?? -1)); // stable: equal pay keeps the data's order
  const shown = showAll ? others : others.slice(0, COMPARED_AT_FIRST);
  const table = element("table", "rg-compare");
  table.createCaption().textContent = t.compare_title;
  table.createTHead().insertRow().append(headerCell(t.columns.model, "col"), headerCell(t.columns.total, "col"));
  const body = table.createTBody();
  for (const [name, total, note] of [yours, ...shown]) {
    const tr = body.insertRow();
    tr.append(headerCell(name, "row"));
    const td = tr.insertCell();
    if (total === null) {
      td.className = "rg-compare__note"; // a sentence, not an amount: it wraps on a phone
      td.textContent = note;
      continue;
    }
    const track = element("span", "rg-bar-track");
    track.setAttribute("aria-hidden", "true");
    const bar = element("span", "rg-bar");
    bar.style.width = `${Math.max(0.5, (100 * total) / best)}%`;
    track.append(bar);
    td.append(track, element("span", "rg-bar-value", formatMoney(total, currency)));
  }
  if (shown.length < others.length) {
    const cell = body.insertRow().insertCell();
    cell.colSpan = 2;
    const all = button(fill(t.compare_show_all, { n: others.length }));
    all.dataset.action = "all-models"; // the calculator's click handler redraws with every role
    cell.append(all);
  }
  container.replaceChildren(table);
}

function scaleDeal(deal, factor) {
  const scaled = { amount: deal.amount * factor };
  if (deal.margin !== undefined && deal.margin !== null) scaled.margin = deal.margin * factor;
  return scaled;
}
