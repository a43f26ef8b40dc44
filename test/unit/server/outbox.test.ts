import { createHmac } from "node:crypto";
import http from "node:http";
import type { AddressInfo } from "node:net";
import { join } from "node:path";
import { afterAll, afterEach, describe, expect, it } from "vitest";
import type { OutboxSettings } from "../../../src/server/config.ts";
import type { LogFields } from "../../../src/server/log.ts";
import { backoffDelay, type OutboxWorker, startOutboxWorker } from "../../../src/server/outbox.ts";
import { type LeadStore, openLeadStore } from "../../../src/server/storage.ts";
import { leadInput, removeTempDirs, tempDir } from "./support.ts";

afterAll(removeTempDirs);

const settings: OutboxSettings = { baseDelayMs: 20, maxDelayMs: 80, maxAttempts: 30, timeoutMs: 2000, pollMs: 200 };

describe("outbox backoff", () => {
  it("doubles from the base delay up to the cap", () => {
    const top = (n: number) => backoffDelay(n, { baseDelayMs: 1000, maxDelayMs: 60_000 }, () => 1);
    expect([1, 2, 3, 4, 5, 6, 7, 8].map(top)).toEqual([1000, 2000, 4000, 8000, 16_000, 32_000, 60_000, 60_000]);
    expect(top(500)).toBe(60_000);
  });

  it("jitters within the upper half of each step, never zero", () => {
    for (let n = 1; n < 12; n++) {
      const ceiling = Math.min(60_000, 1000 * 2 ** (n - 1));
      for (const r of [0, 0.25, 0.5, 0.999]) {
        const delay = backoffDelay(n, { baseDelayMs: 1000, maxDelayMs: 60_000 }, () => r);
        expect(delay).toBeGreaterThanOrEqual(ceiling / 2);
        expect(delay).toBeLessThanOrEqual(ceiling);
      }
    }
  });
});

interface Receipt {
  key: string;
  status: number;
  headers: http.IncomingHttpHeaders;
  body: string;
}

/** A CRM stand-in on loopback: `answer` decides the status of each request. */
async function receiver(answer: (receipt: Omit<Receipt, "status">) => number) {
  const receipts: Receipt[] = [];
  const server = http.createServer((req, res) => {
    let body = "";
    req.on("data", (c) => {
      body += c;
    });
    req.on("end", () => {
      const entry = { key: String(req.headers["idempotency-key"]), headers: req.headers, body };
      const status = answer(entry);
      receipts.push({ ...entry, status });
      res.writeHead(status, { "content-type": "text/plain" });
      res.end(status >= 400 ? "error for tm.chan@example.com.hk" : "ok");
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/hook`;
  return { url, receipts, close: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}

const cleanups: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

function setup(): LeadStore {
  const store = openLeadStore(join(tempDir(), "enquiries.db"));
  cleanups.push(() => store.close());
  return store;
}

function worker(options: Parameters<typeof startOutboxWorker>[0]): OutboxWorker {
  const w = startOutboxWorker(options);
  cleanups.push(() => w.stop());
  return w;
}

async function until(condition: () => boolean, timeoutMs = 8000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error("timed out");
    await new Promise((r) => setTimeout(r, 20));
  }
}

describe("outbox worker", () => {
  it("retries through a CRM outage and delivers every lead exactly once", async () => {
    const store = setup();
    let up = false;
    const crm = await receiver(() => (up ? 200 : 503));
    cleanups.push(crm.close);
    const references: string[] = [];
    for (let i = 0; i < 10; i++) {
      const outcome = await store.submit(leadInput(), { forward: true });
      if (outcome.kind === "created") references.push(outcome.reference);
    }
    const logs: LogFields[] = [];
    const w = worker({
      store,
      target: { url: crm.url },
      settings,
      payload: (lead) => ({ reference: lead.reference, email: lead.email }),
      log: (f) => logs.push(f),
    });
    await until(() => crm.receipts.length >= 20);
    up = true;
    w.wake();
    await until(() => references.every((r) => store.get(r)?.delivery?.state === "delivered"));
    const accepted = crm.receipts.filter((r) => r.status === 200).map((r) => r.key);
    expect(accepted.sort()).toEqual([...references].sort());
    const lead = store.get(references[0] as string);
    expect(lead?.delivery?.attempts).toBeGreaterThan(1);
    // Neither the log nor the stored error quotes the CRM's answer or any personal data.
    expect(JSON.stringify(logs)).not.toContain("example.com.hk");
    expect(logs.some((l) => l.error === "HTTP 503")).toBe(true);
  });

  it("records a refused connection without stopping, and delivers when the CRM comes up", async () => {
    const store = setup();
    const crm = await receiver(() => 200);
    const url = crm.url;
    await crm.close();
    const outcome = await store.submit(leadInput(), { forward: true });
    const reference = outcome.kind === "created" ? outcome.reference : "";
    worker({ store, target: { url }, settings, payload: (lead) => ({ reference: lead.reference }), log: () => {} });
    await until(() => (store.get(reference)?.delivery?.attempts ?? 0) >= 2);
    expect(store.get(reference)?.delivery?.lastError).toMatch(/^network error ECONNREFUSED/);
  });

  it("gives up after the maximum number of attempts and keeps the lead, marked failed", async () => {
    const store = setup();
    const crm = await receiver(() => 500);
    cleanups.push(crm.close);
    const outcome = await store.submit(leadInput(), { forward: true });
    const reference = outcome.kind === "created" ? outcome.reference : "";
    worker({
      store,
      target: { url: crm.url },
      settings: { ...settings, maxAttempts: 3 },
      payload: () => ({}),
      log: () => {},
    });
    await until(() => store.get(reference)?.delivery?.state === "failed");
    expect(crm.receipts).toHaveLength(3);
    expect(store.get(reference)?.delivery).toMatchObject({ attempts: 3, lastError: "HTTP 500" });
  });

  it("signs each delivery with an HMAC of timestamp and body, and keys it by the lead reference", async () => {
    const store = setup();
    const crm = await receiver(() => 204);
    cleanups.push(crm.close);
    const outcome = await store.submit(leadInput(), { forward: true });
    const reference = outcome.kind === "created" ? outcome.reference : "";
    worker({
      store,
      target: { url: crm.url, secret: "s3cret" },
      settings,
      payload: (lead) => ({ reference: lead.reference }),
      log: () => {},
    });
    await until(() => crm.receipts.length === 1);
    const [receipt] = crm.receipts;
    expect(receipt?.key).toBe(reference);
    const timestamp = String(receipt?.headers["x-enquiry-timestamp"]);
    const expected = createHmac("sha256", "s3cret").update(`${timestamp}.${receipt?.body}`).digest("hex");
    expect(receipt?.headers["x-enquiry-signature"]).toBe(`sha256=${expected}`);
    expect(JSON.parse(receipt?.body ?? "{}")).toEqual({ reference });
  });

  it("two workers on one database never send the same lead twice", async () => {
    const store = setup();
    const other = openLeadStore(store.path);
    cleanups.push(() => other.close());
    const crm = await receiver(() => 200);
    cleanups.push(crm.close);
    for (let i = 0; i < 20; i++) await store.submit(leadInput(), { forward: true });
    const options = { target: { url: crm.url }, settings, payload: () => ({}), log: () => {} };
    worker({ ...options, store });
    worker({ ...options, store: other });
    await until(() => store.list().every((lead) => lead.delivery?.state === "delivered"));
    const keys = crm.receipts.map((r) => r.key);
    expect(keys).toHaveLength(20);
    expect(new Set(keys).size).toBe(20);
  });
});
