// The rules the loader applies to a card before the element's runtime has come, read alike by
// the loader (static/news-card.js) and the runtime (src/embed/runtime/cards.js), on the cases in
// rules.json (which tests/model.rs also runs through src/model/config.rs).
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import * as cards from "../../src/embed/runtime/cards.js";

const cases = JSON.parse(readFileSync(new URL("./rules.json", import.meta.url), "utf8"));

// The loader's two rules, from its own text: it exports nothing (a page's script tag is its
// only user), so the test takes the functions out of it as they are.
const loaderUrl = new URL("../../static/news-card.js", import.meta.url);
const source = readFileSync(loaderUrl, "utf8").replaceAll("import.meta.url", JSON.stringify(loaderUrl.href));
const loader = await import(`data:text/javascript,${encodeURIComponent(`${source}\nexport { isEager, hasInlineData, referrerPolicyOf };`)}`);

/** A stand-in for a <news-card> with these attributes and children. */
function card(attributes = {}, children = []) {
  return {
    getAttribute: (name) => (name in attributes ? attributes[name] : null),
    children,
  };
}

/** A stand-in for a child element. */
function child(localName, attributes = {}, textContent = "") {
  return { localName, textContent, getAttribute: (name) => (name in attributes ? attributes[name] : null) };
}

test("the loader and the runtime agree on which cards are eager", () => {
  for (const [value, eager] of cases.loading) {
    const element = card(value === null ? {} : { loading: value });
    assert.equal(loader.isEager(element), eager, `loader, loading=${JSON.stringify(value)}`);
    assert.equal(cards.isEager(element), eager, `runtime, loading=${JSON.stringify(value)}`);
  }
});

test("the loader and the runtime agree on which cards carry their article inline", () => {
  for (const [type, inline] of cases.inlineData) {
    const script = child("script", type === null ? {} : { type }, '{"title":"t"}');
    for (const children of [[script], [child("a", { href: "https://example.org/" }), script]]) {
      const element = card({ src: "/a.json" }, children);
      assert.equal(loader.hasInlineData(element), inline, `loader, type=${JSON.stringify(type)}`);
      assert.equal(cards.inlineData(element) !== undefined, inline, `runtime, type=${JSON.stringify(type)}`);
    }
  }
  // Only a child counts, and only a script.
  assert.equal(loader.hasInlineData(card({}, [child("div", { type: "application/json" })])), false);
  assert.equal(cards.inlineData(card({}, [child("div", { type: "application/json" })])), undefined);
});

test("the runtime's inline data is the script's text, and it stops fetching src", () => {
  const element = card({ src: " /a.json " }, [child("script", { type: "application/json" }, '{"title":"t"}')]);
  assert.equal(cards.inlineData(element), '{"title":"t"}');
  assert.equal(cards.fetchedSrc(element), "");
  assert.equal(cards.fetchedSrc(card({ src: " /a.json " })), "/a.json");
});

test("keyword attributes: the runtime reads the value in effect as the card does, and knows a wrong one", () => {
  const seen = new Set();
  for (const [name, value, effect, warns] of cases.keywords) {
    seen.add(name);
    assert.equal(cards.keywordInEffect(name, value), effect, `${name}=${JSON.stringify(value)}`);
    assert.equal(cards.isInvalidKeyword(name, value), warns, `${name}=${JSON.stringify(value)} ${warns ? "warns" : "does not warn"}`);
  }
  assert.deepEqual([...seen].sort(), Object.keys(cards.KEYWORDS).sort(), "a case for every keyword attribute");
});

test("the loader sends an early fetch with the referrer policy the card's own fetch has", () => {
  for (const [name, value, effect] of cases.keywords.filter(([name]) => name === "referrerpolicy")) {
    const element = card(value === null ? {} : { [name]: value });
    assert.equal(loader.referrerPolicyOf(element), effect, `referrerpolicy=${JSON.stringify(value)}`);
  }
});
