// Starts Rollguiden's browser tools on the pages that have them. Loaded on every page but
// tiny: a tool's own code is fetched only where its element is. Material's document$
// emits on the first load and after every instant navigation, so this runs each time a
// page is shown; the data-ready mark keeps it from starting a tool twice.

const TOOLS = [
  ["[data-rg-calculator]", "./calculator.js"],
  ["[data-rg-compare]", "./compare.js"],
  ["[data-rg-fit]", "./fitcheck.js"],
  ["[data-rg-jobad]", "./jobad.js"],
  ["[data-rg-key-clients]", "./keyclients-page.js"],
  ["[data-rg-evaluation]", "./job-evaluation-page.js"],
];
// the glossary's tooltips: not a tool in one element, but listeners for the whole page
const GLOSSARY = [".md-content abbr[title]", "./glossary.js"];

function start() {
  for (const [selector, module] of TOOLS) {
    const root = document.querySelector(selector);
    if (!root || root.dataset.ready) continue;
    root.dataset.ready = "true";
    import(module).then((tool) => {
      tool.mount(root);
      root.dataset.rgMounted = "true"; // the tool is drawn and answering
    });
  }
  const [selector, module] = GLOSSARY;
  if (document.querySelector(selector)) import(module).then((glossary) => glossary.mount());
}

if (window.document$) window.document$.subscribe(start);
else if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", start);
else start();
