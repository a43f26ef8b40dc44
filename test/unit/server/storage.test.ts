import { existsSync } from "node:fs";
import { join } from "node:path";
import { DatabaseSync } from "node:sqlite";
import { afterAll, afterEach, describe, expect, it } from "vitest";
import { migrations, runMigrations } from "../../../src/server/migrations.ts";
import {
  canonicalJson,
  type LeadStore,
  newReference,
  openLeadStore,
  referencePattern,
} from "../../../src/server/storage.ts";
import { leadInput, removeTempDirs, tempDir } from "./support.ts";

afterAll(removeTempDirs);

const open: LeadStore[] = [];
function store(path = join(tempDir(), "nested", "enquiries.db")): LeadStore {
  const s = openLeadStore(path);
  open.push(s);
  return s;
}
afterEach(() => {
  for (const s of open.splice(0)) s.close();
});

describe("lead storage", () => {
  it("creates its folder and file on first open, in WAL mode with synchronous=FULL", () => {
    const path = join(tempDir(), "a", "b", "enquiries.db");
    const s = store(path);
    expect(existsSync(path)).toBe(true);
    expect(s.pragma("journal_mode")).toBe("wal");
    // 2 = FULL
    expect(s.pragma("synchronous")).toBe(2);
    expect(s.pragma("foreign_keys")).toBe(1);
  });

  it("runs each migration once: reopening and re-running leave the schema and data as they were", async () => {
    const path = join(tempDir(), "enquiries.db");
    const first = openLeadStore(path);
    expect(first.schemaVersion()).toBe(migrations.at(-1)?.version);
    await first.submit(leadInput(), { forward: false });
    first.close();
    const second = store(path);
    expect(second.schemaVersion()).toBe(migrations.at(-1)?.version);
    expect(second.count()).toBe(1);
    const db = new DatabaseSync(path);
    expect(runMigrations(db)).toEqual([]);
    const rows = db.prepare("SELECT version FROM schema_migrations").all();
    db.close();
    expect(rows).toHaveLength(migrations.length);
  });

  it("applies a new migration on the next start, in order, and records it", () => {
    const path = join(tempDir(), "enquiries.db");
    store(path);
    const db = new DatabaseSync(path);
    const next = { version: 999, name: "test column", sql: "ALTER TABLE leads ADD COLUMN note TEXT" };
    expect(runMigrations(db, [...migrations, next])).toEqual([999]);
    expect(runMigrations(db, [...migrations, next])).toEqual([]);
    db.close();
  });

  it("a failing migration changes nothing (it runs in one transaction with its record)", () => {
    const path = join(tempDir(), "enquiries.db");
    store(path);
    const db = new DatabaseSync(path);
    const broken = { version: 1000, name: "broken", sql: "CREATE TABLE t (x INTEGER); SELECT * FROM missing_table" };
    expect(() => runMigrations(db, [...migrations, broken])).toThrow();
    expect(db.prepare("SELECT name FROM sqlite_master WHERE name = 't'").get()).toBeUndefined();
    expect(db.prepare("SELECT MAX(version) AS v FROM schema_migrations").get()).toEqual({
      v: migrations.at(-1)?.version,
    });
    db.close();
  });

  it("stores a lead once per idempotency key: the same payload returns the first reference, another is a conflict", async () => {
    const s = store();
    const input = leadInput();
    const first = await s.submit(input, { forward: false });
    expect(first.kind).toBe("created");
    const again = await s.submit(input, { forward: false });
    expect(again).toEqual({ kind: "duplicate", reference: first.kind === "created" ? first.reference : "" });
    expect(await s.submit({ ...input, payloadHash: "other" }, { forward: false })).toEqual({ kind: "conflict" });
    expect(s.count()).toBe(1);
  });

  it("the database itself refuses a second row with the same idempotency key", async () => {
    const path = join(tempDir(), "enquiries.db");
    const s = store(path);
    const input = leadInput();
    await s.submit(input, { forward: false });
    const db = new DatabaseSync(path);
    expect(() =>
      db
        .prepare(
          `INSERT INTO leads (reference, idempotency_key, payload_hash, created_at, locale, name, company, email, role,
            interest, timing, message, marketing_consent, pics_version) VALUES ('ENQ-2026-00000000', ?, 'h', 'now',
            'en', 'n', 'c', 'e', 'r', 'i', 't', 'm', 0, 'p')`,
        )
        .run(input.idempotencyKey),
    ).toThrow(/UNIQUE constraint failed: leads\.idempotency_key/);
    db.close();
  });

  it("group-commits concurrent submissions, each acknowledged with its own reference", async () => {
    const s = store();
    const inputs = Array.from({ length: 50 }, () => leadInput());
    const outcomes = await Promise.all(inputs.map((input) => s.submit(input, { forward: true })));
    const references = outcomes.map((o) => (o.kind === "created" ? o.reference : ""));
    expect(new Set(references).size).toBe(50);
    expect(s.count()).toBe(50);
    expect(s.dueDeliveries(Date.now(), 100)).toHaveLength(50);
  });

  it("two submissions with one key in the same batch make one lead", async () => {
    const s = store();
    const input = leadInput();
    const [a, b] = await Promise.all([s.submit(input, { forward: false }), s.submit(input, { forward: false })]);
    expect(a?.kind).toBe("created");
    expect(b).toEqual({ kind: "duplicate", reference: a?.kind === "created" ? a.reference : "" });
    expect(s.count()).toBe(1);
  });

  it("keeps text verbatim, including script and SQL", async () => {
    const s = store();
    const hostile = `Robert'); DROP TABLE leads;-- <script>alert("x")</script>`;
    const outcome = await s.submit(leadInput({ name: hostile, company: hostile, message: hostile }), {
      forward: false,
    });
    const lead = s.get(outcome.kind === "created" ? outcome.reference : "");
    expect([lead?.name, lead?.company, lead?.message]).toEqual([hostile, hostile, hostile]);
    expect(s.count()).toBe(1);
  });

  it("records delivery attempts and keeps failed deliveries visible", async () => {
    const s = store();
    const outcome = await s.submit(leadInput(), { forward: true });
    const reference = outcome.kind === "created" ? outcome.reference : "";
    const now = Date.now();
    expect(s.claimDelivery(reference, now, now + 1000)).toBe(true);
    expect(s.claimDelivery(reference, now, now + 1000)).toBe(false);
    s.recordFailedAttempt(reference, { error: "HTTP 503", nextAttemptAt: now + 5000, giveUp: false });
    expect(s.get(reference)?.delivery).toMatchObject({ state: "pending", attempts: 1, lastError: "HTTP 503" });
    expect(s.dueDeliveries(now + 1000, 10)).toEqual([]);
    expect(s.dueDeliveries(now + 5000, 10)).toEqual([reference]);
    s.recordFailedAttempt(reference, { error: "HTTP 503", nextAttemptAt: now, giveUp: true });
    expect(s.get(reference)?.delivery?.state).toBe("failed");
    expect(s.requeue("failed", now)).toBe(1);
    expect(s.get(reference)?.delivery).toMatchObject({ state: "pending", attempts: 0 });
    s.recordDelivered(reference, new Date(now));
    expect(s.get(reference)?.delivery?.state).toBe("delivered");
    expect(s.dueDeliveries(now + 10_000_000, 10)).toEqual([]);
  });

  it("filters the list by creation time", async () => {
    const s = store();
    await s.submit(leadInput(), { forward: false });
    expect(s.list({ since: "2000-01-01T00:00:00.000Z" })).toHaveLength(1);
    expect(s.list({ since: "2999-01-01T00:00:00.000Z" })).toHaveLength(0);
  });

  it("backs up to a separate, complete database file", async () => {
    const dir = tempDir();
    const s = store(join(dir, "enquiries.db"));
    await s.submit(leadInput(), { forward: false });
    s.backup(join(dir, "copy.db"));
    const copy = store(join(dir, "copy.db"));
    expect(copy.count()).toBe(1);
  });
});

describe("references and hashes", () => {
  it("references carry the Hong Kong year and 40 random bits in Crockford base 32", () => {
    const refs = new Set(Array.from({ length: 2000 }, () => newReference(new Date("2026-12-31T16:30:00Z"))));
    expect(refs.size).toBe(2000);
    for (const ref of refs) {
      expect(ref).toMatch(referencePattern);
      // 16:30 UTC on 31 December is already 1 January in Hong Kong.
      expect(ref.startsWith("ENQ-2027-")).toBe(true);
    }
  });

  it("canonical JSON ignores key order", () => {
    expect(canonicalJson({ b: 1, a: { d: [1, { y: 1, x: 2 }], c: null } })).toBe(
      canonicalJson({ a: { c: null, d: [1, { x: 2, y: 1 }] }, b: 1 }),
    );
  });
});
