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
 *
 * Layout of this folder: `render.ts` (this file) composes; `sections/<name>.ts` draws one section each from the shared
 * context (`context.ts`: the document, the typesetter and its cursor, the model, `t`, formats, frame and styles);
 * `blocks.ts` holds the headings, label–value tables and links; `layout.ts` the typesetter (wrapping, CJK line
 * breaking, keep-with-next, tables with repeated headers); `page-frame.ts` the running header and footer.
 */
import { pdfLanguage } from "../../i18n/locales.ts";
import { report } from "../../i18n/packs/report.ts";
import type { Firm } from "../../lib/firm.ts";
import { hongKongToday } from "../../lib/hong-kong-date.ts";
import type { ReportModel } from "../model.ts";
import { appendixStrings, type ProposalAppendix } from "./appendix.ts";
import { createPdfContext } from "./context.ts";
import { openA4Document, type PdfFont } from "./document.ts";
import { needsCjkFont, reportStrings } from "./fonts.ts";
import { drawPageFrames } from "./page-frame.ts";
import { drawAuditDays } from "./sections/audit-days.ts";
import { drawBackPage } from "./sections/back-page.ts";
import { drawContact } from "./sections/contact.ts";
import { drawContents } from "./sections/contents.ts";
import { drawCover } from "./sections/cover.ts";
import { drawDomains } from "./sections/domains.ts";
import { drawEvidenceAppendix } from "./sections/evidence.ts";
import { drawGaps } from "./sections/gaps.ts";
import { drawIso42001 } from "./sections/iso42001.ts";
import { drawOverlay } from "./sections/overlay.ts";
import { drawPlan } from "./sections/plan.ts";
import { drawProfile } from "./sections/profile.ts";
import { drawProposalAppendix } from "./sections/proposal.ts";
import { drawSoc2 } from "./sections/soc2.ts";
import { drawSummary } from "./sections/summary.ts";

export type { PdfFont };

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

/**
 * Renders the report: sets up the document (fonts, typesetter, the shared context), draws the sections in order, then
 * the contents on the cover and the running header and footer on every page. Each section lives in `sections/`.
 */
export async function renderPdf(input: RenderPdfInput): Promise<Uint8Array> {
  const { model, firm } = input;
  const organisation = input.organisation?.trim() || undefined;
  const { t, locale } = model;
  if (pdfNeedsFont(input) && !input.fonts?.length) {
    throw new Error("This report contains characters outside Latin-1: pass `fonts` (Noto Sans HK).");
  }

  const { doc, L } = await openA4Document(locale, input.fonts);
  const ctx = createPdfContext({ doc, L, model, firm, organisation, date: input.date ?? hongKongToday() });

  const contentsTop = drawCover(ctx);
  L.newPage();
  drawSummary(ctx);
  drawProfile(ctx);
  drawPlan(ctx);
  drawSoc2(ctx);
  drawIso42001(ctx);
  drawAuditDays(ctx);
  drawDomains(ctx);
  drawGaps(ctx);
  drawOverlay(ctx);
  drawContact(ctx);
  const evidence = drawEvidenceAppendix(ctx);
  if (input.appendix) drawProposalAppendix(ctx, input.appendix, evidence ? "B" : "A");
  drawBackPage(ctx);

  doc.setPage(1);
  drawContents(L, t("report.contents"), ctx.contents, contentsTop);
  drawPageFrames(ctx);

  doc.setProperties({
    title: organisation ? `${t("report.title")} – ${organisation}` : t("report.title"),
    subject: t("report.subtitle"),
    author: firm.name[locale],
    creator: firm.shortName[locale],
  });
  doc.setLanguage(pdfLanguage[locale] as Parameters<typeof doc.setLanguage>[0]);
  return new Uint8Array(doc.output("arraybuffer"));
}
