// A file the reader picks, read as text whatever Excel saved it as: `node --test tests/js/`.
import assert from "node:assert/strict";
import { test } from "node:test";

import { readTextFile } from "../../docs/assets/javascripts/dom.js";

/** What a file input gives: something with arrayBuffer(). */
function picked(bytes) {
  return { arrayBuffer: async () => Uint8Array.from(bytes).buffer };
}

function utf16(text, littleEndian) {
  const bytes = littleEndian ? [0xff, 0xfe] : [0xfe, 0xff];
  for (const unit of text) {
    const code = unit.charCodeAt(0);
    bytes.push(...(littleEndian ? [code & 0xff, code >> 8] : [code >> 8, code & 0xff]));
  }
  return bytes;
}

test("UTF-16 with its byte order mark, as Excel's Unicode text saves it", async () => {
  const text = "Kund;Intäkt\r\nÅhléns;1200";
  assert.equal(await readTextFile(picked(utf16(text, true))), text);
  assert.equal(await readTextFile(picked(utf16(text, false))), text);
});

test("UTF-8, and the Windows encoding where the bytes are no UTF-8", async () => {
  assert.equal(await readTextFile(picked([...new TextEncoder().encode("Åhléns")])), "Åhléns");
  // Windows-1252: Å is 0xC5, é 0xE9
  assert.equal(await readTextFile(picked([0xc5, 0x68, 0x6c, 0xe9, 0x6e, 0x73])), "Åhléns");
});
