/**
 * The staff proposal workspace: opens an assessment (share link, answers file, results export, lead or lead export),
 * shows the proposal inputs, lets staff adjust the scope and type day rates (kept in this browser only), and exports
 * JSON, CSV, the PDF gap report with a proposal-inputs appendix, and the timeline as iCalendar. Every figure comes
 * from the engine's `evaluate` with the staff's settings (workspace-model.ts); nothing is sent to a server.
 */
import { useEffect, useMemo, useRef, useState } from "preact/hooks";
import { indexMethod, type Method, type MethodData } from "../../engine/method-index.ts";
import type { TscCategoryId } from "../../engine/schema.ts";
import type { Locale } from "../../i18n/locales.ts";
import { makeStaffT, type StaffKey, type StaffT } from "../../i18n/staff-page.ts";
import type { Firm } from "../../lib/firm.ts";
import { hongKongToday } from "../../lib/hong-kong-date.ts";
import { createFormatter, type Formatter } from "../../report/format.ts";
import { ExportPanel } from "./ExportPanel.tsx";
import { type Loaded, type LoadResult, loadJsonText, loadLead, loadShareText, maxFileBytes } from "./load-input.ts";
import { type Notice, OpenPanel, type PickState } from "./OpenPanel.tsx";
import { ProposalView } from "./ProposalView.tsx";
import { RatesPanel } from "./RatesPanel.tsx";
import { clearSavedRates, emptyRates, loadSavedRates, type RatesInput, readRates, saveRates } from "./rates.ts";
import { ScopePanel } from "./ScopePanel.tsx";
import { type Adjustments, buildWorkspace, noAdjustments } from "./workspace-model.ts";

export interface ProposalWorkspaceProps {
  locale: Locale;
  firm: Firm;
  text: Record<StaffKey, string>;
  /** The method data for this language (the assessment page's). */
  dataUrl: string;
  intlLocale: string;
}

function sourceText(t: StaffT, loaded: Loaded): string {
  const s = loaded.source;
  if (s.kind === "link") return t("source.link");
  if (s.kind === "file") return t("source.file", { name: s.name });
  return t("source.lead", { reference: s.reference, company: s.company });
}

/** The notices for a load: what was opened, and what was left out. */
function loadNotices(t: StaffT, format: Formatter, loaded: Loaded): Notice[] {
  const notices: Notice[] = [
    { id: "opened", tone: "info", text: t("notice.opened", { source: sourceText(t, loaded) }) },
  ];
  if (loaded.issues.length > 0) {
    notices.push({
      id: "dropped",
      tone: "warn",
      text: t("notice.dropped", { count: loaded.issues.length }),
      detailsLabel: t("notice.droppedList"),
      details: loaded.issues.map((issue) =>
        t("issue.line", {
          question: issue.questionId ? format.questionText(issue.questionId) : "–",
          reason: `${t(`issue.${issue.code}` as StaffKey)}${issue.value ? ` (${issue.value})` : ""}`,
        }),
      ),
    });
  }
  if (loaded.linkDropped > 0) {
    notices.push({ id: "dropped", tone: "warn", text: t("issue.fromLink", { count: loaded.linkDropped }) });
  }
  if (loaded.scope) notices.push({ id: "scope", tone: "info", text: t("notice.scopeRestored") });
  return notices;
}

export default function ProposalWorkspace(props: ProposalWorkspaceProps) {
  const numberFormat = useMemo(
    () => new Intl.NumberFormat(props.intlLocale, { maximumFractionDigits: 1 }),
    [props.intlLocale],
  );
  const t = useMemo(() => makeStaffT(props.text, numberFormat), [props.text, numberFormat]);
  const [method, setMethod] = useState<Method | null>(null);
  const [failed, setFailed] = useState(false);
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  const [notices, setNotices] = useState<Notice[]>([]);
  const [pick, setPick] = useState<PickState | null>(null);
  const [adjustments, setAdjustments] = useState<Adjustments>(noAdjustments);
  const [ratesInput, setRatesInput] = useState<RatesInput>(() => loadSavedRates() ?? emptyRates);
  const [organisation, setOrganisation] = useState("");
  const headingRef = useRef<HTMLHeadingElement>(null);
  const focusOnLoad = useRef(false);

  const format = useMemo(() => (method ? createFormatter(method, props.locale) : null), [method, props.locale]);

  const apply = (result: LoadResult, fileName: string, userAction: boolean) => {
    if (!method || !format) return;
    if (result.status === "problem") {
      const keys: Record<typeof result.problem, StaffKey> = {
        linkEmpty: "notice.linkEmpty",
        notShareLink: "notice.notShareLink",
        damaged: "notice.damaged",
        otherVersion: "notice.otherVersion",
        notJson: "notice.notJson",
        unknownFile: "notice.unknownFile",
        noLeads: "notice.noLeads",
        leadWithout: "notice.leadWithout",
        newer: "notice.newer",
        badAnswers: "notice.badAnswers",
      };
      setNotices([{ id: "problem", tone: "warn", text: t(keys[result.problem]) }]);
      return;
    }
    if (result.status === "pick") {
      setPick({ fileName, leads: result.leads, items: result.items });
      setNotices([{ id: "pick", tone: "info", text: t("open.leadCount", { count: result.leads.length }) }]);
      return;
    }
    const opened = result.loaded;
    const answerSet = opened.answerSet.startDate
      ? opened.answerSet
      : { ...opened.answerSet, startDate: hongKongToday() };
    setPick(null);
    setLoaded({ ...opened, answerSet });
    setAdjustments({
      ...noAdjustments,
      ...(opened.scope?.categories ? { categories: opened.scope.categories } : {}),
      ...(opened.scope?.observationMonths ? { observationText: String(opened.scope.observationMonths) } : {}),
    });
    setOrganisation(opened.organisation ?? "");
    setNotices(loadNotices(t, format, opened));
    focusOnLoad.current = userAction;
  };

  useEffect(() => {
    let cancelled = false;
    fetch(props.dataUrl)
      .then((response) => {
        if (!response.ok) throw new Error(String(response.status));
        return response.json() as Promise<MethodData>;
      })
      .then((data) => {
        if (!cancelled) setMethod(indexMethod(data));
      })
      .catch(() => {
        if (!cancelled) setFailed(true);
      });
    return () => {
      cancelled = true;
    };
  }, [props.dataUrl]);

  // A share fragment in the page's own address opens at once (and again when it changes).
  useEffect(() => {
    if (!method || !format) return;
    const openHash = () => {
      if (/^#v\d+\./.test(window.location.hash)) apply(loadShareText(method, window.location.hash), "", false);
    };
    openHash();
    window.addEventListener("hashchange", openHash);
    return () => window.removeEventListener("hashchange", openHash);
  }, [method, format]);

  useEffect(() => {
    if (loaded && focusOnLoad.current) {
      focusOnLoad.current = false;
      headingRef.current?.focus();
    }
  }, [loaded]);

  const workspace = useMemo(() => {
    if (!method || !loaded) return null;
    const rates = readRates(ratesInput);
    return buildWorkspace(method, loaded.answerSet, adjustments, typeof rates === "object" ? rates : undefined);
  }, [method, loaded, adjustments, ratesInput]);

  if (failed) {
    return (
      <p class="callout warn" role="alert">
        {t("page.loadFailed")}
      </p>
    );
  }
  if (!method || !format) {
    return (
      <p class="assess-loading" role="status">
        {t("page.loading")}
      </p>
    );
  }

  const openFile = async (file: File) => {
    if (file.size > maxFileBytes) {
      setNotices([{ id: "problem", tone: "warn", text: t("notice.tooLarge") }]);
      return;
    }
    apply(loadJsonText(method, await file.text(), file.name), file.name, true);
  };
  const updateRates = (next: RatesInput) => {
    setRatesInput(next);
    // An empty form is not kept: "clear rates" leaves nothing in this browser.
    if ([next.soc2Min, next.soc2Max, next.isoMin, next.isoMax].every((v) => !v.trim())) clearSavedRates();
    else saveRates(next);
  };

  return (
    <div class="staff">
      <p class="callout">{t("page.privacy")}</p>
      <OpenPanel
        t={t}
        notices={notices}
        pick={pick}
        onLink={(text) => apply(loadShareText(method, text), "", true)}
        onFile={openFile}
        onPick={(index) => {
          if (pick) apply(loadLead(method, pick.items[index]), pick.fileName, true);
        }}
        onDismiss={(id) => setNotices(notices.filter((n) => n.id !== id))}
      />
      {loaded && workspace && (
        <>
          <ProposalView
            t={t}
            format={format}
            method={method}
            workspace={workspace}
            source={sourceText(t, loaded)}
            headingRef={headingRef}
            scope={
              <ScopePanel
                t={t}
                format={format}
                method={method}
                workspace={workspace}
                adjustments={adjustments}
                defaultStartDate={loaded.answerSet.startDate ?? hongKongToday()}
                onChange={setAdjustments}
                onCategories={(categories: TscCategoryId[]) => setAdjustments({ ...adjustments, categories })}
              />
            }
            rates={<RatesPanel t={t} format={format} workspace={workspace} input={ratesInput} onChange={updateRates} />}
          />
          <ExportPanel
            t={t}
            format={format}
            method={method}
            firm={props.firm}
            locale={props.locale}
            workspace={workspace}
            organisation={organisation}
            onOrganisation={setOrganisation}
          />
        </>
      )}
    </div>
  );
}
