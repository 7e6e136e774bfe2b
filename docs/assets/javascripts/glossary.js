// The glossary's terms explained on hover: the expansion in a tooltip styled like the
// theme's. The theme's own tooltips are off because they insert a title as HTML; this one
// puts the title in as text only. Loaded by rollguiden.js on pages with a glossary term;
// one set of listeners on the document serves every page, also after instant navigation.

import { element } from "./dom.js";

let listening = false;
let shown = null; // { host, tip, title } while a tooltip is up

/** Explain glossary terms (abbr elements with a title) on hover, from now on. */
export function mount() {
  if (listening) return;
  listening = true;
  document.addEventListener("pointerover", (event) => {
    const host = event.target.closest?.("abbr[title], abbr[data-rg-title]");
    if (host) show(host);
    else hide();
  });
  document.addEventListener("keydown", (event) => {
    if (event.key === "Escape") hide();
  });
  document.documentElement.dataset.rgGlossary = "ready"; // listening from here on
}

function show(host) {
  if (shown?.host === host) return;
  hide();
  const title = host.getAttribute("title");
  if (!title) return;
  // the browser's own tooltip would show the same text on top: the title waits meanwhile
  host.removeAttribute("title");
  host.dataset.rgTitle = title;
  const tip = element("div", "md-tooltip2 md-tooltip2--bottom");
  tip.id = "rg-glossary-tooltip";
  tip.setAttribute("role", "tooltip");
  const inner = element("div", "md-tooltip2__inner md-typeset", title);
  tip.append(inner);
  document.body.append(tip);
  const box = host.getBoundingClientRect();
  const place = {
    "--md-tooltip-host-x": `${box.left + window.scrollX}px`,
    "--md-tooltip-host-y": `${box.top + window.scrollY}px`,
    "--md-tooltip-x": `${box.width / 2}px`,
    "--md-tooltip-y": `${box.height + 8}px`,
    "--md-tooltip-width": `${inner.getBoundingClientRect().width}px`,
    "--md-tooltip-tail": "0px",
  };
  for (const [name, value] of Object.entries(place)) tip.style.setProperty(name, value);
  host.setAttribute("aria-describedby", tip.id);
  shown = { host, tip, title };
  requestAnimationFrame(() => tip.classList.add("md-tooltip2--active"));
}

function hide() {
  if (!shown) return;
  const { host, tip, title } = shown;
  shown = null;
  tip.remove();
  host.removeAttribute("aria-describedby");
  delete host.dataset.rgTitle;
  host.setAttribute("title", title);
}
