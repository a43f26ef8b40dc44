/**
 * The results: the answer first (where the client stands against its goal, the headline figures, the next steps and
 * the actions), then the detail in sections with an in-page contents list. Also the print view (every detail open,
 * no actions), which Chromium prints as a tagged PDF: the accessible equivalent of the PDF report. Loaded as its own
 * chunk with the engine; every figure comes from the engine's results (src/stores/results.ts).
 */
import { useStore } from "@nanostores/preact";
import { useEffect, useMemo, useState } from "preact/hooks";
import type { RunChange } from "../../../engine/runs.ts";
import type { Locale } from "../../../i18n/locales.ts";
import type { UiKey } from "../../../i18n/packs/ui.ts";
import type { Firm } from "../../../lib/firm.ts";
import { formatScore } from "../../../report/score-format.ts";
import { $answerSet, $mode } from "../../../stores/assessment.ts";
import { $results, $settings, publicSettings } from "../../../stores/results.ts";
import { navigate, routePath } from "../../../stores/router.ts";
import { recordRun } from "../../../stores/runs.ts";
import { ViewLink } from "../TaskList.tsx";
import { useViewHeading, type ViewProps } from "../view.ts";
import { Actions } from "./Actions.tsx";
import type { ResultsContext } from "./context.ts";
import { DaysSection } from "./DaysSection.tsx";
import { EvidenceSection } from "./EvidenceSection.tsx";
import { ExportsSection } from "./ExportsSection.tsx";
import { GapsSection } from "./GapsSection.tsx";
import { IsoSection } from "./IsoSection.tsx";
import { MissingFigures } from "./MissingFigures.tsx";
import { OverlaySection } from "./OverlaySection.tsx";
import { PlanSection } from "./PlanSection.tsx";
import { ProgressSection } from "./ProgressSection.tsx";
import { ReadinessSection } from "./ReadinessSection.tsx";
import { Soc2Section } from "./Soc2Section.tsx";
import { Summary } from "./Summary.tsx";

export interface ResultsViewProps extends ViewProps {
  firm: Firm;
  locale: Locale;
  contactUrl: string;
  methodUrl: string;
  print: boolean;
}

export function ResultsView(props: ResultsViewProps) {
  const { t, format, base, print } = props;
  const results = useStore($results);
  const answerSet = useStore($answerSet);
  const mode = useStore($mode);
  const [organisation, setOrganisation] = useState("");
  const [change, setChange] = useState<RunChange | undefined>(undefined);
  const heading = useViewHeading(props.moved, print ? "print" : "results");
  useEffect(() => $settings.set(publicSettings(props.firm)), [props.firm]);
  const complete = results !== null && !results.quickOnly && results.assessment.completeness.missing.length === 0;
  useEffect(() => {
    if (results && complete && mode === "own" && !print) setChange(recordRun(results));
  }, [results, complete, mode, print]);
  const score = useMemo(() => (n: number) => formatScore(n, props.locale), [props.locale]);

  if (!results) return null;
  const { assessment } = results;
  const answered = Object.keys(answerSet.answers).length;
  if (answered === 0) {
    return (
      <div class="assess-view results">
        <h1 class="assess-view-title" tabIndex={-1} ref={heading}>
          {t("results.title")}
        </h1>
        <p class="callout">{t("results.nothingYet")}</p>
        <div class="actions">
          <ViewLink class="button" href={routePath(base, { name: "quick" })} onGo={() => navigate({ name: "quick" })}>
            {t("tasks.quick")}
          </ViewLink>
          <ViewLink
            class="button secondary"
            href={routePath(base, { name: "tasks" })}
            onGo={() => navigate({ name: "tasks" })}
          >
            {t("results.editAnswers")}
          </ViewLink>
        </div>
      </div>
    );
  }
  const ctx: ResultsContext = { ...props, results, answerSet, locale: props.locale, print, score };
  const status: { key: UiKey; params?: Record<string, string | number> } = results.quickOnly
    ? { key: "results.statusQuick", params: { count: answered } }
    : complete
      ? { key: "results.statusComplete" }
      : {
          key: "results.statusPartial",
          params: { answered: assessment.completeness.answered, total: assessment.completeness.total },
        };
  const contents: [string, UiKey][] = [
    ["readiness", "results.domainsTitle"],
    ["soc2", "results.soc2Title"],
    ["days", "results.daysTitle"],
    ["iso", "results.isoTitle"],
    ["plan", "plan.title"],
    ["evidence", "evidence.title"],
    ["gaps", "results.gapsTitle"],
    ["overlay", "results.overlayTitle"],
    ...(change ? ([["progress", "progress.title"]] as [string, UiKey][]) : []),
    ["more", "results.moreTitle"],
  ];

  return (
    <div class={`assess-view results${print ? " is-print" : ""}`}>
      <header class="results-head">
        <div class="results-title">
          <h1 class="assess-view-title" tabIndex={-1} ref={heading}>
            {t(results.quickOnly ? "results.titleQuick" : "results.title")}
          </h1>
          <p class="small muted" data-figure="status">
            {t(status.key, status.params)} · {t("results.asOf", { date: format.date(assessment.startDate) })}{" "}
            {!print && (
              <ViewLink href={routePath(base, { name: "tasks" })} onGo={() => navigate({ name: "tasks" })}>
                {results.quickOnly ? t("results.continueFull") : t("results.editAnswers")}
              </ViewLink>
            )}
          </p>
        </div>
        {print ? (
          <p class="print-actions">
            <button type="button" class="button" onClick={() => window.print()}>
              {t("results.print")}
            </button>
          </p>
        ) : (
          <Actions {...ctx} firm={props.firm} contactUrl={props.contactUrl} organisation={organisation} />
        )}
      </header>
      <Summary {...ctx} />
      <MissingFigures {...ctx} />
      {!print && (
        <nav class="results-contents" aria-labelledby="results-contents-title">
          <h2 tabIndex={-1} id="results-contents-title" class="small-heading">
            {t("results.contents")}
          </h2>
          <ul>
            {contents.map(([id, key]) => (
              <li key={id}>
                <a
                  href={`#${id}`}
                  onClick={(e) => {
                    // Keep the URL's fragment (a share link being viewed): move to the section without changing it.
                    e.preventDefault();
                    const target = document.getElementById(id);
                    target?.scrollIntoView({ block: "start" });
                    target?.querySelector<HTMLElement>("h3")?.focus({ preventScroll: true });
                  }}
                >
                  {t(key)}
                </a>
              </li>
            ))}
          </ul>
        </nav>
      )}
      <ReadinessSection {...ctx} />
      <Soc2Section {...ctx} />
      <DaysSection {...ctx} methodUrl={props.methodUrl} />
      <IsoSection {...ctx} />
      <PlanSection {...ctx} />
      <EvidenceSection {...ctx} />
      <GapsSection {...ctx} />
      <OverlaySection {...ctx} />
      {change && <ProgressSection {...ctx} change={change} />}
      <ExportsSection
        {...ctx}
        organisation={organisation}
        setOrganisation={setOrganisation}
        methodUrl={props.methodUrl}
      />
    </div>
  );
}
