import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";

const root = "content/pages";

function mdxFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? mdxFiles(path) : name.endsWith(".mdx") ? [path] : [];
  });
}

function frontmatter(path: string): Record<string, unknown> {
  const match = /^---\n([\s\S]*?)\n---/.exec(readFileSync(path, "utf8"));
  if (!match?.[1]) throw new Error(`${path} has no frontmatter`);
  return parse(match[1]);
}

const en = mdxFiles(join(root, "en"))
  .map((p) => relative(join(root, "en"), p))
  .sort();
const zh = mdxFiles(join(root, "zh-hk"))
  .map((p) => relative(join(root, "zh-hk"), p))
  .sort();

describe("content pages", () => {
  it("both locales have exactly the same set of pages", () => {
    expect(zh).toEqual(en);
  });

  it("every page has a unique title and description within its locale", () => {
    for (const locale of ["en", "zh-hk"]) {
      const metas = en.map((slug) => frontmatter(join(root, locale, slug)));
      const titles = metas.map((m) => m.title);
      const descriptions = metas.map((m) => m.description);
      expect(new Set(titles).size, `${locale} titles`).toBe(titles.length);
      expect(new Set(descriptions).size, `${locale} descriptions`).toBe(descriptions.length);
    }
  });

  it("zh-HK pages are written in Chinese", () => {
    for (const slug of zh) {
      const meta = frontmatter(join(root, "zh-hk", slug));
      expect(String(meta.title), slug).toMatch(/[\u3400-\u9fff]/);
    }
  });
});
