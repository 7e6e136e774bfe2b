// The shared pay vectors against the JavaScript engine: `node --test tests/js/`.
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { test } from "node:test";

import {
  computePay,
  LIMITS,
  marginAboveAmount,
  outOfBounds,
  unorderedBands,
} from "../../docs/assets/javascripts/pay.js";

const { cases } = JSON.parse(readFileSync(new URL("../vectors/pay.json", import.meta.url), "utf8"));
const MONEY = ["base", "gross_variable", "variable", "total"];
const RATIOS = ["factor", "effective_rate"];

function assertClose(actual, expected, tolerance, what) {
  assert.ok(Number.isFinite(actual), `${what} is not a finite number: ${actual}`);
  assert.ok(Math.abs(actual - expected) <= tolerance, `${what}: ${actual} ≠ ${expected}`);
}

test("there are enough vectors", () => {
  assert.ok(cases.filter((c) => "expected" in c).length >= 40);
});

for (const vector of cases) {
  test(vector.name, () => {
    if ("error" in vector) {
      assert.throws(
        () => computePay(vector.model, vector.scenario),
        (error) => error instanceof Error && error.message.startsWith(`${vector.error}:`),
      );
      return;
    }
    const result = computePay(vector.model, vector.scenario);
    const expected = vector.expected;
    assert.deepEqual(Object.keys(result).sort(), Object.keys(expected).sort());
    for (const key of MONEY) assertClose(result[key], expected[key], 0.01, key);
    for (const key of RATIOS) assertClose(result[key], expected[key], 1e-9, key);
    if (expected.attainment === null) assert.equal(result.attainment, null);
    else assertClose(result.attainment, expected.attainment, 1e-9, "attainment");
    assert.equal(result.deals.length, expected.deals.length);
    result.deals.forEach((got, index) => {
      const want = expected.deals[index];
      for (const key of ["amount", "basis", "commission"]) assertClose(got[key], want[key], 0.01, key);
      assertClose(got.rate, want.rate, 1e-9, "rate");
    });
    assert.deepEqual(result.warnings, expected.warnings);
    assert.ok(result.variable >= 0 && result.total >= result.base && result.base >= 0);
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
