/**
 * The readiness assessment island: loads the method data for this language, restores saved progress or a share link,
 * and shows the intro, the questionnaire steps or the results. Rules live in the engine; state in src/stores.
 */
import { useStore } from "@nanostores/preact";
import type { ComponentType } from "preact";
import { useEffect, useMemo, useState } from "preact/hooks";
import { indexMethod, type MethodData } from "../../engine/method-index.ts";
import type { Locale } from "../../i18n/locales.ts";
import type { UiKey } from "../../i18n/ui/en.ts";
import type { Firm } from "../../lib/firm.ts";
import { createFormatter } from "../../report/format.ts";
import {
  $answerSet,
  $assessment,
  $hadSaved,
  $method,
  $mode,
  $notices,
  $view,
  adoptShared,
  dismissNotice,
  go,
  initialise,
  startOver,
} from "../../stores/assessment.ts";
import { makeT } from "../i18n.ts";
import { Questionnaire } from "./Questionnaire.tsx";
import type { ResultsProps } from "./Results.tsx";

export interface AssessmentAppProps {
  locale: Locale;
  firm: Firm;
  ui: Record<UiKey, string>;
  dataUrl: string;
  contactUrl: string;
  methodUrl: string;
  intlLocale: string;
}

export default function AssessmentApp(props: AssessmentAppProps) {
  const numberFormat = useMemo(
    () => new Intl.NumberFormat(props.intlLocale, { maximumFractionDigits: 1 }),
    [props.intlLocale],
  );
  const t = useMemo(() => makeT(props.ui, numberFormat), [props.ui, numberFormat]);
  const method = useStore($method);
  const view = useStore($view);
  const notices = useStore($notices);
  const mode = useStore($mode);
  const hadSaved = useStore($hadSaved);
  const assessment = useStore($assessment);
  const answerSet = useStore($answerSet);
  const [failed, setFailed] = useState(false);
  const [Results, setResults] = useState<ComponentType<ResultsProps> | null>(null);

  useEffect(() => {
    let cancelled = false;
    fetch(props.dataUrl)
      .then((response) => {
        if (!response.ok) throw new Error(String(response.status));
        return response.json() as Promise<MethodData>;
      })
      .then((data) => {
        if (!cancelled) initialise(indexMethod(data), window.location.hash);
      })
      .catch(() => {
        if (!cancelled) setFailed(true);
      });
    const onHash = () => {
      const current = $method.get();
      if (current && /^#v\d+\./.test(window.location.hash)) initialise(current, window.location.hash);
    };
    window.addEventListener("hashchange", onHash);
    return () => {
      cancelled = true;
      window.removeEventListener("hashchange", onHash);
    };
  }, [props.dataUrl]);

  // Results (with its chart and exports) is a separate chunk, fetched the first time it is needed.
  useEffect(() => {
    if (view.name !== "results" || Results) return;
    import("./Results.tsx").then((module) => setResults(() => module.Results));
  }, [view.name, Results]);

  const format = useMemo(() => (method ? createFormatter(method, props.locale) : null), [method, props.locale]);

  if (failed) {
    return (
      <p class="callout warn" role="alert">
        {t("assess.loadFailed")}
      </p>
    );
  }
  if (!method || !format || !assessment) {
    return (
      <p class="assess-loading" role="status">
        {t("assess.loading")}
      </p>
    );
  }

  const answered = assessment.completeness.answered;
  const total = assessment.completeness.total;

  return (
    <div class="assess">
      {notices.length > 0 && (
        <div class="assess-notices">
          {notices.map((notice) => (
            <div
              key={notice.key}
              class={`callout ${notice.tone === "warn" ? "warn" : ""}`}
              role={notice.tone === "warn" ? "alert" : "status"}
            >
              <p>{t(notice.key, notice.params)}</p>
              <div class="actions">
                {notice.key === "assess.notice.shared" && mode === "shared" && (
                  <button type="button" class="button secondary" onClick={adoptShared}>
                    {t("assess.editShared")}
                  </button>
                )}
                <button type="button" class="button secondary" onClick={() => dismissNotice(notice.key)}>
                  {t("assess.dismiss")}
                </button>
              </div>
            </div>
          ))}
        </div>
      )}

      {view.name === "intro" && (
        <section class="card assess-intro" aria-labelledby="assess-intro-title">
          {hadSaved && answered > 0 ? (
            <>
              <h2 id="assess-intro-title">{t("assess.resumeTitle")}</h2>
              <p>{t("assess.resumeBody", { answered, total })}</p>
              <div class="actions">
                <button type="button" class="button" onClick={() => go({ name: "step", index: firstIncompleteStep() })}>
                  {t("assess.continue")}
                </button>
                <button type="button" class="button secondary" onClick={() => go({ name: "results" })}>
                  {t("assess.viewResults")}
                </button>
                <button
                  type="button"
                  class="button secondary"
                  onClick={() => {
                    if (window.confirm(t("assess.startOverConfirm"))) startOver();
                  }}
                >
                  {t("assess.startOver")}
                </button>
              </div>
            </>
          ) : (
            <>
              <h2 id="assess-intro-title">{t("assess.introTitle")}</h2>
              <p>{t("assess.introBody")}</p>
              <div class="actions">
                <button type="button" class="button" onClick={() => go({ name: "step", index: 0 })}>
                  {t("assess.start")}
                </button>
              </div>
            </>
          )}
        </section>
      )}

      {view.name === "step" && <Questionnaire t={t} format={format} stepIndex={view.index} />}

      {view.name === "results" &&
        (Results ? (
          <Results
            t={t}
            firm={props.firm}
            format={format}
            method={method}
            assessment={assessment}
            answerSet={answerSet}
            locale={props.locale}
            contactUrl={props.contactUrl}
            methodUrl={props.methodUrl}
          />
        ) : (
          <p class="assess-loading" role="status">
            {t("assess.loading")}
          </p>
        ))}
    </div>
  );
}

/** The first step with an unanswered question (or the last step). */
function firstIncompleteStep(): number {
  const assessment = $assessment.get();
  const method = $method.get();
  if (!assessment || !method) return 0;
  const missing = new Set(assessment.completeness.missing);
  const sections = method.questionnaire.sections.filter((s) =>
    s.questions.some((q) => assessment.visibleQuestions.includes(q.id)),
  );
  const index = sections.findIndex((s) => s.questions.some((q) => missing.has(q.id)));
  return index === -1 ? Math.max(0, sections.length - 1) : index;
}
