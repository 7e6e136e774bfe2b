// The calculator's form values and its address: `node --test tests/js/`.
import assert from "node:assert/strict";
import { test } from "node:test";

import {
  addressFromFields,
  dealFields,
  fieldsFromAddress,
  fieldsFromModel,
  queryText,
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
  accelerators: "acceleratorer",
  guarantee_amount: "garanti",
  guarantee_months: "garantimanader",
  guarantee_recoverable: "aterbetalas",
  view: "vy",
  month: "manad",
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
    accelerators: [],
    guarantee_amount: "",
    guarantee_months: "",
    guarantee_recoverable: "",
  });
  // accelerators in per cent of the plan, a guarantee as its three fields
  const accelerated = fieldsFromModel({
    ...model,
    plan: { ...model.plan, accelerators: [{ above: 1, multiplier: 1.5 }, { above: 1.25, multiplier: 2 }] },
    guarantee: { months: 3, monthly_amount: 20000, recoverable: true },
  });
  assert.deepEqual(accelerated.accelerators, [["100", "1,5"], ["125", "2"]]);
  assert.deepEqual(
    [accelerated.guarantee_amount, accelerated.guarantee_months, accelerated.guarantee_recoverable],
    [`20${NBSP}000`, "3", "1"],
  );
  // a model without a plan: no target, no rule
  const planless = fieldsFromModel({ ...model, plan: undefined });
  assert.deepEqual([planless.target, planless.rule], ["", "none"]);
  assert.deepEqual(dealFields([{ amount: 250000, margin: 62500 }, { amount: 1200, clawback: true }]), [
    [`250${NBSP}000`, `62${NBSP}500`, ""],
    [`1${NBSP}200`, "", "1"],
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
  // "band=" is no rows at all; ";" is two empty rows to fill in; deals are a list of months
  assert.deepEqual(fieldsFromAddress(new URLSearchParams("band=&affarer=;"), NAMES), {
    bands: [],
    deals: [[["", "", ""], ["", "", ""]]],
  });
  // a year: months between "_", a cancelled deal with a minus sign, an empty month
  assert.deepEqual(fieldsFromAddress(new URLSearchParams("vy=ar&manad=2&affarer=100:20;-40:8__5"), NAMES), {
    view: "ar",
    month: "2",
    deals: [[["100", "20", ""], ["40", "8", "1"]], [], [["5", "", ""]]],
  });
  assert.equal(fieldsFromAddress(new URLSearchParams("vy=vecka"), NAMES).view, "manad");
  // a role's id stays as written, digits or not
  assert.equal(fieldsFromAddress(new URLSearchParams("roll=2026"), NAMES).role, "2026");
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
    accelerators: [],
    guarantee_amount: "",
    guarantee_months: "",
    guarantee_recoverable: "",
    view: "manad",
    month: "1",
    deals: [[["100 000", "20 000", ""], ["50 000", "", "1"]]],
  };
  // the month view leaves out the view and the month, as links did before the year
  assert.equal(
    addressFromFields(fields, NAMES).toString(),
    "roll=egen&grundlon=30+000&underlag=revenue&lage=per_deal&band=%3A5&tak=&plan=&regel=none&troskel=" +
      "&acceleratorer=&garanti=&garantimanader=&aterbetalas=&affarer=100+000%3B-50+000",
  );
  const margin = addressFromFields({ ...fields, basis: "margin" }, NAMES);
  assert.equal(margin.get("affarer"), "100 000:20 000;-50 000:");
  // what is written reads back the same
  const { view, month, ...monthFields } = fields;
  assert.deepEqual(fieldsFromAddress(margin, NAMES), { ...monthFields, basis: "margin" });
});

test("the month view writes the month shown; the year view every month", () => {
  const months = [[["1", "", ""]], [["2", "", ""], ["3", "", "1"]], []];
  const fields = { view: "manad", month: "2", basis: "revenue", deals: months };
  assert.equal(addressFromFields(fields, NAMES).get("affarer"), "2;-3");
  const year = addressFromFields({ ...fields, view: "ar" }, NAMES);
  assert.equal(year.get("affarer"), "1_2;-3_");
  assert.deepEqual([year.get("vy"), year.get("manad")], ["ar", "2"]);
  assert.deepEqual(fieldsFromAddress(year, NAMES).deals, months);
});

test("the query drops the numbers' spaces and keeps the rows' separators readable", () => {
  const params = new URLSearchParams();
  params.set("grundlon", `38${NBSP}000`);
  params.set("band", "50 000:10;:7,5");
  params.set("affarer", "1 000:200;-300:50_");
  assert.equal(queryText(params), "grundlon=38000&band=50000:10;:7,5&affarer=1000:200;-300:50_");
  // and a browser reads it back as written
  assert.equal(new URLSearchParams(queryText(params)).get("band"), "50000:10;:7,5");
  // the form shows the numbers as a Swede writes them again
  assert.deepEqual(fieldsFromAddress(new URLSearchParams(queryText(params)), NAMES), {
    base: `38${NBSP}000`,
    bands: [[`50${NBSP}000`, "10"], ["", "7,5"]],
    deals: [[[`1${NBSP}000`, "200", ""], ["300", "50", "1"]], []],
  });
});
