/**
 * The staff area's defences against the real server: lockout after repeated wrong passwords, an expired enrolment
 * link, state-changing requests without the CSRF token, an expired session, and erasure from the inbox leaving no
 * personal data in the database file.
 */
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { DatabaseSync } from "node:sqlite";
import { type APIRequestContext, expect, type Page, test } from "@playwright/test";
import { dataDir, enrol, invite, origin, signIn, strongPassword, uniqueEmail } from "./staff-support.ts";

/** Posts a form as a browser on the site would (same Origin). */
function postForm(api: APIRequestContext, path: string, form: Record<string, string>) {
  return api.post(path, { form, headers: { origin }, maxRedirects: 0 });
}

async function csrfOf(page: Page): Promise<string> {
  const value = await page.locator('.staff-signout input[name="_csrf"]').getAttribute("value");
  if (!value) throw new Error("no CSRF token on the page");
  return value;
}

test("five wrong passwords lock the account: the right one is refused until the lockout ends", async ({ page }) => {
  const email = uniqueEmail("lockout");
  await enrol(page, invite(email, "sales"));
  const api = page.request;
  for (let i = 0; i < 5; i++) {
    const res = await postForm(api, "/en/staff/sign-in/", { email, password: `wrong password ${i} xyz` });
    expect(res.status()).toBe(401);
    expect(await res.text()).toContain('data-problem="signIn.failed"');
  }
  const locked = await postForm(api, "/en/staff/sign-in/", { email, password: strongPassword });
  expect(locked.status()).toBe(403);
  expect(await locked.text()).toContain('data-problem="signIn.locked"');
  expect(locked.headers()["set-cookie"] ?? "").not.toContain("staff.session_token=");
  // Another account is not affected.
  const other = uniqueEmail("unlocked");
  await enrol(page, invite(other, "sales"));
  const fine = await postForm(api, "/en/staff/sign-in/", { email: other, password: strongPassword });
  expect(fine.status()).toBe(303);
});

test("an enrolment link past its lifetime is refused and sets no password", async ({ page }) => {
  const email = uniqueEmail("expired");
  // The lifetime is a setting (STAFF_ENROL_TTL_SECONDS); one second here.
  const link = invite(email, "sales", { STAFF_ENROL_TTL_SECONDS: "1" });
  await page.waitForTimeout(1_500);
  const res = await page.goto(link);
  expect(res?.status()).toBe(410);
  await expect(page.locator('[data-problem="enrol.expired"]')).toBeVisible();
  await expect(page.locator("#password")).toHaveCount(0);
  const token = new URL(link).searchParams.get("token") ?? "";
  const post = await postForm(page.request, "/en/staff/enrol/", {
    token,
    password: strongPassword,
    confirm: strongPassword,
  });
  expect(post.status()).toBe(410);
  const signInTry = await postForm(page.request, "/en/staff/sign-in/", { email, password: strongPassword });
  expect(signInTry.status()).toBe(401);
});

test("state-changing requests without the CSRF token are refused 403; with it they pass", async ({ page }) => {
  const email = uniqueEmail("csrf");
  await enrol(page, invite(email, "admin"));
  await signIn(page, "en", email);
  const csrf = await csrfOf(page);
  const api = page.request;
  const rates = { currency: "HKD", soc2Min: "1", soc2Max: "2", isoMin: "3", isoMax: "4" };
  const noToken = await postForm(api, "/en/staff/admin/", rates);
  expect(noToken.status()).toBe(403);
  const wrongToken = await postForm(api, "/en/staff/admin/", { ...rates, _csrf: `${csrf.slice(0, -2)}xx` });
  expect(wrongToken.status()).toBe(403);
  const signOut = await postForm(api, "/en/staff/sign-out/", {});
  expect(signOut.status()).toBe(403);
  const draft = await api.put("/api/staff/leads/ENQ-2026-00000000/draft/", { data: {} });
  expect(draft.status()).toBe(403);
  expect(await draft.json()).toMatchObject({ error: "csrf" });
  // A post from another site is refused before anything else (Astro's origin check).
  const crossSite = await api.post("/en/staff/admin/", {
    form: { ...rates, _csrf: csrf },
    headers: { origin: "https://evil.example" },
    maxRedirects: 0,
  });
  expect(crossSite.status()).toBe(403);
  // With the token (and a rate card that is not one) the request is handled.
  const handled = await postForm(api, "/en/staff/admin/", { ...rates, currency: "H", _csrf: csrf });
  expect(handled.status()).toBe(422);
  const missing = await api.put("/api/staff/leads/ENQ-2026-00000000/draft/", {
    data: {},
    headers: { "x-csrf-token": csrf },
  });
  expect(missing.status()).toBe(404);
});

test("an expired session is refused: pages redirect to sign-in, APIs answer 401", async ({ page }) => {
  const email = uniqueEmail("session");
  await enrol(page, invite(email, "sales"));
  await signIn(page, "en", email);
  expect((await page.request.get("/api/staff/rates/")).status()).toBe(200);
  // Time passes: the session's expiry (kept by better-auth in staff-auth.db) is now in the past.
  const db = new DatabaseSync(join(dataDir, "staff-auth.db"));
  try {
    const user = db.prepare('SELECT id FROM "user" WHERE email = ?').get(email) as { id: string };
    const row = db.prepare('SELECT expiresAt FROM "session" WHERE userId = ?').get(user.id) as { expiresAt: unknown };
    const past = typeof row.expiresAt === "number" ? Date.now() - 60_000 : new Date(Date.now() - 60_000).toISOString();
    db.prepare('UPDATE "session" SET expiresAt = ? WHERE userId = ?').run(past, user.id);
  } finally {
    db.close();
  }
  const api = await page.request.get("/api/staff/rates/");
  expect(api.status()).toBe(401);
  const inbox = await page.request.get("/en/staff/", { maxRedirects: 0 });
  expect(inbox.status()).toBe(303);
  expect(inbox.headers().location).toMatch(/^\/en\/staff\/sign-in\//);
});

test("erasing a lead from the inbox leaves none of its personal data, notes or draft in the database file", async ({
  page,
}) => {
  const marker = `Erasure${Date.now()}`;
  const payload = {
    name: `${marker} Name`,
    company: `${marker} Company`,
    email: `${marker.toLowerCase()}@erase.example.hk`,
    phone: "+852 9876 5432",
    role: `${marker} Role`,
    interest: "soc2_type2",
    timing: "3_6m",
    message: `${marker} Message`,
    locale: "en",
    marketingConsent: true,
    picsVersion: "2026-01",
    website: "",
    idempotencyKey: crypto.randomUUID(),
  };
  const sent = await page.request.post("/api/enquiries", { data: payload });
  expect(sent.status()).toBe(201);
  const { reference } = (await sent.json()) as { reference: string };

  const email = uniqueEmail("eraser");
  await enrol(page, invite(email, "admin"));
  await signIn(page, "en", email);
  await page.goto(`/en/staff/leads/${reference}/`);
  await page.locator("#lead-note").fill(`${marker} Note`);
  await page.locator("#add-note").click();
  await expect(page.locator('[data-list="notes"]')).toContainText(`${marker} Note`);
  const csrf = await csrfOf(page);
  const draft = await page.request.put(`/api/staff/leads/${reference}/draft/`, {
    headers: { "x-csrf-token": csrf },
    data: {
      adjustments: { observationText: null, sitesText: null },
      rates: { currency: "HKD", soc2Min: "", soc2Max: "", isoMin: "", isoMax: "" },
      organisation: `${marker} Draft`,
    },
  });
  expect(draft.status()).toBe(200);

  // A wrong confirmation erases nothing.
  await page.locator("#erase-confirm").fill("ENQ-0000");
  await page.locator("#erase-lead").click();
  await expect(page.locator("[role=alert]")).toBeVisible();
  await page.locator("#erase-confirm").fill(reference);
  await page.locator("#erase-lead").click();
  await expect(page.locator(".callout[role=status]")).toContainText(reference);
  expect((await page.request.get(`/api/staff/leads/${reference}/`)).status()).toBe(404);

  const files = ["enquiries.db", "enquiries.db-wal"].map((f) => join(dataDir, f)).filter((f) => existsSync(f));
  const bytes = Buffer.concat(files.map((f) => readFileSync(f, { flag: "r" })));
  for (const needle of [marker, marker.toLowerCase(), "+85298765432"]) {
    expect(bytes.includes(Buffer.from(needle)), needle).toBe(false);
  }
  // The audit log names the reference and the action only.
  await page.goto("/en/staff/admin/audit/");
  await expect(page.locator(`[data-table="audit"] tr[data-action="erased"]`).first()).toContainText(reference);
});
