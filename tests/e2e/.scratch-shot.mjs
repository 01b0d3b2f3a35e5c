import { readFile } from "node:fs/promises";
import { serve } from "./server.mjs";
import { launch, openPage } from "./browser.mjs";
const root = new URL("../../", import.meta.url).pathname;
const seed = JSON.parse(await readFile(root + "static/articles/seed.json", "utf8"));
const generated = {};
const server = await serve({ "/news-card/": root + "dist", "/articles/": root + "static/articles" }, { pages: generated });
const browser = await launch();
const spec = JSON.parse(process.argv[2]);
for (const { name, width, cards, scheme } of spec) {
  const html = `<!doctype html><html lang="en"><head><meta charset="utf-8"><style>body{margin:0;padding:8px;font:16px serif;${scheme === "dark" ? "background:#111;color:#eee;color-scheme:dark" : ""}} .column{width:${width}px;display:grid;gap:16px}</style>
<script type="module" src="/news-card/news-card.js"></script></head><body><div class="column">
${cards.map((c) => `<news-card loading="eager" ${Object.entries(c).filter(([k]) => k !== "article").map(([k, v]) => `${k}="${v}"`).join(" ")}>${c.article ? `<script type="application/json">${JSON.stringify(c.article === "seed+" ? { ...seed, updatedDateTime: "2021-06-09T10:00:00Z", provider: { name: "The Providence Journal", domain: "providencejournal.com" } } : c.article)}</script>` : ""}</news-card>`).join("\n")}
</div></body></html>`;
  generated["/" + name + ".html"] = html;
  const { context, page } = await openPage(browser, { colorScheme: scheme || "light" });
  await page.setViewportSize({ width: width + 40, height: 900 });
  await page.goto(server.url + "/" + name + ".html");
  await page.waitForFunction(() => [...document.querySelectorAll("news-card")].every((c) => c.shadowRoot?.querySelector("article, .error")));
  await page.waitForTimeout(300);
  await page.screenshot({ path: `/tmp/shots/${name}.png`, fullPage: true });
  await context.close();
}
await browser.close();
await server.close();
