// The one guard for what leaves the site for a spreadsheet: `node --test tests/js/`.
import assert from "node:assert/strict";
import { test } from "node:test";

import { spreadsheetCell } from "../../docs/assets/javascripts/spreadsheet.js";

test("a cell that would start a formula is kept as text", () => {
  // by hand: an apostrophe in front, which a spreadsheet reads as "text"
  assert.equal(spreadsheetCell("=cmd|' /C calc'!A0"), "'=cmd|' /C calc'!A0");
  assert.equal(spreadsheetCell("+46 8 123"), "'+46 8 123");
  assert.equal(spreadsheetCell("@SUM(A1)"), "'@SUM(A1)");
  assert.equal(spreadsheetCell("-=1+1"), "'-=1+1");
  assert.equal(spreadsheetCell("\t=1+1"), "'\t=1+1");
});

test("text and numbers stay as they are", () => {
  assert.equal(spreadsheetCell("Säljare"), "Säljare");
  assert.equal(spreadsheetCell("100 000"), "100 000");
  assert.equal(spreadsheetCell("-1250,50"), "-1250,50");
  assert.equal(spreadsheetCell("-100\u00a0000"), "-100\u00a0000");
  assert.equal(spreadsheetCell(42), "42");
});
