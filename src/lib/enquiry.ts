/**
 * The enquiry payload: one zod schema shared by the browser form and the server (POST /api/enquiries). No Node or
 * browser imports, so it bundles into the form island and runs in the server and the CLI alike.
 *
 * Every failed check carries one of `enquiryFieldErrorCodes` as its message; `enquiryFieldErrors` turns a zod error
 * into `{ path, code }` pairs and `enquiryErrorKey(code)` gives the message key whose text, in both languages, is in
 * the enquiry pack (`src/i18n/<locale>/enquiry.ts`).
 */
import { z } from "zod";

// The site's Content-Security-Policy forbids eval; zod's JIT would probe for it (a CSP violation in the browser).
// Set before any schema below is built, since objects read the setting when they are created.
z.config({ jitless: true });

/**
 * Where the form sends enquiries. `PUBLIC_ENQUIRY_ENDPOINT`, read at build time, points a static-only deployment at
 * another endpoint; otherwise the site's own route.
 */
export const enquiryEndpoint: string = import.meta.env?.PUBLIC_ENQUIRY_ENDPOINT || "/api/enquiries/";

/**
 * Version of the Personal Information Collection Statement shown beside the form. The form sends the version it
 * showed and the server records it with the lead; change it whenever the statement's text changes.
 */
export const currentPicsVersion = "2026-01";

export const interests = ["soc2_type1", "soc2_type2", "iso42001", "both", "not_sure"] as const;
export type Interest = (typeof interests)[number];

export const timings = ["within_3m", "3_6m", "6_12m", "later", "not_sure"] as const;
export type Timing = (typeof timings)[number];

export const enquiryLocales = ["en", "zh-hk"] as const;

/** Maximum lengths, in characters after trimming. */
export const enquiryLimits = {
  name: 100,
  company: 150,
  email: 254,
  phone: 32,
  role: 100,
  message: 3000,
  website: 200,
  picsVersion: 32,
  answers: 400,
  answerText: 64,
  answerChoices: 50,
} as const;

/** Why a field was refused; each is also the tail of a message key (`enquiry.error.<code>`). */
export const enquiryFieldErrorCodes = [
  "required",
  "too_long",
  "invalid_characters",
  "invalid_email",
  "invalid_phone",
  "invalid_choice",
  "invalid_type",
  "invalid_key",
  "invalid_attachment",
] as const;
export type EnquiryFieldErrorCode = (typeof enquiryFieldErrorCodes)[number];

/** Why a whole request was refused: the `error` member of the endpoint's JSON error bodies (and `network` for the form). */
export const enquiryRequestErrorCodes = [
  "invalid",
  "malformed",
  "too_large",
  "unsupported_media_type",
  "method_not_allowed",
  "forbidden",
  "rate_limited",
  "conflict",
  "server_error",
  "network",
] as const;
export type EnquiryRequestErrorCode = (typeof enquiryRequestErrorCodes)[number];

export type EnquiryErrorKey = `enquiry.error.${EnquiryFieldErrorCode | EnquiryRequestErrorCode}`;

export function enquiryErrorKey(code: EnquiryFieldErrorCode | EnquiryRequestErrorCode): EnquiryErrorKey {
  return `enquiry.error.${code}`;
}

// Control characters (C0, DEL, C1) have no place in a name or a company and could drive a terminal that prints the
// lead (ANSI escapes); the message may keep line breaks and tabs.
const controlCharacter = /\p{Cc}/u;
const controlCharacterExceptLineBreaks = /(?![\n\r\t])\p{Cc}/u;
// Bidirectional formatting characters reorder what a reader sees (a company shown as another, "Trojan Source"); no
// field needs them, since the script of each character already sets its direction.
const bidiControl = /[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/u;
// A surrogate without its pair is not text: SQLite would store it as U+FFFD, changing the value after the 201.
const loneSurrogate = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
// Characters that render as nothing: spaces, format and default-ignorable characters, combining marks on their own,
// the Hangul fillers and the blank Braille pattern. A name made only of these is no name.
const visibleCharacter = /[^\p{White_Space}\p{Cc}\p{Cf}\p{Z}\p{M}\p{Default_Ignorable_Code_Point}\u2800]/u;

/** True when `value` is well-formed Unicode without control or bidirectional formatting characters. */
function cleanText(value: string, allowLineBreaks: boolean): boolean {
  return (
    !(allowLineBreaks ? controlCharacterExceptLineBreaks : controlCharacter).test(value) &&
    !bidiControl.test(value) &&
    !loneSurrogate.test(value)
  );
}

const typeError = { error: (issue: { input: unknown }) => (issue.input === undefined ? "required" : "invalid_type") };
const choiceError = {
  error: (issue: { input: unknown }) => (issue.input === undefined ? "required" : "invalid_choice"),
};

function text(max: number) {
  return z
    .string(typeError)
    .trim()
    .min(1, "required")
    .refine((value) => visibleCharacter.test(value), "required")
    .max(max, "too_long")
    .refine((value) => cleanText(value, false), "invalid_characters");
}

/**
 * A phone number as typed, or undefined when it is not one we accept. Accepted: a Hong Kong number of 8 digits
 * (first digit 2-9) with or without +852 / 852; an international number +CC… of 8 to 15 digits (E.164), with 00 in
 * place of + allowed. Spaces, hyphens, dots and parentheses are ignored. Returns E.164 (`+85291234567`).
 */
export function normalizePhone(raw: string): string | undefined {
  const compact = raw.trim().replace(/[\s\-.()]/g, "");
  const international = compact.startsWith("00") ? `+${compact.slice(2)}` : compact;
  const hongKong = /^(?:\+?852)?([2-9]\d{7})$/.exec(international);
  if (hongKong) return `+852${hongKong[1]}`;
  if (/^\+[1-9]\d{7,14}$/.test(international)) {
    // A +852 number must still be a valid Hong Kong one.
    return international.startsWith("+852") ? undefined : international;
  }
  return undefined;
}

const phone = z
  .string(typeError)
  .trim()
  .max(enquiryLimits.phone, "too_long")
  .refine((value) => cleanText(value, false), "invalid_characters")
  .refine((value) => value === "" || normalizePhone(value) !== undefined, "invalid_phone")
  .transform((value) => (value === "" ? undefined : normalizePhone(value)))
  .optional();

const answerText = z
  .string()
  .max(enquiryLimits.answerText)
  .refine((value) => cleanText(value, false), "invalid_attachment");
const answerValue = z.union(
  [answerText, z.array(answerText).max(enquiryLimits.answerChoices), z.number()],
  "invalid_attachment",
);

/**
 * The attached assessment: the answers only. Scores or summaries a client adds are dropped here, and the server
 * re-evaluates the answers with the engine; the engine's own checks run there.
 */
export const enquiryAttachmentSchema = z.object(
  {
    answerSet: z.object(
      {
        version: z.number("invalid_attachment").int("invalid_attachment").min(1, "invalid_attachment"),
        answers: z
          .record(z.string().regex(/^[a-z][a-z0-9_]{0,63}$/, "invalid_attachment"), answerValue.nullable(), {
            error: "invalid_attachment",
          })
          .refine((answers) => Object.keys(answers).length <= enquiryLimits.answers, "invalid_attachment"),
        startDate: z
          .string("invalid_attachment")
          .regex(/^\d{4}-\d{2}-\d{2}$/, "invalid_attachment")
          .optional(),
      },
      { error: "invalid_attachment" },
    ),
  },
  { error: "invalid_attachment" },
);

export const enquirySchema = z.object({
  name: text(enquiryLimits.name),
  company: text(enquiryLimits.company),
  email: z
    .string(typeError)
    .trim()
    .min(1, "required")
    .max(enquiryLimits.email, "too_long")
    .refine((value) => cleanText(value, false), "invalid_characters")
    .pipe(z.email("invalid_email")),
  phone,
  /** Optional: only name, company and email are required (the assessment fills in interest and timing). */
  role: z
    .string(typeError)
    .trim()
    .max(enquiryLimits.role, "too_long")
    .refine((value) => cleanText(value, false), "invalid_characters")
    // Optional, but a role made only of invisible characters is no role: refused, never stored as something else.
    .refine((value) => value === "" || visibleCharacter.test(value), "invalid_characters")
    .default(""),
  interest: z.enum(interests, choiceError).default("not_sure"),
  timing: z.enum(timings, choiceError).default("not_sure"),
  message: z
    .string(typeError)
    .trim()
    .max(enquiryLimits.message, "too_long")
    .refine((value) => cleanText(value, true), "invalid_characters")
    .default(""),
  locale: z.enum(enquiryLocales, choiceError),
  /** Direct-marketing consent (PDPO Part 6A): separate from the enquiry, never pre-ticked, false unless given. */
  marketingConsent: z.boolean("invalid_type").default(false),
  /** The version of the collection statement shown with the form (a notice, not a consent). */
  picsVersion: z
    .string(typeError)
    .trim()
    .min(1, "required")
    .max(enquiryLimits.picsVersion, "too_long")
    .regex(/^[A-Za-z0-9][A-Za-z0-9._-]*$/, "invalid_characters"),
  /**
   * Honeypot: hidden from people, so anything in it marks a bot (see `isHoneypotFilled`). Never refused for its
   * length (that would tell a bot which field is the trap): cut to the limit instead.
   */
  website: z
    .string("invalid_type")
    .default("")
    .transform((value) => value.slice(0, enquiryLimits.website)),
  /** Chosen by the form once per enquiry and sent again on every retry, so a retry never makes a second lead. */
  idempotencyKey: z.uuid("invalid_key"),
  attachment: enquiryAttachmentSchema.optional(),
});

/** What the form holds and sends. */
export type EnquiryInput = z.input<typeof enquirySchema>;
/** A validated enquiry (trimmed; phone in E.164; defaults filled). */
export type Enquiry = z.output<typeof enquirySchema>;
export type EnquiryField = keyof EnquiryInput;

/** True when the honeypot was filled: the server answers as if accepted and stores nothing. */
export function isHoneypotFilled(enquiry: Pick<Enquiry, "website">): boolean {
  return enquiry.website.trim() !== "";
}

export interface EnquiryFieldError {
  /** Dotted path of the field, e.g. `email` or `attachment.answerSet.version`. */
  readonly path: string;
  readonly code: EnquiryFieldErrorCode;
}

function isFieldCode(value: string): value is EnquiryFieldErrorCode {
  return (enquiryFieldErrorCodes as readonly string[]).includes(value);
}

/**
 * One entry per failing field (the first problem of each), in schema order. Paths name schema fields only: below
 * `attachment.answerSet.answers` the keys are the client's, so a path stops there (it is logged, and the log never
 * carries text a client chose).
 */
export function enquiryFieldErrors(error: z.ZodError): EnquiryFieldError[] {
  const seen = new Set<string>();
  const out: EnquiryFieldError[] = [];
  for (const issue of error.issues) {
    const top = String(issue.path[0] ?? "");
    const path = (top === "attachment" ? issue.path.slice(0, 3) : issue.path.slice(0, 1)).map(String).join(".");
    const key = top === "attachment" ? "attachment" : path;
    if (seen.has(key)) continue;
    seen.add(key);
    let code: EnquiryFieldErrorCode;
    if (isFieldCode(issue.message)) code = issue.message;
    else if (top === "attachment") code = "invalid_attachment";
    else code = "invalid_type";
    out.push({ path: path || "(root)", code });
  }
  return out;
}

/** Validates a payload; on failure, the field list the endpoint returns and the form shows. */
export function parseEnquiry(
  raw: unknown,
): { ok: true; value: Enquiry } | { ok: false; fields: readonly EnquiryFieldError[] } {
  const result = enquirySchema.safeParse(raw);
  return result.success ? { ok: true, value: result.data } : { ok: false, fields: enquiryFieldErrors(result.error) };
}
