// Small helpers for the tools' SVG charts (the calculator's curve and year, the key-client
// analysis' Pareto chart), in a module of their own so that a chart loads only these.

const SVG = "http://www.w3.org/2000/svg";

export function svgElement(name, attributes) {
  const node = document.createElementNS(SVG, name);
  for (const [key, value] of Object.entries(attributes)) node.setAttribute(key, value);
  return node;
}

export function svgText(text, x, y, anchor) {
  const node = svgElement("text", { x, y, "text-anchor": anchor, class: "rg-chart__label" });
  node.textContent = text;
  return node;
}

/** A round step for chart axes: 1, 2, 2.5 or 5 times a power of ten. */
export function niceStep(rough) {
  if (!(rough > 0)) return 1;
  const power = 10 ** Math.floor(Math.log10(rough));
  return power * ([1, 2, 2.5, 5, 10].find((factor) => factor * power >= rough) ?? 10);
}
