import { expect, test } from "@playwright/test";
import { sitemapPaths } from "./support.ts";

test("the sitemap lists the same pages in English and Traditional Chinese", async ({ request }) => {
  const paths = await sitemapPaths(request);
  const en = paths.filter((p) => p.startsWith("/en/")).map((p) => p.slice(3));
  const zh = paths.filter((p) => p.startsWith("/zh-hk/")).map((p) => p.slice(6));
  expect(zh).toEqual(en);
  expect(en.length).toBeGreaterThanOrEqual(10);
});

test("the language switcher keeps the reader on the same page", async ({ page }) => {
  await page.goto("/en/soc-2/");
  await expect(page.locator("html")).toHaveAttribute("lang", "en-HK");
  await page.getByRole("link", { name: "繁體中文" }).click();
  await expect(page).toHaveURL(/\/zh-hk\/soc-2\/$/);
  await expect(page.locator("html")).toHaveAttribute("lang", "zh-Hant-HK");
  await page.getByRole("link", { name: "English" }).click();
  await expect(page).toHaveURL(/\/en\/soc-2\/$/);
});

test("each page declares its canonical URL and hreflang alternates for both locales", async ({ page }) => {
  await page.goto("/zh-hk/iso-42001/");
  const canonical = await page.locator('link[rel="canonical"]').getAttribute("href");
  expect(canonical).toMatch(/\/zh-hk\/iso-42001\/$/);
  const alternates = await page
    .locator('link[rel="alternate"][hreflang]')
    .evaluateAll((links) =>
      links.map((l) => [l.getAttribute("hreflang"), new URL(l.getAttribute("href") ?? "").pathname]),
    );
  expect(alternates).toEqual([
    ["en", "/en/iso-42001/"],
    ["zh-Hant-HK", "/zh-hk/iso-42001/"],
    ["x-default", "/en/iso-42001/"],
  ]);
});

test("the skip link is the first stop for keyboard users and moves focus to the main content", async ({ page }) => {
  await page.goto("/en/");
  await page.keyboard.press("Tab");
  const skip = page.getByRole("link", { name: "Skip to main content" });
  await expect(skip).toBeFocused();
  await expect(skip).toBeVisible();
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/#main$/);
  await expect(page.locator("main")).toBeFocused();
});

test("the navigation marks the current section", async ({ page }) => {
  await page.goto("/zh-hk/costs-and-audit-days/");
  const current = page.locator('nav[aria-label="主要導覽"] a[aria-current="page"]');
  await expect(current).toHaveText("費用及審核日數");
});

test("the root address sends readers to their language", async ({ request }) => {
  const zh = await request.get("/", { headers: { "Accept-Language": "zh-HK,zh;q=0.9" }, maxRedirects: 0 });
  expect(zh.status()).toBe(302);
  expect(zh.headers().location).toBe("/zh-hk/");
  const en = await request.get("/", { headers: { "Accept-Language": "en-GB" }, maxRedirects: 0 });
  expect(en.headers().location).toBe("/en/");
});

test("an unknown address answers 404 with a page in the language of its path", async ({ page }) => {
  const zh = await page.goto("/zh-hk/does-not-exist/");
  expect(zh?.status()).toBe(404);
  await expect(page.locator("html")).toHaveAttribute("lang", "zh-Hant-HK");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("找不到頁面");
  const en = await page.goto("/en/does-not-exist/");
  expect(en?.status()).toBe(404);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Page not found");
  await expect(page.locator('meta[name="robots"]')).toHaveAttribute("content", /noindex/);
});

test("content pages ship no JavaScript", async ({ page, request }) => {
  const contentPaths = (await sitemapPaths(request)).filter((p) => !/\/(assessment|contact|staff)\//.test(p));
  for (const path of contentPaths) {
    const scripts: string[] = [];
    page.on("request", (r) => {
      if (r.resourceType() === "script") scripts.push(r.url());
    });
    await page.goto(path);
    const executable = await page
      .locator("script")
      .evaluateAll((nodes) => nodes.filter((n) => (n.getAttribute("type") ?? "") !== "application/ld+json").length);
    expect(executable, `${path} inline or external scripts`).toBe(0);
    expect(scripts, `${path} script requests`).toEqual([]);
    page.removeAllListeners("request");
  }
});

test("every response carries the security headers", async ({ request }) => {
  for (const path of ["/en/", "/zh-hk/soc-2/", "/en/nope/", "/favicon.svg"]) {
    const response = await request.get(path, { maxRedirects: 0 });
    const headers = response.headers();
    expect(headers["content-security-policy"], path).toContain("frame-ancestors 'none'");
    expect(headers["content-security-policy"], path).not.toContain("unsafe-inline");
    expect(headers["strict-transport-security"], path).toContain("max-age=");
    expect(headers["x-content-type-options"], path).toBe("nosniff");
    expect(headers["referrer-policy"], path).toBe("strict-origin-when-cross-origin");
    expect(headers["permissions-policy"], path).toContain("camera=()");
  }
});

test("pages are served compressed", async ({ request }) => {
  const response = await request.get("/en/", { headers: { "Accept-Encoding": "gzip, br" } });
  expect(["br", "gzip"]).toContain(response.headers()["content-encoding"]);
});

test("robots.txt allows crawling and points at the sitemap", async ({ request }) => {
  const body = await (await request.get("/robots.txt")).text();
  expect(body).toContain("User-agent: *");
  expect(body).toMatch(/^Sitemap: https?:\/\/.+\/sitemap-index\.xml$/m);
});

test("every page's own styles and scripts are allowed by its Content-Security-Policy", async ({ page, request }) => {
  test.setTimeout(120_000);
  const violations: string[] = [];
  page.on("console", (message) => {
    if (/Content Security Policy/i.test(message.text()))
      violations.push(`${page.url()}: ${message.text().slice(0, 120)}`);
  });
  for (const path of await sitemapPaths(request)) {
    await page.goto(path);
    const font = await page.evaluate(() => getComputedStyle(document.body).fontFamily);
    expect(font, `${path} styles applied`).toContain("system-ui");
  }
  expect(violations).toEqual([]);
});
