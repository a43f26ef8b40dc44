/**
 * Parity of the language packs (src/i18n/<locale>/*.ts): the same keys in every locale (also a type error), no blank
 * string, no Traditional Chinese string left in English (bar the proper nouns and symbols listed), and the same
 * placeholders in both locales.
 */
import { readdirSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { type PackName, packs, placeholders, useTranslations } from "../../../src/i18n/index.ts";

const names = Object.keys(packs) as PackName[];
const entries = (name: PackName) => Object.entries(packs[name].en) as [string, string][];
const zh = (name: PackName, key: string) => (packs[name]["zh-hk"] as Record<string, string>)[key] as string;

/** Strings that read the same in Traditional Chinese: proper nouns, standard names and symbols. */
const sameInBoth: Partial<Record<PackName, readonly string[]>> = {
  ui: ["nav.soc2", "nav.iso42001", "assess.refsSoc2", "assess.refsIso", "results.filterSoc2", "results.filterIso"],
  methodPage: ["factor"],
  report: ["soc2.title", "iso.title", "gaps.priority", "appendix.iso"],
  staff: ["open.leadOption", "soc2.title", "iso.title"],
  staffArea: ["lead.none", "lead.iso"],
};
/** zh-HK strings without a Chinese character: the switch to English, and punctuation. */
const notChinese: Partial<Record<PackName, readonly string[]>> = {
  ui: [...(sameInBoth.ui ?? []), "site.switchTo"],
  methodPage: ["factor", "punct.colon", "quote"],
  report: sameInBoth.report ?? [],
  content: ["punct.colon", "punct.labelColon", "punct.listSeparator", "punct.comma", "punct.parenthesis"],
  staff: [
    ...(sameInBoth.staff ?? []),
    "punct.listSeparator",
    "punct.colon",
    "issue.line",
    "head.readinessValue",
    "scope.summary",
  ],
  staffArea: [...(sameInBoth.staffArea ?? []), "lead.noteBy"],
  proposal: ["listSeparator"],
};

describe("language packs", () => {
  it("every pack has a file per locale in src/i18n/<locale>/", () => {
    const dir = join(import.meta.dirname, "../../../src/i18n");
    expect(readdirSync(join(dir, "zh-hk")).sort()).toEqual(readdirSync(join(dir, "en")).sort());
  });

  for (const name of names) {
    describe(name, () => {
      it("has the same keys in both locales and no blank string", () => {
        expect(Object.keys(packs[name]["zh-hk"]).sort()).toEqual(Object.keys(packs[name].en).sort());
        for (const [key, text] of entries(name)) {
          expect(text.trim(), `en ${key}`).not.toBe("");
          expect(zh(name, key).trim(), `zh-hk ${key}`).not.toBe("");
        }
      });

      it("translates every string (zh-HK is not the English text, and is written in Chinese)", () => {
        for (const [key, text] of entries(name)) {
          if (!sameInBoth[name]?.includes(key)) expect(zh(name, key), `${name} ${key}`).not.toBe(text);
          if (!notChinese[name]?.includes(key)) {
            expect(/[\u3400-\u9fff]/.test(zh(name, key)), `${name} ${key} should contain Chinese characters`).toBe(
              true,
            );
          }
        }
      });

      it("uses the same placeholders in both locales", () => {
        for (const [key, text] of entries(name)) expect(placeholders(zh(name, key)), key).toEqual(placeholders(text));
      });
    });
  }

  it("the allow-lists name keys that exist", () => {
    for (const list of [sameInBoth, notChinese]) {
      for (const [name, keys] of Object.entries(list)) {
        for (const key of keys ?? []) expect(Object.keys(packs[name as PackName].en), key).toContain(key);
      }
    }
  });

  it("fills placeholders through the one translator", () => {
    expect(useTranslations("zh-hk")("footer.copyright", { year: "2026", firm: "測試" })).toBe(
      "© 2026 測試。版權所有。",
    );
    expect(useTranslations("en", "staffArea")("lead.title", { reference: "ENQ-2026-AAAAAAAA" })).toBe(
      "Lead ENQ-2026-AAAAAAAA",
    );
    expect(useTranslations("zh-hk", "staffArea")("inbox.count", { count: 3 })).toBe("3 項查詢");
    expect(() => useTranslations("en", "staffArea")("lead.title")).toThrow(/reference/);
  });

  it("keeps a brace that opens no placeholder as text (the rates file's JSON shape)", () => {
    expect(useTranslations("en", "staff")("rates.importHelp")).toContain(
      '{ "currency": "HKD", "soc2": [lowest, highest]',
    );
    expect(useTranslations("zh-hk", "staff")("rates.importHelp")).toContain('"iso42001": [最低, 最高] }');
  });
});
