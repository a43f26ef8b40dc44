/**
 * The data subject's rights under the PDPO, as functions of the lead store, for the command-line tool
 * (`npm run leads -- erase | correct | opt-out`), the server's retention sweep and, later, the staff area:
 *
 * - `eraseLead`: the personal data and the attached answers go; a tombstone keeps the reference and the dates.
 * - `correctLead`: contact fields replaced, validated like the enquiry form, dated.
 * - `optOutOfMarketing`: direct-marketing consent withdrawn for every lead with an email address, dated.
 * - `sweepRetention`: erases the leads older than the retention period (the privacy notice's 24 months by default).
 *
 * Erasure and correction overwrite the old bytes: the database deletes with `secure_delete` and the write-ahead log is
 * folded back and emptied (`scrub`), so the file holds no copy of what was removed. Backups made before keep theirs
 * until they are rotated away.
 */
import type { DatabaseSync } from "node:sqlite";
import { type EnquiryFieldError, enquirySchema } from "../lib/enquiry.ts";
import type { Erasure, LeadStore } from "./storage.ts";

export type EraseOutcome =
  /** `withdrawnDeliveries`: CRM deliveries still pending or failed, removed with the lead. */
  | { readonly kind: "erased"; readonly erasure: Erasure; readonly withdrawnDeliveries: number }
  | { readonly kind: "already_erased"; readonly erasure: Erasure }
  | { readonly kind: "not_found" };

/** The contact fields a correction may replace. */
export const correctableFields = ["name", "company", "email", "phone", "role", "message"] as const;
export type CorrectableField = (typeof correctableFields)[number];
export type LeadCorrection = Partial<Record<CorrectableField, string>>;

export type CorrectOutcome =
  | { readonly kind: "corrected"; readonly reference: string; readonly fields: readonly CorrectableField[] }
  | { readonly kind: "invalid"; readonly fields: readonly EnquiryFieldError[] }
  | { readonly kind: "erased"; readonly erasure: Erasure }
  | { readonly kind: "not_found" };

interface Clock {
  readonly now?: Date;
}

/** Deletes one lead and writes its tombstone; the caller holds the write transaction. */
function eraseRow(
  db: DatabaseSync,
  store: LeadStore,
  reference: string,
  reason: Erasure["reason"],
  now: Date,
): EraseOutcome {
  const lead = db.prepare("SELECT reference, created_at FROM leads WHERE reference = ?").get(reference);
  if (!lead) {
    const erasure = store.erasure(reference);
    return erasure ? { kind: "already_erased", erasure } : { kind: "not_found" };
  }
  const delivered = db
    .prepare("SELECT delivered_at FROM outbox WHERE lead_reference = ? AND state = 'delivered'")
    .get(reference);
  // Pending and failed deliveries go with the lead: nothing erased is sent later.
  const withdrawn = db
    .prepare("SELECT COUNT(*) AS n FROM outbox WHERE lead_reference = ? AND state != 'delivered'")
    .get(reference);
  db.prepare("DELETE FROM outbox WHERE lead_reference = ?").run(reference);
  db.prepare("DELETE FROM leads WHERE reference = ?").run(reference);
  const erasure: Erasure = {
    reference,
    receivedAt: String(lead.created_at),
    erasedAt: now.toISOString(),
    reason,
    crmDeliveredAt: typeof delivered?.delivered_at === "string" ? delivered.delivered_at : null,
  };
  db.prepare(
    "INSERT INTO erasures (reference, received_at, erased_at, reason, crm_delivered_at) VALUES (?, ?, ?, ?, ?)",
  ).run(erasure.reference, erasure.receivedAt, erasure.erasedAt, erasure.reason, erasure.crmDeliveredAt);
  return { kind: "erased", erasure, withdrawnDeliveries: Number(withdrawn?.n ?? 0) };
}

/**
 * Erases one lead (a request under the PDPO): its contact details, message, answers, assessment and CRM deliveries
 * not yet made are deleted and their bytes overwritten; a tombstone keeps the reference, when it was received and
 * erased, why, and when it had reached the CRM (so the firm erases it there too). Erasing twice is harmless.
 */
export function eraseLead(store: LeadStore, reference: string, options: Clock = {}): EraseOutcome {
  const now = options.now ?? new Date();
  const outcome = store.transaction((db) => eraseRow(db, store, reference, "request", now));
  if (outcome.kind === "erased") store.scrub();
  return outcome;
}

/**
 * Replaces contact fields of a lead (a correction request under the PDPO). Each value is validated and normalised
 * like the enquiry form's (trimmed, phone in E.164, an empty phone removes it); nothing changes when one is invalid.
 * The old values are overwritten in the file and `correctedAt` is set.
 */
export function correctLead(
  store: LeadStore,
  reference: string,
  fields: LeadCorrection,
  options: Clock = {},
): CorrectOutcome {
  const names = correctableFields.filter((name) => fields[name] !== undefined);
  const errors: EnquiryFieldError[] = [];
  const values: Partial<Record<CorrectableField, string | null>> = {};
  for (const name of names) {
    const result = enquirySchema.shape[name].safeParse(fields[name]);
    if (result.success) values[name] = result.data ?? null;
    else errors.push({ path: name, code: fieldCode(result.error.issues[0]?.message) });
  }
  if (errors.length > 0) return { kind: "invalid", fields: errors };
  if (names.length === 0) return { kind: "invalid", fields: [] };
  const now = (options.now ?? new Date()).toISOString();
  const outcome = store.transaction((db): CorrectOutcome => {
    if (!db.prepare("SELECT 1 FROM leads WHERE reference = ?").get(reference)) {
      const erasure = store.erasure(reference);
      return erasure ? { kind: "erased", erasure } : { kind: "not_found" };
    }
    const assignments = names.map((name) => `${name} = ?`).join(", ");
    db.prepare(`UPDATE leads SET ${assignments}, corrected_at = ? WHERE reference = ?`).run(
      ...names.map((name) => values[name] ?? null),
      now,
      reference,
    );
    return { kind: "corrected", reference, fields: names };
  });
  if (outcome.kind === "corrected") store.scrub();
  return outcome;
}

function fieldCode(message: string | undefined): EnquiryFieldError["code"] {
  const codes: readonly string[] = [
    "required",
    "too_long",
    "invalid_characters",
    "invalid_email",
    "invalid_phone",
    "invalid_type",
  ];
  return (message && codes.includes(message) ? message : "invalid_type") as EnquiryFieldError["code"];
}

/**
 * Records that the person with this email address withdrew consent to direct marketing (PDPO s. 35G): every lead
 * with that address (any letter case) is marked as not consenting, with the date of the first withdrawal kept.
 * Returns how many leads carry the address.
 */
export function optOutOfMarketing(store: LeadStore, email: string, options: Clock = {}): { readonly leads: number } {
  const address = email.trim();
  if (address === "") return { leads: 0 };
  const now = (options.now ?? new Date()).toISOString();
  return store.transaction((db) => {
    const result = db
      .prepare(
        `UPDATE leads SET marketing_consent = 0, marketing_opt_out_at = COALESCE(marketing_opt_out_at, ?)
          WHERE email = ? COLLATE NOCASE`,
      )
      .run(now, address);
    return { leads: Number(result.changes) };
  });
}

/** The instant `months` calendar months before `now` (the day clamped to the shorter month's end), in UTC. */
export function monthsBefore(now: Date, months: number): Date {
  const year = now.getUTCFullYear();
  const month = now.getUTCMonth() - months;
  const lastDay = new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
  const cutoff = new Date(now);
  cutoff.setUTCFullYear(year, month, Math.min(now.getUTCDate(), lastDay));
  return cutoff;
}

/**
 * Erases every lead received more than `months` months before `now` (reason "retention"), in one transaction, and
 * overwrites their bytes. Returns the references erased, oldest first.
 */
export function sweepRetention(
  store: LeadStore,
  options: { readonly months: number; readonly now?: Date },
): { readonly erased: readonly string[] } {
  const now = options.now ?? new Date();
  const cutoff = monthsBefore(now, options.months).toISOString();
  const erased = store.transaction((db) =>
    db
      .prepare("SELECT reference FROM leads WHERE created_at < ? ORDER BY created_at")
      .all(cutoff)
      .map((row) => String(row.reference))
      .filter((reference) => eraseRow(db, store, reference, "retention", now).kind === "erased"),
  );
  if (erased.length > 0) store.scrub();
  return { erased };
}
