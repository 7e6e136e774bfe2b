// The calculator's form as plain values, the strings its fields hold: made from a role's
// pay model, read from the address (?roll=…&grundlon=…) and written back to it. How rows
// (bands, accelerators, deals) and a year's months are written in the address lives here;
// the parameters' names come from the build (the page's data, `query`: field → name, in
// address order), which owns them.

import { formatPlain } from "./numbers.js";

/** The longest address a link may be: web servers refuse a request line over 8 KB by
 * default (nginx, Apache), so a longer link would fail for whoever opens it. */
export const MAX_LINK_LENGTH = 8000;
/** A year has twelve months; the month view shows one of them. */
export const MONTHS = 12;
export const YEAR_VIEW = "ar";
const CHOICES = {
  basis: ["revenue", "margin"],
  mode: ["per_deal", "marginal"],
  rule: ["none", "proportional", "threshold"],
  view: ["manad", YEAR_VIEW],
};
const ROWS = ["bands", "accelerators"];
// In the address a cancelled deal (a clawback) is its amount with a minus sign, and the
// year's months are separated by "_", which an address carries as it is.
const CLAWBACK = "-";
const MONTH_SEPARATOR = "_";

/** The fields a role's pay model fills in, as the form shows them (rates in per cent). */
export function fieldsFromModel(model) {
  const { commission, plan = {}, base_salary: salary, guarantee } = model;
  return {
    base: formatPlain(salary.typical),
    basis: commission.basis,
    mode: commission.band_mode,
    bands: commission.bands.map((band) => [plainOrEmpty(band.up_to), formatPlain(band.rate * 100)]),
    cap: plainOrEmpty(commission.cap),
    target: plainOrEmpty(plan.monthly_target),
    rule: plan.below_plan ?? "none",
    threshold: plan.threshold == null ? "" : formatPlain(plan.threshold * 100),
    accelerators: (plan.accelerators ?? []).map((tier) => [formatPlain(tier.above * 100), formatPlain(tier.multiplier)]),
    guarantee_amount: guarantee ? formatPlain(guarantee.monthly_amount) : "",
    guarantee_months: guarantee ? String(guarantee.months) : "",
    guarantee_recoverable: guarantee?.recoverable ? "1" : "",
  };
}

/** A month's deals as [amount, margin, clawback] field triples ("1": a cancelled deal). */
export function dealFields(deals) {
  return deals.map((deal) => [formatPlain(deal.amount), plainOrEmpty(deal.margin), deal.clawback ? "1" : ""]);
}

/** The fields an address names (`names`: field → parameter), and only those; a choice it
 * misspells becomes the first choice. `deals` is a list of months (one, or a year's),
 * each a list of deal triples. Values stay text: the form checks them as if typed. */
export function fieldsFromAddress(params, names) {
  const fields = {};
  for (const [field, name] of Object.entries(names)) {
    if (!params.has(name)) continue;
    const value = params.get(name);
    if (ROWS.includes(field)) fields[field] = splitRows(value);
    else if (field === "deals") fields.deals = value.split(MONTH_SEPARATOR).map(dealsFromText);
    else if (field in CHOICES) fields[field] = oneOf(value, CHOICES[field]);
    else if (field === "role") fields[field] = value; // an id, even one of digits only
    else fields[field] = tidy(value);
  }
  return fields;
}

/** The address's query for the fields. In the month view it holds the month shown
 * (`month`, from 1), in the year view every month; deals carry their margins only when
 * pay is on margin. */
export function addressFromFields(fields, names) {
  const params = new URLSearchParams();
  const year = fields.view === YEAR_VIEW;
  for (const [field, name] of Object.entries(names)) {
    let value = fields[field];
    if (value === undefined) continue;
    if (ROWS.includes(field)) value = value.map((row) => row.join(":")).join(";");
    if (field === "deals") {
      const months = year ? value : [value[Number(fields.month) - 1] ?? []];
      value = months.map((deals) => dealsToText(deals, fields.basis === "margin")).join(MONTH_SEPARATOR);
    }
    // the month view keeps its short address of old: no view, no month
    if ((field === "view" || field === "month") && !year) continue;
    params.set(name, value);
  }
  return params;
}

/** The query as the address writes it: numbers without their spaces, and the rows'
 * separators (";", ":", ",") as they are, which a query may hold: a year of deals then
 * fits in a link (each would otherwise take three characters, a space six). */
export function queryText(params) {
  const compact = new URLSearchParams();
  for (const [name, value] of params) compact.set(name, value.replace(/[\s\u00a0\u202f\u2009]/g, ""));
  return compact.toString().replace(/%3A/g, ":").replace(/%3B/g, ";").replace(/%2C/g, ",");
}

/** The query with no deals in it, for a scenario with more deals than a link can carry:
 * it opens the same model with an empty list, ready for the deals to be pasted in. */
export function withoutDeals(params, names) {
  const shorter = new URLSearchParams(params);
  shorter.set(names.deals, "");
  return shorter;
}

/** A month's deals as a link writes them: "250000:62500;-40000:10000". */
function dealsToText(deals, margin) {
  return deals
    .map(([amount, dealMargin, clawback]) => {
      const signed = clawback ? `${CLAWBACK}${amount}` : amount;
      return margin ? `${signed}:${dealMargin}` : signed;
    })
    .join(";");
}

function dealsFromText(text) {
  return splitRows(text).map(([amount, margin]) =>
    amount.startsWith(CLAWBACK) ? [amount.slice(1), margin, "1"] : [amount, margin, ""],
  );
}

function splitRows(text) {
  return String(text).split(";").filter((part, index, all) => part !== "" || all.length > 1).map((part) => {
    const [first = "", second = ""] = part.split(":");
    return [tidy(first), tidy(second)];
  });
}

/** A plain number as the form shows it ("600000" → "600 000", "7.5" → "7,5"): the address
 * writes numbers without spaces. Anything else stays as it is, for the form to check. */
function tidy(text) {
  const plain = /^(-?)(\d+)(?:[.,](\d+))?$/.exec(text);
  return plain ? `${plain[1]}${formatPlain(Number(`${plain[2]}.${plain[3] ?? 0}`))}` : text;
}

function oneOf(value, choices) {
  return choices.includes(value) ? value : choices[0];
}

function plainOrEmpty(value) {
  return value == null ? "" : formatPlain(value);
}
