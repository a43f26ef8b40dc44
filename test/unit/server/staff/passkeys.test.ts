/**
 * Passkeys on a real staff-auth.db: better-auth's migration creates the plugin's table, the relying party is the
 * staff origin's host with the firm's name, sign-in options need no session, registration options need one, and a
 * member lists and removes only their own passkeys. (The WebAuthn ceremonies themselves: test/e2e/staff-passkey.spec.ts,
 * with Chromium's virtual authenticator.)
 */
import { afterAll, describe, expect, it } from "vitest";
import { openStaffAuth, type StaffAuthService } from "../../../../src/server/staff/auth.ts";
import { readStaffConfig } from "../../../../src/server/staff/config.ts";
import { enrol, invite } from "../../../../src/server/staff/invites.ts";
import { cleanPasskeyName, listPasskeys, passkeyLabel, removePasskey } from "../../../../src/server/staff/passkeys.ts";
import { removeTempDirs, tempDir } from "../support.ts";

const origin = "http://localhost:4998";
const password = "harbour kettle violet 93 lantern";
const services: StaffAuthService[] = [];

function service(): StaffAuthService {
  const env = { DATA_DIR: tempDir("staff-passkey-"), STAFF_ORIGIN: origin };
  const s = openStaffAuth(readStaffConfig(env, undefined, "Example Assurance CPA Limited"), env);
  services.push(s);
  return s;
}

afterAll(() => {
  for (const s of services) s.close();
  removeTempDirs();
});

async function member(s: StaffAuthService, email: string) {
  const invited = await invite(s, email, "sales");
  if (invited.kind !== "invited") throw new Error(invited.kind);
  const token = new URL(invited.link).searchParams.get("token") ?? "";
  expect((await enrol(s, token, password, password)).kind).toBe("enrolled");
  const signedIn = await s.auth.handler(
    new Request(`${origin}/api/auth/sign-in/email`, {
      method: "POST",
      headers: { "content-type": "application/json", origin, "x-staff-client-address": "192.0.2.9" },
      body: JSON.stringify({ email, password }),
    }),
  );
  expect(signedIn.status).toBe(200);
  const cookie = signedIn.headers
    .getSetCookie()
    .map((c) => c.split(";")[0])
    .join("; ");
  return { id: invited.user.id, cookie };
}

async function addRow(s: StaffAuthService, userId: string, fields: Record<string, unknown> = {}) {
  const ctx = await s.auth.$context;
  return ctx.adapter.create<Record<string, unknown>, { id: string }>({
    model: "passkey",
    data: {
      userId,
      publicKey: "cHVibGlj",
      credentialID: `cred-${Math.random().toString(36).slice(2)}`,
      counter: 0,
      deviceType: "multiDevice",
      backedUp: true,
      transports: "internal",
      createdAt: new Date("2026-12-01T02:00:00Z"),
      ...fields,
    },
  });
}

describe("staff passkeys", () => {
  it("better-auth's migration at start creates the plugin's passkey table", async () => {
    const s = service();
    await s.ready();
    const table = s.db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name = 'passkey'").get();
    expect(table).toEqual({ name: "passkey" });
    const columns = (s.db.prepare('PRAGMA table_info("passkey")').all() as { name: string }[]).map((c) => c.name);
    expect(columns).toEqual(expect.arrayContaining(["userId", "credentialID", "publicKey", "counter", "createdAt"]));
  });

  it("registration options need a session and name the staff host and the firm; sign-in options need none", async () => {
    const s = service();
    await s.ready();
    const signedOut = await s.auth.handler(new Request(`${origin}/api/auth/passkey/generate-register-options`));
    expect(signedOut.status).toBe(401);

    const { cookie } = await member(s, "keys@example.hk");
    const register = await s.auth.handler(
      new Request(`${origin}/api/auth/passkey/generate-register-options`, { headers: { cookie } }),
    );
    expect(register.status).toBe(200);
    const options = (await register.json()) as {
      rp: { id: string; name: string };
      user: { name: string };
      authenticatorSelection: { residentKey: string };
    };
    expect(options.rp).toEqual({ id: "localhost", name: "Example Assurance CPA Limited" });
    expect(options.user.name).toBe("keys@example.hk");
    expect(options.authenticatorSelection.residentKey).toBe("required");
    expect(register.headers.getSetCookie().join(";")).toMatch(/staff\.better-auth-passkey=/);

    const authenticate = await s.auth.handler(new Request(`${origin}/api/auth/passkey/generate-authenticate-options`));
    expect(authenticate.status).toBe(200);
    expect(((await authenticate.json()) as { rpId: string }).rpId).toBe("localhost");
  });

  it("a member lists and removes only their own passkeys", async () => {
    const s = service();
    await s.ready();
    const a = await member(s, "a@example.hk");
    const b = await member(s, "b@example.hk");
    const named = await addRow(s, a.id, { name: "Office laptop" });
    await addRow(s, a.id, { aaguid: "ea9b8d66-4d01-1d21-3ce4-b6b48cb575d4", backedUp: false });
    const list = await listPasskeys(s, a.id);
    expect(list).toHaveLength(2);
    expect(list.map((k) => k.label).sort()).toEqual(["Google Password Manager", "Office laptop"]);
    expect(list.find((k) => k.label === "Office laptop")).toMatchObject({
      id: named.id,
      createdAt: "2026-12-01T02:00:00.000Z",
      synced: true,
    });
    expect(await listPasskeys(s, b.id)).toEqual([]);

    expect(await removePasskey(s, b.id, named.id)).toBe(false);
    expect(await listPasskeys(s, a.id)).toHaveLength(2);
    expect(await removePasskey(s, a.id, named.id)).toBe(true);
    expect(await removePasskey(s, a.id, named.id)).toBe(false);
    expect((await listPasskeys(s, a.id)).map((k) => k.label)).toEqual(["Google Password Manager"]);
  });

  it("labels and names", () => {
    expect(passkeyLabel({ name: "  Phone  " })).toBe("Phone");
    expect(passkeyLabel({ name: "", aaguid: "00000000-0000-0000-0000-000000000000" })).toBe("");
    expect(passkeyLabel({ aaguid: "FBFC3007-154E-4ECC-8C0B-6E020557D7BD" })).toBe("Apple Passwords");
    expect(passkeyLabel({})).toBe("");
    expect(cleanPasskeyName("  Office\n\tlaptop \u0000 ")).toBe("Office laptop");
    expect(cleanPasskeyName("x".repeat(100))).toHaveLength(60);
    expect(cleanPasskeyName(42)).toBe("");
  });

  it("the OIDC variables are not read (single sign-on is not built)", () => {
    const config = readStaffConfig({ STAFF_OIDC_ISSUER: "https://login.example", STAFF_ORIGIN: origin });
    expect(Object.keys(config)).not.toContain("oidc");
    expect(config.rpName).toBe("Staff area");
  });
});
