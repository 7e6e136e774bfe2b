// The pay engine: a month's pay from a role's pay model and the month's deals, and a year of
// months with the guarantee, holiday pay by semesterlagen's two rules, pension, the payroll
// tax on it and the employer's contributions.
//
// The same definition is implemented in Python (hooks/rollguiden/engines/pay.py); one set
// of JSON vectors (tests/vectors/pay.json) holds both to it. No DOM access: this module
// runs in Node for the tests and in the browser for the commission calculator.

import { formatMoney, formatPercent, formatPlain } from "./numbers.js";

const MODEL_FIELDS = ["currency", "base_salary", "commission", "plan", "typical_deal", "guarantee", "note"];
const SALARY_FIELDS = ["min", "typical", "max"];
const COMMISSION_FIELDS = ["basis", "band_mode", "bands", "cap"];
const BAND_FIELDS = ["up_to", "rate"];
const PLAN_FIELDS = ["monthly_target", "below_plan", "threshold", "accelerators"];
const ACCELERATOR_FIELDS = ["above", "multiplier"];
const GUARANTEE_FIELDS = ["months", "monthly_amount", "recoverable"];
const YEAR_FIELDS = ["months", "rules"];
const RULE_FIELDS = ["holiday_pay", "pension_tax_rate", "employer_contribution_rate", "pension"];
const HOLIDAY_FIELDS = ["rate", "days", "supplement_per_day", "deduction_per_day", "threshold"];
const OLD_HOLIDAY_RULE =
  "har ersatts av holiday_pay: {rate, days, supplement_per_day, deduction_per_day, threshold} och pension_tax_rate";
const MAX_MONTHS = 12;
const TYPICAL_DEAL_FIELDS = ["amount", "margin"];
const SCENARIO_FIELDS = ["base_salary", "deals", "carry_in"];
const DEAL_FIELDS = ["amount", "margin", "clawback"];

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
  acceleratorAbove: { above: 0, max: 100 }, // an accelerator's threshold, as a share of the plan
  multiplier: { min: 1, max: 100 }, // an accelerator's multiplier
  guaranteeMonths: { min: 1, max: MAX_MONTHS }, // the months a guarantee lasts
  holidayDays: { min: 25, max: 100 }, // paid holiday days a year: the law's 25 or more
  perDay: { min: 0, max: 0.1 }, // a holiday day's supplement or deduction, of the monthly base
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
 * @param {{base_salary?: number, carry_in?: number,
 *   deals: {amount: number, margin?: number, clawback?: boolean}[]}} scenario
 * @returns {{base: number, gross_variable: number, factor: number, variable: number,
 *   total: number, effective_rate: number, attainment: number|null, clawback: number,
 *   carry_out: number, deals: {amount: number, basis: number, rate: number,
 *   multiplier: number, commission: number, clawback: boolean}[], warnings: string[]}}
 */
export function computePay(model, scenario) {
  const pay = parseModel(model);
  const { base, deals, carryIn } = parseScenario(scenario, pay, "");
  return roundedMonth(month(pay, base, deals, carryIn), pay);
}

/** One month, unrounded: steps 1–5 of the definition (CONTRIBUTING.md, Pay models). */
function month(pay, base, deals, carryIn) {
  const bands = pay.commission.bands;
  const target = pay.plan.monthly_target;
  let sales = 0; // the running total of ordinary deals, for the accelerators
  const rows = deals.map(({ amount, margin, clawback }) => {
    const basis = pay.commission.basis === "margin" ? margin : amount;
    const rate =
      pay.commission.band_mode === "marginal" ? marginalRate(bands, amount) : bandFor(bands, amount).rate;
    let multiplier = 1; // a clawback is taken back at today's rate: no multiplier, no factor
    if (!clawback) {
      multiplier = dealMultiplier(pay, target, sales, amount);
      sales += amount;
    }
    return { amount, basis, rate, multiplier, commission: basis * rate * multiplier, clawback };
  });
  const ordinary = rows.filter((row) => !row.clawback);
  const grossVariable = sum(ordinary.map((row) => row.commission));
  const attainment = target === null ? null : sales / target;
  const factor = planFactor(pay.plan, attainment);
  let capped = grossVariable * factor;
  if (pay.commission.cap !== null) capped = Math.min(capped, pay.commission.cap);
  const clawback = sum(rows.filter((row) => row.clawback).map((row) => row.commission));
  const variable = Math.max(0, capped - clawback - carryIn);
  const basisTotal = sum(ordinary.map((row) => row.basis));
  return {
    base,
    gross_variable: grossVariable,
    factor,
    variable,
    total: base + variable,
    effective_rate: basisTotal > 0 ? variable / basisTotal : 0,
    attainment,
    clawback,
    carry_out: Math.max(0, clawback + carryIn - capped),
    sales,
    deals: rows,
  };
}

function roundedMonth(result, pay) {
  return {
    base: roundMoney(result.base),
    gross_variable: roundMoney(result.gross_variable),
    factor: result.factor,
    variable: roundMoney(result.variable),
    total: roundMoney(result.total),
    effective_rate: result.effective_rate,
    attainment: result.attainment,
    clawback: roundMoney(result.clawback),
    carry_out: roundMoney(result.carry_out),
    deals: result.deals.map((row) => ({
      ...row,
      amount: roundMoney(row.amount),
      basis: roundMoney(row.basis),
      commission: roundMoney(row.commission),
    })),
    warnings: cliffWarnings(pay),
  };
}

/** The length-weighted mean of the accelerators' multipliers over the sales interval
 * [start, start + amount] a deal covers (1 below the first tier and for a deal of 0). */
function dealMultiplier(pay, target, start, amount) {
  const tiers = pay.plan.accelerators;
  if (!tiers.length || target === null || amount === 0) return 1;
  const end = start + amount;
  const edges = [...tiers.map((tier) => [tier.above * target, tier.multiplier]), [Infinity, 1]];
  let weighted = 0;
  let lower = 0;
  let multiplier = 1;
  for (const [edge, next] of edges) {
    // the part of the deal in [lower, edge) has `multiplier`
    weighted += Math.max(0, Math.min(end, edge) - Math.max(start, lower)) * multiplier;
    [lower, multiplier] = [edge, next];
  }
  return weighted / amount;
}

/**
 * A year of months (1 to 12): each month's carried clawback into the next, the guarantee,
 * holiday pay by the same-salary or the percentage rule, pension per month, the payroll tax
 * on it and the employer's contributions.
 * @param {object} model the role's `pay` mapping
 * @param {{months: object[], rules: {holiday_pay: {rate: number, days: number,
 *   supplement_per_day: number, deduction_per_day: number, threshold: number},
 *   pension_tax_rate: number, employer_contribution_rate: number,
 *   pension: {up_to?: number, rate: number}[]}}} year
 */
export function computeYear(model, year) {
  const pay = parseModel(model);
  object(year, "year");
  known(year, YEAR_FIELDS, "");
  const rules = parseRules(year.rules);
  const scenarios = year.months;
  if (!Array.isArray(scenarios)) fail("months", "ska vara en lista");
  if (scenarios.length < 1 || scenarios.length > MAX_MONTHS) {
    fail("months", `ska innehålla 1–${MAX_MONTHS} månader, men har ${scenarios.length}`);
  }
  const guarantee = pay.guarantee;
  const months = [];
  let carry = 0;
  let balance = 0; // what a recoverable guarantee has paid in advance
  scenarios.forEach((scenario, index) => {
    const where = `months[${index + 1}].`;
    if (index > 0 && scenario !== null && typeof scenario === "object" && "carry_in" in scenario) {
      fail(`${where}carry_in`, "bara den första månaden kan ha carry_in");
    }
    const { base, deals, carryIn } = parseScenario(scenario, pay, where);
    const result = month(pay, base, deals, index === 0 ? carryIn : carry);
    carry = result.carry_out;
    let topup = 0;
    let recovered = 0;
    if (guarantee !== null && index < guarantee.months) {
      topup = Math.max(0, guarantee.monthly_amount - result.variable);
      if (guarantee.recoverable) balance += topup;
    } else if (balance > 0) {
      recovered = Math.min(balance, result.variable);
      balance -= recovered;
    }
    const paid = result.variable + topup - recovered;
    months.push({
      ...result,
      paid_variable: paid,
      guarantee_topup: topup,
      recovered,
      pension: sliced(rules.pension, base + paid),
      total: base + paid,
    });
  });
  const total = (key) => sum(months.map((item) => item[key]));
  const paidVariable = Math.max(0, total("paid_variable")); // the definition counts below 0 as 0
  const holiday = holidayPay(rules, total("base"), paidVariable, months.length);
  const gross = total("base") + paidVariable - holiday.deduction + holiday.holiday_pay;
  const pensionTax = rules.pension_tax_rate * total("pension");
  const contributions = rules.employer_contribution_rate * gross;
  const target = pay.plan.monthly_target;
  const totals = {
    base: total("base"),
    variable: total("variable"),
    guarantee_topup: total("guarantee_topup"),
    recovered: total("recovered"),
    paid_variable: total("paid_variable"),
    holiday_deduction: holiday.deduction,
    holiday_pay: holiday.holiday_pay,
    gross,
    pension: total("pension"),
    pension_tax: pensionTax,
    employer_contributions: contributions,
    employer_cost: gross + total("pension") + pensionTax + contributions,
  };
  const rounded = Object.fromEntries(Object.entries(totals).map(([key, value]) => [key, roundMoney(value)]));
  return {
    months: months.map((item) => ({
      ...roundedMonth(item, pay),
      paid_variable: roundMoney(item.paid_variable),
      guarantee_topup: roundMoney(item.guarantee_topup),
      recovered: roundMoney(item.recovered),
      pension: roundMoney(item.pension),
    })),
    totals: {
      ...rounded,
      attainment: target === null ? null : total("sales") / (target * months.length),
      variable_share: holiday.share,
      holiday_rule: holiday.rule,
    },
  };
}

/** Holiday pay by semesterlagen's two rules (CONTRIBUTING.md, Pay models): once the variable pay is
 * at least `threshold` of the pay, the percentage rule on the year's pay but the holiday pay
 * itself (the base is not paid on the holiday days: it is deducted, and the holiday pay
 * replaces it); below it the same-salary rule, the base running on with a supplement per day
 * and the percentage rule's rate on the variable pay alone. */
function holidayPay(rules, base, variable, months) {
  const holiday = rules.holiday_pay;
  const monthlyBase = base / months; // the months' mean, where they give different bases
  const rate = (holiday.rate * holiday.days) / 25;
  const days = (holiday.days * months) / 12; // the holiday days that belong to these months
  const share = base + variable > 0 ? variable / (base + variable) : 0;
  if (share >= holiday.threshold) {
    const deduction = days * holiday.deduction_per_day * monthlyBase;
    return {
      rule: "percentage",
      share,
      // semesterlön is not semesterlönegrundande: the base the holiday days lose is out
      holiday_pay: rate * (base + variable - deduction),
      deduction,
    };
  }
  return {
    rule: "same_salary",
    share,
    holiday_pay: days * holiday.supplement_per_day * monthlyBase + rate * variable,
    deduction: 0,
  };
}

function parseRules(rules) {
  if (rules === undefined || rules === null) fail("rules", "fältet saknas men är obligatoriskt");
  object(rules, "rules");
  if ("holiday_pay_rate" in rules) fail("rules.holiday_pay_rate", OLD_HOLIDAY_RULE);
  known(rules, RULE_FIELDS, "rules.");
  // in the order of pay.py's YearRules, so that both name the same field first
  const rawHoliday = required(rules, "holiday_pay", "rules.");
  object(rawHoliday, "rules.holiday_pay");
  known(rawHoliday, HOLIDAY_FIELDS, "rules.holiday_pay.");
  const holidayField = (key, limits) => {
    const where = `rules.holiday_pay.${key}`;
    return number(share(required(rawHoliday, key, "rules.holiday_pay.")), where, limits);
  };
  const rate = holidayField("rate", LIMITS.rate);
  const days = required(rawHoliday, "days", "rules.holiday_pay.");
  if (typeof days === "number" && Number.isFinite(days) && !Number.isInteger(days)) {
    fail("rules.holiday_pay.days", "ska vara ett heltal");
  }
  number(days, "rules.holiday_pay.days", LIMITS.holidayDays);
  const holiday = {
    rate,
    days,
    supplement_per_day: holidayField("supplement_per_day", LIMITS.perDay),
    deduction_per_day: holidayField("deduction_per_day", LIMITS.perDay),
    threshold: holidayField("threshold", LIMITS.rate),
  };
  const ruleRate = (key) => number(share(required(rules, key, "rules.")), `rules.${key}`, LIMITS.rate);
  const pensionTax = ruleRate("pension_tax_rate");
  const contributions = ruleRate("employer_contribution_rate");
  const pension = parseBands(required(rules, "pension", "rules."), "rules.pension", "rules", "pension");
  return {
    holiday_pay: holiday,
    pension_tax_rate: pensionTax,
    employer_contribution_rate: contributions,
    pension,
  };
}

/** The bands applied like marginal bands: each slice of the amount at its band's rate (a
 * commission's marginal bands, a pension plan's). */
function sliced(bands, amount) {
  let earned = 0;
  let lower = 0;
  for (const band of bands) {
    const upper = band.up_to === null ? Infinity : band.up_to;
    earned += Math.max(0, Math.min(amount, upper) - lower) * band.rate;
    if (amount <= upper) break;
    lower = upper;
  }
  return earned;
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
  const bands = parseBands(required(commission, "bands", "commission."), "commission.bands", "commission", "bands");
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
  const rawAccelerators = rawPlan.accelerators === undefined ? [] : rawPlan.accelerators;
  if (!Array.isArray(rawAccelerators)) fail("plan.accelerators", "ska vara en lista");
  plan.accelerators = rawAccelerators.map((tier, index) => {
    const at = `plan.accelerators[${index + 1}]`;
    object(tier, at);
    known(tier, ACCELERATOR_FIELDS, `${at}.`);
    return {
      above: number(share(required(tier, "above", `${at}.`)), `${at}.above`, LIMITS.acceleratorAbove),
      multiplier: number(required(tier, "multiplier", `${at}.`), `${at}.multiplier`, LIMITS.multiplier),
    };
  });
  if (plan.accelerators.length && plan.monthly_target === null) {
    fail("plan", "accelerators kräver en plan (monthly_target)");
  }
  plan.accelerators.forEach((tier, index) => {
    if (index > 0 && tier.above <= plan.accelerators[index - 1].above) {
      fail("plan", `accelerators[${index + 1}].above ska vara större än accelerators[${index}].above`);
    }
  });

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

  const guarantee = optional(model.guarantee, (value) => {
    object(value, "guarantee");
    known(value, GUARANTEE_FIELDS, "guarantee.");
    const months = required(value, "months", "guarantee.");
    if (!Number.isInteger(months)) fail("guarantee.months", "ska vara ett heltal");
    number(months, "guarantee.months", LIMITS.guaranteeMonths);
    const recoverable = value.recoverable === undefined ? false : value.recoverable;
    if (typeof recoverable !== "boolean") fail("guarantee.recoverable", "ska vara true eller false");
    return {
      months,
      monthly_amount: number(required(value, "monthly_amount", "guarantee."), "guarantee.monthly_amount", MONEY),
      recoverable,
    };
  });

  return {
    currency,
    base_salary: baseSalary,
    commission: { basis, band_mode: bandMode, bands, cap },
    plan,
    typical_deal: typicalDeal,
    guarantee,
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
          `på täckningsbidraget, en på ${money(edge)} ger ${formatPercent(lower.rate)}`,
      ];
    }
  }
  return [];
}

/** Bands ascending by up_to with one open band last (a commission's, a pension plan's);
 * `where` names the list, `owner` and `name` the rule's message as pay.py words it. */
function parseBands(raw, where, owner, name) {
  if (!Array.isArray(raw)) fail(where, "ska vara en lista");
  if (raw.length === 0) fail(where, "måste innehålla minst 1 post");
  const bands = raw.map((band, index) => {
    const at = `${where}[${index + 1}]`;
    object(band, at);
    known(band, BAND_FIELDS, `${at}.`);
    return {
      up_to: optional(band.up_to, (value) => number(value, `${at}.up_to`, POSITIVE_MONEY)),
      rate: number(share(required(band, "rate", `${at}.`)), `${at}.rate`, { min: 0, max: 1 }),
    };
  });
  const openBands = bands.flatMap((band, index) => (band.up_to === null ? [index] : []));
  if (openBands.length !== 1 || openBands[0] !== bands.length - 1) {
    fail(owner, `${name}: exakt ett band ska sakna up_to (det öppna bandet), och det ska stå sist`);
  }
  for (const index of unorderedBands(bands).slice(0, 1)) {
    fail(owner, `${name}[${index + 1}].up_to ska vara större än ${name}[${index}].up_to`);
  }
  return bands;
}

/** The month's base salary, deals and carried-in clawback; `where` prefixes the fields
 * named in errors ("months[2]." in a year). */
function parseScenario(scenario, pay, where) {
  object(scenario, where ? where.slice(0, -1) : "scenario");
  known(scenario, SCENARIO_FIELDS, where);
  let base = pay.base_salary.typical;
  if (scenario.base_salary !== undefined) base = number(scenario.base_salary, `${where}base_salary`, MONEY);
  const carryIn = scenario.carry_in === undefined ? 0 : number(scenario.carry_in, `${where}carry_in`, MONEY);
  if (scenario.deals === undefined) fail(`${where}deals`, "fältet saknas men är obligatoriskt");
  if (!Array.isArray(scenario.deals)) fail(`${where}deals`, "ska vara en lista");
  const deals = scenario.deals.map((deal, index) => {
    const at = `${where}deals[${index + 1}]`;
    object(deal, at);
    known(deal, DEAL_FIELDS, `${at}.`);
    if (deal.amount === undefined) fail(`${at}.amount`, "fältet saknas men är obligatoriskt");
    const amount = number(deal.amount, `${at}.amount`, MONEY);
    let margin = 0;
    if (deal.margin !== undefined) {
      margin = number(deal.margin, `${at}.margin`, MONEY);
      if (marginAboveAmount(amount, margin)) fail(`${at}.margin`, "får inte vara större än amount");
    } else if (pay.commission.basis === "margin") {
      fail(`${at}.margin`, "behövs när provisionen räknas på marginalen");
    }
    const clawback = deal.clawback === undefined ? false : deal.clawback;
    if (typeof clawback !== "boolean") fail(`${at}.clawback`, "ska vara true eller false");
    return { amount, margin, clawback };
  });
  return { base, deals, carryIn };
}

function bandFor(bands, amount) {
  return bands.find((band) => band.up_to === null || amount <= band.up_to) ?? bands[bands.length - 1];
}

function marginalRate(bands, amount) {
  return amount === 0 ? bands[0].rate : sliced(bands, amount) / amount;
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
