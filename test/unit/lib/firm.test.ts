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

  it("the shipped logo is drawable path data and the shipped people are marked as placeholders", () => {
    const firm = parseFirm(shipped);
    expect(firm.logo.paths.length).toBeGreaterThan(0);
    expect(firm.people.length).toBeGreaterThan(0);
    for (const person of firm.people) expect(person.placeholder).toBe(true);
  });

  it("a logo with an arc or a person without a Chinese name fails with the field's path", () => {
    const arc = { ...shipped, logo: { size: 48, paths: [{ fill: "primary", d: "M0 0A5 5 0 0 1 10 10Z" }] } };
    expect(() => parseFirm(arc)).toThrow(/logo\.paths\.0\.d: path data: unsupported path command "A"/);
    const person = { ...shipped, people: [{ name: { en: "A Partner" }, role: { en: "Partner", "zh-hk": "合夥人" } }] };
    expect(() => parseFirm(person)).toThrow(/people\.0\.name\.zh-hk/);
  });

  it("people are real entries unless marked as placeholders", () => {
    const person = { name: { en: "A Partner", "zh-hk": "合夥人" }, role: { en: "Partner", "zh-hk": "合夥人" } };
    expect(parseFirm({ ...shipped, people: [person] }).people[0]?.placeholder).toBe(false);
  });
});
