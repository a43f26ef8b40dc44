/**
 * Share links: the answers (never scores) in the URL fragment, compact and versioned, so nothing is sent to a server.
 *
 *   #v1.20270104.0:3~1:s~2:1~...~4h:e.1x9k2m
 *    │  │        │                  └ checksum (FNV-1a of everything before it, base 36)
 *    │  │        └ answers: question index ":" value, joined by "~" (indexes and values in base 36)
 *    │  └ start date YYYYMMDD, or "-" when none
 *    └ questionnaire version
 *
 * Values: single choice = option index; multiple choice = option indexes joined by "."; number = the number;
 * maturity = one letter (n informal... see `levelCode`). Indexes follow the questionnaire order of that version, so a
 * questionnaire change that renumbers questions must bump the version and freeze the old order in
 * `share-layouts/v<n>.ts`: a link of an older version is read with its own layout, then migrated (answers.ts).
 */
import type { AnswerSet, AnswerValue } from "../engine/answers.ts";
import { sanitizeAnswerSet } from "../engine/answers.ts";
import type { Method } from "../engine/method-index.ts";
import type { Question } from "../engine/schema.ts";
import type { Layout } from "./share-layouts/layout.ts";
import { layoutV1 } from "./share-layouts/v1.ts";
import { layoutV2 } from "./share-layouts/v2.ts";

/** Frozen layouts of earlier questionnaire versions, for links made before a change. */
const pastLayouts: Readonly<Record<number, Layout>> = { 1: layoutV1, 2: layoutV2 };

const levelCode: Record<string, string> = {
  none: "n",
  informal: "i",
  documented: "d",
  evidenced: "e",
  na: "a",
  unknown: "u",
};
const levelFromCode = Object.fromEntries(Object.entries(levelCode).map(([level, code]) => [code, level]));

/** FNV-1a, 32 bit, as base 36: detects truncated, damaged or hand-edited links (not a security measure). */
export function checksum(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(36);
}

function orderedQuestions(method: Method): Question[] {
  return method.questionnaire.sections.flatMap((s) => s.questions);
}

/** The questions of a version's layout in the shape the decoder reads (labels are not needed). */
function layoutQuestions(method: Method, version: number): Question[] | undefined {
  if (version === method.questionnaire.version) return orderedQuestions(method);
  const layout = pastLayouts[version];
  if (!layout) return undefined;
  return layout.map(([id, type, options]) => {
    if (type === "single" || type === "multi") {
      return { id, type, options: (options ?? []).map((o) => ({ id: o })) } as unknown as Question;
    }
    return { id, type } as unknown as Question;
  });
}

function encodeValue(question: Question, value: AnswerValue): string | undefined {
  switch (question.type) {
    case "single": {
      const index = question.options.findIndex((o) => o.id === value);
      return index < 0 ? undefined : index.toString(36);
    }
    case "multi": {
      if (!Array.isArray(value)) return undefined;
      const indexes = value.map((v) => question.options.findIndex((o) => o.id === v));
      return indexes.some((i) => i < 0) ? undefined : indexes.map((i) => i.toString(36)).join(".");
    }
    case "number":
      return typeof value === "number" && Number.isInteger(value) && value >= 0 ? value.toString(36) : undefined;
    case "maturity":
      return typeof value === "string" ? levelCode[value] : undefined;
  }
}

function decodeValue(question: Question, code: string): AnswerValue | undefined {
  const index = (text: string) => (/^[0-9a-z]+$/.test(text) ? Number.parseInt(text, 36) : Number.NaN);
  switch (question.type) {
    case "single":
      return question.options[index(code)]?.id;
    case "multi": {
      const ids = code.split(".").map((c) => question.options[index(c)]?.id);
      return ids.some((id) => id === undefined) ? undefined : (ids as string[]);
    }
    case "number": {
      const n = index(code);
      return Number.isFinite(n) ? n : undefined;
    }
    case "maturity":
      return levelFromCode[code];
  }
}

/** The fragment (without "#") for an answer set. */
export function encodeShareFragment(method: Method, answerSet: AnswerSet): string {
  const questions = orderedQuestions(method);
  const entries: string[] = [];
  questions.forEach((question, i) => {
    const value = answerSet.answers[question.id];
    if (value === undefined) return;
    const code = encodeValue(question, value);
    if (code !== undefined) entries.push(`${i.toString(36)}:${code}`);
  });
  const date = answerSet.startDate ? answerSet.startDate.replace(/-/g, "") : "-";
  const body = `v${method.questionnaire.version}.${date}.${entries.join("~")}`;
  return `${body}.${checksum(body)}`;
}

export type ShareDecode =
  | { readonly ok: true; readonly answerSet: AnswerSet; readonly dropped: number }
  | { readonly ok: false; readonly reason: "not_a_share_link" | "damaged" | "other_version" };

/**
 * Reads a fragment (with or without "#"). Never throws: a damaged or edited link is reported, and answers that no
 * longer fit the questionnaire are dropped and counted.
 */
export function decodeShareFragment(method: Method, fragment: string): ShareDecode {
  const text = fragment.replace(/^#/, "").trim();
  const match = /^v(\d+)\.(-|\d{8})\.([0-9a-z:~.]*)\.([0-9a-z]+)$/.exec(text);
  if (!match) return { ok: false, reason: text.startsWith("v") ? "damaged" : "not_a_share_link" };
  const [, version, date, payload, sum] = match as unknown as [string, string, string, string, string];
  if (checksum(text.slice(0, text.length - sum.length - 1)) !== sum) return { ok: false, reason: "damaged" };
  const questions = layoutQuestions(method, Number(version));
  if (!questions) return { ok: false, reason: "other_version" };
  const answers: Record<string, AnswerValue> = {};
  let dropped = 0;
  for (const entry of payload ? payload.split("~") : []) {
    const [indexCode, code] = entry.split(":");
    const question = indexCode && /^[0-9a-z]+$/.test(indexCode) ? questions[Number.parseInt(indexCode, 36)] : undefined;
    const value = question && code !== undefined ? decodeValue(question, code) : undefined;
    if (!question || value === undefined) {
      dropped++;
      continue;
    }
    answers[question.id] = value;
  }
  const startDate = date === "-" ? undefined : `${date.slice(0, 4)}-${date.slice(4, 6)}-${date.slice(6, 8)}`;
  const checked = sanitizeAnswerSet(method, { version: Number(version), answers, ...(startDate ? { startDate } : {}) });
  return { ok: true, answerSet: checked.value, dropped: dropped + checked.issues.length };
}
