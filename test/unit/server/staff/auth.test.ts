/**
 * The staff accounts against better-auth on a real staff-auth.db: invitation, single-use and expiring enrolment,
 * sign-in through better-auth's handler, lockout, disabling, session expiry and sign-out everywhere.
 */
import { afterAll, describe, expect, it } from "vitest";
import { openStaffAuth, type StaffAuthService } from "../../../../src/server/staff/auth.ts";
import { readStaffConfig } from "../../../../src/server/staff/config.ts";
import {
  checkToken,
  enrol,
  invite,
  listStaffUsers,
  resetLink,
  setDisabled,
  setRole,
} from "../../../../src/server/staff/invites.ts";
import { staffSession } from "../../../../src/server/staff/runtime.ts";
import { removeTempDirs, tempDir } from "../support.ts";

const origin = "http://localhost:4999";
const password = "harbour kettle violet 93 lantern";
const services: StaffAuthService[] = [];

function service(env: Record<string, string> = {}): StaffAuthService {
  const all = { DATA_DIR: tempDir("staff-auth-"), STAFF_ORIGIN: origin, ...env };
  const s = openStaffAuth(readStaffConfig(all), all);
  services.push(s);
  return s;
}

afterAll(() => {
  for (const s of services) s.close();
  removeTempDirs();
});

const tokenOf = (link: string) => new URL(link).searchParams.get("token") ?? "";

async function signIn(s: StaffAuthService, email: string, pw: string, address = "192.0.2.1") {
  await s.ready();
  return s.auth.handler(
    new Request(`${origin}/api/auth/sign-in/email`, {
      method: "POST",
      headers: { "content-type": "application/json", origin, "x-staff-client-address": address },
      body: JSON.stringify({ email, password: pw }),
    }),
  );
}

const cookieOf = (response: Response) =>
  response.headers
    .getSetCookie()
    .map((c) => c.split(";")[0])
    .join("; ");

describe("staff accounts", () => {
  it("an invitation makes an account that cannot sign in until its link sets a password, once", async () => {
    const s = service();
    const outcome = await invite(s, "Sales@Example.HK", "sales");
    if (outcome.kind !== "invited") throw new Error(outcome.kind);
    expect(outcome.link).toMatch(/^http:\/\/localhost:4999\/en\/staff\/enrol\/\?token=[A-Za-z0-9_-]{43}$/);
    expect(outcome.user).toMatchObject({ email: "sales@example.hk", role: "sales", disabled: false });
    expect((await signIn(s, "sales@example.hk", password)).status).toBe(401);
    // Only the token's hash is stored.
    const rows = s.db.prepare("SELECT token_hash FROM staff_enrolment").all() as { token_hash: string }[];
    expect(rows.map((r) => r.token_hash)).not.toContain(tokenOf(outcome.link));
    expect(await enrol(s, tokenOf(outcome.link), "password1234", "password1234")).toMatchObject({
      kind: "password",
      problem: "too_common",
    });
    expect(await enrol(s, tokenOf(outcome.link), password, `${password}!`)).toEqual({ kind: "mismatch" });
    expect(await enrol(s, tokenOf(outcome.link), password, password)).toEqual({
      kind: "enrolled",
      email: "sales@example.hk",
    });
    expect(await enrol(s, tokenOf(outcome.link), password, password)).toEqual({ kind: "used" });
    expect((await signIn(s, "sales@example.hk", password)).status).toBe(200);
    expect(await invite(s, "sales@example.hk", "admin")).toMatchObject({ kind: "exists" });
    expect(await invite(s, "not an email", "admin")).toEqual({ kind: "invalid_email" });
  });

  it("an enrolment link expires after its lifetime", async () => {
    const s = service({ STAFF_ENROL_TTL_SECONDS: "60" });
    const outcome = await invite(s, "late@example.hk", "sales", { now: Date.now() - 61_000 });
    if (outcome.kind !== "invited") throw new Error(outcome.kind);
    expect(checkToken(s, tokenOf(outcome.link))).toEqual({ kind: "expired" });
    expect(await enrol(s, tokenOf(outcome.link), password, password)).toEqual({ kind: "expired" });
    expect(checkToken(s, "not-a-token")).toEqual({ kind: "unknown" });
  });

  it("locks an account after the set number of wrong passwords, whatever the right one", async () => {
    const s = service({ STAFF_LOCKOUT_ATTEMPTS: "3", STAFF_SIGNIN_RATE_LIMIT: "100" });
    const outcome = await invite(s, "lock@example.hk", "sales");
    if (outcome.kind !== "invited") throw new Error(outcome.kind);
    await enrol(s, tokenOf(outcome.link), password, password);
    for (let i = 0; i < 3; i++) expect((await signIn(s, "lock@example.hk", "wrong wrong wrong")).status).toBe(401);
    const locked = await signIn(s, "lock@example.hk", password);
    expect(locked.status).toBe(403);
    expect(await locked.json()).toMatchObject({ code: "ACCOUNT_LOCKED" });
    // A reset link ends the lockout with the new password.
    const reset = await resetLink(s, "lock@example.hk");
    await enrol(s, tokenOf(reset?.link ?? ""), `${password} new`, `${password} new`);
    expect((await signIn(s, "lock@example.hk", `${password} new`)).status).toBe(200);
  });

  it("rate-limits sign-in attempts per client address", async () => {
    const s = service({ STAFF_SIGNIN_RATE_LIMIT: "2", STAFF_LOCKOUT_ATTEMPTS: "100" });
    const statuses: number[] = [];
    for (let i = 0; i < 4; i++)
      statuses.push((await signIn(s, "nobody@example.hk", "x".repeat(12), "192.0.2.9")).status);
    expect(statuses.slice(0, 2)).toEqual([401, 401]);
    expect(statuses.slice(2)).toEqual([429, 429]);
    // Another address is counted on its own.
    expect((await signIn(s, "nobody@example.hk", "x".repeat(12), "192.0.2.10")).status).toBe(401);
  });

  it("a disabled account cannot sign in and its sessions end; roles change; list names every account", async () => {
    const s = service();
    const outcome = await invite(s, "gone@example.hk", "sales");
    if (outcome.kind !== "invited") throw new Error(outcome.kind);
    await enrol(s, tokenOf(outcome.link), password, password);
    const response = await signIn(s, "gone@example.hk", password);
    const headers = new Headers({ cookie: cookieOf(response) });
    const session = await staffSession(s, headers);
    expect(session?.user).toMatchObject({ email: "gone@example.hk", role: "sales" });
    expect(session?.csrf).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(await setRole(s, "gone@example.hk", "admin")).toBe(true);
    expect((await staffSession(s, headers))?.user.role).toBe("admin");
    expect(await setDisabled(s, "gone@example.hk", true)).toBe(true);
    expect(await staffSession(s, headers)).toBeNull();
    expect((await signIn(s, "gone@example.hk", password)).status).toBe(403);
    expect(await listStaffUsers(s)).toEqual([
      expect.objectContaining({ email: "gone@example.hk", role: "admin", disabled: true }),
    ]);
  });

  it("a session past its expiry is no longer a session", async () => {
    const s = service({ STAFF_SESSION_HOURS: "1" });
    const outcome = await invite(s, "old@example.hk", "sales");
    if (outcome.kind !== "invited") throw new Error(outcome.kind);
    await enrol(s, tokenOf(outcome.link), password, password);
    const headers = new Headers({ cookie: cookieOf(await signIn(s, "old@example.hk", password)) });
    expect(await staffSession(s, headers)).not.toBeNull();
    const row = s.db.prepare('SELECT expiresAt FROM "session"').get() as { expiresAt: unknown };
    const past = typeof row.expiresAt === "number" ? Date.now() - 1000 : new Date(Date.now() - 1000).toISOString();
    s.db.prepare('UPDATE "session" SET expiresAt = ?').run(past);
    expect(await staffSession(s, headers)).toBeNull();
  });

  it("a cookie-carrying sign-in from another origin is refused (better-auth's origin check)", async () => {
    const s = service();
    await s.ready();
    const response = await s.auth.handler(
      new Request(`${origin}/api/auth/sign-in/email`, {
        method: "POST",
        headers: {
          "content-type": "application/json",
          origin: "https://evil.example",
          cookie: "staff.session_token=anything",
          "x-staff-client-address": "192.0.2.3",
        },
        body: JSON.stringify({ email: "a@example.hk", password }),
      }),
    );
    expect(response.status).toBe(403);
  });

  it("keeps its files private", async () => {
    const s = service();
    await s.ready();
    const { statSync } = await import("node:fs");
    expect(statSync(s.config.authDbPath).mode & 0o077).toBe(0);
  });
});
