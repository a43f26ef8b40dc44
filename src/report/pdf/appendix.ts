/**
 * The gap report's optional "Proposal inputs" appendix, for the firm's sales staff: the scope as proposed (with any
 * change staff made to the recommendation), audit days per stage and per year, fee ranges when day rates were given,
 * and the key dates. Pure; every figure comes from an Assessment evaluated with the proposal's settings, every label
 * from the report pack (src/i18n/<locale>/report.ts), so it prints in the report's language.
 */
import type { Assessment, FeeRange } from "../../engine/index.ts";
import type { Method } from "../../engine/method.ts";
import type { Locale } from "../../i18n/locales.ts";
import { report } from "../../i18n/packs/report.ts";
import { createT } from "../../i18n/translate.ts";
import { createFormatter, type Formatter } from "../format.ts";

export interface ProposalAppendix {
  /** Label and value rows. */
  readonly scope: readonly (readonly [string, string])[];
  /** Sentences saying how the scope differs from what the answers suggest. */
  readonly changes: readonly string[];
  readonly days: readonly { readonly label: string; readonly year: string; readonly days: string }[];
  readonly years: readonly { readonly label: string; readonly days: string }[];
  /** Empty when no day rates were given. */
  readonly fees: readonly { readonly label: string; readonly days: string; readonly range: string }[];
  readonly dates: readonly { readonly label: string; readonly framework: string; readonly when: string }[];
}

/** A fee range in the locale's currency format, e.g. "HK$120,000 – HK$150,000". */
export function feeRangeText(format: Formatter, fee: FeeRange): string {
  return `${format.money(fee.min, fee.currency)} – ${format.money(fee.max, fee.currency)}`;
}

/**
 * The appendix for an assessment evaluated with the proposal's scope and rates. `changes` adds sentences for what-ifs
 * the assessment cannot tell (e.g. a different number of locations than the client answered).
 */
export function buildProposalAppendix(
  method: Method,
  assessment: Assessment,
  locale: Locale,
  options: { readonly changes?: readonly string[] } = {},
): ProposalAppendix {
  const f = createFormatter(method, locale);
  const t = createT(locale, report[locale]);
  const n = (value: number) => f.number(value);
  const proposal = assessment.proposal;
  const engagement = assessment.soc2.engagement;
  const iso = assessment.iso42001;
  const join = (items: readonly string[]) => items.join(locale === "en" ? ", " : "、");
  const days = (value: number) => t("days.total", { days: n(value) });

  const scope: [string, string][] = [
    [t("report.startDate"), f.date(proposal.startDate)],
    [t("soc2.firstReport"), f.message(`type.${engagement.firstReport}`)],
    [t("soc2.path"), f.message(`path.${engagement.path}`)],
  ];
  if (engagement.path !== "type1_only") {
    scope.push([t("soc2.observation"), t("soc2.months", { months: n(engagement.observationMonths) })]);
  }
  scope.push(
    [t("appendix.categories"), join(proposal.soc2.categories.map(f.category))],
    [t("soc2.criteria"), t("soc2.criteriaTotal", { count: n(proposal.soc2.criteriaCount) })],
    [
      t("appendix.iso"),
      iso.applicable
        ? t("appendix.isoApplicable", { role: f.message(`role.${iso.roleColumn}`) })
        : t("appendix.isoNotApplicable"),
    ],
  );
  if (iso.applicable) scope.push([t("appendix.sitesAudited"), n(iso.days.sitesAudited)]);
  scope.push(
    [t("report.method"), proposal.methodVersion],
    [t("report.questionnaire"), n(proposal.questionnaireVersion)],
  );

  const changes: string[] = [];
  for (const category of assessment.soc2.criteria.categories) {
    for (const reason of category.reasons) {
      if (reason.key === "reason.criteria.override_added" || reason.key === "reason.criteria.override_removed") {
        changes.push(`${f.category(category.category)}${locale === "en" ? ": " : "："}${f.step(reason)}`);
      }
    }
  }
  for (const reason of engagement.reasons) {
    if (reason.key === "reason.soc2.override_observation") changes.push(f.step(reason));
  }
  changes.push(...(options.changes ?? []));

  const dayRows: { label: string; year: string; days: string }[] = [];
  const type1 = assessment.soc2.days.type1;
  const type2 = assessment.soc2.days.type2;
  if (type1) dayRows.push({ label: t("soc2.daysType1"), year: "–", days: n(type1.days) });
  if (type2) {
    dayRows.push({
      label: t("soc2.daysType2", { months: n(type2.observationMonths) }),
      year: "–",
      days: n(type2.days),
    });
  }
  const years: { label: string; days: string }[] = [];
  if (iso.applicable) {
    const d = iso.days;
    dayRows.push(
      { label: `ISO/IEC 42001 ${t("iso.stage1")}`, year: n(1), days: n(d.stage1) },
      { label: `ISO/IEC 42001 ${t("iso.stage2")}`, year: n(1), days: n(d.stage2) },
      { label: `ISO/IEC 42001 ${t("iso.surveillance1")}`, year: n(2), days: n(d.surveillance1) },
      { label: `ISO/IEC 42001 ${t("iso.surveillance2")}`, year: n(3), days: n(d.surveillance2) },
      { label: `ISO/IEC 42001 ${t("iso.recertification")}`, year: n(3), days: n(d.recertification) },
      { label: `ISO/IEC 42001 ${t("iso.cycleTotal")}`, year: "1–3", days: n(d.cycleTotal) },
    );
    for (const row of d.byYear) years.push({ label: t("iso.yearN", { year: n(row.year) }), days: n(row.days) });
  }

  const fees: { label: string; days: string; range: string }[] = [];
  const soc2Fees = proposal.soc2.fees;
  if (type1 && soc2Fees?.type1)
    fees.push({ label: t("soc2.daysType1"), days: days(type1.days), range: feeRangeText(f, soc2Fees.type1) });
  if (type2 && soc2Fees?.type2) {
    fees.push({
      label: t("soc2.daysType2", { months: n(type2.observationMonths) }),
      days: days(type2.days),
      range: feeRangeText(f, soc2Fees.type2),
    });
  }
  if (iso.applicable && proposal.iso42001.applicable && proposal.iso42001.fees) {
    fees.push(
      {
        label: t("appendix.isoInitialFee"),
        days: days(iso.days.initial),
        range: feeRangeText(f, proposal.iso42001.fees.initial),
      },
      {
        label: t("appendix.isoCycleFee"),
        days: days(iso.days.cycleTotal),
        range: feeRangeText(f, proposal.iso42001.fees.cycle),
      },
    );
  }

  const dates = assessment.timeline.milestones.map((m) => ({
    label: f.message(m.key),
    framework: f.message(`framework.${m.framework}`),
    when: m.endDate ? f.dateRange(m.date, m.endDate) : f.date(m.date),
  }));

  return { scope, changes, days: dayRows, years, fees, dates };
}

/** Every string the appendix draws (for font coverage). */
export function appendixStrings(appendix: ProposalAppendix): string[] {
  return [
    ...appendix.scope.flat(),
    ...appendix.changes,
    ...appendix.days.flatMap((r) => [r.label, r.year, r.days]),
    ...appendix.years.flatMap((r) => [r.label, r.days]),
    ...appendix.fees.flatMap((r) => [r.label, r.days, r.range]),
    ...appendix.dates.flatMap((r) => [r.label, r.framework, r.when]),
  ];
}
