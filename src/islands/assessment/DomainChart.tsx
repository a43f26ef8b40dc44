/** Bar chart of domain scores; Chart.js is imported only when this mounts. The table beside it has the same numbers. */
import { useEffect, useRef } from "preact/hooks";
import { type DomainBar, domainChartConfig } from "../../charts/domain-chart.ts";

interface Props {
  bars: readonly DomainBar[];
  label: string;
  locale: string;
}

export function DomainChart({ bars, label, locale }: Props) {
  const canvas = useRef<HTMLCanvasElement>(null);
  useEffect(() => {
    let chart: { destroy(): void } | undefined;
    let cancelled = false;
    import("../../charts/register.ts").then(({ Chart }) => {
      if (cancelled || !canvas.current) return;
      const reducedMotion = window.matchMedia("(prefers-reduced-motion: reduce)").matches;
      chart = new Chart(canvas.current, domainChartConfig(bars, { reducedMotion, locale }));
    });
    return () => {
      cancelled = true;
      chart?.destroy();
    };
  }, [bars, locale]);
  return (
    <div class="chart-box" data-bars={bars.length}>
      <canvas ref={canvas} role="img" aria-label={label} />
    </div>
  );
}
