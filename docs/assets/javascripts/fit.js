// How well a candidate fits each role – the same definition as hooks/rollguiden/engines/fit.py,
// held to it by tests/vectors/fit.json. No DOM access: runs in Node and in the browser.

export const MEETS = "uppfyller";
export const NEARLY = "nastan";
const NOT_YET = "inte_an";
const STATUS_ORDER = { [MEETS]: 0, [NEARLY]: 1, [NOT_YET]: 2 };
const FULL_COVERAGE = 0.75;
const HALF_COVERAGE = 0.5;
const PROFILE_FIELDS = ["education_rank", "experience", "languages", "skills", "qualities"];

/** Every role's fit for the profile, best first; throws an Error naming a bad field. */
export function computeFit(roles, profile, nativeLanguage) {
  const candidate = parseProfile(profile);
  const order = new Map(roles.map((role, index) => [role.id, index]));
  return roles
    .map((role) => fit(role, candidate, nativeLanguage))
    .sort(
      (a, b) =>
        STATUS_ORDER[a.status] - STATUS_ORDER[b.status] ||
        b.coverage - a.coverage ||
        a.hard_gaps - b.hard_gaps ||
        order.get(a.id) - order.get(b.id),
    );
}

function fit(role, candidate, native) {
  const rank = candidate.education_rank;
  const educationGap = rank === null || rank < role.education_rank;
  let years = 0;
  for (const field of role.experience_fields) years += candidate.experience[field] ?? 0;
  const yearsShort = Math.max(0, role.min_years - years);
  const spoken = candidate.languages;
  const speaksForeign = [...spoken].some((language) => language !== native);
  const languageGaps = role.languages
    .filter((need) => need.required && !spoken.has(need.language) && !(need.or_other_foreign && speaksForeign))
    .map((need) => need.language);
  const skillsMissing = role.skills.filter((skill) => !candidate.skills.has(skill));
  const qualitiesMissing = role.qualities.filter((quality) => !candidate.qualities.has(quality));
  const total = role.skills.length + role.qualities.length;
  const covered = total - skillsMissing.length - qualitiesMissing.length;
  const coverage = total ? covered / total : 1;
  const hardGaps = Number(educationGap) + Number(yearsShort > 0) + languageGaps.length;
  let status = NOT_YET;
  if (hardGaps === 0 && coverage >= FULL_COVERAGE) status = MEETS;
  else if ((hardGaps === 0 && coverage >= HALF_COVERAGE) || (hardGaps === 1 && coverage >= FULL_COVERAGE)) {
    status = NEARLY;
  }
  return {
    id: role.id,
    status,
    coverage,
    hard_gaps: hardGaps,
    missing: {
      education: educationGap,
      years: yearsShort,
      languages: languageGaps,
      skills: skillsMissing,
      qualities: qualitiesMissing,
    },
  };
}

function parseProfile(profile) {
  if (profile === null || typeof profile !== "object" || Array.isArray(profile)) {
    throw new Error("profil: ska vara ett objekt");
  }
  for (const key of Object.keys(profile)) {
    if (!PROFILE_FIELDS.includes(key)) throw new Error(`${key}: okänt fält`);
  }
  const rank = profile.education_rank ?? null;
  if (rank !== null && !isNumber(rank)) throw new Error("education_rank: ska vara ett tal eller null");
  const experience = profile.experience ?? {};
  if (experience === null || typeof experience !== "object" || Array.isArray(experience)) {
    throw new Error("experience: ska vara ett objekt");
  }
  for (const [field, years] of Object.entries(experience)) {
    if (!isNumber(years) || years < 0) throw new Error(`experience.${field}: ska vara ett tal, minst 0`);
  }
  const lists = {};
  for (const key of ["languages", "skills", "qualities"]) {
    const value = profile[key] ?? [];
    if (!Array.isArray(value) || !value.every((item) => typeof item === "string")) {
      throw new Error(`${key}: ska vara en lista med id`);
    }
    lists[key] = new Set(value);
  }
  return { education_rank: rank, experience, ...lists };
}

function isNumber(value) {
  return typeof value === "number" && Number.isFinite(value);
}
