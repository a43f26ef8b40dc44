import type { ResultsContext } from "./context.ts";

/** The SOC 2 recommendation: the report to start with, the path and period, why, and the criteria in scope. */
export function Soc2Section({ t, format, results, print }: ResultsContext) {
  const { soc2 } = results.assessment;
  const withheld = new Set(results.missing.withheld.map((w) => w.figure));
  return (
    <section aria-labelledby="results-soc2" class="results-section" id="soc2">
      <h2 tabIndex={-1} id="results-soc2">
        {t("results.soc2Title")}
      </h2>
      {withheld.has("soc2_report") ? (
        <p class="callout">{t("missing.inSection")}</p>
      ) : (
        <>
          <dl class="facts" data-figure="soc2-facts">
            <div>
              <dt>{t("results.firstReport")}</dt>
              <dd>{format.message(`type.${soc2.engagement.firstReport}`)}</dd>
            </div>
            <div>
              <dt>{t("results.path")}</dt>
              <dd>{format.message(`path.${soc2.engagement.path}`)}</dd>
            </div>
            {soc2.engagement.path !== "type1_only" && (
              <div>
                <dt>{t("results.observation")}</dt>
                <dd>{t("results.months", { months: soc2.engagement.observationMonths })}</dd>
              </div>
            )}
          </dl>
          <details class="soc2-why" open={print}>
            <summary>{t("results.whyReport", { count: soc2.engagement.reasons.length })}</summary>
            <ul>
              {soc2.engagement.reasons.map((r, i) => (
                <li key={i}>{format.step(r)}</li>
              ))}
            </ul>
          </details>
        </>
      )}
      <h3>{t("results.criteriaTitle")}</h3>
      {withheld.has("criteria") ? (
        <p class="callout">{t("missing.inSection")}</p>
      ) : (
        <>
          <p class="small muted">{t("results.criteriaTotal", { count: soc2.criteria.criteriaCount })}</p>
          <ul class="criteria">
            {soc2.criteria.categories.map((c) => (
              <li key={c.category} class={c.included ? "is-included" : "is-excluded"} data-category={c.category}>
                <span class="criteria-name">
                  {format.category(c.category)}{" "}
                  <span class="small">({t("results.criteriaCount", { count: c.criteriaCount })})</span>
                </span>
                <span class="criteria-state">{c.included ? t("results.included") : t("results.notIncluded")}</span>
                <span class="criteria-reason small">{c.reasons.map((r) => format.step(r)).join(" ")}</span>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
