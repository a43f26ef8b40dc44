/**
 * No locale branches in components, islands, pages or layouts: copy lives in the packs (src/i18n/<locale>/), and
 * locale-specific data (Intl tags, self names, PDF and calendar language) in lookups by locale (src/i18n/locales.ts).
 * Covers the staff area, its API and the fee proposal PDF too.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";

const root = join(import.meta.dirname, "../../..");
const branch = /[!=]==?\s*["'](en|zh-hk)["']|["'](en|zh-hk)["']\s*[!=]==?/;

function files(dir: string): string[] {
  return readdirSync(join(root, dir), { recursive: true })
    .map(String)
    .filter((name) => /\.(astro|tsx?|mdx)$/.test(name))
    .map((name) => join(dir, name));
}

describe("locale branches", () => {
  it("no component, island, page, layout, API route, server, CLI or fee proposal code compares the locale with a literal", () => {
    const found: string[] = [];
    for (const file of [
      "src/components",
      "src/islands",
      "src/pages",
      "src/layouts",
      "src/report/proposal",
      "src/server",
      "src/cli",
    ].flatMap(files)) {
      readFileSync(join(root, file), "utf8")
        .split("\n")
        .forEach((line, i) => {
          if (branch.test(line)) found.push(`${relative(root, join(root, file))}:${i + 1}: ${line.trim()}`);
        });
    }
    expect(found).toEqual([]);
  });
});
