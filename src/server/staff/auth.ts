/**
 * Staff authentication: better-auth (email and password, sessions, cookies, sign-in rate limiting, origin checks,
 * password hashing) on its own SQLite file, `$DATA_DIR/staff-auth.db`, through node:sqlite. What this module adds on
 * top, using better-auth's hooks and its internal adapter rather than its own crypto:
 *
 * - sign-up is off: accounts exist only through an invitation (`invites.ts`, `npm run staff -- invite`);
 * - a role (`admin` or `sales`) and a `disabled` flag on each account; a disabled account cannot sign in and its
 *   sessions are deleted;
 * - lockout: after `lockoutAttempts` wrong passwords in a row an account refuses sign-in for `lockoutMinutes`;
 * - the enrolment tokens and lockout counters live in the same file, created by this module's own migrations;
 * - passkeys (WebAuthn) through better-auth's passkey plugin (@better-auth/passkey: challenges, verification with
 *   @simplewebauthn/server, its `passkey` table): the relying party is the staff origin's host, and the same lockout
 *   and disabled rules refuse a passkey sign-in (`authentication.afterVerification`, before a session is created).
 */

import { randomBytes } from "node:crypto";
import { chmodSync, closeSync, existsSync, mkdirSync, openSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { DatabaseSync } from "node:sqlite";
import { passkey } from "@better-auth/passkey";
import { type BetterAuthOptions, betterAuth } from "better-auth";
import { APIError, createAuthMiddleware } from "better-auth/api";
import { getMigrations } from "better-auth/db/migration";
import { type Migration, runMigrations } from "../migrations.ts";
import type { StaffConfig } from "./config.ts";

export const staffRoles = ["admin", "sales"] as const;
export type StaffRole = (typeof staffRoles)[number];

export interface StaffUser {
  readonly id: string;
  readonly email: string;
  readonly name: string;
  readonly role: StaffRole;
  readonly disabled: boolean;
}

/** The staff area's own tables in staff-auth.db (better-auth creates and migrates its own). */
export const staffAuthMigrations: readonly Migration[] = [
  {
    version: 1,
    name: "enrolment tokens and lockouts",
    sql: `
      CREATE TABLE staff_enrolment (
        token_hash TEXT PRIMARY KEY,
        email TEXT NOT NULL,
        role TEXT NOT NULL CHECK (role IN ('admin', 'sales')),
        kind TEXT NOT NULL CHECK (kind IN ('invite', 'reset')),
        created_at INTEGER NOT NULL,
        expires_at INTEGER NOT NULL,
        used_at INTEGER
      ) STRICT;
      CREATE INDEX staff_enrolment_email ON staff_enrolment (email);
      CREATE TABLE staff_lockout (
        email TEXT PRIMARY KEY,
        failures INTEGER NOT NULL DEFAULT 0,
        locked_until INTEGER NOT NULL DEFAULT 0
      ) STRICT;
    `,
  },
];

/** The secret better-auth signs cookies with: STAFF_AUTH_SECRET, else a random one kept in DATA_DIR (0600). */
function authSecret(config: StaffConfig, env: NodeJS.ProcessEnv): string {
  const fromEnv = env.STAFF_AUTH_SECRET?.trim();
  if (fromEnv) {
    if (fromEnv.length < 32) throw new Error("STAFF_AUTH_SECRET must be at least 32 characters");
    return fromEnv;
  }
  const file = join(config.dataDir, "staff-auth.secret");
  if (existsSync(file)) return readFileSync(file, "utf8").trim();
  const secret = randomBytes(32).toString("base64url");
  try {
    writeFileSync(file, `${secret}\n`, { mode: 0o600, flag: "wx" });
  } catch {
    // Another process wrote it first: use theirs.
    return readFileSync(file, "utf8").trim();
  }
  return secret;
}

function openAuthDatabase(path: string): DatabaseSync {
  const dir = dirname(path);
  if (!existsSync(dir)) mkdirSync(dir, { recursive: true, mode: 0o700 });
  if (!existsSync(path)) closeSync(openSync(path, "a", 0o600));
  if ((statSync(path).mode & 0o077) !== 0) chmodSync(path, 0o600);
  const db = new DatabaseSync(path);
  db.exec("PRAGMA busy_timeout = 5000");
  db.exec("PRAGMA journal_mode = WAL");
  db.exec("PRAGMA synchronous = FULL");
  db.exec("PRAGMA secure_delete = ON");
  return db;
}

function authOptions(config: StaffConfig, db: DatabaseSync, secret: string) {
  const now = () => Date.now();
  // Prepared on first use: the "user" table exists only once better-auth's migration ran.
  const q = (text: string) => db.prepare(text);
  const lockout = {
    get: { get: (email: string) => q("SELECT failures, locked_until FROM staff_lockout WHERE email = ?").get(email) },
    fail: {
      run: (email: string) =>
        q(
          `INSERT INTO staff_lockout (email, failures, locked_until) VALUES (?, 1, 0)
            ON CONFLICT (email) DO UPDATE SET failures = failures + 1`,
        ).run(email),
    },
    lock: {
      run: (until: number, email: string) =>
        q("UPDATE staff_lockout SET locked_until = ?, failures = 0 WHERE email = ?").run(until, email),
    },
    clear: { run: (email: string) => q("DELETE FROM staff_lockout WHERE email = ?").run(email) },
  };
  const disabled = { get: (email: string) => q('SELECT disabled FROM "user" WHERE email = ?').get(email) };
  const emailOf = (body: unknown) =>
    typeof (body as { email?: unknown })?.email === "string"
      ? (body as { email: string }).email.trim().toLowerCase()
      : "";

  /** Throws when the account may not sign in now: locked after wrong passwords, or disabled. */
  const refuseIfBarred = (email: string) => {
    const row = lockout.get.get(email) as { failures: number; locked_until: number } | undefined;
    if (row && row.locked_until > now()) {
      throw new APIError("FORBIDDEN", { code: "ACCOUNT_LOCKED", message: "Account locked" });
    }
    const account = disabled.get(email) as { disabled: number } | undefined;
    if (account && Number(account.disabled) === 1) {
      throw new APIError("FORBIDDEN", { code: "ACCOUNT_DISABLED", message: "Account disabled" });
    }
  };

  return {
    appName: "Staff area",
    baseURL: config.origin,
    basePath: "/api/auth",
    secret,
    database: db,
    trustedOrigins: [config.origin],
    telemetry: { enabled: false },
    logger: { disabled: true },
    emailAndPassword: { enabled: true, disableSignUp: true, minPasswordLength: 12, maxPasswordLength: 128 },
    user: {
      additionalFields: {
        role: { type: "string", required: false, defaultValue: "sales", input: false },
        disabled: { type: "boolean", required: false, defaultValue: false, input: false },
      },
    },
    session: {
      expiresIn: config.sessionSeconds,
      // A session in use is extended at most once an hour (or once per tenth of its life, if shorter).
      updateAge: Math.min(3600, Math.max(1, Math.floor(config.sessionSeconds / 10))),
      // Adding a passkey needs a sign-in within the last hour (better-auth's "fresh session").
      freshAge: Math.min(3600, config.sessionSeconds),
    },
    advanced: {
      // Always on, also where better-auth would skip it by default (NODE_ENV=test).
      disableOriginCheck: false,
      cookiePrefix: "staff",
      useSecureCookies: config.origin.startsWith("https:"),
      defaultCookieAttributes: { sameSite: "lax", httpOnly: true, path: "/" },
      // The production server sets this header from the socket (never from the client): see src/pages/api/auth.
      ipAddress: { ipAddressHeaders: ["x-staff-client-address"] },
    },
    rateLimit: {
      enabled: true,
      storage: "memory",
      window: 60,
      max: 100,
      customRules: {
        "/sign-in/email": { window: 60, max: config.signInRateLimit },
        "/passkey/generate-authenticate-options": { window: 60, max: config.signInRateLimit },
        "/passkey/verify-authentication": { window: 60, max: config.signInRateLimit },
      },
    },
    plugins: [
      passkey({
        rpID: new URL(config.origin).hostname,
        rpName: config.rpName,
        origin: config.origin,
        // A discoverable credential, so "Sign in with a passkey" needs no email first.
        authenticatorSelection: { residentKey: "required", userVerification: "preferred" },
        authentication: {
          // The signature is valid; before the plugin creates a session, the account's own rules apply.
          afterVerification: async ({ ctx, clientData }) => {
            const key = await ctx.context.adapter.findOne<{ userId: string }>({
              model: "passkey",
              where: [{ field: "credentialID", value: clientData.id }],
            });
            const owner = key ? await ctx.context.internalAdapter.findUserById(key.userId) : null;
            if (!owner) throw new APIError("UNAUTHORIZED", { code: "PASSKEY_NOT_FOUND", message: "Passkey not found" });
            refuseIfBarred(owner.email.toLowerCase());
          },
        },
      }),
    ],
    hooks: {
      before: createAuthMiddleware(async (ctx) => {
        if (ctx.path !== "/sign-in/email") return;
        refuseIfBarred(emailOf(ctx.body));
      }),
      after: createAuthMiddleware(async (ctx) => {
        if (ctx.path !== "/sign-in/email") return;
        const email = emailOf(ctx.body);
        if (!email) return;
        if (ctx.context.newSession) {
          lockout.clear.run(email);
          return;
        }
        const returned = ctx.context.returned;
        if (returned instanceof APIError && returned.statusCode === 401) {
          lockout.fail.run(email);
          const row = lockout.get.get(email) as { failures: number } | undefined;
          if (row && row.failures >= config.lockoutAttempts) {
            lockout.lock.run(now() + config.lockoutMinutes * 60_000, email);
          }
        }
      }),
    },
  } satisfies BetterAuthOptions;
}

export function createAuth(config: StaffConfig, db: DatabaseSync, secret: string) {
  return betterAuth(authOptions(config, db, secret));
}

export type StaffAuth = ReturnType<typeof createAuth>;

export interface StaffAuthService {
  readonly config: StaffConfig;
  readonly auth: StaffAuth;
  readonly db: DatabaseSync;
  /** The signing secret (cookies; the staff area's CSRF tokens are derived from it). */
  readonly secret: string;
  /** better-auth's and this module's migrations, once. */
  ready(): Promise<void>;
  close(): void;
}

export function openStaffAuth(config: StaffConfig, env: NodeJS.ProcessEnv = process.env): StaffAuthService {
  const db = openAuthDatabase(config.authDbPath);
  let secret: string;
  try {
    secret = authSecret(config, env);
    runMigrations(db, staffAuthMigrations);
  } catch (error) {
    db.close();
    throw error;
  }
  // better-auth's tables first (the lockout hook reads "user"), so prepare statements after its migration.
  let auth: StaffAuth | undefined;
  let readying: Promise<void> | undefined;
  const service: StaffAuthService = {
    config,
    get auth() {
      if (!auth) throw new Error("staff auth used before ready()");
      return auth;
    },
    db,
    secret,
    ready() {
      readying ??= (async () => {
        const { runMigrations: migrate } = await getMigrations({ ...authOptions(config, db, secret), hooks: {} });
        await migrate();
        auth = createAuth(config, db, secret);
      })();
      return readying;
    },
    close() {
      db.close();
    },
  };
  return service;
}

/** The staff user of a better-auth user record. */
export function toStaffUser(user: Record<string, unknown>): StaffUser {
  return {
    id: String(user.id),
    email: String(user.email),
    name: String(user.name ?? ""),
    role: user.role === "admin" ? "admin" : "sales",
    disabled: user.disabled === true || user.disabled === 1,
  };
}
