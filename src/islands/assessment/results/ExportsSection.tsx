/**
 * The report's name, the exports of the answers and results, the accessible print view, and the notices about what
 * these results are (a self-assessment, not an audit; our independence).
 */
import { exportGapsCsv, exportJson, printUrl } from "../../../stores/actions.ts";
import type { ResultsContext } from "./context.ts";

export function ExportsSection(
  ctx: ResultsContext & { organisation: string; setOrganisation: (name: string) => void; methodUrl: string },
) {
  const { t, format, method, results, answerSet, base } = ctx;
  const stamp = answerSet.startDate ?? results.assessment.startDate;
  return (
    <section aria-labelledby="results-more" class="results-section" id="more">
      <h2 tabIndex={-1} id="results-more">
        {t("results.moreTitle")}
      </h2>
      <div class="pdf-box">
        <label for="pdf-organisation">{t("results.pdfOrganisation")}</label>
        <input
          id="pdf-organisation"
          type="text"
          maxLength={120}
          autoComplete="organization"
          value={ctx.organisation}
          onInput={(e) => ctx.setOrganisation((e.currentTarget as HTMLInputElement).value)}
        />
        <p class="small muted">{t("results.pdfOrganisationHint")}</p>
      </div>
      <div class="actions">
        <button type="button" class="button secondary" onClick={() => exportJson(results, answerSet, stamp)}>
          {t("results.exportJson")}
        </button>
        <button type="button" class="button secondary" onClick={() => exportGapsCsv(method, results, format, stamp)}>
          {t("results.exportCsv")}
        </button>
        <a class="button secondary" href={printUrl(method, answerSet, base)} id="print-view">
          {t("results.printView")}
        </a>
      </div>
      <p class="small">{t("results.printViewHint")}</p>
      <h3>{t("results.noticeTitle")}</h3>
      <p class="small">{format.message("notice.self_assessment")}</p>
      <p class="small">{format.message("notice.independence")}</p>
      <p>
        <a href={ctx.methodUrl}>{t("results.methodLink")}</a>
      </p>
    </section>
  );
}
