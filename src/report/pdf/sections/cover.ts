/**
 * The cover: the firm's band with its logo, name and tagline, the title, who the report is for, the dates, a link to
 * the accessible print view, and the notices at the foot. Returns where the contents start (drawn last, once every
 * section's page is known: contents.ts).
 */
import { pdfPalette } from "../../../theme/pdf.ts";
import { balancedWrap, facts } from "../blocks.ts";
import { A4, colours, contentWidth, frame, type PdfContext, styles } from "../context.ts";
import { drawLogo } from "../logo.ts";

export function drawCover(ctx: PdfContext): number {
  const { L, doc, firm, locale, model, organisation, t, f, zh } = ctx;
  const { small } = styles;
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
  facts(ctx, [
    [t("report.date"), f.date(ctx.date)],
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
  return contentsTop;
}
