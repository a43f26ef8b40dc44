/**
 * Progress over time: a completed run reduced to what a later run is compared with (date, method and questionnaire
 * versions, scores, gaps), and the comparison itself (score changes, gaps closed, new gaps). Gap ids of an older
 * questionnaire are read through its migrations (a split question's gap stands for each of its parts).
 */
import { splitInVersion3 } from "./answers.ts";
import type { Assessment } from "./index.ts";

export interface RunSnapshot {
  /** When the run was completed, YYYY-MM-DD. */
  readonly date: string;
  readonly methodVersion: string;
  readonly questionnaireVersion: number;
  readonly scores: { readonly overall: number; readonly soc2: number; readonly iso42001: number | null };
  readonly gaps: readonly { readonly id: string; readonly severity: string }[];
}

export interface RunChange {
  readonly previous: RunSnapshot;
  /** Score differences, current minus previous, to one decimal (null when a framework was not scored in both). */
  readonly scores: { readonly overall: number; readonly soc2: number; readonly iso42001: number | null };
  /** Gaps of the previous run that are no longer gaps. */
  readonly closed: readonly string[];
  /** Gaps that were not gaps in the previous run. */
  readonly opened: readonly string[];
  /** The runs used the same method version (otherwise part of a change may come from the method). */
  readonly sameMethod: boolean;
}

export function snapshotRun(assessment: Assessment, date: string): RunSnapshot {
  return {
    date,
    methodVersion: assessment.methodVersion,
    questionnaireVersion: assessment.questionnaireVersion,
    scores: {
      overall: assessment.readiness.overall.score,
      soc2: assessment.readiness.soc2.score,
      iso42001: assessment.readiness.iso42001?.score ?? null,
    },
    gaps: assessment.gaps.map((g) => ({ id: g.questionId, severity: g.severity })),
  };
}

/** Question ids of an older run in the current questionnaire's terms. */
function currentIds(run: RunSnapshot): string[] {
  return run.gaps.flatMap((g) => (run.questionnaireVersion < 3 ? (splitInVersion3[g.id] ?? [g.id]) : [g.id]));
}

const delta = (a: number, b: number) => Math.round((a - b) * 10) / 10;

export function compareRuns(previous: RunSnapshot, current: RunSnapshot): RunChange {
  const before = new Set(currentIds(previous));
  const now = new Set(currentIds(current));
  return {
    previous,
    scores: {
      overall: delta(current.scores.overall, previous.scores.overall),
      soc2: delta(current.scores.soc2, previous.scores.soc2),
      iso42001:
        current.scores.iso42001 === null || previous.scores.iso42001 === null
          ? null
          : delta(current.scores.iso42001, previous.scores.iso42001),
    },
    closed: [...before].filter((id) => !now.has(id)),
    opened: [...now].filter((id) => !before.has(id)),
    sameMethod: previous.methodVersion === current.methodVersion,
  };
}
