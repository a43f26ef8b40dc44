import {
  chmodSync,
  closeSync,
  copyFileSync,
  mkdirSync,
  openSync,
  readFileSync,
  rmSync,
  statSync,
  writeSync,
} from "node:fs";
import { join } from "node:path";
import { afterAll, afterEach, describe, expect, it } from "vitest";
import { classifyStorageError, StorageError } from "../../../src/server/database.ts";
import { type LeadStore, openLeadStore } from "../../../src/server/storage.ts";
import { leadInput, removeTempDirs, tempDir } from "./support.ts";

afterAll(removeTempDirs);

const open: LeadStore[] = [];
function track(s: LeadStore): LeadStore {
  open.push(s);
  return s;
}
afterEach(() => {
  for (const s of open.splice(0)) s.close();
});

const mode = (path: string) => statSync(path).mode & 0o777;

async function fill(s: LeadStore, count: number, company = (i: number) => `Company number ${i}`): Promise<string[]> {
  const refs: string[] = [];
  for (let i = 0; i < count; i++) {
    const outcome = await s.submit(leadInput({ company: company(i) }), { forward: false });
    if (outcome.kind === "created") refs.push(outcome.reference);
  }
  return refs;
}

/** Overwrites the database page that holds `marker` with garbage, as a failing disk would. */
function damagePageHolding(path: string, marker: string): void {
  const bytes = readFileSync(path);
  const at = bytes.indexOf(Buffer.from(marker));
  if (at < 0) throw new Error("marker not in the file");
  const pageSize = bytes.readUInt16BE(16);
  const fd = openSync(path, "r+");
  writeSync(fd, Buffer.alloc(pageSize, 0xa5), 0, pageSize, Math.floor(at / pageSize) * pageSize);
  closeSync(fd);
}

describe("the database file", () => {
  it("is created 0600 in a 0700 folder, and a folder open to others is tightened", async () => {
    const dir = join(tempDir(), "data");
    const s = track(openLeadStore(join(dir, "enquiries.db")));
    await s.submit(leadInput(), { forward: false });
    expect(mode(dir)).toBe(0o700);
    for (const file of ["enquiries.db", "enquiries.db-wal", "enquiries.db-shm"])
      expect(mode(join(dir, file))).toBe(0o600);
    s.close();
    open.pop();
    chmodSync(dir, 0o755);
    chmodSync(join(dir, "enquiries.db"), 0o644);
    track(openLeadStore(join(dir, "enquiries.db")));
    expect(mode(dir)).toBe(0o700);
    expect(mode(join(dir, "enquiries.db"))).toBe(0o600);
  });

  it("deletes with secure_delete on", () => {
    const s = track(openLeadStore(join(tempDir(), "enquiries.db")));
    expect(s.pragma("secure_delete")).toBe(1);
  });

  it("a damaged file is refused at start with what is wrong and how to restore from a backup", async () => {
    const path = join(tempDir(), "enquiries.db");
    const s = openLeadStore(path);
    await fill(s, 60);
    s.close();
    damagePageHolding(path, "Company number 30");
    let error: unknown;
    try {
      openLeadStore(path);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(StorageError);
    expect((error as StorageError).problem).toBe("corrupt");
    expect((error as StorageError).message).toMatch(/malformed|quick_check/);
    expect((error as StorageError).message).toMatch(/restore the latest backup as enquiries\.db/);
  });

  it("a tolerant scan of a damaged file reads every other lead and names the unreadable ones", async () => {
    const path = join(tempDir(), "enquiries.db");
    const s = openLeadStore(path);
    const refs = await fill(s, 60);
    s.close();
    damagePageHolding(path, "Company number 30");
    const damaged = track(openLeadStore(path, { readOnly: true }));
    expect(() => damaged.list()).toThrow();
    const { leads, unreadable } = damaged.scan();
    expect(unreadable.length).toBeGreaterThan(0);
    // One damaged page costs the rows on it, not the file.
    expect(unreadable.length).toBeLessThan(30);
    expect(leads.length + unreadable.length).toBe(60);
    expect(unreadable.map((u) => u.reference)).toContain(refs[30]);
    expect(leads.map((l) => l.reference)).toEqual(refs.filter((r) => !unreadable.some((u) => u.reference === r)));
  });

  it("a full database (its size cap reached) refuses new leads as disk_full and keeps the stored ones", async () => {
    const path = join(tempDir(), "enquiries.db");
    const s = track(openLeadStore(path, { maxBytes: 256 * 1024 }));
    const big = "x".repeat(3000);
    const stored: string[] = [];
    let failure: unknown;
    for (let i = 0; i < 200 && !failure; i++) {
      try {
        const outcome = await s.submit(leadInput({ message: big }), { forward: false });
        if (outcome.kind === "created") stored.push(outcome.reference);
      } catch (error) {
        failure = error;
      }
    }
    expect(classifyStorageError(failure)).toBe("disk_full");
    expect(() => s.probe(1024 * 1024)).toThrow(StorageError);
    expect(classifyStorageError(captured(() => s.probe(1024 * 1024)))).toBe("disk_full");
    expect(s.count()).toBe(stored.length);
    for (const reference of stored) expect(s.get(reference)?.message).toBe(big);
  });

  it("a database that cannot be written is read_only to the probe", async () => {
    const path = join(tempDir(), "enquiries.db");
    track(openLeadStore(path));
    // The connection SQLite falls back to when the operating system refuses writes.
    const readOnly = track(openLeadStore(path, { readOnly: true }));
    expect(classifyStorageError(captured(() => readOnly.probe(0)))).toBe("read_only");
  });

  it("names file-system errors met before SQLite: read-only volume, no space, missing folder", () => {
    expect(classifyStorageError(Object.assign(new Error("x"), { code: "EROFS" }))).toBe("read_only");
    expect(classifyStorageError(Object.assign(new Error("x"), { code: "ENOSPC" }))).toBe("disk_full");
    expect(classifyStorageError(Object.assign(new Error("x"), { code: "ENOTDIR" }))).toBe("cannot_open");
    expect(classifyStorageError(new TypeError("a bug"))).toBeUndefined();
    const dir = tempDir();
    const notAFolder = join(dir, "file");
    closeSync(openSync(notAFolder, "w"));
    expect(classifyStorageError(captured(() => openLeadStore(join(notAFolder, "enquiries.db"))))).toBe("cannot_open");
  });
});

describe("backup and restore", () => {
  it("backs up to a private, checked copy; restoring it as enquiries.db (without -wal and -shm) brings every lead back", async () => {
    const dir = tempDir();
    const live = join(dir, "data", "enquiries.db");
    const s = openLeadStore(live);
    const refs = await fill(s, 12);
    const copy = join(dir, "backups", "enquiries-2027-01-01.db");
    mkdirSync(join(dir, "backups"));
    expect(s.backup(copy)).toBe(12);
    expect(mode(copy)).toBe(0o600);
    expect(() => s.backup(copy)).toThrow(/exists/);
    await fill(s, 3, (i) => `After the backup ${i}`);
    s.close();
    // The disk loses the live file: restore as README "Backups" says.
    for (const file of [live, `${live}-wal`, `${live}-shm`]) rmSync(file, { force: true });
    copyFileSync(copy, live);
    const restored = track(openLeadStore(live));
    expect(restored.list().map((l) => l.reference)).toEqual(refs);
  });
});

function captured(work: () => unknown): unknown {
  try {
    work();
  } catch (error) {
    return error;
  }
  return undefined;
}
