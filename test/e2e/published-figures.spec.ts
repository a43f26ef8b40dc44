import { expect, test } from "@playwright/test";
import { allFigures, publishedIsoRanges } from "../../src/engine/published.ts";
import { locales } from "../../src/i18n/locales.ts";
import { readMethod } from "../../src/node/method-files.ts";
import { formatFigure } from "../../src/report/figure-format.ts";

const method = readMethod();
const ranges = publishedIsoRanges(method);
const figures = allFigures(method);

for (const locale of locales) {
  test(`the costs page's ISO/IEC 42001 ranges are the engine's results for its example profiles (${locale})`, async ({
    page,
  }) => {
    await page.goto(`/${locale}/costs-and-audit-days/`);
    const cells = page.locator('[data-published="iso-initial"] td[data-range]');
    await expect(cells).toHaveCount(ranges.length);
    for (const item of ranges) {
      await expect(page.locator(`td[data-range="${item.example}.${item.role}"]`)).toHaveText(
        formatFigure(item.range, locale),
      );
    }
    // The worked example of the cycle: every audit as the engine plans it, and the cycle total.
    const example = page.locator('[data-published="iso-cycle"]');
    const [exampleId, role, end] = ((await example.getAttribute("data-example")) ?? "").split(".");
    const found = ranges.find((r) => r.example === exampleId && r.role === role);
    if (!found || (end !== "low" && end !== "high")) throw new Error("the worked example names no published range");
    const number = new Intl.NumberFormat(locale === "en" ? "en-HK" : "zh-HK", { maximumFractionDigits: 1 });
    for (const audit of found[end].audits) {
      await expect(example.locator(`td[data-audit="${audit.id}"]`)).toHaveText(number.format(audit.days));
    }
    await expect(example.locator('td[data-audit="total"]')).toHaveText(number.format(found[end].cycleTotal));
  });

  test(`every method figure a content page shows is the method's own (${locale})`, async ({ page }) => {
    for (const slug of ["soc-2", "iso-42001", "costs-and-audit-days"]) {
      await page.goto(`/${locale}/${slug}/`);
      const shown = await page
        .locator(".method-figure[data-figure]")
        .evaluateAll((nodes) =>
          nodes.map((n) => ({ name: n.getAttribute("data-figure") ?? "", text: n.textContent ?? "" })),
        );
      expect(shown.length, slug).toBeGreaterThan(0);
      for (const { name, text } of shown) {
        const figure = figures[name];
        if (!figure) throw new Error(`${slug}: unknown figure ${name}`);
        expect(text, `${slug}: ${name}`).toBe(formatFigure(figure, locale));
      }
    }
  });
}
