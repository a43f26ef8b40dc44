/**
 * The timeline drawn as a Gantt-style chart: one row per milestone, points for dates, bars for windows and periods,
 * year ticks along the top. Decorative for assistive technology (the table below it carries the same dates).
 */
import type { Timeline } from "../../engine/timeline.ts";
import type { Formatter } from "../../report/format.ts";

const dayMs = 86_400_000;
const toDay = (iso: string) => Date.parse(`${iso}T00:00:00Z`) / dayMs;

export function TimelineChart({ timeline, format }: { timeline: Timeline; format: Formatter }) {
  const milestones = timeline.milestones;
  if (milestones.length === 0) return null;
  // A Type II period already evidenced can start before the planned start date.
  const start = Math.min(toDay(timeline.startDate), ...milestones.map((m) => toDay(m.date)));
  const end = Math.max(...milestones.map((m) => toDay(m.endDate ?? m.date)));
  const span = Math.max(30, end - start);
  const labelWidth = 260;
  const plot = 700;
  const rowHeight = 26;
  const top = 30;
  const height = top + milestones.length * rowHeight + 10;
  const x = (iso: string) => labelWidth + ((toDay(iso) - start) / span) * plot;
  const startYear = Number(new Date(start * dayMs).toISOString().slice(0, 4));
  const endYear = Number(new Date(end * dayMs).toISOString().slice(0, 4));
  const years: number[] = [];
  for (let y = startYear + 1; y <= endYear; y++) years.push(y);

  return (
    <div class="timeline-chart" aria-hidden="true">
      <svg viewBox={`0 0 ${labelWidth + plot + 20} ${height}`} width="100%" role="presentation" focusable="false">
        <line x1={labelWidth} x2={labelWidth + plot} y1={top - 8} y2={top - 8} class="axis" />
        <text x={labelWidth} y={14} class="tick">
          {format.date(new Date(start * dayMs).toISOString().slice(0, 10))}
        </text>
        {years.map((year) => {
          const px = x(`${year}-01-01`);
          return (
            <g key={year}>
              <line x1={px} x2={px} y1={top - 12} y2={height - 6} class="grid" />
              <text x={px + 3} y={14} class="tick">
                {year}
              </text>
            </g>
          );
        })}
        {milestones.map((m, i) => {
          const y = top + i * rowHeight + rowHeight / 2;
          const label = format.message(m.key);
          const from = x(m.date);
          const to = m.endDate ? x(m.endDate) : from;
          return (
            <g key={m.id} class={`fw-${m.framework} kind-${m.kind}`}>
              <text x={labelWidth - 8} y={y + 4} class="row-label" text-anchor="end">
                {label.length > 34 ? `${label.slice(0, 33)}…` : label}
              </text>
              {m.kind === "point" ? (
                <circle cx={from} cy={y} r={6} class="mark" />
              ) : (
                <rect
                  x={from}
                  y={y - (m.kind === "period" ? 5 : 7)}
                  width={Math.max(6, to - from)}
                  height={m.kind === "period" ? 10 : 14}
                  rx={4}
                  class="mark"
                />
              )}
            </g>
          );
        })}
      </svg>
    </div>
  );
}
