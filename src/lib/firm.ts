import { z } from "zod";

const localized = z.object({ en: z.string().min(1), "zh-hk": z.string().min(1) }).strict();

/** A day-rate range [lowest, highest], both positive, lowest first. */
const dayRateRange = z
  .tuple([z.number().positive(), z.number().positive()])
  .refine(([low, high]) => low <= high, "the lowest rate comes first");

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
    /**
     * Optional: the indicative day-rate range the firm is willing to publish, per framework. When set, the results
     * show indicative fee ranges labelled "indicative, not a quote"; when absent, no fee is shown anywhere public.
     */
    indicativeDayRates: z
      .object({
        currency: z.string().regex(/^[A-Z]{3}$/, "an ISO 4217 code such as HKD"),
        soc2: dayRateRange,
        iso42001: dayRateRange,
      })
      .strict()
      .optional(),
    /** Optional: the firm's logo for the PDF report, a PNG or JPEG file under public/ (e.g. "/brand/logo.png"). */
    logo: z
      .object({
        src: z.string().regex(/^\/[\w./-]+\.(png|jpe?g)$/, "a .png or .jpg path under public/"),
        alt: localized,
      })
      .strict()
      .optional(),
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
