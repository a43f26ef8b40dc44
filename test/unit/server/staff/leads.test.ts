import { readFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { eraseLead, sweepRetention } from "../../../../src/server/lead-privacy.ts";
import {
  addNote,
  audit,
  auditLog,
  draft,
  draftSchema,
  inbox,
  leadPipeline,
  notes,
  rateCard,
  rateCardSchema,
  readFilters,
  saveDraft,
  saveRateCard,
  setOwner,
  setStatus,
} from "../../../../src/server/staff/leads.ts";
import { type LeadStore, openLeadStore } from "../../../../src/server/storage.ts";
import { leadInput, removeTempDirs, tempDir } from "../support.ts";

const stores: LeadStore[] = [];
function store(): LeadStore {
  const s = openLeadStore(join(tempDir(), "enquiries.db"));
  stores.push(s);
  return s;
}
afterAll(() => {
  for (const s of stores) s.close();
  removeTempDirs();
});

async function submit(s: LeadStore, overrides: Parameters<typeof leadInput>[0] = {}): Promise<string> {
  const outcome = await s.submit(leadInput(overrides), { forward: false });
  if (outcome.kind !== "created") throw new Error(outcome.kind);
  return outcome.reference;
}

const emptyDraft = {
  adjustments: { observationText: "9", sitesText: null },
  rates: { currency: "HKD", soc2Min: "1", soc2Max: "2", isoMin: "3", isoMax: "4" },
  organisation: "Harbour Pay",
};

describe("the staff inbox", () => {
  it("lists leads newest first, as new and without owner, and filters by status, owner, interest, dates and text", async () => {
    const s = store();
    const a = await submit(s, { company: "Alpha Ltd", interest: "iso42001" });
    const b = await submit(s, { company: "Beta Ltd", message: "needs 100% uptime_report" });
    expect(inbox(s).map((r) => r.reference)).toEqual([b, a]);
    expect(leadPipeline(s, a)).toEqual({ status: "new", owner: null });
    expect(setStatus(s, a, "contacted")).toBe(true);
    expect(setOwner(s, a, "sales@example.hk")).toBe(true);
    expect(inbox(s, { status: "contacted" }).map((r) => r.reference)).toEqual([a]);
    expect(inbox(s, { owner: "SALES@example.hk" }).map((r) => r.reference)).toEqual([a]);
    expect(inbox(s, { owner: "-" }).map((r) => r.reference)).toEqual([b]);
    expect(inbox(s, { interest: "iso42001" }).map((r) => r.reference)).toEqual([a]);
    expect(inbox(s, { q: "beta" }).map((r) => r.reference)).toEqual([b]);
    // LIKE wildcards in the search are literal.
    expect(inbox(s, { q: "100%" }).map((r) => r.reference)).toEqual([b]);
    expect(inbox(s, { q: "%" }).map((r) => r.reference)).toEqual([b]);
    expect(inbox(s, { q: "_report" }).map((r) => r.reference)).toEqual([b]);
    expect(inbox(s, { from: "2999-01-01" })).toEqual([]);
    expect(inbox(s, { to: "2000-01-01" })).toEqual([]);
    expect(setStatus(s, a, "bogus" as never)).toBe(false);
  });

  it("reads filters leniently from the query string", () => {
    expect(
      readFilters(new URLSearchParams("status=won&interest=nope&from=2026-01-01&to=bad&q=%20x%20&owner=")),
    ).toEqual({ status: "won", interest: undefined, owner: undefined, from: "2026-01-01", to: undefined, q: "x" });
  });
});

describe("notes, drafts and erasure", () => {
  it("keeps dated notes with their author and one draft per lead; erasing the lead deletes both, bytes and all", async () => {
    const s = store();
    const reference = await submit(s, { name: "Erase Me Person", company: "EraseCo Ltd" });
    expect(addNote(s, reference, "sales@example.hk", "  Called EraseNoteMarker  ")).toMatchObject({
      author: "sales@example.hk",
      body: "Called EraseNoteMarker",
    });
    expect(addNote(s, reference, "x", "   ")).toBeUndefined();
    expect(addNote(s, "ENQ-2026-00000000", "x", "text")).toBeUndefined();
    expect(notes(s, reference)).toHaveLength(1);
    expect(saveDraft(s, reference, { ...emptyDraft, organisation: "EraseDraftMarker" }, "sales@example.hk")).toBe(true);
    expect(draft(s, reference)?.draft.organisation).toBe("EraseDraftMarker");
    audit(s, { actor: "sales@example.hk", action: "viewed", reference });
    expect(eraseLead(s, reference).kind).toBe("erased");
    expect(notes(s, reference)).toEqual([]);
    expect(draft(s, reference)).toBeUndefined();
    const bytes = Buffer.concat(
      [s.path, `${s.path}-wal`].flatMap((f) => {
        try {
          return [readFileSync(f)];
        } catch {
          return [];
        }
      }),
    );
    for (const marker of ["EraseNoteMarker", "EraseDraftMarker", "Erase Me Person", "EraseCo"]) {
      expect(bytes.includes(Buffer.from(marker)), marker).toBe(false);
    }
    // The audit log keeps the reference, not the data.
    expect(auditLog(s, { reference })).toEqual([
      expect.objectContaining({ action: "viewed", actor: "sales@example.hk", reference, detail: null }),
    ]);
  });

  it("the retention sweep takes notes and drafts with the lead", async () => {
    const s = store();
    const reference = await submit(s);
    addNote(s, reference, "a@example.hk", "note");
    saveDraft(s, reference, emptyDraft, "a@example.hk");
    sweepRetention(s, { months: 1, now: new Date(Date.now() + 90 * 86_400_000) });
    expect(notes(s, reference)).toEqual([]);
    expect(draft(s, reference)).toBeUndefined();
  });

  it("a draft must have the workspace's shape", () => {
    expect(draftSchema.safeParse(emptyDraft).success).toBe(true);
    expect(draftSchema.safeParse({ ...emptyDraft, extra: 1 }).success).toBe(false);
    expect(draftSchema.safeParse({ ...emptyDraft, organisation: "x".repeat(201) }).success).toBe(false);
  });
});

describe("the rate card", () => {
  it("is absent until an admin saves one, then read back with who and when", () => {
    const s = store();
    expect(rateCard(s)).toBeUndefined();
    saveRateCard(s, { currency: "HKD", soc2: [12_000, 15_000], iso42001: [13_000, 16_500] }, "admin@example.hk");
    expect(rateCard(s)).toMatchObject({ currency: "HKD", soc2: [12_000, 15_000], updatedBy: "admin@example.hk" });
    expect(rateCardSchema.safeParse({ currency: "HKD", soc2: [2, 1], iso42001: [1, 2] }).success).toBe(false);
    expect(rateCardSchema.safeParse({ currency: "hk", soc2: [1, 2], iso42001: [1, 2] }).success).toBe(false);
  });
});
