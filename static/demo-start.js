// The demo page's start (index.html, Trunk's `data-initializer`): the page is started by
// Trunk's own script, not by news-card.js, so this gives the element's runtime the one thing
// of the loader's that the demo needs, the format mapper for "Cards from what sites publish"
// (a page's metadata and a feed). Unpinned, on the demo page alone (`trunk serve` and the
// release build's dist/index.html): pages that include news-card.js get it pinned.
export default function demoStart() {
  const runtime = (globalThis[Symbol.for("news-card")] ??= {});
  let mapper;
  let loads = 0;
  runtime.mapper ??= (fresh) => {
    // A fresh module (and instance) after a failure or a trap, as the loader's.
    if (fresh || !mapper) {
      const url = new URL(`news-card-formats.js${loads++ ? `#${loads}` : ""}`, document.baseURI).href;
      mapper = import(url)
        .then((module) => module.default())
        .catch((error) => {
          mapper = undefined;
          throw error;
        });
    }
    return mapper;
  };
  return {};
}
