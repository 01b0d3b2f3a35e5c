// The <news-card> element's public surface, read from the code and checked against EMBEDDING.md,
// written as a Custom Elements Manifest (custom-elements.json) and TypeScript declarations
// (types/news-card.d.ts, types/react.d.ts). scripts/package.mjs ships the three in the npm package.
//
//   node scripts/manifest.mjs           rewrite the three files
//   node scripts/manifest.mjs --check   fail if they differ from what the code and docs give
//
// Names come from the code: attributes from ATTRIBUTES in src/model/config.rs, properties from
// the element class in src/embed/runtime/element.js, events and their details from src/model/event.rs
// (error kinds from src/model/load.rs), CSS custom properties from var(--news-card-*) in
// static/news-card.css, parts from part= in src/view/*.rs, the article from
// schema/article.schema.json. Descriptions, defaults and value lists come from EMBEDDING.md's
// tables; a name in the code without a row there, or a row naming nothing in the code, is an
// error, so the docs stay true.
import { readFile, readdir, writeFile, mkdir } from "node:fs/promises";
import { join, dirname } from "node:path";
import { fileURLToPath } from "node:url";
import { KEYWORDS, propertyOf } from "../src/embed/runtime/cards.js";

const ROOT = join(dirname(fileURLToPath(import.meta.url)), "..");
const TAG = "news-card";
const CLASS = "NewsCardElement";

class ManifestError extends Error {}

function fail(message) {
  throw new ManifestError(message);
}

function sameSet(what, code, docs) {
  const missing = code.filter((name) => !docs.includes(name));
  const extra = docs.filter((name) => !code.includes(name));
  if (missing.length) fail(`${what} in the code but not in EMBEDDING.md: ${missing.join(", ")}`);
  if (extra.length) fail(`${what} in EMBEDDING.md but not in the code: ${extra.join(", ")}`);
}

// The element's own rule for naming the property that mirrors an attribute.
const camel = propertyOf;
const unique = (list) => [...new Set(list)];
const ticks = (text) => [...text.matchAll(/`([^`]+)`/g)].map((m) => m[1]);
const quote = (value) => JSON.stringify(value);
const union = (values) => values.map(quote).join(" | ");

// ---------------------------------------------------------------------------------------------
// The code

function attributesFromConfig(source) {
  const match = source.match(/pub const ATTRIBUTES: \[&str; (\d+)\] = \[([^\]]*)\];/);
  if (!match) fail("src/model/config.rs: no `pub const ATTRIBUTES: [&str; N] = [...]`");
  const names = [...match[2].matchAll(/"([^"]+)"/g)].map((m) => m[1]);
  if (names.length !== Number(match[1])) fail("src/model/config.rs: ATTRIBUTES length disagrees with its type");
  return names;
}

/** The element class's own public members, with their doc comments. */
function classMembers(source) {
  const start = source.indexOf(`class ${CLASS} extends HTMLElement {`);
  const end = source.indexOf("\n}\n", start);
  if (start < 0 || end < 0) fail(`src/embed/runtime/element.js: class ${CLASS} not found`);
  const body = source.slice(start, end);
  const members = new Map();
  const re = /(?:\/\*\*((?:(?!\*\/)[\s\S])*)\*\/\n)?^ {2}(static )?(get |set )?([A-Za-z_$][\w$]*)\(/gm;
  for (const [, doc, isStatic, accessor, name] of body.matchAll(re)) {
    if (name === "constructor" || name.startsWith("_") || /Callback$/.test(name) || name === "observedAttributes") continue;
    const key = (isStatic ? "static " : "") + name;
    const member = members.get(key) || { name, static: Boolean(isStatic), get: false, set: false, method: false, description: "" };
    if (accessor === "get ") member.get = true;
    else if (accessor === "set ") member.set = true;
    else member.method = true;
    if (doc && !member.description) member.description = doc.replace(/^\s*\*?\s?/gm, " ").replace(/\s+/g, " ").trim();
    members.set(key, member);
  }
  return [...members.values()];
}

function globalAttributePattern(source) {
  const match = source.match(/const GLOBAL_ATTRIBUTE = \/(.+)\/;/);
  if (!match) fail("src/embed/runtime/warnings.js: GLOBAL_ATTRIBUTE not found");
  return new RegExp(match[1]);
}

function errorKinds(source) {
  const body = source.match(/pub fn kind\(&self\) -> &'static str \{([\s\S]*?)\n {4}\}/);
  if (!body) fail("src/model/load.rs: LoadError::kind not found");
  return [...body[1].matchAll(/=> "([a-z-]+)"/g)].map((m) => m[1]);
}

/** Events: name, whether cancelable, and the detail's fields with TypeScript types. */
function eventsFromCode(source, kinds) {
  const variants = new Map();
  const enumBody = source.match(/pub enum CardEvent \{([\s\S]*?)\n\}/);
  if (!enumBody) fail("src/model/event.rs: enum CardEvent not found");
  for (const [, variant, fields] of enumBody[1].matchAll(/^ {4}(\w+) \{([^}]*)\}/gm)) {
    variants.set(variant, new Map([...fields.matchAll(/(\w+): ([^,]+?)\s*(?:,|$)/g)].map((m) => [m[1], m[2].trim()])));
  }
  const names = new Map([...source.matchAll(/CardEvent::(\w+) \{ \.\. \} => "(news-card:[a-z-]+)"/g)].map((m) => [m[1], m[2]]));
  const cancelable = source.match(/fn cancelable\(&self\) -> bool \{([\s\S]*?)\n {4}\}/);
  if (!cancelable) fail("src/model/event.rs: CardEvent::cancelable not found");
  const cancelableVariants = [...cancelable[1].matchAll(/CardEvent::(\w+)/g)].map((m) => m[1]);
  const serialize = source.slice(source.indexOf("impl Serialize for CardEvent"));
  const rustType = (type) => {
    const option = type.match(/^Option<(.+)>$/);
    if (option) return `${rustType(option[1])} | null`;
    if (type === "bool") return "boolean";
    if (["u16", "u32", "f64"].includes(type)) return "number";
    if (["String", "HttpUrl", "&'static str"].includes(type)) return "string";
    fail(`src/model/event.rs: no TypeScript type for ${type}`);
  };
  const events = [];
  for (const [variant, fields] of variants) {
    const name = names.get(variant);
    if (!name) fail(`src/model/event.rs: CardEvent::${variant} has no event name`);
    const arm = serialize.match(new RegExp(`CardEvent::${variant} \\{[^}]*\\} => \\{([\\s\\S]*?)detail\\.end\\(\\)`));
    if (!arm) fail(`src/model/event.rs: CardEvent::${variant} has no detail`);
    const detail = [];
    for (const [, field, expression] of arm[1].matchAll(/serialize_field\("(\w+)", (.*)\)\?;/g)) {
      const literals = [...expression.matchAll(/"([^"]*)"/g)].map((m) => m[1]);
      let type;
      if (literals.length) type = union(literals);
      else if (field === "kind" && variant === "Error") type = "NewsCardErrorKind";
      else {
        const source = [...fields.keys()].find((f) => new RegExp(`\\b${f}\\b`).test(expression));
        if (!source) fail(`src/model/event.rs: the ${field} of ${name} reads no field`);
        type = rustType(fields.get(source));
      }
      detail.push({ name: field, type });
    }
    events.push({ name, variant, cancelable: cancelableVariants.includes(variant), detail });
  }
  if (!kinds.length) fail("src/model/load.rs: no error kinds");
  return events;
}

function cssProperties(css) {
  const code = css.replace(/\/\*[\s\S]*?\*\//g, "");
  return unique([...code.matchAll(/var\((--news-card-[a-z0-9-]+)/g)].map((m) => m[1]));
}

async function cssParts() {
  const folder = join(ROOT, "src", "view");
  const parts = [];
  for (const file of (await readdir(folder)).filter((f) => f.endsWith(".rs")).sort()) {
    const source = await readFile(join(folder, file), "utf8");
    const code = source.replace(/^\s*\/\/.*$/gm, "");
    for (const [, names] of code.matchAll(/\bpart="([^"]+)"/g)) parts.push(...names.split(/\s+/));
    // A part given by a variable (`{part}` or `part={...}`) must be set from a literal in a
    // `let part = ...` of the same file, as link.rs does.
    if (/\{part\}|\bpart=\{/.test(code)) {
      const lets = [...code.matchAll(/let part = ([^;]+);/g)];
      if (!lets.length) fail(`src/view/${file}: a part set from a value this script cannot read`);
      for (const [, expression] of lets) {
        for (const [, names] of expression.matchAll(/"([^"]+)"/g)) parts.push(...names.split(/\s+/));
      }
    }
  }
  return unique(parts);
}

// ---------------------------------------------------------------------------------------------
// EMBEDDING.md

/** The rows of the table whose header row is `header`, as arrays of cells. */
function table(markdown, header) {
  const lines = markdown.split("\n");
  const start = lines.findIndex((line) => line.trim() === header);
  if (start < 0) fail(`EMBEDDING.md: no table with the header ${header}`);
  const rows = [];
  for (const line of lines.slice(start + 2)) {
    if (!line.startsWith("|")) break;
    const cells = line.trim().slice(1, -1).split(/(?<!\\)\|/).map((cell) => cell.replace(/\\\|/g, "|").trim());
    rows.push(cells);
  }
  return rows;
}

/** Markdown for a hover or an IDE: links into EMBEDDING.md lose their anchors. */
function prose(text) {
  return text
    .replace(/\[([^\]]+)\]\(#[^)]+\)/g, "$1 (EMBEDDING.md)")
    .replace(/ \((below|above)\)/g, "")
    .trim();
}

const sentence = (text) => {
  const t = prose(text);
  return t && t[0].toUpperCase() + t.slice(1) + (/[.!?)`]$/.test(t) ? "" : ".");
};

/** What an attribute accepts, from the "values" cell. */
function valueType(values) {
  const tokens = ticks(values);
  const rest = values.replace(/`[^`]+`/g, "").trim();
  const range = values.match(/^`(\d+)` to `(\d+)`$/);
  if (range) {
    const numbers = [];
    for (let n = Number(range[1]); n <= Number(range[2]); n++) numbers.push(n);
    return {
      attribute: union(numbers.map(String)),
      property: [...numbers, ...numbers.map((n) => quote(String(n)))].join(" | "),
    };
  }
  if (values === "whole number") return { attribute: "number", property: "number | `${number}`" };
  if (values.startsWith("`") && /^[\s,]*$/.test(rest)) return { attribute: union(tokens), property: union(tokens) };
  if (values.startsWith("`") && /^[\s,]*or [^`]+$/.test(rest)) {
    return { attribute: `${union(tokens)} | string`, property: `${union(tokens)} | (string & {})` };
  }
  return { attribute: "string", property: "string" };
}

/** What a keyword attribute's property can read back: its values, and "" where that is the default. */
function readBack(name) {
  const { values, otherwise } = KEYWORDS[name];
  return values.includes(otherwise) ? values : [...values, otherwise];
}

function defaultAndNote(cell) {
  if (!cell) return {};
  const single = cell.match(/^`([^`]+)`$/);
  if (single) return { value: single[1] };
  return { note: prose(cell) };
}

// ---------------------------------------------------------------------------------------------
// The article, from its JSON Schema

function articleTypes(schema) {
  const names = { image: "ArticleImage", provider: "ArticleProvider" };
  const out = [];
  const typeOf = (node) => {
    if (node.$ref) {
      const def = node.$ref.replace("#/$defs/", "");
      if (names[def]) return names[def];
      return typeOf(schema.$defs[def]);
    }
    if (node.type === "string") return "string";
    if (node.type === "number") return "number";
    if (node.type === "boolean") return "boolean";
    if (node.type === "array") return `${typeOf(node.items)}[]`;
    fail(`schema/article.schema.json: no TypeScript type for ${JSON.stringify(node)}`);
  };
  const describe = (node) => node.description || (node.$ref && schema.$defs[node.$ref.replace("#/$defs/", "")].description) || "";
  const object = (name, node, description) => {
    const lines = [];
    if (description) lines.push(...jsdoc(description, ""));
    lines.push(`export interface ${name} {`);
    for (const [key, property] of Object.entries(node.properties)) {
      const optional = (node.required || []).includes(key) ? "" : "?";
      const type = key === "related" ? "RelatedArticle[]" : typeOf(property);
      const doc = describe(property);
      if (doc) lines.push(...jsdoc(doc, "  "));
      lines.push(`  ${key}${optional}: ${type};`);
    }
    lines.push("  /** Other keys are allowed and ignored. */", "  [key: string]: unknown;", "}");
    out.push(lines.join("\n"));
  };
  object("Article", schema, schema.description);
  object("RelatedArticle", schema.properties.related.items, "A related story: a smaller article of the same shape.");
  object("ArticleImage", schema.$defs.image, "An image: the hero, a thumbnail or a provider's logo.");
  object("ArticleProvider", schema.$defs.provider, "Who published the article.");
  return out.join("\n\n");
}

function jsdoc(text, indent) {
  const clean = text.replace(/\*\//g, "*\\/");
  const words = clean.split(/\s+/);
  const lines = [];
  let line = "";
  for (const word of words) {
    if (line && (indent + " * " + line + " " + word).length > 100) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  if (lines.length === 1 && (indent + "/** " + lines[0] + " */").length <= 100) return [`${indent}/** ${lines[0]} */`];
  return [`${indent}/**`, ...lines.map((l) => `${indent} * ${l}`), `${indent} */`];
}

// ---------------------------------------------------------------------------------------------
// Everything together

/** Reads the code and the docs; returns { version, element, files: { path: text } }. */
export async function generate() {
  const read = (...path) => readFile(join(ROOT, ...path), "utf8");
  const [config, element, warnings, rendering, eventSource, loadSource, css, docs, cargo, schemaText] = await Promise.all([
    read("src", "model", "config.rs"),
    read("src", "embed", "runtime", "element.js"),
    read("src", "embed", "runtime", "warnings.js"),
    read("src", "platform", "rendering.js"),
    read("src", "model", "event.rs"),
    read("src", "model", "load.rs"),
    read("static", "news-card.css"),
    read("EMBEDDING.md"),
    read("Cargo.toml"),
    read("schema", "article.schema.json"),
  ]);
  const version = cargo.match(/^\[package\][\s\S]*?^version = "([^"]+)"/m)?.[1];
  if (!version) fail("Cargo.toml: no package version");

  // Attributes and their property mirrors.
  const attributeNames = attributesFromConfig(config);
  const globals = globalAttributePattern(warnings);
  const attributeRows = table(docs, "| attribute | values | default | what it does |");
  const attributeDocs = new Map();
  for (const [name, values, def, what] of attributeRows) {
    const [attribute] = ticks(name);
    if (!attributeNames.includes(attribute) && globals.test(attribute)) continue; // `hidden`: a global attribute
    attributeDocs.set(attribute, { values, def, what });
  }
  sameSet("attributes", attributeNames, [...attributeDocs.keys()]);
  // The keyword attributes' values and defaults, as the runtime reads them back
  // (src/embed/runtime/cards.js), are the ones the table documents.
  for (const [name, { values, otherwise }] of Object.entries(KEYWORDS)) {
    if (!attributeDocs.has(name)) fail(`src/embed/runtime/cards.js: KEYWORDS names ${name}, which EMBEDDING.md does not`);
    const { values: cell, def } = attributeDocs.get(name);
    const range = cell.match(/^`(\d+)` to `(\d+)`$/);
    const documented = range ? Array.from({ length: range[2] - range[1] + 1 }, (_, i) => String(Number(range[1]) + i)) : ticks(cell);
    sameSet(`values of ${name} (EMBEDDING.md against KEYWORDS in src/embed/runtime/cards.js)`, values, documented);
    const { value } = defaultAndNote(def);
    if ((value ?? "") !== otherwise) fail(`EMBEDDING.md gives ${name} the default ${value ?? "(none)"}; KEYWORDS reads back ${JSON.stringify(otherwise)}`);
  }
  const attributes = attributeNames.map((name) => {
    const { values, def, what } = attributeDocs.get(name);
    const { value, note } = defaultAndNote(def);
    return {
      name,
      property: camel(name),
      type: valueType(values),
      default: value,
      description: sentence(what) + (note ? ` Default: ${note}.` : ""),
    };
  });

  // The class's own members besides the mirrors.
  const members = classMembers(element);
  const expected = ["static version", "reload", "article"];
  sameSet(
    "element members (src/embed/runtime/element.js) the manifest knows how to type",
    members.map((m) => (m.static ? "static " : "") + m.name),
    expected,
  );
  const member = (name) => members.find((m) => m.name === name);
  for (const name of ["article", "reload", "version"]) {
    if (!member(name).description) fail(`src/embed/runtime/element.js: ${name} has no doc comment`);
    if (!docs.includes(name === "version" ? ".version" : name === "reload" ? "reload()" : "`article`")) {
      fail(`EMBEDDING.md does not mention ${name}`);
    }
  }
  if (!member("article").get || !member("article").set || !member("reload").method || !member("version").get) {
    fail("src/embed/runtime/element.js: article, reload or version changed shape");
  }

  // Events.
  const kinds = errorKinds(loadSource);
  const events = eventsFromCode(eventSource, kinds);
  const eventRows = new Map(table(docs, "| event | when | `event.detail` |").map(([name, when, detail]) => [ticks(name)[0], { when, detail }]));
  sameSet("events", events.map((e) => e.name), [...eventRows.keys()]);
  for (const event of events) {
    const { when, detail } = eventRows.get(event.name);
    const shape = detail.match(/^`\{([^}]*)\}`/);
    if (!shape) fail(`EMBEDDING.md: the detail of ${event.name} does not start with \`{ ... }\``);
    const documented = shape[1].split(",").map((f) => f.split(":")[0].trim()).filter(Boolean);
    sameSet(`fields of ${event.name}'s detail`, event.detail.map((f) => f.name), documented);
    if (/\bcancelable\b/.test(detail) !== event.cancelable) fail(`EMBEDDING.md: ${event.name} is ${event.cancelable ? "" : "not "}cancelable`);
    event.description = `${sentence(when)} \`detail\`: ${prose(detail)}${/[.)]$/.test(detail) ? "" : "."}`;
    event.type = `${event.variant}Detail`;
  }
  const kindsParagraph = docs.match(/^Error kinds: [\s\S]*?\n\n/m);
  if (!kindsParagraph) fail("EMBEDDING.md: no \"Error kinds:\" paragraph");
  const listed = [...kindsParagraph[0].matchAll(/`([^`]+)`(?=\s*[(,])/g)].map((m) => m[1]);
  sameSet("error kinds", kinds, listed);

  // CSS.
  const cssNames = cssProperties(css);
  const cssRows = new Map(table(docs, "| property | default | what |").map(([name, def, what]) => [ticks(name)[0], { def, what }]));
  sameSet("CSS custom properties", cssNames, [...cssRows.keys()]);
  const partNames = await cssParts();
  const partDocs = new Map();
  for (const [names, what] of table(docs, "| part | element |")) for (const name of ticks(names)) partDocs.set(name, what);
  sameSet("CSS parts", partNames, [...partDocs.keys()]);
  // Custom states: the names src/platform/rendering.js adds to the element's ElementInternals.states.
  const stateNames = unique([...rendering.matchAll(/\bstates\.add\("([^"]+)"\)/g)].map((m) => m[1]));
  const stateDocs = new Map(table(docs, "| state | when |").map(([name, when]) => [ticks(name)[0].replace(/^:state\((.*)\)$/, "$1"), when]));
  sameSet("CSS custom states", stateNames, [...stateDocs.keys()]);

  const declaration = {
    kind: "class",
    name: CLASS,
    tagName: TAG,
    customElement: true,
    description:
      "An embeddable news card: renders an article's JSON (from `src`, an inline `<script type=\"application/json\">` child or the `article` property) in a shadow root. See EMBEDDING.md.",
    superclass: { name: "HTMLElement", package: "global:" },
    attributes: attributes.map((a) => ({
      name: a.name,
      type: { text: a.type.attribute },
      ...(a.default !== undefined ? { default: quote(a.default) } : {}),
      description: a.description,
      fieldName: a.property,
    })),
    members: [
      ...attributes.map((a) => ({
        kind: "field",
        name: a.property,
        type: { text: KEYWORDS[a.name] ? union(readBack(a.name)) : `${a.type.property} | null` },
        attribute: a.name,
        reflects: true,
        description: KEYWORDS[a.name]
          ? `The \`${a.name}\` attribute's value in effect: reading gives one of ${readBack(a.name).map((v) => `\`${quote(v)}\``).join(", ")} (\`${quote(KEYWORDS[a.name].otherwise)}\` when the attribute is missing or means nothing); setting \`null\` removes it.`
          : `The \`${a.name}\` attribute: reading gives its value or \`null\`; setting \`null\` removes it.`,
      })),
      { kind: "field", name: "article", type: { text: "Article | null | undefined" }, description: member("article").description },
      { kind: "method", name: "reload", return: { type: { text: "void" } }, description: member("reload").description },
      { kind: "field", name: "version", static: true, readonly: true, type: { text: "string" }, description: member("version").description },
    ],
    events: events.map((e) => ({ name: e.name, type: { text: `CustomEvent<NewsCard${e.type}>` }, description: e.description })),
    slots: [
      {
        name: "",
        description:
          "The fallback: shown until the card renders, and instead of it when the script or the WebAssembly cannot load, or when the card fails with `fallback=\"auto\"`. An inline `<script type=\"application/json\">` child is the card's data, not fallback.",
      },
    ],
    cssProperties: cssNames.map((name) => {
      const { def, what } = cssRows.get(name);
      const { value, note } = defaultAndNote(def);
      return { name, description: sentence(what) + (note ? ` Default: ${note}.` : ""), ...(value ? { default: value } : {}) };
    }),
    cssParts: partNames.map((name) => ({ name, description: sentence(partDocs.get(name)) })),
    cssStates: stateNames.map((name) => ({ name, description: sentence(stateDocs.get(name)) })),
  };
  const manifest = {
    schemaVersion: "2.1.0",
    readme: "README.md",
    modules: [
      {
        kind: "javascript-module",
        path: "news-card.js",
        description: "The loader: importing it defines <news-card> once the WebAssembly has loaded.",
        declarations: [declaration],
        exports: [{ kind: "custom-element-definition", name: TAG, declaration: { name: CLASS, module: "news-card.js" } }],
      },
    ],
  };

  const schema = JSON.parse(schemaText);
  const files = {
    "custom-elements.json": JSON.stringify(manifest, null, 2) + "\n",
    "types/news-card.d.ts": elementTypes({ version, attributes, events, kinds, member, schema }),
    "types/react.d.ts": reactTypes({ version, attributes, events }),
  };
  return { version, manifest, files };
}

const HEADER = (version, what) =>
  `// news-card ${version}: ${what}\n// Generated by scripts/manifest.mjs from the code and EMBEDDING.md; do not edit by hand.\n`;

function elementTypes({ version, attributes, events, kinds, member, schema }) {
  const out = [HEADER(version, 'types for `import "news-card"`, which defines the <news-card> element.')];
  out.push(articleTypes(schema), "");
  out.push(...jsdoc("Why a card could not load: `news-card:error`'s `detail.kind`.", ""));
  out.push(`export type NewsCardErrorKind = ${union(kinds)};`, "");
  for (const event of events) {
    out.push(...jsdoc(`The \`detail\` of \`${event.name}\`.`, ""));
    out.push(`export interface NewsCard${event.type} {`);
    for (const field of event.detail) out.push(`  ${field.name}: ${field.type};`);
    out.push("}", "");
  }
  out.push("/** The events a <news-card> dispatches (they bubble and are composed). */");
  out.push(`export interface NewsCardEventMap {`);
  for (const event of events) {
    out.push(...jsdoc(event.description, "  "));
    out.push(`  ${quote(event.name)}: CustomEvent<NewsCard${event.type}>;`);
  }
  out.push("}", "");
  out.push(`export interface ${CLASS}EventMap extends HTMLElementEventMap, NewsCardEventMap {}`, "");
  out.push(...jsdoc("The <news-card> element. Every attribute is mirrored by a property.", ""));
  out.push(`export interface ${CLASS} extends HTMLElement {`);
  for (const a of attributes) {
    out.push(...jsdoc(`\`${a.name}\`: ${a.description}${a.default !== undefined ? ` Default: \`${a.default}\`.` : ""}`, "  "));
    out.push(`  get ${a.property}(): ${KEYWORDS[a.name] ? union(readBack(a.name)) : "string | null"};`);
    out.push(`  set ${a.property}(value: ${a.type.property} | null | undefined);`);
  }
  out.push(...jsdoc(member("article").description, "  "));
  out.push("  get article(): Article | null | undefined;");
  out.push("  set article(value: Article | null | undefined);");
  out.push(...jsdoc(member("reload").description, "  "));
  out.push("  reload(): void;");
  for (const method of ["addEventListener", "removeEventListener"]) {
    const options = method === "addEventListener" ? "AddEventListenerOptions" : "EventListenerOptions";
    out.push(
      `  ${method}<K extends keyof ${CLASS}EventMap>(`,
      `    type: K,`,
      `    listener: (this: ${CLASS}, event: ${CLASS}EventMap[K]) => unknown,`,
      `    options?: boolean | ${options},`,
      `  ): void;`,
      `  ${method}(type: string, listener: EventListenerOrEventListenerObject, options?: boolean | ${options}): void;`,
    );
  }
  out.push("}", "");
  out.push(`/** \`customElements.get("news-card")\`. */`);
  out.push(`export interface ${CLASS}Constructor {`);
  out.push(`  new (): ${CLASS};`, `  readonly prototype: ${CLASS};`);
  out.push(...jsdoc(member("version").description, "  "));
  out.push("  readonly version: string;", "}", "");
  out.push("declare global {");
  out.push(`  interface HTMLElementTagNameMap {`, `    ${quote(TAG)}: ${CLASS};`, `  }`);
  out.push("  // The events bubble and are composed: a listener on document or window hears every card.");
  out.push(`  interface GlobalEventHandlersEventMap extends NewsCardEventMap {}`);
  out.push(`  interface CustomElementRegistry {`);
  out.push(`    get(name: ${quote(TAG)}): ${CLASS}Constructor | undefined;`);
  out.push(`    whenDefined(name: ${quote(TAG)}): Promise<${CLASS}Constructor>;`);
  out.push(`  }`, "}", "");
  return out.join("\n");
}

function reactTypes({ version, attributes, events }) {
  const out = [HEADER(version, 'React 19 JSX types for <news-card>: `import "news-card/react"`.')];
  out.push(`import type { DetailedHTMLProps, HTMLAttributes } from "react";`);
  out.push(`import type { Article, ${CLASS}, ${events.map((e) => `NewsCard${e.type}`).join(", ")} } from "./news-card.js";`);
  out.push(`export type * from "./news-card.js";`, "");
  out.push(
    ...jsdoc(
      "The props of <news-card> in React 19. Attributes keep their kebab-case names. React 19 sets a prop as a property when the element has one (once <news-card> is defined) and as an attribute otherwise. An `on<event>` prop that is not one of React's own events becomes `addEventListener(\"<event>\", handler)` (`on<event>Capture`: a capture listener), so `onnews-card:load` listens to `news-card:load`.",
      "",
    ),
  );
  out.push(`export interface NewsCardProps extends DetailedHTMLProps<HTMLAttributes<${CLASS}>, ${CLASS}> {`);
  for (const a of attributes) {
    out.push(...jsdoc(`${a.description}${a.default !== undefined ? ` Default: \`${a.default}\`.` : ""}`, "  "));
    out.push(`  ${/^[a-z]+$/.test(a.name) ? a.name : quote(a.name)}?: ${a.type.property} | undefined;`);
  }
  out.push(
    ...jsdoc(
      "The article to show instead of fetching `src`. React 19 sets it as the `article` property only if <news-card> is already defined when the card renders (`await customElements.whenDefined(\"news-card\")` first); before that, an object would become the string attribute \"[object Object]\". Or set `ref.current.article` in an effect.",
      "  ",
    ),
  );
  out.push("  article?: Article | null | undefined;");
  for (const event of events) {
    for (const suffix of ["", "Capture"]) {
      out.push(...jsdoc(`\`${event.name}\`${suffix ? " (capture phase)" : ""}: ${event.description}`, "  "));
      out.push(`  ${quote(`on${event.name}${suffix}`)}?: ((event: CustomEvent<NewsCard${event.type}>) => void) | undefined;`);
    }
  }
  out.push("}", "");
  out.push(`declare module "react" {`, "  namespace JSX {", "    interface IntrinsicElements {");
  out.push(`      ${quote(TAG)}: NewsCardProps;`);
  out.push("    }", "  }", "}", "");
  return out.join("\n");
}

/** Writes the files (or, with check, fails when they differ). */
export async function main(argv = process.argv.slice(2)) {
  const check = argv.includes("--check");
  const { files } = await generate();
  const stale = [];
  for (const [path, text] of Object.entries(files)) {
    const file = join(ROOT, path);
    const current = await readFile(file, "utf8").catch(() => null);
    if (current === text) continue;
    if (check) stale.push(path);
    else {
      await mkdir(dirname(file), { recursive: true });
      await writeFile(file, text);
      console.log(`wrote ${path}`);
    }
  }
  if (stale.length) {
    console.error(`out of date (run node scripts/manifest.mjs): ${stale.join(", ")}`);
    process.exitCode = 1;
  } else if (check) console.log("custom-elements.json and types/ are up to date");
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  main().catch((error) => {
    console.error(error instanceof ManifestError ? `manifest: ${error.message}` : error);
    process.exitCode = 1;
  });
}
