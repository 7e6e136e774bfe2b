// The role picker on /jamfor/: choose 2–4 roles and see the matrix and the differences for
// just those, with the choice in the address (?roller=a,b) so a link can be shared. Loaded
// on demand by rollguiden.js. The build draws the form and, below it, every role side by
// side (or, past the organisation's limit, a table per department); the chosen roles'
// columns come from a small file per role (jamfor/roller/<id>.json), fetched once each.
// Nothing from the address or the data is ever inserted as HTML: only .textContent.

import { element, headerCell, saveCsv } from "./dom.js";
import { compareRoles } from "./comparison.js";
import { fill } from "./numbers.js";
import { spreadsheetCell } from "./spreadsheet.js";

const MAX_ROLES = 4;

/** Start the picker in `root`. */
export function mount(root) {
  return new Picker(root);
}

class Picker {
  constructor(root) {
    this.root = root;
    this.data = JSON.parse(root.dataset.rgCompare);
    this.t = this.data.texts;
    const form = root.querySelector(".rg-picker");
    this.list = form.querySelector(".rg-picker-list");
    this.known = new Set([...this.list.querySelectorAll("input")].map((box) => box.value));
    this.status = form.querySelector(".rg-picker-status");
    this.copyStatus = form.querySelector(".rg-copy-status");
    this.buttons = [...form.querySelectorAll("[data-action]")];
    this.slot = root.querySelector(".rg-compare-matrix");
    this.everyRole = this.slot.firstElementChild; // the build's matrix, if it drew one
    this.table = this.everyRole?.querySelector("table") ?? null;
    this.pairs = root.querySelector(".rg-pairs-slot");
    this.files = new Map(); // role id → the promise of its file

    this.selection = this.fromAddress(new URLSearchParams(window.location.search));
    form.querySelector("input[type=search]").addEventListener("input", (event) => this.filter(event.target.value));
    this.list.addEventListener("change", (event) => this.toggle(event.target.value, event.target.checked));
    form.querySelector("[data-action=download]").addEventListener("click", () => this.download());
    form.querySelector("[data-action=copy]").addEventListener("click", () => this.copy());
    this.render();
  }

  // ---- the choice, from and to the address ---------------------------------------------

  fromAddress(params) {
    const asked = (params.get(this.data.query.roles) ?? "").split(",").map((id) => id.trim()).filter(Boolean);
    const unknown = asked.filter((id) => !this.known.has(id));
    const chosen = [...new Set(asked.filter((id) => this.known.has(id)))];
    this.notices = [];
    if (unknown.length) {
      const shown = unknown.map((id) => (id.length > 60 ? `${id.slice(0, 60)}…` : id)).slice(0, 5);
      this.notices.push(fill(this.t.unknown, { ids: shown.join(", ") }));
    }
    if (chosen.length > MAX_ROLES) this.notices.push(this.t.too_many);
    return chosen.slice(0, MAX_ROLES);
  }

  writeAddress() {
    const url = new URL(window.location.href);
    const name = this.data.query.roles;
    if (this.selection.length) url.searchParams.set(name, this.selection.join(","));
    else url.searchParams.delete(name);
    window.history.replaceState(window.history.state, "", url.pathname + url.search + url.hash);
  }

  // ---- the form ------------------------------------------------------------------------

  filter(text) {
    const wanted = text.trim().toLocaleLowerCase("sv");
    for (const item of this.list.children) {
      item.hidden = wanted !== "" && !item.textContent.toLocaleLowerCase("sv").includes(wanted);
    }
  }

  toggle(id, on) {
    this.notices = [];
    this.selection = on ? [...this.selection, id] : this.selection.filter((chosen) => chosen !== id);
    this.render();
  }

  // ---- what is on screen ---------------------------------------------------------------

  /** A role's file: its column of the matrix and its entry for the differences. The id is
   * one of the page's own (a checked slug), so it is safe in the address. */
  load(id) {
    if (!this.files.has(id)) {
      const url = new URL(`${this.data.role_files}${id}.json`, window.location.href);
      const file = fetch(url).then((response) => {
        if (!response.ok) throw new Error(`${response.status} ${url}`);
        return response.json();
      });
      file.catch(() => this.files.delete(id)); // the next choice tries again
      this.files.set(id, file);
    }
    return this.files.get(id);
  }

  async render() {
    const full = this.selection.length >= MAX_ROLES;
    for (const box of this.list.querySelectorAll("input")) {
      box.checked = this.selection.includes(box.value);
      box.disabled = full && !box.checked;
    }
    const messages = [...this.notices];
    if (full) messages.push(this.t.too_many);
    if (this.selection.length < 2) messages.push(this.t.pick_more);
    this.status.textContent = messages.join(" ");
    this.writeAddress();

    const rendering = (this.rendering = {}); // a later choice wins over a slower fetch
    if (this.selection.length < 2) return this.show(null, []);
    // nothing to save or copy until the chosen roles' matrix is drawn
    for (const button of this.buttons) button.disabled = true;
    let roles;
    try {
      roles = await Promise.all(this.selection.map((id) => this.load(id)));
    } catch {
      if (this.rendering === rendering) this.status.textContent = this.t.load_failed;
      return;
    }
    if (this.rendering === rendering) this.show(this.matrix(roles), roles);
  }

  /** The chosen roles' matrix and their differences in pairs; none: every role again. */
  show(matrix, roles) {
    const shown = matrix ?? this.everyRole;
    // the build's matrix is left where it is: even put back in its own place, it would move
    if (this.slot.firstElementChild !== shown) this.slot.replaceChildren(...(shown ? [shown] : []));
    this.table = shown?.querySelector("table") ?? null;
    // nothing to save or copy while a department's tables are all there is
    for (const button of this.buttons) button.disabled = this.table === null;
    if (roles.length < 2) {
      this.pairs.replaceChildren();
      return;
    }
    const pairs = element("section", "rg-pairs");
    pairs.append(element("h3", "", this.t.pairs_heading));
    for (let i = 0; i < roles.length; i += 1) {
      for (let j = i + 1; j < roles.length; j += 1) pairs.append(this.pair(roles[i].entry, roles[j].entry, roles.length === 2));
    }
    this.pairs.replaceChildren(pairs);
  }

  /** The matrix of `roles`, as the build draws it (hooks/.../matrix.html.j2): a row per
   * dimension, marked where the roles differ. */
  matrix(roles) {
    const t = this.t;
    const badge = () => element("span", "rg-example-badge", t.example_badge);
    const wrap = element("div", "rg-matrix-wrap");
    wrap.setAttribute("role", "region");
    wrap.tabIndex = 0;
    wrap.setAttribute("aria-label", t.matrix_caption);
    const table = element("table", "rg-matrix");
    const caption = table.createCaption();
    caption.append(`${t.matrix_caption} `, element("span", "rg-matrix-legend", t.differs_legend));
    const head = table.createTHead().insertRow();
    head.append(headerCell(t.dimension, "col"));
    for (const role of roles) {
      const cell = headerCell("", "col");
      const link = element("a", "", role.title);
      link.href = role.href;
      cell.append(link);
      if (role.example) cell.append(" ", badge());
      head.append(cell);
    }
    const body = table.createTBody();
    this.data.rows.forEach(({ label }, index) => {
      const row = body.insertRow();
      const cells = roles.map((role) => role.cells[index]);
      const differs = new Set(cells.map(keyOf)).size > 1;
      const header = headerCell(label, "row");
      if (differs) {
        row.className = "rg-differs";
        const flag = element("span", "rg-differs-flag", " ");
        const sign = element("span", "rg-differs-mark", "≠");
        sign.setAttribute("aria-hidden", "true");
        flag.append(sign, element("span", "rg-visually-hidden", ` (${t.differs})`));
        header.append(flag);
      }
      row.append(header);
      cells.forEach((value, column) => {
        const cell = row.insertCell();
        cell.dataset.label = roles[column].title;
        if (value.items) {
          const list = element("ul");
          for (const item of value.items) list.append(element("li", "", item));
          cell.append(list);
        } else {
          cell.append(value.text);
        }
        if (value.example) cell.append(" ", badge());
      });
    });
    wrap.append(table);
    return wrap;
  }

  pair(a, b, open) {
    const t = this.t;
    const compared = compareRoles(a, b, this.data.terms, t, this.data.currency);
    const details = element("details", "rg-pair");
    details.open = open;
    details.append(element("summary", "", fill(t.vs, { a: a.title, b: b.title })));
    details.append(element("h4", "", t.requirements_heading));
    const requirements = element("ul");
    for (const sentence of compared.requirements) requirements.append(element("li", "", sentence));
    details.append(requirements);
    for (const [set, difference] of Object.entries(compared.sets)) {
      details.append(element("h4", "", t.sets[set]));
      const labels = new Map(this.data.terms[set].map((term) => [term.id, term.label]));
      const grid = element("div", "rg-diff");
      const column = (heading, ids) => {
        const box = element("div");
        box.append(element("h5", "", heading));
        if (ids.length) {
          const list = element("ul");
          for (const id of ids) list.append(element("li", "", labels.get(id)));
          box.append(list);
        } else {
          box.append(element("p", "", t.nothing));
        }
        return box;
      };
      grid.append(
        column(t.shared, difference.shared),
        column(fill(t.only, { role: a.name }), difference.only_a),
        column(fill(t.only, { role: b.name }), difference.only_b),
      );
      details.append(grid);
    }
    details.append(element("h4", "", t.pay_heading));
    const pay = element("p", "", compared.pay);
    if (compared.pay_example) pay.append(" ", element("span", "rg-example-badge", t.example_badge));
    details.append(pay);
    if (compared.cost !== null) {
      const cost = element("p", "", compared.cost);
      if (compared.pay_example) cost.append(" ", element("span", "rg-example-badge", t.example_badge));
      details.append(cost);
    }
    return details;
  }

  // ---- export --------------------------------------------------------------------------

  /** The matrix as shown, as rows of text: what the CSV and the copied table hold. */
  rows() {
    const t = this.t;
    return [...this.table.rows].map((row, index) => {
      const [header, ...cells] = row.cells;
      const label = index === 0 ? header.textContent : header.firstChild.textContent;
      const differs = index === 0 ? t.differs_column : row.classList.contains("rg-differs") ? t.yes_word : "";
      return [label, ...cells.map(cellText), differs];
    });
  }

  download() {
    saveCsv(this.rows(), this.data.csv_file);
  }

  async copy() {
    // pasted into a spreadsheet, as text and as a table: no cell may start a formula
    const rows = this.rows().map((row) => row.map(spreadsheetCell));
    const tsv = rows.map((row) => row.map((value) => value.replace(/[\t\r\n]+/g, " ")).join("\t")).join("\n");
    const table = element("table");
    rows.forEach((values, index) => {
      const row = table.insertRow();
      for (const value of values) row.append(element(index === 0 ? "th" : "td", "", value));
    });
    try {
      if (window.ClipboardItem) {
        await navigator.clipboard.write([
          new ClipboardItem({
            "text/html": new Blob([table.outerHTML], { type: "text/html" }),
            "text/plain": new Blob([tsv], { type: "text/plain" }),
          }),
        ]);
      } else {
        await navigator.clipboard.writeText(tsv);
      }
      this.copyStatus.textContent = this.t.copied;
    } catch {
      this.copyStatus.textContent = this.t.copy_failed;
    }
  }
}

/** A cell's text; a list's items joined with semicolons. */
function cellText(cell) {
  const items = [...cell.querySelectorAll("li")];
  return items.length ? items.map((item) => item.textContent).join("; ") : cell.textContent;
}

/** What tells two cells' values apart: the key the build gave, or else what the cell shows
 * (compare_pages._cell leaves the key out where it is the same). */
function keyOf(cell) {
  return cell.key ?? (cell.items ? cell.items.join("\n") : cell.text);
}
