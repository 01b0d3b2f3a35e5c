// Writes the demo page's prerendered card: `news-card render` on the seed, between the two
// markers in index.html, so the demo shows a card drawn ahead of time beside the ones the
// widget loads.
//
//   node scripts/demo-card.mjs          rewrite it
//   node scripts/demo-card.mjs --check  exit 1 if index.html's copy is not what render writes
import { readFileSync, writeFileSync } from "node:fs";
import { execFileSync } from "node:child_process";
import { join, dirname } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const page = join(root, "index.html");
const BEGIN = "<!-- news-card render: begin (scripts/demo-card.mjs) -->";
const END = "<!-- news-card render: end -->";

const card = execFileSync(
  "cargo",
  ["run", "--quiet", "--offline", "--bin", "news-card", "--", "render", "--layout", "horizontal", "--related", "none", "static/articles/seed.json"],
  { cwd: root, encoding: "utf8", stdio: ["ignore", "pipe", "inherit"] },
);
const html = readFileSync(page, "utf8");
const start = html.indexOf(BEGIN);
const end = html.indexOf(END);
if (start < 0 || end < start) {
  console.error(`index.html lacks the markers ${BEGIN} … ${END}`);
  process.exit(1);
}
const indent = html.slice(html.lastIndexOf("\n", start) + 1, start);
const body = card.trimEnd().split("\n").map((line) => indent + line).join("\n");
const next = `${html.slice(0, start)}${BEGIN}\n${body}\n${indent}${html.slice(end)}`;
if (process.argv.includes("--check")) {
  if (next !== html) {
    console.error("index.html's prerendered card is not what `news-card render` writes: run node scripts/demo-card.mjs");
    process.exit(1);
  }
} else {
  writeFileSync(page, next);
  console.log("wrote the prerendered card into index.html");
}
