/**
 * Readiness by domain as a table drawn as a bar chart: the domain (wrapping text, never clipped), a bar from 0 to 100
 * with the band lines of the method, and the score with its band. One element carries the numbers for everyone: it is
 * a real table for assistive technology, and the legend explains the colours and the lines.
 */
import type { ResultsContext } from "./context.ts";

export function DomainChart({ t, format, method, results, score }: ResultsContext) {
  const bands = method.estimation.scoring.bands;
  const lines = bands.filter((b) => b.min > 0);
  return (
    <div class="domain-chart" data-chart="domains">
      <ul class="chart-legend" aria-label={t("chart.legend")}>
        {bands.map((band) => (
          <li key={band.id}>
            <span class={`swatch band-${band.id}`} aria-hidden="true" />
            {format.message(`band.${band.id}`)} <span class="muted">({t("chart.from", { min: band.min })})</span>
          </li>
        ))}
        <li>
          <span class="swatch line" aria-hidden="true" />
          {t("chart.bandLines")}
        </li>
      </ul>
      <table class="bar-chart">
        <caption class="visually-hidden">{t("results.domainsTable")}</caption>
        <thead class="visually-hidden">
          <tr>
            <th scope="col">{t("results.domain")}</th>
            <th scope="col">{t("results.score")}</th>
            <th scope="col">{t("results.band")}</th>
          </tr>
        </thead>
        <tbody>
          {results.assessment.readiness.domains.map((d) => (
            <tr key={d.domain} class={`band-${d.band}`}>
              <th scope="row" class="bar-label">
                {format.domain(d.domain)}
              </th>
              <td class="bar-cell">
                <span class="bar-track" aria-hidden="true">
                  {lines.map((line) => (
                    <span key={line.id} class="band-line" style={{ left: `${line.min}%` }} />
                  ))}
                  <span class="bar" style={{ width: `${Math.max(0.5, d.score)}%` }} />
                </span>
                <span class="bar-value">{score(d.score)}</span>
              </td>
              <td class="bar-band small">{format.message(`band.${d.band}`)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
