// "Passar jag?": a candidate fills in education, experience, languages, skills and
// qualities and sees every role ranked, with what is missing. Everything stays in the
// browser; the answers reach an address only when the user copies the link. Loaded on
// demand by rollguiden.js. The build draws the form; this script answers it. Text from the
// data or the address goes in as .textContent only.

import { copyLink, element } from "./dom.js";
import { computeFit, MEETS, NEARLY } from "./fit.js";
import { fill, formatPlain, listed, listedOr, parseNumber, plural } from "./numbers.js";

const SHOWN_AT_FIRST = 10; // results shown before "show all", unless more roles fit

/** Start the self-check in `root`. */
export function mount(root) {
  return new SelfCheck(root);
}

class SelfCheck {
  constructor(root) {
    this.root = root;
    this.data = JSON.parse(root.dataset.rgFit);
    this.t = this.data.texts;
    this.names = this.data.names;
    this.roles = new Map(this.data.roles.map((role) => [role.id, role]));
    this.education = root.querySelector("#rg-fit-education");
    this.years = new Map([...root.querySelectorAll("[data-field]")].map((input) => [input.dataset.field, input]));
    this.summary = root.querySelector(".rg-fit-summary");
    this.list = root.querySelector(".rg-fit-list");
    this.copyStatus = root.querySelector(".rg-copy-status");
    this.copyField = root.querySelector(".rg-copy-field");
    root.querySelector("form").addEventListener("submit", (event) => event.preventDefault());
    root.querySelector("[data-action=copy]").addEventListener("click", () => this.copyLink());
    this.showAllButton = root.querySelector("[data-action=show-all]");
    this.showAllButton.addEventListener("click", () => {
      const before = this.list.children.length;
      this.showAll = true;
      this.update();
      this.list.children[before]?.querySelector("a").focus(); // the button is gone: read on here
    });
    this.load(new URLSearchParams(window.location.search));
    root.addEventListener("input", () => this.update());
    root.addEventListener("change", () => this.update());
    this.update();
  }

  // ---- state -----------------------------------------------------------------------------

  checked(kind) {
    return [...this.root.querySelectorAll(`input[name="${kind}"]:checked`)].map((box) => box.value);
  }

  profile() {
    const experience = {};
    let valid = true;
    for (const [id, input] of this.years) {
      const parsed = parseNumber(input.value);
      const error = this.root.querySelector(`#${input.id}-error`);
      const bad = "error" in parsed;
      input.setAttribute("aria-invalid", bad ? "true" : "false");
      error.hidden = !bad;
      error.textContent = bad ? this.t.bad_years : "";
      if (bad) {
        input.setAttribute("aria-describedby", error.id);
        valid = false;
      } else {
        input.removeAttribute("aria-describedby");
        if ("value" in parsed) experience[id] = parsed.value;
      }
    }
    // the first option is "none of these"; the others are the levels in rank order
    const rank = this.education.selectedIndex - 1;
    return {
      valid,
      profile: {
        education_rank: rank >= 0 ? rank : null,
        experience,
        languages: this.checked("languages"),
        skills: this.checked("skills"),
        qualities: this.checked("qualities"),
      },
    };
  }

  load(params) {
    const names = this.data.query;
    if (!params.has(names.education) && !params.has(names.skills)) return;
    const education = params.get(names.education) ?? "";
    const level = [...this.education.options].findIndex((option) => option.value === education);
    this.education.selectedIndex = Math.max(level, 0);
    for (const pair of (params.get(names.experience) ?? "").split(",")) {
      const [id, years = ""] = pair.split(":");
      if (this.years.has(id)) this.years.get(id).value = years;
    }
    for (const kind of ["languages", "skills", "qualities"]) {
      const wanted = new Set((params.get(names[kind]) ?? "").split(","));
      for (const box of this.root.querySelectorAll(`input[name="${kind}"]`)) box.checked = wanted.has(box.value);
    }
  }

  link() {
    const names = this.data.query;
    const params = new URLSearchParams();
    params.set(names.education, this.education.value);
    params.set(
      names.experience,
      [...this.years].filter(([, input]) => input.value.trim()).map(([id, input]) => `${id}:${input.value.trim()}`).join(","),
    );
    for (const kind of ["languages", "skills", "qualities"]) params.set(names[kind], this.checked(kind).join(","));
    return `${window.location.origin}${window.location.pathname}?${params}`;
  }

  async copyLink() {
    const copied = await copyLink(this.link(), this.copyField);
    this.copyStatus.textContent = copied ? this.t.copied : this.t.copy_failed;
  }

  // ---- results -------------------------------------------------------------------------

  update() {
    const { valid, profile } = this.profile();
    if (!valid) return; // the message stands next to the field; the last results stay
    const results = computeFit(this.data.roles, profile, this.data.native_language);
    const count = (status) => results.filter((result) => result.status === status).length;
    this.summary.textContent = fill(plural(this.t.summary, count(MEETS)), {
      meets: count(MEETS),
      nearly: count(NEARLY),
    });
    // Every role that fits or nearly fits is shown; of the rest, the closest few, so that
    // an organisation with hundreds of roles does not answer with hundreds of cards.
    const fitting = count(MEETS) + count(NEARLY);
    const shown = this.showAll ? results : results.slice(0, Math.max(fitting, SHOWN_AT_FIRST));
    this.list.replaceChildren(...shown.map((result) => this.result(result, this.roles.get(result.id))));
    this.showAllButton.hidden = shown.length === results.length;
    this.showAllButton.textContent = fill(this.t.show_all, { n: results.length });
  }

  result(result, role) {
    const t = this.t;
    const item = element("li", `rg-fit-result rg-fit-result--${result.status}`);
    const head = element("p", "rg-fit-result__head");
    const badge = element("span", "rg-fit-badge", t.status[result.status]);
    const link = element("a", "", role.title);
    link.href = role.url;
    head.append(badge, " ", link);
    const total = role.skills.length + role.qualities.length;
    const covered = Math.round(result.coverage * total);
    const coverage = element(
      "p",
      "rg-fit-coverage",
      fill(t.coverage, { covered, total }),
    );
    const missing = this.missingTexts(result, role);
    const details = element("ul", "rg-fit-missing");
    details.setAttribute("aria-label", t.missing_heading);
    for (const text of missing.length ? missing : [t.nothing_missing]) details.append(element("li", "", text));
    item.append(head, coverage, details);
    return item;
  }

  missingTexts(result, role) {
    const t = this.t;
    const names = (kind, ids) => ids.map((id) => this.names[kind][id] ?? id);
    const gaps = [];
    const { missing } = result;
    if (missing.education) {
      gaps.push(fill(t.missing_education, { level: this.data.education_levels[role.education_rank] }));
    }
    if (missing.years > 0) {
      const fields = names("experience_fields", role.experience_fields);
      gaps.push(
        fill(t.missing_years, { years: formatPlain(missing.years), fields: listedOr(fields) }),
      );
    }
    if (missing.languages.length) {
      const spoken = missing.languages.map((id) => {
        const need = role.languages.find((item) => item.language === id);
        return this.names.languages[id] + (need?.or_other_foreign ? t.or_other_foreign : "");
      });
      gaps.push(fill(t.missing_languages, { languages: listed(spoken) }));
    }
    if (missing.skills.length) {
      gaps.push(fill(t.missing_skills, { items: listed(names("skills", missing.skills)) }));
    }
    if (missing.qualities.length) {
      gaps.push(fill(t.missing_qualities, { items: listed(names("qualities", missing.qualities)) }));
    }
    return gaps;
  }
}
