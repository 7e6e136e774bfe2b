// The commission calculator (provisionskalkylator): reads and checks the form on its page,
// keeps it in the address (calculator-fields.js knows the format), and hands the pay
// engine's answer to calculator-result.js (a month's breakdown), calculator-year.js (a
// year of months) and calculator-charts.js (the curve and the every-role comparison).
// The charts, the year's tables and the reader of pasted lines are fetched the first time
// they are needed (import()), so that the page loads less before it answers.
// The form edits one month's deals at a time; the other eleven wait in `this.months`.
// Loaded on demand by rollguiden.js. Everything runs in the browser; nothing typed leaves
// the page. Text from the URL or the data reaches the page only through .value and
// .textContent, never as HTML.

import {
  addressFromFields,
  dealFields,
  fieldsFromAddress,
  fieldsFromModel,
  MAX_LINK_LENGTH,
  MONTHS,
  queryText,
  withoutDeals,
  YEAR_VIEW,
} from "./calculator-fields.js";
import { planWarnings } from "./calculator-plan.js";
import { drawResult } from "./calculator-result.js";
import { copyLink, element, readTextFile, replaceContent, saveFile } from "./dom.js";
import { computePay, computeYear, LIMITS, marginAboveAmount, outOfBounds, unorderedBands } from "./pay.js";
import { fill, formatPercent, formatPlain, listed, parseNumber, plural } from "./numbers.js";
import { spreadsheetCell } from "./spreadsheet.js";

const CUSTOM = "egen";
const URL_DELAY_MS = 250;
const CHART_DELAY_MS = 60; // the chart and comparison follow once typing pauses
const BAD_LINES_SHOWN = 5; // a paste with many unreadable lines names the first few
const ROW_KINDS = { bands: "band", accelerators: "accelerator", deals: "deal" };
// without the organisation's rules a year has no holiday pay, pension or contributions: a
// rate of 0 and nothing per day give 0 by either holiday rule
const NO_RULES = {
  holiday_pay: { rate: 0, days: 25, supplement_per_day: 0, deduction_per_day: 0, threshold: 1 },
  pension_tax_rate: 0,
  employer_contribution_rate: 0,
  pension: [{ rate: 0 }],
};
let errorCount = 0; // each row's error boxes get ids of their own, for aria-describedby

/** Start the calculator in `root` (rollguiden.js calls this once per page it is on). */
export function mount(root) {
  return new Calculator(root);
}

class Calculator {
  constructor(root) {
    this.root = root;
    // The data sits in an attribute, not a <script type="application/json">: Material's
    // instant navigation re-runs every <script> in the new page as JavaScript.
    this.data = JSON.parse(root.dataset.rgCalculator);
    this.t = this.data.texts;
    this.touched = new WeakSet();
    this.roles = new Map(this.data.roles.map((role) => [role.id, role]));
    this.$ = (id) => root.querySelector(`#rg-${id}`);
    this.monthHeading = this.$("result-heading").textContent;
    this.parsedMonths = new WeakMap(); // a stored month's deals, read once per basis
    this.path = window.location.pathname; // the page whose address the form writes

    this.load(new URLSearchParams(window.location.search));
    root.addEventListener("input", (event) => this.onInput(event));
    root.addEventListener("change", (event) => this.onInput(event));
    root.addEventListener("focusout", (event) => {
      if (event.target.matches("input, textarea")) {
        this.touched.add(event.target);
        this.update();
      }
    });
    root.addEventListener("click", (event) => this.onClick(event));
    root.querySelector("form").addEventListener("submit", (event) => event.preventDefault());
    this.$("import").addEventListener("change", () => this.importFile());
    this.update();
  }

  // ---- state in and out -------------------------------------------------------------

  load(params) {
    const linked = fieldsFromAddress(params, this.data.query);
    let roleId = linked.role ?? null;
    if (roleId !== null && roleId !== CUSTOM && !this.roles.has(roleId)) {
      this.$("notice").textContent = fill(this.t.unknown_role, { id: roleId.slice(0, 80) });
      this.$("notice").hidden = false;
      roleId = CUSTOM;
    }
    // a custom model starts from the first role's values; the link's values then override.
    // Without a role to start from (none written yet, or organisation.yml publishes no
    // role's figures) it starts blank: one band and one deal to fill in.
    const preset = this.roles.get(roleId) ?? this.data.roles[0];
    const { deals: linkedMonths, month, ...fields } = linked;
    // a month's link opens as a year of such months; a year's link gives each month its own
    const months = linkedMonths ?? [preset ? dealFields(preset.deals) : [["", "", ""]]];
    this.months = Array.from({ length: MONTHS }, (_, index) => (months.length === 1 ? months[0] : months[index] ?? []));
    this.current = Math.min(MONTHS, Math.max(1, Math.trunc(Number(month)) || 1)) - 1;
    const start = preset ? fieldsFromModel(preset.model) : { bands: [["", ""]] };
    this.fill({ ...start, ...fields, role: roleId ?? preset?.id ?? CUSTOM });
    this.$("month").value = String(this.current + 1);
    this.setRows("deals", this.months[this.current]);
    this.showView();
    // deals from a link are someone's own: switching role keeps them
    this.ownDeals = linkedMonths !== undefined;
    // values from a link count as touched: their problems show at once
    for (const input of this.root.querySelectorAll("input")) if (input.value) this.touched.add(input);
  }

  /** Put field values (see calculator-fields.js) into the form; each field's element is
   * #rg-<field>, a checkbox's value "1" when ticked. The deals go in with setRows. */
  fill(fields) {
    for (const [field, value] of Object.entries(fields)) {
      if (field in ROW_KINDS) this.setRows(field, value);
      else if (this.$(field).type === "checkbox") this.$(field).checked = value === "1";
      else this.$(field).value = value;
    }
  }

  /** The form's values, as the address holds them: `deals` is every month's. */
  fields() {
    return Object.fromEntries(
      Object.keys(this.data.query).map((field) => {
        if (field === "deals") return [field, this.allMonths()];
        if (field in ROW_KINDS) return [field, this.rows(field).map(fieldValues)];
        return [field, fieldValue(this.$(field))];
      }),
    );
  }

  /** Every month's deals as field triples, the month in the form as it stands. */
  allMonths() {
    return this.months.map((deals, index) => (index === this.current ? this.rows("deals").map(fieldValues) : deals));
  }

  /** Keep the form's month in `this.months` (before the form shows another). */
  storeMonth() {
    this.months = this.allMonths();
  }

  /** Show month `index` (from 0) in the form. */
  showMonth(index) {
    this.storeMonth();
    this.current = index;
    this.$("month").value = String(index + 1);
    this.setRows("deals", this.months[index]);
  }

  year() {
    return this.$("view").value === YEAR_VIEW;
  }

  /** What belongs to the year view shows only in it; the curve and the comparison of
   * models, which price one month, only in the month view. */
  showView() {
    const year = this.year();
    this.root.classList.toggle("rg-calculator--year", year); // a wider result for the year
    for (const part of this.root.querySelectorAll("[data-rg-year]")) part.hidden = !year;
    for (const part of this.root.querySelectorAll("[data-rg-month]")) part.hidden = year;
    const month = this.t.month_names[this.current];
    this.$("result-heading").textContent = year ? fill(this.t.month_result_heading, { month }) : this.monthHeading;
  }

  writeUrl() {
    // Under instant navigation the reader may have moved on before this delayed write:
    // the address then belongs to another page, which must keep its own. The theme sets
    // the new address before it swaps the page, so the form may still be there.
    if (!this.root.isConnected || window.location.pathname !== this.path) return;
    const params = addressFromFields(this.fields(), this.data.query);
    let query = queryText(params);
    const href = new URL(`?${query}`, window.location.href).href;
    // Past what web servers accept in a request, the address would fail on the next
    // reload as well as in a shared link: it keeps the model, and the deals go in a file.
    const tooLong = href.length > MAX_LINK_LENGTH;
    if (tooLong) query = queryText(withoutDeals(params, this.data.query));
    window.history.replaceState(window.history.state, "", `?${query}`);
    if (tooLong !== Boolean(this.tooLong)) this.showTooLong(tooLong);
  }

  /** Say, beside "copy link", whether the deals fit in the address; offer them as a file
   * when they do not. */
  showTooLong(tooLong) {
    this.tooLong = tooLong;
    this.$("download-deals").hidden = !tooLong;
    this.$("copy-url").hidden = true;
    const months = this.year() ? this.allMonths() : [this.allMonths()[this.current]];
    const count = formatPlain(months.reduce((sum, deals) => sum + deals.length, 0));
    this.$("copy-status").textContent = tooLong ? fill(this.t.link_too_long, { n: count }) : "";
  }

  // ---- rows -----------------------------------------------------------------------

  /** Fill the rows of `field` (bands, accelerators, deals) from their values. */
  setRows(field, values) {
    const body = this.$(field);
    replaceContent(body, values.map((row) => this.newRow(ROW_KINDS[field], row)));
    this.renumber();
  }

  /** A row from the page's <template>, its fields holding `values` (a checkbox ticked by "1"). */
  newRow(kind, values = []) {
    const row = this.$(`${kind}-row`).content.firstElementChild.cloneNode(true);
    row.querySelectorAll("input").forEach((field, index) => {
      if (field.type === "checkbox") field.checked = values[index] === "1";
      else field.value = values[index] ?? "";
    });
    for (const box of row.querySelectorAll(".rg-error")) box.id = `rg-row-error-${(errorCount += 1)}`;
    return row;
  }

  /** Number every band, and every deal from `firstDeal` on (the rows before it keep theirs). */
  renumber(firstDeal = 0) {
    const t = this.t;
    const bands = [...this.$("bands").rows];
    bands.forEach((row, index) => {
      const n = String(index + 1);
      const [upTo, rate] = row.querySelectorAll("input");
      const open = index === bands.length - 1;
      upTo.disabled = open;
      if (open) upTo.value = "";
      upTo.placeholder = open ? t.open_band : "";
      upTo.setAttribute("aria-label", fill(t.band_up_to, { n }));
      rate.setAttribute("aria-label", fill(t.band_rate, { n }));
      const remove = row.querySelector("button");
      remove.setAttribute("aria-label", fill(t.remove_band, { n }));
      remove.disabled = bands.length === 1;
    });
    [...this.$("accelerators").rows].forEach((row, index) => {
      const n = String(index + 1);
      const [above, multiplier] = row.querySelectorAll("input");
      above.setAttribute("aria-label", fill(t.accelerator_above, { n }));
      multiplier.setAttribute("aria-label", fill(t.accelerator_multiplier, { n }));
      row.querySelector("button").setAttribute("aria-label", fill(t.remove_accelerator, { n }));
    });
    const margin = this.$("basis").value === "margin";
    this.$("margin-header").hidden = !margin;
    const deals = this.$("deals").rows;
    for (let index = firstDeal; index < deals.length; index += 1) this.numberDeal(deals[index], index, margin);
  }

  numberDeal(row, index, margin) {
    const t = this.t;
    const n = String(index + 1);
    row.firstChild.textContent = n;
    const [amount, marginInput, cancelled] = row.querySelectorAll("input");
    amount.setAttribute("aria-label", fill(t.deal_amount, { n }));
    marginInput.setAttribute("aria-label", fill(t.deal_margin, { n }));
    cancelled.setAttribute("aria-label", fill(t.deal_cancelled, { n }));
    marginInput.closest("td").hidden = !margin;
    row.querySelector("button").setAttribute("aria-label", fill(t.remove_deal, { n }));
  }

  /** The rows of `field` (bands, accelerators, deals), each as its input elements. */
  rows(field) {
    return [...this.$(field).rows].map((row) => [...row.querySelectorAll("input")]);
  }

  // ---- events ---------------------------------------------------------------------

  onInput(event) {
    const target = event.target;
    if (target.id === "rg-paste" || target.id === "rg-import") return;
    if (target.closest("#rg-deals")) this.ownDeals = true;
    if (target.id === "rg-role" && event.type === "change") this.switchRole(this.roles.get(target.value));
    if (target.id === "rg-basis") this.renumber();
    if (target.id === "rg-month") this.showMonth(Number(target.value) - 1);
    if (target.id === "rg-view" || target.id === "rg-month") this.showView();
    this.update();
  }

  /** A new role's model; its example month too, unless the reader has entered deals of
   * their own: those stay, and the page says which plan they are now priced under. */
  switchRole(role) {
    const notice = this.$("notice");
    notice.hidden = true;
    if (!role) return;
    this.fill(fieldsFromModel(role.model));
    if (this.ownDeals) {
      this.fillMissingMargins(role.model);
      notice.textContent = fill(this.t.kept_deals, { role: role.name });
      notice.hidden = false;
    } else {
      this.months = this.months.map(() => dealFields(role.deals));
      this.setRows("deals", this.months[this.current]);
    }
  }

  onClick(event) {
    const action = event.target.closest("[data-action]")?.dataset.action;
    if (!action) return;
    const row = event.target.closest("tr");
    if (action === "add-band") {
      const body = this.$("bands");
      body.insertBefore(this.newRow("band"), body.lastElementChild);
      this.renumber();
      body.rows[body.rows.length - 2].querySelector("input").focus();
    } else if (action === "remove-band" && this.$("bands").rows.length > 1) {
      this.removeRow(row, this.$("bands"));
    } else if (action === "add-accelerator") {
      const body = this.$("accelerators");
      body.append(this.newRow("accelerator"));
      this.renumber();
      body.lastElementChild.querySelector("input").focus();
    } else if (action === "remove-accelerator") {
      this.removeRow(row, this.$("accelerators"));
    } else if (action === "add-deal") {
      this.ownDeals = true;
      // only the new row is numbered: adding stays as quick at the thousandth deal
      const body = this.$("deals");
      const added = this.newRow("deal");
      body.append(added);
      this.numberDeal(added, body.rows.length - 1, this.$("basis").value === "margin");
      added.querySelector("input").focus();
    } else if (action === "remove-deal") {
      this.ownDeals = true;
      this.removeRow(row, this.$("deals"));
    } else if (action === "paste") {
      this.pasteDeals(); // it updates the page once the lines are read
      return;
    } else if (action === "show-month") {
      this.showMonth(Number(event.target.closest("[data-month]").dataset.month));
      this.showView();
      this.$("month").focus(); // the table is redrawn: the reader goes on at the month's deals
    } else if (action === "every-month") {
      this.ownDeals = true;
      this.storeMonth();
      this.months = this.months.map(() => this.months[this.current]);
      this.$("every-month-status").textContent = fill(this.t.every_month_done, { month: this.t.month_names[this.current] });
    } else if (action === "copy") {
      this.writeUrl(); // the link must hold the latest keystroke, not wait for the delay
      this.copyLink();
    } else if (action === "download-deals") {
      this.downloadDeals();
    } else if (action === "all-rows") {
      this.allRows = true;
      this.refocus = ".rg-breakdown"; // the button goes with the redraw: keep the place
    } else if (action === "all-models") {
      this.allModels = true;
      this.refocus = ".rg-compare";
    }
    this.update();
  }

  /** After "show all", focus the table that was redrawn, where the pressed button was. */
  restoreFocus(selector) {
    if (this.refocus !== selector) return;
    this.refocus = null;
    const table = this.root.querySelector(selector);
    table.tabIndex = -1;
    table.focus();
  }

  removeRow(row, body) {
    const next = row.nextElementSibling ?? row.previousElementSibling;
    const index = row.sectionRowIndex;
    row.remove();
    this.renumber(body.id === "rg-deals" ? index : body.rows.length);
    const kind = ROW_KINDS[body.id.slice("rg-".length)];
    const focus = next?.querySelector("input:not(:disabled)") ?? this.root.querySelector(`[data-action="add-${kind}"]`);
    focus.focus();
  }

  fillMissingMargins(model) {
    const deal = model.typical_deal;
    if (model.commission.basis !== "margin" || !deal || deal.margin == null) return;
    const share = deal.margin / deal.amount;
    const withMargin = ([amount, margin, clawback]) => {
      const parsed = parseNumber(amount);
      return [amount, !margin && "value" in parsed ? formatPlain(Math.round(parsed.value * share)) : margin, clawback];
    };
    this.storeMonth();
    this.months = this.months.map((deals) => deals.map(withMargin));
    this.setRows("deals", this.months[this.current]);
  }

  /** Add a deal per line of `text` (pasted, or a CSV file's): the amount, the margin from
   * the next column if any, a date first to put the deal in its month (see
   * calculator-import.js). Dated deals replace the role's example, and open the year. */
  async importDeals(text, status) {
    const t = this.t;
    const { MAX_DEAL_LINES, MAX_MONTH_DEALS, readDealLines } = await import("./calculator-import.js");
    const { importRefusal } = await import("./import-limits.js");
    const refusal = importRefusal(text, MAX_DEAL_LINES, "\t;");
    if (refusal) {
      status.textContent = await this.refusalText(refusal);
      this.badLines = 1; // what was pasted stays in the box
      return;
    }
    const { deals, bad } = readDealLines(text);
    this.storeMonth();
    const dated = deals.some((deal) => deal.month !== null);
    const replaced = dated && !this.ownDeals; // the example month is not the reader's
    const months = (replaced ? this.months.map(() => []) : this.months).map((list) => [...list]);
    for (const deal of deals) {
      const index = deal.month === null ? this.current : deal.month - 1;
      months[index].push([deal.amount, deal.margin, deal.clawback ? "1" : ""]);
    }
    const crowded = months.findIndex((list) => list.length > MAX_MONTH_DEALS);
    if (crowded >= 0) {
      const month = t.month_names[crowded];
      status.textContent = await this.refusalText({ reason: "month", count: months[crowded].length, month });
      this.badLines = 1;
      return;
    }
    this.months = months;
    this.ownDeals = true;
    const before = this.$("deals").rows.length;
    this.setRows("deals", this.months[this.current]);
    // what the reader brought counts as typed: a margin it lacks is marked at once
    [...this.$("deals").rows].slice(replaced ? 0 : before).forEach((row) => {
      for (const input of row.querySelectorAll("input")) this.touched.add(input);
    });
    const opened = dated && !this.year();
    if (opened) this.$("view").value = YEAR_VIEW;
    this.showView();
    let said = fill(plural(t.paste_added, deals.length), { n: formatPlain(deals.length) });
    if (dated) said += ` ${replaced ? t.import_replaced : t.import_by_month}`;
    if (opened) said += ` ${t.import_opened_year}`;
    if (bad.length > BAD_LINES_SHOWN) {
      said += ` ${fill(t.paste_bad_many, { count: formatPlain(bad.length), lines: listed(bad.slice(0, BAD_LINES_SHOWN)) })}`;
    } else if (bad.length) {
      said += ` ${fill(plural(t.paste_bad, bad.length), { lines: listed(bad) })}`;
    }
    status.textContent = said;
    this.badLines = bad.length;
  }

  /** A CSV file the reader picked (dom.js reads it in the encoding it is in). */
  async importFile() {
    const input = this.$("import");
    const [file] = input.files;
    if (!file) return;
    input.value = ""; // the same file may be picked again after an edit
    const { MAX_SIZE } = await import("./import-limits.js");
    if (file.size > MAX_SIZE) {
      // refused unread: a file of gigabytes would take the tab's memory before any check
      this.$("paste-status").textContent = await this.refusalText({ reason: "size" });
      return;
    }
    const text = await readTextFile(file);
    await this.importDeals(text, this.$("paste-status"));
    this.update();
  }

  /** Why nothing was imported, with the limit passed (import-limits.js, calculator-import.js). */
  async refusalText({ reason, line, count, month }) {
    const { MAX_DEAL_LINES, MAX_MONTH_DEALS } = await import("./calculator-import.js");
    const { MAX_COLUMNS, MAX_SIZE } = await import("./import-limits.js");
    const values = {
      line: String(line),
      count: formatPlain(count ?? 0),
      month: month ?? "",
      lines: formatPlain(MAX_DEAL_LINES),
      deals: formatPlain(MAX_MONTH_DEALS),
      columns: formatPlain(MAX_COLUMNS),
      size: formatPlain(MAX_SIZE / 1_000_000),
    };
    return `${fill(this.t.import_refused[reason], values)} ${this.t.import_nothing_added}`;
  }

  /** The lines in the paste box; the box is emptied unless a line could not be read. */
  async pasteDeals() {
    await this.importDeals(this.$("paste").value, this.$("paste-status"));
    if (!this.badLines) this.$("paste").value = "";
    this.update();
  }


  /** The deals as a file of the paste box's own format: amount;margin, a deal a line, a
   * cancelled deal with a minus sign; in the year view each line dated in its month. */
  downloadDeals() {
    const margin = this.$("basis").value === "margin";
    const year = new Date().getFullYear();
    const months = this.year() ? this.allMonths() : [this.allMonths()[this.current]];
    const lines = months.flatMap((deals, index) => {
      const date = this.year() ? `${year}-${String(index + 1).padStart(2, "0")}-01;` : "";
      return deals.map(([amount, dealMargin, clawback]) => {
        // the fields hold what was typed, pasted or linked: kept from starting a formula
        const signed = spreadsheetCell(`${clawback ? "-" : ""}${amount.trim()}`);
        return `${date}${margin ? `${signed};${spreadsheetCell(dealMargin.trim())}` : signed}`;
      });
    });
    saveFile(["\ufeff", lines.join("\r\n"), "\r\n"], this.data.deals_file, "text/csv");
  }

  async copyLink() {
    const copied = await copyLink(window.location.href, this.$("copy-url"));
    if (!copied) this.$("copy-status").textContent = this.t.copy_failed;
    else this.$("copy-status").textContent = this.tooLong ? this.t.copied_without_deals : this.t.copied;
  }

  // ---- reading and checking the form --------------------------------------------------

  read() {
    const problems = [];
    const t = this.t;
    const flag = (field, message) => problems.push([field, message]);
    const amount = (field, limits, options) => checked(field, limits, options, t, flag);

    const base = amount(this.$("base"), LIMITS.money);
    const rows = this.rows("bands");
    const bands = rows.map(([upTo, rate], index) => {
      const band = { rate: amount(rate, LIMITS.rate, { percent: true }) };
      if (index < rows.length - 1) band.up_to = amount(upTo, LIMITS.positiveMoney);
      return band;
    });
    for (const index of unorderedBands(bands)) flag(rows[index][0], t.errors.ascending);
    const cap = amount(this.$("cap"), LIMITS.money, { optional: true });
    const target = amount(this.$("target"), LIMITS.positiveMoney, { optional: true });
    const rule = this.$("rule").value;
    const thresholdField = this.$("threshold");
    thresholdField.closest(".rg-field").hidden = rule !== "threshold";
    let threshold = null;
    if (rule === "threshold") {
      threshold = amount(thresholdField, LIMITS.threshold, { percent: true });
    }
    const tiers = this.rows("accelerators");
    const accelerators = tiers.map(([above, multiplier]) => ({
      above: amount(above, LIMITS.acceleratorAbove, { percent: true }),
      multiplier: amount(multiplier, LIMITS.multiplier),
    }));
    accelerators.forEach((tier, index) => {
      const lower = accelerators[index - 1]?.above;
      if (index > 0 && tier.above != null && lower != null && tier.above <= lower) {
        flag(tiers[index][0], t.errors.accelerator_ascending);
      }
    });
    if (tiers.length && target === null && this.$("target").value.trim() === "") {
      flag(tiers[0][0], t.errors.accelerator_needs_plan);
    }
    const guarantee = this.readGuarantee(amount, flag);
    const basis = this.$("basis").value;
    const deals = this.rows("deals").map(([amountField, marginField, cancelled]) => {
      const deal = { amount: amount(amountField, LIMITS.money) };
      if (basis === "margin") {
        deal.margin = amount(marginField, LIMITS.money);
        if (deal.margin != null && deal.amount != null && marginAboveAmount(deal.amount, deal.margin)) {
          flag(marginField, t.errors.margin_above_amount);
        }
      }
      if (cancelled.checked) deal.clawback = true;
      return deal;
    });

    const model = {
      currency: this.data.currency,
      base_salary: { min: base ?? 0, typical: base ?? 0, max: base ?? 0 },
      commission: { basis, band_mode: this.$("mode").value, bands, cap },
      plan: { monthly_target: target, below_plan: rule, threshold, accelerators },
      guarantee,
    };
    const scenario = { base_salary: base ?? 0, deals };
    // the other months are read from what the form kept of them; a month that does not
    // read is named, for the reader to open and put right
    const badMonths = [];
    const months = this.months.map((stored, index) => {
      if (index === this.current) return scenario;
      const month = this.readStoredMonth(stored, basis);
      if (month === null) badMonths.push(index);
      return { base_salary: base ?? 0, deals: month ?? [] };
    });
    return { model, scenario, months, problems, badMonths };
  }

  readGuarantee(amount, flag) {
    const monthlyAmount = amount(this.$("guarantee_amount"), LIMITS.money, { optional: true });
    const monthsField = this.$("guarantee_months");
    if (monthlyAmount === null) return null;
    // a guarantee needs its months: say so at once, even if the reader never went there
    this.touched.add(monthsField);
    const months = amount(monthsField, LIMITS.guaranteeMonths);
    if (months !== null && !Number.isInteger(months)) flag(monthsField, this.t.errors.whole_months);
    return {
      months: Math.trunc(months ?? 1),
      monthly_amount: monthlyAmount,
      recoverable: this.$("guarantee_recoverable").checked,
    };
  }

  /** A month kept outside the form, as the engine takes its deals; null if any deal does
   * not read. Read once per list and basis: a keystroke in one month leaves the rest. */
  readStoredMonth(stored, basis) {
    const known = this.parsedMonths.get(stored);
    if (known?.basis === basis) return known.deals;
    let deals = [];
    for (const [amountText, marginText, clawback] of stored) {
      const amount = parseNumber(amountText);
      const margin = parseNumber(marginText);
      const deal = { amount: amount.value };
      if (basis === "margin") deal.margin = margin.value;
      if (clawback) deal.clawback = true;
      const broken =
        !("value" in amount) ||
        outOfBounds(amount.value, LIMITS.money) ||
        (basis === "margin" &&
          (!("value" in margin) || outOfBounds(margin.value, LIMITS.money) || marginAboveAmount(amount.value, margin.value)));
      if (broken) {
        deals = null;
        break;
      }
      deals.push(deal);
    }
    this.parsedMonths.set(stored, { basis, deals });
    return deals;
  }

  showProblems(problems) {
    const messages = new Map();
    for (const [field, message] of problems) if (!messages.has(field)) messages.set(field, message);
    for (const field of this.root.querySelectorAll("form input")) {
      const message = messages.get(field);
      const shown = message && (this.touched.has(field) || field.value.trim() !== "") ? message : "";
      if (field.rgShown === shown) continue; // unchanged: leave the DOM alone
      field.rgShown = shown;
      const box = field.parentElement.querySelector(".rg-error");
      if (!box) continue; // a checkbox or the file picker: nothing typed to check
      field.setAttribute("aria-invalid", shown ? "true" : "false");
      box.textContent = shown;
      box.hidden = !shown;
      if (shown) field.setAttribute("aria-describedby", box.id);
      else field.removeAttribute("aria-describedby");
    }
  }

  // ---- output -----------------------------------------------------------------------

  update() {
    // the first year is drawn once its module is there: only the latest update's draw counts
    const drawing = (this.drawing = {});
    const { model, scenario, months, problems, badMonths } = this.read();
    this.showProblems(problems);
    clearTimeout(this.urlTimer);
    this.urlTimer = setTimeout(() => this.writeUrl(), URL_DELAY_MS);
    const result = this.$("result");
    const yearOutput = this.$("year");
    clearTimeout(this.chartTimer);
    const year = this.year();
    const stop = (message) => {
      result.replaceChildren(element("p", "rg-result__message", message));
      for (const part of [yearOutput, this.$("chart"), this.$("compare")]) part.replaceChildren();
    };
    if (problems.length) return stop(this.t.fix_fields);
    if (year && badMonths.length) {
      const names = badMonths.map((index) => this.t.month_names[index]);
      return stop(fill(plural(this.t.fix_months, names.length), { months: listed(names) }));
    }
    let pay;
    let yearResult;
    const rules = this.data.year.rules ?? NO_RULES;
    try {
      if (year) {
        yearResult = computeYear(model, { months, rules });
        pay = yearResult.months[this.current];
      } else {
        pay = computePay(model, scenario);
      }
    } catch (error) {
      return stop(`${this.t.model_error} ${error.message}`);
    }
    const shared = { model, texts: this.t, currency: this.data.currency };
    drawResult(result, {
      ...shared,
      pay,
      allRows: this.allRows,
      warnings: planWarnings(model, scenario.deals, this.t),
      carryIn: year && this.current > 0 ? yearResult.months[this.current - 1].carry_out : 0,
    });
    this.restoreFocus(".rg-breakdown");
    if (year) {
      const drawYear = ({ drawYear }) =>
        drawYear(yearOutput, {
          ...shared,
          year: yearResult,
          rules: this.data.year,
          current: this.current,
          base: scenario.base_salary,
          target: model.plan.monthly_target,
        });
      // once fetched, the year is drawn at once, in the same keystroke
      if (this.yearModule) return drawYear(this.yearModule);
      import("./calculator-year.js").then((module) => {
        this.yearModule = module;
        if (this.drawing === drawing && this.root.isConnected) drawYear(module);
      });
      return;
    }
    this.chartTimer = setTimeout(async () => {
      const { drawModelComparison, drawPayCurve } = await import("./calculator-charts.js");
      if (this.drawing !== drawing || !this.root.isConnected) return;
      drawPayCurve(this.$("chart"), { ...shared, scenario, pay });
      drawModelComparison(this.$("compare"), {
        ...shared,
        deals: scenario.deals,
        roles: this.data.roles,
        showAll: this.allModels,
      });
      this.restoreFocus(".rg-compare");
    }, CHART_DELAY_MS);
  }
}

/** A field's number, checked against the engine's own bounds for its kind (pay.js
 * LIMITS); a problem goes to `flag`. Rates are typed in per cent and returned as shares. */
function checked(field, limits, { optional = false, percent = false } = {}, t, flag) {
  const parsed = parseNumber(field.value, { percent });
  if (parsed.empty) {
    if (!optional) flag(field, t.errors.empty);
    return null;
  }
  if (parsed.error) {
    flag(field, t.errors[parsed.error]);
    return null;
  }
  const value = percent ? parsed.value / 100 : parsed.value;
  const broken = outOfBounds(value, limits);
  const max = percent ? formatPercent(limits.max) : formatPlain(limits.max);
  if (broken === "not_above") flag(field, t.errors.positive);
  else if (broken === "below_minimum") flag(field, fill(t.errors.at_least, { min: formatPlain(limits.min) }));
  else if (broken === "too_large" && percent && limits.max === 1) flag(field, t.errors.percent_range);
  else if (broken === "too_large" && limits.max === LIMITS.money.max) flag(field, fill(t.errors.too_large, { max }));
  else if (broken === "too_large") flag(field, fill(t.errors.at_most, { max }));
  return value;
}

/** A row's fields as the address keeps them: a checkbox as "1" or "". */
function fieldValues(inputs) {
  return inputs.map(fieldValue);
}

function fieldValue(input) {
  return input.type === "checkbox" ? (input.checked ? "1" : "") : input.value;
}
