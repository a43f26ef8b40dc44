import { expect, test } from "@playwright/test";
import { sitemapPaths } from "./support.ts";

test("every internal link on every page resolves", async ({ request }) => {
  test.setTimeout(180_000);
  const pages = await sitemapPaths(request);
  const links = new Map<string, string>();
  for (const path of pages) {
    const html = await (await request.get(path)).text();
    for (const match of html.matchAll(/<a\s[^>]*href="([^"]+)"/g)) {
      const href = (match[1] as string).replace(/&amp;/g, "&");
      if (!href.startsWith("/") || href.startsWith("//")) continue;
      const target = href.split("#")[0]?.split("?")[0] || path;
      if (!links.has(target)) links.set(target, path);
    }
  }
  expect(links.size).toBeGreaterThan(20);
  const broken: string[] = [];
  for (const [target, from] of links) {
    const response = await request.get(target, { maxRedirects: 0 });
    if (response.status() !== 200) broken.push(`${target} (linked from ${from}) -> ${response.status()}`);
  }
  expect(broken).toEqual([]);
});

test("pages carry structured data, Open Graph tags and a last-reviewed date", async ({ page }) => {
  for (const path of ["/en/soc-2/", "/zh-hk/iso-42001/", "/en/hong-kong-regulators/hkma/"]) {
    await page.goto(path);
    const types = await page
      .locator('script[type="application/ld+json"]')
      .evaluateAll((nodes) => nodes.map((n) => JSON.parse(n.textContent ?? "{}")["@type"]));
    expect(types, path).toContain("ProfessionalService");
    expect(types, path).toContain("BreadcrumbList");
    expect(types, path).toContain("FAQPage");
    await expect(page.locator('meta[property="og:title"]')).toHaveAttribute("content", /.+/);
    await expect(page.locator("time[datetime]").first()).toHaveAttribute("datetime", /^\d{4}-\d{2}-\d{2}$/);
  }
});

test("each regulator page names its sources with working-looking links", async ({ page }) => {
  for (const slug of [
    "hkma",
    "sfc",
    "insurance-authority",
    "pcpd",
    "digital-policy-office",
    "critical-infrastructure",
    "hkas",
  ]) {
    for (const locale of ["en", "zh-hk"]) {
      await page.goto(`/${locale}/hong-kong-regulators/${slug}/`);
      const sources = page.locator("ol.sources a");
      expect(await sources.count(), `${locale}/${slug}`).toBeGreaterThan(0);
      for (const href of await sources.evaluateAll((as) => as.map((a) => a.getAttribute("href")))) {
        expect(href).toMatch(/^https?:\/\//);
      }
    }
  }
});
