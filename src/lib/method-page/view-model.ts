/**
 * The method page's view-model: everything the page shows that comes from the method's data files — the version, the
 * filled paragraphs, the tables (as specs, tables.ts), the worked examples (computed by the engine itself) and the
 * changelog — for one locale. Pure: the method, the locale and the page's string lookups in, plain data out.
 */
import { estimateIso } from "../../engine/iso.ts";
import type { Method } from "../../engine/method-index.ts";
import { publishedFigures } from "../../engine/published.ts";
import type { BandId } from "../../engine/schema.ts";
import { estimateSoc2Days } from "../../engine/soc2-days.ts";
import type { MethodPageKey } from "../../i18n/index.ts";
import { type Locale, localePath } from "../../i18n/index.ts";
import { type MethodPageText, pageFormat } from "./format.ts";
import * as tables from "./tables.ts";

/** The page's sections in order: their anchors and headings (the contents list). */
const sections = [
  ["method-version", "version.heading"],
  ["scoring", "scoring.heading"],
  ["soc2-type", "soc2.heading"],
  ["criteria", "criteria.heading"],
  ["soc2-days", "days.heading"],
  ["iso-days", "iso.heading"],
  ["timeline", "timeline.heading"],
  ["overlay", "overlay.heading"],
  ["changelog", "changelog.heading"],
] as const satisfies readonly (readonly [string, MethodPageKey])[];

/** The SOC 2 days example: a Type II of Security and Availability over the shortest observation period. */
const soc2Example = { headcount: 40, systems: 2, band: "minor_gaps" as BandId };
/** The ISO/IEC 42001 example: one AI system developed by a team of this many. */
const isoExampleHeadcount = 8;

export type MethodPageView = ReturnType<typeof methodPageView>;

export function methodPageView(method: Method, locale: Locale, text: MethodPageText) {
  const fmt = pageFormat(method, locale, text);
  const { t, rich, n, days, months, band, scaleLabel, percent } = fmt;
  const { estimation, questionnaire, frameworks, changelog } = method;
  const scoring = estimation.scoring;
  const engagement = estimation.soc2.engagement;
  const soc2Days = estimation.soc2.days;
  const iso = estimation.iso42001;

  // 1. Version.
  const latest = [...changelog].sort((a, b) => b.date.localeCompare(a.date))[0];
  if (!latest) throw new Error("content/assessment/changelog.yaml has no entries");

  // 2. Scoring.
  const controls = method.controlQuestions;

  // 5. SOC 2 days: the worked example, computed by the engine.
  const soc2ExampleMonths = engagement.minObservationMonths;
  const soc2ExampleDays = estimateSoc2Days(
    method,
    { headcount: soc2Example.headcount, systems_count: soc2Example.systems, sites: 1, hosting: "single_cloud" },
    {
      type: "type2",
      observationMonths: soc2ExampleMonths,
      categories: ["security", "availability"],
      band: soc2Example.band,
    },
  ).days;

  // 6. ISO/IEC 42001 days.
  const isoRows = iso.headcountTable;
  const firstRow = isoRows[0];
  const lastIsoRow = isoRows[isoRows.length - 1];
  const roleRatio = (value: number) => n(firstRow ? Math.round((value / firstRow.producer) * 100) / 100 : 1);
  const isoExample = estimateIso(method, {
    ai_roles: ["developer"],
    ai_headcount: isoExampleHeadcount,
    ai_systems_count: 1,
    sites: 1,
    prior_certifications: ["none"],
    regulated_status: ["none"],
    ai_high_risk: ["none"],
    genai_use: "none",
  });
  if (!isoExample.applicable) throw new Error("the ISO/IEC 42001 example must be applicable");
  const stage1ToCertificate = fmt.rangeText(publishedFigures(method)["iso.stage1ToCertificateWeeks"]);

  const quoted = (label: string) => t("quote", { text: label });

  return {
    title: t("meta.title"),
    description: t("meta.description"),
    toc: sections.map(([slug, key]) => ({ slug, text: t(key) })),
    reviewed: { datetime: latest.date, text: fmt.formatDate(latest.date) },

    version: {
      method: estimation.methodVersion,
      questionnaire: n(questionnaire.version),
      published: { datetime: latest.date, text: fmt.formatDate(latest.date) },
      notAudit: rich("version.notAudit", {
        terms: { href: localePath(locale, "terms"), text: t("version.termsLink") },
      }),
    },

    scoring: {
      scale: tables.scaleTable(method, fmt),
      unknownNa: t("scoring.unknownNa", {
        unknown: scaleLabel("unknown"),
        points: n(scoring.levelPoints.unknown),
        na: scaleLabel("na"),
      }),
      bands: tables.bandsTable(method, fmt),
      blockers: t("scoring.blockers", {
        level: scaleLabel(scoring.blockerBelow),
        unknown: scaleLabel("unknown"),
        cap: band(scoring.blockerBandCap),
      }),
      typeII: t("scoring.typeII", { level: scaleLabel(scoring.typeIILevel) }),
      domainsIntro: t("scoring.domainsIntro", {
        version: n(questionnaire.version),
        questions: n(controls.length),
        domains: n(questionnaire.domains.length),
        blockers: n(controls.filter((q) => q.blocker).length),
      }),
      domains: tables.domainsTable(method, fmt),
    },

    soc2: {
      type1: t("soc2.type1", {
        asOf: months(engagement.type1AsOfMonths),
        min: n(engagement.type1ReportMonths[0]),
        max: n(engagement.type1ReportMonths[1]),
      }),
      type2: t("soc2.type2", {
        min: n(engagement.minObservationMonths),
        annual: n(engagement.annualObservationMonths),
        reportMin: n(engagement.type2ReportingMonths[0]),
        reportMax: n(engagement.type2ReportingMonths[1]),
      }),
      direct: [
        t("soc2.directBands", { bands: fmt.listOr(engagement.type2ReadyBands.map((id) => quoted(band(id)))) }),
        t("soc2.directEvidence", { min: n(engagement.minObservationMonths) }),
        t("soc2.directDeadline", { reportMax: n(engagement.type2ReportingMonths[1]) }),
      ],
      type1First: t("soc2.type1First", { min: n(engagement.minObservationMonths) }),
      renewal: t("soc2.renewal", { annual: n(engagement.annualObservationMonths) }),
      annual: t("soc2.annual", {
        annual: n(engagement.annualObservationMonths),
        min: n(engagement.minObservationMonths),
      }),
      period: t("soc2.period", {
        lookBack: engagement.lookBackPeriod ? t("soc2.lookBackOn") : t("soc2.lookBackOff"),
      }),
      evidence: tables.evidenceTable(method, fmt),
      deadline: tables.deadlineTable(method, fmt),
    },

    criteria: {
      table: tables.criteriaTable(method, fmt),
      total: t("criteria.total", { total: n(frameworks.tsc.reduce((sum, c) => sum + c.criteria.length, 0)) }),
    },

    soc2Days: {
      steps: [
        t("days.step1", { type1: days(soc2Days.base.type1), type2: days(soc2Days.base.type2) }),
        t("days.step2", { perMonth: days(soc2Days.observationDaysPerMonth) }),
        t("days.step3", { perSite: days(soc2Days.extraSiteDays) }),
        t("days.step4", { factor: n(soc2Days.type2ScopeMultiplier) }),
        t("days.step5"),
        t("days.step6", { step: days(soc2Days.rounding) }),
      ],
      fixed: tables.soc2FixedTable(method, fmt),
      categories: tables.soc2CategoriesTable(method, fmt),
      headcount: tables.soc2HeadcountTable(method, fmt),
      systems: tables.soc2SystemsTable(method, fmt),
      hosting: tables.soc2HostingTable(method, fmt),
      subservice: tables.soc2SubserviceTable(method, fmt),
      maturity: tables.soc2MaturityTable(method, fmt),
      example: t("days.example", {
        months: n(soc2ExampleMonths),
        headcount: n(soc2Example.headcount),
        systems: n(soc2Example.systems),
        band: band(soc2Example.band),
        days: days(soc2ExampleDays),
      }),
    },

    isoDays: {
      table: rich("iso.table", {
        firstRow: fmt.rangeLabel(isoRows, 0),
        single: roleRatio(firstRow?.developer_provider_user ?? 0),
        several: roleRatio(firstRow?.multiple ?? 0),
        costs: { href: localePath(locale, "costs-and-audit-days"), text: t("iso.costsLink") },
      }),
      headcount: tables.isoHeadcountTable(method, fmt),
      beyond: t("iso.beyond", {
        last: n(lastIsoRow?.max ?? 0),
        producer: days(iso.beyondTable.days.producer),
        single: days(iso.beyondTable.days.developer_provider_user),
        several: days(iso.beyondTable.days.multiple),
        persons: n(iso.beyondTable.persons),
      }),
      systems: tables.isoSystemsTable(method, fmt),
      increases: tables.isoIncreasesTable(method, fmt),
      floor: t("iso.floor", { days: days(iso.minimumDays.regulatedHighRisk) }),
      sites: t("iso.sites", {
        perSampled: days(iso.sites.extraDaysPerSampledSite),
        perSite: days(iso.sites.extraDaysPerSiteWithoutSampling),
      }),
      reductionsIntro: t("iso.reductionsIntro", { cap: percent(iso.reductions.maxTotal) }),
      reductions: tables.isoReductionsTable(method, fmt),
      steps: [
        t("iso.step1"),
        t("iso.step2"),
        t("iso.step3"),
        t("iso.step3b"),
        t("iso.step4", { step: days(iso.rounding) }),
        t("iso.step5", { share: fmt.ratio(iso.stage1Share) }),
        t("iso.step6", {
          surveillance: fmt.ratio(iso.surveillanceRatio),
          recertification: fmt.ratio(iso.recertificationRatio),
        }),
      ],
      example: t("iso.example", {
        headcount: n(isoExampleHeadcount),
        initial: days(isoExample.days.initial),
        stage1: days(isoExample.days.stage1),
        stage2: days(isoExample.days.stage2),
        surveillance: days(isoExample.days.surveillance1),
        recertification: days(isoExample.days.recertification),
      }),
    },

    timeline: {
      readiness: tables.readinessMonthsTable(method, fmt),
      soc2: t("timeline.soc2", {
        asOf: months(engagement.type1AsOfMonths),
        t1min: n(engagement.type1ReportMonths[0]),
        t1max: n(engagement.type1ReportMonths[1]),
        t2min: n(engagement.type2ReportingMonths[0]),
        t2max: n(engagement.type2ReportingMonths[1]),
      }),
      iso: tables.isoMilestonesTable(method, fmt, stage1ToCertificate),
    },

    overlay: { table: tables.overlayTable(method, fmt) },

    changelog: changelog.map((entry) => ({
      heading: t("changelog.entry", { version: entry.version, date: fmt.formatDate(entry.date) }),
      changes: entry.changes.map((change) => change[locale]),
    })),
  };
}
