import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { parseFirm } from "../../../src/lib/firm.ts";

const shipped = parse(readFileSync("content/firm.yaml", "utf8"));

describe("firm settings", () => {
  it("the shipped settings file is valid and names the firm in both languages", () => {
    const firm = parseFirm(shipped);
    expect(firm.name.en).not.toBe("");
    expect(firm.name["zh-hk"]).toMatch(/[\u3400-\u9fff]/);
  });

  it("a broken settings file fails with every problem listed by path", () => {
    const broken = { ...shipped, email: "not-an-email", name: { en: "Only English" } };
    expect(() => parseFirm(broken, "firm.yaml")).toThrowError(
      /firm\.yaml is not valid:(?=[\s\S]*email)(?=[\s\S]*name\.zh-hk)/,
    );
  });
});

describe("the firm's optional indicative day rates and logo", () => {
  it("are optional: the shipped settings have none, so no fee is published", () => {
    const firm = parseFirm(shipped);
    expect(firm.indicativeDayRates).toBeUndefined();
    expect(firm.logo).toBeUndefined();
  });

  it("a day-rate range needs an ISO currency code and its lowest rate first", () => {
    const rates = { currency: "HKD", soc2: [12000, 18000], iso42001: [14000, 20000] };
    expect(parseFirm({ ...shipped, indicativeDayRates: rates }).indicativeDayRates).toEqual(rates);
    expect(() => parseFirm({ ...shipped, indicativeDayRates: { ...rates, soc2: [18000, 12000] } })).toThrow(
      /indicativeDayRates\.soc2/,
    );
    expect(() => parseFirm({ ...shipped, indicativeDayRates: { ...rates, currency: "hk$" } })).toThrow(
      /indicativeDayRates\.currency/,
    );
  });

  it("a logo is a PNG or JPEG under public/, with its text in both languages", () => {
    const logo = { src: "/brand/logo.png", alt: { en: "Example", "zh-hk": "示例" } };
    expect(parseFirm({ ...shipped, logo }).logo).toEqual(logo);
    expect(() => parseFirm({ ...shipped, logo: { ...logo, src: "https://cdn.example/logo.svg" } })).toThrow(
      /logo\.src/,
    );
  });
});
