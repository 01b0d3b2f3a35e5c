// The article JSON Schema (schema/article.schema.json, draft 2020-12): every real record the
// project ships validates, and documents the widget cannot use are refused. No browser.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFile, readdir } from "node:fs/promises";
import { join, dirname } from "node:path";
import { fileURLToPath } from "node:url";
import Ajv2020 from "ajv/dist/2020.js";

const root = join(dirname(fileURLToPath(import.meta.url)), "..", "..");
const schema = JSON.parse(await readFile(join(root, "schema", "article.schema.json"), "utf8"));
const validate = new Ajv2020({ strict: true, strictRequired: false, allErrors: true }).compile(schema);

test("every fixture (the seed and the twelve samples) validates against the schema", async () => {
  const dir = join(root, "static", "articles");
  const files = (await readdir(dir)).filter((f) => f.endsWith(".json"));
  assert.equal(files.length, 13);
  for (const file of files) {
    const ok = validate(JSON.parse(await readFile(join(dir, file), "utf8")));
    assert.ok(ok, `${file}: ${JSON.stringify(validate.errors)}`);
  }
});

test("the schema refuses what the widget cannot use", () => {
  const cases = {
    "an array": [1, 2],
    "neither a title nor a link": { excerpt: "Only words" },
    "a javascript: link": { title: "x", webUrl: "javascript:alert(1)" },
    "a date without an offset": { title: "x", publishedDateTime: "2021-06-05T14:56:00" },
    "a negative image width": { title: "x", images: [{ url: "https://e.org/a.jpg", width: -1 }] },
    "topics that are not text": { title: "x", topics: [1, 2] },
  };
  for (const [what, doc] of Object.entries(cases)) assert.equal(validate(doc), false, what);
  assert.ok(validate({ webUrl: "https://example.org/story", extraKey: { any: "thing" } }), "a link alone, and unknown keys");
  assert.ok(validate({ title: "x", images: [{ url: "/relative.jpg" }] }), "relative URLs resolve against the JSON's URL");
});
