/**
 * The assessment's state in the browser: answers (persisted, versioned, re-validated on load), the sections the
 * visitor chose to skip, whether the answers came from a share link, and notices. Components only read these stores
 * and call the actions below; rules stay in the engine. The results (and the engine's `evaluate`) live in
 * results.ts, loaded with the results view.
 */
import { atom, computed } from "nanostores";
import type { AnswerSet, AnswerValue } from "../engine/answers.ts";
import { sanitizeAnswerSet } from "../engine/answers.ts";
import type { Method } from "../engine/method-index.ts";
import { taskList } from "../engine/tasks.ts";
import { resolveVisibility } from "../engine/visibility.ts";
import type { UiKey } from "../i18n/packs/ui.ts";
import { hongKongToday } from "../lib/hong-kong-date.ts";

/** Saved-progress format. Bump when the stored shape changes incompatibly (old formats are dropped with a notice). */
export const storageKey = "hk-readiness.assessment";
export const storageFormat = 1;

interface Stored {
  format: number;
  savedAt: string;
  answerSet: unknown;
  /** Sections the visitor chose to skip (added to format 1; absent in older records). */
  skipped?: unknown;
}

export interface Notice {
  key: UiKey;
  params?: Record<string, string | number>;
  tone: "info" | "warn";
}

export const $method = atom<Method | null>(null);
export const $answerSet = atom<AnswerSet>({ version: 1, answers: {} });
/** Sections skipped on purpose: their figures are reported as missing, never computed from defaults. */
export const $skipped = atom<readonly string[]>([]);
/** "shared": answers came from a share link and are not saved unless the visitor chooses to edit them. */
export const $mode = atom<"own" | "shared">("own");
export const $notices = atom<Notice[]>([]);
/** Whether saved progress existed when the page opened. */
export const $hadSaved = atom(false);

/** Sections and questions asked for the current answers (branching applied). */
export const $visibility = computed([$method, $answerSet], (method, answerSet) =>
  method ? resolveVisibility(method, answerSet.answers) : null,
);

/** Every section with its status, size and time (the task list). */
export const $tasks = computed([$method, $answerSet, $skipped], (method, answerSet, skipped) =>
  method ? taskList(method, answerSet.answers, skipped) : null,
);

function storage(): Storage | null {
  try {
    return typeof localStorage === "undefined" ? null : localStorage;
  } catch {
    // Storage can be disabled (privacy settings); the assessment still works for this visit.
    return null;
  }
}

function save(): void {
  if ($mode.get() !== "own") return;
  const store = storage();
  if (!store) return;
  const record: Stored = {
    format: storageFormat,
    savedAt: new Date().toISOString(),
    answerSet: $answerSet.get(),
    skipped: $skipped.get(),
  };
  try {
    store.setItem(storageKey, JSON.stringify(record));
  } catch {
    // Quota or privacy errors: keep working in memory.
  }
}

function notify(notice: Notice): void {
  $notices.set([...$notices.get().filter((n) => n.key !== notice.key), notice]);
}

export function dismissNotice(key: UiKey): void {
  $notices.set($notices.get().filter((n) => n.key !== key));
}

/** Reads saved progress, migrating and re-validating it; anything unusable is dropped with a notice. */
function loadSaved(method: Method): { answerSet: AnswerSet; skipped: string[] } | null {
  const store = storage();
  const raw = store?.getItem(storageKey);
  if (!raw) return null;
  let stored: Stored;
  try {
    stored = JSON.parse(raw) as Stored;
    if (typeof stored !== "object" || stored === null || stored.format !== storageFormat) throw new Error("format");
  } catch {
    store?.removeItem(storageKey);
    notify({ key: "assess.notice.corrupt", tone: "warn" });
    return null;
  }
  const checked = sanitizeAnswerSet(method, stored.answerSet);
  if (checked.issues.some((i) => i.code === "newer_version")) {
    notify({ key: "assess.notice.newer", tone: "warn" });
    return null;
  }
  if (checked.issues.some((i) => i.code === "not_an_object" || i.code === "bad_version")) {
    store?.removeItem(storageKey);
    notify({ key: "assess.notice.corrupt", tone: "warn" });
    return null;
  }
  if (checked.issues.length > 0)
    notify({ key: "assess.notice.dropped", params: { count: checked.issues.length }, tone: "warn" });
  const sections = new Set(method.questionnaire.sections.map((s) => s.id));
  const skipped = Array.isArray(stored.skipped)
    ? stored.skipped.filter((id): id is string => typeof id === "string" && sections.has(id))
    : [];
  return { answerSet: checked.value, skipped };
}

/**
 * Starts the stores once the method is loaded: a share link in the URL fragment wins (shown without touching saved
 * progress); otherwise saved progress; otherwise a fresh start. Returns whether a share link was opened. The share
 * link decoder is loaded only when there is a fragment to read.
 */
export async function initialise(method: Method, fragment: string): Promise<boolean> {
  $method.set(method);
  const saved = loadSaved(method);
  $hadSaved.set(saved !== null && Object.keys(saved.answerSet.answers).length > 0);
  if (/^#v\d+\./.test(fragment)) {
    const { decodeShareFragment } = await import("../lib/share-link.ts");
    const shared = decodeShareFragment(method, fragment);
    if (shared.ok) {
      $mode.set("shared");
      $skipped.set([]);
      $answerSet.set({ ...shared.answerSet, startDate: shared.answerSet.startDate ?? hongKongToday() });
      notify({ key: "assess.notice.shared", tone: "info" });
      if (shared.dropped > 0)
        notify({ key: "assess.notice.sharedDropped", params: { count: shared.dropped }, tone: "warn" });
      return true;
    }
    if (shared.reason === "damaged") notify({ key: "assess.notice.sharedDamaged", tone: "warn" });
    if (shared.reason === "other_version") notify({ key: "assess.notice.sharedVersion", tone: "warn" });
  }
  $mode.set("own");
  $skipped.set(saved?.skipped ?? []);
  $answerSet.set(
    saved?.answerSet ?? { version: method.questionnaire.version, answers: {}, startDate: hongKongToday() },
  );
  return false;
}

export function setAnswer(questionId: string, value: AnswerValue | undefined): void {
  const current = $answerSet.get();
  const answers = { ...current.answers };
  if (value === undefined) delete answers[questionId];
  else answers[questionId] = value;
  $answerSet.set({ ...current, answers });
  save();
}

export function setStartDate(date: string): void {
  $answerSet.set({ ...$answerSet.get(), startDate: date });
  save();
}

/** Marks a section as skipped on purpose (or no longer skipped). */
export function setSkipped(sectionId: string, skipped: boolean): void {
  const others = $skipped.get().filter((id) => id !== sectionId);
  $skipped.set(skipped ? [...others, sectionId] : others);
  save();
}

export function startOver(): void {
  const method = $method.get();
  storage()?.removeItem(storageKey);
  $mode.set("own");
  $hadSaved.set(false);
  $skipped.set([]);
  $answerSet.set({ version: method?.questionnaire.version ?? 1, answers: {}, startDate: hongKongToday() });
  $notices.set([]);
}

/** Makes shared answers the visitor's own (replacing saved progress) so they can be edited. */
export function adoptShared(): void {
  $mode.set("own");
  dismissNotice("assess.notice.shared");
  save();
}
