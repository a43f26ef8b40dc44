import { chromium } from "@playwright/test";
import { readFileSync } from "node:fs";
const [,, personaFile, locale, width, prefix] = process.argv;
const fx = JSON.parse(readFileSync(`test/fixtures/personas/${personaFile}.json`, "utf8"));
const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: ["--no-sandbox", "--disable-gpu"] });
const page = await browser.newPage({ viewport: { width: Number(width), height: 900 } });
const errors = [];
page.on("console", (m) => { if (m.type() === "error") errors.push(m.text()); });
page.on("pageerror", (e) => errors.push("PAGEERROR " + e.message));
await page.goto(`http://localhost:4400/${locale}/assessment/`);
await page.locator(".assess-intro .button").first().click();
await page.locator(".assess-questions").waitFor();
let step = 0;
for (;;) {
  let ids = [];
  const done = new Set();
  for (;;) {
  ids = await page.locator(".assess-questions > .question").evaluateAll((n) => n.map((x) => x.id.slice(2)));
  const pending = ids.filter((id) => !done.has(id));
  if (pending.length === 0) break;
  for (const id of pending) {
    done.add(id);
    console.log("step", step, id, await page.locator(`#q-${id}`).count());
    const v = fx.answerSet.answers[id];
    if (typeof v === "number") await page.locator(`#q-${id}-input`).fill(String(v));
    else for (const o of Array.isArray(v) ? v : [v]) await page.locator(`label[for="q-${id}-${o}"]`).click();
  }
  }
  if (step < 2) await page.screenshot({ path: `/tmp/${prefix}-step${step}.png`, fullPage: true });
  step++;
  await page.locator("#assess-next").click();
  await page.waitForFunction((first) => !document.querySelector(".assess-questions") || document.querySelector(".assess-questions > .question")?.id !== first, `q-${ids[0]}`);
  if (!(await page.locator(".assess-questions").count())) { await page.locator(".results").waitFor(); break; }
}
await page.waitForTimeout(800);
await page.screenshot({ path: `/tmp/${prefix}-results.png`, fullPage: true });
console.log("errors:", errors.join("\n"));
await browser.close();
