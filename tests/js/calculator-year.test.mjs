// The calculator's year helpers: deals read from pasted lines or a CSV file, and the
// plan-design warnings: `node --test tests/js/`. Expected values are worked out by hand.
import assert from "node:assert/strict";
import { test } from "node:test";

import { monthOf, readDealLines } from "../../docs/assets/javascripts/calculator-import.js";
import { planWarnings } from "../../docs/assets/javascripts/calculator-plan.js";

const NBSP = "\u00a0";

test("a date puts a deal in its month; without one the deal has no month", () => {
  assert.equal(monthOf("2026-03-15"), 3);
  assert.equal(monthOf("2026-03-15 10:30"), 3);
  assert.equal(monthOf("2026/12/01"), 12);
  assert.equal(monthOf("2026-07"), 7);
  assert.equal(monthOf("15.3.2026"), 3);
  assert.equal(monthOf("1/11/2026"), 11);
  assert.equal(monthOf("125 000"), null);
  assert.equal(monthOf("2026-13-01"), false); // a date that cannot be
  assert.equal(monthOf("2026-02-32"), false);
});

test("pasted lines: a header skipped, Swedish amounts, margins, minus for a cancelled deal", () => {
  const text = [
    "datum;belopp;marginal",
    "2026-01-10;125 000 kr;31 250",
    "2026-03-02;\"1 250 000,50\";300 000",
    "",
    "2026-03-20;−40 000;10 000",
    "2026-02-30;nej;1",
    "80 000\t20 000",
  ].join("\r\n");
  assert.deepEqual(readDealLines(text), {
    deals: [
      { month: 1, amount: "125 000 kr", margin: "31 250", clawback: false },
      { month: 3, amount: "1 250 000,50", margin: "300 000", clawback: false },
      { month: 3, amount: "40 000", margin: "10 000", clawback: true },
      { month: null, amount: "80 000", margin: "20 000", clawback: false },
    ],
    bad: [6], // line 6 of the paste, the blank line counted
  });
  // a first line with numbers is a deal, not a header; a line with no amount is not a deal
  assert.deepEqual(readDealLines("50 000\nsumma").bad, [2]);
  assert.equal(readDealLines("50 000\nsumma").deals.length, 1);
  // a lone word first is a line that does not read, not a header
  assert.deepEqual(readDealLines("belopp\n50 000"), {
    deals: [{ month: null, amount: "50 000", margin: "", clawback: false }],
    bad: [1],
  });
  assert.equal(readDealLines(`2026-05-05;12${NBSP}500`).deals[0].month, 5);
});

// One band of 10 % of the deal's amount, a plan of 100 000 kr a month.
const MODEL = {
  currency: "SEK",
  base_salary: { min: 30000, typical: 30000, max: 30000 },
  commission: { basis: "revenue", band_mode: "per_deal", bands: [{ up_to: null, rate: 0.1 }], cap: null },
  plan: { monthly_target: 100000, below_plan: "none", threshold: null, accelerators: [] },
};
const TEXTS = {
  cap_before_accelerator: "cap {cap} before {share}",
  guarantee_above_plan: "guarantee {amount} above {variable}",
};

test("a cap reached before the first accelerator is named", () => {
  const accelerated = (cap) => ({
    ...MODEL,
    commission: { ...MODEL.commission, cap },
    plan: { ...MODEL.plan, accelerators: [{ above: 1.5, multiplier: 2 }] },
  });
  const deals = [{ amount: 60000 }, { amount: 40000 }];
  // at the threshold, 150 % of 100 000 = 150 000 kr of sales, 10 % earns 15 000 kr
  assert.deepEqual(planWarnings(accelerated(20000), deals, TEXTS), []);
  assert.deepEqual(planWarnings(accelerated(15000), deals, TEXTS), [`cap 15${NBSP}000${NBSP}kr before 150${NBSP}%`]);
  assert.deepEqual(planWarnings(accelerated(12000), [], TEXTS).length, 1); // no deals: one deal of the sales
  // without accelerators, or without a cap, nothing to say
  assert.deepEqual(planWarnings({ ...MODEL, commission: { ...MODEL.commission, cap: 1000 } }, deals, TEXTS), []);
});

test("a guarantee above the variable pay at 100 % of plan is named, on the reader's mix of deals", () => {
  // 5 % on deals up to 20 000 kr, 10 % above; the mix 4 000 + 16 000 scaled to the plan's
  // 100 000 kr is 20 000 (5 %: 1 000 kr) + 80 000 (10 %: 8 000 kr) = 9 000 kr
  const model = {
    ...MODEL,
    commission: { ...MODEL.commission, bands: [{ up_to: 20000, rate: 0.05 }, { up_to: null, rate: 0.1 }] },
    guarantee: { months: 3, monthly_amount: 9500, recoverable: false },
  };
  const deals = [{ amount: 4000 }, { amount: 16000 }, { amount: 5000, clawback: true }];
  assert.deepEqual(planWarnings(model, deals, TEXTS), [`guarantee 9${NBSP}500${NBSP}kr above 9${NBSP}000${NBSP}kr`]);
  const lower = { ...model, guarantee: { ...model.guarantee, monthly_amount: 9000 } };
  assert.deepEqual(planWarnings(lower, deals, TEXTS), []); // equal is not above
  // on margin without deals there is no mix to scale: nothing is made up
  const onMargin = { ...model, commission: { ...model.commission, basis: "margin" } };
  assert.deepEqual(planWarnings(onMargin, [], TEXTS), []);
});
