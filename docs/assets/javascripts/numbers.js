// Swedish numbers in and out: reading what people type ("1 250 000", "1 250 000,50",
// "1250000.50", "12,5 %"), showing amounts as sv-SE does, the words that go with a count
// ("1 affär", "2 affärer"; "1, 3 och 4"), and the labels' {placeholders} filled in. No DOM
// access.

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
  let whole = s;
  let fraction = "";
  if (commas && dots) {
    // the last separator is the decimal one: 1.250.000,50 or 1,250,000.50
    const decimal = s.lastIndexOf(",") > s.lastIndexOf(".") ? "," : ".";
    [whole, fraction] = [s.slice(0, s.lastIndexOf(decimal)), s.slice(s.lastIndexOf(decimal) + 1)];
    whole = ungroup(whole, decimal === "," ? "." : ",");
  } else if (commas === 1 && dots === 0) {
    [whole, fraction] = s.split(",");
  } else if (dots === 1 && commas === 0) {
    [whole, fraction] = s.split(".");
  } else if (commas || dots) {
    whole = ungroup(s, commas ? "," : "."); // only thousands separators: 1.250.000
  }
  if (whole === null) return { error: "format" };
  s = fraction === "" ? whole : `${whole}.${fraction}`;
  if (!/^-?(\d+\.?\d*|\.\d+)$/.test(s)) return { error: "format" };
  const value = Number(s);
  if (!Number.isFinite(value)) return { error: "format" };
  if (value < 0) return { error: "negative" };
  return { value };
}

/** "1.250.000" → "1250000", but only when every group after the first has three digits. */
function ungroup(text, separator) {
  const [first, ...rest] = text.split(separator);
  if (!/^-?\d{1,3}$/.test(first) || !rest.every((group) => /^\d{3}$/.test(group))) return null;
  return [first, ...rest].join("");
}

// Creating an Intl.NumberFormat costs far more than using one: keep one per format.
const formatters = new Map();
function formatter(key, options) {
  if (!formatters.has(key)) formatters.set(key, new Intl.NumberFormat("sv-SE", options));
  return formatters.get(key);
}

/** "38 000 kr", "15 000,50 kr", "1 200 EUR": decimals only when the amount has öre; the
 * currency after the amount as the pages write it (kr for kronor, else its code). */
export function formatMoney(value, currency) {
  const decimals = Number.isInteger(Math.round(value * 100) / 100) ? 0 : 2;
  const number = formatter(`decimal:${decimals}`, {
    minimumFractionDigits: decimals,
    maximumFractionDigits: decimals,
  }).format(value);
  const unit = currency === "SEK" ? "kr" : (currency ?? "");
  return unit ? `${number}\u00a0${unit}` : number;
}

/** An amount in whole kronor, halves away from zero (a year's figures), as pay_view.py's
 * format_whole_money writes it: "1 510 460 kr". */
export function formatWholeMoney(value, currency) {
  const whole = Math.floor(Math.abs(value) + 0.5);
  return formatMoney((value < 0 ? -whole : whole) + 0, currency);
}

/** "15 %", "12,5 %". */
export function formatPercent(rate) {
  return formatter("percent", { style: "percent", maximumFractionDigits: 2 }).format(rate);
}

/** A plain number for an input field: "1 250 000", "12,5". */
export function formatPlain(value) {
  return formatter("plain", { maximumFractionDigits: 2 }).format(value);
}

const PLURAL_RULES = new Intl.PluralRules("sv-SE");
const LIST_FORMATS = {
  conjunction: new Intl.ListFormat("sv-SE", { type: "conjunction" }),
  disjunction: new Intl.ListFormat("sv-SE", { type: "disjunction" }),
};

/** The label for `count` things: `forms` is a label, or {one, other} when the two differ. */
export function plural(forms, count) {
  return typeof forms === "string" ? forms : forms[PLURAL_RULES.select(count)] ?? forms.other;
}

/** "1, 3 och 4": anything listed as Swedish writes a list, as swedish.py's join does. */
export function listed(items) {
  return LIST_FORMATS.conjunction.format(items.map(String));
}

/** "1, 3 eller 4": the alternatives, listed. */
export function listedOr(items) {
  return LIST_FORMATS.disjunction.format(items.map(String));
}

const PLACEHOLDER = /\{\{|\}\}|\{(\w+)\}/g;

/**
 * A label with its placeholders filled in, as Python's str.format fills the same labels:
 * every "{name}" is replaced by values[name] as text, "{{" and "}}" stand for braces. The
 * values go in as they are, in one pass: a "$&" or a "{b}" inside one stays as written.
 * A placeholder with no value is left showing, so that a mistake in a label is seen.
 */
export function fill(template, values) {
  return template.replace(PLACEHOLDER, (match, name) => {
    if (match === "{{") return "{";
    if (match === "}}") return "}";
    return Object.hasOwn(values, name) ? String(values[name]) : match;
  });
}
