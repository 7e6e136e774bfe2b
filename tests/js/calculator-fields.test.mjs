// The calculator's form values and its address: `node --test tests/js/`.
import assert from "node:assert/strict";
import { test } from "node:test";

import {
  addressFromFields,
  dealFields,
  fieldsFromAddress,
  fieldsFromModel,
} from "../../docs/assets/javascripts/calculator-fields.js";

const NBSP = "\u00a0";
// The parameter names the build embeds (hooks/rollguiden/pages/paths.py, QUERY), in address order
const NAMES = {
  role: "roll",
  base: "grundlon",
  basis: "underlag",
  mode: "lage",
  bands: "band",
  cap: "tak",
  target: "plan",
  rule: "regel",
  threshold: "troskel",
  deals: "affarer",
};

test("a role's model fills the form as a reader would type it", () => {
  const model = {
    base_salary: { typical: 38000 },
    commission: {
      basis: "revenue",
      band_mode: "per_deal",
      bands: [{ up_to: 50000, rate: 0.1 }, { up_to: null, rate: 0.075 }],
      cap: null,
    },
    plan: { monthly_target: 300000, below_plan: "proportional", threshold: null },
  };
  assert.deepEqual(fieldsFromModel(model), {
    base: `38${NBSP}000`,
    basis: "revenue",
    mode: "per_deal",
    bands: [[`50${NBSP}000`, "10"], ["", "7,5"]],
    cap: "",
    target: `300${NBSP}000`,
    rule: "proportional",
    threshold: "",
  });
  // a model without a plan: no target, no rule
  const planless = fieldsFromModel({ ...model, plan: undefined });
  assert.deepEqual([planless.target, planless.rule], ["", "none"]);
  assert.deepEqual(dealFields([{ amount: 250000, margin: 62500 }, { amount: 1200 }]), [
    [`250${NBSP}000`, `62${NBSP}500`],
    [`1${NBSP}200`, ""],
  ]);
});

test("an address names only some fields, and misspelt choices fall back", () => {
  const params = new URLSearchParams("roll=kam&underlag=vinst&lage=marginal&band=:10;50 000:15&tak=");
  assert.deepEqual(fieldsFromAddress(params, NAMES), {
    role: "kam",
    basis: "revenue",
    mode: "marginal",
    bands: [["", "10"], ["50 000", "15"]],
    cap: "",
  });
  // "band=" is no rows at all; ";" is two empty rows to fill in
  assert.deepEqual(fieldsFromAddress(new URLSearchParams("band=&affarer=;"), NAMES), {
    bands: [],
    deals: [["", ""], ["", ""]],
  });
});

test("the address carries margins only when pay is on margin", () => {
  const fields = {
    role: "egen",
    base: "30 000",
    basis: "revenue",
    mode: "per_deal",
    bands: [["", "5"]],
    cap: "",
    target: "",
    rule: "none",
    threshold: "",
    deals: [["100 000", "20 000"], ["50 000", ""]],
  };
  assert.equal(
    addressFromFields(fields, NAMES).toString(),
    "roll=egen&grundlon=30+000&underlag=revenue&lage=per_deal&band=%3A5&tak=&plan=&regel=none&troskel=" +
      "&affarer=100+000%3B50+000",
  );
  const margin = addressFromFields({ ...fields, basis: "margin" }, NAMES);
  assert.equal(margin.get("affarer"), "100 000:20 000;50 000:");
  // what is written reads back the same
  assert.deepEqual(fieldsFromAddress(margin, NAMES), { ...fields, basis: "margin" });
});
