/** What changed since the last completed run kept in this browser: scores, gaps closed, new gaps. */
import type { RunChange } from "../../../engine/runs.ts";
import type { ResultsContext } from "./context.ts";
import { findingOf } from "./Why.tsx";

export function ProgressSection({ t, format, method, change, score }: ResultsContext & { change: RunChange }) {
  const signed = (n: number) => `${n > 0 ? "+" : n < 0 ? "−" : "±"}${score(Math.abs(n))}`;
  return (
    <section aria-labelledby="results-progress" class="results-section" id="progress">
      <h2 tabIndex={-1} id="results-progress">
        {t("progress.title")}
      </h2>
      <p>
        {t("progress.since", { date: format.date(change.previous.date) })}{" "}
        {!change.sameMethod && t("progress.methodChanged", { version: change.previous.methodVersion })}
      </p>
      <dl class="facts">
        <div>
          <dt>{t("results.soc2Readiness")}</dt>
          <dd>{signed(change.scores.soc2)}</dd>
        </div>
        {change.scores.iso42001 !== null && (
          <div>
            <dt>{t("results.isoReadiness")}</dt>
            <dd>{signed(change.scores.iso42001)}</dd>
          </div>
        )}
        <div>
          <dt>{t("progress.closed")}</dt>
          <dd>{format.number(change.closed.length)}</dd>
        </div>
        <div>
          <dt>{t("progress.opened")}</dt>
          <dd>{format.number(change.opened.length)}</dd>
        </div>
      </dl>
      {change.closed.length > 0 && (
        <details>
          <summary>{t("progress.closedList", { count: change.closed.length })}</summary>
          <ul>
            {change.closed.map((id) => (
              <li key={id}>{format.questionText(id)}</li>
            ))}
          </ul>
        </details>
      )}
      {change.opened.length > 0 && (
        <details>
          <summary>{t("progress.openedList", { count: change.opened.length })}</summary>
          <ul>
            {change.opened.map((id) => (
              <li key={id}>{findingOf(method, format, id)}</li>
            ))}
          </ul>
        </details>
      )}
    </section>
  );
}
