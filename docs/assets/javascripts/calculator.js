// The commission calculator (provisionskalkylator): reads and checks the form on its page,
// keeps it in the address (calculator-fields.js knows the format), and hands the pay
// engine's answer to calculator-result.js (the breakdown) and calculator-charts.js (the
// curve and the every-role comparison).
// Loaded on demand by rollguiden.js. Everything runs in the browser; nothing typed leaves
// the page. Text from the URL or the data reaches the page only through .value and
// .textContent, never as HTML.

import { drawModelComparison, drawPayCurve } from "./calculator-charts.js";
import {
  addressFromFields,
  dealFields,
  fieldsFromAddress,
  fieldsFromModel,
  MAX_LINK_LENGTH,
  withoutDeals,
} from "./calculator-fields.js";
import { drawResult } from "./calculator-result.js";
import { copyLink, element, saveFile } from "./dom.js";
import { computePay, LIMITS, marginAboveAmount, outOfBounds, unorderedBands } from "./pay.js";
import { fill, formatPlain, listed, parseNumber, plural } from "./numbers.js";

const CUSTOM = "egen";
const URL_DELAY_MS = 250;
const CHART_DELAY_MS = 60; // the chart and comparison follow once typing pauses
const BAD_LINES_SHOWN = 5; // a paste with many unreadable lines names the first few
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
    root.hidden = false;
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
    // a custom model starts from the first role's values; the link's values then override
    const preset = this.roles.get(roleId) ?? this.data.roles[0];
    this.fill({
      ...fieldsFromModel(preset.model),
      deals: dealFields(preset.deals),
      ...linked,
      role: roleId ?? preset.id,
    });
    // deals from a link are someone's own: switching role keeps them
    this.ownDeals = "deals" in linked;
    // values from a link count as touched: their problems show at once
    for (const input of this.root.querySelectorAll("input")) if (input.value) this.touched.add(input);
  }

  /** Put field values (see calculator-fields.js) into the form; each field's element is #rg-<field>. */
  fill(fields) {
    for (const [field, value] of Object.entries(fields)) {
      if (field === "bands") this.setBands(value);
      else if (field === "deals") this.setDeals(value);
      else this.$(field).value = value;
    }
  }

  /** The form's values, as fill() takes them. */
  fields() {
    const rows = { bands: this.bandRows(), deals: this.dealRows() };
    return Object.fromEntries(
      Object.keys(this.data.query).map((field) => [
        field,
        field in rows ? rows[field].map((row) => row.map((input) => input.value)) : this.$(field).value,
      ]),
    );
  }

  writeUrl() {
    // Under instant navigation the reader may have moved on before this delayed write:
    // the address then belongs to another page, which must keep its own.
    if (!this.root.isConnected) return;
    let query = addressFromFields(this.fields(), this.data.query);
    const href = new URL(`?${query}`, window.location.href).href;
    // Past what web servers accept in a request, the address would fail on the next
    // reload as well as in a shared link: it keeps the model, and the deals go in a file.
    const tooLong = href.length > MAX_LINK_LENGTH;
    if (tooLong) query = withoutDeals(query, this.data.query);
    window.history.replaceState(window.history.state, "", `?${query}`);
    if (tooLong !== Boolean(this.tooLong)) this.showTooLong(tooLong);
  }

  /** Say, beside "copy link", whether the deals fit in the address; offer them as a file
   * when they do not. */
  showTooLong(tooLong) {
    this.tooLong = tooLong;
    this.$("download-deals").hidden = !tooLong;
    this.$("copy-url").hidden = true;
    const count = formatPlain(this.$("deals").rows.length);
    this.$("copy-status").textContent = tooLong ? fill(this.t.link_too_long, { n: count }) : "";
  }

  // ---- rows -----------------------------------------------------------------------

  setBands(pairs) {
    const body = this.$("bands");
    body.replaceChildren();
    pairs.forEach(([upTo, rate]) => body.append(this.bandRow(upTo, rate)));
    this.renumber();
  }

  bandRow(upTo = "", rate = "") {
    return this.newRow("band", [upTo, rate]);
  }

  setDeals(pairs) {
    const body = this.$("deals");
    body.replaceChildren();
    pairs.forEach(([amount, margin]) => body.append(this.dealRow(amount, margin)));
    this.renumber();
  }

  dealRow(amount = "", margin = "") {
    return this.newRow("deal", [amount, margin]);
  }

  /** A band or deal row from the page's <template>, its fields holding `values`. */
  newRow(kind, values) {
    const row = this.$(`${kind}-row`).content.firstElementChild.cloneNode(true);
    row.querySelectorAll("input").forEach((field, index) => {
      field.value = values[index];
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
    const margin = this.$("basis").value === "margin";
    this.$("margin-header").hidden = !margin;
    const deals = this.$("deals").rows;
    for (let index = firstDeal; index < deals.length; index += 1) this.numberDeal(deals[index], index, margin);
  }

  numberDeal(row, index, margin) {
    const t = this.t;
    const n = String(index + 1);
    row.firstChild.textContent = n;
    const [amount, marginInput] = row.querySelectorAll("input");
    amount.setAttribute("aria-label", fill(t.deal_amount, { n }));
    marginInput.setAttribute("aria-label", fill(t.deal_margin, { n }));
    marginInput.closest("td").hidden = !margin;
    row.querySelector("button").setAttribute("aria-label", fill(t.remove_deal, { n }));
  }

  bandRows() {
    return [...this.$("bands").rows].map((row) => [...row.querySelectorAll("input")]);
  }

  dealRows() {
    return [...this.$("deals").rows].map((row) => [...row.querySelectorAll("input")]);
  }

  // ---- events ---------------------------------------------------------------------

  onInput(event) {
    const target = event.target;
    if (target.id === "rg-paste") return;
    if (target.closest("#rg-deals")) this.ownDeals = true;
    if (target.id === "rg-role" && event.type === "change") this.switchRole(this.roles.get(target.value));
    if (target.id === "rg-basis") this.renumber();
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
      this.fill({ deals: dealFields(role.deals) });
    }
  }

  onClick(event) {
    const action = event.target.closest("[data-action]")?.dataset.action;
    if (!action) return;
    const row = event.target.closest("tr");
    if (action === "add-band") {
      const body = this.$("bands");
      body.insertBefore(this.bandRow(), body.lastElementChild);
      this.renumber();
      body.rows[body.rows.length - 2].querySelector("input").focus();
    } else if (action === "remove-band" && this.$("bands").rows.length > 1) {
      this.removeRow(row, this.$("bands"));
    } else if (action === "add-deal") {
      this.ownDeals = true;
      // only the new row is numbered: adding stays as quick at the thousandth deal
      const body = this.$("deals");
      const added = this.dealRow();
      body.append(added);
      this.numberDeal(added, body.rows.length - 1, this.$("basis").value === "margin");
      added.querySelector("input").focus();
    } else if (action === "remove-deal") {
      this.ownDeals = true;
      this.removeRow(row, this.$("deals"));
    } else if (action === "paste") {
      this.ownDeals = true;
      this.pasteAmounts();
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
    const kind = body.id === "rg-bands" ? "band" : "deal";
    const focus = next?.querySelector("input:not(:disabled)") ?? this.root.querySelector(`[data-action="add-${kind}"]`);
    focus.focus();
  }

  fillMissingMargins(model) {
    const deal = model.typical_deal;
    if (model.commission.basis !== "margin" || !deal || deal.margin == null) return;
    const share = deal.margin / deal.amount;
    for (const [amount, margin] of this.dealRows()) {
      const parsed = parseNumber(amount.value);
      if (!margin.value && "value" in parsed) margin.value = formatPlain(Math.round(parsed.value * share));
    }
  }

  /** Add a deal per pasted line: the amount, and the margin from a second column if any
   * (a spreadsheet's columns come tab-separated, a CSV file's with semicolons). */
  pasteAmounts() {
    const t = this.t;
    const bad = []; // line numbers as the reader sees them, blank lines counted
    const body = this.$("deals");
    const first = body.rows.length;
    const rows = document.createDocumentFragment();
    this.$("paste").value.split(/\r?\n/).forEach((line, index) => {
      if (!line.trim()) return;
      const [amount, margin = ""] = line.split(/\t|;/).map((column) => column.trim());
      if ("value" in parseNumber(amount)) rows.append(this.dealRow(amount, margin));
      else bad.push(index + 1);
    });
    const added = rows.children.length;
    // what the reader pasted counts as typed: a margin it lacks is marked at once
    for (const input of rows.querySelectorAll("input")) this.touched.add(input);
    body.append(rows);
    this.renumber(first);
    let status = fill(plural(t.paste_added, added), { n: formatPlain(added) });
    if (bad.length > BAD_LINES_SHOWN) {
      status += ` ${fill(t.paste_bad_many, { count: formatPlain(bad.length), lines: listed(bad.slice(0, BAD_LINES_SHOWN)) })}`;
    } else if (bad.length) {
      status += ` ${fill(plural(t.paste_bad, bad.length), { lines: listed(bad) })}`;
    }
    this.$("paste-status").textContent = status;
    if (!bad.length) this.$("paste").value = "";
  }

  /** The deals as a file of the paste box's own format: amount;margin, a deal a line. */
  downloadDeals() {
    const margin = this.$("basis").value === "margin";
    const lines = this.dealRows().map(([amount, dealMargin]) =>
      margin ? `${amount.value.trim()};${dealMargin.value.trim()}` : amount.value.trim(),
    );
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
    // a field's number, checked against the engine's own bounds for its kind (pay.js LIMITS)
    const amount = (field, limits, { optional = false, percent = false } = {}) => {
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
      if (broken === "not_above") flag(field, t.errors.positive);
      else if (broken === "too_large" && percent) flag(field, t.errors.percent_range);
      else if (broken === "too_large") flag(field, fill(t.errors.too_large, { max: formatPlain(limits.max) }));
      return value;
    };

    const base = amount(this.$("base"), LIMITS.money);
    const rows = this.bandRows();
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
    const basis = this.$("basis").value;
    const deals = this.dealRows().map(([amountField, marginField]) => {
      const deal = { amount: amount(amountField, LIMITS.money) };
      if (basis === "margin") {
        deal.margin = amount(marginField, LIMITS.money);
        if (deal.margin != null && deal.amount != null && marginAboveAmount(deal.amount, deal.margin)) {
          flag(marginField, t.errors.margin_above_amount);
        }
      }
      return deal;
    });

    const model = {
      currency: this.data.currency,
      base_salary: { min: base ?? 0, typical: base ?? 0, max: base ?? 0 },
      commission: { basis, band_mode: this.$("mode").value, bands, cap },
      plan: { monthly_target: target, below_plan: rule, threshold },
    };
    return { model, scenario: { base_salary: base ?? 0, deals }, problems };
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
      field.setAttribute("aria-invalid", shown ? "true" : "false");
      box.textContent = shown;
      box.hidden = !shown;
      if (shown) field.setAttribute("aria-describedby", box.id);
      else field.removeAttribute("aria-describedby");
    }
  }

  // ---- output -----------------------------------------------------------------------

  update() {
    const { model, scenario, problems } = this.read();
    this.showProblems(problems);
    clearTimeout(this.urlTimer);
    this.urlTimer = setTimeout(() => this.writeUrl(), URL_DELAY_MS);
    const result = this.$("result");
    clearTimeout(this.chartTimer);
    if (problems.length) {
      result.replaceChildren(element("p", "rg-result__message", this.t.fix_fields));
      this.$("chart").replaceChildren();
      this.$("compare").replaceChildren();
      return;
    }
    let pay;
    try {
      pay = computePay(model, scenario);
    } catch (error) {
      result.replaceChildren(element("p", "rg-result__message", `${this.t.model_error} ${error.message}`));
      return;
    }
    drawResult(result, { pay, model, texts: this.t, currency: this.data.currency, allRows: this.allRows });
    this.restoreFocus(".rg-breakdown");
    this.chartTimer = setTimeout(() => {
      if (!this.root.isConnected) return;
      const shared = { model, texts: this.t, currency: this.data.currency };
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
