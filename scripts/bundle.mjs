// The files a page downloads to show cards: the loader, the wasm-bindgen glue, the wasm, and
// the snippets the glue imports. dist/snippets can also hold folders no glue imports (Trunk
// writes one per crate target), which readers never download.

/** The loader, the glue and the wasm, as `trunk build` names them in dist/. */
export const CORE_FILES = ["news-card.js", "news-card-wasm.js", "news-card-wasm_bg.wasm"];

/**
 * The snippet paths (`snippets/…`) the glue's import statements name, sorted. (The glue also
 * names snippets as the wasm's import modules: those keys are not files it loads.)
 */
export function importedSnippets(glue) {
  const imports = String(glue).matchAll(/\b(?:from|import)\s*\(?\s*["']\.\/(snippets\/[^"']+)["']/g);
  return [...new Set([...imports].map((m) => m[1]))].sort();
}
