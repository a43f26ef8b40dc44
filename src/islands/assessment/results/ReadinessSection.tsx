import type { ResultsContext } from "./context.ts";
import { DomainChart } from "./DomainChart.tsx";
import { findingOf, Why } from "./Why.tsx";

/** Readiness per framework (each scored by its own questions), the blockers as findings, and the domain chart. */
export function ReadinessSection(ctx: ResultsContext) {
  const { t, format, method, results, score, print } = ctx;
  const { readiness } = results.assessment;
  const cards = [
    { id: "soc2", label: t("results.soc2Readiness"), value: readiness.soc2 },
    ...(readiness.iso42001 ? [{ id: "iso", label: t("results.isoReadiness"), value: readiness.iso42001 }] : []),
    { id: "overall", label: t("results.overall"), value: readiness.overall },
  ];
  return (
    <section aria-labelledby="results-readiness" class="results-section" id="readiness">
      <h2 tabIndex={-1} id="results-readiness">
        {t("results.domainsTitle")}
      </h2>
      <div class="score-cards">
        {cards.map((card) => (
          <div key={card.id} class={`score-card band-${card.value.band}`} data-figure={`score-${card.id}`}>
            <p class="score-label">{card.label}</p>
            <p class="score-value">
              {score(card.value.score)} <span class="small">{t("results.outOf")}</span>
            </p>
            <p class="score-band">{format.message(`band.${card.value.band}`)}</p>
            {card.id === "overall" && <p class="small muted">{t("results.overallNote")}</p>}
          </div>
        ))}
      </div>
      <Why t={t} steps={readiness.soc2.trace} format={format} open={print} />
      {readiness.blockers.length > 0 && (
        <details class="callout warn blockers" open={print}>
          <summary>
            <strong>{t("results.blockersCount", { count: readiness.blockers.length })}</strong>
          </summary>
          <p>{t("results.blockersIntro")}</p>
          <ul>
            {readiness.blockers.map((id) => {
              const framework = results.assessment.controls.find((c) => c.questionId === id)?.framework;
              return (
                <li key={id}>
                  {framework && <span class="badge">{format.message(`framework.${framework}`)}</span>}{" "}
                  {findingOf(method, format, id)}
                </li>
              );
            })}
          </ul>
        </details>
      )}
      <DomainChart {...ctx} />
    </section>
  );
}
