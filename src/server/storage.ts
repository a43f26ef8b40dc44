/**
 * The lead store: leads and their CRM delivery state (`outbox`) in the server's SQLite database (`database.ts`: WAL,
 * synchronous=FULL, private files), so a lead is on disk when `submit` resolves and survives a crash or power loss
 * from then on. Leads leave the store only through erasure (`lead-privacy.ts`: on request or after the retention
 * period), which keeps a tombstone with the reference and the dates.
 *
 * Writes are group-committed: submissions that arrive while one transaction is being written are queued and written
 * together in the next, each acknowledged only after the commit that holds it.
 */
import { createHash, randomBytes } from "node:crypto";
import { closeSync, existsSync, openSync } from "node:fs";
import type { DatabaseSync, StatementSync } from "node:sqlite";
import { type DatabaseOptions, integrityProblems, openDatabase, StorageError } from "./database.ts";
import { schemaVersion } from "./migrations.ts";

/** A validated enquiry as stored (the honeypot and idempotency key are not lead data). */
export interface LeadInput {
  readonly idempotencyKey: string;
  /** Hash of the canonical payload: the same key with a different payload is a conflict. */
  readonly payloadHash: string;
  readonly locale: string;
  readonly name: string;
  readonly company: string;
  readonly email: string;
  readonly phone: string | null;
  readonly role: string;
  readonly interest: string;
  readonly timing: string;
  readonly message: string;
  readonly marketingConsent: boolean;
  readonly picsVersion: string;
  /** The answer set as evaluated on the server, or null without an attachment. */
  readonly answerSet: unknown;
  /** The engine's Assessment for `answerSet`, computed on the server. */
  readonly assessment: unknown;
  /** Answers the engine dropped as invalid. */
  readonly answerIssues: number;
  readonly methodVersion: string | null;
}

export type DeliveryState = "pending" | "delivered" | "failed";

export interface Delivery {
  readonly state: DeliveryState;
  readonly attempts: number;
  /** Epoch milliseconds. */
  readonly nextAttemptAt: number;
  readonly lastError: string | null;
  readonly lastAttemptAt: string | null;
  readonly deliveredAt: string | null;
}

export interface Lead extends Omit<LeadInput, "payloadHash"> {
  readonly reference: string;
  /** ISO 8601, UTC. */
  readonly createdAt: string;
  /** Last time a contact field was corrected (`correctLead`), or null. */
  readonly correctedAt: string | null;
  /** When the person withdrew direct-marketing consent (`optOutOfMarketing`), or null. */
  readonly marketingOptOutAt: string | null;
  /** Null when no CRM was configured when the lead arrived. */
  readonly delivery: Delivery | null;
}

/** What is left of an erased lead: no personal data, only the reference and the dates. */
export interface Erasure {
  readonly reference: string;
  readonly receivedAt: string;
  readonly erasedAt: string;
  readonly reason: "request" | "retention";
  /** The lead had reached the CRM (then it must be erased there too), or null. */
  readonly crmDeliveredAt: string | null;
}

/** A row the tolerant scan could not read (a damaged page); `reference` when the index still names it. */
export interface UnreadableLead {
  readonly id: number;
  readonly reference: string | null;
}

export type SubmitOutcome =
  | { readonly kind: "created"; readonly reference: string }
  | { readonly kind: "duplicate"; readonly reference: string }
  | { readonly kind: "conflict" };

export interface LeadStore {
  readonly path: string;
  /** Stores a lead (and its outbox row when `forward`), durably; resolves after the commit. */
  submit(input: LeadInput, options: { readonly forward: boolean }): Promise<SubmitOutcome>;
  get(reference: string): Lead | undefined;
  /** Leads created at or after `since` (ISO 8601), oldest first. Throws when a row cannot be read. */
  list(options?: { readonly since?: string }): Lead[];
  /**
   * Like `list`, but reads every row it can from a damaged file and names the ones it could not (by reference where
   * the reference index still holds it). On a sound file it is `list` with an empty `unreadable`.
   */
  scan(options?: { readonly since?: string }): { leads: Lead[]; unreadable: UnreadableLead[] };
  /** The tombstone of an erased lead. */
  erasure(reference: string): Erasure | undefined;
  count(): number;
  /** References whose delivery is due at `now`, oldest first. */
  dueDeliveries(now: number, limit: number): string[];
  /** The earliest next attempt of any pending delivery. */
  nextDueAt(): number | undefined;
  /** Takes a pending delivery for one attempt; false when another worker holds it or it is no longer pending. */
  claimDelivery(reference: string, now: number, leaseUntil: number): boolean;
  recordDelivered(reference: string, at: Date): void;
  recordFailedAttempt(reference: string, outcome: { error: string; nextAttemptAt: number; giveUp: boolean }): void;
  /** Puts a lead's delivery (or every failed one, with "failed") back in the queue; returns how many. */
  requeue(target: string, now: number): number;
  /**
   * Consistent copy of the database into a new file (VACUUM INTO), created 0600, checked with `quick_check`.
   * Returns the number of leads copied.
   */
  backup(toPath: string): number;
  /**
   * Runs `work` in one write transaction (BEGIN IMMEDIATE … COMMIT, rolled back when it throws), between group
   * commits. For the store's sibling modules (lead-privacy.ts) and later tables of the same database.
   */
  transaction<T>(work: (db: DatabaseSync) => T): T;
  /** Runs `work` against the database outside a write transaction (queries of the staff area). */
  read<T>(work: (db: DatabaseSync) => T): T;
  /** Removes superseded copies of changed pages from the write-ahead log (after an erasure or a correction). */
  scrub(): void;
  /**
   * Throws the storage error a new lead would meet now: read-only, I/O, or full (less than `minFreeBytes` left on
   * the volume, or less than the smaller of `minFreeBytes` and 256 KB left under the ENQUIRY_DB_MAX_MB cap).
   */
  probe(minFreeBytes: number): void;
  pragma(name: "journal_mode" | "synchronous" | "foreign_keys" | "secure_delete"): string | number;
  schemaVersion(): number;
  close(): void;
}

// Crockford's base 32: no I, L, O or U, so a reference read out on the phone is unambiguous.
const alphabet = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
const hongKongYear = new Intl.DateTimeFormat("en", { timeZone: "Asia/Hong_Kong", year: "numeric" });

/** `ENQ-2026-7KQ3M9XA`: the year in Hong Kong and 40 random bits (not derived from the data or a counter). */
export function newReference(now = new Date()): string {
  const bytes = randomBytes(5);
  let bits = 0n;
  for (const byte of bytes) bits = (bits << 8n) | BigInt(byte);
  let code = "";
  for (let i = 0; i < 8; i++) {
    code = alphabet[Number(bits & 31n)] + code;
    bits >>= 5n;
  }
  return `ENQ-${hongKongYear.format(now)}-${code}`;
}

export const referencePattern = /^ENQ-\d{4}-[0-9A-HJKMNP-TV-Z]{8}$/;

/** JSON with object keys sorted, so equal data always gives equal text. */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === "object" && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : 1)))
      : v,
  );
}

export function payloadHash(value: unknown): string {
  return createHash("sha256").update(canonicalJson(value)).digest("hex");
}

interface LeadRow {
  reference: string;
  idempotency_key: string;
  created_at: string;
  locale: string;
  name: string;
  company: string;
  email: string;
  phone: string | null;
  role: string;
  interest: string;
  timing: string;
  message: string;
  marketing_consent: number;
  pics_version: string;
  answers_json: string | null;
  assessment_json: string | null;
  answer_issues: number;
  method_version: string | null;
  corrected_at: string | null;
  marketing_opt_out_at: string | null;
  state: DeliveryState | null;
  attempts: number | null;
  next_attempt_at: number | null;
  last_error: string | null;
  last_attempt_at: string | null;
  delivered_at: string | null;
}

function toLead(row: LeadRow): Lead {
  return {
    reference: row.reference,
    idempotencyKey: row.idempotency_key,
    createdAt: row.created_at,
    locale: row.locale,
    name: row.name,
    company: row.company,
    email: row.email,
    phone: row.phone,
    role: row.role,
    interest: row.interest,
    timing: row.timing,
    message: row.message,
    marketingConsent: row.marketing_consent === 1,
    picsVersion: row.pics_version,
    answerSet: row.answers_json === null ? null : JSON.parse(row.answers_json),
    assessment: row.assessment_json === null ? null : JSON.parse(row.assessment_json),
    answerIssues: row.answer_issues,
    methodVersion: row.method_version,
    correctedAt: row.corrected_at,
    marketingOptOutAt: row.marketing_opt_out_at,
    delivery:
      row.state === null
        ? null
        : {
            state: row.state,
            attempts: row.attempts ?? 0,
            nextAttemptAt: row.next_attempt_at ?? 0,
            lastError: row.last_error,
            lastAttemptAt: row.last_attempt_at,
            deliveredAt: row.delivered_at,
          },
  };
}

const leadSelect = `SELECT l.*, o.state, o.attempts, o.next_attempt_at, o.last_error, o.last_attempt_at, o.delivered_at
  FROM leads l LEFT JOIN outbox o ON o.lead_reference = l.reference`;

interface Pending {
  readonly input: LeadInput;
  readonly forward: boolean;
  readonly resolve: (outcome: SubmitOutcome) => void;
  readonly reject: (error: unknown) => void;
}

/**
 * Opens the database at `path` (see `openDatabase`: created 0700/0600 when missing unless `create: false`,
 * integrity-checked and migrated unless `readOnly`). Throws a StorageError naming the problem when it cannot.
 */
export function openLeadStore(path: string, options: DatabaseOptions = {}): LeadStore {
  const database = openDatabase(path, options);
  const { db } = database;

  const statements = new Map<string, StatementSync>();
  const sql = (text: string): StatementSync => {
    let statement = statements.get(text);
    if (!statement) {
      statement = db.prepare(text);
      statements.set(text, statement);
    }
    return statement;
  };

  function insertOne(input: LeadInput, forward: boolean): SubmitOutcome {
    const existing = sql("SELECT reference, payload_hash FROM leads WHERE idempotency_key = ?").get(
      input.idempotencyKey,
    ) as { reference: string; payload_hash: string } | undefined;
    if (existing) {
      return existing.payload_hash === input.payloadHash
        ? { kind: "duplicate", reference: existing.reference }
        : { kind: "conflict" };
    }
    const now = new Date();
    for (let attempt = 0; ; attempt++) {
      const reference = newReference(now);
      try {
        sql(`INSERT INTO leads (reference, idempotency_key, payload_hash, created_at, locale, name, company, email, phone,
            role, interest, timing, message, marketing_consent, pics_version, answers_json, assessment_json,
            answer_issues, method_version)
          VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`).run(
          reference,
          input.idempotencyKey,
          input.payloadHash,
          now.toISOString(),
          input.locale,
          input.name,
          input.company,
          input.email,
          input.phone,
          input.role,
          input.interest,
          input.timing,
          input.message,
          input.marketingConsent ? 1 : 0,
          input.picsVersion,
          input.answerSet === null ? null : JSON.stringify(input.answerSet),
          input.assessment === null ? null : JSON.stringify(input.assessment),
          input.answerIssues,
          input.methodVersion,
        );
      } catch (error) {
        // A clash of two random references: draw again.
        if (attempt < 5 && /leads\.reference/.test(String((error as Error).message))) continue;
        throw error;
      }
      if (forward) {
        sql(
          "INSERT INTO outbox (lead_reference, state, attempts, next_attempt_at, created_at) VALUES (?, 'pending', 0, ?, ?)",
        ).run(reference, now.getTime(), now.toISOString());
      }
      return { kind: "created", reference };
    }
  }

  let queue: Pending[] = [];
  let flushScheduled = false;

  function flush(): void {
    flushScheduled = false;
    const batch = queue;
    queue = [];
    if (batch.length === 0) return;
    const outcomes: (SubmitOutcome | { error: unknown })[] = [];
    try {
      db.exec("BEGIN IMMEDIATE");
      for (const item of batch) {
        // A savepoint per lead: one bad row fails alone, not the whole batch.
        db.exec("SAVEPOINT lead");
        try {
          outcomes.push(insertOne(item.input, item.forward));
          db.exec("RELEASE lead");
        } catch (error) {
          // A full disk or an I/O error makes SQLite roll the whole transaction back: the batch fails together.
          if (!db.isTransaction) throw error;
          db.exec("ROLLBACK TO lead");
          db.exec("RELEASE lead");
          outcomes.push({ error });
        }
      }
      db.exec("COMMIT");
    } catch (error) {
      if (db.isTransaction) db.exec("ROLLBACK");
      for (const item of batch) item.reject(error);
      return;
    }
    batch.forEach((item, i) => {
      const outcome = outcomes[i] as SubmitOutcome | { error: unknown };
      if ("error" in outcome) item.reject(outcome.error);
      else item.resolve(outcome);
    });
  }

  return {
    path,
    submit(input, { forward }) {
      return new Promise<SubmitOutcome>((resolve, reject) => {
        queue.push({ input, forward, resolve, reject });
        if (!flushScheduled) {
          flushScheduled = true;
          // setImmediate lets requests already waiting on the socket join this transaction.
          setImmediate(flush);
        }
      });
    },
    get(reference) {
      const row = sql(`${leadSelect} WHERE l.reference = ?`).get(reference) as LeadRow | undefined;
      return row ? toLead(row) : undefined;
    },
    list({ since } = {}) {
      const rows = (since
        ? sql(`${leadSelect} WHERE l.created_at >= ? ORDER BY l.created_at, l.id`).all(since)
        : sql(`${leadSelect} ORDER BY l.created_at, l.id`).all()) as unknown as LeadRow[];
      return rows.map(toLead);
    },
    scan({ since } = {}) {
      try {
        return { leads: this.list(since ? { since } : {}), unreadable: [] };
      } catch {
        return scanDamaged(db, since);
      }
    },
    erasure(reference) {
      const row = sql(
        "SELECT reference, received_at, erased_at, reason, crm_delivered_at FROM erasures WHERE reference = ?",
      ).get(reference) as
        | {
            reference: string;
            received_at: string;
            erased_at: string;
            reason: Erasure["reason"];
            crm_delivered_at: string | null;
          }
        | undefined;
      return row
        ? {
            reference: row.reference,
            receivedAt: row.received_at,
            erasedAt: row.erased_at,
            reason: row.reason,
            crmDeliveredAt: row.crm_delivered_at,
          }
        : undefined;
    },
    count() {
      return (sql("SELECT COUNT(*) AS n FROM leads").get() as { n: number }).n;
    },
    dueDeliveries(now, limit) {
      const rows = sql(
        `SELECT lead_reference FROM outbox WHERE state = 'pending' AND next_attempt_at <= ? AND lease_until <= ?
          ORDER BY next_attempt_at, lead_reference LIMIT ?`,
      ).all(now, now, limit) as { lead_reference: string }[];
      return rows.map((r) => r.lead_reference);
    },
    nextDueAt() {
      const row = sql(
        "SELECT MIN(MAX(next_attempt_at, lease_until)) AS at FROM outbox WHERE state = 'pending'",
      ).get() as { at: number | null } | undefined;
      return row?.at ?? undefined;
    },
    claimDelivery(reference, now, leaseUntil) {
      const result = sql(
        `UPDATE outbox SET lease_until = ?, last_attempt_at = ?
          WHERE lead_reference = ? AND state = 'pending' AND lease_until <= ? AND next_attempt_at <= ?`,
      ).run(leaseUntil, new Date(now).toISOString(), reference, now, now);
      return Number(result.changes) === 1;
    },
    recordDelivered(reference, at) {
      sql(
        `UPDATE outbox SET state = 'delivered', attempts = attempts + 1, delivered_at = ?, lease_until = 0,
          last_error = NULL WHERE lead_reference = ?`,
      ).run(at.toISOString(), reference);
    },
    recordFailedAttempt(reference, { error, nextAttemptAt, giveUp }) {
      sql(
        `UPDATE outbox SET state = ?, attempts = attempts + 1, next_attempt_at = ?, lease_until = 0, last_error = ?
          WHERE lead_reference = ?`,
      ).run(giveUp ? "failed" : "pending", nextAttemptAt, error.slice(0, 200), reference);
    },
    requeue(target, now) {
      if (target === "failed") {
        return Number(
          sql(
            "UPDATE outbox SET state = 'pending', attempts = 0, next_attempt_at = ?, lease_until = 0 WHERE state = 'failed'",
          ).run(now).changes,
        );
      }
      const lead = sql("SELECT reference, created_at FROM leads WHERE reference = ?").get(target) as
        | { reference: string; created_at: string }
        | undefined;
      if (!lead) return 0;
      return Number(
        sql(
          `INSERT INTO outbox (lead_reference, state, attempts, next_attempt_at, created_at)
            VALUES (?, 'pending', 0, ?, ?)
            ON CONFLICT (lead_reference) DO UPDATE SET state = 'pending', attempts = 0, next_attempt_at = excluded.next_attempt_at,
              lease_until = 0, delivered_at = NULL`,
        ).run(target, now, new Date(now).toISOString()).changes,
      );
    },
    backup(toPath) {
      if (existsSync(toPath)) throw new Error(`${toPath} exists already`);
      // An empty file made first carries the private mode; VACUUM INTO accepts an empty target.
      closeSync(openSync(toPath, "wx", 0o600));
      db.prepare("VACUUM INTO ?").run(toPath);
      const copy = openDatabase(toPath, { readOnly: true });
      try {
        const problems = integrityProblems(copy.db);
        if (problems.length > 0) throw new Error(`the copy failed its integrity check: ${problems[0]}`);
        return Number((copy.db.prepare("SELECT COUNT(*) AS n FROM leads").get() as { n: number }).n);
      } finally {
        copy.close();
      }
    },
    transaction(work) {
      flush();
      db.exec("BEGIN IMMEDIATE");
      try {
        const result = work(db);
        db.exec("COMMIT");
        return result;
      } catch (error) {
        if (db.isTransaction) db.exec("ROLLBACK");
        throw error;
      }
    },
    read(work) {
      return work(db);
    },
    scrub() {
      database.scrub();
    },
    probe(minFreeBytes) {
      database.probeWrite();
      const { volume, cap } = database.spaceLeft();
      if (volume < minFreeBytes) throw new StorageError("disk_full", "volume below ENQUIRY_MIN_FREE_MB");
      if (cap < Math.min(minFreeBytes, 256 * 1024)) throw new StorageError("disk_full", "ENQUIRY_DB_MAX_MB reached");
    },
    pragma(name) {
      const row = db.prepare(`PRAGMA ${name}`).get() as Record<string, string | number>;
      return Object.values(row)[0] as string | number;
    },
    schemaVersion() {
      return schemaVersion(db);
    },
    close() {
      flush();
      database.close();
    },
  };
}

/** The ids (and references) of the leads table, from whichever structure of a damaged file still reads. */
function knownRows(db: DatabaseSync): { id: number; reference: string | null }[] {
  const ids = (rows: Record<string, unknown>[]) =>
    rows.map((r) => ({ id: Number(r.id), reference: typeof r.reference === "string" ? r.reference : null }));
  const attempts: (() => { id: number; reference: string | null }[])[] = [
    () => ids(db.prepare("SELECT id, reference FROM leads INDEXED BY sqlite_autoindex_leads_1").all()),
    () => ids(db.prepare("SELECT id FROM leads INDEXED BY leads_created_at").all()),
    () => {
      const highest = Number(db.prepare("SELECT MAX(id) AS id FROM leads").get()?.id ?? 0);
      return Array.from({ length: highest }, (_, i) => ({ id: i + 1, reference: null }));
    },
  ];
  for (const attempt of attempts) {
    try {
      return attempt();
    } catch {}
  }
  return [];
}

/**
 * Reads a damaged database row by row. The ids and references come from the reference index when it is readable
 * (a separate b-tree, often intact when a table page is not), else every id up to the highest one is tried; each row
 * is then read alone, and its delivery state apart, so one bad page costs only the rows on it.
 */
function scanDamaged(db: DatabaseSync, since: string | undefined): { leads: Lead[]; unreadable: UnreadableLead[] } {
  const known = knownRows(db);
  const leads: Lead[] = [];
  const unreadable: UnreadableLead[] = [];
  const row = db.prepare("SELECT * FROM leads WHERE id = ?");
  const delivery = db.prepare(
    "SELECT state, attempts, next_attempt_at, last_error, last_attempt_at, delivered_at FROM outbox WHERE lead_reference = ?",
  );
  for (const { id, reference } of known.sort((a, b) => a.id - b.id)) {
    let lead: Lead;
    try {
      const found = row.get(id) as
        | Omit<LeadRow, "state" | "attempts" | "next_attempt_at" | "last_error" | "last_attempt_at" | "delivered_at">
        | undefined;
      if (!found) continue;
      let outbox: Partial<LeadRow> | undefined;
      try {
        outbox = delivery.get(found.reference) as Partial<LeadRow> | undefined;
      } catch {
        outbox = undefined;
      }
      lead = toLead({
        ...found,
        state: outbox?.state ?? null,
        attempts: outbox?.attempts ?? null,
        next_attempt_at: outbox?.next_attempt_at ?? null,
        last_error: outbox?.last_error ?? null,
        last_attempt_at: outbox?.last_attempt_at ?? null,
        delivered_at: outbox?.delivered_at ?? null,
      });
    } catch {
      unreadable.push({ id, reference });
      continue;
    }
    if (since === undefined || lead.createdAt >= since) leads.push(lead);
  }
  leads.sort((a, b) => (a.createdAt < b.createdAt ? -1 : a.createdAt > b.createdAt ? 1 : 0));
  return { leads, unreadable };
}
