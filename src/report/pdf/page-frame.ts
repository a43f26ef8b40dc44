/**
 * The running header (the firm's logo and name, the report's short title; not on the cover) and footer (the firm's
 * contact line, "page n of m") on every page. Drawn last, when the page count is known. The fee proposal uses the same
 * frame with its own title (`drawRunningFrames`).
 */
import type { jsPDF as JsPdf } from "jspdf";
import type { Locale } from "../../i18n/locales.ts";
import type { Firm } from "../../lib/firm.ts";
import { pdfPalette } from "../../theme/pdf.ts";
import { colours, frame, type PdfContext } from "./context.ts";
import type { Layout } from "./layout.ts";
import { drawLogo } from "./logo.ts";

export function drawPageFrames(ctx: PdfContext): void {
  const { L, doc, firm, locale, t } = ctx;
  drawRunningFrames(L, doc, firm, locale, {
    title: t("report.shortTitle"),
    pageLabel: (page, pages) => t("report.page", { page: String(page), pages: String(pages) }),
  });
}

/** The running header and footer of any of the firm's PDFs: `title` at the top right, `pageLabel` at the bottom right. */
export function drawRunningFrames(
  L: Layout,
  doc: JsPdf,
  firm: Firm,
  locale: Locale,
  text: { readonly title: string; readonly pageLabel: (page: number, pages: number) => string },
): void {
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
      L.draw(text.title, frame.right, base, { size: 8, color: colours.muted }, "right");
      L.rule(frame.left, 13.5, frame.right, 13.5, colours.line, 0.3);
    }
    L.rule(frame.left, 284, frame.right, 284, colours.line, 0.3);
    L.draw(`${firm.email}  ·  ${firm.phone}  ·  ${host}`, frame.left, 289, { size: 7.5, color: colours.muted });
    L.draw(text.pageLabel(page, pages), frame.right, 289, { size: 7.5, color: colours.muted }, "right");
  }
}
