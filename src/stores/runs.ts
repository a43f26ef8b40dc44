/**
 * Completed runs kept in this browser (date, method and questionnaire versions, scores, gaps), so a new run can show
 * what changed since the last one. Only the visitor's own, complete assessments are kept; at most `keep` of them.
 */
import { atom } from "nanostores";
import type { Results } from "../engine/results.ts";
import { compareRuns, type RunChange, type RunSnapshot, snapshotRun } from "../engine/runs.ts";
import { hongKongToday } from "../lib/hong-kong-date.ts";

export const runsKey = "hk-readiness.runs";
const keep = 10;

export const $runs = atom<readonly RunSnapshot[]>([]);

function read(): RunSnapshot[] {
  try {
    const parsed: unknown = JSON.parse(localStorage.getItem(runsKey) ?? "[]");
    return Array.isArray(parsed) ? parsed.filter(isSnapshot) : [];
  } catch {
    return [];
  }
}

function isSnapshot(value: unknown): value is RunSnapshot {
  if (typeof value !== "object" || value === null) return false;
  const run = value as Record<string, unknown>;
  const scores = run.scores as Record<string, unknown> | undefined;
  return (
    typeof run.date === "string" &&
    typeof run.methodVersion === "string" &&
    typeof run.questionnaireVersion === "number" &&
    typeof scores?.overall === "number" &&
    typeof scores.soc2 === "number" &&
    Array.isArray(run.gaps)
  );
}

const same = (a: RunSnapshot, b: RunSnapshot) =>
  JSON.stringify({ ...a, date: "" }) === JSON.stringify({ ...b, date: "" });

/**
 * Records a complete run of the visitor's own (an unchanged result is not recorded twice) and returns the change
 * since the run before it, if there is one.
 */
export function recordRun(results: Results): RunChange | undefined {
  const runs = read();
  const current = snapshotRun(results.assessment, hongKongToday());
  const last = runs.at(-1);
  if (!last || !same(last, current)) {
    runs.push(current);
    try {
      localStorage.setItem(runsKey, JSON.stringify(runs.slice(-keep)));
    } catch {
      // Without storage there is no history; the results still show.
    }
  }
  $runs.set(runs.slice(-keep));
  const previous = runs.at(-2);
  return previous ? compareRuns(previous, current) : undefined;
}
