/**
 * The evidence request list: for each control in scope, what the auditor will ask to see, its criteria or clause
 * references, the period the evidence must cover and when it is due; the CSV adds owner and status columns to fill in.
 */
import { periodText } from "../../../lib/plan-exports.ts";
import { exportEvidenceCsv } from "../../../stores/actions.ts";
import { ScrollRegion } from "../ScrollRegion.tsx";
import type { ResultsContext } from "./context.ts";

export function EvidenceSection({ t, format, method, results, answerSet, print }: ResultsContext) {
  const list = results.evidence;
  const stamp = answerSet.startDate ?? results.assessment.startDate;
  const labels = {
    header: [
      t("evidence.framework"),
      t("evidence.control"),
      t("evidence.what"),
      t("evidence.refs"),
      t("evidence.period"),
      t("evidence.due"),
      t("evidence.gap"),
      t("evidence.owner"),
      t("evidence.status"),
    ],
    yes: t("evidence.yes"),
    no: t("evidence.no"),
  };
  return (
    <section aria-labelledby="results-evidence" class="results-section" id="evidence">
      <h2 tabIndex={-1} id="results-evidence">
        {t("evidence.title")}
      </h2>
      <p>{t("evidence.intro", { count: list.length })}</p>
      {!print && (
        <p>
          <button
            type="button"
            class="button secondary"
            onClick={() => exportEvidenceCsv(method, results, format, labels, stamp)}
          >
            {t("evidence.exportCsv")}
          </button>
        </p>
      )}
      <details class="evidence-list" open={print}>
        <summary>{t("evidence.showList", { count: list.length })}</summary>
        <ScrollRegion label={t("evidence.tableLabel")}>
          <table>
            <caption class="visually-hidden">{t("evidence.title")}</caption>
            <thead>
              <tr>
                <th scope="col">{t("evidence.control")}</th>
                <th scope="col">{t("evidence.what")}</th>
                <th scope="col">{t("evidence.refs")}</th>
                <th scope="col">{t("evidence.period")}</th>
                <th scope="col">{t("evidence.due")}</th>
              </tr>
            </thead>
            <tbody>
              {list.map((request) => {
                const question = method.questionsById.get(request.questionId);
                return (
                  <tr key={request.questionId} class={request.gap ? "is-gap" : undefined}>
                    <th scope="row">
                      <span class="badge">{format.message(`framework.${request.framework}`)}</span>{" "}
                      {format.questionText(request.questionId)}
                    </th>
                    <td>{question?.type === "maturity" ? format.text(question.evidence) : ""}</td>
                    <td>{request.refs.join(", ")}</td>
                    <td>{request.periods.map((p) => periodText(format, p)).join("; ")}</td>
                    <td>{request.due ? format.date(request.due) : ""}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </ScrollRegion>
      </details>
    </section>
  );
}
