// Short names for what the wasm and its glue call each other. wasm-bindgen names each import
// after the JS function it wraps plus a 16-digit hash (`__wbg_insertBefore_10ab0c19b463c12b`,
// in the module "./news-card-wasm_bg.js"), and each closure's entry point after its Rust types
// (up to 194 characters): about 10 KB of names, written in the wasm and again in the glue, and
// the hashes do not compress. Both files get the same short names here (`$0`, `$1`, …), so
// the browser links exactly what it linked before.
//
// Only the glue's own imports are renamed (a snippet's imports are the snippet's export names)
// and only the closures' entry points among the exports (the loader and the bench read the
// others, such as `memory`, by name). Every old name must occur in the glue: if wasm-bindgen's
// output ever changes shape, this throws and the build fails, rather than ship a broken pair.
//
//   import { shortenNames } from "./wasm-names.mjs";
//   const { wasm, glue, renamed } = shortenNames(wasmBytes, glueText, "./news-card-wasm_bg.js");

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

/** `$0`, `$1`, … `$z`, `$10`: valid JS property names, unlike anything wasm-bindgen writes. */
const shortName = (i) => `$${i.toString(36)}`;

/**
 * The wasm and glue with short names for the glue's own imports (module `glueModule`, renamed
 * `$`) and for the closures' entry points. `renamed` counts the names changed.
 */
export function shortenNames(wasmBytes, glue, glueModule) {
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
        entries.push([...writeName(own ? "$" : module), ...writeName(own ? renames.get(name) : name), ...bytes.subarray(at, end)]);
        at = end;
      } else {
        let name;
        [name, at] = readName(bytes, at);
        const end = leb(bytes, at + 1)[1];
        const closure = /^wasm_bindgen_[0-9a-f]+___convert__closures_/.test(name);
        if (closure) renames.set(name, shortName(next++));
        entries.push([...writeName(closure ? renames.get(name) : name), ...bytes.subarray(at, end)]);
        at = end;
      }
    }
    const body = [...encodeLeb(count), ...entries.flat()];
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
  return { wasm, glue: text, renamed: renames.size };
}
