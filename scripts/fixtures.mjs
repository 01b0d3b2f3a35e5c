// Converts the real article records in ../shared (YAML front matter) into the JSON the widget
// fetches: static/articles/*.json, which are also the test fixtures.
//
//   node scripts/fixtures.mjs          write the JSON files
//   node scripts/fixtures.mjs --check  exit 1 if a committed file differs from a fresh conversion
//
// YAML 1.2 core schema: timestamps stay the exact strings of the record (no Date conversion).
import { readFileSync, readdirSync, writeFileSync, existsSync } from "node:fs";
import { join, dirname, basename } from "node:path";
import { fileURLToPath } from "node:url";
import { parse } from "yaml";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const shared = join(root, "..", "shared");
const out = join(root, "static", "articles");
const check = process.argv.includes("--check");

function frontMatter(text, file) {
  const m = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/.exec(text);
  if (!m) throw new Error(`${file}: no YAML front matter`);
  return parse(m[1], { schema: "core" });
}

const sources = [["seed", join(shared, "seeds", "000_8a11ffff288c4870.txt")]];
for (const f of readdirSync(join(shared, "samples")).sort()) {
  if (f.endsWith(".md") && f !== "README.md") sources.push([basename(f, ".md"), join(shared, "samples", f)]);
}

let stale = 0;
for (const [name, file] of sources) {
  const json = JSON.stringify(frontMatter(readFileSync(file, "utf8"), file), null, 2) + "\n";
  const target = join(out, `${name}.json`);
  if (check) {
    if (!existsSync(target) || readFileSync(target, "utf8") !== json) {
      console.error(`stale: ${target} (run node scripts/fixtures.mjs)`);
      stale++;
    }
  } else {
    writeFileSync(target, json);
  }
}
console.log(`${sources.length} articles ${check ? "checked" : "written"}`);
process.exit(stale ? 1 : 0);
