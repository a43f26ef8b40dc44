import { describe, expect, it } from "vitest";
import { useTranslations } from "../../../src/i18n/index.ts";

describe("method page strings", () => {
  it("fills placeholders with the given values in either locale", () => {
    expect(useTranslations("en", "methodPage")("unit.days", { n: "3.5" })).toBe("3.5 days");
    expect(useTranslations("zh-hk", "methodPage")("range.between", { from: "1", to: "10" })).toBe("1 至 10");
  });

  it("a placeholder without a value fails instead of showing a raw {name}", () => {
    expect(() => useTranslations("en", "methodPage")("unit.days")).toThrow(/\{n\}/);
  });

  it("keeps link values as separate parts so the page renders them as anchors", () => {
    const parts = useTranslations("en", "methodPage").rich("version.notAudit", {
      terms: { href: "/en/terms/", text: "terms and disclaimer" },
    });
    expect(parts).toContainEqual({ href: "/en/terms/", text: "terms and disclaimer" });
    expect(parts.filter((p) => typeof p === "string").join("")).toContain("self-assessment aid");
    expect(parts.every((p) => p !== "")).toBe(true);
  });
});
