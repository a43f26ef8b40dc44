/**
 * Content pages never restate a figure of the method by hand: a range or a minimum the method publishes must come
 * from <MethodFigure>, <IsoDaysTable> or a {{figure}} token, so a page cannot disagree with the engine.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { allFigures } from "../../../src/engine/published.ts";
import { method } from "../engine/support.ts";

function mdxFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? mdxFiles(join(dir, entry.name)) : entry.name.endsWith(".mdx") ? [join(dir, entry.name)] : [],
  );
}

const units = "(?:months?|weeks?|days?|audit days|個月|個星期|週|星期|日)";

describe("content pages take method figures from the data", () => {
  const figures = Object.entries(allFigures(method));
  const pages = mdxFiles("content/pages").map((file) => ({ file, text: readFileSync(file, "utf8") }));

  it("no page types a range of the method (for example 2–4 months or 8 至 16 週)", () => {
    const found: string[] = [];
    for (const [name, figure] of figures) {
      if (figure.kind !== "range" || figure.min === figure.max) continue;
      const pattern = new RegExp(`(?<![\\d.])${figure.min}\\s*(?:–|-|to|至)\\s*${figure.max}(?![\\d.])\\s*${units}`);
      for (const page of pages) if (pattern.test(page.text)) found.push(`${page.file}: ${name}`);
    }
    expect(found).toEqual([]);
  });

  it("no page types the minimum or annual SOC 2 observation period", () => {
    const { minObservationMonths, annualObservationMonths } = method.estimation.soc2.engagement;
    const found: string[] = [];
    for (const months of [minObservationMonths, annualObservationMonths]) {
      const pattern = new RegExp(`(?:at least|minimum of|最少)\\s*${months}\\s*(?:months|個月)`);
      for (const page of pages) if (pattern.test(page.text)) found.push(`${page.file}: ${months} months`);
    }
    expect(found).toEqual([]);
  });
});
