// How much a list brought to a tool may hold, and the check the key-client analysis and the
// calculator make before they read a line of it: text that is no text (a NUL), or a list
// longer or wider than the tool answers within a second (tests/bench/bench_imports.py
// measures it at the limits), is refused with the limit in the reader's words instead of
// freezing the tab or failing without a word. Text in, a verdict out; no DOM access.

/** A file of more bytes is refused before it is read; pasted text of more characters.
 * A list of 20 000 customers in ten columns is about 2 MB. */
export const MAX_SIZE = 5_000_000;
/** Columns a line may have, counted by its separators (a quoted one too). */
export const MAX_COLUMNS = 100;

/**
 * Why `text` cannot be imported by a tool that reads at most `maxLines` lines (blank lines
 * are not counted), or null when it can. `separators`: the characters that separate
 * columns ("\t;" for either).
 * @returns {null | {reason: "not_text"|"size"|"lines"|"columns", line?: number, count?: number}}
 *   `line`: the number of the line (as the reader counts them, blank ones too) that is too
 *   wide or holds the NUL; `count`: that line's columns, or the text's characters.
 */
export function importRefusal(text, maxLines, separators) {
  if (text.length > MAX_SIZE) return { reason: "size", count: text.length };
  const nul = text.indexOf("\u0000");
  if (nul >= 0) return { reason: "not_text", line: lineAt(text, nul) };
  let lines = 0;
  let number = 0;
  let start = 0;
  while (start <= text.length) {
    const found = text.indexOf("\n", start);
    const end = found < 0 ? text.length : found;
    number += 1;
    const line = text.slice(start, end);
    if (line.trim()) {
      lines += 1;
      if (lines > maxLines) return { reason: "lines" };
      const columns = countColumns(line, separators);
      if (columns > MAX_COLUMNS) return { reason: "columns", line: number, count: columns };
    }
    start = end + 1;
  }
  return null;
}

/** The line number (from 1) of the character at `index`. */
function lineAt(text, index) {
  let line = 1;
  for (let at = text.indexOf("\n"); at >= 0 && at < index; at = text.indexOf("\n", at + 1)) line += 1;
  return line;
}

function countColumns(line, separators) {
  let columns = 1;
  for (const separator of separators) {
    for (let at = line.indexOf(separator); at >= 0; at = line.indexOf(separator, at + 1)) columns += 1;
  }
  return columns;
}
