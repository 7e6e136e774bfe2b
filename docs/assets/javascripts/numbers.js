// Swedish numbers in and out: reading what people type ("1 250 000", "1 250 000,50",
// "1250000.50", "12,5 %") and showing amounts as sv-SE does. No DOM access.

const SPACES = /[\s\u00a0\u202f\u2009]/g;

/**
 * Read a number as a Swede may type it.
 * @returns {{value: number}|{empty: true}|{error: "format"|"negative"}}
 */
export function parseNumber(text, { percent = false } = {}) {
  let s = String(text ?? "").replace(SPACES, "");
  if (s === "") return { empty: true };
  s = s.replace(/(kr|sek|:-)$/i, "").replace(/^\u2212/, "-");
  if (percent) s = s.replace(/%$/, "");
  const commas = (s.match(/,/g) || []).length;
  const dots = (s.match(/\./g) || []).length;
  if (commas && dots) {
    // the last separator is the decimal one: 1.250.000,50 or 1,250,000.50
    s = s.lastIndexOf(",") > s.lastIndexOf(".") ? s.replace(/\./g, "").replace(",", ".") : s.replace(/,/g, "");
  } else if (commas === 1) {
    s = s.replace(",", ".");
  } else if (commas > 1 || dots > 1) {
    s = s.replace(/[.,]/g, ""); // only thousands separators
  }
  if (!/^-?(\d+\.?\d*|\.\d+)$/.test(s)) return { error: "format" };
  const value = Number(s);
  if (!Number.isFinite(value)) return { error: "format" };
  if (value < 0) return { error: "negative" };
  return { value };
}

/** "38 000 kr", "15 000,50 kr": decimals only when the amount has öre. */
export function formatMoney(value, currency) {
  const decimals = Number.isInteger(Math.round(value * 100) / 100) ? 0 : 2;
  return new Intl.NumberFormat("sv-SE", {
    style: "currency",
    currency,
    minimumFractionDigits: decimals,
    maximumFractionDigits: decimals,
  }).format(value);
}

/** "15 %", "12,5 %". */
export function formatPercent(rate) {
  return new Intl.NumberFormat("sv-SE", { style: "percent", maximumFractionDigits: 2 }).format(rate);
}

/** A plain number for an input field: "1 250 000", "12,5". */
export function formatPlain(value) {
  return new Intl.NumberFormat("sv-SE", { maximumFractionDigits: 2 }).format(value);
}
