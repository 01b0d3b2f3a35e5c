// Converts the real article records in ../shared (YAML front matter) into the JSON the widget
// fetches: static/articles/*.json, which are also the test fixtures. The records themselves are
// copied byte for byte into tests/records/, for the command-line tool's tests (tests/cli.rs).
//
//   node scripts/fixtures.mjs          write the JSON files
//   node scripts/fixtures.mjs --check  exit 1 if a committed file differs from a fresh conversion
//
// YAML 1.2 core schema: timestamps stay the exact strings of the record (no Date conversion).
import { readFileSync, readdirSync, writeFileSync, existsSync, mkdirSync } from "node:fs";
import { join, dirname, basename } from "node:path";
import { fileURLToPath } from "node:url";
import { parse } from "yaml";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const shared = join(root, "..", "shared");
const out = join(root, "static", "articles");
const records = join(root, "tests", "records");
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
function keep(target, content) {
  if (check) {
    if (!existsSync(target) || !readFileSync(target).equals(Buffer.from(content))) {
      console.error(`stale: ${target} (run node scripts/fixtures.mjs)`);
      stale++;
    }
  } else {
    writeFileSync(target, content);
  }
}
mkdirSync(records, { recursive: true });
for (const [name, file] of sources) {
  keep(join(records, basename(file)), readFileSync(file));
  const json = JSON.stringify(frontMatter(readFileSync(file, "utf8"), file), null, 2) + "\n";
  keep(join(out, `${name}.json`), json);
}
console.log(`${sources.length} articles ${check ? "checked" : "written"}`);
process.exit(stale ? 1 : 0);
