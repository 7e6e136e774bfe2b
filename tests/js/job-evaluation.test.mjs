// The shared job-evaluation vectors against the JavaScript engine: `node --test tests/js/`.
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { test } from "node:test";

import { evaluateRoles } from "../../docs/assets/javascripts/job-evaluation.js";

const vectors = JSON.parse(readFileSync(new URL("../vectors/job_evaluation.json", import.meta.url), "utf8"));
const planOf = (vector) => (typeof vector.plan === "string" ? vectors.plans[vector.plan] : vector.plan);

for (const vector of vectors.cases) {
  test(vector.name, () => {
    if ("error" in vector) {
      assert.throws(
        () => evaluateRoles(planOf(vector), vector.roles, vector.options),
        (error) => error.message.startsWith(`${vector.error}:`) || assert.fail(error.message),
      );
    } else {
      assert.deepEqual(evaluateRoles(planOf(vector), vector.roles, vector.options), vector.expected);
    }
  });
}
