import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, afterEach, describe, expect, it } from "vitest";
import { readConfig } from "../../../src/server/config.ts";
import type { LogFields } from "../../../src/server/log.ts";
import { createEnquiryRuntime, type EnquiryRuntime } from "../../../src/server/runtime.ts";
import { openLeadStore } from "../../../src/server/storage.ts";
import { method } from "../engine/support.ts";
import { leadInput, removeTempDirs, tempDir } from "./support.ts";

afterAll(removeTempDirs);

const running: EnquiryRuntime[] = [];
afterEach(async () => {
  for (const r of running.splice(0)) await r.stop();
});

function runtime(env: Record<string, string>, reopenAfterMs = 0) {
  const logs: LogFields[] = [];
  const r = createEnquiryRuntime({
    method,
    siteUrl: "https://readiness.example.hk",
    config: readConfig(env),
    log: (f) => logs.push(f),
    reopenAfterMs,
  });
  running.push(r);
  return { r, logs };
}

describe("enquiry runtime", () => {
  it("is ready when the database takes a write", () => {
    const { r, logs } = runtime({ DATA_DIR: tempDir() });
    expect(r.readiness()).toEqual({ ready: true });
    expect(logs.find((l) => l.event === "enquiries.start")).toMatchObject({ schemaVersion: 3, journal: "wal" });
  });

  it("keeps running without a database, says why, and recovers once the folder can be used", () => {
    const dir = tempDir();
    const dataDir = join(dir, "data");
    writeFileSync(dataDir, "not a folder");
    const { r, logs } = runtime({ DATA_DIR: dataDir });
    expect(r.readiness()).toEqual({ ready: false, reason: "cannot_open" });
    expect(() => r.store()).toThrow(/cannot be opened/);
    expect(logs).toContainEqual(expect.objectContaining({ event: "storage", problem: "cannot_open" }));
    rmSync(dataDir);
    mkdirSync(dataDir);
    expect(r.store().count()).toBe(0);
    expect(logs).toContainEqual({ event: "storage", recovered: "cannot_open" });
  });

  it("a damaged database is reported as corrupt and not reopened until a restart", () => {
    const dataDir = tempDir();
    writeFileSync(join(dataDir, "enquiries.db"), Buffer.alloc(8192, 0x5a));
    const { r } = runtime({ DATA_DIR: dataDir });
    expect(r.readiness()).toEqual({ ready: false, reason: "corrupt" });
    expect(() => r.store()).toThrow(/damaged/);
  });

  it("erases leads past the retention period when it starts", async () => {
    const dataDir = tempDir();
    const store = openLeadStore(join(dataDir, "enquiries.db"));
    const old = await store.submit(leadInput(), { forward: false });
    const reference = old.kind === "created" ? old.reference : "";
    store.transaction((db) =>
      db.prepare("UPDATE leads SET created_at = '2000-01-01T00:00:00.000Z' WHERE reference = ?").run(reference),
    );
    await store.submit(leadInput(), { forward: false });
    store.close();
    const { r, logs } = runtime({ DATA_DIR: dataDir, ENQUIRY_RETENTION_MONTHS: "24" });
    expect(r.store().count()).toBe(1);
    expect(r.store().erasure(reference)?.reason).toBe("retention");
    expect(logs).toContainEqual(expect.objectContaining({ event: "retention", months: 24, erased: 1 }));
  });
});
