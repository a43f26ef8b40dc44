/**
 * Figures the content pages publish, derived from the method data so a page can never disagree with the engine.
 * MDX pages show them with `<MethodFigure name="…" />` (src/components/mdx/MethodFigure.astro); the method page and
 * the tests read the same registry. Add a figure here (never type a method number into a page).
 */
import type { Answers } from "./answers.ts";
import { estimateIso, type IsoAuditDays } from "./iso.ts";
import type { Method } from "./method-index.ts";

/** A published figure: one number, or a range shown as "min–max". */
export type Figure = { readonly kind: "number"; readonly value: number } | RangeFigure;
export interface RangeFigure {
  readonly kind: "range";
  readonly min: number;
  readonly max: number;
}

const num = (value: number): Figure => ({ kind: "number", value });
const range = (min: number, max: number): RangeFigure => ({ kind: "range", min, max });
const percent = (ratio: number): Figure => num(Math.round(ratio * 100));

/** Every figure a page may show, by name. */
export function publishedFigures(method: Method) {
  const soc2 = method.estimation.soc2.engagement;
  const iso = method.estimation.iso42001;
  const plan = method.estimation.timeline.iso;
  const criteriaOf = (id: string) => method.frameworks.tsc.find((c) => c.id === id)?.criteria.length ?? 0;
  const stage1ToCertificate = range(
    plan.stage2AfterStage1Weeks[0] + plan.certificateAfterStage2Weeks[0],
    plan.stage2AfterStage1Weeks[1] + plan.certificateAfterStage2Weeks[1],
  );
  return {
    "soc2.minObservationMonths": num(soc2.minObservationMonths),
    "soc2.annualObservationMonths": num(soc2.annualObservationMonths),
    "soc2.type1ReportMonths": range(soc2.type1ReportMonths[0], soc2.type1ReportMonths[1]),
    "soc2.type2ReportingMonths": range(soc2.type2ReportingMonths[0], soc2.type2ReportingMonths[1]),
    /** From the start of a first Type II period to its report: the shortest period plus reporting, to the annual one. */
    "soc2.firstType2MonthsFromPeriodStart": range(
      soc2.minObservationMonths + soc2.type2ReportingMonths[0],
      soc2.annualObservationMonths + soc2.type2ReportingMonths[1],
    ),
    "iso.stage2AfterStage1Weeks": range(plan.stage2AfterStage1Weeks[0], plan.stage2AfterStage1Weeks[1]),
    "iso.stage1ToCertificateWeeks": stage1ToCertificate,
    "iso.certificateValidityYears": num(plan.certificateValidityMonths / 12),
    "iso.stage1SharePercent": percent(iso.stage1Share),
    "iso.stage2SharePercent": num(100 - Math.round(iso.stage1Share * 100)),
    "iso.surveillancePercent": percent(iso.surveillanceRatio),
    "iso.recertificationPercent": percent(iso.recertificationRatio),
    "iso.reduction27001Percent": num(iso.reductions.iso27001),
    "iso.reduction9001Percent": num(iso.reductions.iso9001),
    "iso.maxReductionPercent": num(iso.reductions.maxTotal),
    "iso.highRiskPercent": num(iso.increases.highRiskUse),
    "iso.regulatedFinancialPercent": num(iso.increases.regulatedFinancial),
    "iso.customerGenAiPercent": num(iso.increases.customerFacingGenerativeAi),
    "iso.regulatedHighRiskMinimumDays": num(iso.minimumDays.regulatedHighRisk),
    "iso.sampledSiteDays": num(iso.sites.extraDaysPerSampledSite),
    "iso.unsampledSiteDays": num(iso.sites.extraDaysPerSiteWithoutSampling),
    "tsc.security.criteria": num(criteriaOf("security")),
    "tsc.availability.criteria": num(criteriaOf("availability")),
    "tsc.confidentiality.criteria": num(criteriaOf("confidentiality")),
    "tsc.processing_integrity.criteria": num(criteriaOf("processing_integrity")),
    "tsc.privacy.criteria": num(criteriaOf("privacy")),
    "tsc.all.criteria": num(method.frameworks.tsc.reduce((sum, c) => sum + c.criteria.length, 0)),
    /** Months into the engagement of the date a Type I report speaks "as of". */
    "soc2.type1AsOfMonths": num(soc2.type1AsOfMonths),
    /** Months after the certification decision by which each surveillance audit and the recertification fall. */
    "iso.firstSurveillanceMonth": num(plan.surveillanceMonthsAfterCertificate[0]),
    "iso.secondSurveillanceMonth": num(plan.surveillanceMonthsAfterCertificate[1]),
    "iso.recertificationMonth": num(plan.recertificationMonthsAfterCertificate),
  } satisfies Record<string, Figure>;
}

export type FigureName = keyof ReturnType<typeof publishedFigures>;

/** One published ISO/IEC 42001 initial-audit range: an example organisation, a role set, and what the engine gives. */
export interface PublishedIsoRange {
  readonly example: string;
  readonly role: string;
  readonly range: RangeFigure;
  /** The full results at both ends, for worked examples. */
  readonly low: IsoAuditDays;
  readonly high: IsoAuditDays;
}

/** Answers shared by both ends of every published example (see estimation.yaml#publishedIsoExamples). */
const exampleBase: Answers = {
  target_frameworks: ["iso42001"],
  sites: 1,
  regulated_status: ["none"],
  prior_certifications: ["none"],
  ai_high_risk: ["none"],
  genai_use: "none",
};

/**
 * The ISO/IEC 42001 initial-audit ranges the content pages publish: the engine run on each example's `low` and
 * `high` answers for each published role set. A page shows these, never a typed range.
 */
export function publishedIsoRanges(method: Method): PublishedIsoRange[] {
  const run = (answers: Answers, roles: readonly string[]): IsoAuditDays => {
    const result = estimateIso(method, { ...exampleBase, ...answers, ai_roles: [...roles] });
    if (!result.applicable) throw new Error("a published ISO/IEC 42001 example must be applicable");
    return result.days;
  };
  return method.estimation.publishedIsoExamples.flatMap((example) =>
    method.estimation.publishedIsoRoles.map((role) => {
      const low = run(example.low, role.roles);
      const high = run(example.high, role.roles);
      return { example: example.id, role: role.id, range: range(low.initial, high.initial), low, high };
    }),
  );
}

/** Every figure by name: the fixed ones and one `iso.initial.<example>.<role>` range per published example. */
export function allFigures(method: Method): Readonly<Record<string, Figure>> {
  const figures: Record<string, Figure> = { ...publishedFigures(method) };
  for (const item of publishedIsoRanges(method)) figures[`iso.initial.${item.example}.${item.role}`] = item.range;
  return figures;
}
