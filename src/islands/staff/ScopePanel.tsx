/**
 * The scope staff can change: Trust Services categories (Security always), the Type II observation period, the
 * number of locations (with whether they run the same processes) and the planned start.
 */
import type { Method } from "../../engine/method-index.ts";
import { readProfile } from "../../engine/profile.ts";
import type { TscCategoryId } from "../../engine/schema.ts";
import type { StaffT } from "../../i18n/packs/staff.ts";
import type { Formatter } from "../../report/format.ts";
import type { Adjustments, Workspace } from "./workspace-model.ts";

export interface ScopePanelProps {
  t: StaffT;
  format: Formatter;
  method: Method;
  workspace: Workspace;
  adjustments: Adjustments;
  defaultStartDate: string;
  onChange: (next: Adjustments) => void;
  onCategories: (categories: TscCategoryId[]) => void;
}

/** Sentences for the what-ifs on the answers (shown here and printed in the PDF appendix). */
export function whatIfSentences(t: StaffT, format: Formatter, workspace: Workspace): string[] {
  const out: string[] = [];
  const w = workspace.whatIfs;
  if (w.sites !== undefined) {
    out.push(t("scope.sitesChange", { sites: w.sites, answered: workspace.answeredSites ?? "–" }));
  }
  if (w.sameProcesses) {
    out.push(t("scope.sameChange", { value: format.option("sites_same_processes", w.sameProcesses) }));
  }
  if (w.startDate) out.push(t("scope.startChange", { date: format.date(w.startDate) }));
  return out;
}

export function ScopePanel({
  t,
  format,
  method,
  workspace,
  adjustments,
  defaultStartDate,
  onChange,
  onCategories,
}: ScopePanelProps) {
  const { assessment, recommended } = workspace;
  const included = assessment.soc2.criteria.included;
  const engagement = assessment.soc2.engagement;
  const sameQuestion = method.questionsById.get("sites_same_processes");
  const sameValue = workspace.answerSet.answers.sites_same_processes;
  const changed = [
    ...assessment.soc2.criteria.categories.flatMap((c) =>
      c.reasons
        .filter((r) => r.key === "reason.criteria.override_added" || r.key === "reason.criteria.override_removed")
        .map((r) => `${format.category(c.category)}: ${format.step(r)}`),
    ),
    ...engagement.reasons.filter((r) => r.key === "reason.soc2.override_observation").map(format.step),
    ...whatIfSentences(t, format, workspace),
  ];

  return (
    <section class="results-section staff-scope" aria-labelledby="staff-scope-title">
      <h3 id="staff-scope-title">{t("scope.title")}</h3>
      <p>{t("scope.intro")}</p>
      <fieldset class="staff-categories">
        <legend>{t("scope.categories")}</legend>
        {assessment.soc2.criteria.categories.map((c) => {
          const id = `scope-cat-${c.category}`;
          const isIncluded = included.includes(c.category);
          const mandatory = c.category === "security";
          const note = mandatory
            ? t("scope.always")
            : recommended.categories.includes(c.category)
              ? t("scope.recommended")
              : "";
          return (
            <span class={`option ${isIncluded ? "is-checked" : ""}`} key={c.category} data-category={c.category}>
              <input
                type="checkbox"
                id={id}
                checked={isIncluded}
                disabled={mandatory}
                onChange={(e) => {
                  const on = (e.currentTarget as HTMLInputElement).checked;
                  const next = on ? [...included, c.category] : included.filter((x) => x !== c.category);
                  onCategories(next);
                }}
              />
              <label for={id}>
                {format.category(c.category)}{" "}
                <span class="small muted">
                  ({t("scope.criteriaCount", { count: c.criteriaCount })}
                  {note ? `; ${note}` : ""})
                </span>
              </label>
            </span>
          );
        })}
      </fieldset>

      <div class="staff-grid">
        <div class="staff-field">
          <label for="scope-observation">{t("scope.observation")}</label>
          <input
            id="scope-observation"
            type="number"
            inputMode="numeric"
            min={workspace.observationLimits.min}
            max={workspace.observationLimits.max}
            step={1}
            value={adjustments.observationText ?? String(recommended.observationMonths)}
            aria-invalid={workspace.observationInvalid ? "true" : undefined}
            aria-describedby="scope-observation-help"
            onInput={(e) => onChange({ ...adjustments, observationText: (e.currentTarget as HTMLInputElement).value })}
          />
          <p id="scope-observation-help" class="small muted">
            {workspace.observationInvalid ? (
              <strong class="field-error">{t("scope.observationInvalid", { ...workspace.observationLimits })}</strong>
            ) : (
              t("scope.observationHelp", { ...workspace.observationLimits, months: recommended.observationMonths })
            )}
            {engagement.path === "type1_only" && <> {t("scope.observationType1Only")}</>}
          </p>
        </div>

        <div class="staff-field">
          <label for="scope-sites">{t("scope.sites")}</label>
          <input
            id="scope-sites"
            type="number"
            inputMode="numeric"
            min={1}
            max={workspace.sitesMax}
            step={1}
            value={adjustments.sitesText ?? String(readProfile(workspace.answerSet.answers).sites)}
            aria-invalid={workspace.sitesInvalid ? "true" : undefined}
            aria-describedby="scope-sites-help"
            onInput={(e) => onChange({ ...adjustments, sitesText: (e.currentTarget as HTMLInputElement).value })}
          />
          <p id="scope-sites-help" class="small muted">
            {workspace.sitesInvalid ? (
              <strong class="field-error">{t("scope.sitesInvalid", { max: workspace.sitesMax })}</strong>
            ) : workspace.answeredSites === undefined ? (
              t("scope.sitesUnanswered", { max: workspace.sitesMax })
            ) : (
              t("scope.sitesHelp", { max: workspace.sitesMax, sites: workspace.answeredSites })
            )}
          </p>
        </div>

        {workspace.asksSameProcesses && sameQuestion?.type === "single" && (
          <div class="staff-field">
            <label for="scope-same">{t("scope.sameProcesses")}</label>
            <select
              id="scope-same"
              value={typeof sameValue === "string" ? sameValue : "same"}
              aria-describedby="scope-same-help"
              onChange={(e) =>
                onChange({ ...adjustments, sameProcesses: (e.currentTarget as HTMLSelectElement).value })
              }
            >
              {sameQuestion.options.map((o) => (
                <option key={o.id} value={o.id}>
                  {format.text(o.label)}
                </option>
              ))}
            </select>
            <p id="scope-same-help" class="small muted">
              {t("scope.sameProcessesHelp")}
            </p>
          </div>
        )}

        <div class="staff-field">
          <label for="scope-start">{t("scope.startDate")}</label>
          <input
            id="scope-start"
            type="date"
            value={adjustments.startDate ?? defaultStartDate}
            aria-describedby="scope-start-help"
            onChange={(e) => {
              const value = (e.currentTarget as HTMLInputElement).value;
              if (/^\d{4}-\d{2}-\d{2}$/.test(value)) onChange({ ...adjustments, startDate: value });
            }}
          />
          <p id="scope-start-help" class="small muted">
            {t("scope.startDateHelp")}
          </p>
        </div>
      </div>

      {changed.length > 0 && (
        <div class="staff-changes">
          <p>
            <strong>{t("scope.changed")}</strong>
          </p>
          <ul>
            {changed.map((line, i) => (
              <li key={i}>{line}</li>
            ))}
          </ul>
          <button
            type="button"
            class="button secondary"
            id="scope-reset"
            onClick={() => onChange({ observationText: null, sitesText: null })}
          >
            {t("scope.reset")}
          </button>
        </div>
      )}
    </section>
  );
}
