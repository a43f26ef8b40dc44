import { z } from "zod";

const localized = z.object({ en: z.string().min(1), "zh-hk": z.string().min(1) }).strict();

/** Schema of `content/firm.yaml`: the firm's identity as shown on the site and in reports. */
export const firmSchema = z
  .object({
    siteUrl: z.url(),
    name: localized,
    shortName: localized,
    tagline: localized,
    licences: z.array(localized).min(1),
    address: localized,
    email: z.email(),
    phone: z.string().min(3),
    privacyOfficer: z.object({ email: z.email(), title: localized }).strict(),
  })
  .strict();

export type Firm = z.infer<typeof firmSchema>;

/** Validates a parsed firm settings document; throws one readable message listing every problem. */
export function parseFirm(raw: unknown, source = "content/firm.yaml"): Firm {
  const result = firmSchema.safeParse(raw);
  if (!result.success) {
    const problems = result.error.issues.map((i) => `  - ${i.path.join(".") || "(root)"}: ${i.message}`);
    throw new Error(`${source} is not valid:\n${problems.join("\n")}`);
  }
  return result.data;
}
