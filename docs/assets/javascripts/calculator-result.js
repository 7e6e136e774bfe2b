// The calculator's answer as a salesperson reads it: the month's total, base and variable
// pay, then every deal's basis, rate and commission, the plan factor, the cap and the
// engine's warnings. A function of the pay engine's result that draws into its container.

import { button, element, headerCell } from "./dom.js";
import { fill, formatMoney, formatPercent, formatPlain } from "./numbers.js";

const BREAKDOWN_ROWS = 100; // more deal rows are drawn on request: each keystroke stays quick

/** Draw `pay` (computePay's result for `model`) into `container`. */
export function drawResult(container, { pay, model, texts: t, currency, allRows }) {
  const money = (value) => formatMoney(value, currency);
  const summary = element("dl", "rg-summary");
  const add = (term, value, className = "") => summary.append(element("dt", "", term), element("dd", className, value));
  add(t.total, money(pay.total), "rg-summary__total");
  add(t.base, money(pay.base));
  add(t.variable, money(pay.variable));
  add(t.effective_rate, formatPercent(pay.effective_rate));
  add(t.plan_factor, factorText(pay, model, t));

  const table = element("table", "rg-breakdown");
  table.createCaption().textContent = t.breakdown;
  const margin = model.commission.basis === "margin"; // otherwise the basis is the amount
  const columns = [t.columns.deal, t.columns.amount, t.columns.basis, t.columns.rate, t.columns.commission];
  if (!margin) columns.splice(2, 1);
  const head = table.createTHead().insertRow();
  for (const label of columns) head.append(headerCell(label, "col"));
  const body = table.createTBody();
  const shown = allRows ? pay.deals : pay.deals.slice(0, BREAKDOWN_ROWS);
  const cells = (values) => (margin ? values : values.filter((_, index) => index !== 2));
  shown.forEach((deal, index) => {
    const row = body.insertRow();
    const values = [String(index + 1), money(deal.amount), money(deal.basis), formatPercent(deal.rate), money(deal.commission)];
    for (const value of cells(values)) row.insertCell().textContent = value;
  });
  if (shown.length < pay.deals.length) {
    const more = body.insertRow().insertCell();
    more.colSpan = columns.length;
    const all = button(fill(t.show_all, { n: pay.deals.length }));
    all.dataset.action = "all-rows"; // the calculator's click handler draws every row
    more.append(all);
  }
  const foot = table.createTFoot();
  const sumRow = (label, value) => {
    const row = foot.insertRow();
    row.append(headerCell(label, "row"));
    row.firstChild.colSpan = columns.length - 1;
    row.insertCell().textContent = value;
  };
  sumRow(t.gross, money(pay.gross_variable));
  sumRow(t.plan_factor, formatPlain(pay.factor));
  const cap = model.commission.cap;
  if (cap !== null && pay.gross_variable * pay.factor > cap) sumRow(t.cap_applied, money(cap));
  sumRow(t.variable, money(pay.variable));
  sumRow(t.base, money(pay.base));
  sumRow(t.total, money(pay.total));
  const scroller = element("div", "rg-scroll");
  scroller.append(table);

  const parts = [summary, scroller];
  if (!pay.deals.length) parts.splice(1, 0, element("p", "", t.no_deals));
  for (const warning of pay.warnings) parts.push(element("p", "rg-warning", `${t.warning} ${warning}.`));
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
