import { z } from "zod";
import { parsePath } from "./svg-path.ts";

const localized = z.object({ en: z.string().min(1), "zh-hk": z.string().min(1) }).strict();

/**
 * The firm's registration with the Accounting and Financial Reporting Council, which has registered CPA firms and
 * corporate practices since 1 October 2022 (Cap. 588). `number: null` means the firm has not set it yet: every place
 * that shows the registration then shows a visible placeholder instead.
 */
const registrationSchema = z
  .object({
    regulator: z.literal("AFRC"),
    kind: z.enum(["corporate-practice", "cpa-firm"]),
    number: z
      .string()
      .regex(/^[A-Z0-9][A-Z0-9/-]*$/, "an AFRC registration number in capitals and digits")
      .nullable(),
  })
  .strict();

/**
 * The standard the firm signs SOC 2 reports under: the AICPA attestation standards (AT-C sections 105 and 205 as
 * amended by SSAE No. 21), HKSAE 3000 (Revised) with the Trust Services Criteria as the criteria, or both.
 */
export const soc2Bases = ["aicpa", "hksae3000", "both"] as const;
export type Soc2Basis = (typeof soc2Bases)[number];

/**
 * ISO/IEC 42001 certification status. Only an accreditation with a named body, a number and a scope that names
 * ISO/IEC 42001 counts as accredited; otherwise the site says plainly that the firm's certificates are not accredited.
 */
const iso42001Schema = z.discriminatedUnion("status", [
  z.object({ status: z.literal("not-accredited") }).strict(),
  z
    .object({
      status: z.literal("accredited"),
      accreditationBody: localized,
      accreditationNumber: z.string().min(1),
      scope: localized.refine((s) => s.en.includes("ISO/IEC 42001"), "the accredited scope must name ISO/IEC 42001"),
    })
    .strict(),
]);

/** What the firm may say about itself: everything the site, the footer and the PDF claim comes from here. */
const standingSchema = z
  .object({
    registration: registrationSchema,
    soc2: z.object({ basis: z.enum(soc2Bases) }).strict(),
    iso42001: iso42001Schema,
  })
  .strict();

/** One shape of the logo: SVG path data and the role of its colour (see `logo` in content/firm.yaml). */
const logoPath = z
  .object({
    fill: z.enum(["primary", "accent", "contrast"]),
    d: z.string().superRefine((d, ctx) => {
      try {
        parsePath(d);
      } catch (error) {
        ctx.addIssue({ code: "custom", message: `path data: ${(error as Error).message}` });
      }
    }),
  })
  .strict();

/** A person shown on the home page. `placeholder: true` marks shipped example entries visibly on the page. */
const person = z
  .object({
    name: localized,
    role: localized,
    credentials: localized.optional(),
    /** A square photo under public/, e.g. /people/jane.jpg. */
    photo: z
      .string()
      .regex(/^\/[\w./-]+\.(?:jpe?g|png|webp|avif)$/, "a path under public/, such as /people/name.jpg")
      .optional(),
    placeholder: z.boolean().default(false),
  })
  .strict();

/** Schema of `content/firm.yaml`: the firm's identity and standing as shown on the site and in reports. */
/** A day-rate range [lowest, highest], both positive, lowest first. */
const dayRateRange = z
  .tuple([z.number().positive(), z.number().positive()])
  .refine(([low, high]) => low <= high, "the lowest rate comes first");

/** Schema of `content/firm.yaml`: the firm's identity as shown on the site and in reports. */
export const firmSchema = z
  .object({
    /** True while the file holds example details; the footer, the about page and the PDF then say so. */
    example: z.boolean(),
    siteUrl: z.url(),
    name: localized,
    shortName: localized,
    tagline: localized,
    standing: standingSchema,
    address: localized,
    email: z.email(),
    phone: z.string().min(3),
    privacyOfficer: z.object({ email: z.email(), title: localized }).strict(),
    /** The mark drawn in the header, the favicon and the PDF: a square `size` × `size` box of paths. */
    logo: z.object({ size: z.number().positive(), paths: z.array(logoPath).min(1) }).strict(),
    people: z.array(person).default([]),
    /**
     * Optional: the indicative day-rate range the firm is willing to publish, per framework. When set, the results
     * show indicative fee ranges labelled "indicative, not a quote"; when absent, no fee is shown anywhere public.
     */
    /**
     * The client-facing fee proposal's terms (src/report/proposal/): how long a proposal stays valid, payment terms,
     * how expenses are charged, the assumptions fees rest on, and who signs for the firm. Optional: without it the
     * proposal prints a visible placeholder for each.
     */
    proposal: z
      .object({
        validityDays: z.number().int().positive().max(365),
        paymentTerms: z.array(localized).min(1),
        expenses: localized,
        assumptions: z.array(localized).min(1),
        signatory: z.object({ name: localized, title: localized }).strict(),
      })
      .strict()
      .optional(),
    indicativeDayRates: z
      .object({
        currency: z.string().regex(/^[A-Z]{3}$/, "an ISO 4217 code such as HKD"),
        soc2: dayRateRange,
        iso42001: dayRateRange,
      })
      .strict()
      .optional(),
  })
  .strict();

export type Firm = z.infer<typeof firmSchema>;
export type FirmStanding = Firm["standing"];
export type FirmLogo = Firm["logo"];
export type FirmPerson = Firm["people"][number];

/** Validates a parsed firm settings document; throws one readable message listing every problem. */
export function parseFirm(raw: unknown, source = "content/firm.yaml"): Firm {
  const result = firmSchema.safeParse(raw);
  if (!result.success) {
    const problems = result.error.issues.map((i) => `  - ${i.path.join(".") || "(root)"}: ${i.message}`);
    throw new Error(`${source} is not valid:\n${problems.join("\n")}`);
  }
  return result.data;
}
