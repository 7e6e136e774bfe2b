// The shared pay vectors against the JavaScript engine: `node --test tests/js/`.
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { test } from "node:test";

import {
  computePay,
  computeYear,
  LIMITS,
  marginAboveAmount,
  outOfBounds,
  unorderedBands,
} from "../../docs/assets/javascripts/pay.js";

const { cases } = JSON.parse(readFileSync(new URL("../vectors/pay.json", import.meta.url), "utf8"));
const MONEY = ["base", "gross_variable", "variable", "total", "clawback", "carry_out"];
const RATIOS = ["factor", "effective_rate"];
const YEAR_MONEY = ["paid_variable", "guarantee_topup", "recovered", "pension"];
const TOTALS = [
  "base", "variable", "guarantee_topup", "recovered", "paid_variable", "holiday_deduction",
  "holiday_pay", "gross", "pension", "pension_tax", "employer_contributions", "employer_cost",
];

function assertClose(actual, expected, tolerance, what) {
  assert.ok(Number.isFinite(actual), `${what} is not a finite number: ${actual}`);
  assert.ok(Math.abs(actual - expected) <= tolerance, `${what}: ${actual} ≠ ${expected}`);
}

function run(vector) {
  return "year" in vector ? computeYear(vector.model, vector.year) : computePay(vector.model, vector.scenario);
}

function assertMonth(result, expected) {
  assert.deepEqual(Object.keys(result).sort(), Object.keys(expected).sort());
  for (const key of [...MONEY, ...YEAR_MONEY.filter((name) => name in expected)]) {
    assertClose(result[key], expected[key], 0.01, key);
  }
  for (const key of RATIOS) assertClose(result[key], expected[key], 1e-9, key);
  if (expected.attainment === null) assert.equal(result.attainment, null);
  else assertClose(result.attainment, expected.attainment, 1e-9, "attainment");
  assert.equal(result.deals.length, expected.deals.length);
  result.deals.forEach((got, index) => {
    const want = expected.deals[index];
    for (const key of ["amount", "basis", "commission"]) assertClose(got[key], want[key], 0.01, key);
    for (const key of ["rate", "multiplier"]) assertClose(got[key], want[key], 1e-9, key);
    assert.equal(got.clawback, want.clawback);
  });
  assert.deepEqual(result.warnings, expected.warnings);
  assert.ok(result.variable >= 0 && result.total >= result.base && result.base >= 0);
}

test("there are enough vectors", () => {
  assert.ok(cases.filter((c) => "expected" in c).length >= 40);
  assert.ok(cases.filter((c) => "expected" in c && "year" in c).length >= 15);
});

for (const vector of cases) {
  test(vector.name, () => {
    if ("error" in vector) {
      assert.throws(
        () => run(vector),
        (error) => error instanceof Error && error.message.startsWith(`${vector.error}:`),
      );
      return;
    }
    const result = run(vector);
    const expected = vector.expected;
    if (!("year" in vector)) {
      assertMonth(result, expected);
      return;
    }
    assert.deepEqual(Object.keys(result).sort(), ["months", "totals"]);
    assert.equal(result.months.length, expected.months.length);
    result.months.forEach((got, index) => assertMonth(got, expected.months[index]));
    assert.deepEqual(Object.keys(result.totals).sort(), Object.keys(expected.totals).sort());
    for (const key of TOTALS) assertClose(result.totals[key], expected.totals[key], 0.01, key);
    if (expected.totals.attainment === null) assert.equal(result.totals.attainment, null);
    else assertClose(result.totals.attainment, expected.totals.attainment, 1e-9, "attainment");
    assertClose(result.totals.variable_share, expected.totals.variable_share, 1e-9, "variable_share");
    assert.equal(result.totals.holiday_rule, expected.totals.holiday_rule);
  });
}

test("the bounds the form checks as the reader types are the engine's", () => {
  assert.equal(outOfBounds(-1, LIMITS.money), "negative");
  assert.equal(outOfBounds(0, LIMITS.money), null);
  assert.equal(outOfBounds(10_000_000_001, LIMITS.money), "too_large");
  assert.equal(outOfBounds(0, LIMITS.positiveMoney), "not_above"); // a plan of 0 kr
  assert.equal(outOfBounds(1.01, LIMITS.rate), "too_large"); // 101 %
  assert.equal(outOfBounds(0, LIMITS.threshold), "not_above");
  assert.equal(outOfBounds(1, LIMITS.threshold), null);
  // the second and third bands do not rise; the open last band has no bound to compare
  const bands = [{ up_to: 100 }, { up_to: 100 }, { up_to: 50 }, { up_to: null }];
  assert.deepEqual(unorderedBands(bands), [1, 2]);
  assert.deepEqual(unorderedBands([{ up_to: null }]), []);
  assert.equal(marginAboveAmount(100, 101), true);
  assert.equal(marginAboveAmount(100, 100), false);
});
