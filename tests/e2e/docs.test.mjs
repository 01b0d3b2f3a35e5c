// The project's documents as a newcomer reads them on a fresh clone: every image and link in
// README.md, EMBEDDING.md, ARCHITECTURE.md and SECURITY.md points at a file the repository
// holds (and a heading that file has), or at a well-formed http(s) URL. Code blocks and code
// spans are examples for site owners, not links, and are left out.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { execFileSync } from "node:child_process";
import { join, dirname, normalize } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..", "..");
const DOCUMENTS = ["README.md", "EMBEDDING.md", "ARCHITECTURE.md", "SECURITY.md"];

/** The files a clone of this repository holds: tracked by git, not merely present here. */
const tracked = new Set(execFileSync("git", ["ls-files", "-z"], { cwd: root, encoding: "utf8" }).split("\0").filter(Boolean));

/** The markdown without its fenced code blocks. */
function unfenced(markdown) {
  return markdown.replace(/^(```|~~~)[^\n]*\n[\s\S]*?^\1[^\n]*$/gm, "");
}

/** The text a reader sees as prose: fenced code blocks and code spans removed. */
function prose(markdown) {
  return unfenced(markdown).replace(/`+[^`\n]*`+/g, "");
}

/** Every link target and image source in `markdown`: `[text](target)`, `![alt](src)`, `<img src>`, `<a href>`. */
export function targets(markdown) {
  const text = prose(markdown);
  const found = [];
  for (const m of text.matchAll(/\]\(\s*<?([^)\s>]+)>?(?:\s+"[^"]*")?\s*\)/g)) found.push(m[1]);
  for (const m of text.matchAll(/<(?:img|a)\b[^>]*?\s(?:src|href)="([^"]+)"/g)) found.push(m[1]);
  return found;
}

/** GitHub's anchors for a document's headings: lower case, punctuation dropped, spaces to hyphens. */
export function anchors(markdown) {
  const seen = new Map();
  const out = new Set();
  // A heading's code spans count as text ("## The `theme` attribute").
  for (const m of unfenced(markdown).matchAll(/^#{1,6}\s+(.+?)\s*#*\s*$/gm)) {
    const base = m[1]
      .replace(/\[([^\]]*)\]\([^)]*\)/g, "$1")
      .toLowerCase()
      .replace(/[^\p{L}\p{N}\s_-]/gu, "")
      .replace(/\s/g, "-");
    const n = seen.get(base) ?? 0;
    seen.set(base, n + 1);
    out.add(n ? `${base}-${n}` : base);
  }
  return out;
}

/** What is wrong with `target` as written in `document`, or null. */
function problem(document, target) {
  if (/^[a-z][a-z0-9+.-]*:/i.test(target)) {
    if (!/^https?:\/\//i.test(target)) return "not an http(s) URL";
    try {
      new URL(target);
      return null;
    } catch {
      return "not a URL";
    }
  }
  const [path, anchor] = target.split("#", 2);
  const file = path ? normalize(join(dirname(document), decodeURIComponent(path))) : document;
  const isDir = [...tracked].some((t) => t.startsWith(`${file}/`));
  if (!tracked.has(file) && !isDir) return `${file} is not in the repository`;
  if (anchor && file.endsWith(".md") && !anchors(readFileSync(join(root, file), "utf8")).has(anchor)) {
    return `${file} has no heading #${anchor}`;
  }
  return null;
}

test("the heading anchors and link targets are read as GitHub reads them", () => {
  assert.deepEqual([...anchors("# Hello, World!\n## Decisions\n## Decisions\n## The `theme` attribute\n```\n# not a heading\n```\n")], ["hello-world", "decisions", "decisions-1", "the-theme-attribute"]);
  assert.deepEqual(targets("![a](docs/x.png) [b](A.md#c) `[no](code.md)` <img src=\"y.png\" alt=\"\">\n```html\n<a href=\"z\">\n```"), ["docs/x.png", "A.md#c", "y.png"]);
});

for (const document of DOCUMENTS) {
  test(`${document}: every image and link points at something real`, () => {
    const markdown = readFileSync(join(root, document), "utf8");
    const broken = targets(markdown)
      .map((target) => [target, problem(document, target)])
      .filter(([, why]) => why)
      .map(([target, why]) => `${target}: ${why}`);
    assert.deepEqual(broken, []);
  });
}
