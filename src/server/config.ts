/**
 * The enquiry server's settings, from environment variables (README, "Enquiries"). A malformed value stops the
 * server at start with the variable's name rather than running with a surprising default.
 */
import { join, resolve } from "node:path";

export interface OutboxSettings {
  /** Delay before the first retry; doubles with each failed attempt. */
  readonly baseDelayMs: number;
  /** Ceiling of the retry delay. */
  readonly maxDelayMs: number;
  /** After this many failed attempts the lead's delivery is marked failed (the lead itself is kept). */
  readonly maxAttempts: number;
  /** Time allowed for one webhook call. */
  readonly timeoutMs: number;
  /** Longest sleep of the worker between looks at the outbox. */
  readonly pollMs: number;
}

export interface EnquiryConfig {
  readonly dataDir: string;
  readonly dbPath: string;
  /** Upper bound of the database file, in bytes (ENQUIRY_DB_MAX_MB); unset: only the disk limits it. */
  readonly dbMaxBytes: number | undefined;
  /** /readyz reports `disk_full` when less than this is left for the database (ENQUIRY_MIN_FREE_MB). */
  readonly minFreeBytes: number;
  /** Leads older than this many months are erased (ENQUIRY_RETENTION_MONTHS; the privacy notice says 24). */
  readonly retentionMonths: number;
  readonly rateLimit: { readonly limit: number; readonly windowMs: number };
  /** Number of proxies in front of the server whose X-Forwarded-For entries are believed (0: use the socket). */
  readonly trustProxyHops: number;
  readonly maxBodyBytes: number;
  readonly webhook: { readonly url: string; readonly secret?: string } | undefined;
  readonly outbox: OutboxSettings;
  /** Other origins (scheme://host[:port]) whose pages may post enquiries here, with CORS. */
  readonly allowedOrigins: readonly string[];
}

export const defaultRateLimit = { limit: 5, windowSeconds: 60 } as const;
export const maxBodyBytes = 64 * 1024;

export type Env = Readonly<Record<string, string | undefined>>;

/** A whole-number setting: `fallback` when unset; a value outside [min, max] or not a number stops the start. */
export function integer(env: Env, name: string, fallback: number, min: number, max: number): number {
  const raw = env[name]?.trim();
  if (raw === undefined || raw === "") return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new Error(`${name} must be a whole number from ${min} to ${max} (got "${raw}")`);
  }
  return value;
}

function origin(name: string, raw: string): string {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new Error(`${name} must list origins such as https://www.example.hk (got "${raw}")`);
  }
  if (url.protocol !== "https:" && url.protocol !== "http:") throw new Error(`${name}: "${raw}" is not http(s)`);
  return url.origin;
}

/** `$DATA_DIR/enquiries.db`, DATA_DIR defaulting to ./data (relative to the working directory). */
export function databasePath(env: Env = process.env): string {
  return join(resolve(env.DATA_DIR?.trim() || "data"), "enquiries.db");
}

const loopbackHosts = new Set(["localhost", "[::1]"]);

/** A receiver on this machine: http is acceptable there, since nothing crosses a network. */
function isLoopback(hostname: string): boolean {
  return loopbackHosts.has(hostname) || /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(hostname);
}

/**
 * The CRM webhook: https (http only to a receiver on this machine), no credentials in the URL, and signed unless
 * CRM_WEBHOOK_ALLOW_UNSIGNED=1 says an unsigned delivery is intended.
 */
function webhook(env: Env): EnquiryConfig["webhook"] {
  const url = env.CRM_WEBHOOK_URL?.trim();
  if (!url) return undefined;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new Error("CRM_WEBHOOK_URL is not a valid URL");
  }
  if (parsed.protocol !== "https:" && parsed.protocol !== "http:") {
    throw new Error("CRM_WEBHOOK_URL must be an https URL");
  }
  if (parsed.protocol === "http:" && !isLoopback(parsed.hostname)) {
    throw new Error(
      "CRM_WEBHOOK_URL must be https: leads carry personal data (http is accepted only for a receiver on this machine: localhost, 127.x.x.x, [::1])",
    );
  }
  if (parsed.username || parsed.password) {
    throw new Error("CRM_WEBHOOK_URL must not contain a user name or password: use CRM_WEBHOOK_SECRET");
  }
  const secret = env.CRM_WEBHOOK_SECRET?.trim();
  if (!secret && env.CRM_WEBHOOK_ALLOW_UNSIGNED?.trim() !== "1") {
    throw new Error(
      "CRM_WEBHOOK_SECRET is not set: the CRM could not tell our deliveries from forged ones. Set a secret, or CRM_WEBHOOK_ALLOW_UNSIGNED=1 to send unsigned deliveries on purpose",
    );
  }
  return { url, ...(secret ? { secret } : {}) };
}

export function readConfig(env: Env = process.env): EnquiryConfig {
  const dataDir = resolve(env.DATA_DIR?.trim() || "data");
  const maxMb = integer(env, "ENQUIRY_DB_MAX_MB", 0, 1, 1_000_000);
  const trust = env.TRUST_PROXY?.trim().toLowerCase();
  const trustProxyHops = trust === "true" ? 1 : integer(env, "TRUST_PROXY", 0, 0, 10);
  const baseDelayMs = integer(env, "ENQUIRY_OUTBOX_BASE_DELAY_MS", 5_000, 10, 3_600_000);
  return {
    dataDir,
    dbPath: join(dataDir, "enquiries.db"),
    dbMaxBytes: maxMb > 0 ? maxMb * 1024 * 1024 : undefined,
    minFreeBytes: integer(env, "ENQUIRY_MIN_FREE_MB", 16, 0, 1_000_000) * 1024 * 1024,
    retentionMonths: integer(env, "ENQUIRY_RETENTION_MONTHS", 24, 1, 120),
    rateLimit: {
      limit: integer(env, "ENQUIRY_RATE_LIMIT", defaultRateLimit.limit, 1, 1_000_000_000),
      windowMs: integer(env, "ENQUIRY_RATE_WINDOW_SECONDS", defaultRateLimit.windowSeconds, 1, 86_400) * 1000,
    },
    trustProxyHops,
    maxBodyBytes,
    webhook: webhook(env),
    outbox: {
      baseDelayMs,
      maxDelayMs: Math.max(baseDelayMs, integer(env, "ENQUIRY_OUTBOX_MAX_DELAY_MS", 3_600_000, 10, 86_400_000)),
      maxAttempts: integer(env, "ENQUIRY_OUTBOX_MAX_ATTEMPTS", 30, 1, 1000),
      timeoutMs: integer(env, "ENQUIRY_WEBHOOK_TIMEOUT_MS", 10_000, 100, 120_000),
      pollMs: integer(env, "ENQUIRY_OUTBOX_POLL_MS", 30_000, 50, 600_000),
    },
    allowedOrigins: (env.ENQUIRY_ALLOWED_ORIGINS ?? "")
      .split(",")
      .map((s) => s.trim())
      .filter(Boolean)
      .map((s) => origin("ENQUIRY_ALLOWED_ORIGINS", s)),
  };
}
