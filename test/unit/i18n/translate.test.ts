import { describe, expect, it } from "vitest";
import { createT, fillParts, placeholders } from "../../../src/i18n/translate.ts";

const pack = {
  hello: "Hello, {name}.",
  count: "{n} items",
  days: "{count, plural, =0 {no days} one {# day} other {# days}}",
  gaps: "{count, plural, one {# gap} other {# gaps}} in {area}",
  blank: " ",
  link: "See our {terms} first.",
} as const;
const zhPack = { ...pack, days: "{count, plural, other {# 日}}", gaps: "{area}有 {count, plural, other {# 項差距}}" };

describe("createT", () => {
  it("fills {name} placeholders", () => {
    expect(createT("en", pack)("hello", { name: "Ada" })).toBe("Hello, Ada.");
  });

  it("formats numbers for the locale", () => {
    expect(createT("en", pack)("count", { n: 12345.5 })).toBe("12,345.5 items");
    expect(createT("zh-hk", pack)("count", { n: 12345.5 })).toBe("12,345.5 items");
    const oneDecimal = new Intl.NumberFormat("en-HK", { maximumFractionDigits: 1 });
    expect(createT("en", pack, { numberFormat: oneDecimal })("count", { n: 2.25 })).toBe("2.3 items");
  });

  it("chooses English plurals by Intl.PluralRules, with exact matches first", () => {
    const t = createT("en", pack);
    expect(t("days", { count: 0 })).toBe("no days");
    expect(t("days", { count: 1 })).toBe("1 day");
    expect(t("days", { count: 2 })).toBe("2 days");
    expect(t("days", { count: 1500 })).toBe("1,500 days");
    expect(t("gaps", { count: 1, area: "SOC 2" })).toBe("1 gap in SOC 2");
  });

  it("uses the one zh-HK plural category (other)", () => {
    const t = createT("zh-hk", zhPack);
    expect(new Intl.PluralRules("zh-HK").resolvedOptions().pluralCategories).toEqual(["other"]);
    expect(t("days", { count: 1 })).toBe("1 日");
    expect(t("days", { count: 3 })).toBe("3 日");
    expect(t("gaps", { count: 1, area: "SOC 2" })).toBe("SOC 2有 1 項差距");
  });

  it("throws on a missing or blank key, and on a placeholder without a value", () => {
    const t = createT("en", pack);
    // @ts-expect-error: not a key of the pack, so a type error too.
    expect(() => t("no.such.key")).toThrow(/Missing en string "no\.such\.key"/);
    expect(() => t("blank")).toThrow(/Missing en string "blank"/);
    expect(() => t("hello")).toThrow(/\{name\}/);
    expect(() => t("days", { count: "2" })).toThrow(/number for \{count\}/);
  });

  it("keeps link values as parts in rich text", () => {
    const parts = createT("en", pack).rich("link", { terms: { href: "/en/terms/", text: "terms" } });
    expect(parts).toEqual(["See our ", { href: "/en/terms/", text: "terms" }, " first."]);
  });
});

describe("template helpers", () => {
  it("lists the placeholders of simple and plural parameters", () => {
    expect(placeholders(pack.gaps)).toEqual(["area", "count"]);
    expect(placeholders("{a} and {a}")).toEqual(["a"]);
  });

  it("is the filler the engine's messages use (a missing value can stay as written)", () => {
    const parts = fillParts<never>("{x} of {y}", {
      value: (name) => (name === "x" ? "1" : `{${name}}`),
      count: () => Number.NaN,
      number: String,
      category: () => "other",
    });
    expect(parts.join("")).toBe("1 of {y}");
  });
});
