// Job evaluation (arbetsvärdering): each role's points on a factor plan of the law's four
// criteria, the roles ranked, grouped as of equal value within a tolerance, and the pay
// differences a lönekartläggning must analyse, flagged. The twin of
// hooks/rollguiden/engines/job_evaluation.py; tests/vectors/job_evaluation.json holds both
// to one definition (README.md, "Arbetsvärdering"). No DOM access.

export const CRITERIA = ["kunskaper", "ansvar", "anstrangning", "arbetsforhallanden"];
const DOMINANCE = ["women", "men"];
export const DEFAULT_TOLERANCE = 50;
const WEIGHT_SUM_TOLERANCE = 1e-9;
// points within this of a half round up; both engines add it, in the same order
const HALF_TOLERANCE = 1e-9;
const SUB_CRITERION_FIELDS = ["id", "criterion", "weight", "max_level"];
const ROLE_FIELDS = ["id", "levels", "dominance", "typical_pay"];
const OPTION_FIELDS = ["tolerance"];

/**
 * Points, ranking, equal-value groups and flags; throws an Error whose message starts with
 * the field that is wrong ("plan[2].weight: …"), as job_evaluation.py words it.
 * @param {{id: string, criterion: string, weight: number, max_level: number}[]} plan
 * @param {{id: string, levels: Object<string, number>, dominance: ?string, typical_pay: ?number}[]} roles
 * @param {{tolerance?: number}} [options]
 * @returns {{ranking: {id: string, points: number}[], unscored: string[], groups: string[][],
 *   flags: {kind: "within"|"across", women: string, other: string}[]}}
 */
export function evaluateRoles(plan, roles, options = {}) {
  const subCriteria = parsePlan(plan);
  const parsed = parseRoles(roles, subCriteria);
  const tolerance = parseOptions(options ?? {});

  const scored = [];
  const unscored = [];
  for (const role of parsed) {
    if (subCriteria.every((sub) => Object.hasOwn(role.levels, sub.id))) scored.push({ ...role, points: points(subCriteria, role.levels) });
    else unscored.push(role.id);
  }
  // highest first; the sort is stable, so ties keep the input order
  const ranking = [...scored].sort((a, b) => b.points - a.points);

  const groups = [];
  for (const role of ranking) {
    // a group is measured from its first role, so groups never chain
    const last = groups.at(-1);
    if (last && role.points >= last[0].points - tolerance) last.push(role);
    else groups.push([role]);
  }
  const groupOf = new Map();
  groups.forEach((group, index) => group.forEach((role) => groupOf.set(role.id, index)));

  const flags = [];
  for (const women of ranking) {
    if (women.dominance !== "women" || women.typical_pay === null) continue;
    for (const other of ranking) {
      if (other.dominance === "women" || other.typical_pay === null) continue;
      if (women.typical_pay >= other.typical_pay) continue;
      if (groupOf.get(other.id) === groupOf.get(women.id)) flags.push({ kind: "within", women: women.id, other: other.id });
      else if (groupOf.get(other.id) > groupOf.get(women.id)) flags.push({ kind: "across", women: women.id, other: other.id });
    }
  }
  return {
    ranking: ranking.map((role) => ({ id: role.id, points: role.points })),
    unscored,
    groups: groups.map((group) => group.map((role) => role.id)),
    flags,
  };
}

/** Σ weight × level ÷ max_level, × 1 000, rounded half up at the end. */
function points(subCriteria, levels) {
  let total = 0;
  for (const sub of subCriteria) total += (sub.weight * levels[sub.id]) / sub.max_level;
  return Math.floor(total * 1000 + 0.5 + HALF_TOLERANCE);
}

function parsePlan(plan) {
  if (!Array.isArray(plan) || !plan.length) fail("plan", "ska vara en lista med minst ett delkriterium");
  const seen = new Map();
  plan.forEach((sub, index) => {
    const where = identifiedEntry(sub, "plan", index + 1, SUB_CRITERION_FIELDS, seen);
    if (!CRITERIA.includes(sub.criterion)) fail(`${where}.criterion`, `ska vara ett av ${CRITERIA.join(", ")}`);
    if (!isNumber(sub.weight) || !(sub.weight >= 0 && sub.weight <= 1)) fail(`${where}.weight`, "ska vara en andel från 0 till 1");
    if (!Number.isInteger(sub.max_level) || !(sub.max_level >= 2 && sub.max_level <= 7)) {
      fail(`${where}.max_level`, "ska vara ett heltal från 2 till 7");
    }
  });
  let total = 0;
  for (const sub of plan) total += sub.weight;
  if (Math.abs(total - 1) > WEIGHT_SUM_TOLERANCE) {
    fail("plan.weight", `vikterna ska tillsammans vara 1 (100 %), men är ${Number(total.toPrecision(6))}`);
  }
  for (const criterion of CRITERIA) {
    if (!plan.some((sub) => sub.criterion === criterion)) fail("plan.criterion", `kriteriet ${criterion} har inget delkriterium`);
  }
  return plan;
}

function parseRoles(roles, subCriteria) {
  if (!Array.isArray(roles)) fail("roles", "ska vara en lista");
  const maxLevels = new Map(subCriteria.map((sub) => [sub.id, sub.max_level]));
  const seen = new Map();
  return roles.map((role, index) => {
    const where = identifiedEntry(role, "roles", index + 1, ROLE_FIELDS, seen);
    const levels = role.levels ?? {};
    if (!isObject(levels)) fail(`${where}.levels`, "ska vara ett objekt");
    for (const [subId, level] of Object.entries(levels)) {
      if (!maxLevels.has(subId)) fail(`${where}.levels.${subId}`, "inget delkriterium i planen");
      if (!Number.isInteger(level) || !(level >= 1 && level <= maxLevels.get(subId))) {
        fail(`${where}.levels.${subId}`, `ska vara ett heltal från 1 till ${maxLevels.get(subId)}`);
      }
    }
    const dominance = role.dominance ?? null;
    if (dominance !== null && !DOMINANCE.includes(dominance)) fail(`${where}.dominance`, "ska vara women, men eller null");
    const pay = role.typical_pay ?? null;
    if (pay !== null && (!isNumber(pay) || pay < 0)) fail(`${where}.typical_pay`, "ska vara ett belopp som är 0 eller större");
    return { id: role.id, levels, dominance, typical_pay: pay };
  });
}

/** Check the `number`th entry of the list `name`: an object of known fields with an id of
 * its own (recorded in `seen`); returns where it is, as messages name it. */
function identifiedEntry(entry, name, number, fields, seen) {
  const where = `${name}[${number}]`;
  if (!isObject(entry)) fail(where, "ska vara ett objekt");
  for (const key of Object.keys(entry)) {
    if (!fields.includes(key)) fail(`${where}.${key}`, "okänt fält");
  }
  if (typeof entry.id !== "string" || !entry.id) fail(`${where}.id`, "ska vara ett id, inte tomt");
  if (seen.has(entry.id)) fail(`${where}.id`, `samma id som ${name}[${seen.get(entry.id)}]`);
  seen.set(entry.id, number);
  return where;
}

function parseOptions(options) {
  if (!isObject(options)) fail("options", "ska vara ett objekt");
  for (const key of Object.keys(options)) {
    if (!OPTION_FIELDS.includes(key)) fail(`options.${key}`, "okänt fält");
  }
  const tolerance = options.tolerance ?? DEFAULT_TOLERANCE;
  if (!isNumber(tolerance) || tolerance < 0) fail("options.tolerance", "ska vara ett antal poäng, 0 eller fler");
  return tolerance;
}

function isObject(value) {
  return value !== null && typeof value === "object" && !Array.isArray(value);
}

function isNumber(value) {
  return typeof value === "number" && Number.isFinite(value);
}

function fail(where, message) {
  throw new Error(`${where}: ${message}`);
}
