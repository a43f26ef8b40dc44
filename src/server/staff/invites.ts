/**
 * Invitations and password resets: a one-time enrolment link for an email address. The token is 32 random bytes;
 * only its SHA-256 is stored (a token, not a password), it works once, and it expires after `enrolSeconds`
 * (STAFF_ENROL_TTL_SECONDS, 24 h). At the link the person sets a password, which better-auth hashes and stores.
 * Inviting creates the account (no password yet, so it cannot sign in until enrolled); resetting keeps the account,
 * and enrolling with a reset link signs the account out everywhere.
 */
import { createHash, randomBytes } from "node:crypto";
import { type StaffAuthService, type StaffRole, type StaffUser, toStaffUser } from "./auth.ts";
import { type PasswordProblem, passwordProblem } from "./password-policy.ts";

const hash = (token: string) => createHash("sha256").update(token, "utf8").digest("hex");
const emailPattern = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export function normaliseEmail(email: string): string {
  return email.trim().toLowerCase();
}

export function enrolmentLink(origin: string, token: string, locale = "en"): string {
  return `${origin}/${locale}/staff/enrol/?token=${token}`;
}

async function context(service: StaffAuthService) {
  await service.ready();
  return service.auth.$context;
}

export async function findStaffUser(service: StaffAuthService, email: string): Promise<StaffUser | undefined> {
  const ctx = await context(service);
  const found = await ctx.internalAdapter.findUserByEmail(normaliseEmail(email));
  return found ? toStaffUser(found.user as unknown as Record<string, unknown>) : undefined;
}

export async function listStaffUsers(service: StaffAuthService): Promise<StaffUser[]> {
  const ctx = await context(service);
  const users = await ctx.internalAdapter.listUsers(1000, 0, { field: "email", direction: "asc" });
  return users.map((u) => toStaffUser(u as unknown as Record<string, unknown>));
}

function issueToken(service: StaffAuthService, email: string, role: StaffRole, kind: "invite" | "reset", now: number) {
  const token = randomBytes(32).toString("base64url");
  // Older unused links for the address stop working.
  service.db.prepare("UPDATE staff_enrolment SET used_at = ? WHERE email = ? AND used_at IS NULL").run(now, email);
  service.db
    .prepare(
      "INSERT INTO staff_enrolment (token_hash, email, role, kind, created_at, expires_at) VALUES (?, ?, ?, ?, ?, ?)",
    )
    .run(hash(token), email, role, kind, now, now + service.config.enrolSeconds * 1000);
  return token;
}

export type InviteOutcome =
  | { readonly kind: "invited"; readonly link: string; readonly user: StaffUser; readonly expiresAt: Date }
  | { readonly kind: "invalid_email" }
  | { readonly kind: "exists"; readonly user: StaffUser };

/** Creates the account and its enrolment link (an existing account: use `resetLink`). */
export async function invite(
  service: StaffAuthService,
  rawEmail: string,
  role: StaffRole,
  options: { readonly now?: number } = {},
): Promise<InviteOutcome> {
  const email = normaliseEmail(rawEmail);
  if (!emailPattern.test(email) || email.length > 254) return { kind: "invalid_email" };
  const ctx = await context(service);
  const existing = await ctx.internalAdapter.findUserByEmail(email);
  if (existing) return { kind: "exists", user: toStaffUser(existing.user as unknown as Record<string, unknown>) };
  const created = await ctx.internalAdapter.createUser(
    { email, name: email.split("@")[0] ?? email, role, disabled: false },
    { method: "admin" },
  );
  const now = options.now ?? Date.now();
  const token = issueToken(service, email, role, "invite", now);
  return {
    kind: "invited",
    link: enrolmentLink(service.config.origin, token),
    user: toStaffUser(created as unknown as Record<string, unknown>),
    expiresAt: new Date(now + service.config.enrolSeconds * 1000),
  };
}

/** A new enrolment link for an existing account (a forgotten password); undefined when there is no such account. */
export async function resetLink(
  service: StaffAuthService,
  rawEmail: string,
  options: { readonly now?: number } = {},
): Promise<{ readonly link: string; readonly expiresAt: Date } | undefined> {
  const user = await findStaffUser(service, rawEmail);
  if (!user) return undefined;
  const now = options.now ?? Date.now();
  const token = issueToken(service, user.email, user.role, "reset", now);
  return {
    link: enrolmentLink(service.config.origin, token),
    expiresAt: new Date(now + service.config.enrolSeconds * 1000),
  };
}

export type TokenState =
  | { readonly kind: "valid"; readonly email: string; readonly purpose: "invite" | "reset" }
  | { readonly kind: "expired" }
  | { readonly kind: "used" }
  | { readonly kind: "unknown" };

export function checkToken(service: StaffAuthService, token: string, now = Date.now()): TokenState {
  if (!/^[A-Za-z0-9_-]{20,100}$/.test(token)) return { kind: "unknown" };
  const row = service.db
    .prepare("SELECT email, kind, expires_at, used_at FROM staff_enrolment WHERE token_hash = ?")
    .get(hash(token)) as
    | { email: string; kind: "invite" | "reset"; expires_at: number; used_at: number | null }
    | undefined;
  if (!row) return { kind: "unknown" };
  if (row.used_at !== null) return { kind: "used" };
  if (row.expires_at <= now) return { kind: "expired" };
  return { kind: "valid", email: row.email, purpose: row.kind };
}

export type EnrolOutcome =
  | { readonly kind: "enrolled"; readonly email: string }
  | { readonly kind: "password"; readonly problem: PasswordProblem }
  | { readonly kind: "mismatch" }
  | Exclude<TokenState, { kind: "valid" }>;

/** Sets the account's password from a valid link, once. */
export async function enrol(
  service: StaffAuthService,
  token: string,
  password: string,
  confirm: string,
  now = Date.now(),
): Promise<EnrolOutcome> {
  const state = checkToken(service, token, now);
  if (state.kind !== "valid") return state;
  if (password !== confirm) return { kind: "mismatch" };
  const problem = passwordProblem(password, [state.email]);
  if (problem) return { kind: "password", problem };
  const ctx = await context(service);
  const found = await ctx.internalAdapter.findUserByEmail(state.email, { includeAccounts: true });
  if (!found) return { kind: "unknown" };
  const claimed = service.db
    .prepare("UPDATE staff_enrolment SET used_at = ? WHERE token_hash = ? AND used_at IS NULL")
    .run(now, hash(token));
  if (Number(claimed.changes) !== 1) return { kind: "used" };
  const hashed = await ctx.password.hash(password);
  const credential = found.accounts.find((a) => a.providerId === "credential");
  if (credential) await ctx.internalAdapter.updatePassword(found.user.id, hashed);
  else {
    await ctx.internalAdapter.linkAccount({
      providerId: "credential",
      accountId: found.user.id,
      userId: found.user.id,
      password: hashed,
    });
  }
  await ctx.internalAdapter.updateUser(found.user.id, { emailVerified: true });
  // A new password ends every session of the account and any lockout.
  await ctx.internalAdapter.deleteUserSessions(found.user.id);
  service.db.prepare("DELETE FROM staff_lockout WHERE email = ?").run(state.email);
  return { kind: "enrolled", email: state.email };
}

export async function setDisabled(service: StaffAuthService, email: string, disabled: boolean): Promise<boolean> {
  const ctx = await context(service);
  const found = await ctx.internalAdapter.findUserByEmail(normaliseEmail(email));
  if (!found) return false;
  await ctx.internalAdapter.updateUser(found.user.id, { disabled });
  if (disabled) await ctx.internalAdapter.deleteUserSessions(found.user.id);
  return true;
}

export async function setRole(service: StaffAuthService, email: string, role: StaffRole): Promise<boolean> {
  const ctx = await context(service);
  const found = await ctx.internalAdapter.findUserByEmail(normaliseEmail(email));
  if (!found) return false;
  await ctx.internalAdapter.updateUser(found.user.id, { role });
  return true;
}

/** Signs the account out on every device. */
export async function revokeAllSessions(service: StaffAuthService, userId: string): Promise<void> {
  const ctx = await context(service);
  await ctx.internalAdapter.deleteUserSessions(userId);
}
