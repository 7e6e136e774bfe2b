// The shared pay vectors against the JavaScript engine: `node --test tests/js/`.
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { test } from "node:test";

import { computePay } from "../../docs/assets/javascripts/pay.js";

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
