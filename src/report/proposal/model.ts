/**
 * The client-facing fee proposal as text: scope, phases and timeline, days and fees per phase, expenses,
 * assumptions, payment terms and validity, the firm's standing and a signature block. Pure. Every figure is the
 * engine's (an Assessment evaluated with the proposal's scope and the firm's rates); the fee ranges are formatted
 * exactly as the workspace shows them (`feeRangeText`); the terms come from content/firm.yaml (`proposal`) and what
 * the firm may say about itself from its standing (src/lib/firm-standing.ts). Staff's internal notes are not part
 * of it (they stay in the gap report's internal appendix).
 */
import type { Assessment } from "../../engine/index.ts";
import type { Method } from "../../engine/method.ts";
import type { Locale } from "../../i18n/locales.ts";
import { type ProposalTextKey, proposal as proposalText } from "../../i18n/packs/proposal.ts";
import { createT, type Pack, type Translator } from "../../i18n/translate.ts";
import type { Firm } from "../../lib/firm.ts";
import { soc2BasisLine, standingLines } from "../../lib/firm-standing.ts";
import { createFormatter, type Formatter } from "../format.ts";
import { feeRangeText } from "../pdf/appendix.ts";

export interface ProposalDocument {
  readonly locale: Locale;
  readonly title: string;
  readonly subtitle: string;
  readonly organisation: string;
  readonly date: string;
  readonly validUntil: string;
  readonly reference: string | undefined;
  readonly nature: string;
  readonly scope: readonly (readonly [string, string])[];
  readonly phases: readonly { readonly label: string; readonly framework: string; readonly when: string }[];
  readonly fees: readonly {
    readonly id: string;
    readonly label: string;
    readonly days: string;
    readonly range: string;
  }[];
  readonly feesNote: string;
  readonly expenses: string;
  readonly assumptions: readonly string[];
  readonly terms: readonly string[];
  readonly standing: readonly string[];
  readonly signature: {
    readonly intro: string;
    readonly forFirm: string;
    readonly firmSignatory: readonly string[];
    readonly forClient: string;
    readonly fields: readonly string[];
  };
  /** Every label the renderer draws (for font coverage). */
  readonly labels: Pack<ProposalTextKey>;
}

/** `date` plus `days` calendar days (YYYY-MM-DD). */
export function addDays(date: string, days: number): string {
  const [y, m, d] = date.split("-").map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d + days)).toISOString().slice(0, 10);
}

export function feeRows(assessment: Assessment, f: Formatter, t: Translator<ProposalTextKey>) {
  const proposal = assessment.proposal;
  const n = (v: number) => f.number(v);
  const days = (v: number) => t("fees.daysValue", { days: n(v) });
  const rows: { id: string; label: string; days: string; range: string }[] = [];
  const soc2 = assessment.soc2.days;
  if (soc2.type1 && proposal.soc2.fees?.type1) {
    rows.push({
      id: "soc2-type1",
      label: t("fees.soc2Type1"),
      days: days(soc2.type1.days),
      range: feeRangeText(f, proposal.soc2.fees.type1),
    });
  }
  if (soc2.type2 && proposal.soc2.fees?.type2) {
    rows.push({
      id: "soc2-type2",
      label: t("fees.soc2Type2", { months: n(soc2.type2.observationMonths) }),
      days: days(soc2.type2.days),
      range: feeRangeText(f, proposal.soc2.fees.type2),
    });
  }
  const iso = assessment.iso42001;
  if (iso.applicable && proposal.iso42001.applicable && proposal.iso42001.fees) {
    rows.push(
      {
        id: "iso-initial",
        label: t("fees.isoInitial"),
        days: days(iso.days.initial),
        range: feeRangeText(f, proposal.iso42001.fees.initial),
      },
      {
        id: "iso-cycle",
        label: t("fees.isoCycle"),
        days: days(iso.days.cycleTotal),
        range: feeRangeText(f, proposal.iso42001.fees.cycle),
      },
    );
  }
  return rows;
}

export function buildProposalDocument(input: {
  readonly method: Method;
  readonly assessment: Assessment;
  readonly firm: Firm;
  readonly locale: Locale;
  readonly organisation?: string | undefined;
  readonly reference?: string | undefined;
  /** YYYY-MM-DD, the proposal's date. */
  readonly date: string;
}): ProposalDocument {
  const { method, assessment, firm, locale } = input;
  const labels = proposalText[locale];
  const t = createT(locale, labels);
  const f = createFormatter(method, locale);
  const n = (v: number) => f.number(v);
  const join = (items: readonly string[]) => items.join(t("listSeparator"));
  const proposal = assessment.proposal;
  const engagement = assessment.soc2.engagement;
  const terms = firm.proposal;
  const placeholder = t("placeholder");
  const organisation = input.organisation?.trim() || t("organisationUnnamed");
  const validUntil = terms ? addDays(input.date, terms.validityDays) : input.date;

  const reports = [
    ...(assessment.soc2.days.type1 ? [f.message("type.type1")] : []),
    ...(assessment.soc2.days.type2 ? [f.message("type.type2")] : []),
  ];
  const scope: [string, string][] = [
    [t("scope.soc2"), join(reports)],
    [t("scope.basis"), soc2BasisLine(firm.standing, locale)],
    [t("scope.categories"), join(proposal.soc2.categories.map(f.category))],
    ["", t("scope.criteria", { count: n(proposal.soc2.criteriaCount) })],
  ];
  if (assessment.soc2.days.type2) {
    scope.push([t("scope.period"), t("scope.periodValue", { months: n(engagement.observationMonths) })]);
  }
  const org = proposal.organisation;
  scope.push(
    [t("scope.systems"), org.systems === undefined ? t("scope.notAnswered") : n(org.systems)],
    [t("scope.sites"), org.sites === undefined ? t("scope.notAnswered") : n(org.sites)],
    [
      t("scope.iso"),
      assessment.iso42001.applicable
        ? t("scope.isoValue", {
            role: f.message(`role.${assessment.iso42001.roleColumn}`),
            sites: n(assessment.iso42001.days.sitesAudited),
          })
        : t("scope.isoNone"),
    ],
    [t("scope.start"), f.date(proposal.startDate)],
  );

  const phases = assessment.timeline.milestones.map((m) => ({
    label: f.message(m.key),
    framework: f.message(`framework.${m.framework}`),
    when: m.endDate ? f.dateRange(m.date, m.endDate) : f.date(m.date),
  }));

  const fees = feeRows(assessment, f, t);
  return {
    locale,
    title: t("title"),
    subtitle: t("subtitle"),
    organisation,
    date: f.date(input.date),
    validUntil: f.date(validUntil),
    reference: input.reference,
    nature: t("nature"),
    scope,
    phases,
    fees,
    feesNote: fees.length > 0 ? t("fees.note") : t("fees.none"),
    expenses: terms ? terms.expenses[locale] : placeholder,
    assumptions: terms ? terms.assumptions.map((a) => a[locale]) : [placeholder],
    terms: [
      ...(terms ? terms.paymentTerms.map((p) => p[locale]) : [placeholder]),
      terms ? t("validity", { days: n(terms.validityDays), date: f.date(validUntil) }) : placeholder,
    ],
    standing: standingLines(firm, locale),
    signature: {
      intro: t("acceptance.intro"),
      forFirm: t("acceptance.forFirm", { firm: firm.name[locale] }),
      firmSignatory: terms ? [terms.signatory.name[locale], terms.signatory.title[locale]] : [placeholder],
      forClient: t("acceptance.forClient", { organisation }),
      fields: [t("acceptance.name"), t("acceptance.title"), t("acceptance.signature"), t("acceptance.date")],
    },
    labels,
  };
}

/** Every string the proposal draws. */
export function proposalStrings(doc: ProposalDocument, firm: Firm): string[] {
  return [
    ...Object.values(doc.labels),
    doc.organisation,
    doc.date,
    doc.validUntil,
    doc.reference ?? "",
    ...doc.scope.flat(),
    ...doc.phases.flatMap((p) => [p.label, p.framework, p.when]),
    ...doc.fees.flatMap((r) => [r.label, r.days, r.range]),
    doc.feesNote,
    doc.expenses,
    ...doc.assumptions,
    ...doc.terms,
    ...doc.standing,
    doc.signature.forFirm,
    doc.signature.forClient,
    ...doc.signature.firmSignatory,
    firm.name[doc.locale],
    firm.tagline[doc.locale],
    firm.address[doc.locale],
    firm.email,
    firm.phone,
    firm.siteUrl,
    "•·–:/()（）：…",
  ];
}
