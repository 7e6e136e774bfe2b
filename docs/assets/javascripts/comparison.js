// Comparing two roles item by item: the sentences on the stricter requirement and on pay,
// and the terms both roles have or only one of them has. The twin of
// hooks/rollguiden/engines/compare.py, held to it by tests/vectors/compare.json; a role
// comes as the picker's data gives it. No DOM access.

import { fill, formatMoney, formatPercent } from "./numbers.js";

/**
 * Two roles side by side. `terms`: each set dimension's vocabulary in its order, as
 * {id, label}; `texts`: the labels' compare group. Returns {requirements: [education,
 * experience], sets: {dimension: {shared, only_a, only_b}}, pay, pay_example, cost}.
 */
export function compareRoles(a, b, terms, texts, currency) {
  // both roles' requirement and which asks more; one requirement said once when both ask
  // the same ("Utbildning: högskoleexamen för båda.")
  const requirement = (line, same, shownA, shownB, rankA, rankB) => {
    if (rankA === rankB) return fill(same, { a: shownA });
    const stricter = fill(texts.stricter, { role: (rankA > rankB ? a : b).name });
    return `${fill(line, { a: shownA, b: shownB })} ${stricter}`;
  };
  const years = (role) => (role.experience === 0 ? texts.no_experience : fill(texts.experience, { years: role.experience }));
  const education = requirement(
    texts.education_line, texts.education_same, a.education.label, b.education.label, a.education.rank, b.education.rank,
  );
  const experience = requirement(
    texts.experience_line, texts.experience_same, years(a), years(b), a.experience, b.experience,
  );
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
  // both roles' figure in a sentence and which gives more (null: a role lacks it)
  const amounts = (key, [line, same, more]) => {
    if (a[key] == null || b[key] == null) return null;
    const money = (value) => formatMoney(value, currency);
    const both = fill(line, { a: money(a[key]), b: money(b[key]) });
    const difference = a[key] - b[key];
    if (difference === 0) return `${both} ${same}`;
    const role = (difference > 0 ? a : b).name;
    return `${both} ${fill(more, { role, difference: money(Math.abs(difference)) })}`;
  };
  const pay = amounts("typical_pay", [texts.pay_line, texts.pay_same, texts.pay_more]);
  const payExample = pay !== null && (a.pay_example || b.pay_example); // no figures: no mark
  let cost = amounts("employer_cost", [texts.cost_line, texts.cost_same, texts.cost_more]);
  if (cost !== null && a.holiday != null && b.holiday != null) cost = `${cost} ${holidaySentence(a, b, texts)}`;
  return {
    requirements: [education, experience],
    sets,
    pay: pay ?? texts.pay_missing,
    pay_example: payExample,
    cost,
  };
}

/** Which holiday rule each role's year follows, and why: its variable pay's share of the
 * pay against the organisation's threshold. */
function holidaySentence(a, b, texts) {
  const [ruleA, ruleB] = [a.holiday.rule, b.holiday.rule];
  const shares = {
    a: formatPercent(a.holiday.share),
    b: formatPercent(b.holiday.share),
    threshold: formatPercent(a.holiday.threshold),
  };
  if (ruleA === ruleB) return fill(texts.holiday_same[ruleA], shares);
  return fill(texts.holiday_differ, {
    ...shares,
    rule_a: texts.holiday_rules[ruleA],
    rule_b: texts.holiday_rules[ruleB],
    role_a: a.name,
    role_b: b.name,
  });
}
