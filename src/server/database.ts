/**
 * The server's SQLite database file: opening it safely, checking it, and naming what went wrong. Every table of the
 * server (leads and outbox today, later ones such as staff accounts) lives in this one file and is created by the
 * versioned migrations in `migrations.ts`, so one backup holds everything.
 *
 * - The folder is created 0700 and the files 0600 (they hold personal data); an existing folder open to others is
 *   tightened to 0700.
 * - WAL with synchronous=FULL: a commit is on disk when it returns. `secure_delete` overwrites deleted content with
 *   zeros, and `scrub()` folds the write-ahead log back into the file and empties it, so erased data leaves no copy.
 * - `maxBytes` caps the file (`PRAGMA max_page_count`): a full cap answers like a full disk.
 */
import { chmodSync, closeSync, existsSync, mkdirSync, openSync, statfsSync, statSync } from "node:fs";
import { dirname } from "node:path";
import { DatabaseSync } from "node:sqlite";
import { runMigrations } from "./migrations.ts";

/** Why the database cannot take writes: the reason codes of /readyz and of the `storage` log lines. */
export type StorageProblem = "read_only" | "disk_full" | "corrupt" | "cannot_open" | "busy" | "io_error";

/** What each problem means and what the operator should do; fixed text, safe for logs. */
export const storageAdvice: Record<StorageProblem, string> = {
  read_only:
    "The enquiries database is read-only: DATA_DIR, enquiries.db and its -wal and -shm files must be writable by the server, on a volume mounted read-write.",
  disk_full:
    "The enquiries database cannot grow: the disk holding DATA_DIR is full, or the database reached ENQUIRY_DB_MAX_MB. Free space or raise the cap; nothing stored is lost.",
  corrupt:
    "The enquiries database file is damaged. Stop the server, move enquiries.db (and its -wal and -shm files) aside, restore the latest backup as enquiries.db and start again (README, Backups). `npm run leads -- export --format json` reads what is still readable from the damaged copy.",
  cannot_open:
    "The enquiries database cannot be opened: check that DATA_DIR exists, is a folder and is readable and writable by the server.",
  busy: "The enquiries database is locked by another process for longer than the 5 s wait (a long backup or a stuck tool).",
  io_error: "Reading or writing the enquiries database failed with an I/O error: check the disk and the system log.",
};

/** An error carrying one of the storage problems (thrown by `openDatabase` and the integrity check). */
export class StorageError extends Error {
  override readonly name = "StorageError";
  readonly problem: StorageProblem;
  readonly detail: string;
  constructor(problem: StorageProblem, detail: string) {
    super(`${storageAdvice[problem]}${detail ? ` (${detail})` : ""}`);
    this.problem = problem;
    this.detail = detail;
  }
}

// SQLite's primary result codes (https://sqlite.org/rescode.html).
const primaryCodes: Record<number, StorageProblem> = {
  5: "busy",
  6: "busy",
  8: "read_only",
  10: "io_error",
  11: "corrupt",
  13: "disk_full",
  14: "cannot_open",
  26: "corrupt",
};
// File-system error codes, for failures before SQLite is involved (creating the folder, the file).
const systemCodes: Record<string, StorageProblem> = {
  EROFS: "read_only",
  EACCES: "read_only",
  EPERM: "read_only",
  ENOSPC: "disk_full",
  EDQUOT: "disk_full",
  EFBIG: "disk_full",
  ENOTDIR: "cannot_open",
  ENOENT: "cannot_open",
  EIO: "io_error",
};

/** The storage problem an error stands for, or undefined when it is not a storage error (a bug, bad data). */
export function classifyStorageError(error: unknown): StorageProblem | undefined {
  if (error instanceof StorageError) return error.problem;
  if (!error || typeof error !== "object") return undefined;
  const { errcode, code } = error as { errcode?: unknown; code?: unknown };
  if (typeof errcode === "number") return primaryCodes[errcode & 0xff];
  if (typeof code === "string") return systemCodes[code];
  return undefined;
}

export interface DatabaseOptions {
  /** Refuse to create a missing database (the command-line tool reads an existing one). */
  readonly create?: boolean;
  /**
   * Open for reading only, as found: no integrity gate, no migration, no write (the command-line tool's list, show
   * and export, which must read what they can even from a damaged file).
   */
  readonly readOnly?: boolean;
  /** Upper bound of the file's size in bytes (rounded down to whole pages); unset: only the disk limits it. */
  readonly maxBytes?: number;
}

export interface OpenedDatabase {
  readonly db: DatabaseSync;
  readonly path: string;
  /** Writes one row and commits: throws when the file, the volume or the cap refuses writes. */
  probeWrite(): void;
  /** Folds the write-ahead log into the file and truncates it, so superseded page versions (erased data) are gone. */
  scrub(): void;
  /**
   * Room left for new data, in bytes: on the file's volume, and under the cap (free pages included; Infinity
   * without a cap).
   */
  spaceLeft(): { readonly volume: number; readonly cap: number };
  close(): void;
}

const privateDir = 0o700;
const privateFile = 0o600;

function prepareFiles(path: string, create: boolean): void {
  const dir = dirname(path);
  if (!existsSync(dir)) {
    if (!create) throw new StorageError("cannot_open", "no such folder");
    mkdirSync(dir, { recursive: true, mode: privateDir });
  }
  if (!statSync(dir).isDirectory()) throw new StorageError("cannot_open", "DATA_DIR is not a folder");
  if ((statSync(dir).mode & 0o077) !== 0) {
    // Only tighten: a read-only volume refuses, and the open below reports that more precisely.
    try {
      chmodSync(dir, privateDir);
    } catch {}
  }
  if (!existsSync(path)) {
    if (!create) throw new StorageError("cannot_open", "no enquiries.db in DATA_DIR");
    // Created here with 0600 so SQLite's -wal and -shm files, which copy its mode, are private too.
    closeSync(openSync(path, "a", privateFile));
  }
  for (const file of [path, `${path}-wal`, `${path}-shm`]) {
    if (existsSync(file) && (statSync(file).mode & 0o077) !== 0) {
      try {
        chmodSync(file, privateFile);
      } catch {}
    }
  }
}

/** Every problem `PRAGMA quick_check` reports, or an empty list for a sound file. */
export function integrityProblems(db: DatabaseSync, limit = 20): string[] {
  const rows = db.prepare(`PRAGMA quick_check(${Math.max(1, Math.floor(limit))})`).all() as { quick_check: string }[];
  const problems = rows.map((r) => r.quick_check).filter((text) => text !== "ok");
  return problems;
}

/**
 * Opens (creating when allowed) and migrates the database at `path`, after an integrity check. Throws a
 * StorageError naming the problem when the file cannot be opened for writing, is damaged or cannot be migrated.
 */
export function openDatabase(path: string, options: DatabaseOptions = {}): OpenedDatabase {
  let db: DatabaseSync | undefined;
  try {
    if (options.readOnly) {
      if (!existsSync(path)) throw new StorageError("cannot_open", "no enquiries.db in DATA_DIR");
      db = new DatabaseSync(path, { readOnly: true });
      db.exec("PRAGMA busy_timeout = 5000");
      return wrap(db, path);
    }
    prepareFiles(path, options.create !== false);
    db = new DatabaseSync(path);
    db.exec("PRAGMA busy_timeout = 5000");
    db.exec("PRAGMA journal_mode = WAL");
    // FULL: every commit is synced to disk before it returns, so an acknowledged lead survives power loss.
    db.exec("PRAGMA synchronous = FULL");
    db.exec("PRAGMA foreign_keys = ON");
    db.exec("PRAGMA secure_delete = ON");
    const problems = integrityProblems(db);
    if (problems.length > 0) {
      throw new StorageError("corrupt", `quick_check: ${problems.slice(0, 3).join("; ").slice(0, 300)}`);
    }
    runMigrations(db);
    if (options.maxBytes !== undefined) {
      const pageSize = Number((db.prepare("PRAGMA page_size").get() as { page_size: number }).page_size);
      db.exec(`PRAGMA max_page_count = ${Math.max(1, Math.floor(options.maxBytes / pageSize))}`);
    }
    const opened = wrap(db, path);
    // A write that reaches the disk now, so a read-only file or volume is found at start, not at the first lead.
    opened.probeWrite();
    return opened;
  } catch (error) {
    try {
      db?.close();
    } catch {}
    if (error instanceof StorageError) throw error;
    const problem = classifyStorageError(error);
    if (problem) throw new StorageError(problem, errorCodes(error));
    throw error;
  }
}

function wrap(opened: DatabaseSync, path: string): OpenedDatabase {
  const pragma = (name: string): number => Number(Object.values(opened.prepare(`PRAGMA ${name}`).get() ?? {})[0]);
  return {
    db: opened,
    path,
    probeWrite() {
      opened.exec("BEGIN IMMEDIATE");
      try {
        opened.prepare("INSERT OR REPLACE INTO health_probe (id, at) VALUES (1, ?)").run(new Date().toISOString());
        opened.exec("COMMIT");
      } catch (error) {
        if (opened.isTransaction) opened.exec("ROLLBACK");
        throw error;
      }
    },
    scrub() {
      const result = opened.prepare("PRAGMA wal_checkpoint(TRUNCATE)").get() as { busy: number } | undefined;
      // Busy: a reader still holds an old snapshot (another process); the next checkpoint completes it.
      if (result && Number(result.busy) !== 0) opened.exec("PRAGMA wal_checkpoint(PASSIVE)");
    },
    spaceLeft() {
      const pageSize = pragma("page_size");
      const cap = (pragma("max_page_count") - pragma("page_count") + pragma("freelist_count")) * pageSize;
      let volume = Number.POSITIVE_INFINITY;
      try {
        const stats = statfsSync(dirname(path));
        volume = Number(stats.bavail) * Number(stats.bsize);
      } catch {}
      return { volume, cap };
    },
    close() {
      opened.close();
    },
  };
}

/** An error's class and codes, never its message text (which may quote data). */
function errorCodes(error: unknown): string {
  if (!error || typeof error !== "object") return typeof error;
  // SQLite's errstr is the fixed text of its result code ("database disk image is malformed"), never data.
  const { errcode, errstr, code, name } = error as {
    errcode?: unknown;
    errstr?: unknown;
    code?: unknown;
    name?: unknown;
  };
  const codes = [name, code, errcode].filter((part) => part !== undefined).join(" ");
  return typeof errstr === "string" ? `${errstr}: ${codes}` : codes;
}
