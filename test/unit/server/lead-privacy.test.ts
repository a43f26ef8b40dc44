import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, afterEach, describe, expect, it } from "vitest";
import {
  correctLead,
  eraseLead,
  monthsBefore,
  optOutOfMarketing,
  sweepRetention,
} from "../../../src/server/lead-privacy.ts";
import { type LeadStore, openLeadStore } from "../../../src/server/storage.ts";
import { leadInput, removeTempDirs, tempDir } from "./support.ts";

afterAll(removeTempDirs);

const open: LeadStore[] = [];
function store(path = join(tempDir(), "enquiries.db")): LeadStore {
  const s = openLeadStore(path);
  open.push(s);
  return s;
}
afterEach(() => {
  for (const s of open.splice(0)) s.close();
});

async function submit(s: LeadStore, overrides: Parameters<typeof leadInput>[0] = {}, forward = false) {
  const outcome = await s.submit(leadInput(overrides), { forward });
  if (outcome.kind !== "created") throw new Error("not stored");
  return outcome.reference;
}

/** The database's files as they are on disk now: the main file, the write-ahead log and its index. */
function rawFiles(path: string): Buffer {
  return Buffer.concat([path, `${path}-wal`, `${path}-shm`].filter((f) => existsSync(f)).map((f) => readFileSync(f)));
}

function traces(path: string, text: string): boolean {
  const raw = rawFiles(path);
  return raw.includes(Buffer.from(text, "utf8")) || raw.includes(Buffer.from(text, "utf16le"));
}

const assessment = { proposal: { note: "assessment of unique-assessment-marker" }, filler: "x".repeat(12_000) };

describe("erasure", () => {
  it("removes the personal data, the answers and the pending delivery, keeping a tombstone with the dates", async () => {
    const s = store();
    const reference = await submit(
      s,
      { answerSet: { version: 1, answers: { headcount: 12 } }, assessment, methodVersion: "1" },
      true,
    );
    const other = await submit(s);
    const outcome = eraseLead(s, reference, { now: new Date("2027-01-02T03:04:05Z") });
    expect(outcome).toMatchObject({
      kind: "erased",
      withdrawnDeliveries: 1,
      erasure: { reference, erasedAt: "2027-01-02T03:04:05.000Z", reason: "request", crmDeliveredAt: null },
    });
    expect(s.get(reference)).toBeUndefined();
    expect(s.erasure(reference)?.receivedAt).toMatch(/^\d{4}-\d{2}-\d{2}T/);
    expect(s.dueDeliveries(Date.now() + 1e9, 10)).toEqual([]);
    expect(s.get(other)).toBeDefined();
    expect(eraseLead(s, reference)).toMatchObject({ kind: "already_erased" });
    expect(eraseLead(s, "ENQ-2026-00000000")).toEqual({ kind: "not_found" });
  });

  it("leaves no trace of the erased lead's email, name or answers in the database file or its write-ahead log", async () => {
    const path = join(tempDir(), "enquiries.db");
    const s = store(path);
    // Many leads around it, so its row shares pages with others and its assessment spills to overflow pages.
    for (let i = 0; i < 40; i++) await submit(s, { email: `keep${i}@example.org`, assessment });
    const email = "erase.me.please@secret-example.hk";
    const name = "Erasable Unique Personname";
    const reference = await submit(s, {
      email,
      name,
      phone: "+85298765432",
      message: "message-only-the-subject-wrote",
      assessment: { ...assessment, proposal: { note: "answers-of-the-erased-one" } },
    });
    for (let i = 40; i < 80; i++) await submit(s, { email: `keep${i}@example.org`, assessment });
    expect(traces(path, email)).toBe(true);
    eraseLead(s, reference);
    for (const secret of [email, name, "+85298765432", "message-only-the-subject-wrote", "answers-of-the-erased-one"]) {
      expect(traces(path, secret), secret).toBe(false);
    }
    expect(traces(path, "keep79@example.org")).toBe(true);
    expect(s.count()).toBe(80);
  });

  it("notes a delivery the CRM already received, so the firm erases it there too", async () => {
    const s = store();
    const reference = await submit(s, {}, true);
    s.recordDelivered(reference, new Date("2026-05-01T00:00:00Z"));
    expect(eraseLead(s, reference)).toMatchObject({
      kind: "erased",
      withdrawnDeliveries: 0,
      erasure: { crmDeliveredAt: "2026-05-01T00:00:00.000Z" },
    });
  });
});

describe("correction", () => {
  it("replaces contact fields, validated and normalised like the form, dated, with the old value overwritten", async () => {
    const path = join(tempDir(), "enquiries.db");
    const s = store(path);
    const reference = await submit(s, { email: "old.address@wrong-example.hk", company: "Old Name Limited" });
    const outcome = correctLead(
      s,
      reference,
      { email: " new@example.hk ", company: "New Name Limited", phone: "9123 4567" },
      { now: new Date("2027-02-03T00:00:00Z") },
    );
    expect(outcome).toEqual({ kind: "corrected", reference, fields: ["company", "email", "phone"] });
    expect(s.get(reference)).toMatchObject({
      email: "new@example.hk",
      company: "New Name Limited",
      phone: "+85291234567",
      correctedAt: "2027-02-03T00:00:00.000Z",
    });
    expect(traces(path, "old.address@wrong-example.hk")).toBe(false);
    correctLead(s, reference, { phone: "" });
    expect(s.get(reference)?.phone).toBeNull();
  });

  it("changes nothing when a value is invalid, and says which", async () => {
    const s = store();
    const reference = await submit(s);
    expect(correctLead(s, reference, { email: "not-an-email", name: "\u200b" })).toEqual({
      kind: "invalid",
      fields: [
        { path: "name", code: "required" },
        { path: "email", code: "invalid_email" },
      ],
    });
    expect(s.get(reference)?.correctedAt).toBeNull();
    expect(correctLead(s, "ENQ-2026-00000000", { name: "A" })).toEqual({ kind: "not_found" });
    eraseLead(s, reference);
    expect(correctLead(s, reference, { name: "A" })).toMatchObject({ kind: "erased" });
  });
});

describe("marketing opt-out", () => {
  it("withdraws consent for every lead with the address, whatever its letter case, keeping the first date", async () => {
    const s = store();
    const a = await submit(s, { email: "Person@Example.hk", marketingConsent: true });
    const b = await submit(s, { email: "person@example.hk", marketingConsent: true });
    const c = await submit(s, { email: "someone.else@example.hk", marketingConsent: true });
    expect(optOutOfMarketing(s, " person@example.HK ", { now: new Date("2027-03-01T00:00:00Z") })).toEqual({
      leads: 2,
    });
    expect(optOutOfMarketing(s, "person@example.hk", { now: new Date("2027-04-01T00:00:00Z") })).toEqual({ leads: 2 });
    for (const ref of [a, b]) {
      expect(s.get(ref)).toMatchObject({ marketingConsent: false, marketingOptOutAt: "2027-03-01T00:00:00.000Z" });
    }
    expect(s.get(c)).toMatchObject({ marketingConsent: true, marketingOptOutAt: null });
    expect(optOutOfMarketing(s, "nobody@example.hk")).toEqual({ leads: 0 });
  });
});

describe("retention", () => {
  it("counts calendar months back, clamping to the shorter month's last day", () => {
    expect(monthsBefore(new Date("2027-03-31T10:00:00Z"), 1).toISOString()).toBe("2027-02-28T10:00:00.000Z");
    expect(monthsBefore(new Date("2028-02-29T00:00:00Z"), 24).toISOString()).toBe("2026-02-28T00:00:00.000Z");
    expect(monthsBefore(new Date("2027-01-15T00:00:00Z"), 24).toISOString()).toBe("2025-01-15T00:00:00.000Z");
  });

  it("erases the leads received more than the retention period ago and keeps the newer ones", async () => {
    const path = join(tempDir(), "enquiries.db");
    const s = store(path);
    const old = await submit(s, { email: "old-lead@example.hk" });
    const recent = await submit(s);
    // Back-date the first lead by 25 months, as if it had waited that long.
    s.transaction((db) =>
      db.prepare("UPDATE leads SET created_at = ? WHERE reference = ?").run("2020-01-01T00:00:00.000Z", old),
    );
    s.scrub();
    const { erased } = sweepRetention(s, { months: 24 });
    expect(erased).toEqual([old]);
    expect(s.erasure(old)).toMatchObject({ reason: "retention", receivedAt: "2020-01-01T00:00:00.000Z" });
    expect(s.get(recent)).toBeDefined();
    expect(traces(path, "old-lead@example.hk")).toBe(false);
    expect(sweepRetention(s, { months: 24 }).erased).toEqual([]);
  });

  it("erases a lead exactly once the period has passed, not a moment before", async () => {
    const s = store();
    const reference = await submit(s);
    const received = new Date(s.get(reference)?.createdAt ?? "");
    const justBefore = new Date(received);
    justBefore.setUTCFullYear(received.getUTCFullYear() + 2);
    expect(sweepRetention(s, { months: 24, now: justBefore }).erased).toEqual([]);
    const after = new Date(justBefore.getTime() + 1);
    expect(sweepRetention(s, { months: 24, now: after }).erased).toEqual([reference]);
  });
});
