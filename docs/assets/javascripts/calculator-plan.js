// Warnings about a pay plan's design, worked out with the pay engine on the reader's own
// mix of deals, scaled to the sales where the plan's features meet: a cap reached before
// the first accelerator pays anything, and a guarantee that pays more than the plan does.
// Data in, sentences out; no DOM access.

import { fill, formatMoney, formatPercent } from "./numbers.js";
import { computePay } from "./pay.js";

/**
 * The plan's design warnings, in words.
 * @param {object} model a pay model as computePay takes it
 * @param {{amount: number, margin?: number, clawback?: boolean}[]} deals the month's deals:
 *   their mix (the sizes and margins in proportion) is kept, their total scaled
 * @param {object} texts `cap_before_accelerator` and `guarantee_above_plan`, with
 *   {placeholders}
 */
export function planWarnings(model, deals, texts) {
  const target = model.plan?.monthly_target ?? null;
  if (target === null) return [];
  const money = (value) => formatMoney(value, model.currency);
  const warnings = [];
  const cap = model.commission.cap;
  const [firstTier] = model.plan.accelerators ?? [];
  if (cap != null && firstTier) {
    // at the first tier's threshold no deal has a multiplier yet: what is earned there
    // without a cap is the most the cap lets through before any accelerator
    const earned = variableAt(model, deals, firstTier.above * target, { uncapped: true });
    if (earned !== null && earned >= cap) {
      warnings.push(fill(texts.cap_before_accelerator, { cap: money(cap), share: formatPercent(firstTier.above) }));
    }
  }
  const guarantee = model.guarantee;
  if (guarantee) {
    const atPlan = variableAt(model, deals, target);
    if (atPlan !== null && guarantee.monthly_amount > atPlan) {
      warnings.push(
        fill(texts.guarantee_above_plan, { amount: money(guarantee.monthly_amount), variable: money(atPlan) }),
      );
    }
  }
  return warnings;
}

/** The variable pay when the ordinary deals are scaled to `sales` in all (null when there
 * are no deals to scale and pay is on margin, whose margins would be made up). */
function variableAt(model, deals, sales, { uncapped = false } = {}) {
  const ordinary = deals.filter((deal) => !deal.clawback);
  const total = ordinary.reduce((sum, deal) => sum + deal.amount, 0);
  const margin = model.commission.basis === "margin";
  let scaled;
  if (total > 0) {
    const factor = sales / total;
    scaled = ordinary.map((deal) => (margin ? { amount: deal.amount * factor, margin: deal.margin * factor } : { amount: deal.amount * factor }));
  } else if (!margin) {
    scaled = [{ amount: sales }];
  } else {
    return null;
  }
  const priced = uncapped ? { ...model, commission: { ...model.commission, cap: null } } : model;
  return computePay(priced, { deals: scaled }).variable;
}
