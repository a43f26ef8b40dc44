import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { LeadInput } from "../../../src/server/storage.ts";

/** A fresh folder for one test's database. */
export function tempDir(prefix = "enquiries-"): string {
  return mkdtempSync(join(tmpdir(), prefix));
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
