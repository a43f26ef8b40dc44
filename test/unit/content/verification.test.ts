import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { parseVerification } from "../../../src/lib/verification.ts";

const raw = parse(readFileSync("content/verification.yaml", "utf8")) as { entries: Record<string, unknown>[] };

describe("the certificate and report register", () => {
  it("the shipped register is valid and holds only entries marked as examples", () => {
    const entries = parseVerification(raw);
    expect(entries.length).toBeGreaterThan(0);
    expect(entries.every((e) => e.example)).toBe(true);
    expect(entries.every((e) => /example/i.test(e.holder.en) && /示例/.test(e.holder["zh-hk"]))).toBe(true);
  });

  it("shows every status a certificate can have: valid, suspended and withdrawn", () => {
    expect(new Set(parseVerification(raw).map((e) => e.status))).toEqual(new Set(["valid", "suspended", "withdrawn"]));
  });

  it("an example whose holder could pass for a real company is rejected", () => {
    const [first] = raw.entries;
    const fake = { ...first, holder: { en: "Harbour Fintech Limited", "zh-hk": "海港金融科技有限公司" } };
    expect(() => parseVerification({ entries: [fake] })).toThrow(/holder must say it is an example/);
  });

  it("a suspended or withdrawn entry needs the date its status took effect, and references are unique", () => {
    const [first] = raw.entries;
    expect(() => parseVerification({ entries: [{ ...first, status: "withdrawn" }] })).toThrow(/statusSince/);
    expect(() => parseVerification({ entries: [first, first] })).toThrow(/duplicate id/);
  });

  it("a certificate needs an expiry date and a report needs the period it covers", () => {
    const [first] = raw.entries;
    const { expires: _expires, ...noExpiry } = first as Record<string, unknown>;
    expect(() => parseVerification({ entries: [noExpiry] })).toThrow(/expires/);
    expect(() => parseVerification({ entries: [{ ...noExpiry, kind: "soc2-report" }] })).toThrow(/period/);
  });
});
