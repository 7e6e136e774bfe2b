// "Passar jag?": a candidate fills in education, experience, languages, skills and
// qualities and sees every role ranked, with what is missing. Everything stays in the
// browser; the answers reach an address only when the user copies the link. Loaded on
// demand by rollguiden.js. Text from the data or the address goes in as .textContent only.

import { button, copyLink, element } from "./dom.js";
import { computeFit, MEETS, NEARLY } from "./fit.js";
import { formatPlain, parseNumber } from "./numbers.js";

/** Start the self-check in `root`. */
export function mount(root) {
  const check = new SelfCheck(root);
  root.dataset.rgMounted = "true";
  return check;
}

class SelfCheck {
  constructor(root) {
    this.root = root;
    this.data = JSON.parse(root.dataset.rgFit);
    this.t = this.data.texts;
    this.labels = Object.fromEntries(
      ["education_levels", "experience_fields", "languages", "skills", "qualities"].map((kind) => [
        kind,
        new Map(this.data[kind].map((term) => [term.id, term.label])),
      ]),
    );
    root.replaceChildren(this.form(), this.resultsSection());
    this.load(new URLSearchParams(window.location.search));
    root.addEventListener("input", () => this.update());
    root.addEventListener("change", () => this.update());
    this.update();
  }

  // ---- the form ------------------------------------------------------------------------

  form() {
    const t = this.t;
    const form = element("form", "rg-form");
    form.addEventListener("submit", (event) => event.preventDefault());

    const education = fieldset(t.legend_education);
    this.education = element("select");
    this.education.id = "rg-fit-education";
    this.education.append(new Option(t.no_education, ""));
    this.data.education_levels.forEach((level) => this.education.append(new Option(level.label, level.id)));
    education.append(field(t.education, this.education));

    const experience = fieldset(t.legend_experience);
    this.years = new Map();
    for (const { id, label } of this.data.experience_fields) {
      const input = element("input");
      Object.assign(input, { type: "text", id: `rg-fit-years-${id}`, autocomplete: "off" });
      input.inputMode = "decimal";
      const box = field(t.years_in.replace("{field}", inSentence(label)), input);
      const error = element("p", "rg-error");
      error.id = `${input.id}-error`;
      error.hidden = true;
      box.append(error);
      experience.append(box);
      this.years.set(id, input);
    }

    form.append(
      education,
      experience,
      this.checkboxes("languages", t.legend_languages),
      this.checkboxes("skills", t.legend_skills),
      this.checkboxes("qualities", t.legend_qualities),
    );
    return form;
  }

  checkboxes(kind, legend) {
    const group = fieldset(legend);
    const list = element("ul", "rg-checklist");
    for (const { id, label } of this.data[kind]) {
      const item = element("li");
      const name = element("label");
      const box = element("input");
      Object.assign(box, { type: "checkbox", value: id, name: kind });
      name.append(box, ` ${label}`);
      item.append(name);
      list.append(item);
    }
    group.append(list);
    return group;
  }

  resultsSection() {
    const t = this.t;
    const section = element("section", "rg-fit-results");
    section.setAttribute("aria-labelledby", "rg-fit-heading");
    const heading = element("h2", "", t.results_heading);
    heading.id = "rg-fit-heading";
    this.summary = element("p", "rg-fit-summary");
    this.summary.setAttribute("role", "status");
    this.list = element("ol", "rg-fit-list");
    const copy = button(t.copy_link, () => this.copyLink(), "md-button md-button--primary");
    this.copyStatus = element("p");
    this.copyStatus.setAttribute("role", "status");
    this.copyField = element("input");
    Object.assign(this.copyField, { type: "text", readOnly: true, hidden: true });
    this.copyField.setAttribute("aria-label", t.copy_field);
    section.append(heading, this.summary, this.list, copy, this.copyStatus, this.copyField);
    return section;
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
    const level = this.education.value;
    const rank = level ? this.data.education_levels.findIndex((item) => item.id === level) : -1;
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
    if (!params.has("utb") && !params.has("fard")) return;
    const education = params.get("utb") ?? "";
    this.education.value = this.labels.education_levels.has(education) ? education : "";
    for (const pair of (params.get("erf") ?? "").split(",")) {
      const [id, years = ""] = pair.split(":");
      if (this.years.has(id)) this.years.get(id).value = years;
    }
    for (const [kind, key] of [["languages", "sprak"], ["skills", "fard"], ["qualities", "egen"]]) {
      const wanted = new Set((params.get(key) ?? "").split(","));
      for (const box of this.root.querySelectorAll(`input[name="${kind}"]`)) box.checked = wanted.has(box.value);
    }
  }

  link() {
    const params = new URLSearchParams();
    params.set("utb", this.education.value);
    params.set(
      "erf",
      [...this.years].filter(([, input]) => input.value.trim()).map(([id, input]) => `${id}:${input.value.trim()}`).join(","),
    );
    params.set("sprak", this.checked("languages").join(","));
    params.set("fard", this.checked("skills").join(","));
    params.set("egen", this.checked("qualities").join(","));
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
    this.summary.textContent = this.t.summary
      .replace("{meets}", String(count(MEETS)))
      .replace("{nearly}", String(count(NEARLY)));
    const roles = new Map(this.data.roles.map((role) => [role.id, role]));
    this.list.replaceChildren(...results.map((result) => this.result(result, roles.get(result.id))));
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
      t.coverage.replace("{covered}", String(covered)).replace("{total}", String(total)),
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
    const names = (kind, ids) => ids.map((id) => this.labels[kind].get(id) ?? id);
    const texts = [];
    const { missing } = result;
    if (missing.education) {
      const level = this.data.education_levels[role.education_rank];
      texts.push(t.missing_education.replace("{level}", inSentence(level.label)));
    }
    if (missing.years > 0) {
      const fields = names("experience_fields", role.experience_fields).map(inSentence);
      texts.push(
        t.missing_years.replace("{years}", formatPlain(missing.years)).replace("{fields}", join(fields, t.or)),
      );
    }
    if (missing.languages.length) {
      const spoken = missing.languages.map((id) => {
        const need = role.languages.find((item) => item.language === id);
        return this.labels.languages.get(id) + (need?.or_other_foreign ? t.or_other_foreign : "");
      });
      texts.push(t.missing_languages.replace("{languages}", join(spoken, t.and)));
    }
    if (missing.skills.length) {
      texts.push(t.missing_skills.replace("{items}", join(names("skills", missing.skills).map(inSentence), t.and)));
    }
    if (missing.qualities.length) {
      texts.push(t.missing_qualities.replace("{items}", join(names("qualities", missing.qualities).map(inSentence), t.and)));
    }
    return texts;
  }
}

function join(items, conjunction) {
  if (items.length <= 1) return items.join("");
  return `${items.slice(0, -1).join(", ")} ${conjunction} ${items[items.length - 1]}`;
}

/** A label inside a sentence: "Försäljning" → "försäljning", but "PR" stays "PR". */
function inSentence(text) {
  return text
    .split(" ")
    .map((word) => (word.slice(1) === word.slice(1).toLocaleLowerCase("sv") ? word.charAt(0).toLocaleLowerCase("sv") + word.slice(1) : word))
    .join(" ");
}

function fieldset(legend) {
  const node = element("fieldset");
  node.append(element("legend", "", legend));
  return node;
}

function field(labelText, control) {
  const box = element("div", "rg-field");
  const label = element("label", "", labelText);
  label.htmlFor = control.id;
  box.append(label, control);
  return box;
}
