/**
 * A lead as one JSON document: what the CRM webhook receives and what `npm run leads -- export --format json` writes.
 * It carries the answer set under `answerSet` (so `npm run assess -- lead.json` re-runs it), the engine's proposal
 * inputs, and a link that reopens the assessment in the site with the same answers.
 */
import type { AnswerSet } from "../engine/answers.ts";
import type { Method } from "../engine/index.ts";
import { encodeShareFragment } from "../lib/share-link.ts";
import type { Lead } from "./storage.ts";

export interface LeadDocument {
  readonly reference: string;
  readonly createdAt: string;
  readonly locale: string;
  readonly contact: {
    readonly name: string;
    readonly company: string;
    readonly email: string;
    readonly phone: string | null;
    readonly role: string;
  };
  readonly interest: string;
  readonly timing: string;
  readonly message: string;
  readonly marketingConsent: boolean;
  readonly picsVersion: string;
  readonly methodVersion: string | null;
  readonly answerSet: AnswerSet | null;
  /** Answers the server dropped as invalid before evaluating. */
  readonly answerIssues: number;
  readonly proposal: unknown;
  readonly assessmentLink: string | null;
}

/** `${siteUrl}/${locale}/assessment/#${fragment}`: the assessment page, which reads the answers from the fragment. */
export function assessmentLink(siteUrl: string, locale: string, method: Method, answerSet: AnswerSet): string {
  return `${siteUrl.replace(/\/+$/, "")}/${locale}/assessment/#${encodeShareFragment(method, answerSet)}`;
}

export function leadDocument(lead: Lead, context: { readonly method: Method; readonly siteUrl: string }): LeadDocument {
  const answerSet = (lead.answerSet as AnswerSet | null) ?? null;
  const assessment = lead.assessment as { proposal?: unknown } | null;
  return {
    reference: lead.reference,
    createdAt: lead.createdAt,
    locale: lead.locale,
    contact: { name: lead.name, company: lead.company, email: lead.email, phone: lead.phone, role: lead.role },
    interest: lead.interest,
    timing: lead.timing,
    message: lead.message,
    marketingConsent: lead.marketingConsent,
    picsVersion: lead.picsVersion,
    methodVersion: lead.methodVersion,
    answerSet,
    answerIssues: lead.answerIssues,
    proposal: assessment?.proposal ?? null,
    assessmentLink: answerSet ? assessmentLink(context.siteUrl, lead.locale, context.method, answerSet) : null,
  };
}
