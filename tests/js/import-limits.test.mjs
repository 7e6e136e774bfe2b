// The limits of what the key-client analysis and the calculator read: `node --test tests/js/`.
// Expected values are counted by hand from the texts built here.
import assert from "node:assert/strict";
import { test } from "node:test";

import { importRefusal, MAX_COLUMNS, MAX_SIZE } from "../../docs/assets/javascripts/import-limits.js";
import { guessLayout, readTable, widest } from "../../docs/assets/javascripts/keyclients-input.js";
import { analyseClients } from "../../docs/assets/javascripts/keyclients.js";

const lines = (count) => Array.from({ length: count }, (_, index) => `Kund ${index};${index + 1}`).join("\n");

test("a list within the limits is read", () => {
  assert.equal(importRefusal(lines(10), 10, ";"), null);
  // a blank line is no line of the list: 10 lines with blank ones between are still 10
  assert.equal(importRefusal(lines(10).replaceAll("\n", "\n\n  \n"), 10, ";"), null);
  assert.equal(importRefusal("", 10, ";"), null);
});

test("one line past the limit is refused", () => {
  assert.deepEqual(importRefusal(lines(11), 10, ";"), { reason: "lines" });
  assert.deepEqual(importRefusal(lines(11) + "\r\n", 10, ";"), { reason: "lines" });
});

test("a line wider than the limit names its line, blank lines counted, and its columns", () => {
  const wide = Array.from({ length: MAX_COLUMNS + 1 }, () => "1").join(";"); // 101 columns
  const atLimit = Array.from({ length: MAX_COLUMNS }, () => "1").join(";"); // 100 columns
  assert.equal(importRefusal(`${atLimit}\n${atLimit}`, 10, ";"), null);
  assert.deepEqual(importRefusal(`Kund;1\n\n${wide}`, 10, ";"), { reason: "columns", line: 3, count: 101 });
  // either separator counts where the tool takes either (the calculator)
  assert.deepEqual(importRefusal(`${"1\t".repeat(60)}${"1;".repeat(60)}1`, 10, "\t;"), { reason: "columns", line: 1, count: 121 });
  // a tab-separated list's semicolons are text, not columns
  assert.equal(importRefusal(`${"1;".repeat(200)}\t2`, 10, "\t"), null);
  // 300 000 columns on one line: refused, not a RangeError
  assert.deepEqual(importRefusal("Kund;" + Array(300_000).fill("1").join(";"), 10, ";"), {
    reason: "columns",
    line: 1,
    count: 300_001,
  });
});

test("a NUL is no text: the line that holds it is named", () => {
  assert.deepEqual(importRefusal("Kund;1\r\nA\u0000B;2\r\n", 10, ";"), { reason: "not_text", line: 2 });
  // UTF-16 read without its mark: a NUL after every letter, from the first line
  assert.deepEqual(importRefusal("K\u0000u\u0000n\u0000d\u0000", 10, ";"), { reason: "not_text", line: 1 });
});

test("text past the size limit is refused before any line is read", () => {
  assert.deepEqual(importRefusal("x".repeat(MAX_SIZE + 1), 10, ";"), { reason: "size", count: MAX_SIZE + 1 });
  assert.notEqual(importRefusal("x".repeat(MAX_SIZE), 10, ";")?.reason, "size");
});

test("150 000 lines go through the reading and the analysis without a spread into one call", () => {
  // Math.max(...lines) threw RangeError: Maximum call stack size exceeded at about 124 000
  const table = readTable(lines(150_000));
  assert.equal(table.length, 150_000);
  assert.equal(widest(table), 2);
  assert.equal(guessLayout(table).columns, 2);
  const rows = table.map((line) => ({ name: line.cells[0], income: Number(line.cells[1]) }));
  const analysis = analyseClients(rows, { key_income_share: 0.1, key_share_target: 0.7, abc: [0.8, 0.95] });
  // the largest client brings 150 000 kr of 1 + 2 + … + 150 000 = 150 000 × 150 001 / 2
  assert.ok(Math.abs(analysis.top_share - 150_000 / ((150_000 * 150_001) / 2)) < 1e-15);
});

test("quoted cells still hold the separator and doubled quotes; unquoted lines split as before", () => {
  assert.deepEqual(readTable('"Björk; Co";"1 200"\n Åkeriet ; 300 \n'), [
    { number: 1, cells: ["Björk; Co", "1 200"] },
    { number: 2, cells: ["Åkeriet", "300"] },
  ]);
  assert.deepEqual(readTable('"Säg ""hej"" AB";5'), [{ number: 1, cells: ['Säg "hej" AB', "5"] }]);
});
