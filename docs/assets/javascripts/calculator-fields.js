// The calculator's form as plain values, the strings its fields hold: made from a role's
// pay model, read from the address (?roll=…&grundlon=…) and written back to it. How bands
// and deals are written in the address lives here; the parameters' names come from the
// build (the page's data, `query`: field → name, in address order), which owns them.

import { formatPlain } from "./numbers.js";

/** The longest address a link may be: web servers refuse a request line over 8 KB by
 * default (nginx, Apache), so a longer link would fail for whoever opens it. */
export const MAX_LINK_LENGTH = 8000;
const CHOICES = {
  basis: ["revenue", "margin"],
  mode: ["per_deal", "marginal"],
  rule: ["none", "proportional", "threshold"],
};

/** The fields a role's pay model fills in, as the form shows them (rates in per cent). */
export function fieldsFromModel(model) {
  const { commission, plan = {}, base_salary: salary } = model;
  return {
    base: formatPlain(salary.typical),
    basis: commission.basis,
    mode: commission.band_mode,
    bands: commission.bands.map((band) => [plainOrEmpty(band.up_to), formatPlain(band.rate * 100)]),
    cap: plainOrEmpty(commission.cap),
    target: plainOrEmpty(plan.monthly_target),
    rule: plan.below_plan ?? "none",
    threshold: plan.threshold == null ? "" : formatPlain(plan.threshold * 100),
  };
}

/** A role's typical deals as [amount, margin] field pairs. */
export function dealFields(deals) {
  return deals.map((deal) => [formatPlain(deal.amount), plainOrEmpty(deal.margin)]);
}

/** The fields an address names (`names`: field → parameter), and only those; a choice it misspells becomes the first
 * choice. Values stay text: the form checks them as if typed. */
export function fieldsFromAddress(params, names) {
  const fields = {};
  for (const [field, name] of Object.entries(names)) {
    if (!params.has(name)) continue;
    const value = params.get(name);
    if (field === "bands" || field === "deals") fields[field] = splitPairs(value);
    else if (field in CHOICES) fields[field] = oneOf(value, CHOICES[field]);
    else fields[field] = value;
  }
  return fields;
}

/** The address's query for the fields; deals carry their margins only when pay is on margin. */
export function addressFromFields(fields, names) {
  const params = new URLSearchParams();
  for (const [field, name] of Object.entries(names)) {
    let value = fields[field];
    if (field === "bands") value = value.map(([upTo, rate]) => `${upTo}:${rate}`).join(";");
    if (field === "deals") {
      const margin = fields.basis === "margin";
      value = value.map(([amount, dealMargin]) => (margin ? `${amount}:${dealMargin}` : amount)).join(";");
    }
    params.set(name, value);
  }
  return params;
}

/** The query with no deals in it, for a scenario with more deals than a link can carry:
 * it opens the same model with an empty list, ready for the deals to be pasted in. */
export function withoutDeals(params, names) {
  const shorter = new URLSearchParams(params);
  shorter.set(names.deals, "");
  return shorter;
}

function splitPairs(text) {
  return String(text).split(";").filter((part, index, all) => part !== "" || all.length > 1).map((part) => {
    const [first = "", second = ""] = part.split(":");
    return [first, second];
  });
}

function oneOf(value, choices) {
  return choices.includes(value) ? value : choices[0];
}

function plainOrEmpty(value) {
  return value == null ? "" : formatPlain(value);
}
