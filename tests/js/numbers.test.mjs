// Reading and writing Swedish numbers: `node --test tests/js/`.
import assert from "node:assert/strict";
import { test } from "node:test";

import {
  fill,
  formatMoney,
  formatPercent,
  formatPlain,
  listed,
  listedOr,
  parseNumber,
  plural,
} from "../../docs/assets/javascripts/numbers.js";

const NBSP = "\u00a0";

test("reads numbers as Swedes type them", () => {
  const cases = [
    ["1 250 000", 1250000],
    ["1 250 000,50", 1250000.5],
    ["1250000.50", 1250000.5],
    [`1${NBSP}250${NBSP}000`, 1250000],
    ["1\u202f250\u202f000", 1250000],
    ["1.250.000,50", 1250000.5],
    ["1,250,000.50", 1250000.5],
    ["1.250.000", 1250000],
    ["12,5", 12.5],
    ["0", 0],
    ["38 000 kr", 38000],
    ["  7  ", 7],
  ];
  for (const [text, value] of cases) assert.deepEqual(parseNumber(text), { value }, text);
});

test("reads percentages with or without the sign", () => {
  assert.deepEqual(parseNumber("12,5 %", { percent: true }), { value: 12.5 });
  assert.deepEqual(parseNumber("15%", { percent: true }), { value: 15 });
  assert.deepEqual(parseNumber("15", { percent: true }), { value: 15 });
});

test("tells empty, malformed and negative apart", () => {
  assert.deepEqual(parseNumber(""), { empty: true });
  assert.deepEqual(parseNumber("   "), { empty: true });
  for (const text of ["abc", "1 2 3 x", "12,5,3.1", "NaN", "Infinity", "1e5", "--5", "5 %"]) {
    assert.deepEqual(parseNumber(text), { error: "format" }, text);
  }
  assert.deepEqual(parseNumber("-5"), { error: "negative" });
  assert.deepEqual(parseNumber("\u22125"), { error: "negative" });
});

test("shows amounts as sv-SE does", () => {
  assert.equal(formatMoney(1250000, "SEK"), `1${NBSP}250${NBSP}000${NBSP}kr`);
  assert.equal(formatMoney(1250000.5, "SEK"), `1${NBSP}250${NBSP}000,50${NBSP}kr`);
  assert.equal(formatPercent(0.125), `12,5${NBSP}%`);
  assert.equal(formatPlain(1250000.5), `1${NBSP}250${NBSP}000,5`);
  // as the pages write money (swedish.py): another currency by its code, öre only when there
  assert.equal(formatMoney(1200, "EUR"), `1${NBSP}200${NBSP}EUR`);
  assert.equal(formatMoney(1000.001, "SEK"), `1${NBSP}000${NBSP}kr`);
  assert.equal(formatMoney(-1000, "SEK"), `\u22121${NBSP}000${NBSP}kr`);
});

test("one thing takes the singular, and lists end in 'och'", () => {
  const forms = { one: "{n} affär", other: "{n} affärer" };
  assert.deepEqual([0, 1, 2, 21].map((n) => plural(forms, n)), ["{n} affärer", "{n} affär", "{n} affärer", "{n} affärer"]);
  assert.equal(plural("{n} år", 1), "{n} år");
  assert.deepEqual([[3], [1, 3], [1, 3, 4]].map(listed), ["3", "1 och 3", "1, 3 och 4"]);
  assert.deepEqual([[3], [1, 3], [1, 3, 4]].map(listedOr), ["3", "1 eller 3", "1, 3 eller 4"]);
});

test("fills every placeholder once, with the values as plain text", () => {
  assert.equal(fill("{a} mot {b}", { a: "Kundchef $& {b} $$", b: "Säljare" }), "Kundchef $& {b} $$ mot Säljare");
  assert.equal(fill("{n} av {n}", { n: 3 }), "3 av 3"); // every occurrence, not the first only
  assert.equal(fill("Roll: {id}", { id: "$`$'$&" }), "Roll: $`$'$&");
  assert.equal(fill("{{inte}} {x}", { x: 1 }), "{inte} 1"); // as Python's str.format
  assert.equal(fill("{saknas} kvar", {}), "{saknas} kvar");
  assert.equal(fill("{toString}", {}), "{toString}"); // only the values' own names
});
