// The format mapper's module (scripts/mapper.mjs bundles this with the wasm-bindgen glue of
// src/mapper.rs and src/mapper.js): the loader imports it, pinned by its digest, and calls
// `load`, which instantiates the mapper's wasm, pinned by the digest the release build writes
// below, and gives `to_article`.
import init, { to_article } from "./news-card-formats.js";

export default async function load() {
  // The string is the wasm's SRI digest in a release build, empty under `trunk serve`.
  const integrity = "<wasm digest>";
  const wasm = new URL("./news-card-formats_bg.wasm", import.meta.url);
  await init({ module_or_path: fetch(wasm, { integrity, referrerPolicy: "strict-origin-when-cross-origin" }) });
  return to_article;
}
