// Comparing two roles item by item: the sentences on the stricter requirement and on pay,
// and the terms both roles have or only one of them has. The twin of
// hooks/rollguiden/engines/compare.py, held to it by tests/vectors/compare.json; a role
// comes as the picker's data gives it. No DOM access.

import { fill, formatMoney } from "./numbers.js";

/**
 * Two roles side by side. `terms`: each set dimension's vocabulary in its order, as
 * {id, label}; `texts`: the labels' compare group. Returns {requirements: [education,
 * experience], sets: {dimension: {shared, only_a, only_b}}, pay, pay_example, cost}.
 */
export function compareRoles(a, b, terms, texts, currency) {
  const verdict = (valueA, valueB) => {
    if (valueA === valueB) return texts.equal;
    return fill(texts.stricter, { role: (valueA > valueB ? a : b).name });
  };
  const years = (role) => (role.experience === 0 ? texts.no_experience : fill(texts.experience, { years: role.experience }));
  const education = fill(texts.education_line, { a: a.education.label, b: b.education.label });
  const experience = fill(texts.experience_line, { a: years(a), b: years(b) });
  const sets = {};
  for (const [dimension, vocabulary] of Object.entries(terms)) {
    const inA = new Set(a.sets[dimension]);
    const inB = new Set(b.sets[dimension]);
    const ordered = vocabulary.map((term) => term.id);
    sets[dimension] = {
      shared: ordered.filter((id) => inA.has(id) && inB.has(id)),
      only_a: ordered.filter((id) => inA.has(id) && !inB.has(id)),
      only_b: ordered.filter((id) => inB.has(id) && !inA.has(id)),
    };
  }
  let pay;
  let payExample = false; // no figures shown: none to mark
  if (a.typical_pay == null || b.typical_pay == null) {
    pay = texts.pay_missing;
  } else {
    const money = (value) => formatMoney(value, currency);
    const line = fill(texts.pay_line, { a: money(a.typical_pay), b: money(b.typical_pay) });
    const difference = a.typical_pay - b.typical_pay;
    if (difference === 0) {
      pay = `${line} ${texts.pay_same}`;
    } else {
      const more = (difference > 0 ? a : b).name;
      pay = `${line} ${fill(texts.pay_more, { role: more, difference: money(Math.abs(difference)) })}`;
    }
    payExample = a.pay_example || b.pay_example;
  }
  let cost = null; // the employer's cost of a year, where both roles have the figure
  if (a.employer_cost != null && b.employer_cost != null) {
    const money = (value) => formatMoney(value, currency);
    cost = fill(texts.cost_line, { a: money(a.employer_cost), b: money(b.employer_cost) });
    const difference = a.employer_cost - b.employer_cost;
    if (difference === 0) cost = `${cost} ${texts.cost_same}`;
    else {
      const more = (difference > 0 ? a : b).name;
      cost = `${cost} ${fill(texts.cost_more, { role: more, difference: money(Math.abs(difference)) })}`;
    }
  }
  return {
    requirements: [
      `${education} ${verdict(a.education.rank, b.education.rank)}`,
      `${experience} ${verdict(a.experience, b.experience)}`,
    ],
    sets,
    pay,
    pay_example: payExample,
    cost,
  };
}
