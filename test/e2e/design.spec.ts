import { readFileSync } from "node:fs";
import { expect, type Page, test } from "@playwright/test";
import { parse } from "yaml";
import { sitePages } from "./site-pages.ts";
import { expectNoAxeViolations } from "./support.ts";

const phone = { width: 390, height: 844 };

test.describe("on a 390 × 844 phone", () => {
  test.use({ viewport: phone });

  for (const locale of ["en", "zh-hk"] as const) {
    test(`the home page's primary call to action starts within the first 450 px (${locale})`, async ({ page }) => {
      await page.goto(`/${locale}/`);
      const box = await page.getByTestId("hero-primary").boundingBox();
      expect(box).not.toBeNull();
      expect(box?.y ?? Number.POSITIVE_INFINITY).toBeLessThanOrEqual(450);
      expect(box?.height ?? 0).toBeGreaterThanOrEqual(44);
    });
  }

  test("the header is one compact bar whose menu button opens the navigation, with JavaScript off", async ({
    browser,
  }) => {
    const context = await browser.newContext({ viewport: phone, javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto("/en/");
    const header = await page.locator(".site-header").boundingBox();
    expect(header?.height ?? 999).toBeLessThanOrEqual(72);
    const nav = page.getByRole("navigation", { name: "Main" });
    await expect(nav).toBeHidden();
    const menu = page.getByRole("button", { name: "Menu" });
    await menu.click();
    await expect(nav).toBeVisible();
    await nav.getByRole("link", { name: "SOC 2" }).click();
    await expect(page).toHaveURL(/\/en\/soc-2\/$/);
    await context.close();
  });

  test("the open menu closes with Escape and keeps its links in the tab order after the button", async ({ page }) => {
    await page.goto("/zh-hk/soc-2/");
    const menu = page.getByRole("button", { name: "選單" });
    await menu.focus();
    await page.keyboard.press("Enter");
    const nav = page.getByRole("navigation", { name: "主要導覽" });
    await expect(nav).toBeVisible();
    await page.keyboard.press("Tab");
    await expect(nav.getByRole("link").first()).toBeFocused();
    await page.keyboard.press("Escape");
    await expect(nav).toBeHidden();
  });

  test("no page scrolls sideways, and every table fits, stacks its rows or shows that it scrolls", async ({ page }) => {
    for (const path of ["/en/soc-2/", "/en/hong-kong-regulators/", "/zh-hk/costs-and-audit-days/", "/en/method/"]) {
      await page.goto(path);
      const pageOverflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(pageOverflow, path).toBeLessThanOrEqual(0);
      const tables = await page.locator(".table-scroll").evaluateAll((regions) =>
        regions.map((region) => ({
          label: region.getAttribute("aria-label"),
          fits: region.scrollWidth <= region.clientWidth + 1,
          stacked: getComputedStyle(region.querySelector("tr") as Element).display === "block",
          cue: getComputedStyle(region).backgroundImage.includes("radial-gradient"),
        })),
      );
      expect(tables.length, path).toBeGreaterThan(0);
      for (const table of tables) expect(table.fits || table.stacked || table.cue, `${path} ${table.label}`).toBe(true);
    }
    // The regulators hub's five-column table is the one that needs stacking.
    await page.goto("/en/hong-kong-regulators/");
    const hub = page.locator(".table-scroll[data-wide]").first();
    await expect(hub).toHaveClass(/table-stack/);
    expect(await hub.evaluate((r) => r.scrollWidth <= r.clientWidth + 1)).toBe(true);
  });
});

test("on a wide screen the navigation is inline and the menu button is not shown", async ({ page }) => {
  await page.setViewportSize({ width: 1366, height: 800 });
  await page.goto("/en/iso-42001/");
  await expect(page.getByRole("button", { name: "Menu" })).toBeHidden();
  const nav = page.getByRole("navigation", { name: "Main" });
  await expect(nav.getByRole("link", { name: "Readiness assessment" })).toBeVisible();
  const bar = await page.locator(".site-header").boundingBox();
  expect(bar?.height ?? 999).toBeLessThanOrEqual(72);
});

test("the header stays at the top of a long page", async ({ page }) => {
  for (const viewport of [phone, { width: 1366, height: 800 }]) {
    await page.setViewportSize(viewport);
    await page.goto("/en/soc-2/");
    await page.evaluate(() => window.scrollTo(0, 4000));
    await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(3000);
    const box = await page.locator(".site-header").boundingBox();
    expect(box?.y).toBe(0);
    await expect(page.locator(".site-header .brand")).toBeInViewport();
  }
});

/** Rows of a grid's children, as counts of children per row and whether a lone child fills the row. */
async function gridRows(page: Page, selector: string) {
  return page.locator(selector).evaluateAll((grids) =>
    grids.map((grid) => {
      const width = grid.getBoundingClientRect().width;
      const rows = new Map<number, { count: number; width: number }>();
      for (const child of grid.children) {
        const box = child.getBoundingClientRect();
        const top = Math.round(box.top);
        const row = rows.get(top) ?? { count: 0, width: 0 };
        rows.set(top, { count: row.count + 1, width: row.width + box.width });
      }
      return { width, rows: [...rows.values()] };
    }),
  );
}

test("card grids never leave a card alone on a row of a multi-column grid", async ({ page }) => {
  for (const width of [1366, 900]) {
    await page.setViewportSize({ width, height: 900 });
    for (const path of ["/en/", "/zh-hk/", "/en/hong-kong-regulators/"]) {
      await page.goto(path);
      const grids = await gridRows(page, ".card-grid, .steps ol");
      expect(grids.length, path).toBeGreaterThan(0);
      for (const grid of grids) {
        const multiColumn = grid.rows.some((row) => row.count > 1);
        for (const row of grid.rows) {
          if (multiColumn && row.count === 1) {
            // A lone card is allowed only when it spans the whole row.
            expect(row.width, `${path} at ${width}px`).toBeGreaterThan(grid.width * 0.95);
          }
        }
      }
    }
  }
});

test.describe("in the dark theme", () => {
  test.use({ colorScheme: "dark" });

  test("pages and islands take the dark colours", async ({ page }) => {
    for (const path of ["/en/", "/zh-hk/soc-2/", "/en/assessment/", "/en/contact/"]) {
      await page.goto(path);
      const colours = await page.evaluate(() => {
        const luminance = (css: string) => {
          const [r = 0, g = 0, b = 0] = (css.match(/\d+(\.\d+)?/g) ?? []).map(Number);
          return (0.2126 * r + 0.7152 * g + 0.0722 * b) / 255;
        };
        const body = getComputedStyle(document.body);
        const header = getComputedStyle(document.querySelector(".site-header") as Element);
        return {
          bg: luminance(body.backgroundColor),
          ink: luminance(body.color),
          header: luminance(header.backgroundColor),
        };
      });
      expect(colours.bg, path).toBeLessThan(0.15);
      expect(colours.header, path).toBeLessThan(0.2);
      expect(colours.ink, path).toBeGreaterThan(0.8);
    }
  });

  // One test per page, so a violation on one page never hides those on the others.
  for (const path of sitePages) {
    test(`${path} has no axe violations in the dark theme`, async ({ page }) => {
      await page.goto(path);
      if (path.endsWith("/assessment/")) await page.locator(".assess-start").waitFor();
      if (path.endsWith("/contact/")) await page.locator("form.enquiry").waitFor();
      await expectNoAxeViolations(page, `${path} (dark)`);
    });
  }
});

test("the favicon and the header mark are the logo from the firm's settings", async ({ page, request }) => {
  const { logo } = parse(readFileSync("content/firm.yaml", "utf8")) as {
    logo: { size: number; paths: { d: string }[] };
  };
  const response = await request.get("/favicon.svg");
  expect(response.headers()["content-type"]).toContain("image/svg+xml");
  const svg = await response.text();
  expect(svg).toContain(`viewBox="0 0 ${logo.size} ${logo.size}"`);
  for (const path of logo.paths) expect(svg).toContain(`d="${path.d}"`);
  await page.goto("/zh-hk/");
  const mark = await page
    .locator(".site-header .logo path")
    .evaluateAll((paths) => paths.map((p) => p.getAttribute("d")));
  expect(mark).toEqual(logo.paths.map((p) => p.d));
});
