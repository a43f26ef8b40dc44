import { z } from "zod";

const localized = z.object({ en: z.string().min(1), "zh-hk": z.string().min(1) }).strict();

/** ISO/IEC 27001:2022 Annex A: 37 organisational (5.x), 8 people (6.x), 14 physical (7.x), 34 technological (8.x). */
const annexACounts: Record<string, number> = { "5": 37, "6": 8, "7": 14, "8": 34 };
/** NIST AI RMF 1.0 categories per function. */
const nistCounts: Record<string, number> = { GOVERN: 6, MAP: 5, MEASURE: 4, MANAGE: 4 };

const iso27001Ref = z.string().refine((ref) => {
  if (/^cl\. (4|5|6|7|8|9|10)(\.\d+){0,2}$/.test(ref)) return true;
  const m = /^([5-8])\.(\d+)$/.exec(ref);
  return Boolean(m?.[1] && m[2] && Number(m[2]) >= 1 && Number(m[2]) <= (annexACounts[m[1]] ?? 0));
}, "an ISO/IEC 27001:2022 Annex A control (5.1 to 8.34) or a clause written “cl. 6.1.2”");

const nistRef = z.string().refine((ref) => {
  const m = /^(GOVERN|MAP|MEASURE|MANAGE) (\d)$/.exec(ref);
  return Boolean(m?.[1] && m[2] && Number(m[2]) >= 1 && Number(m[2]) <= (nistCounts[m[1]] ?? 0));
}, "a NIST AI RMF category such as “GOVERN 1” or “MAP 5”");

/** Schema of `content/framework-map.yaml`: themes with their references in each framework. */
export const frameworkMapSchema = z
  .object({
    themes: z.array(
      z
        .object({
          id: z.string().regex(/^[a-z0-9-]+$/),
          title: localized,
          soc2: z.array(z.string()),
          iso27001: z.array(iso27001Ref),
          iso42001: z.array(z.string()),
          nist: z.array(nistRef),
        })
        .strict(),
    ),
  })
  .strict();

export type FrameworkMap = z.infer<typeof frameworkMapSchema>;

/** Validates the parsed map; throws a readable message listing every problem. */
export function parseFrameworkMap(raw: unknown, source = "content/framework-map.yaml"): FrameworkMap {
  const result = frameworkMapSchema.safeParse(raw);
  if (!result.success) {
    const problems = result.error.issues.map((i) => `  - ${i.path.join(".") || "(root)"}: ${i.message}`);
    throw new Error(`${source} is not valid:\n${problems.join("\n")}`);
  }
  return result.data;
}
