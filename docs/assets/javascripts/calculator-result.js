// The calculator's answer as a salesperson reads it: the month's total, base and variable
// pay, then every deal's basis, rate, accelerator and commission, the plan factor, the cap,
// cancelled deals taken back, a guarantee, and the engine's and the plan's warnings. A
// function of the pay engine's result that draws into its container.

import { button, element, headerCell } from "./dom.js";
import { fill, formatMoney, formatPercent, formatPlain } from "./numbers.js";

const BREAKDOWN_ROWS = 100; // more deal rows are drawn on request: each keystroke stays quick

/**
 * Draw `pay` into `container`: computePay's result for `model`, or a month of
 * computeYear's (then `carryIn` is what the month before left to take back).
 */
export function drawResult(container, { pay, model, texts: t, currency, allRows, warnings = [], carryIn = 0 }) {
  const money = (value) => formatMoney(value, currency);
  const inYear = "paid_variable" in pay;
  const total = inYear ? pay.base + pay.paid_variable : pay.total;
  const summary = element("dl", "rg-summary");
  const add = (term, value, className = "") => summary.append(element("dt", "", term), element("dd", className, value));
  add(t.total, money(total), "rg-summary__total");
  add(t.base, money(pay.base));
  add(t.variable, money(inYear ? pay.paid_variable : pay.variable));
  add(t.effective_rate, formatPercent(pay.effective_rate));
  add(t.plan_factor, factorText(pay, model, t));

  const table = element("table", "rg-breakdown");
  table.createCaption().textContent = t.breakdown;
  const margin = model.commission.basis === "margin"; // otherwise the basis is the amount
  const accelerated = (model.plan.accelerators ?? []).length > 0;
  const columns = [
    [t.columns.deal, true],
    [t.columns.amount, true],
    [t.columns.basis, margin],
    [t.columns.rate, true],
    [t.columns.multiplier, accelerated],
    [t.columns.commission, true],
  ];
  const shownColumn = columns.map(([, shown]) => shown);
  const head = table.createTHead().insertRow();
  for (const [label, shown] of columns) if (shown) head.append(headerCell(label, "col"));
  const width = shownColumn.filter(Boolean).length;
  const body = table.createTBody();
  const shown = allRows ? pay.deals : pay.deals.slice(0, BREAKDOWN_ROWS);
  shown.forEach((deal, index) => {
    const row = body.insertRow();
    const number = String(index + 1);
    const values = [
      deal.clawback ? fill(t.cancelled_deal, { n: number }) : number,
      money(deal.amount),
      money(deal.basis),
      formatPercent(deal.rate),
      deal.clawback ? "–" : formatPlain(deal.multiplier),
      money(deal.clawback ? -deal.commission : deal.commission),
    ];
    if (deal.clawback) row.className = "rg-breakdown__clawback";
    values.forEach((value, column) => {
      if (shownColumn[column]) row.insertCell().textContent = value;
    });
  });
  if (shown.length < pay.deals.length) {
    const more = body.insertRow().insertCell();
    more.colSpan = width;
    const all = button(fill(t.show_all, { n: pay.deals.length }));
    all.dataset.action = "all-rows"; // the calculator's click handler draws every row
    more.append(all);
  }
  const foot = table.createTFoot();
  const sumRow = (label, value) => {
    const row = foot.insertRow();
    row.append(headerCell(label, "row"));
    row.firstChild.colSpan = width - 1;
    row.insertCell().textContent = value;
  };
  sumRow(t.gross, money(pay.gross_variable));
  sumRow(t.plan_factor, formatPlain(pay.factor));
  const cap = model.commission.cap;
  if (cap !== null && pay.gross_variable * pay.factor > cap) sumRow(t.cap_applied, money(cap));
  if (pay.clawback > 0) sumRow(t.clawback_taken, money(-pay.clawback));
  if (carryIn > 0) sumRow(t.carry_in, money(-carryIn));
  if (inYear && (pay.guarantee_topup > 0 || pay.recovered > 0)) {
    sumRow(t.variable_earned, money(pay.variable));
    if (pay.guarantee_topup > 0) sumRow(t.guarantee_topup, money(pay.guarantee_topup));
    if (pay.recovered > 0) sumRow(t.guarantee_recovered, money(-pay.recovered));
  }
  sumRow(t.variable, money(inYear ? pay.paid_variable : pay.variable));
  sumRow(t.base, money(pay.base));
  sumRow(t.total, money(total));
  if (pay.carry_out > 0) sumRow(t.carry_out, money(pay.carry_out));
  const scroller = element("div", "rg-scroll");
  scroller.append(table);

  const parts = [summary, scroller];
  if (!pay.deals.length) parts.splice(1, 0, element("p", "", t.no_deals));
  // a cancelled deal's commission or an advance taken back from the pay: what the law allows
  if (pay.clawback > 0 || carryIn > 0 || (inYear && pay.recovered > 0)) {
    parts.push(element("p", "rg-result__set-off", t.set_off));
  }
  for (const warning of [...pay.warnings, ...warnings]) {
    parts.push(element("p", "rg-warning", `${t.warning} ${warning}.`));
  }
  container.replaceChildren(...parts);
}

/** What the plan did to the commission, in words. */
function factorText(pay, model, t) {
  const { below_plan: rule, monthly_target: target } = model.plan;
  if (target === null || pay.attainment === null) return t.no_plan;
  const share = formatPercent(pay.attainment);
  if (rule === "none") return fill(t.factor_none, { share });
  return fill(t.factor_rule, { share, factor: formatPlain(pay.factor) });
}
