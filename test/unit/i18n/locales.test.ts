import { describe, expect, it } from "vitest";
import { localePath, negotiateLocale, splitLocalePath } from "../../../src/i18n/locales.ts";

describe("locale paths", () => {
  it("builds trailing-slash paths under the locale prefix", () => {
    expect(localePath("en")).toBe("/en/");
    expect(localePath("zh-hk", "soc-2")).toBe("/zh-hk/soc-2/");
    expect(localePath("en", "/hong-kong-regulators/hkma/")).toBe("/en/hong-kong-regulators/hkma/");
  });

  it("splits a path into locale and slug so the switcher keeps the reader on the same page", () => {
    expect(splitLocalePath("/zh-hk/soc-2/")).toEqual({ locale: "zh-hk", slug: "soc-2" });
    expect(splitLocalePath("/en/")).toEqual({ locale: "en", slug: "" });
    expect(splitLocalePath("/fr/x/")).toEqual({ locale: undefined, slug: "fr/x" });
  });
});

describe("Accept-Language negotiation", () => {
  it("sends Hong Kong, Macau, Taiwan and Traditional-script Chinese readers to zh-hk", () => {
    expect(negotiateLocale("zh-HK,zh;q=0.9,en;q=0.8")).toBe("zh-hk");
    expect(negotiateLocale("zh-Hant-TW")).toBe("zh-hk");
    expect(negotiateLocale("zh-MO")).toBe("zh-hk");
  });

  it("prefers English when English ranks higher or nothing matches", () => {
    expect(negotiateLocale("en-GB,en;q=0.9,zh-HK;q=0.5")).toBe("en");
    expect(negotiateLocale("fr-FR")).toBe("en");
    expect(negotiateLocale("")).toBe("en");
    expect(negotiateLocale(null)).toBe("en");
    expect(negotiateLocale("zh-HK;q=0")).toBe("en");
  });
});
