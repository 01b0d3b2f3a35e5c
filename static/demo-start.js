// The demo page's start (index.html, Trunk's `data-initializer`): the page is started by
// Trunk's own script, not by news-card.js, so this gives the element's runtime the one thing
// of the loader's that the demo needs, the format mapper for "Cards from what sites publish"
// (a page's metadata and a feed). Unpinned: `trunk serve` builds have no digests.
export default function demoStart() {
  const runtime = (globalThis[Symbol.for("news-card")] ??= {});
  let mapper;
  runtime.mapper ??= () =>
    (mapper ??= import(new URL("news-card-formats.js", document.baseURI).href)
      .then((module) => module.default())
      .catch((error) => {
        mapper = undefined;
        throw error;
      }));
  return {};
}
