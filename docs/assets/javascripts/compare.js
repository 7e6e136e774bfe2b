// The role picker on /jamfor/: choose 2–4 roles and see the matrix and the differences for
// just those, with the choice in the address (?roller=a,b) so a link can be shared. Loaded
// on demand by rollguiden.js. The build draws the form and the matrix of every role; this
// script shows the chosen roles' columns in the chosen order and marks the rows where they
// differ. Nothing from the address or the data is ever inserted as HTML: only .textContent.

import { element, saveCsv } from "./dom.js";
import { compareRoles } from "./comparison.js";
import { fill } from "./numbers.js";

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
    this.roles = new Map(this.data.roles.map((role) => [role.id, role]));
    const form = root.querySelector(".rg-picker");
    this.list = form.querySelector(".rg-picker-list");
    this.status = form.querySelector(".rg-picker-status");
    this.copyStatus = form.querySelector(".rg-copy-status");
    this.pairs = root.querySelector(".rg-pairs-slot");
    this.table = root.querySelector(".rg-matrix");
    // every cell of the build's matrix, kept so that columns can leave and come back
    this.columns = [...this.table.tHead.rows[0].cells].map((cell) => cell.dataset.role);
    this.cells = [...this.table.rows].map((row) => [...row.cells]);

    this.selection = this.fromAddress(new URLSearchParams(window.location.search));
    form.querySelector("input[type=search]").addEventListener("input", (event) => this.filter(event.target.value));
    this.list.addEventListener("change", (event) => this.toggle(event.target.value, event.target.checked));
    form.querySelector("[data-action=download]").addEventListener("click", () => this.download());
    form.querySelector("[data-action=copy]").addEventListener("click", () => this.copy());
    form.hidden = false;
    this.render();
  }

  // ---- the choice, from and to the address ---------------------------------------------

  fromAddress(params) {
    const asked = (params.get(this.data.query.roles) ?? "").split(",").map((id) => id.trim()).filter(Boolean);
    const unknown = asked.filter((id) => !this.roles.has(id));
    const chosen = [...new Set(asked.filter((id) => this.roles.has(id)))];
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

  shown() {
    return this.selection.length >= 2 ? this.selection.map((id) => this.roles.get(id)) : this.data.roles;
  }

  render() {
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

    const roles = this.shown();
    const columns = roles.map((role) => this.columns.indexOf(role.id));
    this.cells.forEach((cells, index) => {
      const row = cells[0].parentElement;
      row.replaceChildren(cells[0], ...columns.map((column) => cells[column]));
      if (index > 0) this.mark(row);
    });
    if (this.selection.length < 2) {
      this.pairs.replaceChildren();
      return;
    }
    const pairs = element("section", "rg-pairs");
    pairs.append(element("h3", "", this.t.pairs_heading));
    for (let i = 0; i < roles.length; i += 1) {
      for (let j = i + 1; j < roles.length; j += 1) pairs.append(this.pair(roles[i], roles[j], roles.length === 2));
    }
    this.pairs.replaceChildren(pairs);
  }

  /** Mark the row, in words and with ≠, when the roles shown differ on it. */
  mark(row) {
    const [header, ...cells] = row.cells;
    const differs = new Set(cells.map((cell) => cell.dataset.group)).size > 1;
    row.classList.toggle("rg-differs", differs);
    header.querySelector(".rg-differs-flag")?.remove();
    if (!differs) return;
    const flag = element("span", "rg-differs-flag", " ");
    const sign = element("span", "rg-differs-mark", "≠");
    sign.setAttribute("aria-hidden", "true");
    flag.append(sign, element("span", "rg-visually-hidden", ` (${this.t.differs})`));
    header.append(flag);
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
    const rows = this.rows();
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
