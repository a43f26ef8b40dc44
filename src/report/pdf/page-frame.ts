/**
 * The running header (the firm's logo and name, the report's short title; not on the cover) and footer (the firm's
 * contact line, "page n of m") on every page. Drawn last, when the page count is known.
 */
import { pdfPalette } from "../../theme/pdf.ts";
import { colours, frame, type PdfContext } from "./context.ts";
import { drawLogo } from "./logo.ts";

export function drawPageFrames(ctx: PdfContext): void {
  const { L, doc, firm, locale, t } = ctx;
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
}
