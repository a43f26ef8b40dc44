import { z } from "zod";

const localized = z.object({ en: z.string().min(1), "zh-hk": z.string().min(1) }).strict();
const isoDate = z.iso.date();

const base = {
  /** The reference printed on the certificate or report; also the anchor of its row on the verification page. */
  id: z.string().regex(/^[A-Z0-9][A-Z0-9-]*$/),
  /** An example entry (fictitious holder): shown and labelled as an example, never as a real certificate. */
  example: z.boolean(),
  holder: localized,
  scope: localized,
  standard: z.string().min(1),
  status: z.enum(["valid", "suspended", "withdrawn"]),
  issued: isoDate,
  /** When the current status took effect (suspensions and withdrawals). */
  statusSince: isoDate.optional(),
};

const entrySchema = z.discriminatedUnion("kind", [
  z.object({ ...base, kind: z.literal("iso42001-certificate"), expires: isoDate }).strict(),
  z
    .object({ ...base, kind: z.enum(["soc2-report", "soc3-report"]), periodStart: isoDate, periodEnd: isoDate })
    .strict(),
]);

/** Schema of `content/verification.yaml`: the certificates and reports the firm has issued. */
export const verificationSchema = z
  .object({ entries: z.array(entrySchema) })
  .strict()
  .superRefine((data, ctx) => {
    const seen = new Set<string>();
    data.entries.forEach((entry, i) => {
      if (seen.has(entry.id)) ctx.addIssue({ code: "custom", path: ["entries", i, "id"], message: "duplicate id" });
      seen.add(entry.id);
      if (entry.status !== "valid" && !entry.statusSince) {
        ctx.addIssue({ code: "custom", path: ["entries", i, "statusSince"], message: "needed when not valid" });
      }
      if (entry.example && !/example/i.test(entry.holder.en)) {
        ctx.addIssue({
          code: "custom",
          path: ["entries", i, "holder"],
          message: "an example entry's holder must say it is an example",
        });
      }
    });
  });

export type VerificationEntry = z.infer<typeof verificationSchema>["entries"][number];

/** Validates the parsed register; throws a readable message listing every problem. */
export function parseVerification(raw: unknown, source = "content/verification.yaml"): VerificationEntry[] {
  const result = verificationSchema.safeParse(raw);
  if (!result.success) {
    const problems = result.error.issues.map((i) => `  - ${i.path.join(".") || "(root)"}: ${i.message}`);
    throw new Error(`${source} is not valid:\n${problems.join("\n")}`);
  }
  return result.data.entries;
}
