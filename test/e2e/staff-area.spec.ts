/**
 * The staff area end to end, in both languages: invite from the CLI → enrol (a common password refused) → sign in →
 * the lead just sent from the public form, with its contact card → status and a note → the proposal workspace (the
 * draft survives a reload) → the client's fee proposal PDF (its fees are the workspace's) → sign out → every staff
 * route is protected again and no response carries the lead's data.
 */
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { expect, request as playwrightRequest, test } from "@playwright/test";
import {
  enrol,
  invite,
  origin,
  sendEnquiry,
  setRateCard,
  signIn,
  staffRoutes,
  strongPassword,
  uniqueEmail,
} from "./staff-support.ts";
import { expectNoAxeViolations } from "./support.ts";

const squash = (text: string) => text.replace(/\s+/g, "");

for (const locale of ["en", "zh-hk"] as const) {
  test(`invite, enrol, sign in, work a lead, export its fee proposal, sign out: everything is protected again (${locale})`, async ({
    page,
  }) => {
    test.setTimeout(180_000);
    const errors: string[] = [];
    page.on("pageerror", (e) => errors.push(e.message));

    // Invite from the CLI; the link is the last line.
    const email = uniqueEmail(`walk-${locale}`);
    const link = invite(email, "admin");
    await page.goto(link.replace("/en/", `/${locale}/`));
    await expectNoAxeViolations(page, `enrol ${locale}`);
    // A common password is refused, with the reason.
    await page.locator("#password").fill("password1234");
    await page.locator("#confirm").fill("password1234");
    await page.locator("form.staff-form button[type=submit]").click();
    await expect(page.locator('[data-problem="enrol.too_common"]')).toBeVisible();
    await page.locator("#password").fill(strongPassword);
    await page.locator("#confirm").fill(strongPassword);
    await page.locator("form.staff-form button[type=submit]").click();
    await expect(page.locator('[data-notice="enrolled"]')).toBeVisible();
    // The link works once.
    await page.goto(link);
    await expect(page.locator('[data-problem="enrol.used"]')).toBeVisible();

    await page.goto(`/${locale}/staff/sign-in/`);
    await expectNoAxeViolations(page, `sign-in ${locale}`);
    await signIn(page, locale, email);
    const cookies = await page.context().cookies();
    const session = cookies.find((c) => c.name === "staff.session_token");
    expect(session?.httpOnly).toBe(true);
    expect(session?.sameSite).toBe("Lax");
    expect(session?.expires ?? 0).toBeGreaterThan(Date.now() / 1000);
    await setRateCard(page, locale);
    await expectNoAxeViolations(page, `admin ${locale}`);

    // A lead from the public form, in a separate (public) browser context.
    const visitor = await page.context().browser()?.newContext();
    if (!visitor) throw new Error("no browser");
    const lead = await sendEnquiry(await visitor.newPage(), locale);
    await visitor.close();

    await page.goto(`/${locale}/staff/?q=${encodeURIComponent(lead.company)}`);
    const row = page.locator(`tr[data-lead="${lead.reference}"]`);
    await expect(row).toContainText(lead.company);
    await expectNoAxeViolations(page, `inbox ${locale}`);
    await row.getByRole("link", { name: lead.reference }).click();
    const card = page.locator('[data-card="contact"]');
    await expect(card.locator('[data-field="name"]')).toHaveText(lead.name);
    await expect(card.locator('[data-field="company"]')).toHaveText(lead.company);
    await expect(card.locator('[data-field="email"]')).toHaveText(lead.email);
    await expect(card.locator('[data-field="phone"]')).toHaveText("+85291234567");
    await expect(card.locator('[data-field="role"]')).toHaveText(lead.role);
    await expect(card.locator('[data-field="message"]')).toHaveText(lead.message);
    await expect(card.locator('[data-field="timing"]')).not.toBeEmpty();
    await expect(card.locator('[data-field="consents"]')).toContainText(
      locale === "en" ? "No direct marketing" : "不接收直接促銷",
    );

    // Status and a note, with the keyboard.
    await page.locator("#lead-status").selectOption("contacted");
    await page.locator("#lead-owner").selectOption(email);
    await page.locator("#save-pipeline").focus();
    await page.keyboard.press("Enter");
    await expect(page.locator("#lead-status")).toHaveValue("contacted");
    await expect(page.locator("#lead-owner")).toHaveValue(email);
    const note = `Called ${lead.name}; wants Type II ${Date.now()}`;
    await page.locator("#lead-note").fill(note);
    await page.locator("#add-note").click();
    await expect(page.locator('[data-list="notes"] li').first()).toContainText(note);
    await expect(page.locator('[data-list="notes"] li').first()).toContainText(email);
    await expectNoAxeViolations(page, `lead ${locale}`);

    // The workspace opens the lead from the server: no file.
    await page.locator("#open-workspace").click();
    await expect(page).toHaveURL(new RegExp(`/staff/proposal/\\?lead=${lead.reference}`));
    await expect(page.locator('[data-figure="fee-soc2-type2"], [data-figure="fee-soc2-type1"]').first()).toBeVisible();
    const months = await page.locator("#scope-observation").getAttribute("max");
    await page.locator("#scope-observation").fill(months ?? "12");
    await expect(page.locator('[data-save="saved"]')).toBeVisible();
    await page.reload();
    await expect(page.locator("#scope-observation")).toHaveValue(months ?? "12");
    await expect(page.locator('[data-save="saved"]')).toBeVisible();
    await expectNoAxeViolations(page, `workspace ${locale}`);
    const fees = await page.locator('[data-figure^="fee-"]').allTextContents();
    expect(fees.length).toBeGreaterThanOrEqual(2);

    const [download] = await Promise.all([page.waitForEvent("download"), page.locator("#export-proposal").click()]);
    expect(download.suggestedFilename()).toMatch(
      new RegExp(`^fee-proposal-${lead.reference}-\\d{4}-\\d{2}-\\d{2}-${locale}\\.pdf$`),
    );
    const pdf = readFileSync(await download.path());
    const text = execFileSync("pdftotext", ["-layout", "-", "-"], { input: pdf }).toString("utf8");
    for (const fee of fees) expect(squash(text)).toContain(squash(fee));
    expect(squash(text)).toContain(squash(lead.reference));
    expect(text).toContain(locale === "en" ? "Fee proposal" : "收費建議書");

    // The audit log names what this walk did to the lead.
    await page.goto(`/${locale}/staff/admin/audit/`);
    for (const action of ["viewed", "status", "note", "draft", "exported"]) {
      await expect(
        page.locator(`tr[data-action="${action}"]`).filter({ hasText: lead.reference }).first(),
      ).toBeVisible();
    }
    await expectNoAxeViolations(page, `audit ${locale}`);

    // Sign out on all devices.
    const before = await page.context().cookies();
    await page.locator(".staff-signout button").click();
    await expect(page.locator('[data-notice="signed-out"]')).toBeVisible();
    expect(errors).toEqual([]);

    // Every staff route, signed out and with the old session cookie replayed: redirect or 401, no lead data.
    const routes = staffRoutes(locale, lead.reference);
    const secrets = [lead.company, lead.name, lead.email, lead.message, note, "+85291234567"];
    for (const cookieJar of [[], before]) {
      const api = await playwrightRequest.newContext({
        baseURL: origin,
        storageState: { cookies: cookieJar, origins: [] },
      });
      for (const path of routes.pages) {
        const res = await api.get(path, { maxRedirects: 0 });
        expect(res.status(), path).toBe(303);
        expect(res.headers().location, path).toMatch(new RegExp(`^/${locale}/staff/sign-in/\\?next=`));
        expect(res.headers()["cache-control"], path).toBe("no-store");
        const body = await res.text();
        for (const secret of secrets) expect(body, path).not.toContain(secret);
      }
      for (const { method, path } of routes.apis) {
        const res = await api.fetch(path, { method, data: method === "GET" ? undefined : {}, maxRedirects: 0 });
        expect(res.status(), `${method} ${path}`).toBe(401);
        const body = await res.text();
        for (const secret of [...secrets, lead.reference]) expect(body, path).not.toContain(secret);
      }
      await api.dispose();
    }
  });
}

test("the staff pages are noindex, not in the sitemap and disallowed in robots.txt", async ({ request }) => {
  const sitemap = await (await request.get("/sitemap-0.xml")).text();
  expect(sitemap).not.toContain("/staff/");
  const robots = await (await request.get("/robots.txt")).text();
  expect(robots).toContain("Disallow: /en/staff/");
  expect(robots).toContain("Disallow: /zh-hk/staff/");
  const signIn = await request.get("/en/staff/sign-in/");
  expect(signIn.headers()["x-robots-tag"]).toContain("noindex");
  expect(await signIn.text()).toContain('<meta name="robots" content="noindex, nofollow">');
});

test("the inbox, a lead and the workspace work at phone width", async ({ page }) => {
  test.setTimeout(120_000);
  await page.setViewportSize({ width: 390, height: 844 });
  const visitor = await page.context().browser()?.newContext();
  if (!visitor) throw new Error("no browser");
  const lead = await sendEnquiry(await visitor.newPage(), "en");
  await visitor.close();
  const email = uniqueEmail("phone");
  await enrol(page, invite(email, "sales"));
  await signIn(page, "en", email);
  const noOverflow = async () =>
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  await page.goto(`/en/staff/?q=${encodeURIComponent(lead.reference)}`);
  await noOverflow();
  await page.goto(`/en/staff/leads/${lead.reference}/`);
  await expect(page.locator('[data-field="company"]')).toHaveText(lead.company);
  await noOverflow();
  await page.goto(`/en/staff/proposal/?lead=${lead.reference}`);
  await expect(page.locator('[data-figure="days-type2"], [data-figure="days-type1"]').first()).toBeVisible();
  await noOverflow();
  // A sales account sees no administration.
  await expect(page.locator(".staff-nav")).not.toContainText("Administration");
  expect((await page.request.get("/en/staff/admin/")).status()).toBe(403);
});
