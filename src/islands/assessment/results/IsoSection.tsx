import type { IsoAuditId } from "../../../engine/iso.ts";
import { ScrollRegion } from "../ScrollRegion.tsx";
import type { ResultsContext } from "./context.ts";

/** The results' label of each audit of the ISO/IEC 42001 cycle. */
const isoAuditLabel = {
  stage1: "results.isoStage1",
  stage2: "results.isoStage2",
  surveillance1: "results.isoSurv1",
  surveillance2: "results.isoSurv2",
  recertification: "results.isoRecert",
} as const satisfies Record<IsoAuditId, string>;

/** ISO/IEC 42001: whether it applies and why, the AI role for audit time, and the audits of the 3-year cycle. */
export function IsoSection({ t, format, results }: ResultsContext) {
  const iso = results.assessment.iso42001;
  const withheld = results.missing.withheld.some((w) => w.figure === "iso_days");
  return (
    <section aria-labelledby="results-iso" class="results-section" id="iso">
      <h2 tabIndex={-1} id="results-iso">
        {t("results.isoTitle")}
      </h2>
      {!iso.applicable && (
        <p>
          <strong>{t("results.isoNotApplicable")}</strong>
        </p>
      )}
      <ul>
        {iso.reasons.map((r, i) => (
          <li key={i}>{format.step(r)}</li>
        ))}
      </ul>
      {iso.applicable && !withheld && (
        <>
          <p>
            {t("results.isoRole")}: <strong>{format.message(`role.${iso.roleColumn}`)}</strong>
          </p>
          <ScrollRegion label={t("results.isoTable")}>
            <table>
              <caption class="visually-hidden">{t("results.isoTable")}</caption>
              <thead>
                <tr>
                  <th scope="col">{t("results.isoAudit")}</th>
                  <th scope="col">{t("results.isoYear")}</th>
                  <th scope="col">{t("results.isoDays")}</th>
                </tr>
              </thead>
              <tbody>
                {iso.days.audits.map((audit) => (
                  <tr key={audit.id}>
                    <th scope="row">{t(isoAuditLabel[audit.id])}</th>
                    <td>{format.number(audit.year)}</td>
                    <td>{format.number(audit.days)}</td>
                  </tr>
                ))}
                <tr class="total">
                  <th scope="row">{t("results.isoTotal")}</th>
                  <td>{t("results.isoAllYears")}</td>
                  <td>{format.number(iso.days.cycleTotal)}</td>
                </tr>
              </tbody>
            </table>
          </ScrollRegion>
        </>
      )}
      {iso.applicable && withheld && <p class="callout">{t("missing.inSection")}</p>}
    </section>
  );
}
