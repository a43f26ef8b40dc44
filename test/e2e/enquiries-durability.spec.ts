/**
 * Nothing lost, nothing twice. Each test starts its own production server process (scripts/serve.mjs over the build)
 * with its own DATA_DIR:
 * - a burst of concurrent enquiries with `kill -9` in the middle, then a restart: every acknowledged lead is stored
 *   exactly once, and clients retrying with their idempotency keys end with exactly one lead per key;
 * - a CRM that refuses connections, then fails, then accepts, with a `kill -9` while deliveries are pending: every lead
 *   is accepted by the CRM exactly once (counted by Idempotency-Key), signed, and shown as delivered.
 */
import { createHmac } from "node:crypto";
import http from "node:http";
import { join } from "node:path";
import { expect, test } from "@playwright/test";
import { openLeadStore } from "../../src/server/storage.ts";
import {
  enquiryPayload,
  freePort,
  freshDataDir,
  leadsCli,
  postJson,
  type ServerProcess,
  startServer,
} from "./enquiries-server.ts";

test.describe.configure({ mode: "serial" });
test.setTimeout(90_000);

const servers: ServerProcess[] = [];
test.afterEach(async () => {
  for (const s of servers.splice(0)) await s.stop();
});

async function start(options: Parameters<typeof startServer>[0]): Promise<ServerProcess> {
  const server = await startServer(options);
  servers.push(server);
  return server;
}

function readLeads(dataDir: string) {
  const store = openLeadStore(join(dataDir, "enquiries.db"), { create: false });
  try {
    return store.list();
  } finally {
    store.close();
  }
}

test("kill -9 mid-burst: every acknowledged lead survives exactly once, and retries add each missing one once", async () => {
  const dataDir = freshDataDir("kill9");
  const env = { ENQUIRY_RATE_LIMIT: "100000" };
  const first = await start({ dataDir, env });
  const total = 400;
  const payloads = Array.from({ length: total }, (_, i) => enquiryPayload({ company: `Burst company ${i}` }));
  const acknowledged = new Map<string, string>(); // idempotency key -> reference
  let killed: Promise<void> | undefined;
  let next = 0;
  async function client() {
    while (next < total) {
      const payload = payloads[next++] as Record<string, unknown>;
      const res = await postJson(first.url, payload);
      if (res.status === 201 && res.body.reference) {
        acknowledged.set(String(payload.idempotencyKey), res.body.reference);
        if (acknowledged.size === 120 && !killed) killed = first.kill9();
      }
    }
  }
  await Promise.all(Array.from({ length: 24 }, client));
  await killed;
  expect(acknowledged.size).toBeGreaterThanOrEqual(120);
  expect(acknowledged.size, "the kill must land mid-burst").toBeLessThan(total);

  const second = await start({ dataDir, env });
  const stored = readLeads(dataDir);
  const byReference = new Map<string, number>();
  for (const lead of stored) byReference.set(lead.reference, (byReference.get(lead.reference) ?? 0) + 1);
  for (const [key, reference] of acknowledged) {
    expect(byReference.get(reference), `acknowledged ${reference}`).toBe(1);
    expect(stored.find((l) => l.reference === reference)?.idempotencyKey).toBe(key);
  }
  expect(new Set(stored.map((l) => l.idempotencyKey)).size).toBe(stored.length);

  // Every client retries with its key: acknowledged ones get their reference back, the rest are stored once.
  for (let i = 0; i < total; i += 25) {
    const batch = payloads.slice(i, i + 25);
    const answers = await Promise.all(batch.map((p) => postJson(second.url, p)));
    batch.forEach((payload, j) => {
      const res = answers[j];
      const known = acknowledged.get(String(payload.idempotencyKey));
      if (!res || !("body" in res)) throw new Error(`retry failed: ${res?.error}`);
      expect([200, 201]).toContain(res.status);
      if (known) expect(res.body.reference).toBe(known);
    });
  }
  const final = readLeads(dataDir);
  expect(final).toHaveLength(total);
  expect(new Set(final.map((l) => l.idempotencyKey)).size).toBe(total);
});

interface Receipt {
  key: string;
  status: number;
  signature: string;
  timestamp: string;
  body: string;
}

test("CRM down, then failing, then up, with a crash in between: every lead is delivered exactly once", async () => {
  const dataDir = freshDataDir("crm");
  const crmPort = await freePort();
  const secret = "test-webhook-secret";
  const env = {
    ENQUIRY_RATE_LIMIT: "100000",
    CRM_WEBHOOK_URL: `http://127.0.0.1:${crmPort}/leads`,
    CRM_WEBHOOK_SECRET: secret,
    ENQUIRY_OUTBOX_BASE_DELAY_MS: "100",
    ENQUIRY_OUTBOX_MAX_DELAY_MS: "600",
    ENQUIRY_OUTBOX_POLL_MS: "500",
    ENQUIRY_WEBHOOK_TIMEOUT_MS: "1000",
  };
  const first = await start({ dataDir, env });
  const references: string[] = [];
  for (let i = 0; i < 20; i++) {
    const res = await postJson(first.url, enquiryPayload({ company: `CRM company ${i}` }));
    expect(res.status).toBe(201);
    if (res.status === 201 && res.body.reference) references.push(res.body.reference);
  }

  // Phase 1: nothing listens on the CRM port; attempts are refused and rescheduled.
  await expect
    .poll(() => readLeads(dataDir).filter((l) => (l.delivery?.attempts ?? 0) >= 1).length, { timeout: 15_000 })
    .toBe(20);
  expect(readLeads(dataDir)[0]?.delivery).toMatchObject({
    state: "pending",
    lastError: expect.stringMatching(/ECONNREFUSED/),
  });
  expect(leadsCli(dataDir, "list").stdout).toMatch(/pending \(\d+\)/);

  // Phase 2: the CRM answers 500 for a while, then 200 (and would accept a repeat, so repeats are visible).
  const receipts: Receipt[] = [];
  let healthy = false;
  const crm = http.createServer((req, res) => {
    let body = "";
    req.on("data", (c) => {
      body += c;
    });
    req.on("end", () => {
      const status = healthy ? 200 : 500;
      receipts.push({
        key: String(req.headers["idempotency-key"]),
        status,
        signature: String(req.headers["x-enquiry-signature"]),
        timestamp: String(req.headers["x-enquiry-timestamp"]),
        body,
      });
      res.writeHead(status).end();
    });
  });
  await new Promise<void>((r) => crm.listen(crmPort, "127.0.0.1", r));
  try {
    await expect.poll(() => new Set(receipts.map((r) => r.key)).size, { timeout: 15_000 }).toBe(20);

    // A crash while every lead is still pending; the restarted server resumes delivery without any new request.
    await first.kill9();
    healthy = true;
    const second = await start({ dataDir, env });
    await expect
      .poll(() => readLeads(dataDir).filter((l) => l.delivery?.state === "delivered").length, { timeout: 20_000 })
      .toBe(20);
    // A graceful stop waits for the attempts in flight; after it nothing can send, so the receipts are complete.
    await second.stop();
    expect(readLeads(dataDir).every((l) => l.delivery?.state === "delivered")).toBe(true);

    const accepted = receipts.filter((r) => r.status === 200);
    const perKey = new Map<string, number>();
    for (const r of accepted) perKey.set(r.key, (perKey.get(r.key) ?? 0) + 1);
    expect([...perKey.keys()].sort()).toEqual([...references].sort());
    expect([...perKey.values()].every((n) => n === 1)).toBe(true);

    for (const r of accepted) {
      const expected = createHmac("sha256", secret).update(`${r.timestamp}.${r.body}`).digest("hex");
      expect(r.signature).toBe(`sha256=${expected}`);
      const doc = JSON.parse(r.body);
      expect(doc).toMatchObject({
        event: "enquiry.created",
        reference: r.key,
        contact: { email: "tm.chan@example.com.hk" },
      });
    }
    const listed = leadsCli(dataDir, "list").stdout;
    for (const reference of references) expect(listed).toMatch(new RegExp(`${reference}.*delivered`));
  } finally {
    await new Promise<void>((r) => crm.close(() => r()));
  }
});
