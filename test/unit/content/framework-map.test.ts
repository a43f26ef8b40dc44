import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { parseFrameworkMap } from "../../../src/lib/framework-map.ts";

const map = parseFrameworkMap(parse(readFileSync("content/framework-map.yaml", "utf8")));
const frameworks = parse(readFileSync("content/assessment/frameworks.yaml", "utf8")) as {
  tsc: { criteria: string[] }[];
  iso42001: { clauses: { id: string }[]; annexA: { controls: { id: string }[] }[] };
};
const tscIds = new Set(frameworks.tsc.flatMap((c) => c.criteria));
const isoIds = new Set([
  ...frameworks.iso42001.clauses.map((c) => c.id),
  ...frameworks.iso42001.annexA.flatMap((d) => d.controls.map((c) => c.id)),
]);

describe("the cross-framework map", () => {
  it("cites only Trust Services Criteria that exist", () => {
    const unknown = map.themes.flatMap((t) => t.soc2.filter((id) => !tscIds.has(id)).map((id) => `${t.id}: ${id}`));
    expect(unknown).toEqual([]);
  });

  it("cites only ISO/IEC 42001 clauses and Annex A controls that exist", () => {
    const unknown = map.themes.flatMap((t) => t.iso42001.filter((id) => !isoIds.has(id)).map((id) => `${t.id}: ${id}`));
    expect(unknown).toEqual([]);
  });

  it("rejects an ISO/IEC 27001:2022 Annex A control beyond the 93 the standard has, or an unknown NIST category", () => {
    const theme = { id: "x", title: { en: "X", "zh-hk": "甲" }, soc2: [], iso42001: [] };
    expect(() => parseFrameworkMap({ themes: [{ ...theme, iso27001: ["5.38"], nist: [] }] })).toThrow(/Annex A/);
    expect(() => parseFrameworkMap({ themes: [{ ...theme, iso27001: [], nist: ["MAP 6"] }] })).toThrow(/NIST/);
  });

  it("has a title in both languages for every theme and no theme without references", () => {
    for (const theme of map.themes) {
      expect(theme.title["zh-hk"], theme.id).toMatch(/[\u3400-\u9fff]/);
      const refs = theme.soc2.length + theme.iso27001.length + theme.iso42001.length + theme.nist.length;
      expect(refs, theme.id).toBeGreaterThan(0);
    }
  });
});
