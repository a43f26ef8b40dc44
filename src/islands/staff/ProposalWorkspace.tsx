/**
 * The staff proposal workspace: opens a lead from the inbox (`?lead=ENQ-…`: its answers, its saved draft and the
 * firm's rate card come from the staff API) or an assessment from a share link or a file, shows the proposal inputs,
 * lets staff adjust the scope and the day rates, and exports JSON, CSV, the client-facing fee proposal PDF, the PDF
 * gap report (the client's own figures) with the internal proposal appendix, and the timeline as iCalendar. Every
 * figure comes from the engine's `evaluate` with the staff's settings (workspace-model.ts). A lead's draft (scope
 * changes, rates, organisation name) is saved on the server as it changes, so nothing is lost on reload.
 */
import { useEffect, useMemo, useRef, useState } from "preact/hooks";
import { indexMethod, type Method, type MethodData } from "../../engine/method-index.ts";
import type { TscCategoryId } from "../../engine/schema.ts";
import type { Locale } from "../../i18n/locales.ts";
import type { StaffKey, StaffT } from "../../i18n/packs/staff.ts";
import type { StaffAreaKey } from "../../i18n/packs/staff-area.ts";
import { createT, type Pack } from "../../i18n/translate.ts";
import type { Firm } from "../../lib/firm.ts";
import { hongKongToday } from "../../lib/hong-kong-date.ts";
import { createFormatter, type Formatter } from "../../report/format.ts";
import { ExportPanel } from "./ExportPanel.tsx";
import { type Loaded, type LoadResult, loadJsonText, loadLead, loadShareText, maxFileBytes } from "./load-input.ts";
import { type Notice, OpenPanel, type PickState } from "./OpenPanel.tsx";
import { ProposalView } from "./ProposalView.tsx";
import { RatesPanel } from "./RatesPanel.tsx";
import { emptyRates, type RatesInput, rateCardInput, readRates } from "./rates.ts";
import { ScopePanel } from "./ScopePanel.tsx";
import { type Adjustments, buildWorkspace, noAdjustments } from "./workspace-model.ts";

export interface ProposalWorkspaceProps {
  locale: Locale;
  firm: Firm;
  /** The staff pack of this language (`pack(locale, "staff")`). */
  text: Pack<StaffKey>;
  /** The method data for this language (the assessment page's). */
  dataUrl: string;
  intlLocale: string;
  /** The lead to open (from the inbox), if any. */
  leadReference?: string | undefined;
  /** The session's CSRF token, sent with every save. */
  csrf: string;
  /** Texts of the draft's save status (from the staff area pack): saving, saved ({time}), failed. */
  saveText: Pack<SaveKey>;
}

type SaveKey = Extract<StaffAreaKey, "workspace.saving" | "workspace.saved" | "workspace.saveFailed">;

interface LeadResponse {
  readonly reference: string;
  readonly company: string;
  readonly answerSet: unknown;
  readonly draft: {
    readonly draft: { adjustments: Adjustments; rates: RatesInput; organisation: string };
    readonly updatedAt: string;
  } | null;
  readonly rateCard: { currency: string; soc2: [number, number]; iso42001: [number, number] } | null;
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
  const t = useMemo(
    () => createT(props.locale, props.text, { numberFormat }),
    [props.locale, props.text, numberFormat],
  );
  const saveT = useMemo(() => createT(props.locale, props.saveText), [props.locale, props.saveText]);
  const [method, setMethod] = useState<Method | null>(null);
  const [failed, setFailed] = useState(false);
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  const [notices, setNotices] = useState<Notice[]>([]);
  const [pick, setPick] = useState<PickState | null>(null);
  const [adjustments, setAdjustments] = useState<Adjustments>(noAdjustments);
  const [ratesInput, setRatesInput] = useState<RatesInput>(emptyRates);
  const [organisation, setOrganisation] = useState("");
  const [saveState, setSaveState] = useState<{ kind: "idle" | "saving" | "saved" | "failed"; at?: string }>({
    kind: "idle",
  });
  // The lead whose draft is being edited, once its saved draft has been applied (no save before that).
  const draftLead = useRef<string | null>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const focusOnLoad = useRef(false);

  const format = useMemo(() => (method ? createFormatter(method, props.locale) : null), [method, props.locale]);

  const apply = (result: LoadResult, fileName: string, userAction: boolean) => {
    draftLead.current = null;
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

  // The firm's rate card is where the rates start (a lead's saved draft may have its own).
  useEffect(() => {
    if (props.leadReference) return;
    fetch("/api/staff/rates/", { credentials: "same-origin" })
      .then((r) => (r.ok ? (r.json() as Promise<{ rateCard: LeadResponse["rateCard"] }>) : null))
      .then((body) => {
        if (body?.rateCard) setRatesInput(rateCardInput(body.rateCard));
      })
      .catch(() => undefined);
  }, [props.leadReference]);

  // A lead from the inbox: its answers, its draft and the rate card, from the staff API.
  useEffect(() => {
    if (!method || !format || !props.leadReference) return;
    const reference = props.leadReference;
    fetch(`/api/staff/leads/${encodeURIComponent(reference)}/`, { credentials: "same-origin" })
      .then((r) => {
        if (!r.ok) throw new Error(String(r.status));
        return r.json() as Promise<LeadResponse>;
      })
      .then((lead) => {
        apply(
          loadLead(method, {
            reference: lead.reference,
            contact: { company: lead.company },
            answerSet: lead.answerSet,
          }),
          "",
          false,
        );
        if (lead.draft) {
          setAdjustments({ ...noAdjustments, ...lead.draft.draft.adjustments });
          setRatesInput(lead.draft.draft.rates);
          setOrganisation(lead.draft.draft.organisation || lead.company);
          setSaveState({ kind: "saved", at: lead.draft.updatedAt });
        } else if (lead.rateCard) setRatesInput(rateCardInput(lead.rateCard));
        draftLead.current = reference;
      })
      .catch(() => setNotices([{ id: "problem", tone: "warn", text: t("notice.leadWithout") }]));
  }, [method, format, props.leadReference]);

  // Saves the lead's draft on the server shortly after each change.
  useEffect(() => {
    const reference = draftLead.current;
    if (!reference || !loaded) return;
    const timer = setTimeout(() => {
      setSaveState({ kind: "saving" });
      fetch(`/api/staff/leads/${encodeURIComponent(reference)}/draft/`, {
        method: "PUT",
        credentials: "same-origin",
        headers: { "content-type": "application/json", "x-csrf-token": props.csrf },
        body: JSON.stringify({ adjustments, rates: ratesInput, organisation }),
      })
        .then((r) => {
          if (!r.ok) throw new Error(String(r.status));
          return r.json() as Promise<{ updatedAt: string }>;
        })
        .then((body) => setSaveState({ kind: "saved", at: body.updatedAt }))
        .catch(() => setSaveState({ kind: "failed" }));
    }, 600);
    return () => clearTimeout(timer);
  }, [adjustments, ratesInput, organisation]);

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
  const updateRates = (next: RatesInput) => setRatesInput(next);
  const savedTime = saveState.at
    ? new Intl.DateTimeFormat(props.intlLocale, { timeStyle: "short", timeZone: "Asia/Hong_Kong" }).format(
        new Date(saveState.at),
      )
    : "";

  return (
    <div class="staff">
      <p class="callout">{t("page.privacy")}</p>
      {props.leadReference && (
        <p class="staff-save" role="status" data-save={saveState.kind}>
          {saveState.kind === "saving"
            ? saveT("workspace.saving")
            : saveState.kind === "saved"
              ? saveT("workspace.saved", { time: savedTime })
              : saveState.kind === "failed"
                ? saveT("workspace.saveFailed")
                : ""}
        </p>
      )}
      {props.leadReference ? (
        <details class="staff-open-other">
          <summary>{t("open.other")}</summary>
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
        </details>
      ) : (
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
      )}
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
            leadReference={props.leadReference}
            csrf={props.csrf}
          />
        </>
      )}
    </div>
  );
}
