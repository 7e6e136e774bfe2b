// What leaves the site for a spreadsheet – a CSV file, a table copied to the clipboard, the
// calculator's deals – passes one guard: no cell that a spreadsheet would read as a formula.

/** `value` as text a spreadsheet keeps as text: a leading = + - @ (or a tab or carriage
 * return before one) would start a formula, so such a cell gets an apostrophe in front,
 * which Excel and LibreOffice read as "text" and do not show. A plain number stays a
 * number: a loss of -1250,50, or a cancelled deal of -100 000. */
export function spreadsheetCell(value) {
  const text = String(value);
  if (/^-[\d\u00a0\u202f ]+(,\d+)?$/.test(text)) return text;
  return /^[\t\r]*[=+\-@]/.test(text) ? `'${text}` : text;
}
