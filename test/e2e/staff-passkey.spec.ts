/**
 * Passkeys in the staff area, with Chromium's virtual authenticator (CDP WebAuthn domain): invited from the CLI, the
 * person enrols with a password, lands on their passkeys page, adds a passkey, signs out and signs in with the
 * passkey alone; removing it stops it signing in; a disabled or locked account cannot sign in with its passkey.
 */

import { join } from "node:path";
import { DatabaseSync } from "node:sqlite";
import { type CDPSession, expect, type Page, test } from "@playwright/test";
import { dataDir, invite, staffCli, strongPassword, uniqueEmail } from "./staff-support.ts";
import { expectNoAxeViolations } from "./support.ts";

async function virtualAuthenticator(page: Page): Promise<{ cdp: CDPSession; authenticatorId: string }> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send("WebAuthn.enable");
  const { authenticatorId } = await cdp.send("WebAuthn.addVirtualAuthenticator", {
    options: {
      protocol: "ctap2",
      transport: "internal",
      hasResidentKey: true,
      hasUserVerification: true,
      isUserVerified: true,
    },
  });
  return { cdp, authenticatorId };
}

const inbox = { en: "Lead inbox", "zh-hk": "查詢收件箱" } as const;
const passkeysTitle = { en: "Your passkeys", "zh-hk": "你的通行密鑰" } as const;

/** Enrols at the link, signs in with the password on the page it lands on, and arrives on the passkeys page. */
async function enrolToPasskeys(page: Page, locale: "en" | "zh-hk", email: string) {
  await page.goto(invite(email, "sales").replace("/en/", `/${locale}/`));
  await page.locator("#password").fill(strongPassword);
  await page.locator("#confirm").fill(strongPassword);
  await page.locator("form.staff-form button[type=submit]").click();
  await expect(page.locator('[data-notice="enrolled"]')).toBeVisible();
  await page.locator("#email").fill(email);
  await page.locator("#password").fill(strongPassword);
  await page.locator("form.staff-form button[type=submit]").click();
  await expect(page.locator("h1")).toHaveText(passkeysTitle[locale]);
  await expect(page.locator('[data-notice="welcome"]')).toBeVisible();
  await expect(page.locator('[data-passkeys="none"]')).toBeVisible();
}

async function addPasskey(page: Page, name: string) {
  await page.locator("#passkey-name").fill(name);
  await page.locator("#passkey-add").click();
  await expect(page.locator('[data-notice="added"]')).toBeVisible();
}

async function signOut(page: Page) {
  await page.locator(".staff-signout button[type=submit]").click();
  await expect(page.locator('[data-notice="signed-out"]')).toBeVisible();
}

function auditActions(email: string): string[] {
  const db = new DatabaseSync(join(dataDir, "enquiries.db"), { readOnly: true });
  try {
    return (db.prepare("SELECT action FROM staff_audit WHERE actor = ? ORDER BY id").all(email) as { action: string }[])
      .map((r) => r.action)
      .filter((a) => a.startsWith("passkey_"));
  } finally {
    db.close();
  }
}

test("enrol with a password, add a passkey, sign out, sign in with the passkey alone; a removed passkey no longer signs in", async ({
  page,
}) => {
  const errors: string[] = [];
  page.on("pageerror", (e) => errors.push(e.message));
  const { cdp, authenticatorId } = await virtualAuthenticator(page);
  const email = uniqueEmail("passkey");
  await enrolToPasskeys(page, "en", email);
  await expectNoAxeViolations(page, "passkeys (none)");

  await addPasskey(page, "Office laptop");
  const row = page.locator("tr[data-passkey-id]");
  await expect(row).toHaveCount(1);
  await expect(row).toContainText("Office laptop");
  await expect(row.locator("time")).toHaveAttribute("datetime", /^\d{4}-\d{2}-\d{2}T/);
  await expectNoAxeViolations(page, "passkeys (one)");
  // The authenticator holds one discoverable credential for the staff host.
  const { credentials } = await cdp.send("WebAuthn.getCredentials", { authenticatorId });
  expect(credentials).toHaveLength(1);
  expect(credentials[0]?.isResidentCredential).toBe(true);
  expect(credentials[0]?.rpId).toBe("localhost");
  // The same authenticator cannot register a second passkey for the account.
  await page.locator("#passkey-add").click();
  await expect(page.locator('[data-passkey-status][data-problem="exists"]')).toBeVisible();

  await signOut(page);
  expect((await page.context().cookies()).some((c) => c.name === "staff.session_token")).toBe(false);
  await expect(page.locator("#passkey-sign-in")).toBeVisible();
  await expectNoAxeViolations(page, "sign-in with the passkey button");
  await page.locator("#passkey-sign-in").click();
  await expect(page.locator("h1")).toHaveText(inbox.en);
  const session = (await page.context().cookies()).find((c) => c.name === "staff.session_token");
  expect(session?.httpOnly).toBe(true);
  // Signed in, adding a passkey without the CSRF token is refused before the plugin sees it.
  const noToken = await page.request.post("/api/staff/passkeys/", {
    data: { response: { id: "x" } },
    headers: { origin: new URL(page.url()).origin },
  });
  expect(noToken.status()).toBe(403);

  // Remove it: it stops signing in (the authenticator still holds it; the server no longer knows it).
  await page.goto("/en/staff/passkeys/");
  await page.locator("tr[data-passkey-id] button[type=submit]").click();
  await expect(page.locator('[data-notice="removed"]')).toBeVisible();
  await expect(page.locator('[data-passkeys="none"]')).toBeVisible();
  await signOut(page);
  await page.locator("#passkey-sign-in").click();
  await expect(page.locator('[data-passkey-status][data-problem="unknownKey"]')).toBeVisible();
  await expect(page.locator("h1")).toHaveText("Staff sign-in");

  expect(auditActions(email)).toEqual(["passkey_added", "passkey_removed"]);
  expect(errors).toEqual([]);
});

test("a disabled account cannot sign in with its passkey (zh-hk); enabled again, it can; locked, it cannot", async ({
  page,
}) => {
  await virtualAuthenticator(page);
  const email = uniqueEmail("passkey-off");
  await enrolToPasskeys(page, "zh-hk", email);
  await addPasskey(page, "手提電話");
  await signOut(page);

  staffCli(["disable", email]);
  await page.locator("#passkey-sign-in").click();
  const problem = page.locator('[data-passkey-status][data-problem="disabled"]');
  await expect(problem).toBeVisible();
  await expect(problem).toHaveText("此帳戶已停用，請聯絡管理員。");
  expect((await page.context().cookies()).some((c) => c.name === "staff.session_token")).toBe(false);
  await page.goto("/zh-hk/staff/");
  await expect(page).toHaveURL(/\/zh-hk\/staff\/sign-in\//);

  staffCli(["enable", email]);
  await page.locator("#passkey-sign-in").click();
  await expect(page.locator("h1")).toHaveText(inbox["zh-hk"]);

  // Locked after five wrong passwords, the account refuses its passkey too.
  await signOut(page);
  const origin = new URL(page.url()).origin;
  for (let i = 0; i < 5; i++) {
    const wrong = await page.request.post("/zh-hk/staff/sign-in/", {
      form: { email, password: `wrong password ${i} xyz` },
      headers: { origin },
      maxRedirects: 0,
    });
    expect(wrong.status()).toBe(401);
  }
  await page.locator("#passkey-sign-in").click();
  await expect(page.locator('[data-passkey-status][data-problem="locked"]')).toBeVisible();
  expect((await page.context().cookies()).some((c) => c.name === "staff.session_token")).toBe(false);
});

test("the passkey endpoints: only sign-in is reachable signed out; adding one needs a session and the CSRF token", async ({
  request,
}) => {
  const origin = `http://localhost:${process.env.E2E_PORT}`;
  expect((await request.get("/api/auth/passkey/generate-authenticate-options/")).status()).toBe(200);
  for (const path of [
    "/api/auth/passkey/generate-register-options/",
    "/api/auth/passkey/list-user-passkeys/",
    "/api/auth/passkey/verify-registration/",
    "/api/auth/passkey/delete-passkey/",
    "/api/auth/passkey/update-passkey/",
  ]) {
    expect((await request.get(path)).status(), path).toBe(404);
    expect((await request.post(path, { data: {}, headers: { origin } })).status(), path).toBe(404);
  }
  expect((await request.get("/api/staff/passkeys/options/")).status()).toBe(401);
  expect((await request.post("/api/staff/passkeys/", { data: {}, headers: { origin } })).status()).toBe(401);
});
