// A React 19 app that uses <news-card> the way a site would (tests/e2e/frameworks.test.mjs
// bundles it with esbuild): one card gets its article as a property, one gets `src` from state,
// both report `news-card:load` to the app, and a button unmounts and remounts them.
import { StrictMode, useState } from "react";
import { createRoot } from "react-dom/client";
import chip from "../../../static/articles/2021-03-10-this-chip-for-ai-works-using-light-not-electrons.json";

const FILES = [
  "/articles/2019-12-17-amazon-releases-a-new-tool-to-improve-machine-learning-processes.json",
  "/articles/2021-03-12-nvidia-launches-ai-enterprise-suite-for-vmware-vsphere.json",
];

function App() {
  const [mounted, setMounted] = useState(true);
  const [file, setFile] = useState(0);
  const [loads, setLoads] = useState([]);

  // React 19 adds a listener for any `on…` prop of a custom element whose value is a function:
  // `onnews-card:load` listens to "news-card:load" (the name after "on", as written).
  const onLoad = (event) => {
    const entry = `${event.currentTarget.id}|${event.detail.title}`;
    window.__loads.push(entry);
    setLoads((list) => [...list, entry]);
  };

  return (
    <>
      <button id="toggle" onClick={() => setMounted((m) => !m)}>
        {mounted ? "Remove cards" : "Show cards"}
      </button>
      <button id="next" onClick={() => setFile((f) => (f + 1) % FILES.length)}>
        Next article
      </button>
      {mounted && (
        <div className="cards">
          {/* `article` exists on the defined element, so React 19 sets it as a property. The
              colon in the event prop is JSX's namespaced-name syntax, which esbuild and
              TypeScript accept. */}
          <news-card id="by-property" article={chip} onnews-card:load={onLoad}>
            <a href={chip.webUrl}>Read “{chip.title}”</a>
          </news-card>
          {/* The same listener through a spread, for toolchains whose JSX rejects the colon
              (Babel and Oxc by default). */}
          <news-card id="by-src" src={FILES[file]} {...{ "onnews-card:load": onLoad }}>
            <a href={FILES[file]}>Read the story</a>
          </news-card>
        </div>
      )}
      <ol id="loads">
        {loads.map((entry, i) => (
          <li key={i}>{entry}</li>
        ))}
      </ol>
    </>
  );
}

window.__loads = [];
// React 19 decides property or attribute by `name in element` when it sets the prop: before
// news-card.js has defined the element, `article` would become the attribute "[object Object]".
// So the app renders once the element is defined.
customElements.whenDefined("news-card").then(() => {
  window.__definedAtRender = Boolean(customElements.get("news-card"));
  createRoot(document.getElementById("root")).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
});
