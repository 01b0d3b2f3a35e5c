// Short names for what the wasm and its glue call each other. wasm-bindgen names each import
// after the JS function it wraps plus a 16-digit hash (`__wbg_insertBefore_10ab0c19b463c12b`,
// in the module "./news-card-wasm_bg.js"), and each closure's entry point after its Rust types
// (up to 194 characters): about 10 KB of names, written in the wasm and again in the glue, and
// the hashes do not compress. Both files get the same short names here (`$0`, `$1`, …), so
// the browser links exactly what it linked before.
//
// Only the glue's own imports are renamed (a snippet's imports are the snippet's export names)
// and, among the exports, those the glue calls, but `memory`, which the tests and the bench
// read by name; the exports the glue never calls are dropped. Every old name must occur in the glue: if wasm-bindgen's
// output ever changes shape, this throws and the build fails, rather than ship a broken pair.
//
// The wasm also imports from each snippet module by its path (`./snippets/<crate>-<hash>/src/…`,
// about 60 characters a time); once the release build has bundled the snippets into one
// module, all those imports come from it, under one short module name.
//
//   import { shortenNames } from "./wasm-names.mjs";
//   const { wasm, glue, renamed } = shortenNames(wasmBytes, glueText, "./news-card-wasm_bg.js", "./snippets/news-card-runtime.js");

/** The sections of a wasm module: `{ id, start, end }` of each one's contents. */
export function sections(bytes) {
  const out = [];
  let at = 8;
  while (at < bytes.length) {
    const id = bytes[at];
    const [size, next] = leb(bytes, at + 1);
    out.push({ id, head: at, start: next, end: next + size });
    at = next + size;
  }
  return out;
}

function leb(bytes, at) {
  let value = 0;
  let shift = 0;
  for (;;) {
    const byte = bytes[at++];
    value += (byte & 0x7f) * 2 ** shift;
    shift += 7;
    if (byte < 0x80) return [value, at];
  }
}

function encodeLeb(value) {
  const out = [];
  do {
    let byte = value % 128;
    value = Math.floor(value / 128);
    if (value > 0) byte |= 0x80;
    out.push(byte);
  } while (value > 0);
  return out;
}

const utf8 = new TextDecoder();
const encoder = new TextEncoder();

function readName(bytes, at) {
  const [length, start] = leb(bytes, at);
  return [utf8.decode(bytes.subarray(start, start + length)), start + length];
}

function writeName(name) {
  const raw = encoder.encode(name);
  return [...encodeLeb(raw.length), ...raw];
}

/** Where an import's description ends: a function, table, memory, global or tag. */
function skipDescription(bytes, at) {
  const kind = bytes[at++];
  const limits = (p) => {
    const flags = bytes[p++];
    let [, q] = leb(bytes, p);
    if (flags & 1) [, q] = leb(bytes, q);
    return q;
  };
  switch (kind) {
    case 0: // function: its type index
      return leb(bytes, at)[1];
    case 4: // tag: an attribute byte, then a type index
      return leb(bytes, at + 1)[1];
    case 1: // table: a reference type, then limits
      return limits(at + 1);
    case 2: // memory: limits
      return limits(at);
    case 3: // global: a value type, then mutability
      return at + 2;
    default:
      throw new Error(`wasm-names: unknown import kind ${kind}`);
  }
}

/** The wasm's imports, each `{ module, name }`. */
export function importsOf(wasmBytes) {
  const bytes = new Uint8Array(wasmBytes);
  const out = [];
  for (const section of sections(bytes).filter((s) => s.id === 2)) {
    let [count, at] = leb(bytes, section.start);
    for (let i = 0; i < count; i++) {
      let module, name;
      [module, at] = readName(bytes, at);
      [name, at] = readName(bytes, at);
      at = skipDescription(bytes, at);
      out.push({ module, name });
    }
  }
  return out;
}

/** `$0`, `$1`, … `$z`, `$10`: valid JS property names, unlike anything wasm-bindgen writes. */
const shortName = (i) => `$${i.toString(36)}`;

/** The import module every snippet module's imports come from, once they are one module. */
const SNIPPETS = "r";

/**
 * The wasm and glue with short names for the glue's own imports (module `glueModule`, renamed
 * `$`) and for the exports the glue calls (the others dropped, but `memory`); and, when the
 * glue imports its snippets from one `bundledSnippets` module, every snippet import module
 * renamed `r`. `renamed` counts the names changed. `mergeGlue: false` leaves the glue's
 * snippet imports as they are (the bench, which compares only the wasm's imports and exports
 * with dist/'s, renames an unbundled build).
 */
export function shortenNames(wasmBytes, glue, glueModule, bundledSnippets = null, { mergeGlue = true } = {}) {
  const bytes = new Uint8Array(wasmBytes);
  const all = sections(bytes);
  const renames = new Map();
  const parts = [];
  let copied = 0;
  let next = 0;
  for (const section of all) {
    if (section.id !== 2 && section.id !== 7) continue;
    const entries = [];
    let [count, at] = leb(bytes, section.start);
    for (let i = 0; i < count; i++) {
      if (section.id === 2) {
        let module, name;
        [module, at] = readName(bytes, at);
        [name, at] = readName(bytes, at);
        const end = skipDescription(bytes, at);
        const own = module === glueModule;
        if (own) renames.set(name, shortName(next++));
        const newModule = own ? "$" : bundledSnippets && module.startsWith("./snippets/") ? SNIPPETS : module;
        entries.push([...writeName(newModule), ...writeName(own ? renames.get(name) : name), ...bytes.subarray(at, end)]);
        at = end;
      } else {
        let name;
        [name, at] = readName(bytes, at);
        const end = leb(bytes, at + 1)[1];
        if (renames.has(name)) throw new Error(`wasm-names: ${name} is both an import and an export`);
        const called = name !== "memory" && new RegExp(`(?<![\\w$])${name.replace(/\$/g, "\\$")}(?![\\w$])`).test(glue);
        if (called) renames.set(name, shortName(next++));
        // An export nobody calls (wasm-bindgen's `__abort_handler`, `main`) goes.
        if (called || name === "memory") entries.push([...writeName(called ? renames.get(name) : name), ...bytes.subarray(at, end)]);
        at = end;
      }
    }
    const body = [...encodeLeb(entries.length), ...entries.flat()];
    parts.push(bytes.subarray(copied, section.head), Uint8Array.from([section.id, ...encodeLeb(body.length), ...body]));
    copied = section.end;
  }
  parts.push(bytes.subarray(copied));
  const wasm = Buffer.concat(parts);

  const quotedModule = JSON.stringify(glueModule);
  if (!glue.includes(`${quotedModule}:`)) throw new Error(`wasm-names: the glue does not define the module ${quotedModule}`);
  let text = glue.split(`${quotedModule}:`).join(`"$":`);
  for (const [from, to] of renames) {
    const renamed = text.replace(new RegExp(`(?<![\\w$])${from}(?![\\w$])`, "g"), () => to);
    if (renamed === text) throw new Error(`wasm-names: the glue does not name ${from}`);
    text = renamed;
  }
  if (bundledSnippets && mergeGlue) text = mergeSnippetModules(text, bundledSnippets);
  return { wasm, glue: text, renamed: renames.size };
}

/**
 * The glue's import object with one entry, `r`, for the snippet modules' several (each a
 * namespace import of the one `bundled` module), and the namespace imports no entry names any
 * more removed. Throws where the glue is not of that shape.
 */
function mergeSnippetModules(glue, bundled) {
  const entries = /,"\.\/snippets\/[^"]+":([A-Za-z_$][\w$]*)/g;
  const names = [...new Set([...glue.matchAll(entries)].map((m) => m[1]))];
  if (!names.length) throw new Error("wasm-names: the glue's import object names no snippet module");
  let text = glue.replace(entries, "");
  for (const [i, name] of names.entries()) {
    const statement = `import*as ${name} from${JSON.stringify(`./${bundled.replace(/^\.\//, "")}`)};`;
    if (!text.includes(statement)) throw new Error(`wasm-names: ${name} is not a namespace import of ${bundled}`);
    if (i > 0) text = text.replace(statement, "");
  }
  const stale = names.slice(1).filter((name) => new RegExp(`(?<![\\w$])${name.replace(/\$/g, "\\$")}(?![\\w$])`).test(text));
  if (stale.length) throw new Error(`wasm-names: ${stale.join(", ")} still used in the glue`);
  if (text.split('"$":').length !== 2) throw new Error('wasm-names: the glue\'s import object has no one "$" entry');
  return text.replace('"$":', `${SNIPPETS}:${names[0]},"$":`);
}
