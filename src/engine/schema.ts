/**
 * zod schemas for the engine's data files (content/assessment/*.yaml). The build, the tests, the server and the CLI
 * all validate with these; `loadMethod` (method.ts) adds the cross-file checks a schema cannot express.
 */
import { z } from "zod";
import { bandIds, maturityLevels } from "./constants.ts";

export type { BandId, MaturityAnswer, MaturityLevel } from "./constants.ts";
export { bandIds, maturityAnswers, maturityLevels } from "./constants.ts";

/** Text in both site languages. A blank string is as bad as a missing one. */
export const textSchema = z.strictObject({ en: z.string().trim().min(1), "zh-hk": z.string().trim().min(1) });
export type Text = z.infer<typeof textSchema>;

const id = z.string().regex(/^[a-z][a-z0-9_]*$/, "ids are lower_snake_case");

/** A condition over profile answers. Unanswered questions make every test false (and `not` true). */
export type Condition =
  | { q: string; is: string }
  | { q: string; in: string[] }
  | { q: string; has: string }
  | { q: string; hasAny: string[] }
  | { q: string; gte: number }
  | { all: Condition[] }
  | { any: Condition[] }
  | { not: Condition };

export const conditionSchema: z.ZodType<Condition> = z.lazy(() =>
  z.union([
    z.strictObject({ q: id, is: z.string() }),
    z.strictObject({ q: id, in: z.array(z.string()).min(1) }),
    z.strictObject({ q: id, has: z.string() }),
    z.strictObject({ q: id, hasAny: z.array(z.string()).min(1) }),
    z.strictObject({ q: id, gte: z.number() }),
    z.strictObject({ all: z.array(conditionSchema).min(1) }),
    z.strictObject({ any: z.array(conditionSchema).min(1) }),
    z.strictObject({ not: conditionSchema }),
  ]),
);

const optionSchema = z.strictObject({
  id: z.string().regex(/^[a-z0-9][a-z0-9_]*$/, "option ids are lower_snake_case"),
  label: textSchema,
  /** For multi-choice: choosing this option clears the others (e.g. "none"). */
  exclusive: z.boolean().optional(),
});

const baseQuestion = {
  id,
  text: textSchema,
  /** Why we ask: shown collapsed under the question. */
  help: textSchema,
  /** Plain words shown under the question (for jargon such as "complementary user entity controls"). */
  hint: textSchema.optional(),
  showIf: conditionSchema.optional(),
  /** Asked in the quick check (a first estimate from at most 15 answers). */
  quick: z.boolean().optional(),
};

const refsSchema = z.strictObject({
  /** Trust Services Criteria ids, e.g. CC6.1, A1.2. */
  tsc: z.array(z.string()).default([]),
  /** ISO/IEC 42001 clause or Annex A ids, e.g. 6.1.2, A.6.2.4. */
  iso: z.array(z.string()).default([]),
  /** Hong Kong regulatory expectation ids from regulators.yaml. */
  hk: z.array(z.string()).default([]),
});

export const questionSchema = z.discriminatedUnion("type", [
  z.strictObject({ ...baseQuestion, type: z.literal("single"), options: z.array(optionSchema).min(2) }),
  z.strictObject({ ...baseQuestion, type: z.literal("multi"), options: z.array(optionSchema).min(2) }),
  z.strictObject({
    ...baseQuestion,
    type: z.literal("number"),
    min: z.number().int(),
    max: z.number().int(),
    unit: textSchema.optional(),
  }),
  z.strictObject({
    ...baseQuestion,
    type: z.literal("maturity"),
    domain: id,
    /** What an auditor will ask to see. */
    evidence: textSchema,
    /** The finding shown when the answer falls short. */
    gap: textSchema,
    refs: refsSchema,
    /** Relative importance within its domain, 1 (useful) to 3 (essential). */
    weight: z.number().int().min(1).max(3),
    /**
     * A low answer (below the method's blocker level) is a blocker for the framework of the question's domain: a gap
     * an auditor would likely report as an exception or a qualified opinion (SOC 2) or a major nonconformity
     * (ISO/IEC 42001), so it caps that framework's readiness band.
     */
    blocker: z.boolean().default(false),
    /** "Not applicable" is a legitimate answer for this question. */
    allowNa: z.boolean().default(false),
  }),
]);
export type Question = z.infer<typeof questionSchema>;
export type MaturityQuestion = Extract<Question, { type: "maturity" }>;

export const sectionSchema = z.strictObject({
  id,
  kind: z.enum(["profile", "controls"]),
  title: textSchema,
  intro: textSchema,
  showIf: conditionSchema.optional(),
  questions: z.array(questionSchema).min(1),
});
export type Section = z.infer<typeof sectionSchema>;

const scaleLevel = z.strictObject({ label: textSchema, short: textSchema.optional(), hint: textSchema });

export const questionnaireSchema = z.strictObject({
  /** Answers format version: bump when a change breaks saved answers, and add a migration (answers.ts). */
  version: z.number().int().min(1),
  /** The answer scale: a label, a short hint shown under each choice, and a full hint. */
  scale: z.strictObject({
    none: scaleLevel,
    informal: scaleLevel,
    documented: scaleLevel,
    evidenced: scaleLevel,
    na: scaleLevel,
    unknown: scaleLevel,
  }),
  /** Seconds an answer takes, for the honest time shown per section. */
  timing: z.strictObject({ profileSeconds: z.number().positive(), controlSeconds: z.number().positive() }).optional(),
  /**
   * The profile questions each result figure reads besides those named in conditions (criteria rules, the annual
   * report rule, the overlay): an unanswered one means the figure is missing (src/engine/missing.ts).
   */
  figures: z.record(z.enum(["soc2_report", "soc2_days", "iso_days", "deadline"]), z.array(id)).optional(),
  /**
   * Readiness domains. A control question counts for its domain's framework only (SOC 2 questions for SOC 2, AI
   * management questions for ISO/IEC 42001). A domain tied to an optional Trust Services category is scored only
   * when that category is in scope.
   */
  domains: z.array(
    z.strictObject({
      id,
      title: textSchema,
      framework: z.enum(["soc2", "iso42001"]),
      category: z.enum(["availability", "confidentiality", "processing_integrity", "privacy"]).optional(),
    }),
  ),
  sections: z.array(sectionSchema).min(1),
});
export type Questionnaire = z.infer<typeof questionnaireSchema>;

/** A banded lookup: the first row whose `max` is at least the value (null = no upper bound). */
const bandRow = <T extends z.ZodRawShape>(shape: T) => z.strictObject({ max: z.number().nullable(), ...shape });

export const estimationSchema = z.strictObject({
  methodVersion: z.string().regex(/^\d{4}\.\d{1,2}\.\d+$/),
  scoring: z.strictObject({
    levelPoints: z.strictObject({
      none: z.number().min(0).max(1),
      informal: z.number().min(0).max(1),
      documented: z.number().min(0).max(1),
      evidenced: z.number().min(0).max(1),
      unknown: z.number().min(0).max(1),
    }),
    /** Bands from best to worst; a score belongs to the first band whose `min` it reaches. */
    bands: z.array(z.strictObject({ id: z.enum(bandIds), min: z.number().min(0).max(100) })).length(4),
    /** Answers below this level on a blocker question are blockers. */
    blockerBelow: z.enum(maturityLevels),
    /** With any blocker, the band is no better than this. */
    blockerBandCap: z.enum(bandIds),
    /** Type II needs controls at this level. */
    typeIILevel: z.enum(maturityLevels),
  }),
  soc2: z.strictObject({
    engagement: z.strictObject({
      minObservationMonths: z.number().int().min(1),
      /** A shorter first window the firm may agree instead (settings.minObservationMonths); not the default. */
      alternativeMinObservationMonths: z.number().int().min(1),
      annualObservationMonths: z.number().int().min(1),
      /** The longest observation period a proposal may set. */
      maxObservationMonths: z.number().int().min(1),
      /** When customers expect a new report every year (a continuous annual period). */
      annualReportsWhen: conditionSchema,
      /**
       * Whether a first Type II period may look back over months already evidenced (ending at the engagement start).
       * Off by default: the period is agreed at the engagement start and runs forward from it.
       */
      lookBackPeriod: z.boolean(),
      type1AsOfMonths: z.number().min(0),
      type1ReportMonths: z.tuple([z.number(), z.number()]),
      type2ReportingMonths: z.tuple([z.number(), z.number()]),
      /** Bands in which a Type II can start directly (without a Type I first). */
      type2ReadyBands: z.array(z.enum(bandIds)).min(1),
      evidenceMonths: z.record(z.string(), z.number().min(0)),
      deadlineMonths: z.record(z.string(), z.number().nullable()),
    }),
    days: z.strictObject({
      base: z.strictObject({ type1: z.number().positive(), type2: z.number().positive() }),
      observationDaysPerMonth: z.number().min(0),
      categoryDays: z.strictObject({
        availability: z.number().min(0),
        confidentiality: z.number().min(0),
        processing_integrity: z.number().min(0),
        privacy: z.number().min(0),
      }),
      /** Scope drivers (criteria, headcount, systems, sites, hosting, subservice) cost more in a Type II. */
      type2ScopeMultiplier: z.number().min(1),
      headcount: z.array(bandRow({ days: z.number().min(0) })).min(1),
      systems: z.array(bandRow({ days: z.number().min(0) })).min(1),
      extraSiteDays: z.number().min(0),
      hosting: z.record(z.string(), z.number().min(0)),
      subserviceDaysPerOrganisation: z.strictObject({
        carve_out: z.number().min(0),
        inclusive: z.number().min(0),
        unsure: z.number().min(0),
      }),
      maturityMultiplier: z.strictObject({
        audit_ready: z.number().min(1),
        minor_gaps: z.number().min(1),
        material_gaps: z.number().min(1),
        not_ready: z.number().min(1),
      }),
      rounding: z.number().positive(),
    }),
  }),
  iso42001: z.strictObject({
    headcountTable: z
      .array(
        bandRow({
          producer: z.number().positive(),
          developer_provider_user: z.number().positive(),
          multiple: z.number().positive(),
          /** The ISMS audit time (ISO/IEC 27006-1) for the same number of persons: the producer column's floor. */
          isms: z.number().positive(),
          /** "iso42006": the standard's published example row; "extrapolated": the firm's own progression. */
          basis: z.enum(["iso42006", "extrapolated"]),
        }),
      )
      .min(1),
    /** Beyond the last bounded row: add `days` (per role column) for every `persons` more AI-related staff. */
    beyondTable: z.strictObject({
      persons: z.number().int().positive(),
      days: z.strictObject({
        producer: z.number().positive(),
        developer_provider_user: z.number().positive(),
        multiple: z.number().positive(),
      }),
    }),
    /** Options of `regulated_status` that make the organisation a regulated financial institution. */
    regulatedStatuses: z.array(z.string()).min(1),
    minimumDays: z.strictObject({
      /** Initial audit floor for a regulated financial institution with high-risk AI (our published 10-18 row). */
      regulatedHighRisk: z.number().positive(),
    }),
    aiSystems: z.array(bandRow({ percent: z.number().min(0) })).min(1),
    increases: z.strictObject({
      highRiskUse: z.number().min(0),
      regulatedFinancial: z.number().min(0),
      customerFacingGenerativeAi: z.number().min(0),
    }),
    /**
     * Integration reductions (IAF MD 11): only for a current certificate whose management system is integrated with
     * the AI management system and audited together (`iso_integration` answered `integrated`).
     */
    reductions: z.strictObject({
      iso27001: z.number().min(0),
      iso9001: z.number().min(0),
      maxTotal: z.number().min(0).max(100),
    }),
    sites: z.strictObject({
      /** IAF MD 1: sites sampled at the initial audit = ceil(sqrt(sites)) when processes are the same. */
      extraDaysPerSampledSite: z.number().min(0),
      /** Without sampling (different processes) every site is audited. */
      extraDaysPerSiteWithoutSampling: z.number().min(0),
    }),
    stage1Share: z.number().min(0).max(1),
    surveillanceRatio: z.number().min(0).max(1),
    recertificationRatio: z.number().min(0).max(1),
    rounding: z.number().positive(),
  }),
  /** How many gaps the proposal and the report headline show. */
  reporting: z.strictObject({
    topGaps: z.number().int().min(1),
    topFindings: z.number().int().min(1),
  }),
  /**
   * Example profiles whose ISO/IEC 42001 initial-audit ranges the content pages publish: for each role, the engine
   * is run on the `low` and `high` answers and the range is what it returns.
   */
  publishedIsoExamples: z
    .array(
      z.strictObject({
        id,
        title: textSchema,
        low: z.record(z.string(), z.union([z.string(), z.number(), z.array(z.string())])),
        high: z.record(z.string(), z.union([z.string(), z.number(), z.array(z.string())])),
      }),
    )
    .min(1),
  /** The role sets the published ranges are given for. */
  publishedIsoRoles: z.array(z.strictObject({ id, roles: z.array(z.string()).min(1) })).min(1),
  planning: z.strictObject({
    /** An audit day: one auditor for this many hours. */
    auditDayHours: z.number().positive(),
    /** Audit days in one auditor-week. */
    auditorWeekDays: z.number().positive(),
    /** Remediation phases, in order (src/engine/roadmap.ts). */
    roadmap: z
      .array(
        z.strictObject({
          id,
          framework: z.enum(["soc2", "iso42001"]),
          /** Gaps answered below this level go to this phase (the first phase that takes them). */
          levelBelow: z.enum(maturityLevels),
          /** Timeline milestone ids; the phase is due on the first one the timeline has. */
          by: z.array(id).min(1),
        }),
      )
      .min(1),
    /** What the evidence for a control in scope must cover, per framework (src/engine/evidence.ts). */
    evidence: z.strictObject({
      soc2: z.array(z.strictObject({ milestone: id, kind: z.enum(["as_of", "period", "by"]) })).min(1),
      iso42001: z.array(z.strictObject({ milestone: id, kind: z.enum(["as_of", "period", "by"]) })).min(1),
    }),
    /** How many next steps the results name. */
    nextSteps: z.number().int().min(1),
  }),
  timeline: z.strictObject({
    readinessMonths: z.strictObject({
      audit_ready: z.number().min(0),
      minor_gaps: z.number().min(0),
      material_gaps: z.number().min(0),
      not_ready: z.number().min(0),
    }),
    iso: z.strictObject({
      stage1AfterStartWeeks: z.number().min(0),
      stage2AfterStage1Weeks: z.tuple([z.number(), z.number()]),
      certificateAfterStage2Weeks: z.tuple([z.number().min(0), z.number().min(0)]),
      surveillanceMonthsAfterCertificate: z.tuple([z.number(), z.number()]),
      recertificationMonthsAfterCertificate: z.number().min(0),
      certificateValidityMonths: z.number().min(1),
    }),
  }),
});
export type Estimation = z.infer<typeof estimationSchema>;

export const frameworksSchema = z.strictObject({
  tsc: z.array(
    z.strictObject({
      id: z.enum(["security", "availability", "confidentiality", "processing_integrity", "privacy"]),
      code: z.string(),
      title: textSchema,
      mandatory: z.boolean(),
      criteria: z.array(z.string()).min(1),
      /** When the category belongs in scope: the first rule that holds gives the reason (a message key). */
      includedWhen: z.array(z.strictObject({ when: conditionSchema, reason: z.string() })).default([]),
      /** Notes shown when the category stays out of scope but the answers touch it. */
      notesWhen: z.array(z.strictObject({ when: conditionSchema, reason: z.string() })).default([]),
    }),
  ),
  iso42001: z.strictObject({
    clauses: z.array(z.strictObject({ id: z.string(), title: textSchema })),
    annexA: z.array(
      z.strictObject({
        id: z.string(),
        title: textSchema,
        controls: z.array(z.strictObject({ id: z.string(), title: textSchema })).min(1),
      }),
    ),
  }),
});
export type Frameworks = z.infer<typeof frameworksSchema>;
export type TscCategoryId = Frameworks["tsc"][number]["id"];

export const regulatorsSchema = z.strictObject({
  regulators: z.array(z.strictObject({ id, name: textSchema, page: z.string() })),
  expectations: z.array(
    z.strictObject({
      id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/),
      regulator: id,
      ref: z.string(),
      title: textSchema,
      /** Our one-line summary of what it expects. */
      expects: textSchema,
      /** YYYY-MM-DD, or YYYY-MM / YYYY when only the month or year is confirmed. */
      date: z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/),
      url: z.url(),
      appliesWhen: conditionSchema,
      /**
       * Why it applies, as shown to the reader: one text, or texts by situation (the first whose condition holds; a
       * text without a condition is the fallback) so an institution and its supplier read why it applies to them.
       */
      why: z.union([
        textSchema,
        z.array(z.strictObject({ when: conditionSchema.optional(), text: textSchema })).min(1),
      ]),
      /** Further points shown when their condition holds (e.g. extra measures for a high-risk use). */
      notes: z.array(z.strictObject({ when: conditionSchema, text: textSchema })).default([]),
    }),
  ),
});
export type Regulators = z.infer<typeof regulatorsSchema>;

export const messagesSchema = z.record(z.string().regex(/^[a-z0-9_.]+$/), textSchema);
export type Messages = z.infer<typeof messagesSchema>;

/** Firm-level choices passed to `evaluate`. Nothing here is secret unless the firm sets day rates. */
export const settingsSchema = z.strictObject({
  /** Overrides the method's minimum Type II observation period (e.g. 3 as a documented alternative). */
  minObservationMonths: z.number().int().min(1).max(12).optional(),
  /** Overrides the method's look-back choice (estimation.yaml soc2.engagement.lookBackPeriod). */
  lookBackPeriod: z.boolean().optional(),
  /** Day rates for fee ranges (sales only). */
  dayRates: z
    .strictObject({
      currency: z.string().length(3),
      soc2: z.tuple([z.number().positive(), z.number().positive()]),
      iso42001: z.tuple([z.number().positive(), z.number().positive()]),
    })
    .optional(),
  /**
   * Scope chosen by sales staff in a proposal, replacing what the answers suggest: the Trust Services categories
   * (Security is always kept) and the Type II observation period. Traced as overrides.
   */
  scope: z
    .strictObject({
      categories: z
        .array(z.enum(["security", "availability", "confidentiality", "processing_integrity", "privacy"]))
        .optional(),
      observationMonths: z.number().int().min(1).max(24).optional(),
    })
    .optional(),
});
export type Settings = z.infer<typeof settingsSchema>;
