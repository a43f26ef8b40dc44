/** Readiness by domain: the caption, legend and bar chart (domain-chart.ts), then the scores as a table. */
import { h1 } from "../blocks.ts";
import { bandColours, colours, contentWidth, frame, type PdfContext, styles } from "../context.ts";
import { domainChartHeight, drawDomainChart, drawLegend } from "./domain-chart.ts";

export function drawDomains(ctx: PdfContext): void {
  const { L, model, t, sc } = ctx;
  // The heading, caption, legend and chart start a new page unless all of them fit on this one.
  L.ensure(Math.min(domainChartHeight(L, model) + 30, frame.bottom - frame.top));
  h1(ctx, ctx.nextNumber(), t("domains.title"));
  L.paragraph(t("domains.chartCaption"), styles.muted, { after: 1 });
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
}
