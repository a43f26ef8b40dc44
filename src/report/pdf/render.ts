/**
 * The PDF gap report: A4, selectable text, the firm's details in the header and footer of every page, page numbers.
 * One renderer for the browser and the CLI: no Node or DOM APIs; jsPDF is imported on first use; fonts arrive as bytes.
 *
 * Sections: cover (the firm's logo, title, organisation, dates, a link to the accessible print view,
 * contents), executive summary (where the client stands per framework, the headline figures, the next steps specific
 * to the result), what you told us (the profile answers), your plan (one page: the roadmap as a Gantt chart and its
 * phases), SOC 2, ISO/IEC 42001, audit days (what they mean, auditor-weeks, the annual Type II, drivers), readiness
 * by domain (bar chart and table), gap register, Hong Kong regulatory overlay, contact, then the evidence request
 * list as an appendix and, on the back page, the report's internal details (method and questionnaire versions) and
 * notices. The plan, profile and evidence parts need a model built with the answers (`model.plan`).
 */
import type { jsPDF as JsPdf } from "jspdf";
import { report } from "../../i18n/packs/report.ts";
import type { Firm } from "../../lib/firm.ts";
import { standingLines } from "../../lib/firm-standing.ts";
import { hongKongToday } from "../../lib/hong-kong-date.ts";
import { pdfBandColours, pdfPalette, pdfSeverityColours } from "../../theme/pdf.ts";
import type { ReportModel } from "../model.ts";
import { formatScore } from "../score-format.ts";
import { appendixStrings, type ProposalAppendix } from "./appendix.ts";
import { binaryString, fontCodePoints, needsCjkFont, reportStrings } from "./fonts.ts";
import {
  type Cell,
  type CellPart,
  colours,
  createLayout,
  type FontSlot,
  type Layout,
  type Rgb,
  type TextStyle,
} from "./layout.ts";
import { drawLogo } from "./logo.ts";

/** A TrueType font (glyf outlines) for text Helvetica cannot draw. */
export interface PdfFont {
  readonly data: Uint8Array;
  /** The code points it maps; read from the font when absent. */
  readonly codePoints?: ReadonlySet<number>;
}

export interface RenderPdfInput {
  readonly model: ReportModel;
  readonly firm: Firm;
  /** The organisation's name as the user typed it; optional. */
  readonly organisation?: string;
  /**
   * Fonts for Chinese and any other text outside Windows-1252, in order of preference (each character is drawn
   * with the first font that has it). Required when `pdfNeedsFont` says so.
   */
  readonly fonts?: readonly PdfFont[];
  /** The report date, YYYY-MM-DD; today in Hong Kong by default. */
  readonly date?: string;
  /** For the firm's staff: a final "Proposal inputs" section (see appendix.ts). Public reports have none. */
  readonly appendix?: ProposalAppendix;
}

/** Characters the renderer itself adds: bullets, separators, dashes, brackets. */
const rendererCharacters = { en: "•·–?:/()…", "zh-hk": "•·–?:/()（）：…" } as const;

/** Every string the report can draw (model, labels, firm, organisation): what a font for it must cover. */
export function pdfStrings(input: Pick<RenderPdfInput, "model" | "firm" | "organisation" | "appendix">): string[] {
  return reportStrings(input.model, input.firm, input.organisation?.trim(), [
    ...Object.values(report[input.model.locale]),
    rendererCharacters[input.model.locale],
    ...(input.appendix ? appendixStrings(input.appendix) : []),
  ]);
}

/** Whether this report needs `fonts`: every zh-HK report, and an English one with e.g. a Chinese organisation name. */
export function pdfNeedsFont(input: Pick<RenderPdfInput, "model" | "firm" | "organisation" | "appendix">): boolean {
  return needsCjkFont(pdfStrings(input), input.model.locale);
}

/** The readiness bands' colours: the design tokens' (src/theme/tokens.ts), as on the results page. */
const bandColours: Partial<Record<string, Rgb>> = pdfBandColours;
const bandFills = bandColours;
const severityColours: Record<string, Rgb> = pdfSeverityColours;

const A4 = { width: 210, height: 297 };
const frame = { width: A4.width, height: A4.height, left: 18, right: 192, top: 21, bottom: 279 };
const contentWidth = frame.right - frame.left;

export async function renderPdf(input: RenderPdfInput): Promise<Uint8Array> {
  const { model, firm } = input;
  const organisation = input.organisation?.trim() || undefined;
  const { t, format: f, locale } = model;
  const zh = locale !== "en";
  if (pdfNeedsFont(input) && !input.fonts?.length) {
    throw new Error("This report contains characters outside Latin-1: pass `fonts` (Noto Sans HK).");
  }

  const { jsPDF } = await import("jspdf");
  const doc: JsPdf = new jsPDF({ unit: "mm", format: "a4", compress: true, putOnlyUsedFonts: true });
  const slots: FontSlot[] = zh ? [] : [{ kind: "standard", family: "helvetica" }];
  (input.fonts ?? []).forEach((font, i) => {
    const family = `NotoSansHK${i}`;
    doc.addFileToVFS(`${family}.ttf`, binaryString(font.data));
    doc.addFont(`${family}.ttf`, family, "normal", "Identity-H");
    slots.push({ kind: "embedded", family, codePoints: font.codePoints ?? fontCodePoints(font.data) });
  });

  const L = createLayout(doc, slots, frame, { lineFactor: zh ? 1.62 : 1.42 });
  const n = (value: number) => f.number(value);
  const colon = zh ? "：" : ": ";
  // Scores to one decimal everywhere, as on the results page.
  const sc = (value: number) => formatScore(value, locale);
  const scoreAndBand = (score: number, band: string) => `${sc(score)} / 100${zh ? `（${band}）` : ` (${band})`}`;
  const body = { size: 9.5 } as const;
  const small = { size: 8.5 } as const;
  const muted = { size: 8.5, color: colours.muted } as const;
  const date = input.date ?? hongKongToday();
  const contents: { number: string; title: string; page: number }[] = [];
  let sectionNumber = 0;
  const next = () => String(++sectionNumber);

  // ── Building blocks ────────────────────────────────────────────────────────────────────────────────────────────
  const h1 = (number: string, title: string) => {
    const size = 15;
    const lh = L.lineHeight(size);
    const lines = L.wrap(title, contentWidth - 10, { size, bold: true }, { keepWords: true });
    L.keepWithNext(5 + lines.length * lh + 4, () => {
      if (L.y > frame.top) L.y += 5;
      contents.push({ number, title, page: doc.getNumberOfPages() });
      lines.forEach((line, i) => {
        const base = L.baseline(L.y, size);
        if (i === 0) L.draw(number, frame.left, base, { size, bold: true, color: colours.accent });
        L.draw(line, frame.left + 10, base, { size, bold: true, color: colours.brand });
        L.y += lh;
      });
      L.rule(frame.left, L.y + 0.8, frame.right, L.y + 0.8, colours.brand, 0.4);
      L.y += 4;
    });
  };
  const h2 = (title: string) => {
    const size = 11;
    const lh = L.lineHeight(size);
    const lines = L.wrap(title, contentWidth, { size, bold: true }, { keepWords: true });
    L.keepWithNext(3 + lines.length * lh + 1, () => {
      if (L.y > frame.top) L.y += 3;
      for (const line of lines) {
        L.draw(line, frame.left, L.baseline(L.y, size), { size, bold: true, color: colours.brand });
        L.y += lh;
      }
      L.y += 1;
    });
  };
  const facts = (rows: readonly (readonly [string, Cell])[], labelWidth = 52) =>
    L.table(
      [
        { header: "", width: labelWidth },
        { header: "", width: contentWidth - labelWidth },
      ],
      rows.map(([label, value]) => [[{ text: label, color: colours.muted }], value]),
      { size: 9, header: false },
    );
  const link = (label: string, url: string) => {
    const lines = L.wrap(`${label}${colon}${url}`, contentWidth, small);
    const lh = L.lineHeight(small.size);
    L.flush(lh * lines.length);
    L.ensure(lh * lines.length);
    for (const line of lines) {
      L.draw(line, frame.left, L.baseline(L.y, small.size), { ...small, color: colours.brand });
      doc.link(frame.left, L.y, L.width(line, small), lh, { url });
      L.y += lh;
    }
    L.y += 1.5;
  };

  // ── Cover ──────────────────────────────────────────────────────────────────────────────────────────────────────
  L.rect(0, 0, A4.width, 56, colours.brand);
  const logoSize = 14;
  drawLogo(doc, firm.logo, frame.left, 16, logoSize, {
    primary: pdfPalette.logoOnBrandPrimary,
    accent: pdfPalette.logoOnBrandAccent,
    contrast: pdfPalette.logoOnBrandContrast,
  });
  const bandTextLeft = frame.left + logoSize + 5;
  const bandTextWidth = frame.right - bandTextLeft;
  L.y = 16;
  for (const line of L.wrap(firm.name[locale], bandTextWidth, { size: 14, bold: true }, { keepWords: true })) {
    L.draw(line, bandTextLeft, L.baseline(L.y, 14), { size: 14, bold: true, color: pdfPalette.onBrand });
    L.y += L.lineHeight(14);
  }
  L.y += 1;
  for (const line of L.wrap(firm.tagline[locale], bandTextWidth, { size: 9.5 })) {
    L.draw(line, bandTextLeft, L.baseline(L.y, 9.5), { size: 9.5, color: pdfPalette.onBrandMuted });
    L.y += L.lineHeight(9.5);
  }
  L.rect(frame.left, 50, 24, 1.2, pdfPalette.logoAccent);

  L.y = 70;
  for (const line of balancedWrap(L, t("report.title"), contentWidth, { size: 22, bold: true })) {
    L.draw(line, frame.left, L.baseline(L.y, 22), { size: 22, bold: true, color: colours.brand });
    L.y += L.lineHeight(22);
  }
  L.y += 1;
  L.draw(t("report.subtitle"), frame.left, L.baseline(L.y, 12), { size: 12, color: colours.muted });
  L.y += L.lineHeight(12) + 8;
  L.draw(t("report.preparedFor"), frame.left, L.baseline(L.y, 9), { size: 9, color: colours.muted });
  L.y += L.lineHeight(9);
  // A long name gets a smaller size; past three lines it is cut (the full name stays in the document title).
  const orgText = organisation ?? t("report.organisationUnnamed");
  const orgSize = [16, 13, 11].find((size) => L.wrap(orgText, contentWidth, { size, bold: true }).length <= 2) ?? 11;
  const orgStyle = organisation
    ? { size: orgSize, bold: true, color: colours.ink }
    : { size: 14, color: colours.muted };
  const orgLines = L.wrap(orgText, contentWidth, orgStyle);
  if (orgLines.length > 3) orgLines.splice(2, orgLines.length, `${orgLines[2]?.slice(0, -1) ?? ""}…`);
  for (const line of orgLines) {
    L.draw(line, frame.left, L.baseline(L.y, orgStyle.size), orgStyle);
    L.y += L.lineHeight(orgStyle.size);
  }
  L.y += 6;
  facts([
    [t("report.date"), f.date(date)],
    [t("report.startDate"), f.date(model.startDate)],
  ]);
  const plan = model.plan;
  if (plan?.printUrl) {
    // On the cover a short, clickable label; the full address is on the back page.
    L.y += 1;
    L.paragraph(t("about.accessible"), small, { after: 0.5 });
    const label = t("report.printViewLink");
    const lh = L.lineHeight(small.size);
    L.draw(label, frame.left, L.baseline(L.y, small.size), { ...small, bold: true, color: colours.brand });
    doc.link(frame.left, L.y, L.width(label, { ...small, bold: true }), lh, { url: plan.printUrl });
    L.y += lh + 1;
  }
  const contentsTop = L.y + 4;

  // The notices sit at the foot of the cover.
  const noticeText = [model.notices[0] ?? "", model.notices[1] ?? ""].join(zh ? "" : " ");
  const noticeLines = L.wrap(noticeText, contentWidth - 10, small);
  const noticeHeight = noticeLines.length * L.lineHeight(small.size) + 8;
  const noticeTop = frame.bottom - noticeHeight;
  L.rect(frame.left, noticeTop, contentWidth, noticeHeight, pdfPalette.noticeBg);
  L.rect(frame.left, noticeTop, 1.2, noticeHeight, pdfPalette.notice);
  noticeLines.forEach((line, i) => {
    L.draw(line, frame.left + 6, L.baseline(noticeTop + 4 + i * L.lineHeight(small.size), small.size), small);
  });

  // ── 1 Executive summary ────────────────────────────────────────────────────────────────────────────────────────
  L.newPage();
  h1(next(), t("summary.title"));
  {
    const s = model.summary;
    const colour = bandColours[s.bandId] ?? colours.brand;
    const textX = frame.left + 50;
    const summaryLines = L.wrap(s.bandSummary, frame.right - textX - 5, body);
    const boxHeight = Math.max(28, 14 + summaryLines.length * L.lineHeight(body.size));
    L.flush(boxHeight);
    const top = L.y;
    L.rect(frame.left, top, contentWidth, boxHeight, colours.soft);
    L.rect(frame.left, top, 1.5, boxHeight, colour);
    L.draw(t("summary.overall"), frame.left + 6, L.baseline(top + 3, 8.5), muted);
    const score = sc(s.overall);
    L.draw(score, frame.left + 6, top + 19, { size: 28, bold: true, color: colour });
    L.draw(" / 100", frame.left + 6 + L.width(score, { size: 28, bold: true }), top + 19, {
      size: 11,
      color: colours.muted,
    });
    L.draw(s.band, textX, L.baseline(top + 3, 12), { size: 12, bold: true, color: colour });
    summaryLines.forEach((line, i) => {
      L.draw(line, textX, L.baseline(top + 10 + i * L.lineHeight(body.size), body.size), body);
    });
    L.y = top + boxHeight + 4;
    if (!s.complete) L.paragraph(t("report.incomplete"), { ...small, color: pdfPalette.notice });
    facts([
      [t("summary.overall"), [{ text: scoreAndBand(s.overall, s.band), bold: true }]],
      [t("summary.soc2"), scoreAndBand(s.soc2.score, s.soc2.band)],
      ...(s.iso ? [[t("summary.iso"), scoreAndBand(s.iso.score, s.iso.band)] as const] : []),
      [t("summary.path"), [{ text: s.path, bold: true }]],
      [t("soc2.firstReport"), model.soc2.firstReport],
      [t("soc2.observation"), t("soc2.months", { months: n(model.soc2.observationMonths) })],
    ]);
    if (plan?.quickOnly) L.paragraph(t("summary.firstEstimate"), { ...small, color: colours.accent });
    if (plan?.missing.length) {
      h2(t("summary.missing"));
      L.list(plan.missing, small);
    }
    if (plan) {
      h2(t("summary.outlook"));
      for (const framework of plan.outlook) {
        L.paragraph(framework.framework, { ...body, bold: true, color: colours.brand }, { after: 0.5 });
        L.list(framework.sentences, body);
      }
      h2(t("summary.nextSteps"));
      L.list(
        plan.nextSteps.map((step) => (step.findings.length ? `${step.text} ${step.findings.join(" ")}` : step.text)),
        body,
        { numbered: true },
      );
    }
    h2(t("summary.findings"));
    if (s.topFindings.length) L.list(s.topFindings, body, { numbered: true });
    else L.paragraph(t("summary.noFindings"), body);
    h2(t("summary.blockers"));
    if (s.blockers.length) L.list(s.blockers, body);
    else L.paragraph(t("summary.noBlockers"), body);
  }

  // ── What you told us ───────────────────────────────────────────────────────────────────────────────────────────
  if (plan && plan.profile.length > 0) {
    h1(next(), t("told.title"));
    L.paragraph(t("told.intro"), muted, { after: 1.5 });
    L.table(
      [
        { header: t("told.question"), width: zh ? 100 : 104 },
        { header: t("told.answer"), width: contentWidth - (zh ? 100 : 104) },
      ],
      plan.profile.map((row) => [row.question, [{ text: row.answer, bold: true }]]),
      { size: 8.5, zebra: true },
    );
  }

  // ── Your plan: one page, the roadmap as a Gantt chart ─────────────────────────────────────────────────────────
  if (plan) {
    L.flush(0);
    L.newPage();
    h1(next(), t("plan.title"));
    L.paragraph(t("plan.intro"), body, { after: 1.5 });
    drawGantt(L, model, plan, locale);
    L.paragraph(t("plan.chartCaption"), muted, { after: 2 });
    if (plan.phases.length) {
      L.table(
        [
          { header: t("plan.phase"), width: 58 },
          { header: t("plan.due"), width: 40 },
          { header: t("plan.findings"), width: contentWidth - 98 },
        ],
        plan.phases.map((phase) => [
          [{ text: phase.title, bold: true }],
          phase.dueText,
          [
            ...phase.findings.slice(0, 3).map((text) => ({ text, marker: "•", gapBefore: 0.3 })),
            ...(phase.findings.length > 3
              ? [{ text: t("plan.more", { count: n(phase.findings.length - 3) }), color: colours.muted }]
              : []),
          ],
        ]),
        { size: 8, zebra: true },
      );
    }
    // The plan is a page of its own.
    L.flush(0);
    L.newPage();
  }

  // ── 2 SOC 2 ────────────────────────────────────────────────────────────────────────────────────────────────────
  h1(next(), t("soc2.title"));
  facts([
    [t("soc2.firstReport"), [{ text: model.soc2.firstReport, bold: true }]],
    [t("soc2.path"), model.soc2.path],
    [t("soc2.observation"), t("soc2.months", { months: n(model.soc2.observationMonths) })],
    [t("soc2.criteria"), t("soc2.criteriaTotal", { count: n(model.soc2.criteriaCount) })],
  ]);
  h2(t("soc2.why"));
  L.list(model.soc2.reasons, body);
  h2(t("soc2.criteria"));
  L.table(
    [
      { header: t("soc2.category"), width: 42 },
      { header: t("soc2.inScope"), width: 18 },
      { header: t("soc2.criteriaCount"), width: 18, align: "right" },
      { header: t("soc2.reason"), width: contentWidth - 78 },
    ],
    model.soc2.categories.map((c) => [
      [{ text: c.label, bold: true }],
      [{ text: c.included ? t("soc2.yes") : t("soc2.no"), color: c.included ? colours.brand : colours.muted }],
      n(c.count),
      c.reasons.join(" "),
    ]),
    { size: 8.5, zebra: true },
  );
  const timelineTable = (framework: "soc2" | "iso42001") => {
    const milestones = model.timeline.filter((m) => m.frameworkId === framework);
    if (!milestones.length) return;
    h2(t("timeline.title"));
    L.table(
      [
        { header: t("timeline.milestone"), width: 90 },
        { header: t("timeline.when"), width: contentWidth - 90 },
      ],
      milestones.map((m) => [m.label, m.when]),
      { size: 8.5, zebra: true },
    );
  };
  timelineTable("soc2");

  // ── 3 ISO/IEC 42001 ────────────────────────────────────────────────────────────────────────────────────────────
  h1(next(), t("iso.title"));
  const iso = model.iso;
  if (iso.applicable) {
    facts([
      [t("iso.role"), [{ text: iso.role, bold: true }]],
      [t("iso.initial"), t("days.total", { days: n(iso.initial) })],
      [t("iso.cycleTotal"), t("days.total", { days: n(iso.cycleTotal) })],
    ]);
    h2(t("iso.scope"));
    L.list(iso.reasons, body);
    h2(t("iso.perStage"));
    L.table(
      [
        { header: t("iso.stage"), width: 100 },
        { header: t("iso.year"), width: 30, align: "right" },
        { header: t("iso.days"), width: contentWidth - 130, align: "right" },
      ],
      [...iso.rows.map((r) => [r.label, n(r.year), n(r.days)]), [t("iso.cycleTotal"), "1–3", n(iso.cycleTotal)]],
      { size: 8.5, zebra: true, rowStyle: (r) => (r === iso.rows.length ? { bold: true } : undefined) },
    );
    h2(t("iso.perYear"));
    L.table(
      [
        { header: t("iso.year"), width: 100 },
        { header: t("iso.days"), width: contentWidth - 100, align: "right" },
      ],
      iso.years.map((row) => [t("iso.yearN", { year: n(row.year) }), n(row.days)]),
      { size: 8.5, zebra: true },
    );
    timelineTable("iso42001");
  } else {
    L.paragraph(t("iso.notApplicable"), { ...body, bold: true });
    L.list(iso.reasons, body);
  }

  // ── 4 Audit-day estimates ──────────────────────────────────────────────────────────────────────────────────────
  h1(next(), t("days.title"));
  L.paragraph(t("days.intro"), body, { after: 2.5 });
  if (plan) {
    L.paragraph(plan.daysMeaning, { ...body, bold: true }, { after: 2 });
    const fees = plan.dayFigures.some((d) => d.fee);
    const label = (d: (typeof plan.dayFigures)[number]) =>
      d.id === "soc2_type1"
        ? t("soc2.daysType1")
        : d.id === "soc2_type2"
          ? t("soc2.daysType2", { months: n(d.observationMonths ?? 0) })
          : d.id === "soc2_annual"
            ? t("days.annual", { months: n(d.observationMonths ?? 0) })
            : d.id === "iso_initial"
              ? t("iso.initial")
              : t("days.isoCycle");
    const labelWidth = fees ? 64 : 90;
    L.table(
      [
        { header: t("days.estimate"), width: labelWidth },
        { header: t("iso.days"), width: 18, align: "right" },
        { header: t("days.meaningTitle"), width: fees ? 50 : contentWidth - labelWidth - 18 },
        ...(fees ? [{ header: t("days.fee"), width: contentWidth - labelWidth - 68 }] : []),
      ],
      plan.dayFigures.map((d) => [
        label(d),
        [{ text: n(d.days), bold: true }],
        t("days.hoursWeeks", { hours: n(d.hours), weeks: n(d.auditorWeeks) }),
        ...(fees ? [d.fee ?? "–"] : []),
      ]),
      { size: 8.5, zebra: true },
    );
  } else {
    const estimates: [string, number][] = model.soc2.days.map((d) => [d.label, d.days]);
    if (iso.applicable) estimates.push([t("iso.initial"), iso.initial], [t("iso.cycleTotal"), iso.cycleTotal]);
    L.table(
      [
        { header: t("days.estimate"), width: 120 },
        { header: t("iso.days"), width: contentWidth - 120, align: "right" },
      ],
      estimates.map(([label, days]) => [label, [{ text: n(days), bold: true }]]),
      { size: 9, zebra: true },
    );
  }
  for (const d of model.soc2.days) {
    h2(`${d.label}${colon}${t("days.total", { days: n(d.days) })}`);
    L.list(d.drivers, small, { numbered: true });
  }
  if (iso.applicable) {
    h2(`${t("iso.initial")}${colon}${t("days.total", { days: n(iso.initial) })}`);
    L.list(iso.drivers, small, { numbered: true });
    h2(`${t("iso.cycleTotal")}${colon}${t("days.total", { days: n(iso.cycleTotal) })}`);
    L.list(iso.cycleDrivers, small, { numbered: true });
  }

  // ── 5 Readiness by domain ──────────────────────────────────────────────────────────────────────────────────────
  // The heading, caption, legend and chart start a new page unless all of them fit on this one.
  L.ensure(Math.min(domainChartHeight(L, model) + 30, frame.bottom - frame.top));
  h1(next(), t("domains.title"));
  L.paragraph(t("domains.chartCaption"), muted, { after: 1 });
  drawLegend(L, model);
  drawDomainChart(L, model);
  L.table(
    [
      { header: t("domains.domain"), width: 110 },
      { header: t("domains.score"), width: 24, align: "right" },
      { header: t("domains.band"), width: contentWidth - 134 },
    ],
    model.domains.map((d) => [
      d.label,
      [{ text: sc(d.score), bold: true }],
      [{ text: d.band, color: bandColours[d.bandId] ?? colours.ink }],
    ]),
    { size: 8.5, zebra: true },
  );

  // ── 6 Gap register ─────────────────────────────────────────────────────────────────────────────────────────────
  h1(next(), t("gaps.title"));
  if (!model.gaps.length) L.paragraph(t("gaps.none"), body);
  else {
    const list = (items: readonly string[]): Cell =>
      items.length ? items.map((text) => ({ text, marker: "•", gapBefore: 0.4 })) : "–";
    // Chinese text is denser than the references: the finding column gets the room the reference columns do not need.
    const widths = zh ? [13, 62, 25, 26] : [15, 48, 27, 30];
    L.table(
      [
        { header: t("gaps.priority"), width: widths[0] ?? 15 },
        { header: t("gaps.finding"), width: widths[1] ?? 48 },
        { header: t("gaps.criteria"), width: widths[2] ?? 27 },
        { header: t("gaps.hkExpectations"), width: widths[3] ?? 30 },
        { header: t("gaps.evidence"), width: contentWidth - widths.reduce((a, b) => a + b, 0) },
      ],
      model.gaps.map((g) => {
        const finding: CellPart[] = [
          { text: g.finding, bold: true },
          { text: g.domain, size: 7.5, color: colours.muted },
        ];
        if (g.unknown) finding.push({ text: t("gaps.unknown"), size: 7.5, color: colours.accent });
        const refs: CellPart[] = [];
        if (g.tsc.length) refs.push({ text: `SOC 2: ${g.tsc.join(", ")}` });
        if (g.iso.length) refs.push({ text: `ISO/IEC 42001: ${g.iso.join(", ")}` });
        return [
          [
            { text: n(g.priority), bold: true, size: 10 },
            { text: g.severity, size: 7.5, bold: true, color: severityColours[g.severityId] ?? colours.muted },
          ],
          finding,
          refs.length ? refs : "–",
          list(g.hk),
          g.evidence,
        ];
      }),
      { size: 8, zebra: true },
    );
  }

  // ── 7 Hong Kong regulatory overlay ─────────────────────────────────────────────────────────────────────────────
  h1(next(), t("overlay.title"));
  if (!model.overlay.length) L.paragraph(t("overlay.none"), body);
  for (const o of model.overlay) {
    h2(`${o.ref}${colon}${o.title}`);
    L.paragraph(`${o.regulator}${o.date ? ` · ${o.date}` : ""}`, muted, { after: 1 });
    facts(
      [
        [t("overlay.expects"), o.expects],
        [t("overlay.why"), o.why],
        [t("gaps.title"), t("overlay.related", { gaps: n(o.gaps) })],
      ],
      34,
    );
    L.y -= 2;
    if (o.url) link(t("overlay.source"), o.url);
  }

  // ── 8 Next steps, contact, notices ─────────────────────────────────────────────────────────────────────────────
  h1(next(), t("next.contact"));
  if (!plan) L.list([t("next.1"), t("next.2"), t("next.3")], body, { numbered: true });
  else L.paragraph(t("next.3"), body);
  facts([
    ["", [{ text: firm.name[locale], bold: true }]],
    [t("next.address"), firm.address[locale]],
    [t("next.email"), firm.email],
    [t("next.phone"), firm.phone],
    [t("next.website"), firm.siteUrl],
  ]);
  L.list(standingLines(firm, locale), muted);

  // ── Appendix: the evidence request list ─────────────────────────────────────────────────────────────────────────
  if (plan && plan.evidence.length > 0) {
    L.flush(0);
    L.newPage();
    h1("A", t("evidence.title"));
    L.paragraph(t("evidence.intro"), body, { after: 2 });
    L.table(
      [
        { header: t("evidence.control"), width: 66 },
        { header: t("evidence.refs"), width: 24 },
        { header: t("evidence.period"), width: 38 },
        { header: t("evidence.due"), width: 22 },
        { header: t("evidence.owner"), width: contentWidth - 150 },
      ],
      plan.evidence.map((row) => [
        [
          { text: row.control, bold: true },
          { text: row.evidence, size: 7.5, color: colours.muted },
        ],
        row.refs || "–",
        row.period,
        row.due,
        "",
      ]),
      { size: 7.5, zebra: true },
    );
  }

  // ── A Proposal inputs (staff only) ─────────────────────────────────────────────────────────────────────────────
  const appendix = input.appendix;
  if (appendix) {
    // The appendix is for the firm's proposal: it starts on a page of its own.
    L.flush(0);
    L.newPage();
    h1(plan && plan.evidence.length > 0 ? "B" : "A", t("appendix.title"));
    L.paragraph(t("appendix.intro"), body, { after: 2 });
    h2(t("appendix.scope"));
    facts(appendix.scope, 62);
    if (appendix.changes.length) {
      h2(t("appendix.changes"));
      L.list(appendix.changes, body);
    }
    h2(t("appendix.days"));
    L.table(
      [
        { header: t("appendix.engagement"), width: 110 },
        { header: t("iso.year"), width: 24, align: "right" },
        { header: t("iso.days"), width: contentWidth - 134, align: "right" },
      ],
      appendix.days.map((r) => [r.label, r.year, [{ text: r.days, bold: true }]]),
      { size: 8.5, zebra: true },
    );
    if (appendix.years.length) {
      h2(t("iso.perYear"));
      L.table(
        [
          { header: t("iso.year"), width: 110 },
          { header: t("iso.days"), width: contentWidth - 110, align: "right" },
        ],
        appendix.years.map((r) => [r.label, r.days]),
        { size: 8.5, zebra: true },
      );
    }
    if (appendix.fees.length) {
      h2(t("appendix.fees"));
      L.table(
        [
          { header: t("appendix.engagement"), width: 78 },
          { header: t("iso.days"), width: 32, align: "right" },
          { header: t("appendix.feeRange"), width: contentWidth - 110, align: "right" },
        ],
        appendix.fees.map((r) => [r.label, r.days, [{ text: r.range, bold: true }]]),
        { size: 8.5, zebra: true },
      );
      L.paragraph(t("appendix.feesNote"), muted);
    }
    h2(t("appendix.dates"));
    L.table(
      [
        { header: t("timeline.milestone"), width: 70 },
        { header: t("timeline.framework"), width: 34 },
        { header: t("timeline.when"), width: contentWidth - 104 },
      ],
      appendix.dates.map((r) => [r.label, r.framework, r.when]),
      { size: 8.5, zebra: true },
    );
  }

  // ── Back page: the report's internal details and the notices ───────────────────────────────────────────────────
  L.flush(0);
  L.newPage();
  h2(t("notice.title"));
  facts([
    [t("report.date"), f.date(date)],
    [t("report.method"), model.methodVersion],
    [t("report.questionnaire"), n(model.questionnaireVersion)],
    [t("report.language"), t("report.languageName")],
  ]);
  L.list(model.notices, body);
  if (plan?.printUrl) {
    L.paragraph(t("about.accessible"), small, { after: 0.5 });
    link(t("report.printView"), plan.printUrl);
  }
  L.flush(0);

  // ── Contents on the cover, running header and footer on every page ─────────────────────────────────────────────
  doc.setPage(1);
  drawContents(L, t("report.contents"), contents, contentsTop);
  const pages = doc.getNumberOfPages();
  const host = firm.siteUrl.replace(/^https?:\/\//, "").replace(/\/$/, "");
  for (let page = 1; page <= pages; page++) {
    doc.setPage(page);
    if (page > 1) {
      const base = 11;
      drawLogo(doc, firm.logo, frame.left, base - 3.6, 4.6, {
        primary: pdfPalette.logoPrimary,
        accent: pdfPalette.logoAccent,
        contrast: pdfPalette.logoContrast,
      });
      L.draw(firm.name[locale], frame.left + 6.2, base, { size: 8, bold: true, color: colours.brand });
      L.draw(t("report.shortTitle"), frame.right, base, { size: 8, color: colours.muted }, "right");
      L.rule(frame.left, 13.5, frame.right, 13.5, colours.line, 0.3);
    }
    L.rule(frame.left, 284, frame.right, 284, colours.line, 0.3);
    L.draw(`${firm.email}  ·  ${firm.phone}  ·  ${host}`, frame.left, 289, { size: 7.5, color: colours.muted });
    L.draw(
      t("report.page", { page: String(page), pages: String(pages) }),
      frame.right,
      289,
      { size: 7.5, color: colours.muted },
      "right",
    );
  }

  doc.setProperties({
    title: organisation ? `${t("report.title")} – ${organisation}` : t("report.title"),
    subject: t("report.subtitle"),
    author: firm.name[locale],
    creator: firm.shortName[locale],
  });
  doc.setLanguage(zh ? "zh-HK" : "en-GB");
  return new Uint8Array(doc.output("arraybuffer"));
}

/** A colour mixed 45 % towards white: the Gantt's periods, lighter than its milestones. */
function lighter(colour: Rgb): Rgb {
  const mix = (c: number) => Math.round(c + (255 - c) * 0.45);
  return [mix(colour[0]), mix(colour[1]), mix(colour[2])];
}

/** Wraps into as few lines as `maxWidth` allows, with the lines as even as possible (no one-word last line). */
function balancedWrap(L: Layout, text: string, maxWidth: number, style: TextStyle): string[] {
  const keepWords = { keepWords: true };
  const count = L.wrap(text, maxWidth, style, keepWords).length;
  if (count < 2) return L.wrap(text, maxWidth, style, keepWords);
  let low = maxWidth / count;
  let high = maxWidth;
  for (let i = 0; i < 12; i++) {
    const mid = (low + high) / 2;
    if (L.wrap(text, mid, style, keepWords).length > count) low = mid;
    else high = mid;
  }
  return L.wrap(text, high, style, keepWords);
}

function drawContents(
  L: Layout,
  title: string,
  entries: readonly { number: string; title: string; page: number }[],
  top: number,
): void {
  const size = 9.5;
  const lh = L.lineHeight(size) + 0.6;
  L.draw(title, frame.left, L.baseline(top, 11), { size: 11, bold: true, color: colours.brand });
  let y = top + L.lineHeight(11) + 1.5;
  for (const entry of entries) {
    const base = L.baseline(y, size);
    L.draw(entry.number, frame.left, base, { size, bold: true, color: colours.accent });
    const titleWidth = L.width(entry.title, { size });
    L.draw(entry.title, frame.left + 8, base, { size });
    L.draw(String(entry.page), frame.right, base, { size, color: colours.muted }, "right");
    L.rule(frame.left + 10 + titleWidth, base - 0.6, frame.right - 8, base - 0.6, colours.line, 0.25, [0.4, 0.9]);
    y += lh;
  }
}

function drawLegend(L: Layout, model: ReportModel): void {
  const size = 8;
  const lh = L.lineHeight(size);
  L.ensure(lh + 2);
  let x = frame.left;
  const base = L.baseline(L.y, size);
  model.bands.forEach((band) => {
    const label = model.t("domains.bandFrom", { band: band.label, min: model.format.number(band.min) });
    const w = L.width(label, { size }) + 9;
    if (x + w > frame.right) return;
    L.rect(x, base - 2.6, 3, 3, bandFills[band.id] ?? colours.brand);
    L.draw(label, x + 4.2, base, { size, color: colours.muted });
    x += w;
  });
  L.y += lh + 2;
}

const chart = { size: 8, labelWidth: 60 } as const;
const chartRowHeight = (L: Layout, label: string) =>
  Math.max(L.wrap(label, chart.labelWidth, { size: chart.size }).length * L.lineHeight(chart.size), 5.2) + 1.2;

function domainChartHeight(L: Layout, model: ReportModel): number {
  return model.domains.reduce((sum, d) => sum + chartRowHeight(L, d.label), L.lineHeight(7) + 6);
}

/** Horizontal bars, one per domain, 0–100, with the value at the end of each bar and the band starts dashed. */
function drawDomainChart(L: Layout, model: ReportModel): void {
  const { size, labelWidth } = chart;
  const barLeft = frame.left + labelWidth + 2;
  const barWidth = contentWidth - labelWidth - 2 - 12;
  const lh = L.lineHeight(size);
  const thresholds = model.bands.map((b) => b.min).filter((m) => m > 0 && m < 100);
  const xOf = (score: number) => barLeft + (barWidth * Math.max(0, Math.min(100, score))) / 100;

  let segmentTop = L.y;
  const axis = () => {
    const base = L.baseline(L.y, 7);
    for (const tick of [0, ...thresholds, 100]) {
      L.draw(model.format.number(tick), xOf(tick), base, { size: 7, color: colours.muted }, "center");
    }
    L.y += L.lineHeight(7) + 0.5;
    segmentTop = L.y;
  };
  const closeSegment = () => L.rule(barLeft, segmentTop, barLeft, L.y, colours.line, 0.3);

  L.ensure(lh * 3);
  axis();
  for (const domain of model.domains) {
    const lines = L.wrap(domain.label, labelWidth, { size });
    const rowHeight = chartRowHeight(L, domain.label);
    if (L.y + rowHeight > frame.bottom) {
      closeSegment();
      L.newPage();
      axis();
    }
    const mid = L.y + rowHeight / 2;
    const textTop = mid - (lines.length * lh) / 2;
    lines.forEach((line, i) => {
      L.draw(line, frame.left + labelWidth, L.baseline(textTop + i * lh, size), { size }, "right");
    });
    // Track, band-start lines, bar, then the value on a white patch so no line runs through it.
    L.rect(barLeft, mid - 1.9, barWidth, 3.8, colours.soft);
    for (const tick of thresholds) L.rule(xOf(tick), L.y, xOf(tick), L.y + rowHeight, colours.muted, 0.2, [0.8, 0.8]);
    if (domain.score > 0) {
      L.rect(barLeft, mid - 1.9, xOf(domain.score) - barLeft, 3.8, bandFills[domain.bandId] ?? colours.brand);
    }
    const value = formatScore(domain.score, model.locale);
    const valueStyle = { size, bold: true } as const;
    L.rect(xOf(domain.score) + 0.8, mid - 2, L.width(value, valueStyle) + 1.4, 4, colours.white);
    L.draw(value, xOf(domain.score) + 1.5, L.baseline(mid - lh / 2, size), valueStyle);
    L.y += rowHeight;
  }
  closeSegment();
  L.y += 5;
}

const ganttMonths = 18;
const dayOf = (iso: string) => Date.parse(`${iso}T00:00:00Z`) / 86_400_000;
const plusMonths = (iso: string, months: number) => {
  const [y, m, d] = iso.split("-").map(Number) as [number, number, number];
  const target = new Date(Date.UTC(y, m - 1 + months, 1));
  const last = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  target.setUTCDate(Math.min(d, last));
  return target.toISOString().slice(0, 10);
};

/**
 * The plan's Gantt chart over the next 18 months: the remediation phases, then the milestones, by framework, with
 * month ticks every 3 months (labels kept inside the chart) and wrapped row labels in their own column.
 */
function drawGantt(
  L: Layout,
  model: ReportModel,
  plan: NonNullable<ReportModel["plan"]>,
  locale: ReportModel["locale"],
) {
  const size = 7.5;
  const labelWidth = 58;
  const left = frame.left + labelWidth + 3;
  const width = frame.right - left;
  const start = model.startDate;
  const end = plusMonths(start, ganttMonths);
  const first = dayOf(start);
  const span = dayOf(end) - first;
  const xOf = (iso: string) => left + (width * Math.max(0, Math.min(span, dayOf(iso) - first))) / span;
  const colour = (framework: string): Rgb =>
    framework === "iso42001" ? colours.brand : (pdfBandColours.minor_gaps ?? colours.accent);
  const rows = [
    ...plan.phases.map((p) => ({ label: p.title, framework: p.frameworkId, from: p.start, to: p.due, kind: "phase" })),
    ...model.timeline.map((m) => ({
      label: m.label,
      framework: m.frameworkId,
      from: m.date,
      to: m.endDate,
      kind: m.kind,
    })),
  ].filter((r) => r.from <= end);
  const months = new Intl.DateTimeFormat(locale === "en" ? "en-HK" : "zh-HK", {
    month: "short",
    year: "numeric",
    timeZone: "UTC",
  });
  // Axis: a tick every 3 months; the last label is right-aligned so it stays inside the chart.
  const axisTop = L.y;
  const base = L.baseline(axisTop, 7);
  let lastRight = Number.NEGATIVE_INFINITY;
  for (let i = 1; i <= ganttMonths / 3; i++) {
    const date = plusMonths(`${start.slice(0, 7)}-01`, i * 3);
    if (date > end) break;
    const x = xOf(date);
    L.rule(x, axisTop + L.lineHeight(7), x, axisTop + L.lineHeight(7) + 1.5, colours.muted, 0.2);
    const label = months.format(new Date(`${date}T00:00:00Z`));
    const w = L.width(label, { size: 7 });
    const atEnd = x + w / 2 > frame.right;
    const from = atEnd ? x - w : x - w / 2;
    // A label that would touch the one before it is left out (its tick stays).
    if (from < lastRight + 2) continue;
    L.draw(label, x, base, { size: 7, color: colours.muted }, atEnd ? "right" : "center");
    lastRight = from + w;
  }
  L.y = axisTop + L.lineHeight(7) + 2;
  L.rule(left, L.y, frame.right, L.y, colours.line, 0.3);
  L.y += 1;
  const lh = L.lineHeight(size);
  for (const row of rows) {
    const lines = L.wrap(row.label, labelWidth, { size });
    const height = Math.max(lines.length * lh, 4.2) + 0.8;
    const mid = L.y + height / 2;
    lines.forEach((line, i) => {
      L.draw(line, frame.left, L.baseline(mid - (lines.length * lh) / 2 + i * lh, size), { size });
    });
    L.rect(left, mid - 1.6, width, 3.2, colours.soft);
    const fill = colour(row.framework);
    if (row.kind === "point") {
      L.doc.setFillColor(fill[0], fill[1], fill[2]);
      L.doc.circle(xOf(row.from), mid, 1.4, "F");
    } else {
      const x1 = xOf(row.from);
      const x2 = Math.max(x1 + 1, xOf(row.to ?? row.from));
      L.rect(x1, mid - 1.6, x2 - x1, 3.2, row.kind === "period" ? lighter(fill) : fill);
    }
    L.y += height;
  }
  L.y += 2;
}
