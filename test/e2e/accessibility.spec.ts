import { expect, test } from "@playwright/test";
import { expectNoAxeViolations, sitemapPaths } from "./support.ts";

test("every page in the sitemap, in both locales, has no axe violations", async ({ page, request }) => {
  test.setTimeout(300_000);
  const paths = await sitemapPaths(request);
  expect(paths.some((p) => p.startsWith("/en/"))).toBe(true);
  expect(paths.some((p) => p.startsWith("/zh-hk/"))).toBe(true);
  for (const path of paths) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(200);
    await expectNoAxeViolations(page, path);
  }
});

test("the not-found page has no axe violations in either locale", async ({ page }) => {
  for (const path of ["/en/no-such-page/", "/zh-hk/no-such-page/"]) {
    await page.goto(path);
    await expectNoAxeViolations(page, path);
  }
});
