import { afterEach, describe, expect, it, vi } from "vitest";
import { boundFields, logLine } from "../../../src/server/log.ts";
import { createStorageHealth } from "../../../src/server/storage-health.ts";

afterEach(() => vi.restoreAllMocks());

describe("log lines", () => {
  it("are bounded whatever a caller passes: long strings cut, long lists shortened, extra fields dropped", () => {
    const many = Object.fromEntries(Array.from({ length: 40 }, (_, i) => [`field${i}`, i]));
    const bounded = boundFields({
      text: "x".repeat(10_000),
      list: Array.from({ length: 500 }, () => "y".repeat(500)),
      ...many,
    });
    expect(String(bounded.text).length).toBeLessThanOrEqual(160);
    expect(bounded.list).toHaveLength(13);
    expect(Object.keys(bounded).length).toBeLessThanOrEqual(16);
    const lines: string[] = [];
    vi.spyOn(console, "log").mockImplementation((line: string) => lines.push(line));
    logLine({ event: "x", text: "z".repeat(100_000), list: Array.from({ length: 10_000 }, () => "w".repeat(1000)) });
    expect(lines).toHaveLength(1);
    expect(lines[0]?.length).toBeLessThan(4096);
    expect(JSON.parse(lines[0] ?? "")).toMatchObject({ event: "x" });
  });
});

describe("storage health", () => {
  it("logs a problem once when it appears and once when it clears, with a line per kind", () => {
    const logs: unknown[] = [];
    const warnings: string[] = [];
    const health = createStorageHealth(
      (f) => logs.push(f),
      (text) => warnings.push(text),
    );
    health.record("read_only");
    health.record("read_only");
    health.record("disk_full");
    health.record(undefined);
    health.record(undefined);
    health.record("corrupt");
    expect(logs).toEqual([
      { event: "storage", problem: "read_only" },
      { event: "storage", problem: "disk_full" },
      { event: "storage", recovered: "disk_full" },
      { event: "storage", problem: "corrupt" },
    ]);
    expect(warnings[0]).toMatch(/read-only/);
    expect(warnings[1]).toMatch(/full/);
    expect(warnings[2]).toMatch(/restore the latest backup/);
    expect(health.current).toBe("corrupt");
  });
});
