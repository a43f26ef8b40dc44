import type { Answers } from "./answers.ts";
import { type BandId, type MaturityLevel, maturityLevels } from "./constants.ts";
import type { Method } from "./method.ts";
import type { Estimation, MaturityQuestion } from "./schema.ts";
import type { Trace } from "./trace.ts";

/** A readiness score: 0..100 (one decimal), its band, and the blocker questions behind any cap. */
export interface Score {
  readonly score: number;
  readonly band: BandId;
  /** Ids of blocker questions answered below the blocker level. */
  readonly blockers: readonly string[];
  /** Questions that counted (not applicable ones are left out). */
  readonly counted: number;
  /** Share (0..100) of counted questions at the Type II level ("operating with evidence"). */
  readonly evidencedShare: number;
  readonly trace: Trace;
}

const levelRank: Record<MaturityLevel, number> = { none: 0, informal: 1, documented: 2, evidenced: 3 };

/** Rank of an answer on the maturity scale; "don't know" and unanswered rank as "not in place". */
export function rankOf(answer: string | undefined): number {
  return answer !== undefined && answer in levelRank ? levelRank[answer as MaturityLevel] : 0;
}

/** Points (0..1) for an answer; undefined for "not applicable" (left out of the average). */
export function pointsOf(answer: string | undefined, estimation: Estimation): number | undefined {
  if (answer === "na") return undefined;
  if (answer === undefined || answer === "unknown") return estimation.scoring.levelPoints.unknown;
  if ((maturityLevels as readonly string[]).includes(answer)) {
    return estimation.scoring.levelPoints[answer as MaturityLevel];
  }
  return 0;
}

/** True when this answer to a blocker question stops an audit. */
export function isBlocker(question: MaturityQuestion, answer: string | undefined, estimation: Estimation): boolean {
  if (!question.blocker || answer === "na") return false;
  return rankOf(answer) < levelRank[estimation.scoring.blockerBelow];
}

/** The band a score falls in, capped when blockers exist. */
export function bandFor(score: number, blockers: number, estimation: Estimation): { band: BandId; capped: boolean } {
  const bands = estimation.scoring.bands;
  const natural = bands.find((b) => score >= b.min)?.id ?? "not_ready";
  if (blockers === 0) return { band: natural, capped: false };
  const cap = estimation.scoring.blockerBandCap;
  const order = bands.map((b) => b.id);
  return order.indexOf(natural) < order.indexOf(cap) ? { band: cap, capped: true } : { band: natural, capped: false };
}

/** Weighted maturity score of a set of control questions. */
export function scoreQuestions(method: Method, questions: readonly MaturityQuestion[], answers: Answers): Score {
  const estimation = method.estimation;
  let weighted = 0;
  let weights = 0;
  let counted = 0;
  let evidenced = 0;
  const blockers: string[] = [];
  const unknown: string[] = [];
  const unanswered: string[] = [];
  for (const question of questions) {
    const value = answers[question.id];
    const answer = typeof value === "string" ? value : undefined;
    if (answer === undefined) unanswered.push(question.id);
    if (answer === "unknown") unknown.push(question.id);
    const points = pointsOf(answer, estimation);
    if (points === undefined) continue;
    counted++;
    weighted += points * question.weight;
    weights += question.weight;
    if (rankOf(answer) >= levelRank[estimation.scoring.typeIILevel]) evidenced++;
    if (isBlocker(question, answer, estimation)) blockers.push(question.id);
  }
  const score = weights === 0 ? 0 : Math.round((weighted / weights) * 1000) / 10;
  const { band, capped } = bandFor(score, blockers.length, estimation);
  const trace: Trace = [
    weights === 0
      ? { key: "trace.readiness.no_questions" }
      : {
          key: "trace.readiness.score",
          params: { score, counted, band: { key: `band.${band}` } },
          source: "estimation.yaml#scoring.levelPoints",
        },
    ...(blockers.length > 0
      ? [{ key: "trace.readiness.blockers" as const, params: { count: blockers.length }, answers: blockers }]
      : []),
    ...(capped ? [{ key: "trace.readiness.capped" as const, params: { band: { key: `band.${band}` as const } } }] : []),
    ...(unknown.length > 0
      ? [{ key: "trace.readiness.unknown" as const, params: { count: unknown.length }, answers: unknown }]
      : []),
    ...(unanswered.length > 0
      ? [{ key: "trace.readiness.unanswered" as const, params: { count: unanswered.length }, answers: unanswered }]
      : []),
  ];
  return {
    score,
    band,
    blockers,
    counted,
    evidencedShare: counted === 0 ? 0 : Math.round((evidenced / counted) * 1000) / 10,
    trace,
  };
}
