import { readFileSync } from "node:fs";
import { join } from "node:path";
import { expect, test } from "@playwright/test";
import { parse } from "yaml";
import { intlLocale, locales } from "../../src/i18n/locales.ts";
import { expectNoAxeViolations } from "./support.ts";

// Expected values come from the method's data files, so the test follows the data like the page does.
const dataDir = join(import.meta.dirname, "../../content/assessment");
const estimation = parse(readFileSync(join(dataDir, "estimation.yaml"), "utf8"));
const changelog: { version: string; date: string; changes: Record<string, string>[] }[] = parse(
  readFileSync(join(dataDir, "changelog.yaml"), "utf8"),
);
const firstIsoRow = estimation.iso42001.headcountTable[0];
const newest = [...changelog].sort((a, b) => b.date.localeCompare(a.date))[0];

for (const locale of locales) {
  const number = new Intl.NumberFormat(intlLocale[locale], { maximumFractionDigits: 2 });

  test.describe(`method page (${locale})`, () => {
    test.beforeEach(async ({ page }) => {
      const response = await page.goto(`/${locale}/method/`);
      expect(response?.status()).toBe(200);
    });

    test("shows the method version of estimation.yaml", async ({ page }) => {
      await expect(page.getByTestId("method-version-value")).toHaveText(estimation.methodVersion);
    });

    test("the ISO/IEC 42001 table's first row has the 1-10 person figures of estimation.yaml", async ({ page }) => {
      const cells = page.getByTestId("iso-headcount-table").locator("tr").first().locator("td");
      await expect(cells.nth(0)).toHaveText(number.format(firstIsoRow.producer));
      await expect(cells.nth(1)).toHaveText(number.format(firstIsoRow.developer_provider_user));
      await expect(cells.nth(2)).toHaveText(number.format(firstIsoRow.multiple));
      await expect(cells.nth(3)).toHaveText(number.format(firstIsoRow.isms));
    });

    test("lists the changelog entry in the page's language and dates the review by it", async ({ page }) => {
      const entry = page.getByTestId("changelog-entry").first();
      await expect(entry.getByRole("heading", { level: 3 })).toContainText(newest?.version ?? "");
      await expect(entry).toContainText(newest?.changes[0]?.[locale] ?? "");
      await expect(page.locator(".page-head time")).toHaveAttribute("datetime", newest?.date ?? "");
    });

    test("has a breadcrumb trail with its structured data", async ({ page }) => {
      const crumbs = page.getByRole("navigation", { name: locale === "en" ? "Breadcrumb" : "導覽路徑" });
      await expect(crumbs.locator('a[aria-current="page"]')).toHaveAttribute("href", `/${locale}/method/`);
      const jsonLd = await page.locator('script[type="application/ld+json"]').allTextContents();
      expect(jsonLd.some((text) => JSON.parse(text)["@type"] === "BreadcrumbList")).toBe(true);
    });

    test("has no axe violations", async ({ page }) => {
      await expectNoAxeViolations(page);
    });
  });
}
