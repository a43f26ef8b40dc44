import { randomUUID } from "node:crypto";
import { join } from "node:path";
import { afterAll, afterEach, describe, expect, it } from "vitest";
import { parseAnswerSet } from "../../../src/engine/answers.ts";
import { evaluate } from "../../../src/engine/index.ts";
import { type EnquiryConfig, readConfig } from "../../../src/server/config.ts";
import { type HandlerContext, handleEnquiryRequest } from "../../../src/server/enquiry-handler.ts";
import type { LogFields } from "../../../src/server/log.ts";
import { createRateLimiter } from "../../../src/server/rate-limit.ts";
import { type LeadStore, openLeadStore } from "../../../src/server/storage.ts";
import { method, persona } from "../engine/support.ts";
import { removeTempDirs, tempDir } from "./support.ts";

afterAll(removeTempDirs);

const url = "http://localhost:4321/api/enquiries/";
const stores: LeadStore[] = [];
afterEach(() => {
  for (const s of stores.splice(0)) s.close();
});

function context(overrides: Partial<HandlerContext> & { env?: Record<string, string> } = {}) {
  const dir = tempDir();
  const config: EnquiryConfig = readConfig({ DATA_DIR: dir, ENQUIRY_RATE_LIMIT: "1000", ...overrides.env });
  const store = openLeadStore(join(dir, "enquiries.db"));
  stores.push(store);
  const logs: LogFields[] = [];
  const ctx: HandlerContext = {
    store: () => store,
    limiter: createRateLimiter(config.rateLimit),
    config,
    method,
    siteOrigin: "https://readiness.example.hk",
    log: (f) => logs.push(f),
    ...overrides,
  };
  return { ctx, store, logs };
}

function enquiry(overrides: Record<string, unknown> = {}) {
  return {
    name: "Chan Tai Man",
    company: "Example Fintech Limited",
    email: "tm.chan@example.com.hk",
    phone: "9123 4567",
    role: "CTO",
    interest: "soc2_type2",
    timing: "3_6m",
    message: "Please call me.",
    locale: "en",
    marketingConsent: false,
    picsVersion: "2026-01",
    website: "",
    idempotencyKey: randomUUID(),
    ...overrides,
  };
}

function post(body: unknown, headers: Record<string, string> = {}, method = "POST"): Request {
  return new Request(url, {
    method,
    headers: { "content-type": "application/json", origin: "http://localhost:4321", ...headers },
    ...(method === "GET" || method === "HEAD" ? {} : { body: typeof body === "string" ? body : JSON.stringify(body) }),
  });
}

async function send(ctx: HandlerContext, request: Request, address = "127.0.0.1") {
  const response = await handleEnquiryRequest(request, address, ctx);
  const text = await response.text();
  return { status: response.status, headers: response.headers, body: text ? JSON.parse(text) : null };
}

describe("POST /api/enquiries handler", () => {
  it("stores a valid enquiry and answers 201 with its reference, uncached", async () => {
    const { ctx, store } = context();
    const res = await send(ctx, post(enquiry()));
    expect(res.status).toBe(201);
    expect(res.body.reference).toMatch(/^ENQ-\d{4}-[0-9A-Z]{8}$/);
    expect(res.headers.get("cache-control")).toBe("no-store");
    expect(store.get(res.body.reference)).toMatchObject({ company: "Example Fintech Limited", phone: "+85291234567" });
  });

  it("405 with Allow for other methods", async () => {
    const { ctx } = context();
    for (const m of ["GET", "PUT", "DELETE", "OPTIONS"]) {
      const res = await send(ctx, post(enquiry(), {}, m));
      expect(res.status, m).toBe(405);
      expect(res.headers.get("allow")).toBe("POST");
      expect(res.body.error).toBe("method_not_allowed");
    }
  });

  it("403 for a post from another site (Origin or Sec-Fetch-Site), nothing stored", async () => {
    const { ctx, store } = context();
    expect((await send(ctx, post(enquiry(), { origin: "https://evil.example" }))).status).toBe(403);
    expect((await send(ctx, post(enquiry(), { origin: "null" }))).status).toBe(403);
    const noOrigin = new Request(url, {
      method: "POST",
      headers: { "content-type": "application/json", "sec-fetch-site": "cross-site" },
      body: JSON.stringify(enquiry()),
    });
    expect((await send(ctx, noOrigin)).status).toBe(403);
    expect(store.count()).toBe(0);
    // The site's canonical origin and the https form of the request's host (behind a TLS proxy) are the site itself.
    expect((await send(ctx, post(enquiry(), { origin: "https://readiness.example.hk" }))).status).toBe(201);
    expect((await send(ctx, post(enquiry(), { origin: "https://localhost:4321" }))).status).toBe(201);
  });

  it("accepts an origin listed in ENQUIRY_ALLOWED_ORIGINS, with CORS and a preflight answer", async () => {
    const { ctx } = context({ env: { ENQUIRY_ALLOWED_ORIGINS: "https://static.example.hk" } });
    const preflight = await handleEnquiryRequest(
      new Request(url, { method: "OPTIONS", headers: { origin: "https://static.example.hk" } }),
      "127.0.0.1",
      ctx,
    );
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get("access-control-allow-origin")).toBe("https://static.example.hk");
    expect(preflight.headers.get("access-control-allow-methods")).toBe("POST");
    const res = await send(ctx, post(enquiry(), { origin: "https://static.example.hk" }));
    expect(res.status).toBe(201);
    expect(res.headers.get("access-control-allow-origin")).toBe("https://static.example.hk");
  });

  it("429 with Retry-After once a client passes the limit; other clients still get through", async () => {
    const { ctx } = context({ env: { ENQUIRY_RATE_LIMIT: "3", ENQUIRY_RATE_WINDOW_SECONDS: "60" } });
    for (let i = 0; i < 3; i++) expect((await send(ctx, post(enquiry()))).status).toBe(201);
    const limited = await send(ctx, post(enquiry()));
    expect(limited.status).toBe(429);
    expect(Number(limited.headers.get("retry-after"))).toBeGreaterThanOrEqual(1);
    expect(Number(limited.headers.get("retry-after"))).toBeLessThanOrEqual(60);
    expect(limited.body.error).toBe("rate_limited");
    expect((await send(ctx, post(enquiry()), "127.0.0.2")).status).toBe(201);
  });

  it("415 for anything but application/json in UTF-8", async () => {
    const { ctx } = context();
    for (const type of ["text/plain", "application/x-www-form-urlencoded", "application/json; charset=latin1"]) {
      const res = await send(ctx, post(enquiry(), { "content-type": type }));
      expect(res.status, type).toBe(415);
      expect(res.body.error).toBe("unsupported_media_type");
    }
    expect((await send(ctx, post(enquiry(), { "content-type": "Application/JSON; charset=UTF-8" }))).status).toBe(201);
  });

  it("413 for a body over 64 KB, declared or streamed", async () => {
    const { ctx, store } = context();
    const big = JSON.stringify(enquiry({ message: "x".repeat(70_000) }));
    expect((await send(ctx, post(big))).status).toBe(413);
    const stream = new ReadableStream<Uint8Array>({
      start(controller) {
        for (let i = 0; i < 10; i++) controller.enqueue(new Uint8Array(10_000).fill(32));
        controller.close();
      },
    });
    const streamed = new Request(url, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: stream,
      duplex: "half",
    } as RequestInit);
    const res = await send(ctx, streamed);
    expect(res.status).toBe(413);
    expect(res.body.error).toBe("too_large");
    expect(store.count()).toBe(0);
  });

  it("400 malformed for broken JSON or bytes that are not UTF-8", async () => {
    const { ctx } = context();
    for (const body of ["{ not json", "", '{"a":1}{'] as const) {
      const res = await send(ctx, post(body));
      expect(res.status, body).toBe(400);
      expect(res.body).toEqual({ error: "malformed", message: expect.any(String) });
    }
    const latin1 = new Request(url, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: new Uint8Array([0x7b, 0x22, 0xe9, 0x22, 0x3a, 0x31, 0x7d]),
    });
    expect((await send(ctx, latin1)).status).toBe(400);
  });

  it("400 invalid with the list of failing fields", async () => {
    const { ctx, store } = context();
    const res = await send(ctx, post(enquiry({ email: "nope", interest: "pci", name: "" })));
    expect(res.status).toBe(400);
    expect(res.body.error).toBe("invalid");
    expect(res.body.fields).toEqual([
      { path: "name", code: "required" },
      { path: "email", code: "invalid_email" },
      { path: "interest", code: "invalid_choice" },
    ]);
    expect(store.count()).toBe(0);
  });

  it("answers a filled honeypot like a success and stores nothing", async () => {
    const { ctx, store, logs } = context();
    const res = await send(ctx, post(enquiry({ website: "http://spam.example" })));
    expect(res.status).toBe(201);
    expect(res.body.reference).toMatch(/^ENQ-/);
    expect(store.count()).toBe(0);
    expect(store.get(res.body.reference)).toBeUndefined();
    expect(logs.at(-1)).toMatchObject({ status: 201, honeypot: true });
  });

  it("a repeated request returns the first reference (200) and stores nothing new; other data under the key is 409", async () => {
    const { ctx, store } = context();
    const body = enquiry();
    const first = await send(ctx, post(body));
    const second = await send(ctx, post(body));
    expect(first.status).toBe(201);
    expect(second).toMatchObject({ status: 200, body: { reference: first.body.reference } });
    // Whitespace and the phone's spelling are normalised before comparing.
    const respaced = await send(ctx, post({ ...body, name: ` ${body.name} `, phone: "+852 91234567" }));
    expect(respaced.status).toBe(200);
    const conflict = await send(ctx, post({ ...body, company: "Another Limited" }));
    expect(conflict.status).toBe(409);
    expect(conflict.body.error).toBe("conflict");
    expect(store.count()).toBe(1);
  });

  it("recomputes the assessment from the answers and ignores scores sent by the client", async () => {
    const { ctx, store } = context({ today: () => "2027-02-01" });
    const fixture = persona("2-");
    const fake = { readiness: { overall: { score: 100, band: "audit_ready" } }, proposal: { fees: 1 } };
    const res = await send(
      ctx,
      post(
        enquiry({ attachment: { answerSet: fixture.answerSet, assessment: fake, summary: "audit ready", score: 100 } }),
      ),
    );
    expect(res.status).toBe(201);
    const lead = store.get(res.body.reference);
    const parsed = parseAnswerSet(method, fixture.answerSet);
    if (!parsed.ok) throw new Error("fixture invalid");
    const answerSet = { ...parsed.value, startDate: parsed.value.startDate ?? "2027-02-01" };
    expect(lead?.answerSet).toEqual(answerSet);
    expect(lead?.assessment).toEqual(JSON.parse(JSON.stringify(evaluate(method, answerSet))));
    expect(lead?.methodVersion).toBe(method.estimation.methodVersion);
    expect(JSON.stringify(lead?.assessment)).not.toContain('"fees":1');
  });

  it("drops invalid answers and counts them; refuses an answer set of an unknown version", async () => {
    const { ctx, store } = context({ today: () => "2027-02-01" });
    const res = await send(
      ctx,
      post(enquiry({ attachment: { answerSet: { version: 1, answers: { headcount: -5, no_such_question: "x" } } } })),
    );
    expect(res.status).toBe(201);
    const lead = store.get(res.body.reference);
    expect(lead?.answerIssues).toBe(2);
    expect(lead?.answerSet).toEqual({ version: method.questionnaire.version, answers: {}, startDate: "2027-02-01" });
    const future = await send(
      ctx,
      post(enquiry({ attachment: { answerSet: { version: method.questionnaire.version + 1, answers: {} } } })),
    );
    expect(future.status).toBe(400);
    expect(future.body.fields).toEqual([{ path: "attachment.answerSet.version", code: "invalid_attachment" }]);
  });

  it("an unexpected failure is a generic 500: no stack, no internals, no personal data in the log", async () => {
    const { ctx: base, logs } = context();
    const broken: LeadStore = {
      ...base.store(),
      submit: () => Promise.reject(new Error("disk I/O error at /secret/path for tm.chan@example.com.hk")),
    };
    const res = await send({ ...base, store: () => broken }, post(enquiry()));
    expect(res.status).toBe(500);
    expect(res.body).toEqual({ error: "server_error", message: expect.any(String) });
    expect(JSON.stringify(res.body)).not.toMatch(/secret|at |Error/);
    expect(JSON.stringify(logs)).not.toMatch(/example\.com\.hk|secret/);
    expect(logs.at(-1)).toMatchObject({ status: 500, error: "Error" });
  });

  it("logs one line per request with status, time and reference, and no personal data", async () => {
    const { ctx, logs } = context();
    await send(
      ctx,
      post(enquiry({ name: "Unique Person Name", email: "unique.person@example.org", phone: "+44 20 7946 0958" })),
    );
    await send(ctx, post(enquiry({ email: "bad" })));
    expect(logs).toHaveLength(2);
    expect(logs[0]).toMatchObject({ event: "enquiry", status: 201, ref: expect.stringMatching(/^ENQ-/) });
    expect(typeof logs[0]?.ms).toBe("number");
    expect(logs[1]).toMatchObject({ status: 400, fields: ["email"] });
    const text = JSON.stringify(logs);
    for (const secret of ["Unique Person", "unique.person", "7946", "127.0.0.1"]) expect(text).not.toContain(secret);
  });

  it("refused bodies and replays give their rate-limit slot back; stored leads use it up", async () => {
    const { ctx } = context({ env: { ENQUIRY_RATE_LIMIT: "2", ENQUIRY_RATE_WINDOW_SECONDS: "60" } });
    for (let i = 0; i < 5; i++) expect((await send(ctx, post(enquiry({ email: "bad" })))).status).toBe(400);
    expect((await send(ctx, post("{ broken"))).status).toBe(400);
    expect((await send(ctx, post(enquiry(), { "content-type": "text/plain" }))).status).toBe(415);
    const body = enquiry();
    expect((await send(ctx, post(body))).status).toBe(201);
    for (let i = 0; i < 4; i++) expect((await send(ctx, post(body))).status).toBe(200);
    expect((await send(ctx, post(enquiry()))).status).toBe(201);
    expect((await send(ctx, post(enquiry()))).status).toBe(429);
  });

  it("a database that refuses the write is a 503 with Retry-After, reported once by its problem", async () => {
    const { ctx: base, logs } = context();
    const full = Object.assign(new Error("database or disk is full"), { code: "ERR_SQLITE_ERROR", errcode: 13 });
    const store: LeadStore = { ...base.store(), submit: () => Promise.reject(full) };
    const reported: string[] = [];
    const ctx = { ...base, store: () => store, onStorageProblem: (p: string) => reported.push(p) };
    const res = await send(ctx, post(enquiry()));
    expect(res.status).toBe(503);
    expect(res.headers.get("retry-after")).toBe("60");
    expect(res.body.error).toBe("server_error");
    expect(reported).toEqual(["disk_full"]);
    expect(logs.at(-1)).toMatchObject({ status: 503, storage: "disk_full" });
  });

  it("the log names schema fields only: invalid answer keys and unknown methods chosen by the client never appear", async () => {
    const { ctx, logs } = context();
    const key = "evil_key_chosen_by_client";
    const res = await send(
      ctx,
      post(enquiry({ attachment: { answerSet: { version: 1, answers: { [key]: "\ud800", "Bad Key!": 1 } } } })),
    );
    expect(res.status).toBe(400);
    expect(res.body.fields).toEqual([{ path: "attachment.answerSet.answers", code: "invalid_attachment" }]);
    await handleEnquiryRequest(new Request(url, { method: "PROPFIND" }), "127.0.0.1", ctx);
    const text = JSON.stringify(logs);
    expect(text).not.toContain(key);
    expect(text).not.toContain("Bad Key");
    expect(text).not.toContain("PROPFIND");
    expect(logs.at(-1)).toMatchObject({ method: "other", status: 405 });
  });
});
