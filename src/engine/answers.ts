/**
 * Answers: their shape, validation, and migration between questionnaire versions. Everything that receives answers
 * from outside (saved progress, share links, uploaded files, the enquiry endpoint, the CLI) goes through here.
 */

import { maturityAnswers } from "./constants.ts";
import type { Method } from "./method.ts";
import type { Question } from "./schema.ts";

export type AnswerValue = string | readonly string[] | number;
export type Answers = Readonly<Record<string, AnswerValue>>;

/** A complete, versioned set of answers: what is saved, shared, sent and evaluated. */
export interface AnswerSet {
  /** The questionnaire `version` these answers were given against. */
  readonly version: number;
  readonly answers: Answers;
  /** Planned project start (YYYY-MM-DD); the timeline counts from here. */
  readonly startDate?: string;
}

/** An answer set with its start date, as `evaluate` needs it (callers choose the date, e.g. today in Hong Kong). */
export type DatedAnswerSet = AnswerSet & { readonly startDate: string };

export type AnswerIssueCode =
  | "not_an_object"
  | "bad_version"
  | "newer_version"
  | "bad_start_date"
  | "unknown_question"
  | "wrong_type"
  | "unknown_option"
  | "out_of_range"
  | "not_integer"
  | "exclusive_combined"
  | "empty_choice"
  | "na_not_allowed";

/** One problem with one answer (or with the file as a whole when `questionId` is absent). */
export interface AnswerIssue {
  readonly code: AnswerIssueCode;
  readonly questionId?: string;
  /** The offending value, shortened, for messages. */
  readonly value?: string;
}

/**
 * Migrations from version n to n + 1, applied in order. When a questionnaire change breaks saved answers, bump
 * `version` in questionnaire.yaml and add the step here (rename ids, map old options to new ones, drop removed ones).
 */
export type Migration = (answers: Record<string, unknown>) => Record<string, unknown>;

/** Questions of version 2 split into several questions in version 3 (old id -> new ids). */
export const splitInVersion3: Readonly<Record<string, readonly string[]>> = {
  pol_set: ["pol_access_use", "pol_operations", "pol_vendor_data"],
  vuln_patch_malware: ["vuln_patching", "vuln_malware"],
  avail_backups: ["avail_backup_schedule", "avail_backup_protection", "avail_restore_tests"],
  vendor_due_diligence: ["vendor_onboarding", "vendor_annual_review", "vendor_contracts"],
};
export const migrations: Readonly<Record<number, Migration>> = {
  /**
   * 1 -> 2: `regulated_status: listed` is withdrawn (it changed no result); a list left empty becomes "none". The new
   * goal question is filled from what version 1 answers imply: ISO/IEC 42001 as well when AI roles were given.
   */
  1: (answers) => {
    const next = { ...answers };
    const status = next.regulated_status;
    if (Array.isArray(status)) {
      const kept = status.filter((s) => s !== "listed");
      next.regulated_status = kept.length > 0 ? kept : ["none"];
    }
    const roles = next.ai_roles;
    if (next.target_frameworks === undefined && Array.isArray(roles)) {
      next.target_frameworks = roles.some((r) => r !== "none") ? ["soc2", "iso42001"] : ["soc2"];
    }
    return next;
  },
  /** 2 -> 3: four control statements that bundled several practices are split; each part takes the old answer. */
  2: (answers) => {
    const next = { ...answers };
    for (const [old, parts] of Object.entries(splitInVersion3)) {
      if (!(old in next)) continue;
      const value = next[old];
      delete next[old];
      for (const part of parts) if (next[part] === undefined) next[part] = value;
    }
    return next;
  },
};

const datePattern = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True for a real calendar date written YYYY-MM-DD. */
export function isIsoDate(value: unknown): value is string {
  if (typeof value !== "string") return false;
  const m = datePattern.exec(value);
  if (!m) return false;
  const date = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return date.toISOString().slice(0, 10) === value;
}

function shorten(value: unknown): string {
  let text: string;
  try {
    // JSON.stringify gives undefined for undefined, functions and symbols.
    text = typeof value === "string" ? value : (JSON.stringify(value) ?? String(value));
  } catch {
    text = Object.prototype.toString.call(value);
  }
  return text.length > 60 ? `${text.slice(0, 57)}...` : text;
}

/** Checks one answer against its question; returns the problem or undefined. */
export function checkAnswer(question: Question, value: unknown): AnswerIssue | undefined {
  const issue = (code: AnswerIssueCode): AnswerIssue => ({ code, questionId: question.id, value: shorten(value) });
  switch (question.type) {
    case "single":
      if (typeof value !== "string") return issue("wrong_type");
      return question.options.some((o) => o.id === value) ? undefined : issue("unknown_option");
    case "multi": {
      if (!Array.isArray(value) || value.some((v) => typeof v !== "string")) return issue("wrong_type");
      if (value.length === 0) return issue("empty_choice");
      if (value.some((v) => !question.options.some((o) => o.id === v))) return issue("unknown_option");
      if (new Set(value).size !== value.length) return issue("wrong_type");
      const exclusive = question.options.filter((o) => o.exclusive).map((o) => o.id);
      if (value.length > 1 && value.some((v) => exclusive.includes(v))) return issue("exclusive_combined");
      return undefined;
    }
    case "number":
      if (typeof value !== "number" || !Number.isFinite(value)) return issue("wrong_type");
      if (!Number.isInteger(value)) return issue("not_integer");
      return value < question.min || value > question.max ? issue("out_of_range") : undefined;
    case "maturity":
      if (typeof value !== "string" || !(maturityAnswers as readonly string[]).includes(value)) {
        return issue("unknown_option");
      }
      return value === "na" && !question.allowNa ? issue("na_not_allowed") : undefined;
  }
}

interface Checked {
  readonly value: AnswerSet;
  readonly issues: readonly AnswerIssue[];
  readonly migratedFrom?: number;
}

/** Migrates, then checks every answer; invalid answers are left out of `value` and listed in `issues`. */
function check(method: Method, raw: unknown): Checked {
  const current = method.questionnaire.version;
  const empty: AnswerSet = { version: current, answers: {} };
  if (typeof raw !== "object" || raw === null || Array.isArray(raw)) {
    return { value: empty, issues: [{ code: "not_an_object" }] };
  }
  const record = raw as Record<string, unknown>;
  const version = record.version;
  if (typeof version !== "number" || !Number.isInteger(version) || version < 1) {
    return { value: empty, issues: [{ code: "bad_version", value: shorten(version) }] };
  }
  if (version > current) return { value: empty, issues: [{ code: "newer_version", value: String(version) }] };
  const rawAnswers = record.answers;
  if (typeof rawAnswers !== "object" || rawAnswers === null || Array.isArray(rawAnswers)) {
    return { value: empty, issues: [{ code: "not_an_object" }] };
  }
  let answers = { ...(rawAnswers as Record<string, unknown>) };
  for (let v = version; v < current; v++) {
    const step = migrations[v];
    if (step) answers = step(answers);
  }
  const issues: AnswerIssue[] = [];
  const kept: Record<string, AnswerValue> = {};
  for (const [questionId, value] of Object.entries(answers)) {
    // A blank (null) answer in a file means "not answered yet".
    if (value === null) continue;
    const question = method.questionsById.get(questionId);
    if (!question) {
      issues.push({ code: "unknown_question", questionId: shorten(questionId) });
      continue;
    }
    const problem = checkAnswer(question, value);
    if (problem) issues.push(problem);
    else kept[questionId] = Array.isArray(value) ? [...(value as string[])] : (value as string | number);
  }
  const startDate = record.startDate;
  const result: { version: number; answers: Answers; startDate?: string } = { version: current, answers: kept };
  if (startDate !== undefined) {
    if (isIsoDate(startDate)) result.startDate = startDate;
    else issues.push({ code: "bad_start_date", value: shorten(startDate) });
  }
  return version < current ? { value: result, issues, migratedFrom: version } : { value: result, issues };
}

/** Strict: the answer set exactly as given (after migration), or the full list of problems. */
export function parseAnswerSet(
  method: Method,
  raw: unknown,
): { ok: true; value: AnswerSet; migratedFrom?: number } | { ok: false; issues: readonly AnswerIssue[] } {
  const checked = check(method, raw);
  if (checked.issues.length > 0) return { ok: false, issues: checked.issues };
  return checked.migratedFrom === undefined
    ? { ok: true, value: checked.value }
    : { ok: true, value: checked.value, migratedFrom: checked.migratedFrom };
}

/**
 * Lenient, for saved progress and share links: keeps every valid answer, drops the rest and says what was dropped.
 * Never throws.
 */
export function sanitizeAnswerSet(method: Method, raw: unknown): Checked {
  return check(method, raw);
}

/**
 * The next selection of a multi-choice question when `optionId` is toggled: an exclusive option (such as "none")
 * clears the others, and any other option clears the exclusive ones. Returns undefined when nothing stays selected.
 */
export function toggleOption(
  question: Extract<Question, { type: "multi" }>,
  selected: readonly string[],
  optionId: string,
): string[] | undefined {
  const exclusive = new Set(question.options.filter((o) => o.exclusive).map((o) => o.id));
  let next: string[];
  if (selected.includes(optionId)) next = selected.filter((id) => id !== optionId);
  else if (exclusive.has(optionId)) next = [optionId];
  else next = [...selected.filter((id) => !exclusive.has(id)), optionId];
  const order = question.options.map((o) => o.id);
  next.sort((a, b) => order.indexOf(a) - order.indexOf(b));
  return next.length > 0 ? next : undefined;
}
