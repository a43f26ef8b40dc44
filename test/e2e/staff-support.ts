/**
 * Helpers of the staff specs: the real `npm run staff` CLI on the e2e server's DATA_DIR, enrolment and sign-in through
 * the pages, and a lead sent through the public enquiry form.
 */
import { execFileSync } from "node:child_process";
import { randomUUID } from "node:crypto";
import { resolve } from "node:path";
import { expect, type Page } from "@playwright/test";
import { encodeShareFragment } from "../../src/lib/share-link.ts";
import { readMethod } from "../../src/node/method-files.ts";
import { personaFixture } from "./assessment-support.ts";

/** The Playwright web server's port and data folder, chosen once by playwright.config.ts and inherited by workers. */
export const port = Number(process.env.E2E_PORT);
export const origin = `http://localhost:${port}`;
export const dataDir = resolve(process.env.E2E_DATA_DIR ?? `test-results/e2e-data-${port}`);
export const strongPassword = "harbour kettle violet 93 lantern";
const method = readMethod();

/** Runs `npm run staff -- …` (the CLI's source, as scripts/staff.mjs does) against the e2e server's accounts. */
export function staffCli(args: readonly string[], env: Record<string, string> = {}): string {
  return execFileSync(process.execPath, ["src/cli/staff.ts", ...args], {
    encoding: "utf8",
    env: { ...process.env, DATA_DIR: dataDir, STAFF_ORIGIN: origin, ...env },
  });
}

export function uniqueEmail(label: string): string {
  return `${label}-${randomUUID().slice(0, 8)}@staff.example.hk`;
}

/** Invites with the CLI and returns the link, its last line of output. */
export function invite(email: string, role: "admin" | "sales", env: Record<string, string> = {}): string {
  const out = staffCli(["invite", email, "--role", role], env).trim().split("\n");
  const link = out.at(-1) ?? "";
  expect(link).toMatch(/^http:\/\/localhost:\d+\/en\/staff\/enrol\/\?token=[A-Za-z0-9_-]{40,}$/);
  return link;
}

export async function enrol(page: Page, link: string, password = strongPassword): Promise<void> {
  await page.goto(link);
  await page.locator("#password").fill(password);
  await page.locator("#confirm").fill(password);
  await page.locator("form.staff-form button[type=submit]").click();
  await expect(page.locator('[data-notice="enrolled"]')).toBeVisible();
}

export async function signIn(page: Page, locale: "en" | "zh-hk", email: string, password = strongPassword) {
  await page.goto(`/${locale}/staff/sign-in/`);
  await page.locator("#email").fill(email);
  await page.locator("#password").fill(password);
  await page.locator("form.staff-form button[type=submit]").click();
  await expect(page.locator("h1")).toHaveText(locale === "en" ? "Lead inbox" : "查詢收件箱");
}

/** An admin, invited, enrolled and signed in. */
export async function signedInAdmin(page: Page, locale: "en" | "zh-hk", label = "admin"): Promise<string> {
  const email = uniqueEmail(label);
  await enrol(page, invite(email, "admin"));
  await signIn(page, locale, email);
  return email;
}

export interface SentLead {
  readonly reference: string;
  readonly company: string;
  readonly name: string;
  readonly email: string;
  readonly role: string;
  readonly message: string;
}

/** Sends persona 5's assessment through the results page's "talk to us" and the public enquiry form. */
export async function sendEnquiry(page: Page, locale: "en" | "zh-hk"): Promise<SentLead> {
  const fixture = personaFixture("5-");
  const id = randomUUID().slice(0, 6);
  const lead = {
    company: `${locale === "en" ? "Harbour Pay" : "海港支付"} ${id}`,
    name: locale === "en" ? `Chan Tai Man ${id}` : `陳大文 ${id}`,
    email: `tm.chan.${id}@pay.example.hk`,
    role: locale === "en" ? "CTO" : "技術總監",
    message: `Bank asked for SOC 2 by March ${id}`,
  };
  await page.goto(`/${locale}/assessment/results/#${encodeShareFragment(method, fixture.answerSet as never)}`);
  await page.locator("#talk-to-us").click();
  await expect(page.locator("#enquiry-attach")).toBeChecked();
  await page.fill("#enquiry-name", lead.name);
  await page.fill("#enquiry-company", lead.company);
  await page.fill("#enquiry-email", lead.email);
  await page.fill("#enquiry-phone", "9123 4567");
  await page.fill("#enquiry-role", lead.role);
  await page.locator('label[for="enquiry-timing-3_6m"]').click();
  await page.fill("#enquiry-message", lead.message);
  await page.locator("form.enquiry button[type=submit]").click();
  await expect(page.locator(".enquiry-success")).toBeVisible();
  const reference = /ENQ-\d{4}-[A-Z0-9]{8}/.exec((await page.locator(".enquiry-success").textContent()) ?? "")?.[0];
  if (!reference) throw new Error("no reference shown");
  return { reference, ...lead };
}

/** Sets the firm's rate card on the admin page. */
export async function setRateCard(page: Page, locale: "en" | "zh-hk", rates = [12_000, 15_000, 13_000, 16_500]) {
  await page.goto(`/${locale}/staff/admin/`);
  await page.locator("#rc-currency").fill("HKD");
  await page.locator("#rc-soc2-min").fill(String(rates[0]));
  await page.locator("#rc-soc2-max").fill(String(rates[1]));
  await page.locator("#rc-iso-min").fill(String(rates[2]));
  await page.locator("#rc-iso-max").fill(String(rates[3]));
  await page.locator("#save-rates").click();
  await expect(page.locator("[role=status]")).toBeVisible();
}

/** Every staff page and API route, for walking them signed out. */
export function staffRoutes(locale: "en" | "zh-hk", reference: string) {
  return {
    pages: [
      `/${locale}/staff/`,
      `/${locale}/staff/?q=${encodeURIComponent(reference)}`,
      `/${locale}/staff/leads/${reference}/`,
      `/${locale}/staff/proposal/`,
      `/${locale}/staff/proposal/?lead=${reference}`,
      `/${locale}/staff/admin/`,
      `/${locale}/staff/admin/audit/`,
      `/${locale}/staff/passkeys/`,
      `/${locale}/staff/sign-out/`,
    ],
    apis: [
      { method: "GET", path: `/api/staff/leads/${reference}/` },
      { method: "PUT", path: `/api/staff/leads/${reference}/draft/` },
      { method: "POST", path: `/api/staff/leads/${reference}/exported/` },
      { method: "GET", path: "/api/staff/rates/" },
      { method: "GET", path: `/api/staff/export/?q=${encodeURIComponent(reference)}` },
      { method: "GET", path: "/api/staff/export/" },
      { method: "GET", path: "/api/staff/passkeys/options/" },
      { method: "POST", path: "/api/staff/passkeys/" },
    ],
  };
}
