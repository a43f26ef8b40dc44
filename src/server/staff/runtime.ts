/**
 * The staff area of one process: the auth service (opened and migrated on first use), session lookup, CSRF tokens
 * and the client address better-auth counts sign-in attempts against. Shared by the middleware, the staff pages and
 * the staff APIs (one server bundle, one instance).
 */
import { createHmac, timingSafeEqual } from "node:crypto";
import { firm } from "../../lib/site-firm.ts";
import { requestContext } from "../../node/request-context.ts";
import { clientKey } from "../rate-limit.ts";
import { openStaffAuth, type StaffAuthService, type StaffUser, toStaffUser } from "./auth.ts";
import { readStaffConfig } from "./config.ts";

export interface StaffSession {
  readonly user: StaffUser;
  readonly sessionId: string;
  readonly expiresAt: string;
  /** The token state-changing requests of this session must carry (form field `_csrf` or header x-csrf-token). */
  readonly csrf: string;
}

let current: StaffAuthService | undefined;

/** The process's staff auth service, ready (migrated). */
export async function staffAuth(siteUrl?: string): Promise<StaffAuthService> {
  current ??= openStaffAuth(readStaffConfig(process.env, siteUrl, firm.name.en));
  try {
    await current.ready();
  } catch (error) {
    // Opened but not migrated (say, a read-only volume): the next request tries again from the start.
    current.close();
    current = undefined;
    throw error;
  }
  return current;
}

export function stopStaffAuth(): void {
  current?.close();
  current = undefined;
}

export function csrfTokenFor(service: StaffAuthService, sessionId: string): string {
  return createHmac("sha256", service.secret).update(`csrf:${sessionId}`).digest("base64url");
}

export function csrfMatches(expected: string, given: string | null | undefined): boolean {
  if (!given) return false;
  const a = Buffer.from(expected);
  const b = Buffer.from(given);
  return a.length === b.length && timingSafeEqual(a, b);
}

/** The signed-in staff member for a request's cookies, or null (none, expired, revoked or disabled). */
export async function staffSession(service: StaffAuthService, headers: Headers): Promise<StaffSession | null> {
  const found = await service.auth.api.getSession({ headers, query: { disableCookieCache: true } });
  if (!found) return null;
  const user = toStaffUser(found.user as unknown as Record<string, unknown>);
  if (user.disabled) return null;
  return {
    user,
    sessionId: found.session.id,
    expiresAt: new Date(found.session.expiresAt).toISOString(),
    csrf: csrfTokenFor(service, found.session.id),
  };
}

/** The address better-auth's rate limiter counts against: the socket's (TRUST_PROXY hops honoured), never a header the client chose. */
export function clientAddress(headers: Headers): string {
  const facts = requestContext.getStore();
  const trust = process.env.TRUST_PROXY?.trim().toLowerCase();
  const hops = trust === "true" ? 1 : Number(trust ?? 0) || 0;
  return clientKey(facts?.socketAddress ?? "127.0.0.1", headers.get("x-forwarded-for"), hops);
}

/**
 * Calls better-auth's handler for `path` (under /api/auth) as the browser's request (its cookies, origin, referer and
 * user agent): a POST with `body` as JSON, or a GET when `body` is undefined.
 */
export async function callAuth(
  service: StaffAuthService,
  request: Request,
  path: string,
  body?: unknown,
): Promise<Response> {
  const headers = new Headers(body === undefined ? {} : { "content-type": "application/json" });
  for (const name of ["cookie", "origin", "referer", "user-agent"]) {
    const value = request.headers.get(name);
    if (value) headers.set(name, value);
  }
  headers.set("x-staff-client-address", clientAddress(request.headers));
  const url = `${service.config.origin}/api/auth${path}`;
  return service.auth.handler(
    body === undefined
      ? new Request(url, { method: "GET", headers })
      : new Request(url, { method: "POST", headers, body: JSON.stringify(body) }),
  );
}
