// The key-client analysis as a reader sees it: the totals in words, the warnings, what the
// list means for the role, a Pareto chart and the table of clients, sortable. A function of
// analyseClients' result that draws into its container; text goes in as text only.

import { niceStep, svgElement, svgText } from "./svg.js";
import { button, element, headerCell } from "./dom.js";
import { fill, formatMoney, formatPercent, formatPlain, plural } from "./numbers.js";

const TABLE_ROWS = 200; // more rows are drawn on request
export const DEFAULT_ABC = [0.8, 0.95]; // the engines' defaults, marked on the chart
// the table's columns: what each shows of a client (`rank` is its place in the analysis)
export const COLUMNS = ["rank", "name", "income", "income_share", "profit", "profit_share", "cumulative_share", "class", "key"];

/**
 * Draw the analysis into `container`.
 * @param {object} options `analysis` (analyseClients' result), `role` (the page data's role,
 *   or null), `capacity` (key clients per manager, or null), `settings` (the shares the
 *   analysis used), `texts`, `currency`, `sort` ({column, descending} or null), `allRows`
 */
export function drawAnalysis(container, { analysis, role, capacity, settings, texts: t, currency, sort, allRows }) {
  const parts = [summary(analysis, t), facts(analysis, t, currency)];
  for (const warning of analysis.warnings) {
    parts.push(element("p", "rg-warning", `${t.warning} ${warningText(warning, settings, t)}.`));
  }
  parts.push(...roleSection(analysis, role, capacity, settings, t));
  const width = Math.max(320, Math.min(900, container.clientWidth || 720));
  parts.push(chart(analysis, settings, t, width), table(analysis, { t, currency, sort, allRows }));
  const download = button(t.download);
  download.dataset.action = "download"; // the page's click handler saves the file
  parts.push(download);
  container.replaceChildren(...parts);
}

/** "4 av 57 kunder är nyckelkunder; de står för 61 % av intäkterna och 78 % av vinsten." */
function summary(analysis, t) {
  const key = analysis.key_count;
  let text = fill(plural(t.summary, key), { key: formatPlain(key), count: formatPlain(analysis.clients.length) });
  if (key > 0) {
    text += fill(t.summary_income, { pronoun: plural(t.pronoun, key), income: formatPercent(analysis.key_income_share) });
    if (analysis.key_profit_share !== null) text += fill(t.summary_profit, { profit: formatPercent(analysis.key_profit_share) });
  }
  return element("p", "rg-kc-summary", `${text}.`);
}

function facts(analysis, t, currency) {
  const list = element("dl", "rg-summary");
  const add = (term, value) => list.append(element("dt", "", term), element("dd", "", value));
  add(t.facts_total_income, formatMoney(analysis.total_income, currency));
  if (analysis.total_profit !== null) add(t.facts_total_profit, formatMoney(analysis.total_profit, currency));
  add(t.facts_top, formatPercent(analysis.top_share));
  add(t.facts_hhi, formatPlain(Math.round(analysis.hhi)));
  const count = (grade) => formatPlain(analysis.clients.filter((client) => client.class === grade).length);
  add(t.facts_classes, fill(t.classes_value, { a: count("A"), b: count("B"), c: count("C") }));
  const wrapper = element("div");
  wrapper.append(list, element("p", "rg-help", analysis.measure === "profit" ? t.measure_profit : t.measure_income));
  return wrapper;
}

function warningText(warning, settings, t) {
  const words = t.warnings;
  if (warning.code === "concentration") return fill(words.concentration, { name: warning.name, share: formatPercent(warning.share) });
  if (warning.code === "no_key_clients") return fill(words.no_key_clients, { share: formatPercent(settings.key_income_share) });
  if (warning.code === "key_share_below_target") {
    return fill(words.key_share_below_target, {
      share: formatPercent(warning.share),
      measure: warning.measure === "profit" ? words.measure_profit : words.measure_income,
      target: formatPercent(settings.key_share_target),
    });
  }
  return words[warning.code];
}

/** What the number of key clients means for the role, with the organisation's figure of
 * key clients per manager when it has one, and a link to the role's profile. */
function roleSection(analysis, role, capacity, settings, t) {
  const heading = element("h3", "", t.role_heading);
  if (!role) return [heading, element("p", "", t.defaults)];
  const n = analysis.key_count;
  const range = `${formatPlain(role.income_share_each[0])}–${formatPlain(role.income_share_each[1])}\u00a0%`;
  const paragraph = element("p");
  if (n === 0) {
    paragraph.append(fill(t.role_none, { share: formatPercent(settings.key_income_share), role: role.name, range }));
  } else {
    const share = formatPercent(settings.key_income_share);
    paragraph.append(fill(plural(t.role_some, n), { role: role.name, range, n: formatPlain(n), share }));
    if (capacity) {
      const managers = Math.ceil(n / capacity.per_manager);
      paragraph.append(
        " ",
        fill(plural(t.role_capacity, managers), { per: formatPlain(capacity.per_manager), role: role.name, managers: formatPlain(managers) }),
      );
      if (capacity.example) paragraph.append(" ", element("span", "rg-example-badge", t.example_badge));
    }
  }
  const link = element("a", "", fill(t.role_link, { role: role.name }));
  link.href = role.link;
  const more = element("p");
  more.append(link);
  return [heading, paragraph, more];
}

/** The clients sorted as analysed: a bar for each one's share of the income (the key
 * clients' darker), the line of the measure's cumulative share, and dashed lines at the
 * A and B cut-offs and at the key-client share. */
function chart(analysis, settings, t, width) {
  const clients = analysis.clients;
  const shares = clients.map((client) => client.income_share);
  const cumulative = clients.map((client) => client.cumulative_share);
  // reduce, not Math.max(...cumulative): a spread of a list's length overflows the stack
  const yMax = cumulative.reduce((most, share) => Math.max(most, share), 1);
  const yMin = cumulative.reduce((least, share) => Math.min(least, share), 0);
  const [height, left, bottom, top, right] = [280, 52, 28, 12, 116];
  const plot = width - left - right;
  const sy = (y) => top + ((height - bottom - top) * (yMax - y)) / (yMax - yMin);
  const slot = plot / clients.length;
  const x = (index) => left + index * slot;

  const svg = svgElement("svg", { viewBox: `0 0 ${width} ${height}`, role: "img", "aria-labelledby": "rg-kc-chart-title" });
  const title = svgElement("title", { id: "rg-kc-chart-title" });
  const measure = analysis.measure === "profit" ? t.warnings.measure_profit : t.warnings.measure_income;
  title.textContent = `${t.chart_title}. ${summary(analysis, t).textContent}`;
  svg.append(title);
  const step = niceStep((yMax - yMin) / 4);
  for (let y = Math.ceil(yMin / step) * step; y <= yMax + 1e-9; y += step) {
    svg.append(svgElement("line", { x1: left, x2: left + plot, y1: sy(y), y2: sy(y), class: Math.abs(y) < 1e-9 ? "rg-chart__axis" : "rg-chart__grid" }));
    svg.append(svgText(formatPercent(y), left - 6, sy(y) + 4, "end"));
  }
  // a bar per client; past one a pixel, a bar per pixel, as tall as its tallest client
  // and dark if it holds a key client (20 000 bars were most of the analysis's second)
  const bars = Math.max(1, Math.min(clients.length, Math.floor(plot)));
  const barSlot = plot / bars;
  const barWidth = Math.max(0.5, barSlot * 0.8);
  for (let bar = 0; bar < bars; bar += 1) {
    const [from, to] = [bar, bar + 1].map((edge) => Math.floor((edge * clients.length) / bars));
    let share = 0;
    let key = false;
    for (let index = from; index < to; index += 1) {
      share = Math.max(share, shares[index]);
      key ||= clients[index].key;
    }
    svg.append(svgElement("rect", {
      x: left + bar * barSlot + (barSlot - barWidth) / 2,
      width: barWidth,
      y: sy(share),
      height: Math.abs(sy(0) - sy(share)),
      class: key ? "rg-kc-bar rg-kc-bar--key" : "rg-kc-bar",
    }));
  }
  const points = cumulative.map((share, index) => `${x(index) + slot / 2},${sy(share)}`).join(" ");
  svg.append(svgElement("polyline", { points, class: "rg-chart__line" }));
  const marks = [
    [settings.abc[0], fill(t.chart_a_line, { share: formatPercent(settings.abc[0]) })],
    [settings.abc[1], fill(t.chart_b_line, { share: formatPercent(settings.abc[1]) })],
    [settings.key_income_share, fill(t.chart_key_line, { share: formatPercent(settings.key_income_share) })],
  ];
  for (const [share, label] of marks) {
    svg.append(svgElement("line", { x1: left, x2: left + plot, y1: sy(share), y2: sy(share), class: "rg-chart__target" }));
    svg.append(svgText(label, left + plot + 4, sy(share) + 4, "start"));
  }
  svg.append(svgText("1", x(0) + slot / 2, height - 8, "middle"));
  if (clients.length > 1) svg.append(svgText(formatPlain(clients.length), x(clients.length - 1) + slot / 2, height - 8, "middle"));

  const figure = element("figure", "rg-chart rg-kc-chart");
  figure.append(svg, element("figcaption", "", `${t.chart_title}. ${fill(t.chart_caption, { measure })}`));
  return figure;
}

/** The clients as a table whose column headers sort it; the first rows unless `allRows`. */
function table(analysis, { t, currency, sort, allRows }) {
  const withProfit = analysis.total_profit !== null;
  const columns = COLUMNS.filter((column) => withProfit || !column.startsWith("profit"));
  const rows = sortedClients(analysis, sort);
  const node = element("table", "rg-kc-table");
  node.createCaption().textContent = t.table_caption;
  const head = node.createTHead().insertRow();
  for (const column of columns) {
    const th = headerCell("", "col");
    const sortButton = button(t.columns[column], null, "rg-link-button");
    sortButton.dataset.action = "sort";
    sortButton.dataset.column = column;
    sortButton.setAttribute("aria-label", fill(t.sort_by, { column: t.columns[column] }));
    th.setAttribute("aria-sort", sort?.column === column ? (sort.descending ? "descending" : "ascending") : "none");
    th.append(sortButton);
    head.append(th);
  }
  const body = node.createTBody();
  const shown = allRows ? rows : rows.slice(0, TABLE_ROWS);
  for (const [rank, client] of shown) {
    const row = body.insertRow();
    if (client.key) row.className = "rg-kc-key";
    for (const column of columns) row.insertCell().textContent = cellText(column, client, rank, t, currency);
  }
  if (shown.length < rows.length) {
    const cell = body.insertRow().insertCell();
    cell.colSpan = columns.length;
    const all = button(fill(t.show_all, { n: formatPlain(rows.length) }));
    all.dataset.action = "all-rows";
    cell.append(all);
  }
  const scroller = element("div", "rg-scroll");
  scroller.append(node);
  return scroller;
}

/** [rank, client] pairs, in the analysis's order or sorted by a column (a stable sort:
 * equal values keep the analysis's order). */
export function sortedClients(analysis, sort) {
  const pairs = analysis.clients.map((client, index) => [index + 1, client]);
  if (!sort || sort.column === "rank") return sort?.descending ? pairs.reverse() : pairs;
  const value = ([, client]) => (sort.column === "key" ? Number(client.key) : client[sort.column]);
  const direction = sort.descending ? -1 : 1;
  return pairs.sort((a, b) => {
    const [x, y] = [value(a), value(b)];
    if (typeof x === "string") return direction * x.localeCompare(y, "sv");
    return direction * ((x ?? -Infinity) - (y ?? -Infinity));
  });
}

/** A cell as the table shows it. */
function cellText(column, client, rank, t, currency) {
  const value = client[column];
  if (column === "rank") return formatPlain(rank);
  if (column === "name" || column === "class") return value;
  if (column === "key") return client.key ? t.key_yes : t.key_no;
  if (value === null) return "–";
  return column.endsWith("share") ? formatPercent(value) : formatMoney(value, currency);
}
