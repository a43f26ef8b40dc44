/**
 * Settings of the production HTTP server, from environment variables (README, "Running in production"). A malformed
 * value stops the start with the variable's name.
 */
import { type Env, integer } from "../server/config.ts";

export interface ServerSettings {
  readonly port: number;
  readonly host: string;
  /** Time allowed to receive a request's headers (HTTP_HEADERS_TIMEOUT_MS). */
  readonly headersTimeoutMs: number;
  /** Time allowed to receive a whole request, headers and body (HTTP_REQUEST_TIMEOUT_MS): a stalled one is closed. */
  readonly requestTimeoutMs: number;
  /** How long an idle keep-alive connection stays open (HTTP_KEEP_ALIVE_TIMEOUT_MS). */
  readonly keepAliveTimeoutMs: number;
  /** A connection that neither sends nor receives for this long is closed (HTTP_IDLE_TIMEOUT_MS). */
  readonly idleTimeoutMs: number;
  /** Connections open at once; more are refused until some close (HTTP_MAX_CONNECTIONS). */
  readonly maxConnections: number;
  /** Largest request head, request line and headers together (HTTP_MAX_HEADER_BYTES). */
  readonly maxHeaderBytes: number;
}

export const defaultServerSettings = {
  port: 4321,
  host: "localhost",
  headersTimeoutMs: 10_000,
  requestTimeoutMs: 15_000,
  keepAliveTimeoutMs: 5_000,
  idleTimeoutMs: 30_000,
  maxConnections: 512,
  maxHeaderBytes: 16 * 1024,
} as const satisfies ServerSettings;

export function readServerSettings(env: Env = process.env): ServerSettings {
  const d = defaultServerSettings;
  const requestTimeoutMs = integer(env, "HTTP_REQUEST_TIMEOUT_MS", d.requestTimeoutMs, 100, 600_000);
  const headersTimeoutMs = integer(
    env,
    "HTTP_HEADERS_TIMEOUT_MS",
    Math.min(d.headersTimeoutMs, requestTimeoutMs),
    100,
    600_000,
  );
  if (headersTimeoutMs > requestTimeoutMs) {
    throw new Error("HTTP_HEADERS_TIMEOUT_MS must not be longer than HTTP_REQUEST_TIMEOUT_MS");
  }
  return {
    port: integer(env, "PORT", d.port, 0, 65_535),
    host: env.HOST?.trim() || d.host,
    headersTimeoutMs,
    requestTimeoutMs,
    keepAliveTimeoutMs: integer(env, "HTTP_KEEP_ALIVE_TIMEOUT_MS", d.keepAliveTimeoutMs, 100, 600_000),
    idleTimeoutMs: integer(env, "HTTP_IDLE_TIMEOUT_MS", d.idleTimeoutMs, 100, 3_600_000),
    maxConnections: integer(env, "HTTP_MAX_CONNECTIONS", d.maxConnections, 1, 1_000_000),
    maxHeaderBytes: integer(env, "HTTP_MAX_HEADER_BYTES", d.maxHeaderBytes, 1024, 1_048_576),
  };
}
