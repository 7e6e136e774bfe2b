// Copy or save a role's job-ad draft (/roller/<id>/platsannons/). The texts are made at
// build time; this only hands them over. Loaded on demand by rollguiden.js.

/** Start the buttons in `root`. */
export function mount(root) {
  const data = JSON.parse(root.dataset.rgJobad);
  const t = data.texts;
  const bar = document.createElement("div");
  bar.className = "rg-toolbar";
  const status = document.createElement("p");
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
    button(t.download_markdown, () => save(data.markdown, `${data.file}.md`, "text/markdown")),
    button(t.download_text, () => save(data.text, `${data.file}.txt`, "text/plain")),
    status,
  );
  root.after(bar);
  root.dataset.rgMounted = "true";
}

function button(text, action) {
  const node = document.createElement("button");
  node.type = "button";
  node.className = "md-button";
  node.textContent = text;
  node.addEventListener("click", action);
  return node;
}

function save(content, name, type) {
  const link = document.createElement("a");
  link.href = URL.createObjectURL(new Blob([content], { type: `${type};charset=utf-8` }));
  link.download = name;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(link.href), 10000);
}
