/**
 * The staff area's view of the lead store: the inbox (filtered), each lead's status, owner and dated notes, the
 * proposal draft saved per lead, the firm's rate card and the audit log of staff actions. All in enquiries.db
 * (migration 3); notes and drafts are deleted with their lead on erasure (ON DELETE CASCADE, secure_delete).
 *
 * The audit log holds who (a staff email), what (an action code, field names), which lead (its reference) and when:
 * never a lead's personal data.
 */
import { z } from "zod";
import { interests } from "../../lib/enquiry.ts";
import type { LeadStore } from "../storage.ts";

export const leadStatuses = ["new", "contacted", "proposal_sent", "won", "lost"] as const;
export type LeadStatus = (typeof leadStatuses)[number];

export const auditActions = [
  "viewed",
  "status",
  "owner",
  "note",
  "draft",
  "exported",
  "erased",
  "corrected",
  "opted_out",
  "rates",
  "csv",
  "passkey_added",
  "passkey_removed",
] as const;
export type AuditAction = (typeof auditActions)[number];

export interface InboxFilters {
  readonly status?: LeadStatus | undefined;
  readonly interest?: string | undefined;
  readonly owner?: string | undefined;
  /** Hong Kong dates, YYYY-MM-DD, inclusive. */
  readonly from?: string | undefined;
  readonly to?: string | undefined;
  readonly q?: string | undefined;
}

export interface InboxRow {
  readonly reference: string;
  readonly createdAt: string;
  readonly name: string;
  readonly company: string;
  readonly email: string;
  readonly phone: string | null;
  readonly role: string;
  readonly interest: string;
  readonly timing: string;
  readonly status: LeadStatus;
  readonly owner: string | null;
  readonly marketingConsent: boolean;
  readonly hasAssessment: boolean;
}

export interface LeadNote {
  readonly id: number;
  readonly author: string;
  readonly body: string;
  readonly createdAt: string;
}

const isoDate = /^\d{4}-\d{2}-\d{2}$/;

/** Reads filters from a query string; unknown or malformed values are dropped, not errors. */
export function readFilters(params: URLSearchParams): InboxFilters {
  const pick = (name: string) => params.get(name)?.trim() || undefined;
  const status = pick("status");
  const interest = pick("interest");
  const from = pick("from");
  const to = pick("to");
  return {
    status: leadStatuses.includes(status as LeadStatus) ? (status as LeadStatus) : undefined,
    interest: (interests as readonly string[]).includes(interest ?? "") ? interest : undefined,
    owner: pick("owner")?.slice(0, 254),
    from: from && isoDate.test(from) ? from : undefined,
    to: to && isoDate.test(to) ? to : undefined,
    q: pick("q")?.slice(0, 200),
  };
}

/** The instant a Hong Kong date starts (UTC+8, no daylight saving), as ISO 8601. */
function hongKongMidnight(date: string, addDays = 0): string {
  const [y, m, d] = date.split("-").map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d + addDays, -8)).toISOString();
}

export function inbox(store: LeadStore, filters: InboxFilters = {}): InboxRow[] {
  const where: string[] = [];
  const args: (string | number)[] = [];
  if (filters.status) {
    where.push("status = ?");
    args.push(filters.status);
  }
  if (filters.interest) {
    where.push("interest = ?");
    args.push(filters.interest);
  }
  if (filters.owner === "-") where.push("owner IS NULL");
  else if (filters.owner) {
    where.push("owner = ? COLLATE NOCASE");
    args.push(filters.owner);
  }
  if (filters.from) {
    where.push("created_at >= ?");
    args.push(hongKongMidnight(filters.from));
  }
  if (filters.to) {
    where.push("created_at < ?");
    args.push(hongKongMidnight(filters.to, 1));
  }
  if (filters.q) {
    const like = `%${filters.q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    where.push(
      `(reference LIKE ? ESCAPE '\\' OR name LIKE ? ESCAPE '\\' OR company LIKE ? ESCAPE '\\' OR email LIKE ? ESCAPE '\\' OR message LIKE ? ESCAPE '\\')`,
    );
    args.push(like, like, like, like, like);
  }
  const sql = `SELECT reference, created_at, name, company, email, phone, role, interest, timing, status, owner,
      marketing_consent, assessment_json IS NOT NULL AS has_assessment
    FROM leads ${where.length ? `WHERE ${where.join(" AND ")}` : ""} ORDER BY created_at DESC, id DESC LIMIT 1000`;
  return store.read((db) =>
    db
      .prepare(sql)
      .all(...args)
      .map((r) => ({
        reference: String(r.reference),
        createdAt: String(r.created_at),
        name: String(r.name),
        company: String(r.company),
        email: String(r.email),
        phone: r.phone === null ? null : String(r.phone),
        role: String(r.role),
        interest: String(r.interest),
        timing: String(r.timing),
        status: String(r.status) as LeadStatus,
        owner: r.owner === null ? null : String(r.owner),
        marketingConsent: Number(r.marketing_consent) === 1,
        hasAssessment: Number(r.has_assessment) === 1,
      })),
  );
}

export function leadPipeline(
  store: LeadStore,
  reference: string,
): { readonly status: LeadStatus; readonly owner: string | null } | undefined {
  const row = store.read((db) => db.prepare("SELECT status, owner FROM leads WHERE reference = ?").get(reference));
  return row
    ? { status: String(row.status) as LeadStatus, owner: row.owner === null ? null : String(row.owner) }
    : undefined;
}

export function setStatus(store: LeadStore, reference: string, status: LeadStatus): boolean {
  if (!leadStatuses.includes(status)) return false;
  return store.transaction(
    (db) => Number(db.prepare("UPDATE leads SET status = ? WHERE reference = ?").run(status, reference).changes) === 1,
  );
}

export function setOwner(store: LeadStore, reference: string, owner: string | null): boolean {
  return store.transaction(
    (db) =>
      Number(db.prepare("UPDATE leads SET owner = ? WHERE reference = ?").run(owner || null, reference).changes) === 1,
  );
}

export const maxNoteLength = 4000;

export function addNote(
  store: LeadStore,
  reference: string,
  author: string,
  body: string,
  now = new Date(),
): LeadNote | undefined {
  const text = body.trim().slice(0, maxNoteLength);
  if (!text) return undefined;
  return store.transaction((db) => {
    if (!db.prepare("SELECT 1 FROM leads WHERE reference = ?").get(reference)) return undefined;
    const result = db
      .prepare("INSERT INTO lead_notes (lead_reference, author, body, created_at) VALUES (?, ?, ?, ?)")
      .run(reference, author, text, now.toISOString());
    return { id: Number(result.lastInsertRowid), author, body: text, createdAt: now.toISOString() };
  });
}

export function notes(store: LeadStore, reference: string): LeadNote[] {
  return store.read((db) =>
    db
      .prepare(
        "SELECT id, author, body, created_at FROM lead_notes WHERE lead_reference = ? ORDER BY created_at DESC, id DESC",
      )
      .all(reference)
      .map((r) => ({
        id: Number(r.id),
        author: String(r.author),
        body: String(r.body),
        createdAt: String(r.created_at),
      })),
  );
}

/** What the workspace saves per lead: the staff's scope changes, the rates used and the organisation's name. */
export const draftSchema = z
  .object({
    adjustments: z
      .object({
        categories: z.array(z.string().max(40)).max(10).optional(),
        observationText: z.string().max(10).nullable(),
        sitesText: z.string().max(10).nullable(),
        sameProcesses: z.string().max(40).optional(),
        startDate: z.string().regex(isoDate).optional(),
      })
      .strict(),
    rates: z
      .object({
        currency: z.string().max(3),
        soc2Min: z.string().max(12),
        soc2Max: z.string().max(12),
        isoMin: z.string().max(12),
        isoMax: z.string().max(12),
      })
      .strict(),
    organisation: z.string().max(200),
  })
  .strict();
export type ProposalDraft = z.infer<typeof draftSchema>;

export function draft(
  store: LeadStore,
  reference: string,
): { readonly draft: ProposalDraft; readonly updatedAt: string; readonly updatedBy: string } | undefined {
  const row = store.read((db) =>
    db
      .prepare("SELECT draft_json, updated_at, updated_by FROM proposal_drafts WHERE lead_reference = ?")
      .get(reference),
  );
  if (!row) return undefined;
  const parsed = draftSchema.safeParse(JSON.parse(String(row.draft_json)));
  return parsed.success
    ? { draft: parsed.data, updatedAt: String(row.updated_at), updatedBy: String(row.updated_by) }
    : undefined;
}

export function saveDraft(
  store: LeadStore,
  reference: string,
  value: ProposalDraft,
  author: string,
  now = new Date(),
): boolean {
  return store.transaction((db) => {
    if (!db.prepare("SELECT 1 FROM leads WHERE reference = ?").get(reference)) return false;
    db.prepare(
      `INSERT INTO proposal_drafts (lead_reference, draft_json, updated_at, updated_by) VALUES (?, ?, ?, ?)
        ON CONFLICT (lead_reference) DO UPDATE SET draft_json = excluded.draft_json, updated_at = excluded.updated_at,
          updated_by = excluded.updated_by`,
    ).run(reference, JSON.stringify(value), now.toISOString(), author);
    return true;
  });
}

/** The firm's day rates per audit day (lowest, highest), kept on the server and edited by admins. */
export interface RateCard {
  readonly currency: string;
  readonly soc2: readonly [number, number];
  readonly iso42001: readonly [number, number];
  readonly updatedAt: string;
  readonly updatedBy: string;
}

export const rateCardSchema = z
  .object({
    currency: z.string().regex(/^[A-Z]{3}$/),
    soc2: z.tuple([z.number().positive().max(1e7), z.number().positive().max(1e7)]),
    iso42001: z.tuple([z.number().positive().max(1e7), z.number().positive().max(1e7)]),
  })
  .refine((r) => r.soc2[0] <= r.soc2[1] && r.iso42001[0] <= r.iso42001[1], "lowest first");

export function rateCard(store: LeadStore): RateCard | undefined {
  const row = store.read((db) => db.prepare("SELECT * FROM rate_card WHERE id = 1").get());
  if (!row) return undefined;
  return {
    currency: String(row.currency),
    soc2: [Number(row.soc2_min), Number(row.soc2_max)],
    iso42001: [Number(row.iso_min), Number(row.iso_max)],
    updatedAt: String(row.updated_at),
    updatedBy: String(row.updated_by),
  };
}

export function saveRateCard(
  store: LeadStore,
  card: z.infer<typeof rateCardSchema>,
  author: string,
  now = new Date(),
): void {
  store.transaction((db) =>
    db
      .prepare(
        `INSERT INTO rate_card (id, currency, soc2_min, soc2_max, iso_min, iso_max, updated_at, updated_by)
          VALUES (1, ?, ?, ?, ?, ?, ?, ?)
          ON CONFLICT (id) DO UPDATE SET currency = excluded.currency, soc2_min = excluded.soc2_min,
            soc2_max = excluded.soc2_max, iso_min = excluded.iso_min, iso_max = excluded.iso_max,
            updated_at = excluded.updated_at, updated_by = excluded.updated_by`,
      )
      .run(card.currency, card.soc2[0], card.soc2[1], card.iso42001[0], card.iso42001[1], now.toISOString(), author),
  );
}

export interface AuditEntry {
  readonly at: string;
  readonly actor: string;
  readonly action: AuditAction;
  readonly reference: string | null;
  /** Field names or a status code: never a lead's data. */
  readonly detail: string | null;
}

export function audit(
  store: LeadStore,
  entry: Omit<AuditEntry, "at" | "detail"> & { readonly detail?: string | null },
  now = new Date(),
): void {
  store.transaction((db) =>
    db
      .prepare("INSERT INTO staff_audit (at, actor, action, lead_reference, detail) VALUES (?, ?, ?, ?, ?)")
      .run(now.toISOString(), entry.actor, entry.action, entry.reference, entry.detail?.slice(0, 200) ?? null),
  );
}

export function auditLog(store: LeadStore, options: { readonly reference?: string; readonly limit?: number } = {}) {
  const limit = Math.min(Math.max(1, options.limit ?? 500), 5000);
  return store.read((db) =>
    (options.reference
      ? db
          .prepare("SELECT * FROM staff_audit WHERE lead_reference = ? ORDER BY id DESC LIMIT ?")
          .all(options.reference, limit)
      : db.prepare("SELECT * FROM staff_audit ORDER BY id DESC LIMIT ?").all(limit)
    ).map(
      (r): AuditEntry => ({
        at: String(r.at),
        actor: String(r.actor),
        action: String(r.action) as AuditAction,
        reference: r.lead_reference === null ? null : String(r.lead_reference),
        detail: r.detail === null ? null : String(r.detail),
      }),
    ),
  );
}
