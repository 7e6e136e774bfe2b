// The job evaluation page's what-if panel (/arbetsvardering/): the reader changes the
// weights or the tolerance and sees the ranking, the groups, the chart of points against
// pay and the differences to analyse worked out again at once, by job-evaluation.js, the
// same engine as the build's. The reader's weights live in the page's address, so a link
// gives them back; nothing leaves the browser. Exports the result as CSV and prints it as
// an appendix. Every text from the data goes in as text.

import { evaluateRoles } from "./job-evaluation.js";
import { copyLink, element, headerCell, replaceContent, saveCsv } from "./dom.js";
import { fill, formatMoney, formatPercent, formatPlain, formatWholeMoney, listed, parseNumber } from "./numbers.js";
import { niceStep, svgElement, svgText } from "./svg.js";

export function mount(root) {
  new JobEvaluationPage(root);
}

const DATE = new Intl.DateTimeFormat("sv-SE", { day: "numeric", month: "long", year: "numeric" });

class JobEvaluationPage {
  constructor(root) {
    this.root = root;
    this.data = JSON.parse(root.dataset.rgEvaluation);
    this.t = this.data.texts;
    this.tool = this.t.tool;
    this.plan = this.data.plan;
    this.weights = new Map([...root.querySelectorAll("[data-sub-criterion]")].map((input) => [input.dataset.subCriterion, input]));
    this.tolerance = root.querySelector("#rg-je-tolerance");
    this.details = root.querySelector("details");
    this.sum = root.querySelector(".rg-je-sum");
    this.status = root.querySelector(".rg-je-status");
    this.copyStatus = root.querySelector(".rg-copy-status");
    this.copyField = root.querySelector(".rg-copy-field");
    this.sections = {
      ranking: document.querySelector(".rg-je-ranking"),
      groups: document.querySelector(".rg-je-groups"),
      flags: document.querySelector(".rg-je-flags"),
      chart: document.querySelector(".rg-je-chart__drawing"),
      printWeights: document.querySelector("#rg-je-print-weights"),
      weightsUsed: document.querySelector("#rg-je-weights-used"),
      printDate: document.querySelector("#rg-je-print-date"),
    };
    const badLink = this.load(new URLSearchParams(window.location.search));
    root.querySelector("form").addEventListener("submit", (event) => event.preventDefault());
    root.addEventListener("input", () => this.update());
    root.addEventListener("click", (event) => this.act(event.target.closest("[data-action]")?.dataset.action));
    window.addEventListener("beforeprint", () => this.dateForPrint());
    this.update({ first: true });
    if (badLink) this.status.textContent = `${this.status.textContent} ${this.tool.bad_link}`;
  }

  // ---- the reader's weights ------------------------------------------------------------

  /** Weights and tolerance from the address (vikter=id:12.5,id:10&tolerans=40); true when
   * some of it could not be read, and the organisation's values stand for that part. */
  load(params) {
    const names = this.data.query;
    let bad = false;
    const pairs = (params.get(names.weights) ?? "").split(",").filter(Boolean);
    for (const pair of pairs) {
      const [id, text = ""] = pair.split(":");
      const value = Number(text);
      if (this.weights.has(id) && text !== "" && Number.isFinite(value) && value >= 0) this.weights.get(id).value = formatPlain(value);
      else bad = true;
    }
    if (params.has(names.tolerance)) {
      const value = Number(params.get(names.tolerance));
      if (params.get(names.tolerance) !== "" && Number.isFinite(value) && value >= 0) this.tolerance.value = formatPlain(value);
      else bad = true;
    }
    if (pairs.length || params.has(names.tolerance)) this.details.open = true;
    return bad;
  }

  /** The fields read: each weight in per cent and the tolerance, or null where one cannot
   * be read (its message stands beside it). */
  read() {
    let valid = true;
    const field = (input) => {
      const parsed = parseNumber(input.value, { percent: true });
      const bad = "error" in parsed || "empty" in parsed;
      const error = this.root.querySelector(`#${CSS.escape(input.id)}-error`);
      input.setAttribute("aria-invalid", bad ? "true" : "false");
      error.hidden = !bad;
      error.textContent = bad ? this.tool.bad_number : "";
      const described = [`${input.id}-help`, bad ? error.id : ""].filter((id) => id && document.getElementById(id));
      if (described.length) input.setAttribute("aria-describedby", described.join(" "));
      else input.removeAttribute("aria-describedby");
      if (bad) valid = false;
      return bad ? null : parsed.value;
    };
    const percents = new Map([...this.weights].map(([id, input]) => [id, field(input)]));
    const tolerance = field(this.tolerance);
    if (!valid) return null;
    const sum = [...percents.values()].reduce((total, value) => total + value, 0);
    const own =
      this.plan.some((sub) => percents.get(sub.id) !== sub.weight_percent) || tolerance !== this.data.tolerance;
    return { percents, sum, tolerance, own };
  }

  // ---- working it out -------------------------------------------------------------------

  update({ first = false } = {}) {
    const state = this.read();
    if (!state) return; // the message stands beside the field; the last result stays
    if (state.sum <= 0) {
      this.sum.textContent = this.tool.all_zero;
      return;
    }
    this.sum.textContent = fill(Math.abs(state.sum - 100) < 1e-9 ? this.tool.sum : this.tool.sum_scaled, {
      sum: formatPercent(state.sum / 100),
    });
    const plan = this.plan.map((sub) => ({
      id: sub.id,
      criterion: sub.criterion,
      weight: state.percents.get(sub.id) / state.sum,
      max_level: sub.max_level,
    }));
    const roles = this.data.roles.map(({ id, levels, dominance, typical_pay }) => ({ id, levels, dominance, typical_pay }));
    this.result = { state, plan, ...evaluateRoles(plan, roles, { tolerance: state.tolerance }) };
    // the build drew the organisation's result; the page redraws it only once it differs
    if (!first || state.own) {
      replaceContent(this.sections.ranking, this.ranking());
      replaceContent(this.sections.groups, this.groups());
      replaceContent(this.sections.flags, this.flags());
    }
    // the build drew the chart for a desktop's width (pages/evaluation_chart.py, the same
    // drawing): redrawn to the reader's width, and to the reader's weights
    replaceContent(this.sections.chart, this.chart());
    this.status.textContent = state.own ? this.tool.status_own : this.tool.status_organisation;
    this.sections.printWeights.textContent = state.own ? this.t.print_own : this.t.print_organisation;
    replaceContent(this.sections.weightsUsed, state.own ? [this.weightsTable()] : []);
    this.dateForPrint();
    if (!first || state.own) window.history.replaceState(window.history.state, "", this.link(state));
  }

  role(id) {
    return this.data.roles.find((role) => role.id === id);
  }

  /** Points from each criterion, unrounded (their sum rounds to the role's points). */
  criterionPoints(role) {
    return this.data.criteria.map((criterion) =>
      this.result.plan
        .filter((sub) => sub.criterion === criterion.id)
        .reduce((total, sub) => total + ((sub.weight * role.levels[sub.id]) / sub.max_level) * 1000, 0),
    );
  }

  groupOf(id) {
    return this.result.groups.findIndex((group) => group.includes(id)) + 1;
  }

  // ---- the sections ---------------------------------------------------------------------

  ranking() {
    const t = this.t;
    if (!this.result.ranking.length) return [element("p", "", t.no_ranking)];
    const table = element("table");
    const head = element("tr");
    const columns = [t.place, t.role, t.points, ...this.data.criteria.map((criterion) => criterion.name), t.group, t.dominance_heading];
    columns.forEach((text, index) => {
      const cell = headerCell(text, "col");
      if (index !== 1 && index !== columns.length - 1) cell.setAttribute("align", "right");
      head.append(cell);
    });
    table.append(element("thead"), element("tbody"));
    table.tHead.append(head);
    this.result.ranking.forEach((entry, index) => {
      const role = this.role(entry.id);
      const row = element("tr");
      const strong = element("strong", "", formatPlain(entry.points));
      row.append(
        numberCell(String(index + 1)),
        linkCell(role),
        numberCell(strong),
        ...this.criterionPoints(role).map((points) => numberCell(formatPlain(Math.round(points)))),
        numberCell(String(this.groupOf(entry.id))),
        element("td", "", t.dominance[role.dominance ?? "none"]),
      );
      table.tBodies[0].append(row);
    });
    const parts = [scrolling(table)];
    if (this.result.unscored.length) {
      parts.push(element("p", "", fill(t.unscored, { roles: listed(this.result.unscored.map((id) => this.role(id).name)) })));
    }
    return parts;
  }

  groups() {
    const t = this.t;
    const currency = this.data.currency;
    const parts = [element("p", "", fill(t.groups_intro, { tolerance: formatPlain(this.result.state.tolerance) }))];
    const points = new Map(this.result.ranking.map((entry) => [entry.id, entry.points]));
    this.result.groups.forEach((group, index) => {
      const heading = element("h3", "", fill(t.group_heading, { n: index + 1 }));
      heading.id = `grupp-${index + 1}`;
      const table = element("table");
      const head = element("tr");
      [t.role, t.points, t.typical_pay, t.base_salary, t.dominance_heading].forEach((text, column) => {
        const cell = headerCell(text, "col");
        if (column >= 1 && column <= 3) cell.setAttribute("align", "right");
        head.append(cell);
      });
      table.append(element("thead"), element("tbody"));
      table.tHead.append(head);
      const pays = [];
      for (const id of group) {
        const role = this.role(id);
        if (role.typical_pay !== null) pays.push(role.typical_pay);
        const row = element("tr");
        row.append(
          linkCell(role),
          numberCell(formatPlain(points.get(id))),
          numberCell(role.typical_pay === null ? t.no_pay : formatWholeMoney(role.typical_pay, currency)),
          numberCell(role.base_salary ? role.base_salary.map((amount) => formatMoney(amount, currency)).join("–") : t.no_pay),
          element("td", "", t.dominance[role.dominance ?? "none"]),
        );
        table.tBodies[0].append(row);
      }
      parts.push(heading, scrolling(table));
      const lowest = Math.min(...pays);
      if (pays.length >= 2 && lowest > 0) {
        const difference = Math.max(...pays) - lowest;
        parts.push(element("p", "", fill(t.spread, { amount: formatWholeMoney(difference, currency), share: formatPercent(difference / lowest) })));
      }
    });
    return parts;
  }

  flags() {
    const t = this.t;
    if (!this.data.roles.some((role) => role.dominance)) return [element("p", "", t.no_dominance)];
    if (!this.result.flags.length) return [element("p", "", t.no_flags)];
    const list = element("ul");
    for (const flag of this.result.flags) {
      list.append(element("li", "", fill(t.flags[flag.kind], { women: this.role(flag.women).title, other: this.role(flag.other).name })));
    }
    return [list];
  }

  /** Each scored role with a typical pay as a mark at its points and pay: its shape says
   * whether it is women-dominated (triangle), men-dominated (square) or neither (circle),
   * its number is its place; the groups are shaded bands behind. */
  chart() {
    const tool = this.tool;
    const places = new Map(this.result.ranking.map((entry, index) => [entry.id, index + 1]));
    const scored = this.result.ranking.map((entry) => ({ ...this.role(entry.id), points: entry.points }));
    const plotted = scored.filter((role) => role.typical_pay !== null);
    const parts = [];
    if (!plotted.length) return [element("p", "", tool.chart_empty)];
    const width = Math.max(320, Math.round(this.sections.chart.clientWidth || 640));
    const [height, left, bottom, top, right] = [300, 72, 40, 26, 16];
    const allPoints = scored.map((role) => role.points);
    const pays = plotted.map((role) => role.typical_pay);
    const xStep = niceStep((Math.max(...allPoints) - Math.min(...allPoints) + 100) / 5);
    const xMin = Math.max(0, Math.floor((Math.min(...allPoints) - 40) / xStep) * xStep);
    const xMax = Math.min(1000, Math.ceil((Math.max(...allPoints) + 40) / xStep) * xStep);
    const yStep = niceStep((Math.max(...pays) - Math.min(...pays) || Math.max(...pays) || 1) / 4);
    const yMin = Math.max(0, Math.floor((Math.min(...pays) - yStep / 2) / yStep) * yStep);
    const yMax = Math.ceil((Math.max(...pays) + yStep / 2) / yStep) * yStep;
    const sx = (x) => left + ((width - left - right) * (x - xMin)) / (xMax - xMin || 1);
    const sy = (y) => top + ((height - top - bottom) * (yMax - y)) / (yMax - yMin || 1);

    const svg = svgElement("svg", { viewBox: `0 0 ${width} ${height}`, role: "img", "aria-labelledby": "rg-je-chart-title" });
    const title = svgElement("title", { id: "rg-je-chart-title" });
    title.textContent = tool.chart_title;
    svg.append(title);
    // the groups, behind everything: from the group's lowest to its highest points
    this.result.groups.forEach((group, index) => {
      const members = scored.filter((role) => group.includes(role.id)).map((role) => role.points);
      const [from, to] = [sx(Math.min(...members)) - 8, sx(Math.max(...members)) + 8];
      svg.append(svgElement("rect", { x: from, y: top, width: to - from, height: height - top - bottom, class: "rg-je-band" }));
      svg.append(svgText(fill(this.t.group_heading, { n: index + 1 }), (from + to) / 2, top - 8, "middle"));
    });
    for (let y = Math.ceil(yMin / yStep) * yStep; y <= yMax + 1e-9; y += yStep) {
      svg.append(svgElement("line", { x1: left, x2: width - right, y1: sy(y), y2: sy(y), class: "rg-chart__grid" }));
      svg.append(svgText(formatWholeMoney(y, this.data.currency), left - 6, sy(y) + 4, "end"));
    }
    for (let x = Math.ceil(xMin / xStep) * xStep; x <= xMax + 1e-9; x += xStep) {
      svg.append(svgText(formatPlain(x), sx(x), height - bottom + 16, "middle"));
    }
    svg.append(svgElement("line", { x1: left, x2: width - right, y1: height - bottom, y2: height - bottom, class: "rg-chart__axis" }));
    svg.append(svgText(tool.chart_x, (left + width - right) / 2, height - 4, "middle"));
    for (const role of plotted) {
      const [x, y] = [sx(role.points), sy(role.typical_pay)];
      const mark = marker(role.dominance, x, y, 7);
      const tooltip = svgElement("title", {});
      tooltip.textContent = `${places.get(role.id)}. ${role.title}: ${formatPlain(role.points)} ${this.t.points.toLowerCase()}, ${formatWholeMoney(role.typical_pay, this.data.currency)}`;
      mark.append(tooltip);
      svg.append(mark, svgText(String(places.get(role.id)), x + 9, y - 7, "start"));
    }
    // the numbers' key: which role each mark is, without scrolling back to the ranking
    const key = element("ol", "rg-je-key");
    for (const role of plotted) {
      const item = element("li", "", role.title);
      item.value = places.get(role.id);
      key.append(item);
    }
    parts.push(svg, this.legend(), key);
    const withoutPay = scored.filter((role) => role.typical_pay === null);
    if (withoutPay.length) parts.push(element("p", "rg-help", fill(tool.no_pay_in_chart, { roles: listed(withoutPay.map((role) => role.name)) })));
    return parts;
  }

  legend() {
    const list = element("ul", "rg-je-legend");
    for (const [dominance, text] of [["women", this.tool.legend_women], ["men", this.tool.legend_men], [null, this.tool.legend_none]]) {
      const icon = svgElement("svg", { viewBox: "0 0 16 16", width: 16, height: 16, "aria-hidden": "true" });
      icon.append(marker(dominance, 8, 8, 6));
      const item = element("li");
      item.append(icon, ` ${text}`);
      list.append(item);
    }
    return list;
  }

  weightsTable() {
    const tool = this.tool;
    const table = element("table");
    const head = element("tr");
    head.append(headerCell(tool.csv_sub_criterion, "col"), headerCell(tool.csv_weight_used, "col"), headerCell(tool.csv_weight_organisation, "col"));
    table.append(element("thead"), element("tbody"));
    table.tHead.append(head);
    for (const sub of this.result.plan) {
      const row = element("tr");
      row.append(
        element("td", "", this.planEntry(sub.id).name),
        numberCell(formatPercent(sub.weight)),
        numberCell(formatPercent(this.planEntry(sub.id).weight_percent / 100)),
      );
      table.tBodies[0].append(row);
    }
    const tolerance = element("tr");
    tolerance.append(element("td", "", tool.csv_tolerance), numberCell(formatPlain(this.result.state.tolerance)), numberCell(formatPlain(this.data.tolerance)));
    table.tBodies[0].append(tolerance);
    return table;
  }

  planEntry(id) {
    return this.plan.find((sub) => sub.id === id);
  }

  dateForPrint() {
    this.sections.printDate.textContent = `${this.tool.csv_date}: ${DATE.format(new Date())}`;
  }

  // ---- the address, the exports ---------------------------------------------------------

  link(state) {
    const url = `${window.location.origin}${window.location.pathname}`;
    if (!state.own) return url;
    // ids are slugs and the figures plain numbers: nothing here needs escaping, and the
    // link stays readable (vikter=utbildning:40,problemlosning:12&tolerans=50)
    const names = this.data.query;
    const weights = this.plan.map((sub) => `${sub.id}:${Number(state.percents.get(sub.id).toFixed(4))}`).join(",");
    return `${url}?${names.weights}=${weights}&${names.tolerance}=${Number(state.tolerance.toFixed(4))}`;
  }

  async act(action) {
    if (action === "reset") {
      for (const input of [...this.weights.values(), this.tolerance]) input.value = input.defaultValue;
      this.update();
    } else if (action === "copy" && this.result) {
      const copied = await copyLink(this.link(this.result.state), this.copyField);
      this.copyStatus.textContent = copied ? this.tool.copied : this.tool.copy_failed;
    } else if (action === "csv" && this.result) {
      saveCsv(this.csvRows(), this.data.csv_file);
    } else if (action === "print") {
      this.dateForPrint();
      window.print();
    }
  }

  /** The ranking and groups with the pay beside them, then the weights and tolerance used,
   * whose they are and the date: what the lönekartläggning's documentation keeps. Figures
   * as a Swedish spreadsheet reads them (a decimal comma, weights in per cent). */
  csvRows() {
    const t = this.t;
    const tool = this.tool;
    const number = (value, decimals = 2) => (value === null ? "" : String(Number(value.toFixed(decimals))).replace(".", ","));
    const rows = [[t.place, t.role, t.points, ...this.data.criteria.map((criterion) => criterion.name), t.group, t.dominance_heading, t.typical_pay, tool.csv_base_min, tool.csv_base_max]];
    const line = (role, place, points) => [
      place,
      role.title,
      points,
      ...(points === "" ? this.data.criteria.map(() => "") : this.criterionPoints(role).map((part) => number(part, 1))),
      points === "" ? "" : String(this.groupOf(role.id)),
      t.dominance[role.dominance ?? "none"],
      number(role.typical_pay === null ? null : Math.floor(role.typical_pay + 0.5), 0),
      role.base_salary ? number(role.base_salary[0]) : "",
      role.base_salary ? number(role.base_salary[1]) : "",
    ];
    this.result.ranking.forEach((entry, index) => rows.push(line(this.role(entry.id), String(index + 1), String(entry.points))));
    for (const id of this.result.unscored) rows.push(line(this.role(id), "", ""));
    rows.push([], [tool.csv_weights], [tool.csv_sub_criterion, tool.csv_criterion, tool.csv_weight_used, tool.csv_weight_organisation]);
    for (const sub of this.result.plan) {
      const entry = this.planEntry(sub.id);
      const criterion = this.data.criteria.find((item) => item.id === sub.criterion).name;
      rows.push([entry.name, criterion, number(sub.weight * 100), number(entry.weight_percent)]);
    }
    rows.push(
      [],
      [tool.csv_tolerance, number(this.result.state.tolerance)],
      [this.result.state.own ? tool.csv_weights_own : tool.csv_weights_organisation],
      ...(this.data.example ? [[tool.csv_example]] : []),
      [tool.csv_date, new Date().toISOString().slice(0, 10)],
    );
    return rows;
  }
}

function numberCell(content) {
  const cell = element("td");
  cell.setAttribute("align", "right");
  cell.append(content);
  return cell;
}

function linkCell(role) {
  const cell = element("td");
  const link = element("a", "", role.title);
  link.href = role.link;
  cell.append(link);
  return cell;
}

function scrolling(table) {
  const box = element("div", "rg-scroll");
  box.append(table);
  return box;
}

/** A mark at (x, y): a triangle for a women-dominated role, a square for a men-dominated
 * one, a circle for the others; the shape, not the colour, tells them apart. */
function marker(dominance, x, y, size) {
  if (dominance === "women") {
    const points = [[x, y - size], [x + size, y + size * 0.8], [x - size, y + size * 0.8]].map((point) => point.join(",")).join(" ");
    return svgElement("polygon", { points, class: "rg-je-mark rg-je-mark--women" });
  }
  if (dominance === "men") {
    return svgElement("rect", { x: x - size * 0.8, y: y - size * 0.8, width: size * 1.6, height: size * 1.6, class: "rg-je-mark rg-je-mark--men" });
  }
  return svgElement("circle", { cx: x, cy: y, r: size * 0.85, class: "rg-je-mark" });
}
