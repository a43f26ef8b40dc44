/**
 * POST /api/enquiries against the production server (scripts/serve.mjs over the build), started by this spec with
 * the default rate limit and TRUST_PROXY=1, so each test counts against its own X-Forwarded-For address and the
 * shared test server's limit is not involved. Leads are read back through the leads CLI and the database.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { type APIRequestContext, expect, request as playwrightRequest, test } from "@playwright/test";
import { parseAnswerSet } from "../../src/engine/answers.ts";
import { evaluate } from "../../src/engine/index.ts";
import { readMethod } from "../../src/node/method-files.ts";
import { openLeadStore } from "../../src/server/storage.ts";
import { parseCsv } from "../support/csv.ts";
import { dated } from "../support/dated.ts";
import { enquiryPayload, freshDataDir, leadsCli, type ServerProcess, startServer } from "./enquiries-server.ts";

test.describe.configure({ mode: "serial" });

const persona = JSON.parse(readFileSync("test/fixtures/personas/2-svf-payment-processor.json", "utf8"));

let server: ServerProcess;
let api: APIRequestContext;
let clientNumber = 0;

/** A distinct client address per call site, so tests do not share a rate-limit bucket. */
function client(): Record<string, string> {
  clientNumber += 1;
  return { "x-forwarded-for": `198.51.100.${clientNumber}` };
}

test.beforeAll(async () => {
  server = await startServer({ dataDir: freshDataDir("api"), env: { TRUST_PROXY: "1" } });
  api = await playwrightRequest.newContext({ baseURL: server.url });
});

test.afterAll(async () => {
  await api?.dispose();
  await server?.stop();
});

function expectSecurityHeaders(headers: Record<string, string>) {
  const csp = headers["content-security-policy"] ?? "";
  expect(csp).toContain("frame-ancestors 'none'");
  expect(csp).toMatch(/script-src 'self'/);
  expect(csp).not.toContain("unsafe-inline");
  expect(headers["strict-transport-security"]).toContain("max-age=");
  expect(headers["x-content-type-options"]).toBe("nosniff");
  expect(headers["referrer-policy"]).toBe("strict-origin-when-cross-origin");
  expect(headers["permissions-policy"]).toContain("camera=()");
  expect(headers["cache-control"]).toBe("no-store");
}

function expectNoInternals(text: string) {
  expect(text).not.toMatch(/\bat .*\(|node:internal|\.ts:\d+|stack|SQLITE/i);
}

test("a valid enquiry is stored and acknowledged 201 with a reference, at /api/enquiries and /api/enquiries/", async () => {
  for (const path of ["/api/enquiries", "/api/enquiries/"]) {
    const payload = enquiryPayload();
    const res = await api.post(path, { data: payload, headers: client() });
    expect(res.status(), path).toBe(201);
    expectSecurityHeaders(res.headers());
    const { reference } = await res.json();
    expect(reference).toMatch(/^ENQ-\d{4}-[0-9A-Z]{8}$/);
    const shown = leadsCli(server.dataDir, "show", reference, "--json");
    expect(shown.code).toBe(0);
    expect(JSON.parse(shown.stdout)).toMatchObject({
      reference,
      contact: { company: payload.company, phone: "+85291234567" },
      interest: "soc2_type2",
      marketingConsent: false,
      picsVersion: "2026-01",
    });
  }
});

test("each bad input gets its status and a JSON body without internals, and nothing is stored", async () => {
  const before = JSON.parse(leadsCli(server.dataDir, "export", "--format", "json").stdout).length;
  const headers = { ...client(), "content-type": "application/json" };
  const cases: { name: string; status: number; error: string; send: () => ReturnType<APIRequestContext["post"]> }[] = [
    {
      name: "malformed JSON",
      status: 400,
      error: "malformed",
      send: () => api.post("/api/enquiries", { headers, data: Buffer.from("{ nope") }),
    },
    {
      name: "schema errors",
      status: 400,
      error: "invalid",
      send: () => api.post("/api/enquiries", { headers, data: enquiryPayload({ email: "x", timing: "soon" }) }),
    },
    {
      name: "body over the limit",
      status: 413,
      error: "too_large",
      send: () => api.post("/api/enquiries", { headers, data: enquiryPayload({ message: "x".repeat(80_000) }) }),
    },
    {
      name: "wrong content type",
      status: 415,
      error: "unsupported_media_type",
      send: () =>
        api.post("/api/enquiries", {
          headers: { ...headers, "content-type": "application/xml" },
          data: Buffer.from(JSON.stringify(enquiryPayload())),
        }),
    },
    {
      // Same-origin: a cross-site one is refused earlier by Astro's checkOrigin for form-like content types.
      name: "text/plain from the site itself",
      status: 415,
      error: "unsupported_media_type",
      send: () =>
        api.post("/api/enquiries", {
          headers: { ...headers, "content-type": "text/plain", origin: server.url },
          data: Buffer.from(JSON.stringify(enquiryPayload())),
        }),
    },
    {
      name: "cross-site post",
      status: 403,
      error: "forbidden",
      send: () =>
        api.post("/api/enquiries", { headers: { ...headers, origin: "https://evil.example" }, data: enquiryPayload() }),
    },
    {
      name: "cross-site fetch metadata",
      status: 403,
      error: "forbidden",
      send: () =>
        api.post("/api/enquiries", { headers: { ...headers, "sec-fetch-site": "cross-site" }, data: enquiryPayload() }),
    },
  ];
  for (const c of cases) {
    const res = await c.send();
    expect(res.status(), c.name).toBe(c.status);
    expectSecurityHeaders(res.headers());
    const text = await res.text();
    expectNoInternals(text);
    const body = JSON.parse(text);
    expect(body.error, c.name).toBe(c.error);
    expect(typeof body.message).toBe("string");
    if (c.name === "schema errors") {
      expect(body.fields).toEqual([
        { path: "email", code: "invalid_email" },
        { path: "timing", code: "invalid_choice" },
      ]);
    }
  }
  for (const method of ["GET", "PUT", "DELETE"]) {
    // With a JSON content type: Astro's checkOrigin refuses a bodiless cross-origin PUT or DELETE before the route.
    const res = await api.fetch("/api/enquiries/", {
      method,
      headers: { ...client(), "content-type": "application/json" },
      ...(method === "GET" ? {} : { data: enquiryPayload() }),
    });
    expect(res.status(), method).toBe(405);
    expect(res.headers().allow).toBe("POST");
    expectSecurityHeaders(res.headers());
  }
  const after = JSON.parse(leadsCli(server.dataDir, "export", "--format", "json").stdout).length;
  expect(after).toBe(before);
});

test("a burst past the rate limit gets 429 with Retry-After; other clients are unaffected", async () => {
  const burst = client();
  const statuses: number[] = [];
  let retryAfter = "";
  for (let i = 0; i < 8; i++) {
    const res = await api.post("/api/enquiries", { data: enquiryPayload(), headers: burst });
    statuses.push(res.status());
    if (res.status() === 429) {
      retryAfter = res.headers()["retry-after"] ?? "";
      expect((await res.json()).error).toBe("rate_limited");
    }
  }
  // The default limit: 5 per minute.
  expect(statuses).toEqual([201, 201, 201, 201, 201, 429, 429, 429]);
  expect(Number(retryAfter)).toBeGreaterThanOrEqual(1);
  expect(Number(retryAfter)).toBeLessThanOrEqual(60);
  expect((await api.post("/api/enquiries", { data: enquiryPayload(), headers: client() })).status()).toBe(201);
});

test("script and SQL text in every field is stored verbatim, never echoed, and escaped in exports", async () => {
  const script = `<script>alert("x")</script><img src=x onerror=alert(1)>`;
  const sql = `Robert'); DROP TABLE leads; --`;
  const formula = `=HYPERLINK("http://evil.example","x")`;
  const payload = enquiryPayload({
    name: `${script} ${sql}`,
    company: `${formula} ${sql}`,
    role: `${sql} ${script}`,
    message: `${script}\n${sql}\n${formula}`,
  });
  const res = await api.post("/api/enquiries", { data: payload, headers: client() });
  expect(res.status()).toBe(201);
  const text = await res.text();
  expect(text).not.toContain("script");
  const { reference } = JSON.parse(text);

  const doc = JSON.parse(leadsCli(server.dataDir, "show", reference, "--json").stdout);
  expect(doc.contact).toMatchObject({ name: payload.name, company: payload.company, role: payload.role });
  expect(doc.message).toBe(payload.message);
  // The table survived and still holds every lead.
  expect(leadsCli(server.dataDir, "list").code).toBe(0);

  const csv = leadsCli(server.dataDir, "export", "--format", "csv").stdout;
  const row = csv.split("\r\n").find((line) => line.startsWith(reference)) ?? "";
  expect(row).toContain(`"'=HYPERLINK(""http://evil.example"",""x"") Robert'); DROP TABLE leads; --"`);
  for (const cells of parseCsv(csv)) {
    for (const cell of cells) expect(cell, "a cell a spreadsheet would run as a formula").not.toMatch(/^[=+\-@]/);
  }

  // A schema error names fields and codes only; it never reflects the value.
  const bad = await api.post("/api/enquiries", { data: enquiryPayload({ email: script }), headers: client() });
  expect(bad.status()).toBe(400);
  expect(await bad.text()).not.toContain("<script>");
});

test("a double submit returns the same reference and stores one lead", async () => {
  const payload = enquiryPayload();
  const headers = client();
  const [a, b] = await Promise.all([
    api.post("/api/enquiries", { data: payload, headers }),
    api.post("/api/enquiries", { data: payload, headers }),
  ]);
  const c = await api.post("/api/enquiries", { data: payload, headers });
  const statuses = [a.status(), b.status()].sort();
  expect(statuses).toEqual([200, 201]);
  const refs = await Promise.all([a, b, c].map(async (r) => (await r.json()).reference));
  expect(c.status()).toBe(200);
  expect(new Set(refs).size).toBe(1);
  const all = JSON.parse(leadsCli(server.dataDir, "export", "--format", "json").stdout);
  expect(all.filter((d: { contact: { company: string } }) => d.contact.company === payload.company)).toHaveLength(1);
  const conflict = await api.post("/api/enquiries", { data: { ...payload, company: "Someone else" }, headers });
  expect(conflict.status()).toBe(409);
});

test("the server recomputes the assessment from the answers and ignores scores sent with them", async () => {
  const fake = {
    readiness: { overall: { score: 100, band: "audit_ready" } },
    proposal: { soc2: { days: { type2: 1 } } },
  };
  const payload = enquiryPayload({
    locale: "zh-hk",
    attachment: { answerSet: persona.answerSet, assessment: fake, summary: "audit ready", score: 100 },
  });
  const res = await api.post("/api/enquiries", { data: payload, headers: client() });
  expect(res.status()).toBe(201);
  const { reference } = await res.json();

  const method = readMethod();
  const parsed = parseAnswerSet(method, persona.answerSet);
  if (!parsed.ok) throw new Error("fixture invalid");
  const store = openLeadStore(join(server.dataDir, "enquiries.db"), { create: false });
  const lead = store.get(reference);
  store.close();
  const answerSet = lead?.answerSet as typeof parsed.value;
  expect(answerSet.answers).toEqual(parsed.value.answers);
  const expected = JSON.parse(JSON.stringify(evaluate(method, dated(answerSet))));
  expect(lead?.assessment).toEqual(expected);
  expect(expected.readiness.overall.score).not.toBe(100);

  const doc = JSON.parse(leadsCli(server.dataDir, "show", reference, "--json").stdout);
  expect(doc.proposal).toEqual(expected.proposal);
  expect(doc.assessmentLink).toMatch(/\/zh-hk\/assessment\/#v\d+\./);
});

test("a filled honeypot is answered like a success and stores nothing", async () => {
  const payload = enquiryPayload({ website: "https://spam.example" });
  const res = await api.post("/api/enquiries", { data: payload, headers: client() });
  expect(res.status()).toBe(201);
  const { reference } = await res.json();
  expect(reference).toMatch(/^ENQ-/);
  expect(leadsCli(server.dataDir, "show", reference).code).toBe(1);
});

test("the server log carries no personal data", async () => {
  const log = server.output.join("\n");
  expect(log).toContain('"event":"enquiry"');
  for (const personal of [
    "Chan Tai Man",
    "tm.chan@example.com.hk",
    "+85291234567",
    "9123 4567",
    "198.51.100.",
    "E2E company",
  ]) {
    expect(log).not.toContain(personal);
  }
});
