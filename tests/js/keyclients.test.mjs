// The shared key-client vectors against the JavaScript engine: `node --test tests/js/`.
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { test } from "node:test";

import { analyseClients } from "../../docs/assets/javascripts/keyclients.js";

const { cases } = JSON.parse(readFileSync(new URL("../vectors/key_clients.json", import.meta.url), "utf8"));
const SHARES = ["income_share", "profit_share", "cumulative_share"];
const TOTALS = ["key_income_share", "key_profit_share", "hhi", "top_share", "total_income", "total_profit"];

/** Equal within 1e-9 of the larger (an HHI is in the thousands), or both null. */
function assertSame(actual, expected, what) {
  if (expected === null || actual === null) {
    assert.equal(actual, expected, what);
    return;
  }
  assert.ok(Number.isFinite(actual), `${what} is not a finite number: ${actual}`);
  assert.ok(Math.abs(actual - expected) <= 1e-9 * Math.max(1, Math.abs(expected)), `${what}: ${actual} ≠ ${expected}`);
}

/** The case's rows; a generated case's by its rule: "Kund i" brings i kr. */
function rowsOf(vector) {
  if (!vector.generate) return vector.rows;
  return Array.from({ length: vector.generate.count }, (_, index) => ({ name: `Kund ${index + 1}`, income: index + 1 }));
}

function assertClient(got, want) {
  assert.deepEqual(Object.keys(got).sort(), Object.keys(want).sort());
  assert.deepEqual([got.name, got.income, got.class, got.key], [want.name, want.income, want.class, want.key]);
  assertSame(got.profit, want.profit, `${want.name} profit`);
  for (const key of SHARES) assertSame(got[key], want[key], `${want.name} ${key}`);
}

function assertWarnings(got, want) {
  assert.deepEqual(got.map((warning) => warning.code), want.map((warning) => warning.code));
  got.forEach((warning, index) => {
    const expected = want[index];
    assert.deepEqual(Object.keys(warning).sort(), Object.keys(expected).sort());
    assert.equal(warning.name, expected.name);
    assert.equal(warning.measure, expected.measure);
    if ("share" in expected) assertSame(warning.share, expected.share, `${expected.code} share`);
  });
}

test("there are enough vectors", () => {
  assert.ok(cases.filter((c) => !("error" in c)).length >= 15);
  assert.ok(cases.filter((c) => "error" in c).length >= 10);
});

for (const vector of cases) {
  test(vector.name, () => {
    if ("error" in vector) {
      assert.throws(
        () => analyseClients(vector.rows, vector.options),
        (error) => error.message.startsWith(`${vector.error}:`) || assert.fail(error.message),
      );
      return;
    }
    const result = analyseClients(rowsOf(vector), vector.options);
    const want = vector.expected ?? vector.expected_summary;
    assert.deepEqual([result.measure, result.key_count], [want.measure, want.key_count]);
    for (const key of TOTALS) assertSame(result[key], want[key], key);
    assertWarnings(result.warnings, want.warnings);
    if (vector.expected) {
      assert.equal(result.clients.length, want.clients.length);
      result.clients.forEach((got, index) => assertClient(got, want.clients[index]));
      return;
    }
    const counts = { A: 0, B: 0, C: 0 };
    for (const client of result.clients) counts[client.class] += 1;
    assert.deepEqual(counts, want.class_counts);
    for (const [position, expected] of Object.entries(want.clients_at)) {
      assertClient(result.clients[Number(position) - 1], expected);
    }
  });
}
