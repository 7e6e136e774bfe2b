// The calculator's year: which holiday rule applies and why, what the employee earns in the
// year and, apart, what the employer pays besides, each line with its rule and the rules'
// sources; then the twelve months as a table and as bars of base pay, variable pay,
// guarantee and clawbacks. A function of computeYear's result that draws into its container.

import { button, element, headerCell } from "./dom.js";
import { niceStep, svgElement, svgText } from "./svg.js";
import { fill, formatMoney, formatPercent, formatPlain, formatWholeMoney } from "./numbers.js";

// the chart's parts, bottom up, and what each is of a month's result
const PARTS = [
  ["base", (month) => month.base],
  ["variable", (month) => month.paid_variable - month.guarantee_topup],
  ["guarantee", (month) => month.guarantee_topup],
];

/**
 * Draw `year` (computeYear's result) into `container`.
 * @param {{year: object, rules: object, texts: object, currency: string, current: number,
 *   base: number, target: number|null}} options `rules` is the page's year data (lines,
 *   sources), `current` the month shown in the form (from 0)
 */
export function drawYear(container, { year, rules, texts: t, currency, current, base, target }) {
  const money = (value) => formatMoney(value, currency); // a month's figures keep their öre
  const whole = (value) => formatWholeMoney(value, currency); // a year's are in whole kronor
  const totals = year.totals;
  const sales = year.months.reduce((sum, month) => sum + salesOf(month), 0);
  const lead = element(
    "p",
    "rg-year__lead",
    target === null
      ? fill(t.year_sales, { sales: whole(sales) })
      : fill(t.year_attainment, { sales: whole(sales), share: formatPercent(totals.attainment) }),
  );
  // the texts' {share} and {days}, filled as pay_view.fill_year fills them on the role pages
  const figures = {
    amount: money(base),
    share: formatPercent(totals.variable_share),
    days: rules.days === null ? "" : formatPlain((rules.days * year.months.length) / 12),
  };
  const lines = { totals, rules, whole, figures };
  const parts = element("div", "rg-year__parts");
  parts.append(
    linesTable(rules.employee_heading, rules.employee, lines),
    ...(rules.employer.length ? [linesTable(rules.employer_heading, rules.employer, lines)] : []),
  );
  const shown = [lead];
  if (rules.reasons) {
    let reason = fill(rules.reasons[totals.holiday_rule], figures);
    if (year.months.length < 12) {
      reason += ` ${fill(rules.part_year, { months: year.months.length, days: figures.days })}`;
    }
    shown.push(element("p", "rg-year__reason", reason));
  }
  shown.push(parts);
  if (!rules.rules) shown.push(element("p", "rg-warning", t.year_no_rules));
  for (const note of rules.notes) {
    const paragraph = element("p", "rg-year__note", note.text);
    if (note.example) paragraph.append(" ", element("span", "rg-example-badge", rules.example_badge));
    shown.push(paragraph);
  }
  // an advance paid back or a cancelled deal's commission taken back: what the law allows
  if (totals.recovered > 0 || year.months.some((month) => month.clawback > 0)) {
    shown.push(element("p", "rg-year__set-off", t.set_off));
  }
  if (rules.sources.length) shown.push(sourcesList(rules));
  // drawn at the container's own width, so the labels keep their size on a phone
  const width = Math.max(320, Math.min(900, container.clientWidth || 720));
  shown.push(monthTable(year, { t, money, whole, current }), monthChart(year, { t, money, width }));
  container.replaceChildren(...shown);
}

/** The ordinary deals' sales in a month (a cancelled deal is not a sale). */
function salesOf(month) {
  return month.deals.reduce((sum, deal) => sum + (deal.clawback ? 0 : deal.amount), 0);
}

/** One part of the year, the employee's or the employer's, as the role page shows it: a
 * line marked `only` for one holiday rule is left out under the other, and a line's label
 * and rule may be worded per holiday rule. */
function linesTable(heading, lines, { totals, rules, whole, figures }) {
  const part = element("section", "rg-year__part");
  const table = element("table", "rg-year__lines");
  table.createCaption().textContent = heading;
  const columns = rules.columns;
  table.createTHead().insertRow().append(
    headerCell(columns.item, "col"),
    headerCell(columns.amount, "col"),
    headerCell(columns.rule, "col"),
  );
  const body = table.createTBody();
  const shown = lines.filter((line) => !line.only || line.only === totals.holiday_rule);
  shown.forEach((line, index) => {
    const row = body.insertRow();
    // the last line of each part is its sum: the gross pay, the employer's whole cost
    if (index === shown.length - 1) row.className = "rg-year__sum";
    const byRule = (text) => (typeof text === "string" ? text : text[totals.holiday_rule]);
    row.append(headerCell(byRule(line.label), "row"));
    // the holiday deduction is taken off the pay: shown with its minus sign
    const sign = line.key === "holiday_deduction" ? -1 : 1;
    row.insertCell().textContent = whole(sign * totals[line.key]);
    const rule = row.insertCell();
    rule.textContent = fill(byRule(line.rule), figures);
    if (line.example) rule.append(" ", element("span", "rg-example-badge", rules.example_badge));
  });
  const scroller = element("div", "rg-scroll"); // a long rule never widens the page
  scroller.append(table);
  part.append(scroller);
  return part;
}

function sourcesList(rules) {
  const details = element("details", "rg-year__sources");
  details.append(element("summary", "", rules.sources_title));
  const list = element("ul");
  for (const source of rules.sources) {
    const item = element("li", "", `${source.name} (${source.year}): ${source.source}`);
    if (source.example) item.append(" ", element("span", "rg-example-badge", rules.example_badge));
    list.append(item);
  }
  details.append(list);
  return details;
}

/** The twelve months, a row each; a month's name is a button that shows its deals. */
function monthTable(year, { t, money, whole, current }) {
  const c = t.year_columns;
  const table = element("table", "rg-year__months");
  table.createCaption().textContent = t.year_table_caption;
  const head = table.createTHead().insertRow();
  // base pay is the same every month (the year's lines give it), and the pension is the
  // employer's, in its part: a month's row is what the employee's pay is made of
  const labels = [c.month, c.sales, c.clawback, c.variable, c.guarantee, c.recovered, c.total];
  for (const label of labels) head.append(headerCell(label, "col"));
  const body = table.createTBody();
  year.months.forEach((month, index) => {
    const row = body.insertRow();
    const name = t.month_names[index];
    const show = button(name, null, "rg-link-button");
    show.dataset.action = "show-month"; // the calculator's click handler shows the month's deals
    show.dataset.month = String(index);
    show.setAttribute("aria-label", fill(t.show_month, { month: name }));
    if (index === current) {
      row.className = "rg-year__current";
      show.setAttribute("aria-current", "true");
    }
    const th = headerCell("", "row");
    th.append(show);
    row.append(th);
    const values = [
      salesOf(month),
      -month.clawback,
      month.variable,
      month.guarantee_topup,
      -month.recovered,
      month.total,
    ];
    for (const value of values) row.insertCell().textContent = value === 0 ? "–" : money(value);
  });
  const totals = year.totals;
  const sum = table.createTFoot().insertRow();
  sum.append(headerCell(t.year_total_row, "row"));
  const sales = year.months.reduce((all, month) => all + salesOf(month), 0);
  const clawbacks = year.months.reduce((all, month) => all + month.clawback, 0);
  const yearValues = [
    sales,
    -clawbacks,
    totals.variable,
    totals.guarantee_topup,
    -totals.recovered,
    totals.base + totals.paid_variable,
  ];
  // the year's sums, like every figure of a year, in whole kronor
  for (const value of yearValues) sum.insertCell().textContent = value === 0 ? "–" : whole(value);
  const scroller = element("div", "rg-scroll");
  scroller.append(table);
  return scroller;
}

/** A bar a month: base, variable pay and the guarantee's top-up stacked above the line,
 * the month's cancelled deals below it. The table above holds the same figures. */
function monthChart(year, { t, money, width }) {
  const months = year.months;
  const highest = Math.max(1, ...months.map((month) => month.total));
  const lowest = Math.max(0, ...months.map((month) => month.clawback));
  const step = niceStep((highest + lowest) / 4);
  const yMax = Math.ceil(highest / step) * step;
  const yMin = Math.ceil(lowest / step) * step;
  const [height, left, bottom, top] = [260, 84, 28, 12];
  const sy = (y) => top + ((height - bottom - top) * (yMax - y)) / (yMax + yMin);
  const slot = (width - left - 8) / months.length;

  const svg = svgElement("svg", { viewBox: `0 0 ${width} ${height}`, role: "img", "aria-labelledby": "rg-year-chart-title" });
  const title = svgElement("title", { id: "rg-year-chart-title" });
  title.textContent = `${t.year_chart_title}. ${t.year_chart_caption}`;
  svg.append(title);
  for (let y = 0 - yMin; y <= yMax; y += step) {
    svg.append(svgElement("line", { x1: left, x2: width - 8, y1: sy(y), y2: sy(y), class: y === 0 ? "rg-chart__axis" : "rg-chart__grid" }));
    svg.append(svgText(money(y), left - 6, sy(y) + 4, "end"));
  }
  months.forEach((month, index) => {
    const x = left + index * slot + slot * 0.2;
    const barWidth = slot * 0.6;
    let bottomOf = 0;
    for (const [part, value] of PARTS) {
      const amount = value(month);
      if (amount <= 0) continue;
      svg.append(svgElement("rect", { x, width: barWidth, y: sy(bottomOf + amount), height: sy(bottomOf) - sy(bottomOf + amount), class: `rg-bar--${part}` }));
      bottomOf += amount;
    }
    if (month.clawback > 0) {
      svg.append(svgElement("rect", { x, width: barWidth, y: sy(0), height: sy(-month.clawback) - sy(0), class: "rg-bar--clawback" }));
    }
    svg.append(svgText(t.month_short[index], x + barWidth / 2, height - 8, "middle"));
  });

  const figure = element("figure", "rg-chart rg-year__chart");
  const legend = element("ul", "rg-legend");
  for (const part of ["base", "variable", "guarantee", "clawback"]) {
    const item = element("li");
    const swatch = element("span", `rg-legend__swatch rg-bar--${part}`);
    swatch.setAttribute("aria-hidden", "true");
    item.append(swatch, t.year_legend[part]);
    legend.append(item);
  }
  figure.append(svg, legend, element("figcaption", "", `${t.year_chart_title}. ${t.year_chart_caption}`));
  return figure;
}
