/**
 * ISO/IEC 42001 applicability and certification audit days for the 3-year cycle (the firm's method,
 * estimation.yaml#iso42001). Every trace line carries the exact figure it adds, so the lines add up to the result.
 */
import type { Answers } from "./answers.ts";
import type { Method } from "./method-index.ts";
import { type AiRole, type Profile, readProfile } from "./profile.ts";
import type { MessageKey, Params, TraceStep } from "./trace.ts";

export type RoleColumn = "producer" | "developer_provider_user" | "multiple";
export type IsoAuditId = "stage1" | "stage2" | "surveillance1" | "surveillance2" | "recertification";

/** One audit of the certification cycle and the certificate year it falls in. */
export interface IsoAudit {
  readonly id: IsoAuditId;
  readonly year: 1 | 2 | 3;
  readonly days: number;
}

/** How the locations are audited (IAF MD 1): one site, a sample of sites running the same processes, or all. */
export interface IsoSites {
  readonly kind: "single" | "sampled" | "all";
  readonly sites: number;
  /** Sites audited at the initial audit. */
  readonly audited: number;
}

export interface IsoAuditDays {
  /** Initial certification audit, Stage 1 + Stage 2. */
  readonly initial: number;
  readonly stage1: number;
  readonly stage2: number;
  readonly surveillance1: number;
  readonly surveillance2: number;
  readonly recertification: number;
  /**
   * Every audit with its certificate year: year 1 the initial audit (Stage 1 and 2), year 2 the first surveillance,
   * year 3 the second surveillance and the recertification audit (held before the certificate expires).
   */
  readonly audits: readonly IsoAudit[];
  /** Days per certificate year; they add up to cycleTotal. */
  readonly byYear: readonly { readonly year: 1 | 2 | 3; readonly days: number }[];
  readonly cycleTotal: number;
  /** Sites audited at the initial audit (after sampling). */
  readonly sitesAudited: number;
}

export type IsoResult =
  | {
      readonly applicable: true;
      readonly roles: readonly AiRole[];
      readonly roleColumn: RoleColumn;
      /** Whether the table row used is the ISO/IEC 42006 example row or the firm's extrapolation. */
      readonly tableBasis: "iso42006" | "extrapolated";
      readonly sites: IsoSites;
      readonly days: IsoAuditDays;
      readonly reasons: readonly TraceStep[];
      readonly trace: { readonly initial: readonly TraceStep[]; readonly cycle: readonly TraceStep[] };
    }
  | { readonly applicable: false; readonly reasons: readonly TraceStep[] };

/** Two decimals, for showing intermediate figures exactly enough to add up. */
const exact = (value: number) => Math.round(value * 100) / 100;

/**
 * Rounds the figure as shown (two decimals) to the nearest multiple of `step` (half-days by default), halves up;
 * never below one step. Rounding the shown figure keeps the trace and the result in agreement: 21.25 x 1.4 is
 * 29.749999... in floating point, shown as 29.75, and rounds to 30, not 29.5.
 */
export function roundTo(value: number, step: number): number {
  return Math.max(step, Math.round(exact(value) / step) * step);
}

/** The first row whose `max` is at least the value (null = no upper bound), with its range [from, to]. */
export function bandRow<T extends { max: number | null }>(
  rows: readonly T[],
  value: number,
): { row: T; range: readonly [number, number | null] } {
  const index = rows.findIndex((r) => r.max === null || value <= r.max);
  const at = index === -1 ? rows.length - 1 : index;
  const row = rows[at];
  if (!row) throw new Error("empty band table");
  const previous = rows[at - 1];
  const from = previous?.max == null ? 1 : previous.max + 1;
  return { row, range: [from, row.max] };
}

/** The table column for a set of AI roles: producer alone, one other role alone, or two or more roles. */
export function roleColumn(roles: readonly string[]): RoleColumn {
  if (new Set(roles).size >= 2) return "multiple";
  return roles[0] === "producer" ? "producer" : "developer_provider_user";
}

/** Whether the organisation is a regulated financial institution (estimation.yaml#iso42001.regulatedStatuses). */
export function isRegulatedFinancial(method: Method, profile: Profile): boolean {
  return profile.regulatedStatus.some((s) => method.estimation.iso42001.regulatedStatuses.includes(s));
}

/** How the sites are audited at the initial audit (IAF MD 1): ceil(sqrt(n)) sampled when processes are the same. */
export function isoSites(profile: Profile): IsoSites {
  if (profile.sites <= 1) return { kind: "single", sites: 1, audited: 1 };
  if (profile.sitesSameProcesses) {
    return { kind: "sampled", sites: profile.sites, audited: Math.ceil(Math.sqrt(profile.sites)) };
  }
  return { kind: "all", sites: profile.sites, audited: profile.sites };
}

/** Why ISO/IEC 42001 does not apply, or undefined when it does. */
function notApplicable(profile: Profile): TraceStep | undefined {
  if (!profile.aiRolesAnswered) return { key: "reason.iso.roles_missing", answers: ["ai_roles"] };
  if (profile.aiRoles.length === 0) return { key: "reason.iso.not_applicable", answers: ["ai_roles"] };
  if (!profile.targets.includes("iso42001")) return { key: "reason.iso.not_targeted", answers: ["target_frameworks"] };
  return undefined;
}

/**
 * ISO/IEC 42001 audit days: the table figure for the AI-related personnel and the role column; plus percentages of it
 * for the number of AI systems and for high-risk, regulated and customer-facing generative AI use; plus site time
 * (IAF MD 1 sampling); less a capped reduction for a current management system integrated and audited together (IAF
 * MD 11); never below the floor for a regulated financial institution with high-risk AI; rounded to half-days.
 * Stage 1 takes a share of the initial audit; surveillance and recertification are fixed ratios of it.
 */
export function estimateIso(method: Method, answers: Answers): IsoResult {
  const profile = readProfile(answers);
  const excluded = notApplicable(profile);
  if (excluded) return { applicable: false, reasons: [excluded] };

  const table = method.estimation.iso42001;
  const roles = profile.aiRoles;
  const column = roleColumn(roles);
  const roleList = { list: roles.map((id) => ({ key: `ai_role.${id}` as MessageKey })) };
  const initialTrace: TraceStep[] = [
    { key: "trace.iso.role", params: { roles: roleList, column: { key: `role.${column}` } }, answers: ["ai_roles"] },
  ];

  // 1. Table days.
  const rows = table.headcountTable;
  const last = rows[rows.length - 1];
  let tableDays: number;
  let basis: "iso42006" | "extrapolated" = "extrapolated";
  if (last && last.max !== null && profile.aiHeadcount > last.max) {
    const steps = Math.ceil((profile.aiHeadcount - last.max) / table.beyondTable.persons);
    tableDays = last[column] + steps * table.beyondTable.days[column];
    initialTrace.push({
      key: "trace.iso.table_beyond",
      params: {
        headcount: profile.aiHeadcount,
        last: last.max,
        base: last[column],
        steps,
        persons: table.beyondTable.persons,
        perStep: table.beyondTable.days[column],
        days: tableDays,
      },
      answers: ["ai_headcount"],
      source: "estimation.yaml#iso42001.beyondTable",
    });
  } else {
    const { row, range } = bandRow(rows, profile.aiHeadcount);
    tableDays = row[column];
    basis = row.basis;
    initialTrace.push({
      key: row.basis === "iso42006" ? "trace.iso.table_42006" : "trace.iso.table_extrapolated",
      params: {
        headcount: profile.aiHeadcount,
        persons: { range },
        column: { key: `role.${column}` },
        days: tableDays,
        isms: row.isms,
      },
      answers: ["ai_headcount", "ai_roles"],
      source: `estimation.yaml#iso42001.headcountTable[max=${row.max}]`,
    });
  }

  // 2. Percentages of the table figure.
  let increase = 0;
  /** One percentage of the table figure, with the days it adds. */
  const addPercent = (
    key: MessageKey,
    percent: number,
    extra: Params,
    source: string,
    answerIds: readonly string[],
  ): void => {
    increase += percent;
    initialTrace.push({
      key,
      params: { ...extra, percent, base: tableDays, days: exact((tableDays * percent) / 100) },
      answers: answerIds,
      source,
    });
  };
  const systems = bandRow(table.aiSystems, profile.aiSystems);
  addPercent(
    "trace.iso.ai_systems",
    systems.row.percent,
    { systems: profile.aiSystems, range: { range: systems.range } },
    `estimation.yaml#iso42001.aiSystems[max=${systems.row.max}]`,
    ["ai_systems_count"],
  );
  const highRisk = profile.aiHighRisk.length > 0;
  if (highRisk) {
    const uses = { list: profile.aiHighRisk.map((id) => ({ option: { q: "ai_high_risk", id } })) };
    addPercent(
      "trace.iso.high_risk",
      table.increases.highRiskUse,
      { uses },
      "estimation.yaml#iso42001.increases.highRiskUse",
      ["ai_high_risk"],
    );
  }
  const regulated = isRegulatedFinancial(method, profile);
  if (regulated) {
    addPercent(
      "trace.iso.regulated",
      table.increases.regulatedFinancial,
      {},
      "estimation.yaml#iso42001.increases.regulatedFinancial",
      ["regulated_status"],
    );
  }
  if (answers.genai_use === "customer_facing") {
    addPercent(
      "trace.iso.genai",
      table.increases.customerFacingGenerativeAi,
      {},
      "estimation.yaml#iso42001.increases.customerFacingGenerativeAi",
      ["genai_use"],
    );
  }
  const core = tableDays * (1 + increase / 100);
  initialTrace.push({ key: "trace.iso.subtotal", params: { days: exact(core) } });

  // 3. Sites (IAF MD 1).
  const sites = isoSites(profile);
  let siteDays = 0;
  if (sites.kind === "single") {
    initialTrace.push({ key: "trace.iso.sites_single", answers: ["sites"] });
  } else {
    const perSite =
      sites.kind === "sampled" ? table.sites.extraDaysPerSampledSite : table.sites.extraDaysPerSiteWithoutSampling;
    siteDays = (sites.audited - 1) * perSite;
    initialTrace.push({
      key: sites.kind === "sampled" ? "trace.iso.sites_sampled" : "trace.iso.sites_all",
      params: { sites: sites.sites, sampled: sites.audited, extra: sites.audited - 1, perSite, days: siteDays },
      answers: ["sites", "sites_same_processes"],
      source:
        sites.kind === "sampled"
          ? "estimation.yaml#iso42001.sites.extraDaysPerSampledSite"
          : "estimation.yaml#iso42001.sites.extraDaysPerSiteWithoutSampling",
    });
  }

  // 4. Integration reductions (IAF MD 11), capped.
  const before = core + siteDays;
  let reduction = 0;
  const certificates = (["iso27001", "iso9001"] as const).filter((c) => profile.priorCertifications.includes(c));
  if (certificates.length > 0) {
    const integration = answers.iso_integration;
    if (integration === "integrated") {
      for (const certificate of certificates) {
        const percent = table.reductions[certificate];
        reduction += percent;
        initialTrace.push({
          key: certificate === "iso27001" ? "trace.iso.reduction_27001" : "trace.iso.reduction_9001",
          params: { percent },
          answers: ["prior_certifications", "iso_integration"],
          source: `estimation.yaml#iso42001.reductions.${certificate}`,
        });
      }
      if (reduction > table.reductions.maxTotal) {
        initialTrace.push({
          key: "trace.iso.reduction_capped",
          params: { percent: reduction, cap: table.reductions.maxTotal },
          source: "estimation.yaml#iso42001.reductions.maxTotal",
        });
        reduction = table.reductions.maxTotal;
      }
      initialTrace.push({
        key: "trace.iso.reduction_total",
        params: { percent: reduction, base: exact(before), days: exact((before * reduction) / 100) },
      });
    } else {
      initialTrace.push({
        key:
          integration === "separate"
            ? "trace.iso.integration_separate"
            : integration === "lapsed"
              ? "trace.iso.integration_lapsed"
              : "trace.iso.integration_unanswered",
        answers: ["prior_certifications", "iso_integration"],
      });
    }
  }
  let unrounded = before * (1 - reduction / 100);

  // 5. The floor for regulated high-risk AI.
  const floor = table.minimumDays.regulatedHighRisk;
  if (regulated && highRisk && unrounded < floor) {
    initialTrace.push({
      key: "trace.iso.floor_regulated_high_risk",
      params: { raw: exact(unrounded), days: floor },
      answers: ["regulated_status", "ai_high_risk"],
      source: "estimation.yaml#iso42001.minimumDays.regulatedHighRisk",
    });
    unrounded = floor;
  }
  const step = table.rounding;
  const initial = roundTo(unrounded, step);
  initialTrace.push({ key: "trace.iso.rounded", params: { raw: exact(unrounded), days: initial, step } });

  // 6. The cycle.
  const stage1 = Math.min(roundTo(initial * table.stage1Share, step), initial - step);
  const stage2 = initial - stage1;
  const surveillance = roundTo(initial * table.surveillanceRatio, step);
  const recertification = roundTo(initial * table.recertificationRatio, step);
  const audits: IsoAudit[] = [
    { id: "stage1", year: 1, days: stage1 },
    { id: "stage2", year: 1, days: stage2 },
    { id: "surveillance1", year: 2, days: surveillance },
    { id: "surveillance2", year: 3, days: surveillance },
    { id: "recertification", year: 3, days: recertification },
  ];
  const byYear = ([1, 2, 3] as const).map((year) => ({
    year,
    days: audits.filter((a) => a.year === year).reduce((sum, a) => sum + a.days, 0),
  }));
  const cycleTotal = audits.reduce((sum, a) => sum + a.days, 0);
  const cycleTrace: TraceStep[] = [
    {
      key: "trace.iso.stage_split",
      params: { initial, share: table.stage1Share, raw: exact(initial * table.stage1Share), stage1, stage2 },
      source: "estimation.yaml#iso42001.stage1Share",
    },
    {
      key: "trace.iso.surveillance",
      params: { initial, raw: exact(initial * table.surveillanceRatio), days: surveillance },
      source: "estimation.yaml#iso42001.surveillanceRatio",
    },
    {
      key: "trace.iso.recertification",
      params: { initial, raw: exact(initial * table.recertificationRatio), days: recertification },
      source: "estimation.yaml#iso42001.recertificationRatio",
    },
    { key: "trace.iso.cycle_total", params: { initial, surveillance, recertification, days: cycleTotal } },
  ];
  return {
    applicable: true,
    roles,
    roleColumn: column,
    tableBasis: basis,
    sites,
    days: {
      initial,
      stage1,
      stage2,
      surveillance1: surveillance,
      surveillance2: surveillance,
      recertification,
      audits,
      byYear,
      cycleTotal,
      sitesAudited: sites.audited,
    },
    reasons: [{ key: "reason.iso.applicable", params: { roles: roleList }, answers: ["ai_roles"] }],
    trace: { initial: initialTrace, cycle: cycleTrace },
  };
}
