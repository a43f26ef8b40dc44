/**
 * The fee proposal PDF: A4, selectable text, the firm's mark and details, page numbers. Uses the gap report's
 * typesetter (src/report/pdf/layout.ts), palette, logo and fonts (Noto Sans HK for Chinese). No Node or DOM APIs.
 */
import type { jsPDF as JsPdf } from "jspdf";
import { pdfLanguage } from "../../i18n/locales.ts";
import { createT } from "../../i18n/translate.ts";
import type { Firm } from "../../lib/firm.ts";
import { pdfPalette } from "../../theme/pdf.ts";
import { A4, contentWidth, frame } from "../pdf/context.ts";
import { openA4Document, type PdfFont } from "../pdf/document.ts";
import { needsCjkFont } from "../pdf/fonts.ts";
import { colours } from "../pdf/layout.ts";
import { drawLogo } from "../pdf/logo.ts";
import { drawRunningFrames } from "../pdf/page-frame.ts";
import { type ProposalDocument, proposalStrings } from "./model.ts";

export function proposalNeedsFont(doc: ProposalDocument, firm: Firm): boolean {
  return needsCjkFont(proposalStrings(doc, firm), doc.locale);
}

export async function renderProposalPdf(input: {
  readonly document: ProposalDocument;
  readonly firm: Firm;
  readonly fonts?: readonly PdfFont[];
}): Promise<Uint8Array> {
  const { document: p, firm } = input;
  const t = p.labels;
  const pageT = createT(p.locale, p.labels);
  if (proposalNeedsFont(p, firm) && !input.fonts?.length) {
    throw new Error("This proposal contains characters outside Latin-1: pass `fonts` (Noto Sans HK).");
  }
  const { doc, L } = await openA4Document(p.locale, input.fonts);
  const body = { size: 9.5 } as const;
  let section = 0;

  const h1 = (title: string) => {
    const size = 13;
    L.keepWithNext(6 + L.lineHeight(size) + 3, () => {
      if (L.y > frame.top) L.y += 6;
      const base = L.baseline(L.y, size);
      L.draw(String(++section), frame.left, base, { size, bold: true, color: colours.accent });
      L.draw(title, frame.left + 8, base, { size, bold: true, color: colours.brand });
      L.y += L.lineHeight(size);
      L.rule(frame.left, L.y + 0.6, frame.right, L.y + 0.6, colours.brand, 0.4);
      L.y += 3;
    });
  };

  // ── Cover band ───────────────────────────────────────────────────────────────────────────────────────────────
  L.rect(0, 0, A4.width, 46, colours.brand);
  drawLogo(doc, firm.logo, frame.left, 14, 13, {
    primary: pdfPalette.logoOnBrandPrimary,
    accent: pdfPalette.logoOnBrandAccent,
    contrast: pdfPalette.logoOnBrandContrast,
  });
  const bandLeft = frame.left + 18;
  L.y = 14;
  for (const line of L.wrap(
    firm.name[p.locale],
    frame.right - bandLeft,
    { size: 13, bold: true },
    { keepWords: true },
  )) {
    L.draw(line, bandLeft, L.baseline(L.y, 13), { size: 13, bold: true, color: pdfPalette.onBrand });
    L.y += L.lineHeight(13);
  }
  for (const line of L.wrap(firm.address[p.locale], frame.right - bandLeft, { size: 8.5 })) {
    L.draw(line, bandLeft, L.baseline(L.y, 8.5), { size: 8.5, color: pdfPalette.onBrandMuted });
    L.y += L.lineHeight(8.5);
  }

  L.y = 56;
  L.draw(p.title, frame.left, L.baseline(L.y, 22), { size: 22, bold: true, color: colours.brand });
  L.y += L.lineHeight(22);
  L.paragraph(p.subtitle, { size: 11, color: colours.muted }, { after: 4 });
  L.table(
    [
      { header: "", width: 40 },
      { header: "", width: contentWidth - 40 },
    ],
    [
      [[{ text: t.preparedFor, color: colours.muted }], [{ text: p.organisation, bold: true }]],
      [[{ text: t.date, color: colours.muted }], p.date],
      [[{ text: t.validUntil, color: colours.muted }], p.validUntil],
      ...(p.reference ? [[[{ text: t.reference, color: colours.muted }], p.reference] as const] : []),
    ],
    { size: 9.5, header: false },
  );
  L.y += 2;
  L.paragraph(p.nature, { size: 8.5, color: colours.muted }, { after: 2 });

  // ── Scope ────────────────────────────────────────────────────────────────────────────────────────────────────
  h1(t.scope);
  L.table(
    [
      { header: "", width: 52 },
      { header: "", width: contentWidth - 52 },
    ],
    p.scope.map(([label, value]) => [[{ text: label, color: colours.muted }], value]),
    { size: 9, header: false },
  );

  // ── Days and fees ────────────────────────────────────────────────────────────────────────────────────────────
  h1(t.fees);
  if (p.fees.length > 0) {
    L.table(
      [
        { header: t["fees.phase"], width: 92 },
        { header: t["fees.days"], width: 26, align: "right" },
        { header: t["fees.fee"], width: contentWidth - 118, align: "right" },
      ],
      p.fees.map((r) => [r.label, r.days, r.range]),
      { size: 9, zebra: true },
    );
    L.y += 1.5;
  }
  L.paragraph(p.feesNote, { size: 8.5, color: colours.muted }, { after: 1 });

  // ── Phases and timeline ──────────────────────────────────────────────────────────────────────────────────────
  h1(t.phases);
  L.table(
    [
      { header: t["phases.milestone"], width: 92 },
      { header: t["phases.framework"], width: 30 },
      { header: t["phases.when"], width: contentWidth - 122 },
    ],
    p.phases.map((r) => [r.label, r.framework, r.when]),
    { size: 9, zebra: true },
  );

  h1(t.expenses);
  L.paragraph(p.expenses, body);
  h1(t.assumptions);
  L.list(p.assumptions, body);
  h1(t.terms);
  L.list(p.terms, body);
  h1(t.standing);
  L.list(p.standing, { size: 8.5 });

  // ── Acceptance ───────────────────────────────────────────────────────────────────────────────────────────────
  h1(t.acceptance);
  L.paragraph(p.signature.intro, body, { after: 3 });
  const lh = L.lineHeight(9.5);
  const blockHeight = lh * 2 + p.signature.fields.length * 11 + 4;
  L.flush(blockHeight);
  L.ensure(blockHeight);
  const top = L.y;
  const half = (contentWidth - 10) / 2;
  const block = (x: number, heading: string, lines: readonly string[]) => {
    let y = top;
    for (const line of L.wrap(heading, half, { size: 9.5, bold: true })) {
      L.draw(line, x, L.baseline(y, 9.5), { size: 9.5, bold: true, color: colours.brand });
      y += lh;
    }
    y += 2;
    p.signature.fields.forEach((label, i) => {
      y += 7;
      L.rule(x + 22, y, x + half, y, colours.line, 0.3);
      L.draw(label, x, y - 0.8, { size: 8.5, color: colours.muted });
      const value = lines[i];
      if (value) L.draw(value, x + 23, y - 0.8, { size: 8.5 });
      y += 4;
    });
    return y;
  };
  const left = block(frame.left, p.signature.forFirm, p.signature.firmSignatory);
  const right = block(frame.left + half + 10, p.signature.forClient, []);
  L.y = Math.max(left, right) + 4;

  // ── Running header and footer ────────────────────────────────────────────────────────────────────────────────
  drawRunningFrames(L, doc, firm, p.locale, {
    title: `${p.title} · ${p.organisation}`,
    pageLabel: (page, pages) => pageT("page", { page: String(page), pages: String(pages) }),
  });
  doc.setProperties({
    title: `${p.title} – ${p.organisation}`,
    subject: p.subtitle,
    author: firm.name[p.locale],
    creator: firm.shortName[p.locale],
  });
  doc.setLanguage(pdfLanguage[p.locale] as Parameters<JsPdf["setLanguage"]>[0]);
  return new Uint8Array(doc.output("arraybuffer"));
}
