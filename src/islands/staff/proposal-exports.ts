/**
 * The workspace's files: proposal inputs as JSON and CSV, and the timeline as iCalendar. Pure functions returning
 * text (the PDF is made by src/report/pdf with the appendix from appendix.ts).
 *
 * - JSON: `{ methodVersion, questionnaireVersion, generatedAt, answerSet, settings, proposal }`, where `answerSet` is
 *   the one evaluated (with the locations what-if and start date applied) and `settings` the scope and day rates, so
 *   `evaluate(method, answerSet, settings).proposal` gives `proposal` again.
 * - CSV: one row per field, `section,field,value`; section and field are stable ids, values are numbers, ISO dates
 *   (a window or period as `start/end`) or text in the page's language. UTF-8 with a byte order mark; cells are
 *   formula-safe (csvRow).
 */
import type { AnswerSet } from "../../engine/answers.ts";
import type { Assessment, FeeRange, Settings } from "../../engine/index.ts";
import type { Method } from "../../engine/method-index.ts";
import { icsLanguage } from "../../i18n/locales.ts";
import { csvRow } from "../../lib/exports.ts";
import { buildIcs, escapeIcsText } from "../../lib/ics.ts";
import type { Formatter } from "../../report/format.ts";

export function proposalJson(
  answerSet: AnswerSet,
  settings: Settings,
  assessment: Assessment,
  generatedAt: string,
): string {
  const document = {
    methodVersion: assessment.methodVersion,
    questionnaireVersion: assessment.questionnaireVersion,
    generatedAt,
    answerSet,
    settings,
    proposal: assessment.proposal,
  };
  return `${JSON.stringify(document, null, 2)}\n`;
}

type Row = readonly [section: string, field: string, value: string | number | boolean];

/** The proposal inputs, one field per row. */
export function proposalCsv(
  method: Method,
  assessment: Assessment,
  format: Formatter,
  settings: Settings,
  generatedAt: string,
): string {
  const p = assessment.proposal;
  const o = p.organisation;
  const rows: Row[] = [
    ["meta", "method_version", p.methodVersion],
    ["meta", "questionnaire_version", p.questionnaireVersion],
    ["meta", "generated_at", generatedAt],
    ["meta", "language", format.locale],
    ["meta", "start_date", p.startDate],
  ];
  const label = (questionId: string, id: string | undefined) => (id ? format.option(questionId, id) : "");
  const labels = (questionId: string, ids: readonly string[]) =>
    ids.map((id) => format.option(questionId, id)).join("; ");
  const org = (field: string, value: string | number | undefined) => {
    if (value !== undefined && value !== "") rows.push(["organisation", field, value]);
  };
  org("industry", label("industry", o.industry));
  org("headcount", o.headcount);
  org("ai_headcount", o.aiHeadcount);
  org("sites", o.sites);
  org("sites_same_processes", label("sites_same_processes", o.sitesSameProcesses));
  org("hosting", label("hosting", o.hosting));
  org("systems", o.systems);
  org("subservice_organisations", o.subserviceOrganisations);
  org("subservice_method", label("subservice_method", o.subserviceMethod));
  org("ai_systems", o.aiSystems);
  org("ai_roles", labels("ai_roles", o.aiRoles));
  org("regulated_status", labels("regulated_status", o.regulatedStatus));
  org("prior_certifications", labels("prior_certifications", o.priorCertifications));

  rows.push(
    ["readiness", "overall_score", p.readiness.overall],
    ["readiness", "band", format.message(`band.${p.readiness.band}`)],
    ["soc2", "first_report", format.message(`type.${p.soc2.firstReport}`)],
    ["soc2", "path", format.message(`path.${assessment.soc2.engagement.path}`)],
    ["soc2", "observation_months", p.soc2.observationMonths],
    ["soc2", "categories", p.soc2.categories.map(format.category).join("; ")],
    ["soc2", "criteria_count", p.soc2.criteriaCount],
  );
  if (p.soc2.days.type1 !== undefined) rows.push(["soc2", "days_type1", p.soc2.days.type1]);
  if (p.soc2.days.type2 !== undefined) rows.push(["soc2", "days_type2", p.soc2.days.type2]);
  if (settings.scope?.categories) rows.push(["scope", "categories", settings.scope.categories.join("; ")]);
  if (settings.scope?.observationMonths !== undefined) {
    rows.push(["scope", "observation_months", settings.scope.observationMonths]);
  }

  const iso = assessment.iso42001;
  rows.push(["iso42001", "applicable", iso.applicable]);
  if (iso.applicable) {
    rows.push(
      ["iso42001", "role_column", format.message(`role.${iso.roleColumn}`)],
      ["iso42001", "days_stage1", iso.days.stage1],
      ["iso42001", "days_stage2", iso.days.stage2],
      ["iso42001", "days_surveillance1", iso.days.surveillance1],
      ["iso42001", "days_surveillance2", iso.days.surveillance2],
      ["iso42001", "days_recertification", iso.days.recertification],
      ["iso42001", "days_cycle_total", iso.days.cycleTotal],
      ...iso.days.byYear.map((y): Row => ["iso42001", `days_year_${y.year}`, y.days]),
      ["iso42001", "sites_audited", iso.days.sitesAudited],
    );
  }

  const rates = settings.dayRates;
  if (rates) {
    rows.push(
      ["rates", "currency", rates.currency],
      ["rates", "soc2_day_min", rates.soc2[0]],
      ["rates", "soc2_day_max", rates.soc2[1]],
      ["rates", "iso42001_day_min", rates.iso42001[0]],
      ["rates", "iso42001_day_max", rates.iso42001[1]],
    );
  }
  const fee = (field: string, range: FeeRange | undefined) => {
    if (!range) return;
    rows.push(["fees", `${field}_min`, range.min], ["fees", `${field}_max`, range.max]);
  };
  fee("soc2_type1", p.soc2.fees?.type1);
  fee("soc2_type2", p.soc2.fees?.type2);
  if (p.iso42001.applicable) {
    fee("iso42001_initial", p.iso42001.fees?.initial);
    fee("iso42001_cycle", p.iso42001.fees?.cycle);
  }

  for (const m of assessment.timeline.milestones) {
    rows.push(["timeline", m.id, m.endDate ? `${m.date}/${m.endDate}` : m.date]);
  }
  for (const id of p.regulatorFlags) {
    const e = method.regulators.expectations.find((x) => x.id === id);
    rows.push(["regulator_flags", id, e ? `${e.ref}: ${format.text(e.title)}` : id]);
  }
  for (const id of p.topGaps) rows.push(["top_gaps", id, format.questionText(id)]);

  return `\uFEFF${[csvRow(["section", "field", "value"]), ...rows.map((r) => csvRow(r))].join("\r\n")}\r\n`;
}

/** The timeline's milestones as all-day events; UIDs are stable for the same milestone and date. */
export function proposalIcs(
  assessment: Assessment,
  format: Formatter,
  options: {
    readonly host: string;
    readonly firmName: string;
    readonly calendarName: string;
    readonly description: string;
    /** Between a milestone's framework and its name (the staff pack's `punct.colon`). */
    readonly colon: string;
    readonly organisation?: string;
    readonly stamp: Date;
  },
): string {
  const prefix = options.organisation ? `${options.organisation} – ` : "";
  return buildIcs({
    prodId: `-//${escapeIcsText(options.firmName)}//Proposal workspace//${icsLanguage[format.locale]}`,
    name: options.organisation ? `${options.calendarName}: ${options.organisation}` : options.calendarName,
    stamp: options.stamp,
    events: assessment.timeline.milestones.map((m) => ({
      uid: `${m.id}-${m.date}@${options.host}`,
      start: m.date,
      ...(m.endDate ? { end: m.endDate } : {}),
      summary: `${prefix}${format.message(`framework.${m.framework}`)}${options.colon}${format.message(m.key)}`,
      description: options.description,
      categories: [format.message(`framework.${m.framework}`)],
    })),
  });
}

export { saveFile as download } from "../../lib/save-file.ts";
