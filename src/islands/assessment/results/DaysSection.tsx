/**
 * Audit days and what they mean: one auditor for eight hours a day, auditor-weeks, the recurring annual SOC 2 Type II
 * beside the ISO/IEC 42001 cycle, and — only when the firm publishes a day-rate range — an indicative fee range
 * labelled "indicative, not a quote". Each figure has its "why this number".
 */
import type { DayFigure, DayFigureId } from "../../../engine/outlook.ts";
import type { TraceStep } from "../../../engine/trace.ts";
import type { UiKey } from "../../../i18n/packs/ui.ts";
import type { ResultsContext } from "./context.ts";
import { Why } from "./Why.tsx";

const labels: Record<DayFigureId, UiKey> = {
  soc2_type1: "results.type1Days",
  soc2_type2: "results.type2Days",
  soc2_annual: "days.annualType2",
  iso_initial: "results.isoInitial",
  iso_cycle: "days.isoCycle",
};

export function DaysSection({ t, format, results, methodUrl, print }: ResultsContext & { methodUrl: string }) {
  const { assessment, outlook } = results;
  const withheld = new Set(results.missing.withheld.map((w) => w.figure));
  const iso = assessment.iso42001;
  const traceOf = (id: DayFigureId): readonly TraceStep[] => {
    if (id === "soc2_type1") return assessment.soc2.days.type1?.trace ?? [];
    if (id === "soc2_type2") return assessment.soc2.days.type2?.trace ?? [];
    if (id === "soc2_annual") return outlook.annualType2?.trace ?? [];
    if (!iso.applicable) return [];
    return id === "iso_initial" ? iso.trace.initial : iso.trace.cycle;
  };
  const hidden = (figure: DayFigure) =>
    figure.id.startsWith("soc2") ? withheld.has("soc2_days") || withheld.has("soc2_report") : withheld.has("iso_days");
  const fees = outlook.days.some((d) => d.fee);
  return (
    <section aria-labelledby="results-days" class="results-section" id="days">
      <h2 tabIndex={-1} id="results-days">
        {t("results.daysTitle")}
      </h2>
      <p>{t("days.meaning", { hours: outlook.auditDayHours, weekDays: outlook.auditorWeekDays })}</p>
      <div class="day-cards">
        {outlook.days.map((figure) => (
          <div
            key={figure.id}
            class={`day-card fw-${figure.id.startsWith("iso") ? "iso42001" : "soc2"}`}
            data-figure={`days-${figure.id}`}
          >
            <p class="day-label">{t(labels[figure.id], { months: figure.observationMonths ?? 0 })}</p>
            {hidden(figure) ? (
              <p>{t("missing.inSection")}</p>
            ) : (
              <>
                <p class="day-value">{t("results.days", { days: figure.days })}</p>
                <p class="small">
                  {t("days.hours", { hours: figure.hours })} ·{" "}
                  {t(figure.auditorWeeks === 1 ? "days.weekOne" : "days.weeks", { weeks: figure.auditorWeeks })}
                </p>
                {figure.fee && (
                  <p class="fee" data-figure={`fee-${figure.id}`}>
                    <strong>
                      {format.money(figure.fee.min, figure.fee.currency)}–
                      {format.money(figure.fee.max, figure.fee.currency)}
                    </strong>{" "}
                    <span class="small">{t("days.indicative")}</span>
                  </p>
                )}
                <Why t={t} steps={traceOf(figure.id)} format={format} open={print} />
              </>
            )}
          </div>
        ))}
      </div>
      <p class="small muted">
        {format.message("notice.estimates")} {fees && t("days.feeNote")}{" "}
        <a href={methodUrl}>{t("results.methodLink")}</a>
      </p>
    </section>
  );
}
