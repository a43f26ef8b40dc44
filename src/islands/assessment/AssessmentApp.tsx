/**
 * The readiness assessment island, mounted on every view's page (quick check, task list, sections, check answers,
 * results, print view). Loads the method data for this language, restores saved progress or a share link, and shows
 * the view of the URL; moving between views changes the URL (src/stores/router.ts). The results view, with the
 * engine's `evaluate`, is a separate chunk loaded when first needed; a failed load shows an error, never "loading".
 */
import { useStore } from "@nanostores/preact";
import type { ComponentType } from "preact";
import { useEffect, useMemo, useState } from "preact/hooks";
import { indexMethod, type MethodData } from "../../engine/method-index.ts";
import type { Locale } from "../../i18n/locales.ts";
import type { UiKey } from "../../i18n/packs/ui.ts";
import type { Pack } from "../../i18n/translate.ts";
import { createT } from "../../i18n/translate.ts";
import type { Firm } from "../../lib/firm.ts";
import { createFormatter } from "../../report/format.ts";
import { $method, $mode, $notices, adoptShared, dismissNotice, initialise } from "../../stores/assessment.ts";
import { $route, navigate, type Route, setFragment, startRouter } from "../../stores/router.ts";
import { CheckAnswers } from "./CheckAnswers.tsx";
import { QuickCheck } from "./QuickCheck.tsx";
import type { ResultsViewProps } from "./results/ResultsView.tsx";
import { SectionStep } from "./SectionStep.tsx";
import { TaskList } from "./TaskList.tsx";

export interface AssessmentAppProps {
  locale: Locale;
  firm: Firm;
  ui: Pack<UiKey>;
  dataUrl: string;
  /** This language's assessment path, and the other languages' by hreflang. */
  base: string;
  bases: Record<string, string>;
  contactUrl: string;
  methodUrl: string;
  intlLocale: string;
  /** The view this page was built for (the URL decides once the island runs). */
  route: Route;
  /** What the page shows before the island has its data: the same heading, so nothing moves when it mounts. */
  shell: { title: string; intro?: string };
}

type Load = { state: "loading" } | { state: "failed" } | { state: "ready"; moved: boolean };

export default function AssessmentApp(props: AssessmentAppProps) {
  const numberFormat = useMemo(
    () => new Intl.NumberFormat(props.intlLocale, { maximumFractionDigits: 1 }),
    [props.intlLocale],
  );
  const t = useMemo(() => createT(props.locale, props.ui, { numberFormat }), [props.locale, props.ui, numberFormat]);
  const method = useStore($method);
  const route = useStore($route);
  const notices = useStore($notices);
  const mode = useStore($mode);
  const [load, setLoad] = useState<Load>({ state: "loading" });
  const [Results, setResults] = useState<ComponentType<ResultsViewProps> | "failed" | null>(null);

  useEffect(() => {
    let cancelled = false;
    const initial = startRouter(props.base, props.bases, props.route);
    fetch(props.dataUrl)
      .then((response) => {
        if (!response.ok) throw new Error(String(response.status));
        return response.json() as Promise<MethodData>;
      })
      .then((data) => initialise(indexMethod(data), window.location.hash))
      .then((shared) => {
        if (cancelled) return;
        // A share link always opens on the results (or the print view), whatever page it was sent to.
        if (shared && initial.name !== "results" && initial.name !== "print") {
          navigate({ name: "results" }, { replace: true });
        } else if (!shared && /^#v\d+\./.test(window.location.hash)) setFragment("");
        setLoad({ state: "ready", moved: false });
      })
      .catch(() => {
        if (!cancelled) setLoad({ state: "failed" });
      });
    const offRoute = $route.listen(() =>
      setLoad((current) => (current.state === "ready" ? { state: "ready", moved: true } : current)),
    );
    return () => {
      cancelled = true;
      offRoute();
    };
  }, [props.dataUrl, props.base, props.bases, props.route]);

  const needsResults = route.name === "results" || route.name === "print";
  useEffect(() => {
    if (!needsResults || Results) return;
    import("./results/ResultsView.tsx")
      .then((module) => setResults(() => module.ResultsView))
      .catch(() => setResults("failed"));
  }, [needsResults, Results]);

  const format = useMemo(() => (method ? createFormatter(method, props.locale) : null), [method, props.locale]);

  if (load.state === "failed") {
    return (
      <div class="assess" data-view={route.name}>
        <h1 class="assess-view-title">{props.shell.title}</h1>
        <p class="callout warn" role="alert">
          {t("assess.loadFailed")}
        </p>
      </div>
    );
  }
  if (load.state === "loading" || !method || !format) {
    return (
      <div class="assess" data-view={props.route.name}>
        <h1 class="assess-view-title">{props.shell.title}</h1>
        {props.shell.intro && <p class="lede-small">{props.shell.intro}</p>}
        <p class="assess-loading" role="status">
          {t("assess.loading")}
        </p>
      </div>
    );
  }

  const view = { t, format, method, base: props.base, moved: load.moved };
  return (
    <div class="assess" data-view={route.name}>
      {notices.length > 0 && route.name !== "print" && (
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
                  <button
                    type="button"
                    class="button secondary"
                    onClick={() => {
                      adoptShared();
                      setFragment("");
                      navigate({ name: "tasks" });
                    }}
                  >
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
      {route.name === "quick" && <QuickCheck {...view} />}
      {route.name === "tasks" && <TaskList {...view} />}
      {route.name === "section" && <SectionStep {...view} sectionId={route.id} key={route.id} />}
      {route.name === "check" && <CheckAnswers {...view} sectionId={route.id} key={route.id} />}
      {needsResults &&
        (Results === "failed" ? (
          <div class="assess-view">
            <h1 class="assess-view-title">{props.shell.title}</h1>
            <div class="callout warn" role="alert">
              <p>{t("results.loadFailed")}</p>
              <button
                type="button"
                class="button secondary"
                // Chromium keeps a failed dynamic import failed for the life of the page: only a reload fetches the
                // chunk again. The answers are in localStorage, so nothing is lost.
                onClick={() => window.location.reload()}
              >
                {t("results.retry")}
              </button>
            </div>
          </div>
        ) : Results ? (
          <Results
            {...view}
            firm={props.firm}
            locale={props.locale}
            contactUrl={props.contactUrl}
            methodUrl={props.methodUrl}
            print={route.name === "print"}
          />
        ) : (
          <div class="assess-view">
            <h1 class="assess-view-title">{props.shell.title}</h1>
            <p class="assess-loading" role="status">
              {t("assess.loadingResults")}
            </p>
          </div>
        ))}
    </div>
  );
}
