// news-card.js: the one script a page includes to embed news cards.
//
//   <script type="module" src="https://cdn.example.org/news-card/news-card.js"></script>
//   <news-card src="https://example.org/articles/42.json">
//     <a href="https://example.org/story">Fallback link</a>
//   </news-card>
//
// It loads the widget's WebAssembly from next to this file (import.meta.url), so the bundle
// works from any host and path, also from another origin than the page (serve it with CORS).
// The module runs once per page however often it is included; starting it defines the
// <news-card> element, and every card on the page, now or later, renders.
import init from "./news-card-wasm.js";

init().catch((error) => {
  // The cards keep showing their fallback content.
  console.error("news-card: the widget could not be loaded", error);
});
