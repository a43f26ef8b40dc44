/**
 * The answer first: per framework, where the client stands against its own goal (the engine's outlook sentences),
 * the headline figures, the blockers as findings, and the next steps specific to the result.
 */
import type { Framework } from "../../../engine/gaps.ts";
import type { TraceStep } from "../../../engine/trace.ts";
import type { ResultsContext } from "./context.ts";
import { findingOf } from "./Why.tsx";

const shown = 3;

export function Summary(ctx: ResultsContext) {
  const { t, format, method, results, score } = ctx;
  const { assessment, outlook, missing } = results;
  const withheld = new Set(missing.withheld.map((w) => w.figure));
  const engagement = assessment.soc2.engagement;

  const findings = (step: TraceStep | undefined) => {
    const ids = step?.answers ?? [];
    if (ids.length === 0 || step?.key === "outlook.deadline.met") return null;
    if (!step?.key.includes("blockers")) return null;
    return (
      <ul class="findings">
        {ids.slice(0, shown).map((id) => (
          <li key={id}>{findingOf(method, format, id)}</li>
        ))}
        {ids.length > shown && <li class="muted">{t("summary.more", { count: ids.length - shown })}</li>}
      </ul>
    );
  };

  const card = (framework: Framework) => {
    const soc2 = framework === "soc2";
    const steps = soc2 ? outlook.soc2 : (outlook.iso ?? []);
    const readiness = soc2 ? assessment.readiness.soc2 : assessment.readiness.iso42001;
    const days = outlook.days.find(
      (d) => d.id === (soc2 ? (engagement.firstReport === "type1" ? "soc2_type1" : "soc2_type2") : "iso_initial"),
    );
    const hideVerdict = soc2 ? withheld.has("soc2_report") : withheld.has("iso_days") && withheld.has("timeline");
    const hideDays = soc2 ? withheld.has("soc2_days") || withheld.has("soc2_report") : withheld.has("iso_days");
    return (
      <article
        key={framework}
        class={`verdict fw-${framework}`}
        aria-labelledby={`verdict-${framework}`}
        data-figure={`verdict-${framework}`}
      >
        <h2 id={`verdict-${framework}`}>{format.message(`framework.${framework}`)}</h2>
        {hideVerdict ? (
          <p class="verdict-text">{t("summary.verdictMissing")}</p>
        ) : (
          steps.map((step, i) => (
            <div key={step.key}>
              <p class={i === 0 ? "verdict-text" : "verdict-deadline"}>{format.step(step)}</p>
              {findings(step)}
            </div>
          ))
        )}
        <dl class="headline-figures">
          {readiness && (
            <div data-figure={soc2 ? "soc2" : "iso"}>
              <dt>{t("summary.readiness")}</dt>
              <dd>
                <span class="score-value">{score(readiness.score)}</span>
                <span class="small"> / 100 · </span>
                <span class="score-band">{format.message(`band.${readiness.band}`)}</span>
              </dd>
            </div>
          )}
          {soc2 && !hideVerdict && (
            <div data-figure="soc2-first">
              <dt>{t("results.firstReport")}</dt>
              <dd>{format.message(`type.${engagement.firstReport}`)}</dd>
            </div>
          )}
          {days && !hideDays && (
            <div data-figure={`summary-days-${framework}`}>
              <dt>{t(soc2 ? "summary.auditDays" : "summary.isoDays")}</dt>
              <dd>
                {t("results.days", { days: format.number(days.days) })}{" "}
                <span class="small muted">
                  (
                  {t(days.auditorWeeks === 1 ? "days.weekOne" : "days.weeks", {
                    weeks: format.number(days.auditorWeeks),
                  })}
                  )
                </span>
              </dd>
            </div>
          )}
        </dl>
      </article>
    );
  };

  return (
    <section class="summary" aria-label={t("summary.title")}>
      <div class="verdicts">{outlook.order.map(card)}</div>
      <div class="next-steps">
        <h2>{t("summary.nextSteps")}</h2>
        <ol>
          {outlook.nextSteps.map((step) => (
            <li key={step.key}>{format.step(step)}</li>
          ))}
        </ol>
      </div>
    </section>
  );
}
