/** The readiness-by-domain chart: the bands' legend and horizontal bars, one per domain, that split across pages. */
import type { ReportModel } from "../../model.ts";
import { formatScore } from "../../score-format.ts";
import { bandColours as bandFills, colours, contentWidth, frame } from "../context.ts";
import type { Layout } from "../layout.ts";

/** The bands and where each starts, in one line (those that do not fit are left out). */
export function drawLegend(L: Layout, model: ReportModel): void {
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

/** The height of the chart (axis and every row), so the heading, caption, legend and chart can stay together. */
export function domainChartHeight(L: Layout, model: ReportModel): number {
  return model.domains.reduce((sum, d) => sum + chartRowHeight(L, d.label), L.lineHeight(7) + 6);
}

/** Horizontal bars, one per domain, 0–100, with the value at the end of each bar and the band starts dashed. */
export function drawDomainChart(L: Layout, model: ReportModel): void {
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
