import { describe, expect, it } from "vitest";
import { en, methodPageText, placeholders, zhHk } from "../../../src/i18n/method-page.ts";

const keys = Object.keys(en) as (keyof typeof en)[];

describe("method page strings", () => {
  it("every English string has a non-blank Traditional Chinese string, and no extra keys exist", () => {
    expect(Object.keys(zhHk).sort()).toEqual([...keys].sort());
    for (const key of keys) expect(zhHk[key].trim(), key).not.toBe("");
  });

  it("zh-HK strings are written in Chinese, not copied from English", () => {
    // Symbols only: a multiplication sign and the full-width colon.
    const symbolsOnly = new Set(["factor", "punct.colon"]);
    for (const key of keys) {
      if (symbolsOnly.has(key)) continue;
      expect(/[\u3400-\u9fff]/.test(zhHk[key]), `${key} should contain Chinese characters`).toBe(true);
      expect(zhHk[key], key).not.toBe(en[key]);
    }
  });

  it("both locales use the same placeholders in every string", () => {
    const set = (text: string) => [...new Set(placeholders(text))].sort();
    for (const key of keys) expect(set(zhHk[key]), key).toEqual(set(en[key]));
  });

  it("fills placeholders with the given values in either locale", () => {
    expect(methodPageText("en").t("unit.days", { n: "3.5" })).toBe("3.5 days");
    expect(methodPageText("zh-hk").t("range.between", { from: "1", to: "10" })).toBe("1 至 10");
  });

  it("a placeholder without a value fails instead of showing a raw {name}", () => {
    expect(() => methodPageText("en").t("unit.days")).toThrow(/\{n\}/);
  });

  it("keeps link values as separate parts so the page renders them as anchors", () => {
    const parts = methodPageText("en").rich("version.notAudit", {
      terms: { href: "/en/terms/", text: "terms and disclaimer" },
    });
    expect(parts).toContainEqual({ href: "/en/terms/", text: "terms and disclaimer" });
    expect(parts.filter((p) => typeof p === "string").join("")).toContain("self-assessment aid");
    expect(parts.every((p) => p !== "")).toBe(true);
  });
});
