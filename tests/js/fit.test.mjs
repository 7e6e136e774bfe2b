// The fit vectors against the JavaScript engine: `node --test tests/js/`.
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { test } from "node:test";

import { computeFit } from "../../docs/assets/javascripts/fit.js";

const { cases } = JSON.parse(readFileSync(new URL("../vectors/fit.json", import.meta.url), "utf8"));

for (const vector of cases) {
  test(vector.name, () => {
    if ("error" in vector) {
      assert.throws(
        () => computeFit(vector.roles, vector.profile, vector.native_language),
        (error) => error.message.startsWith(`${vector.error}:`),
      );
      return;
    }
    const result = computeFit(vector.roles, vector.profile, vector.native_language);
    assert.deepEqual(
      result.map((item) => item.id),
      vector.expected.map((item) => item.id),
    );
    result.forEach((got, index) => {
      const want = vector.expected[index];
      assert.ok(Math.abs(got.coverage - want.coverage) < 1e-9);
      assert.deepEqual({ ...got, coverage: 0 }, { ...want, coverage: 0 });
    });
  });
}
