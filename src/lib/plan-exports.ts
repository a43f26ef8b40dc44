/**
 * Exports of the plan around a result: the evidence request list and the remediation roadmap as CSV (UTF-8 with a
 * byte order mark, formula-safe), and the roadmap's due dates and milestones as an iCalendar file. Pure.
 */

import type { Method } from "../engine/method-index.ts";
import type { Results } from "../engine/results.ts";
import type { Formatter } from "../report/format.ts";
import { milestoneLabel, roadmapKey } from "../report/milestone-label.ts";
import { toCsv } from "./csv.ts";
import { buildIcs, type IcsEvent } from "./ics.ts";

/** The evidence a period must cover, as text ("As of 4 May 2027", "5 May 2027 to 4 November 2027"). */
export function periodText(format: Formatter, period: Results["evidence"][number]["periods"][number]): string {
  if (period.kind === "period") {
    return format.message("evidence.period", { from: { date: period.from }, to: { date: period.to } });
  }
  return format.message(period.kind === "as_of" ? "evidence.as_of" : "evidence.by", { date: { date: period.date } });
}

/** One row per control in scope, with empty owner and status columns to fill in. */
export function evidenceCsv(method: Method, results: Results, format: Formatter, labels: EvidenceLabels): string {
  const rows = results.evidence.map((request) => {
    const question = method.questionsById.get(request.questionId);
    const evidence = question?.type === "maturity" ? format.text(question.evidence) : "";
    return [
      format.message(`framework.${request.framework}`),
      format.questionText(request.questionId),
      evidence,
      request.refs.join(" "),
      request.periods.map((p) => periodText(format, p)).join("; "),
      request.due ? format.date(request.due) : "",
      request.gap ? labels.yes : labels.no,
      "",
      "",
    ];
  });
  return toCsv(labels.header, rows);
}

export interface EvidenceLabels {
  /** Column names in the report's language: framework, control, evidence, references, period, due, gap, owner, status. */
  readonly header: readonly string[];
  readonly yes: string;
  readonly no: string;
}

/** The roadmap: each phase with its due date and the findings to close, then the milestones. */
export function roadmapCsv(method: Method, results: Results, format: Formatter, header: readonly string[]): string {
  const gapText = (id: string) => {
    const question = method.questionsById.get(id);
    return question?.type === "maturity" ? format.text(question.gap) : id;
  };
  const phases = results.roadmap.flatMap((phase) =>
    phase.gaps.map((id) => [
      format.message(roadmapKey(phase.id)),
      format.date(phase.start),
      format.date(phase.due),
      gapText(id),
    ]),
  );
  const milestones = results.assessment.timeline.milestones.map((m) => [
    milestoneLabel(format, m),
    format.date(m.date),
    m.endDate ? format.date(m.endDate) : format.date(m.date),
    "",
  ]);
  return toCsv(header, [...phases, ...milestones]);
}

/** The roadmap's due dates and the timeline's milestones as all-day calendar events. */
export function roadmapIcs(
  results: Results,
  format: Formatter,
  options: { prodId: string; name: string; host: string; stamp: Date },
): string {
  const events: IcsEvent[] = [
    ...results.roadmap.map((phase) => ({
      uid: `roadmap-${phase.id}-${phase.due}@${options.host}`,
      start: phase.due,
      summary: format.message(roadmapKey(phase.id)),
    })),
    ...results.assessment.timeline.milestones.map((m) => ({
      uid: `milestone-${m.id}-${m.date}@${options.host}`,
      start: m.date,
      ...(m.endDate ? { end: m.endDate } : {}),
      summary: milestoneLabel(format, m),
    })),
  ];
  return buildIcs({ prodId: options.prodId, name: options.name, stamp: options.stamp, events });
}
