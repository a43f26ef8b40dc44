/**
 * The plan as a Gantt chart: the remediation phases (from the start date to their due date) and the engagement's
 * milestones, by framework, over the next 18 months by default or the whole certification cycle. Labels are HTML
 * text in their own column, so they wrap instead of being cut; axis labels sit at fixed month steps chosen so they do
 * not collide. Decorative for assistive technology: the list below the chart carries every date.
 */
import { useState } from "preact/hooks";
import { addMonths } from "../../../engine/dates.ts";
import { intlLocale } from "../../../i18n/locales.ts";
import { milestoneLabel, roadmapKey } from "../../../report/milestone-label.ts";
import type { ResultsContext } from "./context.ts";

const dayMs = 86_400_000;
const toDay = (iso: string) => Date.parse(`${iso}T00:00:00Z`) / dayMs;
/** The default window of the chart. */
export const chartMonths = 18;

interface Row {
  readonly id: string;
  readonly framework: "soc2" | "iso42001";
  readonly label: string;
  readonly from: string;
  readonly to?: string;
  readonly kind: "phase" | "period" | "window" | "point";
}

export function RoadmapChart({ t, format, results, locale }: ResultsContext) {
  const [full, setFull] = useState(false);
  const { assessment, roadmap } = results;
  const start = assessment.startDate;
  const rows: Row[] = [];
  for (const framework of ["soc2", "iso42001"] as const) {
    for (const phase of roadmap.filter((p) => p.framework === framework)) {
      rows.push({
        id: phase.id,
        framework,
        label: format.message(roadmapKey(phase.id)),
        from: phase.start,
        to: phase.due,
        kind: "phase",
      });
    }
    for (const m of assessment.timeline.milestones.filter((x) => x.framework === framework)) {
      rows.push({
        id: m.id,
        framework,
        label: milestoneLabel(format, m),
        from: m.date,
        ...(m.endDate ? { to: m.endDate } : {}),
        kind: m.kind,
      });
    }
  }
  // ISO dates sort as strings; the start date is always on the chart.
  const dates = [start, ...rows.flatMap((r) => [r.from, r.to ?? r.from])].sort();
  const earliest = dates[0] ?? start;
  const latest = dates.at(-1) ?? start;
  const windowEnd = addMonths(start, chartMonths);
  const needsFull = latest > windowEnd;
  const end = full ? latest : windowEnd;
  const first = toDay(earliest);
  const span = Math.max(30, toDay(end) - first);
  const at = (iso: string) => Math.min(100, Math.max(0, ((toDay(iso) - first) / span) * 100));
  const shown = rows.filter((r) => r.from <= end);
  const later = rows.length - shown.length;

  // Month ticks: every 3 months over 18 months, every 6 over a longer span; every other one is minor (hidden when
  // the chart is narrow) so labels keep their distance.
  const step = full ? 6 : 3;
  const monthFormat = new Intl.DateTimeFormat(intlLocale[locale], { month: "short", year: "numeric", timeZone: "UTC" });
  const ticks: { date: string; major: boolean }[] = [];
  const firstMonth = `${earliest.slice(0, 7)}-01`;
  for (let i = 0, d = addMonths(firstMonth, step); d <= end && i < 40; i++, d = addMonths(d, step)) {
    ticks.push({ date: d, major: i % 2 === 1 });
  }

  return (
    <div class="roadmap-chart">
      <ul class="chart-legend" aria-label={t("chart.legend")}>
        <li>
          <span class="swatch fw-soc2" aria-hidden="true" />
          {format.message("framework.soc2")}
        </li>
        <li>
          <span class="swatch fw-iso42001" aria-hidden="true" />
          {format.message("framework.iso42001")}
        </li>
        <li>
          <span class="swatch shape-bar" aria-hidden="true" />
          {t("chart.bar")}
        </li>
        <li>
          <span class="swatch shape-dot" aria-hidden="true" />
          {t("chart.dot")}
        </li>
      </ul>
      <div class="gantt" aria-hidden="true" data-chart="timeline">
        <div class="gantt-row gantt-axis">
          <span class="gantt-label" />
          <span class="gantt-track">
            {ticks.map((tick) => (
              <span
                key={tick.date}
                class={`tick${tick.major ? " major" : " minor"}${at(tick.date) > 90 ? " at-end" : at(tick.date) < 8 ? " at-start" : ""}`}
                style={{ left: `${at(tick.date)}%` }}
              >
                <span class="tick-label">{monthFormat.format(new Date(`${tick.date}T00:00:00Z`))}</span>
              </span>
            ))}
          </span>
        </div>
        {shown.map((row) => {
          const left = at(row.from);
          const right = row.to ? at(row.to) : left;
          return (
            <div key={row.id} class={`gantt-row fw-${row.framework} kind-${row.kind}`}>
              <span class="gantt-label">{row.label}</span>
              <span class="gantt-track">
                {row.kind === "point" ? (
                  <span class="gantt-dot" style={{ left: `${left}%` }} />
                ) : (
                  <span class="gantt-bar" style={{ left: `${left}%`, width: `${Math.max(0.8, right - left)}%` }} />
                )}
              </span>
            </div>
          );
        })}
      </div>
      {(needsFull || full) && (
        <p class="small chart-toggle">
          {!full && later > 0 && <span>{t("chart.later", { count: later })} </span>}
          <button
            type="button"
            class="button secondary small-button"
            aria-pressed={full}
            onClick={() => setFull(!full)}
          >
            {full ? t("chart.showNext", { months: chartMonths }) : t("chart.showAll")}
          </button>
        </p>
      )}
    </div>
  );
}
