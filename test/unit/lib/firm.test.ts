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
