/**
 * The enquiry form's data, without UI: the fields and their empty state, the order the error summary lists them in,
 * the request payload the server validates with the shared zod schema (src/lib/enquiry.ts), and the mapping from
 * the schema's field errors to one error per form field.
 */
import type { AnswerSet } from "../../engine/answers.ts";
import type { Locale } from "../../i18n/locales.ts";
import { currentPicsVersion, type EnquiryFieldErrorCode } from "../../lib/enquiry.ts";

/** What the visitor types or picks; `website` is the honeypot. */
export type Fields = {
  name: string;
  company: string;
  email: string;
  phone: string;
  role: string;
  interest: string;
  timing: string;
  message: string;
  website: string;
  marketingConsent: boolean;
};

export const emptyFields: Fields = {
  name: "",
  company: "",
  email: "",
  phone: "",
  role: "",
  interest: "",
  timing: "",
  message: "",
  website: "",
  marketingConsent: false,
};

/** The fields in the order the form shows them: the error summary lists errors in this order. */
export const fieldOrder = ["name", "company", "email", "phone", "role", "interest", "timing", "message"] as const;

/** Optional choices the schema takes as absent rather than empty. */
const omittedWhenEmpty: readonly string[] = ["role", "interest", "timing"];

/**
 * The body of the POST: the fields (an empty role, interest or timing left out), the locale, the collection
 * statement's version, the idempotency key and, when attached, the assessment's answers (the server recomputes the
 * results).
 */
export function buildEnquiryPayload(
  fields: Fields,
  options: { locale: Locale; idempotencyKey: string; answerSet?: AnswerSet | null | undefined },
): Record<string, unknown> {
  return {
    ...Object.fromEntries(
      Object.entries(fields).filter(([name, value]) => !(omittedWhenEmpty.includes(name) && value === "")),
    ),
    locale: options.locale,
    picsVersion: currentPicsVersion,
    idempotencyKey: options.idempotencyKey,
    ...(options.answerSet ? { attachment: { answerSet: options.answerSet } } : {}),
  };
}

/** One error per form field: a dotted path (`attachment.answerSet.version`) counts for its top field; the first wins. */
export function toFieldErrors(
  list: readonly { path: string; code: EnquiryFieldErrorCode }[],
): Record<string, EnquiryFieldErrorCode> {
  const next: Record<string, EnquiryFieldErrorCode> = {};
  for (const e of list) next[e.path.split(".")[0] ?? e.path] ??= e.code;
  return next;
}
