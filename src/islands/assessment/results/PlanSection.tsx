/**
 * Your plan: the remediation roadmap (what must be in place by which date of the engagement), the Gantt chart of
 * the phases and milestones, every date as a list, the start date, and the roadmap's exports.
 */
import { milestoneLabel, roadmapKey } from "../../../report/milestone-label.ts";
import { exportRoadmapCsv, exportRoadmapIcs } from "../../../stores/actions.ts";
import { setStartDate } from "../../../stores/assessment.ts";
import { ScrollRegion } from "../ScrollRegion.tsx";
import type { ResultsContext } from "./context.ts";
import { RoadmapChart } from "./RoadmapChart.tsx";
import { findingOf, Why } from "./Why.tsx";

export function PlanSection(ctx: ResultsContext) {
  const { t, format, method, results, answerSet, print } = ctx;
  const { assessment, roadmap } = results;
  const stamp = answerSet.startDate ?? assessment.startDate;
  const milestones = new Map(assessment.timeline.milestones.map((m) => [m.id, m]));
  const withheld = results.missing.withheld.some((w) => w.figure === "timeline");
  const header = [t("plan.csvItem"), t("plan.csvFrom"), t("plan.csvTo"), t("plan.csvFinding")];
  return (
    <section aria-labelledby="results-plan" class="results-section" id="plan">
      <h2 tabIndex={-1} id="results-plan">
        {t("plan.title")}
      </h2>
      <div class="start-date">
        <label for="results-start">{t("results.startDate")}</label>
        <input
          id="results-start"
          type="date"
          value={stamp}
          aria-describedby="results-start-help"
          disabled={print}
          onChange={(e) => {
            const value = (e.currentTarget as HTMLInputElement).value;
            if (/^\d{4}-\d{2}-\d{2}$/.test(value)) setStartDate(value);
          }}
        />
        <p id="results-start-help" class="small muted">
          {t("results.startDateHelp")}
        </p>
      </div>
      {withheld ? (
        <p class="callout">{t("missing.inSection")}</p>
      ) : (
        <>
          <p>{t("plan.intro")}</p>
          <RoadmapChart {...ctx} />
          <ol class="phases">
            {roadmap.map((phase) => {
              const due = milestones.get(phase.dueMilestone);
              return (
                <li key={phase.id} class={`phase fw-${phase.framework}`} data-phase={phase.id}>
                  <p class="phase-title">
                    <strong>{format.message(roadmapKey(phase.id))}</strong>{" "}
                    <span class="small">
                      {t("plan.due", {
                        date: format.date(phase.due),
                        milestone: due ? milestoneLabel(format, due) : "",
                      })}
                    </span>
                  </p>
                  <details open={print}>
                    <summary>{t("plan.findings", { count: phase.gaps.length })}</summary>
                    <ul>
                      {phase.gaps.map((id) => (
                        <li key={id}>{findingOf(method, format, id)}</li>
                      ))}
                    </ul>
                  </details>
                </li>
              );
            })}
          </ol>
          <h3>{t("plan.dates")}</h3>
          <ScrollRegion label={t("results.timelineList")}>
            <table class="plan-list" data-list="timeline">
              <caption class="visually-hidden">{t("results.timelineList")}</caption>
              <thead>
                <tr>
                  <th scope="col">{t("plan.milestone")}</th>
                  <th scope="col">{t("results.framework")}</th>
                  <th scope="col">{t("results.dateWhen")}</th>
                </tr>
              </thead>
              <tbody>
                {assessment.timeline.milestones.map((m) => (
                  <tr key={m.id} class={`fw-${m.framework}`}>
                    <th scope="row">{milestoneLabel(format, m)}</th>
                    <td>{format.message(`framework.${m.framework}`)}</td>
                    <td>{m.endDate ? format.dateRange(m.date, m.endDate) : format.date(m.date)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </ScrollRegion>
          <Why t={t} steps={assessment.timeline.trace} format={format} open={print} />
          {!print && (
            <div class="actions">
              <button
                type="button"
                class="button secondary"
                onClick={() => exportRoadmapCsv(method, results, format, header, stamp)}
              >
                {t("plan.exportCsv")}
              </button>
              <button
                type="button"
                class="button secondary"
                onClick={() => exportRoadmapIcs(results, format, t("plan.title"), stamp)}
              >
                {t("plan.exportIcs")}
              </button>
            </div>
          )}
        </>
      )}
    </section>
  );
}
