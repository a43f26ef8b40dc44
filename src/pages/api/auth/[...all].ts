/**
 * better-auth's own endpoints that the staff area uses from a browser: the current session, sign-out, and passkey
 * sign-in (the challenge, then the signed answer: better-auth's rate limit, origin check and the lockout and
 * disabled rules of src/server/staff/auth.ts apply). Password sign-in posts go through the sign-in page; adding a
 * passkey goes through the staff API (session and CSRF token, audit log). Every other better-auth endpoint answers
 * 404 here, so nothing but these four is reachable from outside.
 */
import type { APIRoute } from "astro";
import { siteUrl } from "../../../node/site-address.ts";
import { clientAddress, staffAuth } from "../../../server/staff/runtime.ts";

export const prerender = false;

const allowed: Record<string, string> = {
  "get-session": "GET",
  "sign-out": "POST",
  "passkey/generate-authenticate-options": "GET",
  "passkey/verify-authentication": "POST",
};

export const ALL: APIRoute = async ({ request, params }) => {
  const path = (params.all ?? "").replace(/\/+$/, "");
  if (allowed[path] !== request.method) {
    return new Response(JSON.stringify({ error: "not_found", message: "No such endpoint." }), {
      status: 404,
      headers: { "content-type": "application/json; charset=utf-8", "cache-control": "no-store" },
    });
  }
  const service = await staffAuth(siteUrl);
  const url = new URL(request.url);
  const headers = new Headers(request.headers);
  headers.set("x-staff-client-address", clientAddress(request.headers));
  const init: RequestInit = { method: request.method, headers };
  if (request.method === "POST") init.body = await request.text();
  const response = await service.auth.handler(
    new Request(`${service.config.origin}/api/auth/${path}${url.search}`, init),
  );
  const out = new Response(response.body, response);
  out.headers.set("cache-control", "no-store");
  return out;
};
