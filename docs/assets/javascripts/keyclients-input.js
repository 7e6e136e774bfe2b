// A customer list as a reader brings it, pasted from a spreadsheet or read from a CSV
// file: the table (tab- or semicolon-separated, quoted fields, blank lines skipped), a
// first guess at which column is the name, the income and the profit, and the clients the
// analysis takes, with a message for each line that cannot be one. Text in, plain values
// out; no DOM access.

import { fill, parseNumber } from "./numbers.js";

const MINUS = /^[-\u2212]/;
/** Lines of a list the analysis reads: 20 000 take under a second in Chromium, at the
 * widest a line may be (tests/bench/bench_imports.py). */
export const MAX_CLIENT_LINES = 20_000;
// header words that name a column, as Swedish and English spreadsheets write them
const NAME_WORDS = /kund|namn|företag|foretag|bolag|name|customer|client|account/i;
const INCOME_WORDS = /intäkt|intakt|omsättning|omsattning|försäljning|forsaljning|belopp|revenue|sales|income/i;
const PROFIT_WORDS = /vinst|bidrag|marginal|resultat|täckning|tackning|profit|margin/i;

/**
 * The lines of a pasted or read table, each with its number as the reader counts lines
 * (blank ones too) and its cells, unquoted and trimmed. The separator is a tab when the
 * first line has one, else a semicolon. The list is within the limits (import-limits.js):
 * the page checks them first.
 * @returns {{number: number, cells: string[]}[]}
 */
export function readTable(text) {
  const lines = String(text).split(/\r?\n/);
  const separator = tableSeparator(text);
  const table = [];
  lines.forEach((line, index) => {
    if (line.trim()) table.push({ number: index + 1, cells: splitLine(line, separator) });
  });
  return table;
}

/** The most cells a line of `table` has (0 for none); not Math.max(...), which a list of
 * some 120 000 lines would overflow. */
export function widest(table) {
  return table.reduce((most, line) => Math.max(most, line.cells.length), 0);
}

/** The separator of a pasted or read list: a tab when its first line has one, else a
 * semicolon. */
export function tableSeparator(text) {
  const first = /^.*\S.*$/m.exec(String(text))?.[0] ?? "";
  return first.includes("\t") ? "\t" : ";";
}

/** A line's cells; a quoted cell may hold the separator and doubled quotes. */
function splitLine(line, separator) {
  // most lines quote nothing: split at once (character by character is 5 times slower)
  if (!line.includes('"')) return line.split(separator).map((cell) => cell.trim());
  const cells = [];
  let cell = "";
  let quoted = false;
  for (let index = 0; index < line.length; index += 1) {
    const char = line[index];
    if (quoted && char === '"' && line[index + 1] === '"') {
      cell += '"';
      index += 1;
    } else if (char === '"' && (quoted || !cell.trim())) {
      quoted = !quoted;
    } else if (char === separator && !quoted) {
      cells.push(cell.trim());
      cell = "";
    } else {
      cell += char;
    }
  }
  cells.push(cell.trim());
  return cells;
}

/** A signed amount as a Swede writes it ("−12 500,50 kr"); null when it does not read. */
export function readAmount(text) {
  const negative = MINUS.test(text.trim());
  const parsed = parseNumber(text.trim().replace(MINUS, ""));
  if (!("value" in parsed)) return null;
  return negative ? -parsed.value : parsed.value;
}

/**
 * A first guess at the table's layout: whether its first line is a header (no amount in
 * it, where the next line has one), and which column (from 0) holds the name, the income
 * and the profit (null: none). A header's words win; else the first column of text is the
 * name and the first two of amounts the income and the profit.
 */
export function guessLayout(table) {
  const [first, second] = table;
  const amounts = (line) => (line ? line.cells.map((cell) => cell !== "" && readAmount(cell) !== null) : []);
  const header = Boolean(first && second) && !amounts(first).some(Boolean) && amounts(second).some(Boolean);
  const columns = widest(table);
  const sample = table.slice(header ? 1 : 0, header ? 21 : 20);
  const numeric = Array.from({ length: columns }, (_, column) => {
    const filled = sample.filter((line) => (line.cells[column] ?? "") !== "");
    // most, not all: one mistyped amount does not make the column text
    const read = filled.filter((line) => readAmount(line.cells[column]) !== null);
    return filled.length > 0 && read.length >= 0.8 * filled.length;
  });
  const byWord = (words) => (header ? first.cells.findIndex((cell) => words.test(cell)) : -1);
  let name = byWord(NAME_WORDS);
  if (name < 0) name = Math.max(0, numeric.indexOf(false));
  const amountColumns = numeric.map((isNumber, column) => (isNumber && column !== name ? column : -1)).filter((column) => column >= 0);
  let income = byWord(INCOME_WORDS);
  if (income < 0 || income === name) income = amountColumns[0] ?? (name === 0 ? 1 : 0);
  // with a header only a column named for it is the profit (a second amount may be
  // anything, a count of orders say); without one, the second column of amounts
  let profit = byWord(PROFIT_WORDS);
  if (profit === name || profit === income) profit = -1;
  if (profit < 0 && !header) profit = amountColumns.find((column) => column !== income) ?? -1;
  return { header, name, income, profit: profit < 0 ? null : profit, columns };
}

/**
 * The clients in the table under a layout, and a message for every line that is not
 * one (it is left out; the other lines are still analysed).
 * @param {{header: boolean, name: number, income: number, profit: number|null}} layout
 * @param {object} texts the page's texts: problem_* with {line}, {value}, {name}, {first}
 * @returns {{rows: {name: string, income: number, profit: number|null}[], problems: string[]}}
 */
export function clientRows(table, layout, texts) {
  const rows = [];
  const problems = [];
  const seen = new Map();
  const withProfit = layout.profit !== null;
  for (const line of table.slice(layout.header ? 1 : 0)) {
    const cell = (column) => line.cells[column] ?? "";
    const at = { line: String(line.number) };
    const name = cell(layout.name);
    const incomeText = cell(layout.income);
    const profitText = withProfit ? cell(layout.profit) : "";
    const income = readAmount(incomeText);
    const profit = withProfit ? readAmount(profitText) : null;
    let problem = null;
    if (!name) problem = fill(texts.problem_name, at);
    else if (seen.has(name)) problem = fill(texts.problem_duplicate, { ...at, name, first: String(seen.get(name)) });
    else if (!incomeText) problem = fill(texts.problem_income_missing, at);
    else if (income === null) problem = fill(texts.problem_income, { ...at, value: incomeText });
    else if (income < 0) problem = fill(texts.problem_negative, { ...at, value: incomeText });
    else if (withProfit && !profitText) problem = fill(texts.problem_profit_missing, at);
    else if (withProfit && profit === null) problem = fill(texts.problem_profit, { ...at, value: profitText });
    if (problem) {
      problems.push(problem);
      continue;
    }
    seen.set(name, line.number);
    rows.push({ name, income, profit });
  }
  return { rows, problems };
}
