import { z } from "zod";
import { parsePath } from "./svg-path.ts";

const localized = z.object({ en: z.string().min(1), "zh-hk": z.string().min(1) }).strict();

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
    /** The mark drawn in the header, the favicon and the PDF: a square `size` × `size` box of paths. */
    logo: z.object({ size: z.number().positive(), paths: z.array(logoPath).min(1) }).strict(),
    people: z.array(person).default([]),
  })
  .strict();

export type Firm = z.infer<typeof firmSchema>;
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
