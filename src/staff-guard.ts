/**
 * The staff area's gate, run before every on-demand request:
 *
 * - every page under /{lang}/staff/ except sign-in and enrol needs a session: without one it answers 303 to the
 *   sign-in page; every /api/staff/ route answers 401 JSON. Nothing about a lead is rendered before this check;
 * - a state-changing request (anything but GET and HEAD) with a session must carry the session's CSRF token, in the
 *   form field `_csrf` or the header x-csrf-token, else 403;
 * - every staff response is `Cache-Control: no-store` and `X-Robots-Tag: noindex, nofollow`.
 *
 * The signed-in member is `Astro.locals.staff`.
 */
import { defineMiddleware } from "astro:middleware";
import { siteUrl } from "./node/site-address.ts";
import { describeError, logLine } from "./server/log.ts";
import { csrfMatches, staffAuth, staffSession } from "./server/staff/runtime.ts";

const staffPage = /^\/(en|zh-hk)\/staff(?:\/|$)/;
const openPages = /^\/(en|zh-hk)\/staff\/(?:sign-in|enrol)\/?$/;
const staffApi = /^\/api\/staff(?:\/|$)/;

function json(status: number, body: unknown): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { "content-type": "application/json; charset=utf-8" },
  });
}

function privateHeaders(response: Response): Response {
  // Responses from Astro.redirect or a fetch may have immutable headers: copy when needed.
  let out = response;
  try {
    out.headers.set("cache-control", "no-store");
  } catch {
    out = new Response(response.body, response);
    out.headers.set("cache-control", "no-store");
  }
  out.headers.set("x-robots-tag", "noindex, nofollow");
  return out;
}

async function formToken(request: Request): Promise<string | null> {
  const type = request.headers.get("content-type") ?? "";
  if (!type.includes("application/x-www-form-urlencoded") && !type.includes("multipart/form-data")) return null;
  try {
    const value = (await request.clone().formData()).get("_csrf");
    return typeof value === "string" ? value : null;
  } catch {
    return null;
  }
}

export const staffGuard = defineMiddleware(async (context, next) => {
  const path = context.url.pathname;
  const page = staffPage.exec(path);
  const api = staffApi.test(path);
  if (!page && !api) return next();
  const lang = page?.[1] ?? "en";
  let session: Awaited<ReturnType<typeof staffSession>>;
  try {
    session = await staffSession(await staffAuth(siteUrl), context.request.headers);
  } catch (error) {
    // The accounts' database cannot be opened: nothing staff is served, the rest of the site is.
    logLine({ event: "staff", status: 503, error: describeError(error) });
    return privateHeaders(
      api
        ? json(503, { error: "unavailable", message: "The staff area is unavailable. Try again later." })
        : new Response("The staff area is unavailable. Try again later.", {
            status: 503,
            headers: { "content-type": "text/plain; charset=utf-8", "retry-after": "30" },
          }),
    );
  }
  if (!session) {
    if (page && openPages.test(path)) return privateHeaders(await next());
    if (api) return privateHeaders(json(401, { error: "unauthorized", message: "Sign in first." }));
    const back = path + context.url.search;
    return privateHeaders(
      new Response(null, {
        status: 303,
        headers: { location: `/${lang}/staff/sign-in/?next=${encodeURIComponent(back)}` },
      }),
    );
  }
  const method = context.request.method;
  if (method !== "GET" && method !== "HEAD") {
    const given = context.request.headers.get("x-csrf-token") ?? (await formToken(context.request));
    if (!csrfMatches(session.csrf, given)) {
      return privateHeaders(
        api
          ? json(403, { error: "csrf", message: "Missing or wrong CSRF token." })
          : new Response("Forbidden: the form expired. Go back, reload the page and try again.", {
              status: 403,
              headers: { "content-type": "text/plain; charset=utf-8" },
            }),
      );
    }
  }
  context.locals.staff = session;
  return privateHeaders(await next());
});
