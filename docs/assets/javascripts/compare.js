// The role picker on /jamfor/: choose 2–4 roles and see the matrix and the differences for
// just those, with the choice in the address (?roller=a,b) so a link can be shared. Loaded
// on demand by rollguiden.js. Without this script the page shows the full static matrix.
// Nothing from the address or the data is ever inserted as HTML: only .textContent.

import { button, element, saveFile } from "./dom.js";
import { formatMoney } from "./numbers.js";

const MAX_ROLES = 4;
const SETS = ["skills", "qualities", "duty_areas", "rights"];

/** Start the picker in `root`. */
export function mount(root) {
  const picker = new Picker(root);
  root.dataset.rgMounted = "true";
  return picker;
}

class Picker {
  constructor(root) {
    this.root = root;
    this.data = JSON.parse(root.dataset.rgCompare);
    this.t = this.data.texts;
    this.roles = new Map(this.data.roles.map((role) => [role.id, role]));
    this.static = root.querySelector(".rg-static-matrix");
    this.picked = root.querySelector(".rg-picked");
    this.selection = this.fromAddress(new URLSearchParams(window.location.search));
    root.querySelector(".rg-picker-slot").replaceChildren(this.buildForm());
    this.render();
  }

  // ---- the choice, from and to the address ---------------------------------------------

  fromAddress(params) {
    const asked = (params.get("roller") ?? "").split(",").map((id) => id.trim()).filter(Boolean);
    const unknown = asked.filter((id) => !this.roles.has(id));
    const chosen = [...new Set(asked.filter((id) => this.roles.has(id)))];
    this.notices = [];
    if (unknown.length) {
      const shown = unknown.map((id) => (id.length > 60 ? `${id.slice(0, 60)}…` : id)).slice(0, 5);
      this.notices.push(this.t.unknown.replace("{ids}", shown.join(", ")));
    }
    if (chosen.length > MAX_ROLES) this.notices.push(this.t.too_many);
    return chosen.slice(0, MAX_ROLES);
  }

  writeAddress() {
    const url = new URL(window.location.href);
    if (this.selection.length) url.searchParams.set("roller", this.selection.join(","));
    else url.searchParams.delete("roller");
    window.history.replaceState(window.history.state, "", url.pathname + url.search + url.hash);
  }

  // ---- the form ------------------------------------------------------------------------

  buildForm() {
    const t = this.t;
    const fieldset = element("fieldset", "rg-picker");
    fieldset.append(element("legend", "", t.picker_legend));
    const filterId = "rg-picker-filter";
    const label = element("label", "", t.filter);
    label.htmlFor = filterId;
    const filter = element("input");
    Object.assign(filter, { type: "search", id: filterId, autocomplete: "off" });
    filter.addEventListener("input", () => this.filter(filter.value));
    const list = element("ul", "rg-picker-list");
    for (const role of this.data.roles) {
      const item = element("li");
      const box = element("input");
      Object.assign(box, { type: "checkbox", value: role.id, checked: this.selection.includes(role.id) });
      box.addEventListener("change", () => this.toggle(role.id, box.checked));
      const name = element("label");
      name.append(box, ` ${role.title}`);
      item.append(name);
      list.append(item);
    }
    this.list = list;
    this.status = element("p", "rg-picker-status");
    this.status.setAttribute("role", "status");
    const download = button(t.download, () => this.download());
    const copy = button(t.copy_table, () => this.copy());
    this.copyStatus = element("p");
    this.copyStatus.setAttribute("role", "status");
    fieldset.append(label, filter, list, this.status, download, copy, this.copyStatus);
    return fieldset;
  }

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
    if (this.selection.length < 2) {
      this.static.hidden = false;
      this.picked.replaceChildren();
      return;
    }
    const roles = this.shown();
    this.static.hidden = true;
    const pairs = element("section", "rg-pairs");
    pairs.append(element("h3", "", this.t.pairs_heading));
    for (let i = 0; i < roles.length; i += 1) {
      for (let j = i + 1; j < roles.length; j += 1) pairs.append(this.pair(roles[i], roles[j], roles.length === 2));
    }
    this.picked.replaceChildren(this.matrix(roles), pairs);
  }

  matrix(roles) {
    const t = this.t;
    const wrap = element("div", "rg-matrix-wrap");
    Object.assign(wrap, { tabIndex: 0 });
    wrap.setAttribute("role", "region");
    wrap.setAttribute("aria-label", t.matrix_caption);
    const table = element("table", "rg-matrix");
    const caption = table.createCaption();
    caption.append(`${t.matrix_caption} `, element("span", "rg-matrix-legend", t.differs_legend));
    const head = table.createTHead().insertRow();
    head.append(cell("th", t.dimension, "col"));
    for (const role of roles) {
      const th = cell("th", "", "col");
      const link = element("a", "", role.title);
      link.href = role.url;
      th.append(link);
      head.append(th);
    }
    const body = table.createTBody();
    for (const { key, label } of this.data.dimensions) {
      const row = body.insertRow();
      const cells = roles.map((role) => role.cells[key]);
      const header = cell("th", label, "row");
      if (differs(cells)) {
        row.className = "rg-differs";
        const mark = element("span", "rg-differs-mark", "≠");
        mark.setAttribute("aria-hidden", "true");
        header.append(" ", mark, element("span", "rg-visually-hidden", ` (${t.differs})`));
      }
      row.append(header);
      cells.forEach((value, index) => {
        const td = cell("td", "");
        td.dataset.label = roles[index].title;
        if (value.items.length) {
          const list = element("ul");
          for (const item of value.items) list.append(element("li", "", item));
          td.append(list);
        } else {
          td.textContent = value.text;
        }
        row.append(td);
      });
    }
    wrap.append(table);
    return wrap;
  }

  pair(a, b, open) {
    const t = this.t;
    const details = element("details", "rg-pair");
    details.open = open;
    details.append(element("summary", "", t.vs.replace("{a}", a.title).replace("{b}", b.title)));
    details.append(element("h4", "", t.requirements_heading));
    const requirements = element("ul");
    const years = (role) => (role.experience ? t.experience_years.replace("{years}", String(role.experience)) : t.experience_none);
    const stricter = (aValue, bValue) => {
      if (aValue === bValue) return t.equal;
      return t.stricter.replace("{role}", aValue > bValue ? a.title : b.title);
    };
    requirements.append(
      element("li", "", `${t.education_line.replace("{a}", a.education.label).replace("{b}", b.education.label)} ${stricter(a.education.rank, b.education.rank)}`),
      element("li", "", `${t.experience_line.replace("{a}", years(a)).replace("{b}", years(b))} ${stricter(a.experience, b.experience)}`),
    );
    details.append(requirements);
    for (const set of SETS) {
      details.append(element("h4", "", t.sets[set]));
      const inA = new Set(a.sets[set]);
      const inB = new Set(b.sets[set]);
      const terms = this.data.terms[set];
      const grid = element("div", "rg-diff");
      const column = (heading, chosen) => {
        const box = element("div");
        box.append(element("h5", "", heading));
        if (chosen.length) {
          const list = element("ul");
          for (const term of chosen) list.append(element("li", "", term.label));
          box.append(list);
        } else {
          box.append(element("p", "", t.nothing));
        }
        return box;
      };
      grid.append(
        column(t.shared, terms.filter((term) => inA.has(term.id) && inB.has(term.id))),
        column(t.only.replace("{role}", a.title), terms.filter((term) => inA.has(term.id) && !inB.has(term.id))),
        column(t.only.replace("{role}", b.title), terms.filter((term) => inB.has(term.id) && !inA.has(term.id))),
      );
      details.append(grid);
    }
    details.append(element("h4", "", t.pay_heading));
    details.append(element("p", "", this.payText(a, b)));
    return details;
  }

  payText(a, b) {
    const t = this.t;
    if (a.typical_pay == null || b.typical_pay == null) return t.pay_missing;
    const money = (value) => formatMoney(value, this.data.currency);
    const line = t.pay_line.replace("{a}", money(a.typical_pay)).replace("{b}", money(b.typical_pay));
    const difference = a.typical_pay - b.typical_pay;
    if (difference === 0) return `${line} ${t.pay_same}`;
    const more = difference > 0 ? a.title : b.title;
    return `${line} ${t.pay_more.replace("{role}", more).replace("{difference}", money(Math.abs(difference)))}`;
  }

  // ---- export --------------------------------------------------------------------------

  rows() {
    const roles = this.shown();
    const rows = [[this.t.dimension, ...roles.map((role) => role.title), this.t.differs_column]];
    for (const { key, label } of this.data.dimensions) {
      const cells = roles.map((role) => role.cells[key]);
      rows.push([label, ...cells.map(plain), differs(cells) ? this.t.yes_word : ""]);
    }
    return rows;
  }

  download() {
    // UTF-8 with a byte order mark, so Excel shows å, ä and ö; semicolons, because a
    // Swedish Excel reads commas as decimal commas
    const csv = this.rows().map((row) => row.map(csvField).join(";")).join("\r\n");
    saveFile(["\ufeff", csv, "\r\n"], this.t.csv_name, "text/csv");
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

function differs(cells) {
  return new Set(cells.map((value) => value.key)).size > 1;
}

function plain(value) {
  return value.items.length ? value.items.join("; ") : value.text;
}

function csvField(value) {
  // a leading = + - @ would start a formula in a spreadsheet: keep it text
  const safe = /^[=+\-@]/.test(value) ? `'${value}` : value;
  return /[";\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

function cell(name, text, scope) {
  const node = element(name, "", text);
  if (scope) node.scope = scope;
  return node;
}
