import { defineCollection } from "astro:content";
import { glob } from "astro/loaders";
import { z } from "astro/zod";

/**
 * Content pages: `content/pages/<locale>/<slug>.mdx`. Both locales carry the same slugs (a test checks parity).
 * The entry id is `<locale>/<slug>` with `index` for a locale's home page.
 */
const pages = defineCollection({
  loader: glob({
    pattern: "**/*.mdx",
    base: "./content/pages",
    generateId: ({ entry }) => entry.replace(/\.mdx$/, ""),
  }),
  schema: z
    .object({
      title: z.string().min(3),
      /** Meta description: unique per page, at most about 160 characters. */
      description: z.string().min(30).max(200),
      /** Heading shown on the page when it should differ from the document title. */
      heading: z.string().optional(),
      lastReviewed: z.coerce.date(),
      sources: z
        .array(
          z.object({
            title: z.string(),
            url: z.url(),
            publisher: z.string().optional(),
            date: z.string().optional(),
            /** When we last checked the link and the facts the page takes from it (YYYY-MM-DD). */
            reviewed: z.coerce.date().optional(),
            /** Commentary listed as further reading: never the source of a statement on the page. */
            further: z.boolean().default(false),
          }),
        )
        .default([]),
      /** Slugs of related pages in the same locale. */
      related: z.array(z.string()).default([]),
      /** Questions and answers rendered as an FAQ section with FAQPage structured data. */
      faq: z.array(z.object({ q: z.string(), a: z.string() })).default([]),
      /** Marks a page whose full text is still being written (shown plainly to readers). */
      placeholder: z.array(z.string()).optional(),
    })
    .strict(),
});

export const collections = { pages };
