/**
 * Maps domain scores to a Chart.js horizontal bar chart configuration. Pure: the same numbers as the results table.
 * Band colours are the design tokens' light values (src/theme/tokens.ts); they meet 3:1 on the chart's paper.
 */
import { bandIds, colours } from "../theme/tokens.ts";

export interface DomainBar {
  readonly label: string;
  readonly score: number;
  readonly band: string;
}

export const bandColours: Record<string, string> = Object.fromEntries(
  bandIds.map((band) => [band, colours[`band-${band}`].light]),
);

export function domainChartConfig(bars: readonly DomainBar[], options: { reducedMotion: boolean; locale: string }) {
  return {
    type: "bar" as const,
    data: {
      labels: bars.map((b) => b.label),
      datasets: [
        {
          data: bars.map((b) => b.score),
          backgroundColor: bars.map((b) => bandColours[b.band] ?? "#47525e"),
          borderRadius: 4,
          barThickness: 18,
        },
      ],
    },
    options: {
      indexAxis: "y" as const,
      responsive: true,
      maintainAspectRatio: false,
      animation: options.reducedMotion ? (false as const) : { duration: 400 },
      locale: options.locale,
      scales: {
        x: { min: 0, max: 100, ticks: { stepSize: 20 }, grid: { color: "#e3e8ee" } },
        y: { ticks: { autoSkip: false, color: "#17212b", font: { size: 13 } }, grid: { display: false } },
      },
      plugins: { legend: { display: false }, tooltip: { enabled: true } },
    },
  };
}
