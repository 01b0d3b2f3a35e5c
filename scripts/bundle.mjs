// The files a page downloads to show cards: the loader, the wasm-bindgen glue, the wasm, and
// the snippets the glue imports. dist/snippets can also hold folders no glue imports (Trunk
// writes one per crate target), which readers never download.

/** The loader, the glue and the wasm, as `trunk build` names them in dist/. */
export const CORE_FILES = ["news-card.js", "news-card-wasm.js", "news-card-wasm_bg.wasm"];

/** The snippet paths (`snippets/…`) the glue's source text imports, sorted. */
export function importedSnippets(glue) {
  return [...new Set([...String(glue).matchAll(/["']\.\/(snippets\/[^"']+)["']/g)].map((m) => m[1]))].sort();
}
