/**
 * Versioned schema migrations of the enquiries database, applied in order on every start. Each runs once, inside the
 * same transaction as its row in `schema_migrations`; a database already at the latest version is left untouched.
 * Never edit a released migration: add the next one. Later tables of the server (staff accounts, sessions, …) are
 * added here too, so one file and one backup hold everything.
 */
import type { DatabaseSync } from "node:sqlite";

export interface Migration {
  readonly version: number;
  readonly name: string;
  readonly sql: string;
}

export const migrations: readonly Migration[] = [
  {
    version: 1,
    name: "leads and outbox",
    sql: `
      CREATE TABLE leads (
        id INTEGER PRIMARY KEY,
        reference TEXT NOT NULL UNIQUE,
        idempotency_key TEXT NOT NULL UNIQUE,
        payload_hash TEXT NOT NULL,
        created_at TEXT NOT NULL,
        locale TEXT NOT NULL,
        name TEXT NOT NULL,
        company TEXT NOT NULL,
        email TEXT NOT NULL,
        phone TEXT,
        role TEXT NOT NULL,
        interest TEXT NOT NULL,
        timing TEXT NOT NULL,
        message TEXT NOT NULL,
        marketing_consent INTEGER NOT NULL CHECK (marketing_consent IN (0, 1)),
        pics_version TEXT NOT NULL,
        answers_json TEXT,
        assessment_json TEXT,
        answer_issues INTEGER NOT NULL DEFAULT 0,
        method_version TEXT
      ) STRICT;
      CREATE INDEX leads_created_at ON leads (created_at);
      CREATE TABLE outbox (
        lead_reference TEXT PRIMARY KEY REFERENCES leads (reference),
        state TEXT NOT NULL CHECK (state IN ('pending', 'delivered', 'failed')),
        attempts INTEGER NOT NULL DEFAULT 0,
        next_attempt_at INTEGER NOT NULL,
        lease_until INTEGER NOT NULL DEFAULT 0,
        last_error TEXT,
        last_attempt_at TEXT,
        delivered_at TEXT,
        created_at TEXT NOT NULL
      ) STRICT;
      CREATE INDEX outbox_due ON outbox (state, next_attempt_at);
    `,
  },
  {
    version: 2,
    name: "erasure tombstones, corrections, marketing opt-outs, health probe",
    sql: `
      CREATE TABLE erasures (
        reference TEXT PRIMARY KEY,
        received_at TEXT NOT NULL,
        erased_at TEXT NOT NULL,
        reason TEXT NOT NULL CHECK (reason IN ('request', 'retention')),
        crm_delivered_at TEXT
      ) STRICT;
      ALTER TABLE leads ADD COLUMN corrected_at TEXT;
      ALTER TABLE leads ADD COLUMN marketing_opt_out_at TEXT;
      CREATE INDEX leads_email ON leads (email COLLATE NOCASE);
      CREATE TABLE health_probe (
        id INTEGER PRIMARY KEY CHECK (id = 1),
        at TEXT NOT NULL
      ) STRICT;
    `,
  },
  {
    version: 3,
    name: "staff area: lead status and owner, notes, proposal drafts, rate card, staff audit log",
    // Notes and drafts go with their lead (ON DELETE CASCADE): an erasure leaves none behind.
    sql: `
      ALTER TABLE leads ADD COLUMN status TEXT NOT NULL DEFAULT 'new'
        CHECK (status IN ('new', 'contacted', 'proposal_sent', 'won', 'lost'));
      ALTER TABLE leads ADD COLUMN owner TEXT;
      CREATE TABLE lead_notes (
        id INTEGER PRIMARY KEY,
        lead_reference TEXT NOT NULL REFERENCES leads (reference) ON DELETE CASCADE,
        author TEXT NOT NULL,
        body TEXT NOT NULL,
        created_at TEXT NOT NULL
      ) STRICT;
      CREATE INDEX lead_notes_lead ON lead_notes (lead_reference);
      CREATE TABLE proposal_drafts (
        lead_reference TEXT PRIMARY KEY REFERENCES leads (reference) ON DELETE CASCADE,
        draft_json TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        updated_by TEXT NOT NULL
      ) STRICT;
      CREATE TABLE rate_card (
        id INTEGER PRIMARY KEY CHECK (id = 1),
        currency TEXT NOT NULL,
        soc2_min REAL NOT NULL,
        soc2_max REAL NOT NULL,
        iso_min REAL NOT NULL,
        iso_max REAL NOT NULL,
        updated_at TEXT NOT NULL,
        updated_by TEXT NOT NULL
      ) STRICT;
      CREATE TABLE staff_audit (
        id INTEGER PRIMARY KEY,
        at TEXT NOT NULL,
        actor TEXT NOT NULL,
        action TEXT NOT NULL,
        lead_reference TEXT,
        detail TEXT
      ) STRICT;
      CREATE INDEX staff_audit_at ON staff_audit (at);
    `,
  },
];

/** Applies every migration newer than the database's version. Returns the versions applied now. */
export function runMigrations(db: DatabaseSync, list: readonly Migration[] = migrations): number[] {
  db.exec(`CREATE TABLE IF NOT EXISTS schema_migrations (
    version INTEGER PRIMARY KEY,
    name TEXT NOT NULL,
    applied_at TEXT NOT NULL
  ) STRICT`);
  const applied: number[] = [];
  // IMMEDIATE: two processes starting together cannot both apply the same step.
  db.exec("BEGIN IMMEDIATE");
  try {
    const row = db.prepare("SELECT COALESCE(MAX(version), 0) AS version FROM schema_migrations").get() as {
      version: number;
    };
    const record = db.prepare("INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)");
    for (const migration of [...list].sort((a, b) => a.version - b.version)) {
      if (migration.version <= row.version) continue;
      db.exec(migration.sql);
      record.run(migration.version, migration.name, new Date().toISOString());
      applied.push(migration.version);
    }
    db.exec("COMMIT");
  } catch (error) {
    db.exec("ROLLBACK");
    throw error;
  }
  return applied;
}

export function schemaVersion(db: DatabaseSync): number {
  const row = db.prepare("SELECT COALESCE(MAX(version), 0) AS version FROM schema_migrations").get() as {
    version: number;
  };
  return row.version;
}
