// The DOM helpers the browser tools share: elements filled from text (never parsed as
// HTML, so data and addresses stay text), buttons, downloads and the clipboard.

/** A new element; `text` goes in as textContent. */
export function element(name, className = "", text = "") {
  const node = document.createElement(name);
  if (className) node.className = className;
  if (text) node.textContent = text;
  return node;
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
