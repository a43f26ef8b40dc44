/**
 * What staff can open in the proposal workspace, read without ever throwing: a share link (full URL or fragment), an
 * answers file `{ version, answers, startDate? }`, a results-page export `{ methodVersion, answerSet, assessment }`, a
 * lead (`npm run leads -- show --json`), a lead export (an array of leads, from which staff pick one) or a
 * proposal-inputs file saved by the workspace (its scope is re-applied; any day rates in it are ignored). Every answer
 * set goes through the engine's `sanitizeAnswerSet`: invalid answers are dropped and listed.
 */
import type { AnswerIssue, AnswerSet } from "../../engine/answers.ts";
import { sanitizeAnswerSet } from "../../engine/answers.ts";
import type { Method } from "../../engine/method-index.ts";
import type { Settings, TscCategoryId } from "../../engine/schema.ts";
import { decodeShareFragment } from "../../lib/share-link.ts";

export type Source =
  | { readonly kind: "link" }
  | { readonly kind: "file"; readonly name: string }
  | { readonly kind: "lead"; readonly reference: string; readonly company: string };

export interface Loaded {
  readonly answerSet: AnswerSet;
  /** Answers left out by validation (files). */
  readonly issues: readonly AnswerIssue[];
  /** Answers a share link carried that could not be read. */
  readonly linkDropped: number;
  readonly source: Source;
  /** The company, for the PDF's "prepared for" (leads only). */
  readonly organisation?: string;
  /** The scope saved in a proposal-inputs file. */
  readonly scope?: NonNullable<Settings["scope"]>;
}

export interface LeadChoice {
  readonly index: number;
  readonly reference: string;
  readonly company: string;
  readonly createdAt: string;
}

export type Problem =
  | "linkEmpty"
  | "notShareLink"
  | "damaged"
  | "otherVersion"
  | "notJson"
  | "unknownFile"
  | "noLeads"
  | "leadWithout"
  | "newer"
  | "badAnswers";

export type LoadResult =
  | { readonly status: "loaded"; readonly loaded: Loaded }
  | { readonly status: "pick"; readonly leads: readonly LeadChoice[]; readonly items: readonly unknown[] }
  | { readonly status: "problem"; readonly problem: Problem };

/** Files larger than this are refused before they are read. */
export const maxFileBytes = 5 * 1024 * 1024;

const categoryIds: readonly TscCategoryId[] = [
  "security",
  "availability",
  "confidentiality",
  "processing_integrity",
  "privacy",
];

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value);
const text = (value: unknown): string => (typeof value === "string" ? value : "");

/** Reads a pasted share link: a full URL with `#v1.…`, or the fragment with or without `#`. */
export function loadShareText(method: Method, input: string): LoadResult {
  let value = input.trim();
  if (!value) return { status: "problem", problem: "linkEmpty" };
  const hash = value.indexOf("#");
  if (hash >= 0) value = value.slice(hash + 1);
  // Some mail and chat apps percent-encode the fragment.
  try {
    value = decodeURIComponent(value);
  } catch {
    // Not percent-encoded text: read as is.
  }
  const decoded = decodeShareFragment(method, value);
  if (!decoded.ok) {
    const problem = { not_a_share_link: "notShareLink", damaged: "damaged", other_version: "otherVersion" } as const;
    return { status: "problem", problem: problem[decoded.reason] };
  }
  return {
    status: "loaded",
    loaded: { answerSet: decoded.answerSet, issues: [], linkDropped: decoded.dropped, source: { kind: "link" } },
  };
}

function fromRawAnswerSet(
  method: Method,
  raw: unknown,
  source: Source,
  extra: { organisation?: string; scope?: NonNullable<Settings["scope"]> } = {},
): LoadResult {
  const checked = sanitizeAnswerSet(method, raw);
  if (checked.issues.some((i) => i.code === "newer_version")) return { status: "problem", problem: "newer" };
  if (checked.issues.some((i) => i.code === "not_an_object" || i.code === "bad_version")) {
    return { status: "problem", problem: "badAnswers" };
  }
  return {
    status: "loaded",
    loaded: { answerSet: checked.value, issues: checked.issues, linkDropped: 0, source, ...extra },
  };
}

function isLead(value: Record<string, unknown>): boolean {
  return "answerSet" in value && ("reference" in value || "contact" in value);
}

function leadSource(lead: Record<string, unknown>): { source: Source; organisation?: string } {
  const contact = isRecord(lead.contact) ? lead.contact : {};
  const company = text(contact.company).trim();
  return {
    source: { kind: "lead", reference: text(lead.reference) || "–", company: company || "–" },
    ...(company ? { organisation: company } : {}),
  };
}

/** Opens one lead object (from a lead export, after staff picked it). */
export function loadLead(method: Method, lead: unknown): LoadResult {
  if (!isRecord(lead)) return { status: "problem", problem: "unknownFile" };
  if (lead.answerSet === null || lead.answerSet === undefined) return { status: "problem", problem: "leadWithout" };
  const { source, organisation } = leadSource(lead);
  return fromRawAnswerSet(method, lead.answerSet, source, organisation ? { organisation } : {});
}

/** The scope saved in a proposal-inputs file, keeping only what the engine accepts. */
function savedScope(settings: unknown): NonNullable<Settings["scope"]> | undefined {
  if (!isRecord(settings) || !isRecord(settings.scope)) return undefined;
  const raw = settings.scope;
  const scope: { categories?: TscCategoryId[]; observationMonths?: number } = {};
  if (Array.isArray(raw.categories)) {
    scope.categories = categoryIds.filter((id) => (raw.categories as unknown[]).includes(id));
  }
  const months = raw.observationMonths;
  if (typeof months === "number" && Number.isInteger(months) && months >= 1 && months <= 24) {
    scope.observationMonths = months;
  }
  return Object.keys(scope).length > 0 ? scope : undefined;
}

/** Reads a file's text: any of the JSON shapes above. */
export function loadJsonText(method: Method, content: string, fileName: string): LoadResult {
  let data: unknown;
  try {
    data = JSON.parse(content.replace(/^\uFEFF/, ""));
  } catch {
    return { status: "problem", problem: "notJson" };
  }
  const fileSource: Source = { kind: "file", name: fileName };
  if (Array.isArray(data)) {
    const leads = data.filter((item): item is Record<string, unknown> => isRecord(item) && isLead(item));
    if (leads.length === 0) return { status: "problem", problem: "unknownFile" };
    const withAnswers = leads.filter((lead) => isRecord(lead.answerSet));
    if (withAnswers.length === 0) return { status: "problem", problem: "noLeads" };
    if (withAnswers.length === 1) return loadLead(method, withAnswers[0]);
    return {
      status: "pick",
      items: withAnswers,
      leads: withAnswers.map((lead, index) => {
        const contact = isRecord(lead.contact) ? lead.contact : {};
        return {
          index,
          reference: text(lead.reference) || `#${index + 1}`,
          company: text(contact.company) || "–",
          createdAt: text(lead.createdAt).slice(0, 10),
        };
      }),
    };
  }
  if (!isRecord(data)) return { status: "problem", problem: "unknownFile" };
  if (isLead(data)) return loadLead(method, data);
  if ("answerSet" in data) {
    if (!isRecord(data.answerSet)) return { status: "problem", problem: "badAnswers" };
    const scope = "proposal" in data ? savedScope(data.settings) : undefined;
    return fromRawAnswerSet(method, data.answerSet, fileSource, scope ? { scope } : {});
  }
  if ("answers" in data && "version" in data) return fromRawAnswerSet(method, data, fileSource);
  return { status: "problem", problem: "unknownFile" };
}
