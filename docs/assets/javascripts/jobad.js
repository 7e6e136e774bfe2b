// Copy or save a role's job-ad draft (/roller/<id>/platsannons/). The texts are made at
// build time; this only hands them over. Loaded on demand by rollguiden.js.

import { button, element, saveFile } from "./dom.js";

/** Start the buttons in `root`. */
export function mount(root) {
  const data = JSON.parse(root.dataset.rgJobad);
  const t = data.texts;
  const bar = element("div", "rg-toolbar");
  const status = element("p");
  status.setAttribute("role", "status");
  bar.append(
    button(t.copy_text, async () => {
      try {
        await navigator.clipboard.writeText(data.text);
        status.textContent = t.copied;
      } catch {
        status.textContent = t.copy_failed;
      }
    }),
    button(t.download_markdown, () => saveFile([data.markdown], `${data.file}.md`, "text/markdown")),
    button(t.download_text, () => saveFile([data.text], `${data.file}.txt`, "text/plain")),
    status,
  );
  root.after(bar);
}
