/**
 * The plan's Gantt chart over the next 18 months: the remediation phases, then the milestones, by framework, with
 * month ticks every 3 months (labels kept inside the chart) and wrapped row labels in their own column.
 */
import { pdfBandColours } from "../../../theme/pdf.ts";
import type { ReportModel } from "../../model.ts";
import { colours, frame } from "../context.ts";
import type { Layout, Rgb } from "../layout.ts";

const ganttMonths = 18;
const dayOf = (iso: string) => Date.parse(`${iso}T00:00:00Z`) / 86_400_000;
const plusMonths = (iso: string, months: number) => {
  const [y, m, d] = iso.split("-").map(Number) as [number, number, number];
  const target = new Date(Date.UTC(y, m - 1 + months, 1));
  const last = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  target.setUTCDate(Math.min(d, last));
  return target.toISOString().slice(0, 10);
};

/** A colour mixed 45 % towards white: the Gantt's periods, lighter than its milestones. */
export function lighter(colour: Rgb): Rgb {
  const mix = (c: number) => Math.round(c + (255 - c) * 0.45);
  return [mix(colour[0]), mix(colour[1]), mix(colour[2])];
}

/** Draws the chart at the cursor and moves the cursor below it. */
export function drawGantt(
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
