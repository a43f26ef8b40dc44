import { expect, test } from "@playwright/test";
import { sitePages } from "./site-pages.ts";
import { expectNoAxeViolations, sitemapPaths } from "./support.ts";

test("the sitemap lists exactly the site's pages, in both locales", async ({ request }) => {
  const paths = await sitemapPaths(request);
  expect(paths).toEqual(sitePages);
  expect(paths.some((p) => p.startsWith("/en/"))).toBe(true);
  expect(paths.some((p) => p.startsWith("/zh-hk/"))).toBe(true);
});

// One test per page, so a violation on one page never hides those on the others.
for (const path of sitePages) {
  test(`${path} has no axe violations`, async ({ page }) => {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(200);
    if (path.endsWith("/assessment/")) await page.locator(".assess-start").waitFor();
    if (path.endsWith("/contact/")) await page.locator("form.enquiry").waitFor();
    await expectNoAxeViolations(page, path);
  });
}

test("the not-found page has no axe violations in either locale", async ({ page }) => {
  for (const path of ["/en/no-such-page/", "/zh-hk/no-such-page/"]) {
    await page.goto(path);
    await expectNoAxeViolations(page, path);
  }
});
