// Deals pasted from a spreadsheet or read from a CSV file: one deal a line, columns
// separated by tabs (a spreadsheet's copy) or semicolons (a Swedish CSV file), an optional
// date first ("datum;belopp;marginal") that puts the deal in its month. A minus sign on the
// amount marks a cancelled deal, taken back (a clawback), as a CRM's export writes it.
// Text in, plain values out; no DOM access.

import { parseNumber } from "./numbers.js";

// 2026-03-15, 2026-03-15 10:30, 2026/3/15; and the day first: 15.3.2026, 15/3/2026
const ISO_DATE = /^(\d{4})[-/](\d{1,2})(?:[-/](\d{1,2}))?(?:[ T].*)?$/;
const DAY_FIRST = /^(\d{1,2})[./](\d{1,2})[./](\d{4})$/;
const MINUS = /^[-\u2212]/;
/** Lines one import may hold (a year of 1 000 deals a month), and deals a month may hold:
 * the month's deals are a table of fields, and 1 000 of them are drawn in well under a
 * second (tests/bench/bench_imports.py); import-limits.js checks the lines and columns. */
export const MAX_DEAL_LINES = 12_000;
export const MAX_MONTH_DEALS = 1_000;

/**
 * The deals in `text`, a line each.
 * @returns {{deals: {month: number|null, amount: string, margin: string, clawback: boolean}[],
 *   bad: number[]}} `month` 1–12 from the line's date (null without one); `bad` holds the
 *   numbers of the lines that are not a deal, as the reader counts them (blank lines too).
 *   A first line of two or more columns and no number (a header such as
 *   "datum;belopp;marginal") is skipped.
 */
export function readDealLines(text) {
  const deals = [];
  const bad = [];
  let first = true;
  String(text).split(/\r?\n/).forEach((line, index) => {
    if (!line.trim()) return;
    const columns = line.split(/\t|;/).map(unquoted);
    // a header names two or more columns and holds no number; a lone word is a bad line
    const header = first && columns.length > 1 && !columns.some((column) => /\d/.test(column));
    first = false;
    if (header) return;
    const month = monthOf(columns[0]);
    if (month !== null) columns.shift();
    const [rawAmount = "", margin = ""] = columns;
    const clawback = MINUS.test(rawAmount);
    const amount = rawAmount.replace(MINUS, "").trim();
    if (month === false || !("value" in parseNumber(amount))) bad.push(index + 1);
    else deals.push({ month, amount, margin, clawback });
  });
  return { deals, bad };
}

/** The month (1–12) of a date; null when the text is no date at all, false when it is
 * one that cannot be (month 13, day 32). */
export function monthOf(text) {
  const iso = ISO_DATE.exec(text);
  const dayFirst = iso ? null : DAY_FIRST.exec(text);
  if (!iso && !dayFirst) return null;
  const [month, day] = iso ? [Number(iso[2]), Number(iso[3] ?? 1)] : [Number(dayFirst[2]), Number(dayFirst[1])];
  return month >= 1 && month <= 12 && day >= 1 && day <= 31 ? month : false;
}

/** A CSV field without the quotes a spreadsheet puts around it ("1 250,50"). */
function unquoted(column) {
  const trimmed = column.trim();
  return trimmed.length > 1 && trimmed.startsWith('"') && trimmed.endsWith('"')
    ? trimmed.slice(1, -1).replace(/""/g, '"').trim()
    : trimmed;
}
