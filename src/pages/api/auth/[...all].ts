/**
 * better-auth's own endpoints that the staff area uses from a browser: the current session and sign-out. Sign-in
 * posts go through the sign-in page (which calls better-auth's handler, with its rate limit and origin check);
 * every other better-auth endpoint answers 404 here, so nothing but these two is reachable from outside.
 */
import type { APIRoute } from "astro";
import { siteUrl } from "../../../node/site-address.ts";
import { clientAddress, staffAuth } from "../../../server/staff/runtime.ts";

export const prerender = false;

const allowed: Record<string, string> = { "get-session": "GET", "sign-out": "POST" };

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
