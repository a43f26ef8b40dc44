/**
 * Every public page path, known when the tests are collected (before the server runs), so each page can be its own
 * test: the MDX pages under content/pages in both locales, plus the pages built from data. A test checks that the
 * sitemap lists exactly these, so no page escapes the per-page checks.
 */
import { readdirSync } from "node:fs";
import { join, relative } from "node:path";
import { localePath, locales } from "../../src/i18n/locales.ts";
import { entryLocaleSlug } from "../../src/lib/pages.ts";

function mdx(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? mdx(join(dir, entry.name)) : entry.name.endsWith(".mdx") ? [join(dir, entry.name)] : [],
  );
}

const root = "content/pages";
const fromContent = mdx(root).map((file) => {
  const { locale, slug } = entryLocaleSlug(relative(root, file).replace(/\.mdx$/, ""));
  return localePath(locale, slug);
});
const fromData = locales.flatMap((locale) => [localePath(locale, "method"), localePath(locale, "assessment")]);

export const sitePages: readonly string[] = [...new Set([...fromContent, ...fromData])].sort();
