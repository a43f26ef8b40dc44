import { chromium } from "@playwright/test";
import { readFileSync } from "node:fs";
import { readMethod } from "../src/cli/method-files.ts";
import { encodeShareFragment } from "../src/lib/share-link.ts";
const [,, personaFile, locale, width, prefix] = process.argv;
const fx = JSON.parse(readFileSync(`test/fixtures/personas/${personaFile}.json`, "utf8"));
const frag = encodeShareFragment(readMethod(), fx.answerSet);
const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: ["--no-sandbox", "--disable-gpu"] });
const page = await browser.newPage({ viewport: { width: Number(width), height: 900 } });
page.on("pageerror", (e) => console.log("PAGEERROR " + e.message));
page.on("console", (m) => { if (m.type() === "error") console.log("CONSOLE " + m.text()); });
await page.goto(`http://localhost:4400/${locale}/assessment/#${frag}`);
await page.locator(".results").waitFor();
await page.waitForTimeout(900);
const sections = await page.locator(".results > *").count();
for (let i = 0; i < sections; i++) {
  const el = page.locator(".results > *").nth(i);
  const box = await el.boundingBox();
  if (!box || box.height < 5) continue;
  await el.screenshot({ path: `/tmp/${prefix}-r${String(i).padStart(2, "0")}.png` });
}
await browser.close();
