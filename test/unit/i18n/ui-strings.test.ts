import { describe, expect, it } from "vitest";
import { uiPack, useTranslations } from "../../../src/i18n/index.ts";
import { en } from "../../../src/i18n/ui/en.ts";
import { zhHk } from "../../../src/i18n/ui/zh-hk.ts";

describe("UI strings", () => {
  it("every English key has a non-blank Traditional Chinese text, and no extra keys exist", () => {
    expect(Object.keys(zhHk).sort()).toEqual(Object.keys(en).sort());
    for (const [key, text] of Object.entries(zhHk)) expect(text.trim(), key).not.toBe("");
  });

  it("zh-HK strings are written in Chinese, not copied from English", () => {
    const untranslatable = new Set([
      "nav.soc2",
      "nav.iso42001",
      "site.switchTo",
      "assess.refsSoc2",
      "assess.refsIso",
      "results.filterSoc2",
      "results.filterIso",
    ]);
    for (const [key, text] of Object.entries(zhHk)) {
      if (untranslatable.has(key)) continue;
      expect(/[\u3400-\u9fff]/.test(text), `${key} should contain Chinese characters`).toBe(true);
    }
  });

  it("placeholders are filled, and both locales use the same placeholders", () => {
    const t = useTranslations("zh-hk");
    expect(t("footer.copyright", { year: 2026, firm: "測試" })).toBe("© 2026 測試。版權所有。");
    const placeholders = (s: string) => (s.match(/\{\w+\}/g) ?? []).sort();
    const zh = uiPack("zh-hk");
    for (const [key, text] of Object.entries(en)) {
      expect(placeholders(zh[key as keyof typeof en]), key).toEqual(placeholders(text));
    }
  });
});
