import { z } from "zod";

const localized = z.object({ en: z.string().min(1), "zh-hk": z.string().min(1) }).strict();

const variantSchema = z
  .object({
    /** A literal spelling to flag. */
    text: z.string().min(1).optional(),
    /** A regular expression to flag (for spellings that are right in other contexts). */
    pattern: z.string().min(1).optional(),
    /** Flag only in sentences that match this expression. */
    when: z.string().min(1).optional(),
    /** Never flag in sentences that match this expression. */
    unless: z.string().min(1).optional(),
  })
  .strict()
  .refine((v) => Boolean(v.text) !== Boolean(v.pattern), "a variant has either `text` or `pattern`");

/** Schema of `content/glossary.yaml`: the site's Chinese terms, their variants and the official document titles. */
export const glossarySchema = z
  .object({
    terms: z.array(
      z
        .object({
          id: z.string().regex(/^[a-z0-9-]+$/),
          group: z.enum(["soc", "iso", "hk", "general"]),
          en: z.string().min(1),
          "zh-hk": z.string().min(1),
          definition: localized,
          /** `pages`: the rule applies to the content pages only (their register); default: every zh file. */
          scope: z.enum(["pages", "all"]).default("all"),
          variants: z.array(variantSchema).default([]),
        })
        .strict(),
    ),
    documents: z.array(z.object({ en: z.string().min(1), "zh-hk": z.string().min(1), checked: z.boolean() }).strict()),
  })
  .strict();

export type Glossary = z.infer<typeof glossarySchema>;
export type GlossaryTerm = Glossary["terms"][number];

/** Validates the parsed glossary; throws a readable message listing every problem. */
export function parseGlossary(raw: unknown, source = "content/glossary.yaml"): Glossary {
  const result = glossarySchema.safeParse(raw);
  if (!result.success) {
    const problems = result.error.issues.map((i) => `  - ${i.path.join(".") || "(root)"}: ${i.message}`);
    throw new Error(`${source} is not valid:\n${problems.join("\n")}`);
  }
  return result.data;
}

/** One variant spelling found in a text. */
export interface VariantFinding {
  readonly term: string;
  readonly preferred: string;
  readonly found: string;
  readonly sentence: string;
}

/** Sentences of Chinese text, split on full stops, semicolons and line breaks. */
export function sentences(text: string): string[] {
  return text.split(/[。！？；\n]/).filter((s) => s.trim() !== "");
}

/**
 * Every variant of a glossary term in `text`. `where` says whether the text is a content page (all rules) or another
 * zh string file (rules scoped to pages are skipped).
 */
export function findVariants(glossary: Glossary, text: string, where: "pages" | "strings"): VariantFinding[] {
  const findings: VariantFinding[] = [];
  const parts = sentences(text);
  for (const term of glossary.terms) {
    if (term.scope === "pages" && where !== "pages") continue;
    for (const variant of term.variants) {
      const matcher = variant.pattern
        ? new RegExp(variant.pattern, "g")
        : new RegExp(escapeRegExp(variant.text ?? ""), "g");
      const when = variant.when ? new RegExp(variant.when) : undefined;
      const unless = variant.unless ? new RegExp(variant.unless) : undefined;
      for (const sentence of parts) {
        if (when && !when.test(sentence)) continue;
        if (unless?.test(sentence)) continue;
        for (const match of sentence.matchAll(matcher)) {
          findings.push({ term: term.id, preferred: term["zh-hk"], found: match[0], sentence: sentence.trim() });
        }
      }
    }
  }
  return findings;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
