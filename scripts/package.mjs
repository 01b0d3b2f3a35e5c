// Assembles the npm package from the release bundle, after `bash scripts/release.sh`:
//
//   node scripts/package.mjs
//
// writes target/package/news-card@<version>/ (version from Cargo.toml) and packs it with
// `npm pack` into target/package/news-card-<version>.tgz. The glue and the wasm are named by a
// hash of their content (news-card-wasm.<hash>.js, news-card-wasm_bg.<hash>.wasm, and the
// snippets' one module, snippets/news-card-runtime.<hash>.js; the format mapper's module and
// wasm, news-card-formats.<hash>.js and news-card-formats_bg.<hash>.wasm), so a host can cache
// them forever; the glue's (and the mapper's) own references to the wasm and the module are
// rewritten first, and the file is hashed after that. news-card.js keeps its name (pages
// include it) and gets the hashed names in place of the four file-name strings, and the
// digests of the files under them (its INTEGRITY). custom-elements.json and the declarations come from
// scripts/manifest.mjs, and must equal the committed ones.
import { createHash } from "node:crypto";
import { execFileSync } from "node:child_process";
import { readFile, writeFile, mkdir, rm, access } from "node:fs/promises";
import { join, dirname, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { generate } from "./manifest.mjs";
import { CORE_FILES, importedSnippets, renameSnippetImports, writeIntegrity } from "./bundle.mjs";
import { STYLESHEETS, minifyStylesheet } from "./css.mjs";

const ROOT = join(dirname(fileURLToPath(import.meta.url)), "..");
const DIST = join(ROOT, "dist");
const OUT = join(ROOT, "target", "package");

function fail(message) {
  console.error(`package: ${message}`);
  process.exit(1);
}

const hash = (bytes) => createHash("sha256").update(bytes).digest("hex").slice(0, 12);

/** The files the package holds, relative to its folder, besides package.json, README and LICENSE. */
export async function assemble() {
  const { version, files: generated } = await generate();
  for (const [path, text] of Object.entries(generated)) {
    const committed = await readFile(join(ROOT, path), "utf8").catch(() => null);
    if (committed !== text) fail(`${path} is out of date: run node scripts/manifest.mjs`);
  }
  for (const name of CORE_FILES) {
    await access(join(DIST, name)).catch(() => fail(`dist/${name} is missing: run bash scripts/release.sh first`));
  }
  const dir = join(OUT, `news-card@${version}`);
  await rm(dir, { recursive: true, force: true });
  await mkdir(dir, { recursive: true });
  const write = async (name, content) => {
    await mkdir(dirname(join(dir, name)), { recursive: true });
    await writeFile(join(dir, name), content);
  };

  // The wasm, then the glue with the wasm's new name in it.
  const wasmBytes = await readFile(join(DIST, "news-card-wasm_bg.wasm"));
  const wasmName = `news-card-wasm_bg.${hash(wasmBytes)}.wasm`;
  let glue = await readFile(join(DIST, "news-card-wasm.js"), "utf8");
  const wasmReferences = glue.match(/(['"])news-card-wasm_bg\.wasm\1/g) || [];
  if (wasmReferences.length !== 1) fail(`expected one reference to news-card-wasm_bg.wasm in the glue, found ${wasmReferences.length}`);
  glue = glue.replace(/(['"])news-card-wasm_bg\.wasm\1/, (_, q) => `${q}${wasmName}${q}`);

  // The snippets the glue imports (the release build bundles them into one module), each named
  // by a hash of its content as well, and the glue's import statements pointed at those names
  // (the wasm's import modules keep theirs: they are keys, not files).
  const snippets = importedSnippets(glue);
  if (!snippets.length) fail("the glue imports no snippets/: has wasm-bindgen changed its layout?");
  const hashedSnippets = new Map();
  for (const snippet of snippets) {
    const text = await readFile(join(DIST, snippet), "utf8").catch(() => fail(`dist/${snippet} is missing`));
    // A snippet that imported further files would need them packed too.
    if (/^\s*import\s|\bimport\s*\(|^\s*export\s[^;]*\sfrom\s/m.test(text)) fail(`${snippet} imports other modules`);
    const hashed = snippet.replace(/\.js$/, `.${hash(text)}.js`);
    hashedSnippets.set(snippet, hashed);
    await write(hashed, text);
  }
  glue = renameSnippetImports(glue, (snippet) => hashedSnippets.get(snippet));
  if (importedSnippets(glue).some((s) => hashedSnippets.has(s))) fail("a snippet import of the glue was not renamed");
  const glueName = `news-card-wasm.${hash(glue)}.js`;
  await write(wasmName, wasmBytes);
  await write(glueName, glue);

  // The loader, pointed at the hashed names, with the digests of the files under them (the
  // glue's changed with its imports).
  const loader = await readFile(join(DIST, "news-card.js"), "utf8");
  let packedLoader = loader;
  const runtimeName = "snippets/news-card-runtime.js";
  if (!hashedSnippets.has(runtimeName)) fail(`the glue does not import ${runtimeName}`);
  for (const [plain, hashed] of [["news-card-wasm.js", glueName], ["news-card-wasm_bg.wasm", wasmName], [runtimeName, hashedSnippets.get(runtimeName)]]) {
    const literal = `"./${plain}"`;
    const count = loader.split(literal).length - 1;
    if (count !== 1) fail(`dist/news-card.js: expected the string ${literal} once, found it ${count} times`);
    packedLoader = packedLoader.replace(literal, `"./${hashed}"`);
  }
  // The format mapper's module and wasm (loaded only for cards of pages, feeds and JSON-LD),
  // named by their content as well: the module with its wasm's new name in it.
  const mapperWasm = await readFile(join(DIST, "news-card-formats_bg.wasm")).catch(() => fail("dist/news-card-formats_bg.wasm is missing"));
  const mapperWasmName = `news-card-formats_bg.${hash(mapperWasm)}.wasm`;
  let mapper = await readFile(join(DIST, "news-card-formats.js"), "utf8");
  const mapperWasmLiteral = '"./news-card-formats_bg.wasm"';
  if (mapper.split(mapperWasmLiteral).length !== 2) fail(`dist/news-card-formats.js: expected the string ${mapperWasmLiteral} once`);
  mapper = mapper.replace(mapperWasmLiteral, `"./${mapperWasmName}"`);
  const mapperName = `news-card-formats.${hash(mapper)}.js`;
  await write(mapperWasmName, mapperWasm);
  await write(mapperName, mapper);
  const mapperLiteral = '"./news-card-formats.js"';
  if (loader.split(mapperLiteral).length !== 2) fail(`dist/news-card.js: expected the string ${mapperLiteral} once`);
  packedLoader = packedLoader.replace(mapperLiteral, `"./${mapperName}"`);
  const runtimeText = await readFile(join(DIST, runtimeName));
  packedLoader = writeIntegrity(packedLoader, wasmBytes, glue, runtimeText, mapper);
  await write("news-card.js", packedLoader);

  // The page's optional stylesheet that reserves each card's box (no layout shift), and the
  // card's stylesheet as a file, for prerendered cards (`news-card render --stylesheet`):
  // minified, as dist/'s (scripts/css.mjs).
  for (const name of STYLESHEETS) {
    await write(name, minifyStylesheet(await readFile(join(ROOT, "static", name), "utf8"), name));
  }

  // Types, manifest, the React entry.
  await write("custom-elements.json", generated["custom-elements.json"]);
  await write("news-card.d.ts", generated["types/news-card.d.ts"]);
  await write("react.d.ts", generated["types/react.d.ts"]);
  await write(
    "react.js",
    '// `import "news-card/react"`, kept external and import-mapped to this file (never bundled):\n' +
      "// defines <news-card>, as news-card.js does; in TypeScript it adds the element to React 19's\n" +
      "// JSX elements (react.d.ts).\n" +
      'import "./news-card.js";\n',
  );

  const cargo = await readFile(join(ROOT, "Cargo.toml"), "utf8");
  const description = cargo.match(/^description = "([^"]+)"/m)?.[1];
  const license = cargo.match(/^license = "([^"]+)"/m)?.[1];
  if (!description || !license) fail("Cargo.toml: no description or license");
  const packaged = [
    "news-card.js",
    glueName,
    wasmName,
    mapperName,
    mapperWasmName,
    "snippets/",
    "news-card-reserve.css",
    "news-card.css",
    "news-card.d.ts",
    "react.js",
    "react.d.ts",
    "custom-elements.json",
  ];
  const manifest = {
    name: "news-card",
    version,
    description,
    license,
    type: "module",
    exports: {
      ".": { types: "./news-card.d.ts", default: "./news-card.js" },
      "./react": { types: "./react.d.ts", default: "./react.js" },
      "./reserve.css": "./news-card-reserve.css",
      "./card.css": "./news-card.css",
      "./custom-elements.json": "./custom-elements.json",
      "./package.json": "./package.json",
    },
    types: "./news-card.d.ts",
    customElements: "custom-elements.json",
    files: packaged,
    sideEffects: true,
    keywords: ["news-card", "web-component", "custom-element", "news", "card", "webassembly", "wasm", "yew"],
  };
  await write("package.json", JSON.stringify(manifest, null, 2) + "\n");
  await write("README.md", readme(version));
  const license_text = await readFile(join(ROOT, "LICENSE"), "utf8").catch(() => mit());
  await write("LICENSE", license_text);

  return {
    version,
    dir,
    glueName,
    wasmName,
    files: [
      "LICENSE",
      "README.md",
      "custom-elements.json",
      glueName,
      wasmName,
      mapperName,
      mapperWasmName,
      "news-card-reserve.css",
      "news-card.css",
      "news-card.d.ts",
      "news-card.js",
      "package.json",
      "react.d.ts",
      "react.js",
      ...snippets,
    ].sort(),
  };
}

function readme(version) {
  return `# news-card

An embeddable news card: a \`<news-card src="article.json">\` custom element, written in Rust
and compiled to WebAssembly. It fetches an article's JSON and renders a card in a shadow root,
under a strict Content-Security-Policy.

## Install

Copy this folder as it is into your site's static files (say \`public/news-card/\`) and include
the loader with a script tag; it defines \`<news-card>\` and finds the rest next to itself:

\`\`\`html
<script type="module" src="/news-card/news-card.js"></script>
\`\`\`

Do not bundle it: \`import "news-card"\` bundled by esbuild, Rollup or webpack loses the files
next to it, and no card renders. Import the types only
(\`import type { NewsCardElement } from "news-card"\`), which leaves nothing in the bundle; or keep
the package external (\`--external:news-card\`) and map \`news-card\` to the hosted
\`news-card.js\` with an import map.

No layout shift: link \`news-card-reserve.css\` (\`news-card/reserve.css\`) in the page's
\`<head>\`, and each card's box is there from the first paint. Cards prerendered with
\`news-card render\` link the card's stylesheet, \`news-card.css\` (\`news-card/card.css\`).

Caching: the glue, the wasm and \`snippets/\`'s one module carry a hash of their content in
their names (cache them forever); \`news-card.js\` keeps its name (revalidate it, or host each
version under its own path). Serve the \`.wasm\` as \`application/wasm\`.

## Use

\`\`\`html
<news-card src="https://example.org/articles/42.json" theme="dark">
  <a href="https://example.org/story">Fallback link</a>
</news-card>
\`\`\`

\`\`\`js
const card = document.querySelector("news-card"); // a NewsCardElement in TypeScript
card.maxRelated = 2;
card.addEventListener("news-card:load", (event) => console.log(event.detail.title));
\`\`\`

TypeScript types come with the package. In React 19, \`import type {} from "news-card/react"\`
also adds \`<news-card>\` to JSX, with \`onnews-card:load\`, \`onnews-card:error\` and
\`onnews-card:navigate\` props. \`custom-elements.json\` describes the element for editors.

## Docs

Every attribute, property, event, CSS custom property and part:
[EMBEDDING.md](https://github.com/news-card/news-card/blob/v${version}/EMBEDDING.md).
`;
}

function mit() {
  return `MIT License

Copyright (c) news-card contributors

Permission is hereby granted, free of charge, to any person obtaining a copy of this software and
associated documentation files (the "Software"), to deal in the Software without restriction,
including without limitation the rights to use, copy, modify, merge, publish, distribute,
sublicense, and/or sell copies of the Software, and to permit persons to whom the Software is
furnished to do so, subject to the following conditions:

The above copyright notice and this permission notice shall be included in all copies or
substantial portions of the Software.

THE SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND, EXPRESS OR IMPLIED, INCLUDING BUT
NOT LIMITED TO THE WARRANTIES OF MERCHANTABILITY, FITNESS FOR A PARTICULAR PURPOSE AND
NONINFRINGEMENT. IN NO EVENT SHALL THE AUTHORS OR COPYRIGHT HOLDERS BE LIABLE FOR ANY CLAIM,
DAMAGES OR OTHER LIABILITY, WHETHER IN AN ACTION OF CONTRACT, TORT OR OTHERWISE, ARISING FROM, OUT
OF OR IN CONNECTION WITH THE SOFTWARE OR THE USE OR OTHER DEALINGS IN THE SOFTWARE.
`;
}

/** Packs the folder with npm into target/package/; returns the tarball's path. */
function pack(dir) {
  const output = execFileSync("npm", ["pack", "--json", "--offline", "--pack-destination", OUT], {
    cwd: dir,
    encoding: "utf8",
    stdio: ["ignore", "pipe", "inherit"],
  });
  const [{ filename }] = JSON.parse(output);
  return join(OUT, filename);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const { dir, files } = await assemble();
  const tarball = pack(dir);
  console.log(`${relative(ROOT, dir)}/: ${files.length} files`);
  for (const file of files) console.log(`  ${file}`);
  console.log(`packed ${relative(ROOT, tarball)}`);
}
