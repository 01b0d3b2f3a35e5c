// scripts/wasm-names.mjs: the wasm and its glue get the same short names for what they call
// each other, and a glue that does not name what the wasm imports stops the build.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { shortenNames } from "../../scripts/wasm-names.mjs";

const root = new URL("../..", import.meta.url).pathname;

const name = (text) => {
  const bytes = [...new TextEncoder().encode(text)];
  return [bytes.length, ...bytes];
};
const section = (id, body) => [id, body.length, ...body];

/**
 * A module as wasm-bindgen shapes them: a function and a memory imported from the glue, a
 * function from a snippet, a closure's entry point and the memory exported, and an export the
 * glue never calls. Its one function
 * calls the glue's import and adds one to what it returns.
 */
function module() {
  const glue = "./demo_bg.js";
  const bytes = [
    ...[0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00],
    // Types: () -> i32.
    ...section(1, [1, 0x60, 0, 1, 0x7f]),
    ...section(2, [
      3,
      ...name(glue), ...name("__wbg_answer_0123456789abcdef"), 0x00, 0,
      ...name("./snippets/demo/element.js"), ...name("mark_drawing"), 0x00, 0,
      ...name(glue), ...name("__wbindgen_memory"), 0x02, 0x00, 1,
    ]),
    ...section(3, [1, 0]),
    ...section(7, [
      3,
      ...name("wasm_bindgen_0123abcd___convert__closures_____invoke_______true_"), 0x00, 2,
      ...name("memory"), 0x02, 0,
      ...name("__abort_handler"), 0x00, 2,
    ]),
    // Code: call 0, i32.const 1, i32.add.
    ...section(10, [1, 7, 0, 0x10, 0, 0x41, 1, 0x6a, 0x0b]),
  ];
  const text = `function T(){return{__proto__:null,"./demo_bg.js":{__proto__:null,__wbg_answer_0123456789abcdef:function(){return 41},__wbindgen_memory:function(){return new WebAssembly.Memory({initial:1})}},"./snippets/demo/element.js":S}}
function K(){return c.wasm_bindgen_0123abcd___convert__closures_____invoke_______true_()}`;
  return { wasm: Uint8Array.from(bytes), glue: text };
}

test("the wasm and its glue get the same short names, and still link", async () => {
  const { wasm, glue } = module();
  const short = shortenNames(wasm, glue, "./demo_bg.js");
  assert.equal(short.renamed, 3);
  const compiled = new WebAssembly.Module(short.wasm);
  assert.deepEqual(
    WebAssembly.Module.imports(compiled).map((i) => `${i.module} ${i.name}`),
    ["$ $0", "./snippets/demo/element.js mark_drawing", "$ $1"],
    "the glue's imports renamed, the snippet's kept",
  );
  assert.deepEqual(WebAssembly.Module.exports(compiled).map((e) => e.name), ["$2", "memory"], "the uncalled export dropped");
  assert.match(short.glue, /"\$":\{__proto__:null,\$0:function\(\)\{return 41\},\$1:function/);
  assert.match(short.glue, /c\.\$2\(\)/);
  assert.doesNotMatch(short.glue, /__wbg_answer|convert__closures|demo_bg/);
  assert.ok(short.wasm.length < wasm.length);
  // The renamed pair links: the import object the renamed glue builds is what the wasm asks.
  const imports = {
    $: { $0: () => 41, $1: new WebAssembly.Memory({ initial: 1 }) },
    "./snippets/demo/element.js": { mark_drawing: () => 0 },
  };
  const instance = new WebAssembly.Instance(compiled, imports);
  assert.equal(instance.exports.$2(), 42);
});

test("a glue that does not name an import of the wasm stops the build", () => {
  const { wasm, glue } = module();
  assert.throws(() => shortenNames(wasm, glue.replace("__wbg_answer_0123456789abcdef:", "other:"), "./demo_bg.js"), /does not name __wbg_answer/);
  assert.throws(() => shortenNames(wasm, glue.replace('"./demo_bg.js":', '"./else.js":'), "./demo_bg.js"), /does not define the module/);
});

test("the release bundle ships short names only", async () => {
  const wasm = await readFile(join(root, "dist", "news-card-wasm_bg.wasm"));
  const glue = await readFile(join(root, "dist", "news-card-wasm.js"), "utf8");
  const compiled = new WebAssembly.Module(wasm);
  for (const { module, name } of WebAssembly.Module.imports(compiled)) {
    // The glue's own functions by short names; the runtime module's by their exports' names.
    if (module === "$") assert.match(name, /^\$[0-9a-z]+$/);
    else assert.equal(module, "r", `import ${module} ${name}`);
  }
  const exported = WebAssembly.Module.exports(compiled).map((e) => e.name);
  assert.ok(exported.includes("memory"), "the memory keeps its name");
  assert.deepEqual(exported.filter((name) => name.startsWith("__wbindgen")), [], "the glue's calls have short names");
  assert.doesNotMatch(glue, /__wbg_\w+_[0-9a-f]{16}|convert__closures|news-card-wasm_bg\.js|"\.\/snippets\/[^"]+":/);
  assert.equal(glue.match(/import\*as /g).length, 1, "one namespace import: the runtime module");
});
