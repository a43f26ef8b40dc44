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

type Env = Readonly<Record<string, string | undefined>>;

function integer(env: Env, name: string, fallback: number, min: number, max: number): number {
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

export function readConfig(env: Env = process.env): EnquiryConfig {
  const dataDir = resolve(env.DATA_DIR?.trim() || "data");
  const webhookUrl = env.CRM_WEBHOOK_URL?.trim();
  if (webhookUrl) {
    let parsed: URL;
    try {
      parsed = new URL(webhookUrl);
    } catch {
      throw new Error("CRM_WEBHOOK_URL is not a valid URL");
    }
    if (parsed.protocol !== "https:" && parsed.protocol !== "http:") {
      throw new Error("CRM_WEBHOOK_URL must be an http(s) URL");
    }
  }
  const secret = env.CRM_WEBHOOK_SECRET?.trim();
  const trust = env.TRUST_PROXY?.trim().toLowerCase();
  const trustProxyHops = trust === "true" ? 1 : integer(env, "TRUST_PROXY", 0, 0, 10);
  const baseDelayMs = integer(env, "ENQUIRY_OUTBOX_BASE_DELAY_MS", 5_000, 10, 3_600_000);
  return {
    dataDir,
    dbPath: join(dataDir, "enquiries.db"),
    rateLimit: {
      limit: integer(env, "ENQUIRY_RATE_LIMIT", defaultRateLimit.limit, 1, 1_000_000_000),
      windowMs: integer(env, "ENQUIRY_RATE_WINDOW_SECONDS", defaultRateLimit.windowSeconds, 1, 86_400) * 1000,
    },
    trustProxyHops,
    maxBodyBytes,
    webhook: webhookUrl ? { url: webhookUrl, ...(secret ? { secret } : {}) } : undefined,
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
