// What a card tells other servers about the page it is on, in Chromium (firefox.test.mjs runs
// the same page in Firefox): see referrers.mjs.
import { test, before, after } from "node:test";
import { join, dirname } from "node:path";
import { fileURLToPath } from "node:url";
import { launch, openPage } from "./browser.mjs";
import { startReferrerServers, assertReferrersBeforeScrolling, assertReferrersOfTheWasmsFetches, assertFarImageAfterScrolling } from "./referrers.mjs";

const root = join(dirname(fileURLToPath(import.meta.url)), "..", "..");
let browser;
let servers;

before(async () => {
  browser = await launch();
  servers = await startReferrerServers(join(root, "dist"));
});

after(async () => {
  await browser?.close();
  await servers?.close();
});

test("an article request sends the page's origin at most, an image nothing, and a lazy image waits", async () => {
  const { context, page } = await openPage(browser, { viewport: { width: 1000, height: 800 } });
  await page.goto(servers.page);
  for (const id of ["plain", "none", "far"]) await page.locator(`#${id} h2.title`).waitFor({ timeout: 15_000 });
  await page.waitForTimeout(500);
  assertReferrersBeforeScrolling(servers.records, servers.origin);
  await page.locator("#lazy").scrollIntoViewIfNeeded();
  await page.locator("#lazy h2.title").waitFor({ timeout: 15_000 });
  await page.evaluate(() => document.getElementById("plain").reload());
  await page.waitForFunction(() => document.querySelector("#plain").shadowRoot.querySelector("h2.title"));
  await page.waitForTimeout(500);
  assertReferrersOfTheWasmsFetches(servers.records, servers.origin);
  await page.locator("#far").scrollIntoViewIfNeeded();
  await page.waitForFunction(() => document.querySelector("#far").shadowRoot.querySelector(".hero img")?.complete);
  assertFarImageAfterScrolling(servers.records);
  await context.close();
});
