// The pay engine: one month's pay from a role's pay model and the month's deals.
//
// The same definition is implemented in Python (hooks/rollguiden/engines/pay.py); one set
// of JSON vectors (tests/vectors/pay.json) holds both to it. No DOM access: this module
// runs in Node for the tests and in the browser for the commission calculator.

import { formatMoney, formatPercent, formatPlain } from "./numbers.js";

const MODEL_FIELDS = ["currency", "base_salary", "commission", "plan", "typical_deal", "note"];
const SALARY_FIELDS = ["min", "typical", "max"];
const COMMISSION_FIELDS = ["basis", "band_mode", "bands", "cap"];
const BAND_FIELDS = ["up_to", "rate"];
const PLAN_FIELDS = ["monthly_target", "below_plan", "threshold"];
const TYPICAL_DEAL_FIELDS = ["amount", "margin"];
const SCENARIO_FIELDS = ["base_salary", "deals"];
const DEAL_FIELDS = ["amount", "margin"];

/** The largest amount a model or a month's deals may hold: the same limit as pay.py's. */
const MAX_AMOUNT = 10_000_000_000;
/** A month at plan may be at most this many typical deals (pay.py's MAX_DEALS_AT_PLAN). */
const MAX_DEALS_AT_PLAN = 250;
/** The bounds of each kind of figure, as pay.py's model sets them: the engine refuses a
 * model or a month outside them, and the calculator's form checks each field against them
 * as the reader types (`outOfBounds`), so the rule lives here once. */
export const LIMITS = {
  money: { min: 0, max: MAX_AMOUNT }, // a base salary, a cap, a deal's amount and margin
  positiveMoney: { above: 0, max: MAX_AMOUNT }, // a band's upper bound, the monthly plan
  rate: { min: 0, max: 1 }, // a band's rate
  threshold: { above: 0, max: 1 }, // the share of the plan that must be reached
};
const MONEY = LIMITS.money;
const POSITIVE_MONEY = LIMITS.positiveMoney;

/** Which bound a number breaks: "negative" (below a minimum of 0), "below_minimum",
 * "not_above" (not above a value it must exceed, such as 0), "too_large"; null within. */
export function outOfBounds(value, { min, max, above } = {}) {
  if (min !== undefined && value < min) return min === 0 ? "negative" : "below_minimum";
  if (above !== undefined && value <= above) return "not_above";
  if (max !== undefined && value > max) return "too_large";
  return null;
}

/** The positions (from 0) of the bands whose upper bound is not above the one before
 * (the last band, open, has none). */
export function unorderedBands(bands) {
  const unordered = [];
  for (let index = 1; index < bands.length - 1; index += 1) {
    const [lower, upper] = [bands[index - 1].up_to, bands[index].up_to];
    if (lower != null && upper != null && upper <= lower) unordered.push(index);
  }
  return unordered;
}

/** Whether a deal's margin is more than the deal: no deal earns more than it is worth. */
export function marginAboveAmount(amount, margin) {
  return margin > amount;
}

/** An invalid model or scenario: the message starts with the field, then says why. */
class PayInputError extends Error {
  constructor(message) {
    super(message);
    this.name = "PayInputError";
  }
}

/**
 * Pay for one month.
 * @param {object} model the role's `pay` mapping as written in YAML
 * @param {{base_salary?: number, deals: {amount: number, margin?: number}[]}} scenario
 * @returns {{base: number, gross_variable: number, factor: number, variable: number,
 *   total: number, effective_rate: number, attainment: number|null,
 *   deals: {amount: number, basis: number, rate: number, commission: number}[],
 *   warnings: string[]}}
 */
export function computePay(model, scenario) {
  const pay = parseModel(model);
  const { base, deals } = parseScenario(scenario, pay);
  const bands = pay.commission.bands;

  const rows = deals.map(({ amount, margin }) => {
    const basis = pay.commission.basis === "margin" ? margin : amount;
    const rate =
      pay.commission.band_mode === "marginal" ? marginalRate(bands, amount) : bandFor(bands, amount).rate;
    return { amount, basis, rate, commission: basis * rate };
  });

  const grossVariable = sum(rows.map((row) => row.commission));
  const sales = sum(deals.map((deal) => deal.amount));
  const target = pay.plan.monthly_target;
  const attainment = target === null ? null : sales / target;
  const factor = planFactor(pay.plan, attainment);
  let variable = grossVariable * factor;
  if (pay.commission.cap !== null) variable = Math.min(variable, pay.commission.cap);
  const totalBasis = sum(rows.map((row) => row.basis));

  return {
    base: roundMoney(base),
    gross_variable: roundMoney(grossVariable),
    factor,
    variable: roundMoney(variable),
    total: roundMoney(base + variable),
    effective_rate: totalBasis > 0 ? variable / totalBasis : 0,
    attainment,
    deals: rows.map((row) => ({
      amount: roundMoney(row.amount),
      basis: roundMoney(row.basis),
      rate: row.rate,
      commission: roundMoney(row.commission),
    })),
    warnings: cliffWarnings(pay),
  };
}

/** The validated model with defaults filled in; throws PayInputError naming the field. */
function parseModel(model) {
  object(model, "model");
  known(model, MODEL_FIELDS, "");
  const currency = optional(model.currency, (value) => {
    if (typeof value !== "string" || !/^[A-Z]{3}$/.test(value)) {
      fail("currency", "ska vara en valutakod med tre versaler, till exempel SEK");
    }
    return value;
  });
  if (model.note !== undefined && model.note !== null && typeof model.note !== "string") {
    fail("note", "ska vara text");
  }

  const salary = required(model, "base_salary", "");
  object(salary, "base_salary");
  known(salary, SALARY_FIELDS, "base_salary.");
  const baseSalary = {};
  for (const key of SALARY_FIELDS) {
    baseSalary[key] = number(required(salary, key, "base_salary."), `base_salary.${key}`, MONEY);
  }
  if (!(baseSalary.min <= baseSalary.typical && baseSalary.typical <= baseSalary.max)) {
    fail("base_salary", "ska uppfylla min ≤ typical ≤ max");
  }

  const commission = required(model, "commission", "");
  object(commission, "commission");
  known(commission, COMMISSION_FIELDS, "commission.");
  const basis = choice(required(commission, "basis", "commission."), "commission.basis", ["revenue", "margin"]);
  const bandMode = choice(required(commission, "band_mode", "commission."), "commission.band_mode", [
    "per_deal",
    "marginal",
  ]);
  const rawBands = required(commission, "bands", "commission.");
  if (!Array.isArray(rawBands)) fail("commission.bands", "ska vara en lista");
  if (rawBands.length === 0) fail("commission.bands", "måste innehålla minst 1 post");
  const bands = rawBands.map((band, index) => {
    const at = `commission.bands[${index + 1}]`;
    object(band, at);
    known(band, BAND_FIELDS, `${at}.`);
    return {
      up_to: optional(band.up_to, (value) => number(value, `${at}.up_to`, POSITIVE_MONEY)),
      rate: number(share(required(band, "rate", `${at}.`)), `${at}.rate`, { min: 0, max: 1 }),
    };
  });
  const openBands = bands.flatMap((band, index) => (band.up_to === null ? [index] : []));
  if (openBands.length !== 1 || openBands[0] !== bands.length - 1) {
    fail("commission", "bands: exakt ett band ska sakna up_to (det öppna bandet), och det ska stå sist");
  }
  for (const index of unorderedBands(bands).slice(0, 1)) {
    fail("commission", `bands[${index + 1}].up_to ska vara större än bands[${index}].up_to`);
  }
  const cap = optional(commission.cap, (value) => number(value, "commission.cap", MONEY));

  const rawPlan = model.plan === undefined ? {} : model.plan;
  object(rawPlan, "plan");
  known(rawPlan, PLAN_FIELDS, "plan.");
  const plan = {
    monthly_target: optional(rawPlan.monthly_target, (value) =>
      number(value, "plan.monthly_target", POSITIVE_MONEY),
    ),
    below_plan:
      rawPlan.below_plan === undefined
        ? "none"
        : choice(rawPlan.below_plan, "plan.below_plan", ["none", "proportional", "threshold"]),
    threshold: optional(rawPlan.threshold, (value) => number(share(value), "plan.threshold", { above: 0, max: 1 })),
  };
  if (plan.below_plan === "threshold" && plan.threshold === null) {
    fail("plan", "threshold behövs när below_plan är threshold");
  }
  if (plan.below_plan !== "threshold" && plan.threshold !== null) {
    fail("plan", "threshold används bara när below_plan är threshold");
  }

  const typicalDeal = optional(model.typical_deal, (deal) => {
    object(deal, "typical_deal");
    known(deal, TYPICAL_DEAL_FIELDS, "typical_deal.");
    const amount = number(required(deal, "amount", "typical_deal."), "typical_deal.amount", {
      min: 1,
      max: MAX_AMOUNT,
    });
    const margin = optional(deal.margin, (value) => number(value, "typical_deal.margin", MONEY));
    if (margin !== null && marginAboveAmount(amount, margin)) {
      fail("typical_deal", "margin får inte vara större än amount");
    }
    return { amount, margin };
  });
  if (basis === "margin" && typicalDeal !== null && typicalDeal.margin === null) {
    fail("model", "typical_deal.margin behövs när provisionen räknas på marginalen");
  }
  const target = plan.monthly_target;
  if (typicalDeal !== null && target !== null && target / typicalDeal.amount > MAX_DEALS_AT_PLAN) {
    fail("model", `typical_deal.amount: en månad på planen blir fler än ${MAX_DEALS_AT_PLAN} typiska affärer`);
  }

  return {
    currency,
    base_salary: baseSalary,
    commission: { basis, band_mode: bandMode, bands, cap },
    plan,
    typical_deal: typicalDeal,
  };
}

/** Two decimals, halves away from zero: the same arithmetic as pay.py. */
function roundMoney(value) {
  return roundHalfAway(value, 2);
}

/** The first cliff of a per-deal schedule whose rate falls as deals grow, in words. */
function cliffWarnings(pay) {
  if (pay.commission.band_mode !== "per_deal") return [];
  const bands = pay.commission.bands;
  for (let index = 0; index < bands.length - 1; index += 1) {
    const lower = bands[index];
    const upper = bands[index + 1];
    if (upper.rate < lower.rate && lower.up_to !== null) {
      const edge = lower.up_to;
      const money = (value) => formatMoney(value, pay.currency);
      if (pay.commission.basis === "revenue") {
        const loss = edge * lower.rate - (edge + 1) * upper.rate;
        return [
          `En affär på ${money(edge + 1)} ger ${money(roundHalfAway(loss, 0))} ` +
            `mindre i provision än en på ${money(edge)}`,
        ];
      }
      return [
        `En affär på ${money(edge + 1)} ger ${formatPercent(upper.rate)} i provision ` +
          `på marginalen, en på ${money(edge)} ger ${formatPercent(lower.rate)}`,
      ];
    }
  }
  return [];
}

function parseScenario(scenario, pay) {
  object(scenario, "scenario");
  known(scenario, SCENARIO_FIELDS, "");
  let base = pay.base_salary.typical;
  if (scenario.base_salary !== undefined) base = number(scenario.base_salary, "base_salary", MONEY);
  if (scenario.deals === undefined) fail("deals", "fältet saknas men är obligatoriskt");
  if (!Array.isArray(scenario.deals)) fail("deals", "ska vara en lista");
  const deals = scenario.deals.map((deal, index) => {
    const where = `deals[${index + 1}]`;
    object(deal, where);
    known(deal, DEAL_FIELDS, `${where}.`);
    if (deal.amount === undefined) fail(`${where}.amount`, "fältet saknas men är obligatoriskt");
    const amount = number(deal.amount, `${where}.amount`, MONEY);
    let margin = 0;
    if (deal.margin !== undefined) {
      margin = number(deal.margin, `${where}.margin`, MONEY);
      if (marginAboveAmount(amount, margin)) fail(`${where}.margin`, "får inte vara större än amount");
    } else if (pay.commission.basis === "margin") {
      fail(`${where}.margin`, "behövs när provisionen räknas på marginalen");
    }
    return { amount, margin };
  });
  return { base, deals };
}

function bandFor(bands, amount) {
  return bands.find((band) => band.up_to === null || amount <= band.up_to) ?? bands[bands.length - 1];
}

function marginalRate(bands, amount) {
  if (amount === 0) return bands[0].rate;
  let earned = 0;
  let lower = 0;
  for (const band of bands) {
    const upper = band.up_to === null ? Infinity : band.up_to;
    earned += (Math.min(amount, upper) - lower) * band.rate;
    if (amount <= upper) break;
    lower = upper;
  }
  return earned / amount;
}

function planFactor(plan, attainment) {
  if (attainment === null || plan.below_plan === "none") return 1;
  if (plan.below_plan === "proportional") return Math.min(1, attainment);
  return attainment >= plan.threshold ? 1 : 0;
}

function sum(values) {
  // Left to right, as Python's sum(): the same additions give the same rounding.
  let total = 0;
  for (const value of values) total += value;
  return total;
}

function roundHalfAway(value, decimals) {
  const scale = 10 ** decimals;
  const rounded = Math.floor(Math.abs(value) * scale + 0.5) / scale;
  return (value < 0 ? -rounded : rounded) + 0;
}

function fail(where, message) {
  throw new PayInputError(`${where}: ${message}`);
}

function object(value, where) {
  if (value === null || typeof value !== "object" || Array.isArray(value)) {
    fail(where, "ska vara ett objekt");
  }
}

function known(value, fields, prefix) {
  for (const key of Object.keys(value)) {
    if (!fields.includes(key)) fail(`${prefix}${key}`, "okänt fält");
  }
}

function required(value, key, prefix) {
  if (value[key] === undefined) fail(`${prefix}${key}`, "fältet saknas men är obligatoriskt");
  return value[key];
}

function optional(value, parse) {
  return value === undefined || value === null ? null : parse(value);
}

function choice(value, where, choices) {
  if (!choices.includes(value)) {
    fail(where, `ska vara ett av ${choices.map((item) => `'${item}'`).join(", ")}`);
  }
  return value;
}

const PERCENT = /^\s*(\d+(?:[.,]\d+)?)\s*%\s*$/;

/** "15 %" → 0.15, as HR writes a rate in a role's file; anything else as it is (pay.py). */
function share(value) {
  const match = typeof value === "string" ? PERCENT.exec(value) : null;
  return match ? Number(match[1].replace(",", ".")) / 100 : value;
}

function number(value, where, limits = {}) {
  if (typeof value !== "number") fail(where, "ska vara ett tal");
  if (!Number.isFinite(value)) fail(where, "ska vara ett ändligt tal");
  const broken = outOfBounds(value, limits);
  if (broken === "negative") fail(where, "får inte vara negativt");
  if (broken === "below_minimum") fail(where, `ska vara minst ${limits.min}, men är ${value}`);
  if (broken === "not_above") fail(where, `ska vara större än ${limits.above}, men är ${value}`);
  if (broken === "too_large") fail(where, `ska vara högst ${formatPlain(limits.max)}, men är ${value}`);
  return value;
}
