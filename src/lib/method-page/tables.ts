/**
 * The method page's tables as specs: caption, columns and rows, every value read from the method's data files. One
 * component renders them all (src/components/method/SpecTable.astro), so a table is data here and markup once there.
 */
import type { Method } from "../../engine/method-index.ts";
import type { TscCategoryId } from "../../engine/schema.ts";
import type { MessageKey } from "../../engine/trace.ts";
import type { MethodPageKey } from "../../i18n/index.ts";
import { describeCondition } from "../../report/condition-text.ts";
import { type PageFormat, tableTitle } from "./format.ts";

/** A cell with more than text: a link, a date, a list and small notes, rendered in that order after the text. */
export interface RichCell {
  readonly text?: string;
  readonly link?: { readonly href: string; readonly text: string };
  readonly time?: { readonly datetime: string; readonly text: string };
  readonly list?: readonly string[];
  readonly notes?: readonly string[];
}

/** A cell: its text, or a rich cell. */
export type Cell = string | RichCell;

export interface Column<K extends string = string> {
  readonly key: K;
  readonly header: string;
  /** The column names its row (a row header). */
  readonly rowHeader?: boolean;
}

export interface TableSpec<K extends string = string> {
  readonly caption: string;
  /** Accessible name of the table's scroll region (distinct on the page). */
  readonly label: string;
  readonly columns: readonly Column<K>[];
  readonly rows: readonly Readonly<Record<K, Cell>>[];
  /** `data-testid` of the table body, for the tests that read it. */
  readonly bodyTestId?: string;
}

/** A table spec from a caption key, columns as [key, header key, "row" for the row-header column] and rows. */
function spec<K extends string>(
  fmt: PageFormat,
  caption: MethodPageKey,
  columns: readonly (readonly [K, MethodPageKey, "row"?])[],
  rows: readonly Readonly<Record<K, Cell>>[],
): TableSpec<K> {
  return {
    ...tableTitle(fmt.t, caption),
    columns: columns.map(([key, header, row]) => ({
      key,
      header: fmt.t(header),
      ...(row ? { rowHeader: true } : {}),
    })),
    rows,
  };
}

/** Options of a single-choice question, each made a row (no rows when the question is not single-choice). */
function optionRows<T>(method: Method, fmt: PageFormat, id: string, row: (id: string, label: string) => T): T[] {
  const question = method.questionsById.get(id);
  return question?.type === "single" ? question.options.map((o) => row(o.id, o.label[fmt.locale])) : [];
}

// 2. Scoring.

/** The maturity scale's points per answer; "not applicable" is left out of the average. */
export function scaleTable(method: Method, fmt: PageFormat): TableSpec {
  const { t, n, scaleLabel } = fmt;
  const points = method.estimation.scoring.levelPoints;
  const rows = (["none", "informal", "documented", "evidenced", "unknown"] as const).map((id) => ({
    answer: scaleLabel(id),
    points: n(points[id]),
  }));
  return spec(
    fmt,
    "scoring.scaleCaption",
    [
      ["answer", "scoring.colAnswer"],
      ["points", "scoring.colPoints"],
    ],
    [...rows, { answer: scaleLabel("na"), points: t("scoring.leftOut") }],
  );
}

/** The readiness bands and the score each starts at (estimation.yaml#scoring.bands). */
export function bandsTable(method: Method, fmt: PageFormat): TableSpec {
  return spec(
    fmt,
    "scoring.bandsCaption",
    [
      ["band", "scoring.colBand"],
      ["min", "scoring.colMin"],
    ],
    method.estimation.scoring.bands.map((b) => ({ band: fmt.band(b.id), min: fmt.n(b.min) })),
  );
}

/** Each domain with its framework, its control questions and how many of them are blockers. */
export function domainsTable(method: Method, fmt: PageFormat): TableSpec {
  const controls = method.controlQuestions;
  return spec(
    fmt,
    "scoring.domainsCaption",
    [
      ["domain", "scoring.colDomain", "row"],
      ["framework", "scoring.colFramework"],
      ["questions", "scoring.colQuestions"],
      ["blockers", "scoring.colBlockers"],
    ],
    method.questionnaire.domains.map((domain) => {
      const questions = controls.filter((q) => q.domain === domain.id);
      return {
        domain: domain.title[fmt.locale],
        framework: fmt.f.message(`framework.${domain.framework}`),
        questions: fmt.n(questions.length),
        blockers: fmt.n(questions.filter((q) => q.blocker).length),
      };
    }),
  );
}

// 3. SOC 2 type.

/** Months of evidence each answer to `evidence_months` counts as (estimation.yaml#soc2.engagement.evidenceMonths). */
export function evidenceTable(method: Method, fmt: PageFormat): TableSpec {
  const months = method.estimation.soc2.engagement.evidenceMonths;
  return spec(
    fmt,
    "soc2.evidenceCaption",
    [
      ["answer", "soc2.colAnswer"],
      ["months", "soc2.colEvidenceMonths"],
    ],
    optionRows(method, fmt, "evidence_months", (id, label) => ({ answer: label, months: fmt.n(months[id] ?? 0) })),
  );
}

/** Months until the report is needed for each answer to `report_deadline` (none: no deadline). */
export function deadlineTable(method: Method, fmt: PageFormat): TableSpec {
  const months = method.estimation.soc2.engagement.deadlineMonths;
  return spec(
    fmt,
    "soc2.deadlineCaption",
    [
      ["answer", "soc2.colAnswer"],
      ["months", "soc2.colDeadlineMonths"],
    ],
    optionRows(method, fmt, "report_deadline", (id, label) => {
      const value = months[id] ?? null;
      return { answer: label, months: value === null ? fmt.t("soc2.noDeadline") : fmt.n(value) };
    }),
  );
}

// 4. Criteria.

/** Each Trust Services category: its criteria, and when it is included (frameworks.yaml includedWhen), in words. */
export function criteriaTable(method: Method, fmt: PageFormat): TableSpec {
  const { t, f, n } = fmt;
  const words = {
    answer: (question: string, answers: readonly string[]) =>
      t("rule.answer", { question, answers: answers.join(" / ") }),
    atLeast: (question: string, value: string) => t("rule.atLeast", { question, value }),
    not: (text: string) => t("rule.not", { text }),
  };
  return spec(
    fmt,
    "criteria.caption",
    [
      ["category", "criteria.colCategory", "row"],
      ["count", "criteria.colCount"],
      ["ids", "criteria.colIds"],
      ["when", "criteria.colWhen"],
    ],
    method.frameworks.tsc.map((category) => {
      const when = category.mandatory
        ? [t("criteria.security")]
        : category.includedWhen.map((rule) => describeCondition(rule.when, f, words));
      const notes = category.notesWhen.map((rule) => f.message(rule.reason as MessageKey));
      return {
        category: category.title[fmt.locale],
        count: n(category.criteria.length),
        ids: `${category.criteria[0]}–${category.criteria[category.criteria.length - 1]}`,
        when:
          when.length === 1
            ? { text: when[0] as string, notes }
            : { list: when.map((rule, i) => (i > 0 ? `${t("criteria.ruleOr")} ${rule}` : rule)), notes },
      };
    }),
  );
}

// 5. SOC 2 days.

/** The fixed terms of the SOC 2 days model (estimation.yaml#soc2.days). */
export function soc2FixedTable(method: Method, fmt: PageFormat): TableSpec {
  const { t, n } = fmt;
  const model = method.estimation.soc2.days;
  const row = (term: MethodPageKey, value: string) => ({ term: t(term), value });
  return spec(
    fmt,
    "days.fixedCaption",
    [
      ["term", "days.colTerm", "row"],
      ["value", "days.colValue"],
    ],
    [
      row("days.baseType1", n(model.base.type1)),
      row("days.baseType2", n(model.base.type2)),
      row("days.perMonth", n(model.observationDaysPerMonth)),
      row("days.perSite", n(model.extraSiteDays)),
      row("days.type2Multiplier", fmt.factor(model.type2ScopeMultiplier)),
      row("days.rounding", n(model.rounding)),
    ],
  );
}

/** Days each optional Trust Services category adds. */
export function soc2CategoriesTable(method: Method, fmt: PageFormat): TableSpec {
  const categoryDays = method.estimation.soc2.days.categoryDays;
  return spec(
    fmt,
    "days.categoriesCaption",
    [
      ["category", "days.colCategory"],
      ["days", "days.colDays"],
    ],
    method.frameworks.tsc
      .filter((c) => !c.mandatory)
      .map((c) => ({
        category: c.title[fmt.locale],
        days: fmt.n(categoryDays[c.id as Exclude<TscCategoryId, "security">]),
      })),
  );
}

/** A banded SOC 2 days table (headcount or systems): one row per band with the days it adds. */
function soc2BandedTable(
  fmt: PageFormat,
  caption: MethodPageKey,
  header: MethodPageKey,
  rows: readonly { max: number | null; days: number }[],
): TableSpec {
  return spec(
    fmt,
    caption,
    [
      ["range", header],
      ["days", "days.colDays"],
    ],
    rows.map((row, i) => ({ range: fmt.rangeLabel(rows, i), days: fmt.n(row.days) })),
  );
}

export function soc2HeadcountTable(method: Method, fmt: PageFormat): TableSpec {
  return soc2BandedTable(fmt, "days.headcountCaption", "days.colHeadcount", method.estimation.soc2.days.headcount);
}

export function soc2SystemsTable(method: Method, fmt: PageFormat): TableSpec {
  return soc2BandedTable(fmt, "days.systemsCaption", "days.colSystems", method.estimation.soc2.days.systems);
}

/** Days each answer to `hosting` adds. */
export function soc2HostingTable(method: Method, fmt: PageFormat): TableSpec {
  const hosting = method.estimation.soc2.days.hosting;
  return spec(
    fmt,
    "days.hostingCaption",
    [
      ["hosting", "days.colHosting"],
      ["days", "days.colDays"],
    ],
    optionRows(method, fmt, "hosting", (id, label) => ({ hosting: label, days: fmt.n(hosting[id] ?? 0) })),
  );
}

/** Days per subservice organisation, carve-out and inclusive. */
export function soc2SubserviceTable(method: Method, fmt: PageFormat): TableSpec {
  const perOrganisation = method.estimation.soc2.days.subserviceDaysPerOrganisation;
  return spec(
    fmt,
    "days.subserviceCaption",
    [
      ["method", "days.colSubservice"],
      ["days", "days.colPerOrganisation"],
    ],
    (["carve_out", "inclusive"] as const).map((id) => ({
      method: fmt.f.option("subservice_method", id),
      days: fmt.n(perOrganisation[id]),
    })),
  );
}

/** The control-maturity factor of each readiness band, in band order. */
export function soc2MaturityTable(method: Method, fmt: PageFormat): TableSpec {
  const multiplier = method.estimation.soc2.days.maturityMultiplier;
  return spec(
    fmt,
    "days.maturityCaption",
    [
      ["band", "scoring.colBand"],
      ["factor", "days.colFactor"],
    ],
    method.estimation.scoring.bands.map((b) => ({ band: fmt.band(b.id), factor: fmt.factor(multiplier[b.id]) })),
  );
}

// 6. ISO/IEC 42001 days.

/** Initial-audit days by AI personnel and role (estimation.yaml#iso42001.headcountTable), with each row's basis. */
export function isoHeadcountTable(method: Method, fmt: PageFormat): TableSpec {
  const { t, n } = fmt;
  const rows = method.estimation.iso42001.headcountTable;
  return {
    ...spec(
      fmt,
      "iso.tableCaption",
      [
        ["personnel", "iso.colPersonnel", "row"],
        ["producer", "iso.colProducer"],
        ["developerProviderUser", "iso.colDeveloperProviderUser"],
        ["multiple", "iso.colMultiple"],
        ["isms", "iso.colIsms"],
        ["basis", "iso.colBasis"],
      ],
      rows.map((row, i) => ({
        personnel: fmt.rangeLabel(rows, i),
        producer: n(row.producer),
        developerProviderUser: n(row.developer_provider_user),
        multiple: n(row.multiple),
        isms: n(row.isms),
        basis: row.basis === "iso42006" ? t("iso.basisIso42006") : t("iso.basisExtrapolated"),
      })),
    ),
    bodyTestId: "iso-headcount-table",
  };
}

/** The increase for the number of AI systems, by band. */
export function isoSystemsTable(method: Method, fmt: PageFormat): TableSpec {
  const systems = method.estimation.iso42001.aiSystems;
  return spec(
    fmt,
    "iso.systemsCaption",
    [
      ["systems", "iso.colSystems"],
      ["increase", "iso.colIncrease"],
    ],
    systems.map((row, i) => ({ systems: fmt.rangeLabel(systems, i), increase: fmt.percent(row.percent) })),
  );
}

/** The increases for high-risk use (with its areas), a regulated financial status (with its statuses) and GenAI. */
export function isoIncreasesTable(method: Method, fmt: PageFormat): TableSpec {
  const { t, f, percent } = fmt;
  const iso = method.estimation.iso42001;
  const highRiskQuestion = method.questionsById.get("ai_high_risk");
  const highRiskAreas =
    highRiskQuestion?.type === "multi"
      ? highRiskQuestion.options.filter((o) => o.id !== "none").map((o) => o.label[fmt.locale])
      : [];
  const regulatedStatuses = iso.regulatedStatuses.map((id) => f.option("regulated_status", id));
  return spec(
    fmt,
    "iso.increasesCaption",
    [
      ["context", "iso.colContext"],
      ["increase", "iso.colIncrease"],
    ],
    [
      { context: { text: t("iso.highRisk"), list: highRiskAreas }, increase: percent(iso.increases.highRiskUse) },
      {
        context: { text: t("iso.regulated"), list: regulatedStatuses },
        increase: percent(iso.increases.regulatedFinancial),
      },
      { context: t("iso.genai"), increase: percent(iso.increases.customerFacingGenerativeAi) },
    ],
  );
}

/** The reductions for an ISO/IEC 27001 or ISO 9001 certificate. */
export function isoReductionsTable(method: Method, fmt: PageFormat): TableSpec {
  const reductions = method.estimation.iso42001.reductions;
  return spec(
    fmt,
    "iso.reductionsCaption",
    [
      ["certificate", "iso.colCertificate"],
      ["reduction", "iso.colReduction"],
    ],
    (["iso27001", "iso9001"] as const).map((id) => ({
      certificate: fmt.f.option("prior_certifications", id),
      reduction: fmt.percent(reductions[id]),
    })),
  );
}

// 7. Timeline.

/** Months of readiness work before the first audit, by readiness band. */
export function readinessMonthsTable(method: Method, fmt: PageFormat): TableSpec {
  const readinessMonths = method.estimation.timeline.readinessMonths;
  return spec(
    fmt,
    "timeline.readinessCaption",
    [
      ["band", "scoring.colBand"],
      ["months", "timeline.colMonths"],
    ],
    method.estimation.scoring.bands.map((b) => ({ band: fmt.band(b.id), months: fmt.months(readinessMonths[b.id]) })),
  );
}

/** The ISO/IEC 42001 milestones and when each falls (estimation.yaml#timeline.iso). */
export function isoMilestonesTable(method: Method, fmt: PageFormat, stage1ToCertificate: string): TableSpec {
  const { t, f, n, months, weeks } = fmt;
  const isoPlan = method.estimation.timeline.iso;
  const afterCertificate = (value: number) => t("timeline.afterCertificate", { months: months(value) });
  return spec(
    fmt,
    "timeline.isoCaption",
    [
      ["milestone", "timeline.colMilestone"],
      ["when", "timeline.colWhen"],
    ],
    [
      {
        milestone: f.message("milestone.iso_stage1"),
        when: t("timeline.stage1When", { weeks: weeks(isoPlan.stage1AfterStartWeeks) }),
      },
      {
        milestone: f.message("milestone.iso_stage2"),
        when: t("timeline.stage2When", {
          min: n(isoPlan.stage2AfterStage1Weeks[0]),
          max: n(isoPlan.stage2AfterStage1Weeks[1]),
        }),
      },
      {
        milestone: f.message("milestone.iso_certificate"),
        when: t("timeline.certificateWhen", {
          min: n(isoPlan.certificateAfterStage2Weeks[0]),
          max: n(isoPlan.certificateAfterStage2Weeks[1]),
          total: stage1ToCertificate,
        }),
      },
      {
        milestone: f.message("milestone.iso_surveillance1"),
        when: afterCertificate(isoPlan.surveillanceMonthsAfterCertificate[0]),
      },
      {
        milestone: f.message("milestone.iso_surveillance2"),
        when: afterCertificate(isoPlan.surveillanceMonthsAfterCertificate[1]),
      },
      {
        milestone: f.message("milestone.iso_recertification"),
        when: afterCertificate(isoPlan.recertificationMonthsAfterCertificate),
      },
      { milestone: f.message("milestone.iso_expiry"), when: afterCertificate(isoPlan.certificateValidityMonths) },
    ],
  );
}

// 8. Overlay.

/** The Hong Kong regulators' expectations (regulators.yaml), each linked to its source and dated. */
export function overlayTable(method: Method, fmt: PageFormat): TableSpec {
  const { regulators } = method;
  const regulatorName = new Map(regulators.regulators.map((r) => [r.id, r.name[fmt.locale]]));
  return spec(
    fmt,
    "overlay.caption",
    [
      ["regulator", "overlay.colRegulator"],
      ["ref", "overlay.colRef"],
      ["title", "overlay.colTitle"],
      ["date", "overlay.colDate"],
    ],
    regulators.expectations.map((e) => ({
      regulator: regulatorName.get(e.regulator) ?? e.regulator,
      ref: { link: { href: e.url, text: e.ref } },
      title: e.title[fmt.locale],
      date: { time: { datetime: e.date, text: fmt.formatDate(e.date) } },
    })),
  );
}
