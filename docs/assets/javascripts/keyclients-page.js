// The key-client analysis (nyckelkundsanalys): reads the customer list the reader pastes or
// picks as a file, lets them say which column is which, and hands the clients to the
// engine (keyclients.js) and the result to keyclients-view.js. Loaded on demand by
// rollguiden.js. Nothing leaves the browser and nothing goes into the address: customer
// lists are confidential. Text from the list reaches the page only as text.

import { element, headerCell, readTextFile, replaceContent, saveCsv } from "./dom.js";
import { importRefusal, MAX_COLUMNS, MAX_SIZE } from "./import-limits.js";
import { analyseClients } from "./keyclients.js";
import { clientRows, guessLayout, MAX_CLIENT_LINES, readTable, tableSeparator, widest } from "./keyclients-input.js";
import { COLUMNS, DEFAULT_ABC, drawAnalysis, sortedClients } from "./keyclients-view.js";
import { fill, formatPlain, plural } from "./numbers.js";

const INPUT_DELAY_MS = 200; // the analysis follows once typing or pasting pauses
const PREVIEW_LINES = 6;
const PROBLEMS_SHOWN = 10;
// without a role that says what a key client is: the source's own figures
const SOURCE_SETTINGS = { key_income_share: 0.1, key_share_target: 0.7 };

/** Start the analysis in `root` (rollguiden.js calls this once per page it is on). */
export function mount(root) {
  return new KeyClients(root);
}

class KeyClients {
  constructor(root) {
    this.root = root;
    // in an attribute, not a <script>: Material's instant navigation re-runs scripts
    this.data = JSON.parse(root.dataset.rgKeyClients);
    this.t = this.data.texts;
    this.$ = (id) => root.querySelector(`#rg-kc-${id}`);
    this.table = [];
    this.refusal = null; // why the list brought last is not read, in words
    this.sort = null;
    root.querySelector("form").addEventListener("submit", (event) => event.preventDefault());
    this.$("paste").addEventListener("input", () => {
      clearTimeout(this.timer);
      this.timer = setTimeout(() => this.read(this.$("paste").value), INPUT_DELAY_MS);
    });
    this.$("file").addEventListener("change", () => this.readFile());
    for (const id of ["header", "name", "income", "profit", "role"]) {
      this.$(id)?.addEventListener("change", () => this.update());
    }
    root.addEventListener("click", (event) => this.onClick(event));
    this.update();
  }

  /** A new list: its table, and a first guess at its columns for the reader to check; or,
   * for a list that is no text or past the limits, why it is not read. */
  read(text) {
    const refusal = importRefusal(text, MAX_CLIENT_LINES, tableSeparator(text));
    this.refusal = refusal && this.refusalText(refusal);
    this.table = refusal ? [] : readTable(text);
    this.sort = null;
    this.allRows = false;
    this.showColumns(guessLayout(this.table));
    this.update();
  }

  /** A CSV file the reader picked (dom.js reads it in the encoding it is in). */
  async readFile() {
    const input = this.$("file");
    const [file] = input.files;
    if (!file) return;
    input.value = ""; // the same file may be picked again after an edit; the status names it
    this.$("paste").value = ""; // the file's list is the one analysed now
    if (file.size > MAX_SIZE) {
      // refused unread: a file of gigabytes would take the tab's memory before any check
      this.$("file-status").textContent = fill(this.t.file_not_read, { name: file.name });
      this.read("");
      this.refusal = this.refusalText({ reason: "size" });
      this.update();
      return;
    }
    const text = await readTextFile(file);
    this.read(text);
    const status = this.refusal ? this.t.file_not_read : this.t.file_read;
    this.$("file-status").textContent = fill(status, { name: file.name });
  }

  /** Why a list is not read, in the reader's words, with the limit it passed. */
  refusalText({ reason, line, count }) {
    const t = this.t.refused;
    return fill(t[reason], {
      line: String(line),
      count: formatPlain(count ?? 0),
      lines: formatPlain(MAX_CLIENT_LINES),
      columns: formatPlain(MAX_COLUMNS),
      size: formatPlain(MAX_SIZE / 1_000_000),
    });
  }

  showColumns(layout) {
    const t = this.t;
    this.$("columns").hidden = this.table.length === 0;
    this.$("header").checked = layout.header;
    const [first, second] = this.table;
    const choices = Array.from({ length: layout.columns }, (_, column) => {
      const n = String(column + 1);
      const named = layout.header ? first?.cells[column] : (second ?? first)?.cells[column];
      return [String(column), named ? fill(t.column_named, { n, name: named.slice(0, 40) }) : fill(t.column, { n })];
    });
    for (const [id, chosen] of [["name", layout.name], ["income", layout.income], ["profit", layout.profit]]) {
      const select = this.$(id);
      const keep = id === "profit" ? [select.options[0]] : []; // "ingen vinst i listan"
      replaceContent(select, [...keep, ...choices.map(([value, label]) => new Option(label, value))]);
      select.value = chosen === null ? "" : String(chosen);
    }
  }

  layout() {
    const profit = this.$("profit").value;
    return {
      header: this.$("header").checked,
      name: Number(this.$("name").value),
      income: Number(this.$("income").value),
      profit: profit === "" ? null : Number(profit),
    };
  }

  /** The chosen role (the first, when the page has no choice), or null without any. */
  role() {
    const roles = this.data.roles;
    return roles.find((role) => role.id === this.$("role")?.value) ?? roles[0] ?? null;
  }

  /** The shares the analysis takes: the role's, or the source's without one. */
  settings() {
    const role = this.role();
    return {
      key_income_share: role?.key_income_share ?? SOURCE_SETTINGS.key_income_share,
      key_share_target: role?.key_share_target ?? SOURCE_SETTINGS.key_share_target,
      abc: DEFAULT_ABC,
    };
  }

  update() {
    const t = this.t;
    const result = this.$("result");
    this.drawPreview();
    this.analysis = null;
    if (!this.table.length) {
      this.$("problems").replaceChildren();
      const message = this.refusal ?? t.waiting;
      result.replaceChildren(element("p", `rg-result__message${this.refusal ? " rg-warning" : ""}`, message));
      return;
    }
    const { rows, problems } = clientRows(this.table, this.layout(), t);
    this.drawProblems(problems);
    if (!rows.length) {
      result.replaceChildren(element("p", "rg-result__message", t.no_rows));
      return;
    }
    const settings = this.settings();
    try {
      this.analysis = analyseClients(rows, settings);
    } catch (error) {
      result.replaceChildren(element("p", "rg-result__message", `${t.error} ${error.message}`));
      return;
    }
    drawAnalysis(result, {
      analysis: this.analysis,
      role: this.role(),
      capacity: this.data.capacity,
      settings,
      texts: t,
      currency: this.data.currency,
      sort: this.sort,
      allRows: this.allRows,
    });
  }

  /** The list's first lines as read, so the reader sees which column is which. */
  drawPreview() {
    const t = this.t;
    const preview = this.$("preview");
    if (!this.table.length) {
      preview.replaceChildren();
      return;
    }
    const columns = widest(this.table);
    const table = element("table", "rg-kc-preview");
    table.createCaption().textContent = t.preview_caption;
    const head = table.createTHead().insertRow();
    for (let column = 0; column < columns; column += 1) head.append(headerCell(fill(t.column, { n: String(column + 1) }), "col"));
    const body = table.createTBody();
    for (const line of this.table.slice(0, PREVIEW_LINES)) {
      const row = body.insertRow();
      for (let column = 0; column < columns; column += 1) row.insertCell().textContent = line.cells[column] ?? "";
    }
    preview.replaceChildren(table);
  }

  drawProblems(problems) {
    const t = this.t;
    const box = this.$("problems");
    if (!problems.length) {
      box.replaceChildren();
      return;
    }
    const list = element("ul");
    for (const problem of problems.slice(0, PROBLEMS_SHOWN)) list.append(element("li", "", problem));
    if (problems.length > PROBLEMS_SHOWN) {
      list.append(element("li", "", fill(t.problems_more, { n: formatPlain(problems.length - PROBLEMS_SHOWN) })));
    }
    const title = fill(plural(t.problems_title, problems.length), { n: formatPlain(problems.length) });
    const warning = element("div", "rg-warning");
    warning.append(element("p", "", title), list);
    box.replaceChildren(warning);
  }

  onClick(event) {
    const target = event.target.closest("[data-action]");
    if (!target) return;
    const action = target.dataset.action;
    if (action === "sort") {
      const column = target.dataset.column;
      // a new column sorts as a reader expects first: names A–Ö, figures largest first
      const descending = this.sort?.column === column ? !this.sort.descending : column !== "name" && column !== "rank";
      this.sort = { column, descending };
      this.update();
      this.root.querySelector(`[data-action="sort"][data-column="${column}"]`)?.focus();
    } else if (action === "all-rows") {
      this.allRows = true;
      this.update();
    } else if (action === "download") {
      this.download();
    }
  }

  /** The table as a CSV file: every client, in the order shown, figures as numbers a
   * Swedish spreadsheet reads (a decimal comma, shares in per cent). */
  download() {
    if (!this.analysis) return;
    const t = this.t;
    const withProfit = this.analysis.total_profit !== null;
    const columns = COLUMNS.filter((column) => withProfit || !column.startsWith("profit"));
    const header = columns.map((column) =>
      column.endsWith("share") ? fill(t.csv_percent, { column: t.columns[column] }) : t.columns[column],
    );
    const number = (value, decimals) => (value === null ? "" : String(Number(value.toFixed(decimals))).replace(".", ","));
    const cell = (column, client, rank) => {
      if (column === "rank") return String(rank);
      if (column === "key") return client.key ? t.key_yes : t.key_no;
      if (column === "name" || column === "class") return client[column];
      if (column.endsWith("share")) return number(client[column] === null ? null : client[column] * 100, 2);
      return number(client[column], 2);
    };
    const rows = sortedClients(this.analysis, this.sort).map(([rank, client]) => columns.map((column) => cell(column, client, rank)));
    saveCsv([header, ...rows], this.data.csv_file);
  }
}
