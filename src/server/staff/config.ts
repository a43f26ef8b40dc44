/**
 * Settings of the staff area, from environment variables (README, "Staff area"). A malformed value stops the start
 * with the variable's name.
 */
import { join, resolve } from "node:path";
import { type Env, integer } from "../config.ts";

export interface StaffConfig {
  readonly dataDir: string;
  /** `$DATA_DIR/staff-auth.db`: accounts, sessions, enrolment links, lockouts (never leads). */
  readonly authDbPath: string;
  /** The origin staff use (scheme://host[:port]): sign-in and forms are refused from any other (STAFF_ORIGIN). */
  readonly origin: string;
  /** How long a session lasts without use, in seconds (STAFF_SESSION_HOURS, default 8 h). */
  readonly sessionSeconds: number;
  /** How long an enrolment link is valid, in seconds (STAFF_ENROL_TTL_SECONDS, default 24 h). */
  readonly enrolSeconds: number;
  /** Wrong passwords in a row that lock an account (STAFF_LOCKOUT_ATTEMPTS, default 5) … */
  readonly lockoutAttempts: number;
  /** … for this many minutes (STAFF_LOCKOUT_MINUTES, default 15). */
  readonly lockoutMinutes: number;
  /** Sign-in attempts allowed per client address per minute (STAFF_SIGNIN_RATE_LIMIT, default 10). */
  readonly signInRateLimit: number;
  /** The name passkey managers show for the staff area's passkeys (WebAuthn relying party name): the firm's. */
  readonly rpName: string;
}

export function readStaffConfig(env: Env = process.env, siteUrl?: string, firmName = "Staff area"): StaffConfig {
  const dataDir = resolve(env.DATA_DIR?.trim() || "data");
  const rawOrigin = env.STAFF_ORIGIN?.trim() || siteUrl || "http://localhost:4321";
  let origin: string;
  try {
    origin = new URL(rawOrigin).origin;
  } catch {
    throw new Error(`STAFF_ORIGIN must be an origin such as https://readiness.example.hk (got "${rawOrigin}")`);
  }
  return {
    dataDir,
    authDbPath: join(dataDir, "staff-auth.db"),
    origin,
    sessionSeconds: integer(env, "STAFF_SESSION_HOURS", 8, 1, 24 * 30) * 3600,
    enrolSeconds: integer(env, "STAFF_ENROL_TTL_SECONDS", 24 * 3600, 1, 7 * 24 * 3600),
    lockoutAttempts: integer(env, "STAFF_LOCKOUT_ATTEMPTS", 5, 1, 100),
    lockoutMinutes: integer(env, "STAFF_LOCKOUT_MINUTES", 15, 1, 24 * 60),
    signInRateLimit: integer(env, "STAFF_SIGNIN_RATE_LIMIT", 10, 1, 10_000),
    rpName: firmName,
  };
}
