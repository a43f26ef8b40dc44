import { describe, expect, it } from "vitest";
import { staffAreaT, staffAreaText } from "../../../src/i18n/staff-area.ts";
import { proposalText } from "../../../src/report/proposal/text.ts";

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

for (const [name, packs] of [
  ["staff area", staffAreaText],
  ["fee proposal", proposalText],
] as const) {
  describe(`${name} texts`, () => {
    it("every English key has a non-blank Traditional Chinese text with the same placeholders", () => {
      const en = packs.en as Record<string, string>;
      const zh = packs["zh-hk"] as Record<string, string>;
      expect(Object.keys(zh).sort()).toEqual(Object.keys(en).sort());
      for (const [key, text] of Object.entries(zh)) {
        expect(text.trim(), key).not.toBe("");
        expect(placeholders(text), key).toEqual(placeholders(en[key] as string));
      }
    });

    it("zh-HK texts are written in Chinese, not copied from English", () => {
      const zh = packs["zh-hk"] as Record<string, string>;
      const same = Object.entries(zh).filter(([key, text]) => text === (packs.en as Record<string, string>)[key]);
      // Only figures and names that are the same in both languages.
      expect(same.map(([key]) => key).filter((key) => !["lead.none", "lead.iso"].includes(key))).toEqual([]);
    });
  });
}

describe("staffAreaT", () => {
  it("fills placeholders and leaves unknown ones visible", () => {
    expect(staffAreaT("en")("lead.title", { reference: "ENQ-2026-AAAAAAAA" })).toBe("Lead ENQ-2026-AAAAAAAA");
    expect(staffAreaT("zh-hk")("inbox.count", { count: 3 })).toBe("3 項查詢");
    expect(staffAreaT("en")("lead.title")).toBe("Lead {reference}");
  });
});
