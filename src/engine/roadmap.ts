/**
 * The remediation roadmap: the gaps in phases timed against the engagement (estimation.yaml#planning.roadmap). SOC 2
 * controls must be in place by the Type I "as of" date (or the start of a first Type II period) and produce records
 * from the first day of the observation period; the ISO/IEC 42001 management system must be documented for Stage 1
 * and operating with records by Stage 2. Each gap goes to the first phase of its framework that takes its answer.
 */
import type { Assessment } from "./index.ts";
import type { Method } from "./method-index.ts";
import { rankOf } from "./scoring.ts";

export interface RoadmapPhase {
  readonly id: string;
  readonly framework: "soc2" | "iso42001";
  /** The milestone the phase is due by, and its date. */
  readonly dueMilestone: string;
  readonly due: string;
  /** The phase runs from the start date to `due`. */
  readonly start: string;
  /** The gaps to close in this phase (question ids), in the gaps' priority order. */
  readonly gaps: readonly string[];
}

const levelRank = { none: 0, informal: 1, documented: 2, evidenced: 3 } as const;

/** The roadmap's phases that have gaps, in the method's order. A phase whose milestones are not planned is left out. */
export function buildRoadmap(method: Method, assessment: Assessment): RoadmapPhase[] {
  const milestones = new Map(assessment.timeline.milestones.map((m) => [m.id, m]));
  const phases = method.estimation.planning.roadmap.flatMap((phase) => {
    const milestone = phase.by.map((id) => milestones.get(id)).find((m) => m !== undefined);
    return milestone ? [{ ...phase, milestone, gaps: [] as string[] }] : [];
  });
  for (const gap of assessment.gaps) {
    const rank = rankOf(gap.answer === "unanswered" ? undefined : gap.answer);
    const phase = phases.find((p) => gap.frameworks.includes(p.framework) && rank < levelRank[p.levelBelow]);
    phase?.gaps.push(gap.questionId);
  }
  return phases
    .filter((p) => p.gaps.length > 0)
    .map((p) => ({
      id: p.id,
      framework: p.framework,
      dueMilestone: p.milestone.id,
      due: p.milestone.date,
      start: assessment.startDate,
      gaps: p.gaps,
    }));
}
