/**
 * The gap report's content in one language, built from an Assessment: what the PDF, the Markdown output of the CLI
 * and the sales workspace print. Pure; every number comes from the engine and every sentence from the data files.
 */
import type { Answers } from "../engine/answers.ts";
import { evidenceRequests } from "../engine/evidence.ts";
import type { Assessment } from "../engine/index.ts";
import type { Method } from "../engine/method.ts";
import { buildOutlook, type DayFigureId } from "../engine/outlook.ts";
import { overlayWhy } from "../engine/overlay.ts";
import type { Results } from "../engine/results.ts";
import { buildRoadmap } from "../engine/roadmap.ts";
import type { BandId } from "../engine/schema.ts";
import { resolveVisibility } from "../engine/visibility.ts";
import type { Locale } from "../i18n/locales.ts";
import { type ReportKey, report } from "../i18n/packs/report.ts";
import { createT, type Translator } from "../i18n/translate.ts";
import { answerText } from "./answer-text.ts";
import { createFormatter, type Formatter } from "./format.ts";
import { milestoneLabel, roadmapKey } from "./milestone-label.ts";

export interface ReportGap {
  readonly priority: number;
  readonly severity: string;
  readonly severityId: string;
  readonly finding: string;
  readonly control: string;
  readonly domain: string;
  readonly tsc: readonly string[];
  readonly iso: readonly string[];
  readonly hk: readonly string[];
  readonly evidence: string;
  readonly unknown: boolean;
}

/** What the report adds when it knows the answers: the plan, the outlook, the profile, the print view. */
export interface ReportPlan {
  /** "What you told us": each profile question answered, with the answer. */
  readonly profile: readonly { readonly section: string; readonly question: string; readonly answer: string }[];
  /** Per framework in the client's goal order: its name and the outlook sentences. */
  readonly outlook: readonly { readonly framework: string; readonly sentences: readonly string[] }[];
  /** The next steps specific to the result, each with the findings it names. */
  readonly nextSteps: readonly { readonly text: string; readonly findings: readonly string[] }[];
  /** Remediation phases: title, framework, from the start date to the due date (its milestone), the findings. */
  readonly phases: readonly {
    readonly id: string;
    readonly title: string;
    readonly frameworkId: "soc2" | "iso42001";
    readonly start: string;
    readonly due: string;
    readonly dueText: string;
    readonly findings: readonly string[];
  }[];
  /** The evidence request list, one row per control in scope. */
  readonly evidence: readonly {
    readonly framework: string;
    readonly control: string;
    readonly evidence: string;
    readonly refs: string;
    readonly period: string;
    readonly due: string;
  }[];
  /** What the days mean: the sentence, and every day figure with hours and auditor-weeks. */
  readonly daysMeaning: string;
  readonly dayFigures: readonly {
    readonly id: DayFigureId;
    readonly days: number;
    readonly hours: number;
    readonly auditorWeeks: number;
    readonly observationMonths?: number;
    readonly fee?: string;
  }[];
  /** A first estimate from the quick check. */
  readonly quickOnly: boolean;
  /** The figures withheld for unanswered questions, as text. */
  readonly missing: readonly string[];
  /** The accessible print view of the same answers (a share link to it). */
  readonly printUrl?: string;
}

export interface ReportModel {
  readonly locale: Locale;
  readonly t: Translator<ReportKey>;
  readonly format: Formatter;
  readonly methodVersion: string;
  readonly questionnaireVersion: number;
  readonly startDate: string;
  readonly notices: readonly string[];
  readonly summary: {
    readonly overall: number;
    readonly band: string;
    readonly bandId: string;
    readonly bandSummary: string;
    readonly soc2: { readonly score: number; readonly band: string };
    readonly iso: { readonly score: number; readonly band: string } | null;
    readonly blockers: readonly string[];
    readonly topFindings: readonly string[];
    readonly path: string;
    readonly complete: boolean;
  };
  readonly soc2: {
    readonly firstReport: string;
    readonly path: string;
    readonly observationMonths: number;
    readonly reasons: readonly string[];
    readonly categories: readonly {
      readonly id: string;
      readonly label: string;
      readonly included: boolean;
      readonly count: number;
      readonly reasons: readonly string[];
    }[];
    readonly criteriaCount: number;
    readonly days: readonly { readonly label: string; readonly days: number; readonly drivers: readonly string[] }[];
  };
  readonly iso:
    | {
        readonly applicable: true;
        readonly reasons: readonly string[];
        readonly role: string;
        readonly rows: readonly { readonly label: string; readonly year: number; readonly days: number }[];
        readonly initial: number;
        readonly cycleTotal: number;
        /** Audit days per year of the certificate, as the engine counts them. */
        readonly years: readonly { readonly year: number; readonly days: number }[];
        readonly drivers: readonly string[];
        readonly cycleDrivers: readonly string[];
      }
    | { readonly applicable: false; readonly reasons: readonly string[] };
  readonly domains: readonly {
    readonly id: string;
    readonly label: string;
    readonly score: number;
    readonly band: string;
    readonly bandId: string;
  }[];
  /** The readiness bands, best first, with the lowest score of each (for chart scales and legends). */
  readonly bands: readonly { readonly id: string; readonly label: string; readonly min: number }[];
  readonly timeline: readonly {
    readonly id: string;
    readonly label: string;
    readonly framework: string;
    readonly frameworkId: "soc2" | "iso42001";
    readonly when: string;
    readonly date: string;
    readonly endDate?: string;
    readonly kind: string;
  }[];
  readonly gaps: readonly ReportGap[];
  readonly overlay: readonly {
    readonly id: string;
    readonly regulator: string;
    readonly ref: string;
    readonly title: string;
    readonly date: string;
    readonly url: string;
    readonly expects: string;
    readonly why: string;
    /** Further points that apply to this organisation (e.g. extra measures for a high-risk use). */
    readonly notes: readonly string[];
    readonly gaps: number;
    readonly controls: number;
  }[];
  /** Present when the report was built with the answers (the results page, the CLI with an answers file). */
  readonly plan?: ReportPlan;
}

export interface ReportOptions {
  /** The answers the assessment was evaluated from: the report then adds the plan and the profile. */
  readonly answers?: Answers;
  /** The results already computed for these answers (assessResults); computed here when absent. */
  readonly results?: Results;
  /** The print view of the same answers, linked from the report's first page. */
  readonly printUrl?: string;
}

function partialDate(format: Formatter, locale: Locale, date: string): string {
  if (date.length === 10) return format.date(date);
  const [year, month] = date.split("-");
  if (!month) return locale === "en" ? String(year) : `${year}年`;
  const asDate = new Date(Date.UTC(Number(year), Number(month) - 1, 1));
  return new Intl.DateTimeFormat(locale === "en" ? "en-HK" : "zh-HK", {
    year: "numeric",
    month: "long",
    timeZone: "UTC",
  }).format(asDate);
}

export function buildReportModel(
  method: Method,
  assessment: Assessment,
  locale: Locale,
  options: ReportOptions = {},
): ReportModel {
  const f = createFormatter(method, locale);
  const t = createT(locale, report[locale]);
  const band = (id: BandId) => f.message(`band.${id}`);
  const gapText = (questionId: string, field: "gap" | "evidence") => {
    const q = method.questionsById.get(questionId);
    return q?.type === "maturity" ? f.text(q[field]) : questionId;
  };
  const engagement = assessment.soc2.engagement;
  const hkTitle = (id: string) => {
    const e = method.regulators.expectations.find((x) => x.id === id);
    return e ? e.ref : id;
  };

  const gaps: ReportGap[] = assessment.gaps.map((gap) => ({
    priority: gap.priority,
    severity: f.message(`severity.${gap.severity}`),
    severityId: gap.severity,
    // A documented control without records over time needs evidence, not the control itself.
    finding:
      gap.severity === "low"
        ? f.message("gap.needs_evidence_for", { control: f.questionText(gap.questionId) })
        : gapText(gap.questionId, "gap"),
    control: f.questionText(gap.questionId),
    domain: f.domain(gap.domain),
    tsc: gap.refs.tsc,
    iso: gap.refs.iso,
    hk: gap.refs.hk.map(hkTitle),
    evidence: gapText(gap.questionId, "evidence"),
    unknown: gap.unknown,
  }));

  const iso = assessment.iso42001;
  const isoModel: ReportModel["iso"] = iso.applicable
    ? {
        applicable: true,
        reasons: iso.reasons.map(f.step),
        role: f.message(`role.${iso.roleColumn}`),
        rows: iso.days.audits.map((audit) => ({ label: t(`iso.${audit.id}`), year: audit.year, days: audit.days })),
        initial: iso.days.initial,
        cycleTotal: iso.days.cycleTotal,
        years: iso.days.byYear,
        drivers: iso.trace.initial.map(f.step),
        cycleDrivers: iso.trace.cycle.map(f.step),
      }
    : { applicable: false, reasons: iso.reasons.map(f.step) };

  const days: { label: string; days: number; drivers: string[] }[] = [];
  if (assessment.soc2.days.type1) {
    days.push({
      label: t("soc2.daysType1"),
      days: assessment.soc2.days.type1.days,
      drivers: assessment.soc2.days.type1.trace.map(f.step),
    });
  }
  if (assessment.soc2.days.type2) {
    days.push({
      label: t("soc2.daysType2", { months: f.number(assessment.soc2.days.type2.observationMonths) }),
      days: assessment.soc2.days.type2.days,
      drivers: assessment.soc2.days.type2.trace.map(f.step),
    });
  }

  const plan = options.answers
    ? buildPlan(method, assessment, locale, f, { ...options, answers: options.answers })
    : undefined;
  return {
    ...(plan ? { plan } : {}),
    locale,
    t,
    format: f,
    methodVersion: assessment.methodVersion,
    questionnaireVersion: assessment.questionnaireVersion,
    startDate: assessment.startDate,
    notices: [f.message("notice.self_assessment"), f.message("notice.independence"), f.message("notice.estimates")],
    summary: {
      overall: assessment.readiness.overall.score,
      band: band(assessment.readiness.overall.band),
      bandId: assessment.readiness.overall.band,
      bandSummary: f.message(`band.${assessment.readiness.overall.band}.summary`),
      soc2: { score: assessment.readiness.soc2.score, band: band(assessment.readiness.soc2.band) },
      iso: assessment.readiness.iso42001
        ? { score: assessment.readiness.iso42001.score, band: band(assessment.readiness.iso42001.band) }
        : null,
      // Findings read as findings: the gap text, never the control statement.
      blockers: assessment.readiness.blockers.map((id) => gapText(id, "gap")),
      topFindings: assessment.topFindings.flatMap((id) =>
        assessment.gaps.flatMap((g, i) => (g.questionId === id && gaps[i] ? [gaps[i].finding] : [])),
      ),
      path: f.message(`path.${engagement.path}`),
      complete: assessment.completeness.missing.length === 0,
    },
    soc2: {
      firstReport: f.message(`type.${engagement.firstReport}`),
      path: f.message(`path.${engagement.path}`),
      observationMonths: engagement.observationMonths,
      reasons: engagement.reasons.map(f.step),
      categories: assessment.soc2.criteria.categories.map((c) => ({
        id: c.category,
        label: f.category(c.category),
        included: c.included,
        count: c.criteriaCount,
        reasons: c.reasons.map(f.step),
      })),
      criteriaCount: assessment.soc2.criteria.criteriaCount,
      days,
    },
    iso: isoModel,
    domains: assessment.readiness.domains.map((d) => ({
      id: d.domain,
      label: f.domain(d.domain),
      score: d.score,
      band: band(d.band),
      bandId: d.band,
    })),
    bands: method.estimation.scoring.bands.map((b) => ({ id: b.id, label: band(b.id), min: b.min })),
    timeline: assessment.timeline.milestones.map((m) => ({
      id: m.id,
      label: milestoneLabel(f, m),
      framework: f.message(`framework.${m.framework}`),
      frameworkId: m.framework,
      when: m.endDate ? f.dateRange(m.date, m.endDate) : f.date(m.date),
      date: m.date,
      ...(m.endDate ? { endDate: m.endDate } : {}),
      kind: m.kind,
    })),
    gaps,
    overlay: assessment.overlay.map((item) => {
      const e = method.regulators.expectations.find((x) => x.id === item.id);
      const regulator = method.regulators.regulators.find((r) => r.id === item.regulator);
      return {
        id: item.id,
        regulator: regulator ? f.text(regulator.name) : item.regulator,
        ref: e?.ref ?? item.id,
        title: e ? f.text(e.title) : item.id,
        date: e ? partialDate(f, locale, e.date) : "",
        url: e?.url ?? "",
        expects: e ? f.text(e.expects) : "",
        why: e ? f.text(overlayWhy(method, item) ?? e.expects) : "",
        notes: e
          ? item.notes.flatMap((n) => {
              const note = e.notes[n.index];
              return note ? [f.text(note.text)] : [];
            })
          : [],
        controls: item.questions.length,
        gaps: assessment.gaps.filter((g) => g.refs.hk.includes(item.id)).length,
      };
    }),
  };
}

/** The plan, outlook, profile and evidence list of the report (only with the answers). */
function buildPlan(
  method: Method,
  assessment: Assessment,
  locale: Locale,
  f: Formatter,
  options: ReportOptions & { answers: Answers },
): ReportPlan {
  const answers = resolveVisibility(method, options.answers).effective;
  const roadmap = options.results?.roadmap ?? buildRoadmap(method, assessment);
  const evidence = options.results?.evidence ?? evidenceRequests(method, assessment, answers, roadmap);
  const outlook = options.results?.outlook ?? buildOutlook(method, assessment, answers, roadmap);
  const finding = (id: string) => {
    const q = method.questionsById.get(id);
    return q?.type === "maturity" ? f.text(q.gap) : id;
  };
  const milestones = new Map(assessment.timeline.milestones.map((m) => [m.id, m]));
  const profile = method.questionnaire.sections
    .filter((s) => s.kind === "profile")
    .flatMap((section) =>
      section.questions.flatMap((q) => {
        const text = answerText(f, q, answers[q.id]);
        return text ? [{ section: f.text(section.title), question: f.text(q.text), answer: text }] : [];
      }),
    );
  const period = (p: Results["evidence"][number]["periods"][number]) =>
    p.kind === "period"
      ? f.message("evidence.period", { from: { date: p.from }, to: { date: p.to } })
      : f.message(p.kind === "as_of" ? "evidence.as_of" : "evidence.by", { date: { date: p.date } });
  const t = createT(locale, report[locale]);
  return {
    profile,
    outlook: outlook.order.map((framework) => ({
      framework: f.message(`framework.${framework}`),
      sentences: (framework === "soc2" ? outlook.soc2 : (outlook.iso ?? [])).map(f.step),
    })),
    nextSteps: outlook.nextSteps.map((step) => ({
      text: f.step(step),
      findings: step.key === "next.close_blockers" ? (step.answers ?? []).slice(0, 3).map(finding) : [],
    })),
    phases: roadmap.map((phase) => {
      const due = milestones.get(phase.dueMilestone);
      return {
        id: phase.id,
        title: f.message(roadmapKey(phase.id)),
        frameworkId: phase.framework,
        start: phase.start,
        due: phase.due,
        dueText: due
          ? locale === "en"
            ? `${f.date(phase.due)} (${milestoneLabel(f, due)})`
            : `${f.date(phase.due)}（${milestoneLabel(f, due)}）`
          : f.date(phase.due),
        findings: phase.gaps.map(finding),
      };
    }),
    evidence: evidence.map((request) => {
      const q = method.questionsById.get(request.questionId);
      return {
        framework: f.message(`framework.${request.framework}`),
        control: f.questionText(request.questionId),
        evidence: q?.type === "maturity" ? f.text(q.evidence) : "",
        refs: request.refs.join(", "),
        period: request.periods.map(period).join("; "),
        due: request.due ? f.date(request.due) : "",
      };
    }),
    daysMeaning: t("plan.daysMeaning", {
      hours: f.number(outlook.auditDayHours),
      weekDays: f.number(outlook.auditorWeekDays),
    }),
    dayFigures: outlook.days.map((d) => ({
      id: d.id,
      days: d.days,
      hours: d.hours,
      auditorWeeks: d.auditorWeeks,
      ...(d.observationMonths !== undefined ? { observationMonths: d.observationMonths } : {}),
      ...(d.fee ? { fee: `${f.money(d.fee.min, d.fee.currency)}–${f.money(d.fee.max, d.fee.currency)}` } : {}),
    })),
    quickOnly: options.results?.quickOnly ?? false,
    missing: (options.results?.missing.withheld ?? []).map(
      (w) => `${f.message(`figure.${w.figure}`)}: ${w.questions.map((id) => f.questionText(id)).join("; ")}`,
    ),
    ...(options.printUrl ? { printUrl: options.printUrl } : {}),
  };
}
