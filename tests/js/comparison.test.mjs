// The comparison vectors against the JavaScript engine: `node --test tests/js/`.
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { test } from "node:test";

import { compareRoles } from "../../docs/assets/javascripts/comparison.js";

const vectors = JSON.parse(readFileSync(new URL("../vectors/compare.json", import.meta.url), "utf8"));

for (const vector of vectors.cases) {
  test(vector.name, () => {
    const texts = { ...vectors.texts, ...vector.texts };
    assert.deepEqual(compareRoles(vector.a, vector.b, vectors.terms, texts, vectors.currency), vector.expected);
  });
}
