// The stylesheets a site links from the bundle: news-card.css (a prerendered card's, from
// `news-card render`) and news-card-reserve.css (the page's, which reserves each card's box).
// What ships (dist/ in a release build, and the package) is minified by esbuild, as the
// bundle's JavaScript is; static/ keeps the readable sources with their comments. The wasm
// carries its own copy of the card's stylesheet, minified by build.rs.
import { transformSync } from "esbuild";

export const STYLESHEETS = ["news-card.css", "news-card-reserve.css"];

/** `css` minified: comments, white space and redundant characters out; rules as written. */
export function minifyStylesheet(css, name = "stylesheet.css") {
  return transformSync(css, { loader: "css", minify: true, legalComments: "none", sourcefile: name }).code;
}
