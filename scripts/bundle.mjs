// The files a page downloads to show cards: the loader, the wasm-bindgen glue, the wasm, and
// the snippets the glue imports. dist/snippets can also hold folders no glue imports (Trunk
// writes one per crate target), which readers never download.
import { createHash } from "node:crypto";

/** The loader, the glue and the wasm, as `trunk build` names them in dist/. */
export const CORE_FILES = ["news-card.js", "news-card-wasm.js", "news-card-wasm_bg.wasm"];

/**
 * The format mapper's glue and wasm (src/mapper.rs): downloaded only by a page with a card whose
 * answer is an HTML page, a feed or JSON-LD, so not part of what every page downloads.
 */
export const MAPPER_FILES = ["news-card-formats.js", "news-card-formats_bg.wasm"];

/**
 * The snippet paths (`snippets/…`) the glue's import statements name, sorted. (The glue also
 * names snippets as the wasm's import modules: those keys are not files it loads.)
 */
export function importedSnippets(glue) {
  const imports = String(glue).matchAll(/\b(?:from|import)\s*\(?\s*["']\.\/(snippets\/[^"']+)["']/g);
  return [...new Set([...imports].map((m) => m[1]))].sort();
}

/**
 * The glue with the snippets its import statements name changed to `rename(snippet)` (kept
 * where that gives nothing). The wasm's import modules, which name snippets too, keep their
 * names: they are keys the wasm links by, not files.
 */
export function renameSnippetImports(glue, rename) {
  return String(glue).replace(/(\bfrom\s*)(["'])\.\/(snippets\/[^"']+)\2/g, (all, from, quote, snippet) => {
    const to = rename(snippet);
    return to ? `${from}${quote}./${to}${quote}` : all;
  });
}

/** The subresource integrity digest of `bytes`, as an `integrity` attribute or fetch option takes it. */
export function sri(bytes) {
  return `sha256-${createHash("sha256").update(bytes).digest("base64")}`;
}

// The loader's INTEGRITY array, minified: empty, or filled in by a build.
const INTEGRITY = /\[((?:""|"sha256-[A-Za-z0-9+/]+=*")(?:,(?:""|"sha256-[A-Za-z0-9+/]+=*")){3})\]/g;

/**
 * The minified loader with its INTEGRITY array set to the digests of the wasm, the glue, the
 * runtime module and the format mapper's module (each the file's bytes), in that order.
 * Throws unless the loader holds the array once.
 */
export function writeIntegrity(loader, wasm, glue, runtime, mapper) {
  const found = String(loader).match(INTEGRITY) || [];
  if (found.length !== 1) throw new Error(`the loader holds ${found.length} INTEGRITY arrays, not one`);
  const files = [wasm, glue, runtime, mapper];
  return String(loader).replace(INTEGRITY, `[${files.map((bytes) => `"${sri(bytes)}"`).join(",")}]`);
}
