import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { expect, test } from "@playwright/test";
import { evaluate } from "../../src/engine/index.ts";
import { encodeShareFragment } from "../../src/lib/share-link.ts";
import { readMethod } from "../../src/node/method-files.ts";
import { personaFixture } from "./assessment-support.ts";

const method = readMethod();

for (const [locale, organisation, title] of [
  ["en", "Harbour Credit Bank Limited", "gap report"],
  ["zh-hk", "鑫鑫鏈科技（香港）有限公司", "差距報告"],
] as const) {
  test(`the PDF gap report downloads from the results page and reads back correctly (${locale})`, async ({
    page,
  }, info) => {
    test.setTimeout(120_000);
    const fixture = personaFixture("7-");
    const scripts: string[] = [];
    page.on("request", (r) => {
      if (r.resourceType() === "script") scripts.push(r.url());
    });
    await page.goto(`/${locale}/assessment/results/#${encodeShareFragment(method, fixture.answerSet as never)}`);
    await expect(page.locator(".results .summary")).toBeVisible();
    const before = scripts.length;
    await page.locator("#pdf-organisation").fill(organisation);
    const downloading = page.waitForEvent("download");
    await page.locator("#download-pdf").click();
    const download = await downloading;
    expect(download.suggestedFilename()).toMatch(/\.pdf$/);
    const file = info.outputPath(`report-${locale}.pdf`);
    await download.saveAs(file);
    expect(readFileSync(file).subarray(0, 5).toString()).toBe("%PDF-");
    // jsPDF arrived only when the report was asked for.
    expect(scripts.length).toBeGreaterThan(before);
    const text = execFileSync("pdftotext", ["-layout", file, "-"], { encoding: "utf8" });
    expect(text).toContain(title);
    expect(text.replace(/\s+/g, "")).toContain(organisation.replace(/\s+/g, ""));
    const assessment = evaluate(method, fixture.answerSet as never);
    expect(text).toContain(String(assessment.readiness.overall.score));
    if (assessment.iso42001.applicable) expect(text).toContain(String(assessment.iso42001.days.stage2));
    // The report made on the results page has the plan, the evidence request list and a link to the print view.
    const squashed = text.replace(/\s+/g, "");
    for (const heading of locale === "en"
      ? ["Whatyoutoldus", "Yourplan", "Evidencerequestlist"]
      : ["你提供的資料", "你的計劃", "證據要求清單"]) {
      expect(squashed).toContain(heading);
    }
    expect(squashed).toContain(`/${locale}/assessment/print/#v`);
  });
}
