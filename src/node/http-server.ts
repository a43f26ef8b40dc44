/**
 * The production HTTP server: Node's http server with timeouts and a connection cap, in front of the Astro Node
 * adapter's handler (prerendered files, then on-demand routes). Before a request reaches Astro:
 *
 * - the Host header must be one plain host[:port], given once, and the target a path (`/…`): routing uses the
 *   path alone, so a crafted Host cannot steer a request to another route;
 * - the method must suit the path: pages and assets GET and HEAD, each API route its own methods (POST, and OPTIONS
 *   when cross-origin posting is configured); anything else is 405 with `Allow`;
 * - /healthz (the process answers) and /readyz (the database takes a write) are answered here;
 * - Astro's internal endpoints (/_image, /_server-islands/) are not served.
 *
 * Every response carries the security headers, pages their exact Content-Security-Policy. An error in any handler
 * becomes a 500 for that request (or a closed connection once the answer has started); the process keeps serving.
 */
import http, { type IncomingMessage, type ServerResponse } from "node:http";
import type { Socket } from "node:net";
import compression from "compression";
import { describeError, type Logger, logLine } from "../server/log.ts";
import type { Readiness } from "../server/storage-health.ts";
import { requestContext } from "./request-context.ts";
import { securityHeaders } from "./security-headers.ts";
import type { ServerSettings } from "./server-settings.ts";

export type NodeHandler = (req: IncomingMessage, res: ServerResponse) => unknown;

export interface SiteServerOptions {
  readonly settings: ServerSettings;
  /** The adapter's handler: static files first, then Astro's on-demand routes. */
  readonly handler: NodeHandler;
  /** Content-Security-Policy of each prerendered page, by exact path (from dist/_headers.json). */
  readonly pagePolicies: ReadonlyMap<string, string>;
  /** The on-demand API routes (with their trailing slash) and the methods each answers. */
  readonly apiRoutes: ReadonlyMap<string, readonly string[]>;
  /** API route prefixes (with their trailing slash: the staff APIs, better-auth's) and the methods each answers. */
  readonly apiPrefixes?: ReadonlyMap<string, readonly string[]>;
  readonly readiness: () => Readiness;
  readonly log?: Logger;
}

const pageMethods = ["GET", "HEAD"] as const;
/** Staff pages take their own forms' posts (sign-in, notes, status…); the staff guard checks the session and CSRF. */
const formPageMethods = ["GET", "HEAD", "POST"] as const;
const formPages = /^\/(?:en|zh-hk)\/staff\//;
/** Astro's own endpoints the site does not use: the image endpoint (exact path) and server islands (prefix). */
function isInternal(path: string): boolean {
  return path === "/_image" || path === "/_image/" || path.startsWith("/_server-islands/");
}
// One host name or address, optionally with a port: no path, user info or second value can hide in it.
const hostPattern =
  /^(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*\.?|\[[0-9A-Fa-f:.]{2,45}\])(?::\d{1,5})?$/;

function send(res: ServerResponse, status: number, type: string, text: string, headers: Record<string, string>): void {
  res.writeHead(status, {
    "content-type": type,
    "content-length": String(Buffer.byteLength(text)),
    "cache-control": "no-store",
    ...headers,
  });
  res.end(text);
}

function plain(res: ServerResponse, status: number, text: string, headers: Record<string, string> = {}): void {
  send(res, status, "text/plain; charset=utf-8", text, headers);
}

function json(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  send(res, status, "application/json; charset=utf-8", JSON.stringify(body), headers);
}

/** How many Host headers the request carried (Node keeps only the first in `req.headers`). */
function hostCount(req: Pick<IncomingMessage, "rawHeaders">): number {
  let count = 0;
  for (let i = 0; i < req.rawHeaders.length; i += 2) if (req.rawHeaders[i]?.toLowerCase() === "host") count++;
  return count;
}

/** The page policy for a path, with or without its trailing slash. */
function pagePolicy(policies: ReadonlyMap<string, string>, path: string): string | undefined {
  let decoded: string;
  try {
    decoded = decodeURI(path);
  } catch {
    return undefined;
  }
  return policies.get(decoded) ?? policies.get(decoded.endsWith("/") ? decoded : `${decoded}/`);
}

export type Decision =
  | { readonly kind: "bad_request" }
  | { readonly kind: "method_not_allowed"; readonly allow: readonly string[]; readonly api: boolean }
  | { readonly kind: "not_found"; readonly api: boolean }
  | { readonly kind: "health" }
  | { readonly kind: "ready" }
  /** To Astro's API route at `url` (the route's path with its trailing slash, and the query). */
  | { readonly kind: "api"; readonly url: string }
  /** To Astro for a page, an asset or a missing path (404 page). */
  | { readonly kind: "page"; readonly path: string };

/** What to do with a request, from its method, target and Host headers alone. */
export function decide(
  req: Pick<IncomingMessage, "method" | "url" | "headers" | "rawHeaders">,
  apiRoutes: ReadonlyMap<string, readonly string[]>,
  apiPrefixes: ReadonlyMap<string, readonly string[]> = new Map(),
): Decision {
  const target = req.url ?? "";
  const host = req.headers.host;
  if (!target.startsWith("/") || hostCount(req) > 1 || (host !== undefined && !hostPattern.test(host))) {
    return { kind: "bad_request" };
  }
  const queryAt = target.search(/[?#]/);
  const path = queryAt === -1 ? target : target.slice(0, queryAt);
  const method = req.method ?? "";
  const readable = method === "GET" || method === "HEAD";
  if (path === "/healthz" || path === "/readyz") {
    if (!readable) return { kind: "method_not_allowed", allow: pageMethods, api: false };
    return { kind: path === "/healthz" ? "health" : "ready" };
  }
  if (isInternal(path)) return { kind: "not_found", api: false };
  if (path.startsWith("/api/")) {
    // The adapter would answer the path without its trailing slash with a 301, which turns a POST into a GET.
    const routePath = path.endsWith("/") ? path : `${path}/`;
    const allowed = apiRoutes.get(routePath) ?? [...apiPrefixes].find(([prefix]) => routePath.startsWith(prefix))?.[1];
    if (!allowed) return { kind: "not_found", api: true };
    if (!allowed.includes(method)) return { kind: "method_not_allowed", allow: allowed, api: true };
    return { kind: "api", url: routePath + target.slice(path.length) };
  }
  if (formPages.test(path)) {
    if (!(formPageMethods as readonly string[]).includes(method)) {
      return { kind: "method_not_allowed", allow: formPageMethods, api: false };
    }
    return { kind: "page", path };
  }
  if (!readable) return { kind: "method_not_allowed", allow: pageMethods, api: false };
  return { kind: "page", path };
}

export function createSiteServer(options: SiteServerOptions): http.Server {
  const { settings, pagePolicies, apiRoutes } = options;
  const apiPrefixes = options.apiPrefixes ?? new Map<string, readonly string[]>();
  const log = options.log ?? logLine;
  const compress = compression({ threshold: 1024 });

  function fail(res: ServerResponse, error: unknown): void {
    log({ event: "http", status: 500, error: describeError(error) });
    if (!res.headersSent) plain(res, 500, "Internal server error");
    else res.destroy();
  }

  function methodNotAllowed(res: ServerResponse, allowed: readonly string[], api: boolean): void {
    const allow = allowed.join(", ");
    if (api) json(res, 405, { error: "method_not_allowed", message: `Only ${allow} is allowed.` }, { allow });
    else plain(res, 405, "Method not allowed", { allow });
  }

  function toAstro(req: IncomingMessage, res: ServerResponse): void {
    compress(req, res, () => {
      requestContext.run({ socketAddress: req.socket.remoteAddress }, () => {
        try {
          const result = options.handler(req, res);
          if (result instanceof Promise) result.catch((error: unknown) => fail(res, error));
        } catch (error) {
          fail(res, error);
        }
      });
    });
  }

  function route(req: IncomingMessage, res: ServerResponse): void {
    for (const [name, value] of Object.entries(securityHeaders)) res.setHeader(name, value);
    const decision = decide(req, apiRoutes, apiPrefixes);
    switch (decision.kind) {
      case "bad_request":
        plain(res, 400, "Bad request", { connection: "close" });
        break;
      case "method_not_allowed":
        methodNotAllowed(res, decision.allow, decision.api);
        break;
      case "not_found":
        if (decision.api) json(res, 404, { error: "not_found", message: "No such endpoint." });
        else plain(res, 404, "Not found");
        break;
      case "health":
        json(res, 200, { status: "ok" });
        break;
      case "ready": {
        const readiness = options.readiness();
        if (readiness.ready) json(res, 200, { status: "ready" });
        else json(res, 503, { status: "unavailable", reason: readiness.reason }, { "retry-after": "30" });
        break;
      }
      case "api":
        req.url = decision.url;
        toAstro(req, res);
        break;
      case "page": {
        const policy = pagePolicy(pagePolicies, decision.path);
        if (policy) {
          res.setHeader("Content-Security-Policy", policy);
          // The adapter sets its own (substring-matched) page policy; the exact one set here stays.
          const setHeader = res.setHeader.bind(res);
          res.setHeader = (name, value) =>
            String(name).toLowerCase() === "content-security-policy" ? res : setHeader(name, value);
        }
        toAstro(req, res);
        break;
      }
    }
  }

  const server = http.createServer(
    {
      requestTimeout: settings.requestTimeoutMs,
      headersTimeout: settings.headersTimeoutMs,
      keepAliveTimeout: settings.keepAliveTimeoutMs,
      // How often Node looks for requests past their timeouts: often enough that a stalled one closes on time.
      connectionsCheckingInterval: Math.max(50, Math.min(1_000, Math.floor(settings.requestTimeoutMs / 10))),
      maxHeaderSize: settings.maxHeaderBytes,
      requireHostHeader: true,
    },
    (req, res) => {
      req.on("error", () => undefined);
      res.on("error", () => undefined);
      try {
        route(req, res);
      } catch (error) {
        fail(res, error);
      }
    },
  );
  server.maxConnections = settings.maxConnections;
  server.setTimeout(settings.idleTimeoutMs, (socket: Socket) => socket.destroy());

  // CONNECT never reaches the request handler: answer it here rather than leave the socket to time out.
  server.on("connect", (_req: IncomingMessage, socket: Socket) => {
    socket.on("error", () => undefined);
    socket.end("HTTP/1.1 405 Method Not Allowed\r\nAllow: GET, HEAD\r\nConnection: close\r\nContent-Length: 0\r\n\r\n");
  });
  let lastDropLog = 0;
  server.on("drop", () => {
    const now = Date.now();
    if (now - lastDropLog < 10_000) return;
    lastDropLog = now;
    log({ event: "http", refused: "max_connections", limit: settings.maxConnections });
  });
  return server;
}
