import type { Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import { createSiteServer, decide, type NodeHandler } from "../../../src/node/http-server.ts";
import { requestContext } from "../../../src/node/request-context.ts";
import { defaultServerSettings, type ServerSettings } from "../../../src/node/server-settings.ts";
import type { Readiness } from "../../../src/server/storage-health.ts";
import { rawRequest, requestText, sweepMethods } from "../../support/raw-http.ts";

const apiRoutes = new Map([["/api/enquiries/", ["POST"]]]);
const pagePolicies = new Map([["/en/", "default-src 'self'; script-src 'self' 'sha256-page'"]]);

const servers: Server[] = [];
afterEach(async () => {
  for (const server of servers.splice(0)) {
    server.closeAllConnections();
    await new Promise((r) => server.close(r));
  }
});

/** A site server on a free port in front of a stand-in for the Astro handler. */
async function start(
  options: { settings?: Partial<ServerSettings>; handler?: NodeHandler; readiness?: () => Readiness } = {},
) {
  const seen: { url: string | undefined; socketAddress: string | undefined }[] = [];
  const handler: NodeHandler =
    options.handler ??
    ((req, res) => {
      seen.push({ url: req.url, socketAddress: requestContext.getStore()?.socketAddress });
      if (req.url === "/boom/") throw new Error("handler bug");
      if (req.url === "/reject/") return Promise.reject(new Error("async handler bug"));
      if (req.url === "/en/") res.setHeader("Content-Security-Policy", "substring-matched policy from the adapter");
      // Like the API route, read the whole body before answering.
      req.resume();
      req.on("end", () => {
        res.writeHead(req.url === "/missing/" ? 404 : 200, { "content-type": "text/plain" });
        res.end("from astro");
      });
      return undefined;
    });
  const server = createSiteServer({
    settings: { ...defaultServerSettings, ...options.settings },
    handler,
    pagePolicies,
    apiRoutes,
    readiness: options.readiness ?? (() => ({ ready: true })),
    log: () => undefined,
  });
  servers.push(server);
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  return { port: (server.address() as AddressInfo).port, seen };
}

describe("routing by method and path", () => {
  const request = (method: string, url: string, headers: Record<string, string> = { host: "localhost" }) => ({
    method,
    url,
    headers,
    rawHeaders: Object.entries(headers).flat(),
  });

  it("pages and assets answer GET and HEAD; everything else is 405 with Allow: GET, HEAD", () => {
    for (const path of ["/en/", "/_astro/app.js", "/missing/"]) {
      expect(decide(request("GET", path), apiRoutes)).toEqual({ kind: "page", path });
      expect(decide(request("HEAD", path), apiRoutes)).toEqual({ kind: "page", path });
      for (const method of ["POST", "PUT", "DELETE", "PATCH", "OPTIONS", "TRACE", "PROPFIND"]) {
        expect(decide(request(method, path), apiRoutes)).toEqual({
          kind: "method_not_allowed",
          allow: ["GET", "HEAD"],
          api: false,
        });
      }
    }
  });

  it("an API route answers its own methods, at both spellings of its path; an unknown one is 404", () => {
    expect(decide(request("POST", "/api/enquiries"), apiRoutes)).toEqual({ kind: "api", url: "/api/enquiries/" });
    expect(decide(request("POST", "/api/enquiries/?x=1"), apiRoutes)).toEqual({
      kind: "api",
      url: "/api/enquiries/?x=1",
    });
    expect(decide(request("GET", "/api/enquiries"), apiRoutes)).toEqual({
      kind: "method_not_allowed",
      allow: ["POST"],
      api: true,
    });
    expect(decide(request("POST", "/api/other"), apiRoutes)).toEqual({ kind: "not_found", api: true });
  });

  it("Astro's internal endpoints are not served", () => {
    for (const path of ["/_image", "/_image/", "/_server-islands/Island"]) {
      expect(decide(request("GET", `${path}?href=/x.png`), apiRoutes)).toEqual({ kind: "not_found", api: false });
    }
    // A folder of the site that merely starts the same way is served.
    expect(decide(request("GET", "/_images/logo.png"), apiRoutes)).toEqual({ kind: "page", path: "/_images/logo.png" });
  });

  it("a Host that hides a path or another value, two Host headers, or a target that is not a path are refused", () => {
    const bad = [
      request("GET", "/en/", { host: "evil.example/api/enquiries/#" }),
      request("GET", "/en/", { host: "user@evil.example" }),
      request("GET", "/en/", { host: "a.example, b.example" }),
      { method: "GET", url: "/en/", headers: { host: "a.example" }, rawHeaders: ["Host", "a.example", "host", "b"] },
      request("GET", "http://evil.example/api/enquiries/"),
      request("OPTIONS", "*"),
    ];
    for (const req of bad) expect(decide(req, apiRoutes), JSON.stringify(req)).toEqual({ kind: "bad_request" });
    for (const host of ["localhost:4321", "www.example.hk", "127.0.0.1:8080", "[::1]:4321", "example.hk."]) {
      expect(decide(request("GET", "/en/", { host }), apiRoutes).kind, host).toBe("page");
    }
  });
});

describe("the site server", () => {
  it("answers every method of the sweep on a page, an asset, the API and a missing path without going down", async () => {
    const { port } = await start();
    const outcomes: string[] = [];
    for (const method of sweepMethods) {
      for (const path of ["/en/", "/_astro/app.js", "/api/enquiries", "/missing/"]) {
        const target = method === "CONNECT" ? "localhost:443" : path;
        const answer = await rawRequest(port, requestText(method, target));
        outcomes.push(`${method} ${path} ${answer.status} ${answer.headers.allow ?? ""}`.trim());
        expect([400, 405], `${method} ${path}`).toContain(answer.status);
      }
    }
    expect(outcomes).toContain("TRACE /en/ 405 GET, HEAD");
    expect(outcomes).toContain("PUT /api/enquiries 405 POST");
    expect(outcomes).toContain("PROPFIND /missing/ 405 GET, HEAD");
    expect(outcomes).toContain("CONNECT /en/ 405 GET, HEAD");
    // Methods Node's parser does not know are refused before any handler runs.
    expect(outcomes).toContain("BREW /en/ 400");
    expect((await rawRequest(port, requestText("GET", "/healthz"))).status).toBe(200);
    expect((await rawRequest(port, requestText("GET", "/en/"))).status).toBe(200);
  });

  it("an error thrown or rejected by a handler is a 500 for that request only", async () => {
    const { port } = await start();
    expect((await rawRequest(port, requestText("GET", "/boom/"))).status).toBe(500);
    expect((await rawRequest(port, requestText("GET", "/reject/"))).status).toBe(500);
    expect((await rawRequest(port, requestText("GET", "/en/"))).status).toBe(200);
  });

  it("sends the security headers on every answer, and a page's exact policy over the adapter's", async () => {
    const { port } = await start();
    for (const text of [
      requestText("GET", "/missing/"),
      requestText("TRACE", "/en/"),
      "GET /en/ HTTP/1.1\r\nHost: a\r\nHost: b\r\n\r\n",
    ]) {
      const answer = await rawRequest(port, text);
      expect(answer.headers["x-content-type-options"], text).toBe("nosniff");
      expect(answer.headers["content-security-policy"], text).toContain("frame-ancestors 'none'");
    }
    const page = await rawRequest(port, requestText("GET", "/en/"));
    expect(page.headers["content-security-policy"]).toBe("default-src 'self'; script-src 'self' 'sha256-page'");
  });

  it("closes a POST whose body stalls once the request timeout passes, with 408", async () => {
    const { port } = await start({ settings: { requestTimeoutMs: 600, headersTimeoutMs: 400 } });
    const stalled = requestText("POST", "/api/enquiries", {
      "content-type": "application/json",
      "content-length": "400",
    });
    const answer = await rawRequest(port, `${stalled}{"name":`, 5_000);
    expect(answer.closed).toBe(true);
    expect(answer.status).toBe(408);
    expect(answer.closedAfterMs).toBeGreaterThan(500);
    // Node looks for overdue requests every 60 ms here; the rest is slack for a loaded machine.
    expect(answer.closedAfterMs).toBeLessThan(3_000);
    expect((await rawRequest(port, requestText("GET", "/healthz"))).status).toBe(200);
  });

  it("closes a connection whose headers never end once the headers timeout passes", async () => {
    const { port } = await start({ settings: { requestTimeoutMs: 800, headersTimeoutMs: 400 } });
    const answer = await rawRequest(port, "GET /en/ HTTP/1.1\r\nHost: localhost\r\nX-Slow: 1", 5_000);
    expect(answer.closed).toBe(true);
    expect(answer.closedAfterMs).toBeLessThan(3_000);
  });

  it("refuses connections over the cap and serves again once they close", async () => {
    const { port } = await start({ settings: { maxConnections: 2 } });
    const net = await import("node:net");
    const held = await Promise.all(
      [0, 1].map(
        () =>
          new Promise<import("node:net").Socket>((resolve) => {
            const socket = net.connect(port, "127.0.0.1", () => resolve(socket));
          }),
      ),
    );
    // Let the server register both before the third arrives.
    await new Promise((r) => setTimeout(r, 50));
    const third = await rawRequest(port, requestText("GET", "/en/"), 2_000);
    expect(third.status).toBe(0);
    expect(third.closed).toBe(true);
    for (const socket of held) socket.destroy();
    await new Promise((r) => setTimeout(r, 50));
    expect((await rawRequest(port, requestText("GET", "/en/"))).status).toBe(200);
  });

  it("answers /healthz while the database is down, and /readyz with 503 and the reason", async () => {
    const { port } = await start({ readiness: () => ({ ready: false, reason: "read_only" }) });
    const health = await rawRequest(port, requestText("GET", "/healthz"));
    expect([health.status, JSON.parse(health.body)]).toEqual([200, { status: "ok" }]);
    const ready = await rawRequest(port, requestText("GET", "/readyz"));
    expect([ready.status, JSON.parse(ready.body)]).toEqual([503, { status: "unavailable", reason: "read_only" }]);
    expect(ready.headers["cache-control"]).toBe("no-store");
  });

  it("gives routes the socket's address, not a header the client wrote", async () => {
    const { port, seen } = await start();
    await rawRequest(
      port,
      requestText("POST", "/api/enquiries", { "x-forwarded-for": "203.0.113.9", "content-length": "0" }),
    );
    expect(seen.at(-1)).toEqual({ url: "/api/enquiries/", socketAddress: "127.0.0.1" });
  });
});

describe("staff routes", () => {
  const request = (method: string, url: string) => ({
    method,
    url,
    headers: { host: "localhost" },
    rawHeaders: ["host", "localhost"],
  });
  const prefixes = new Map([
    ["/api/staff/", ["GET", "HEAD", "POST", "PUT", "DELETE"]],
    ["/api/auth/", ["GET", "POST"]],
  ]);

  it("API prefixes reach Astro with their methods, anything else under /api/ stays 404", () => {
    expect(decide(request("PUT", "/api/staff/leads/ENQ-2026-AAAAAAAA/draft"), apiRoutes, prefixes)).toEqual({
      kind: "api",
      url: "/api/staff/leads/ENQ-2026-AAAAAAAA/draft/",
    });
    expect(decide(request("GET", "/api/auth/get-session?x=1"), apiRoutes, prefixes)).toEqual({
      kind: "api",
      url: "/api/auth/get-session/?x=1",
    });
    expect(decide(request("PATCH", "/api/auth/sign-out/"), apiRoutes, prefixes)).toMatchObject({
      kind: "method_not_allowed",
      api: true,
    });
    expect(decide(request("GET", "/api/other/"), apiRoutes, prefixes)).toEqual({ kind: "not_found", api: true });
  });

  it("staff pages take their own forms' POSTs; other pages do not", () => {
    expect(decide(request("POST", "/en/staff/sign-in/"), apiRoutes, prefixes)).toEqual({
      kind: "page",
      path: "/en/staff/sign-in/",
    });
    expect(decide(request("POST", "/zh-hk/staff/leads/ENQ-2026-AAAAAAAA/"), apiRoutes, prefixes)).toMatchObject({
      kind: "page",
    });
    expect(decide(request("PUT", "/en/staff/"), apiRoutes, prefixes)).toMatchObject({ kind: "method_not_allowed" });
    expect(decide(request("POST", "/en/contact/"), apiRoutes, prefixes)).toMatchObject({ kind: "method_not_allowed" });
  });
});
