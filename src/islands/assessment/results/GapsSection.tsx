/** The gaps, ordered for the client's goal, filterable by framework; "documented, not yet evidenced" listed apart. */
import { useState } from "preact/hooks";
import type { ResultsContext } from "./context.ts";

/** Gaps shown before "show all". */
const firstGaps = 10;

export function GapsSection({ t, format, method, results, print }: ResultsContext) {
  const [filter, setFilter] = useState<"all" | "soc2" | "iso42001">("all");
  const [all, setAll] = useState(false);
  const { assessment } = results;
  const filtered = assessment.gaps.filter((g) => filter === "all" || g.frameworks.includes(filter));
  const gaps = filtered.filter((g) => g.severity !== "low");
  const evidenceGaps = filtered.filter((g) => g.severity === "low");
  return (
    <section aria-labelledby="results-gaps" class="results-section" id="gaps">
      <h2 tabIndex={-1} id="results-gaps">
        {t("results.gapsTitle")}
      </h2>
      {!print && (
        <fieldset class="filter">
          <legend>{t("results.gapsFilter")}</legend>
          {(
            [
              ["all", "results.filterAll"],
              ["soc2", "results.filterSoc2"],
              ["iso42001", "results.filterIso"],
            ] as const
          ).map(([value, key]) => (
            <span class="option" key={value}>
              <input
                type="radio"
                id={`gap-filter-${value}`}
                name="gap-filter"
                checked={filter === value}
                onChange={() => setFilter(value)}
              />
              <label for={`gap-filter-${value}`}>{t(key)}</label>
            </span>
          ))}
        </fieldset>
      )}
      <p class="small muted" aria-live="polite">
        {t(filtered.length === 1 ? "results.gapsCountOne" : "results.gapsCount", { count: filtered.length })}
      </p>
      {gaps.length === 0 && evidenceGaps.length === 0 ? (
        <p>{t("results.gapsNone")}</p>
      ) : (
        <ol class="gaps">
          {(all || print ? gaps : gaps.slice(0, firstGaps)).map((gap) => {
            const question = method.questionsById.get(gap.questionId);
            if (question?.type !== "maturity") return null;
            const hk = gap.refs.hk.map((id) => method.regulators.expectations.find((e) => e.id === id)?.ref ?? id);
            return (
              <li key={gap.questionId} class={`gap severity-${gap.severity}`}>
                <p class="gap-head">
                  <span class="badge">{format.message(`severity.${gap.severity}`)}</span>{" "}
                  {gap.frameworks.map((f) => (
                    <span key={f} class="badge fw">
                      {format.message(`framework.${f}`)}
                    </span>
                  ))}{" "}
                  <span class="small muted">{format.domain(gap.domain)}</span>
                </p>
                <p class="gap-finding">{format.text(question.gap)}</p>
                <details open={print}>
                  <summary>{t("results.evidence")}</summary>
                  <p>{format.text(question.evidence)}</p>
                  <p class="small">
                    {t("results.yourAnswer")}:{" "}
                    {gap.answer === "unanswered" ? "—" : format.option("maturity", gap.answer)}
                    {gap.unknown && <> · {t("results.unknownFlag")}</>}
                  </p>
                  <p class="small">
                    {t("results.references")}:{" "}
                    {[...gap.refs.tsc, ...gap.refs.iso, ...hk.map((h) => `${t("assess.refsHk")}: ${h}`)].join(", ")}
                  </p>
                </details>
              </li>
            );
          })}
        </ol>
      )}
      {!print && gaps.length > firstGaps && (
        <p>
          <button type="button" class="button secondary" aria-expanded={all} onClick={() => setAll(!all)}>
            {all ? t("results.gapsFewer", { count: firstGaps }) : t("results.gapsMore", { count: gaps.length })}
          </button>
        </p>
      )}
      {evidenceGaps.length > 0 && (
        <details class="evidence-gaps" open={print}>
          <summary>{t("results.evidenceGapsTitle", { count: evidenceGaps.length })}</summary>
          <p>{t("results.evidenceGapsIntro")}</p>
          <ol>
            {evidenceGaps.map((gap) => (
              <li key={gap.questionId}>
                {format.questionText(gap.questionId)}{" "}
                <span class="small muted">({[...gap.refs.tsc, ...gap.refs.iso].join(", ")})</span>
              </li>
            ))}
          </ol>
        </details>
      )}
    </section>
  );
}
