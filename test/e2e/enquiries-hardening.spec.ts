/**
 * The production server tried as an attacker would, each test on its own server process (scripts/serve.mjs over the
 * build): every odd method on every kind of path, a stalled request, a crafted Host, Astro's internal endpoints,
 * forged forwarding headers against the rate limit, and a CRM webhook set up unsafely.
 */
import { readdirSync } from "node:fs";
import { expect, test } from "@playwright/test";
import { rawRequest, requestText, sweepMethods } from "../support/raw-http.ts";
import {
  enquiryPayload,
  freshDataDir,
  getText,
  postJson,
  type ServerProcess,
  startServer,
} from "./enquiries-server.ts";

test.describe.configure({ mode: "serial" });

const servers: ServerProcess[] = [];
test.afterEach(async () => {
  for (const s of servers.splice(0)) await s.stop();
});

async function start(env: Record<string, string> = {}): Promise<ServerProcess> {
  const server = await startServer({ dataDir: freshDataDir("hardening"), env });
  servers.push(server);
  return server;
}

const asset = `/_astro/${readdirSync("dist/client/_astro").find((name) => name.endsWith(".js"))}`;

test("no method on any path takes the server down: 405 with Allow, or 400 for methods HTTP does not know", async () => {
  const server = await start();
  const paths = ["/en/", asset, "/api/enquiries", "/no-such-page/"];
  const answers: string[] = [];
  for (const method of sweepMethods) {
    for (const path of paths) {
      const answer = await rawRequest(server.port, requestText(method, method === "CONNECT" ? "localhost:443" : path));
      answers.push(`${method} ${path}: ${answer.status} ${answer.headers.allow ?? "-"}`);
      expect(server.child.exitCode, `${method} ${path}`).toBeNull();
    }
  }
  const expected = (method: string, path: string) => {
    if (method === "TRACK" || method === "BREW") return "400 -";
    if (path === "/api/enquiries" && method !== "CONNECT") return "405 POST";
    return "405 GET, HEAD";
  };
  expect(answers).toEqual(sweepMethods.flatMap((m) => paths.map((p) => `${m} ${p}: ${expected(m, p)}`)));
  // Still serving pages, assets and enquiries afterwards.
  expect((await getText(server.url, "/en/")).status).toBe(200);
  expect((await getText(server.url, asset)).status).toBe(200);
  expect((await postJson(server.url, enquiryPayload())).status).toBe(201);
  expect(server.child.exitCode).toBeNull();
});

test("a POST that stalls after its headers is closed with 408 once HTTP_REQUEST_TIMEOUT_MS passes", async () => {
  const server = await start({ HTTP_REQUEST_TIMEOUT_MS: "1500", HTTP_HEADERS_TIMEOUT_MS: "1000" });
  const head = requestText("POST", "/api/enquiries", { "content-type": "application/json", "content-length": "2000" });
  const stalled = await rawRequest(server.port, `${head}{"name":"Chan`, 10_000);
  expect(stalled.closed).toBe(true);
  expect(stalled.status).toBe(408);
  expect(stalled.closedAfterMs).toBeGreaterThan(1_400);
  expect(stalled.closedAfterMs).toBeLessThan(5_000);
  const slowHeaders = await rawRequest(server.port, "GET /en/ HTTP/1.1\r\nHost: localhost\r\n", 10_000);
  expect(slowHeaders.closed).toBe(true);
  expect(slowHeaders.closedAfterMs).toBeLessThan(5_000);
  expect((await getText(server.url, "/en/")).status).toBe(200);
});

test("routing uses the path alone: a crafted Host, two Host headers or an absolute target are refused", async () => {
  const server = await start();
  const crafted = await rawRequest(server.port, requestText("GET", "/en/", { host: "x/api/enquiries/#" }));
  expect(crafted.status).toBe(400);
  const twice = await rawRequest(
    server.port,
    "GET /en/ HTTP/1.1\r\nHost: localhost\r\nHost: evil.example\r\nConnection: close\r\n\r\n",
  );
  expect(twice.status).toBe(400);
  const absolute = await rawRequest(server.port, requestText("POST", "http://evil.example/api/enquiries/"));
  expect(absolute.status).toBe(400);
  for (const path of ["/_image?href=/favicon.svg&w=100", "/_server-islands/Anything"]) {
    expect((await getText(server.url, path)).status, path).toBe(404);
  }
  expect((await getText(server.url, "/healthz")).body).toBe('{"status":"ok"}');
  expect((await getText(server.url, "/readyz")).body).toBe('{"status":"ready"}');
});

test("the client address is the socket's: a forged X-Forwarded-For does not buy more enquiries", async () => {
  const server = await start({ ENQUIRY_RATE_LIMIT: "2" });
  // Refused bodies and replays do not use up the budget.
  for (let i = 0; i < 4; i++) expect((await postJson(server.url, enquiryPayload({ email: "bad" }))).status).toBe(400);
  const payload = enquiryPayload();
  expect((await postJson(server.url, payload)).status).toBe(201);
  expect((await postJson(server.url, payload)).status).toBe(200);
  expect((await postJson(server.url, enquiryPayload(), { "x-forwarded-for": "198.51.100.7" })).status).toBe(201);
  expect((await postJson(server.url, enquiryPayload(), { "x-forwarded-for": "198.51.100.8" })).status).toBe(429);
});

test("a CRM webhook over plain http to another machine, or without a secret, stops the start with the reason", async () => {
  for (const [env, reason] of [
    [{ CRM_WEBHOOK_URL: "http://crm.example.hk/leads", CRM_WEBHOOK_SECRET: "s" }, /must be https/],
    [{ CRM_WEBHOOK_URL: "https://crm.example.hk/leads" }, /CRM_WEBHOOK_SECRET is not set/],
  ] as const) {
    const error = await startServer({ dataDir: freshDataDir("webhook"), env }).then(
      async (s) => {
        await s.stop();
        return "started";
      },
      (e: Error) => e.message,
    );
    expect(error).toMatch(/server exited at start/);
    expect(error).toMatch(reason);
  }
});
