import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { LeadInput } from "../../../src/server/storage.ts";

const made: string[] = [];

/** A fresh folder for one test's database (removed by `removeTempDirs`). */
export function tempDir(prefix = "enquiries-"): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  made.push(dir);
  return dir;
}

/** Removes the folders made by `tempDir` in this test file (call from afterAll, after closing the databases). */
export function removeTempDirs(): void {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
}

let counter = 0;

/** A valid lead as the handler would store it; `overrides` replace fields. */
export function leadInput(overrides: Partial<LeadInput> = {}): LeadInput {
  counter += 1;
  return {
    idempotencyKey: `00000000-0000-4000-8000-${String(counter).padStart(12, "0")}`,
    payloadHash: `hash-${counter}`,
    locale: "en",
    name: "Chan Tai Man",
    company: `Company ${counter}`,
    email: "tm.chan@example.com.hk",
    phone: "+85291234567",
    role: "CTO",
    interest: "soc2_type2",
    timing: "3_6m",
    message: "Hello",
    marketingConsent: false,
    picsVersion: "2026-01",
    answerSet: null,
    assessment: null,
    answerIssues: 0,
    methodVersion: null,
    ...overrides,
  };
}
