// The DOM helpers the browser tools share: elements filled from text (never parsed as
// HTML, so data and addresses stay text), buttons, downloads (a CSV file among them) and
// the clipboard.

import { spreadsheetCell } from "./spreadsheet.js";

/** A new element; `text` goes in as textContent. */
export function element(name, className = "", text = "") {
  const node = document.createElement(name);
  if (className) node.className = className;
  if (text) node.textContent = text;
  return node;
}

/** Put `nodes` in `container` in place of what it held. A list as long as the reader's data
 * is never spread into one call (replaceChildren(...nodes)): past some 120 000 arguments
 * the browser throws a RangeError. */
export function replaceContent(container, nodes) {
  const fragment = document.createDocumentFragment();
  for (const node of nodes) fragment.append(node);
  container.replaceChildren(fragment);
}

/** A table header cell for a column ("col") or a row ("row"). */
export function headerCell(text, scope) {
  const th = element("th", "", text);
  th.scope = scope;
  return th;
}

/** A button that runs `action` when pressed (none: a handler further up the page acts on it). */
export function button(text, action = null, className = "md-button") {
  const node = element("button", className, text);
  node.type = "button";
  if (action) node.addEventListener("click", action);
  return node;
}

/** Offer `parts` (strings or Blobs) as a file download named `name`. */
export function saveFile(parts, name, type) {
  const link = element("a");
  link.href = URL.createObjectURL(new Blob(parts, { type: `${type};charset=utf-8` }));
  link.download = name;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(link.href), 10000);
}

/** Offer `rows` (lists of text) as a CSV file a Swedish Excel opens as it is: UTF-8 with a
 * byte order mark (so å, ä and ö show), semicolons (Excel reads commas as decimal commas),
 * and no field that a spreadsheet would take for a formula. */
export function saveCsv(rows, name) {
  const csv = rows.map((row) => row.map(csvField).join(";")).join("\r\n");
  saveFile(["\ufeff", csv, "\r\n"], name, "text/csv");
}

function csvField(value) {
  const safe = spreadsheetCell(value);
  return /[";\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** A text file the reader picked: UTF-16 where its byte order mark says so (Excel's
 * "Unicode text"), UTF-8, or else the Windows encoding a Swedish Excel saves CSV files in. */
export async function readTextFile(file) {
  const bytes = await file.arrayBuffer();
  const mark = new Uint8Array(bytes.slice(0, 2));
  if (mark[0] === 0xff && mark[1] === 0xfe) return new TextDecoder("utf-16le").decode(bytes);
  if (mark[0] === 0xfe && mark[1] === 0xff) return new TextDecoder("utf-16be").decode(bytes);
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder("windows-1252").decode(bytes);
  }
}

/**
 * Copy `url` to the clipboard. Where the browser refuses (no permission, or an address
 * that is not https or localhost), show it selected in `field` to copy by hand instead.
 * Resolves to true when the clipboard took it.
 */
export async function copyLink(url, field) {
  try {
    await navigator.clipboard.writeText(url);
    field.hidden = true;
    return true;
  } catch {
    field.hidden = false;
    field.value = url;
    field.select();
    return false;
  }
}
