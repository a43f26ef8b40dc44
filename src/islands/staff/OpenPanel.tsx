/** Opening an assessment: a pasted share link, a chosen file, or one lead out of a lead export; and the notices. */
import { useState } from "preact/hooks";
import type { StaffT } from "../../i18n/packs/staff.ts";
import type { LeadChoice } from "./load-input.ts";

export interface Notice {
  readonly id: string;
  readonly tone: "info" | "warn";
  readonly text: string;
  readonly details?: readonly string[];
  readonly detailsLabel?: string;
}
export interface PickState {
  readonly fileName: string;
  readonly leads: readonly LeadChoice[];
  readonly items: readonly unknown[];
}

export interface OpenPanelProps {
  t: StaffT;
  notices: readonly Notice[];
  pick: PickState | null;
  onLink: (text: string) => void;
  onFile: (file: File) => void;
  onPick: (index: number) => void;
  onDismiss: (id: string) => void;
}

export function OpenPanel({ t, notices, pick, onLink, onFile, onPick, onDismiss }: OpenPanelProps) {
  const [link, setLink] = useState("");
  const [chosen, setChosen] = useState(0);

  return (
    <section class="card staff-open" aria-labelledby="staff-open-title">
      <h2 id="staff-open-title">{t("open.title")}</h2>
      <form
        class="staff-field"
        onSubmit={(e) => {
          e.preventDefault();
          onLink(link);
        }}
      >
        <label for="staff-link">{t("open.link")}</label>
        <div class="staff-inline">
          <input
            id="staff-link"
            type="text"
            inputMode="url"
            autoComplete="off"
            spellcheck={false}
            aria-describedby="staff-link-help"
            value={link}
            onInput={(e) => setLink((e.currentTarget as HTMLInputElement).value)}
          />
          <button type="submit" class="button" id="staff-open-link">
            {t("open.linkButton")}
          </button>
        </div>
        <p id="staff-link-help" class="small muted">
          {t("open.linkHelp")}
        </p>
      </form>
      <div class="staff-field">
        <label for="staff-file">{t("open.file")}</label>
        <input
          id="staff-file"
          type="file"
          accept=".json,application/json"
          aria-describedby="staff-file-help"
          onChange={(e) => {
            const input = e.currentTarget as HTMLInputElement;
            const file = input.files?.[0];
            if (file) onFile(file);
            // The same file can be chosen again after a change to it.
            input.value = "";
          }}
        />
        <p id="staff-file-help" class="small muted">
          {t("open.fileHelp")}
        </p>
      </div>
      {pick && (
        <form
          class="staff-field"
          onSubmit={(e) => {
            e.preventDefault();
            onPick(chosen);
          }}
        >
          <label for="staff-lead">{t("open.leadPick")}</label>
          <div class="staff-inline">
            <select
              id="staff-lead"
              value={String(chosen)}
              onChange={(e) => setChosen(Number((e.currentTarget as HTMLSelectElement).value))}
            >
              {pick.leads.map((lead) => (
                <option key={lead.index} value={String(lead.index)}>
                  {t("open.leadOption", { reference: lead.reference, company: lead.company, date: lead.createdAt })}
                </option>
              ))}
            </select>
            <button type="submit" class="button" id="staff-open-lead">
              {t("open.leadButton")}
            </button>
          </div>
        </form>
      )}
      <div class="staff-notices">
        {notices.map((notice) => (
          <div
            key={notice.id}
            class={`callout ${notice.tone === "warn" ? "warn" : ""}`}
            role={notice.tone === "warn" ? "alert" : "status"}
            data-notice={notice.id}
          >
            <p>{notice.text}</p>
            {notice.details && notice.details.length > 0 && (
              <details>
                <summary>{notice.detailsLabel}</summary>
                <ul>
                  {notice.details.map((line, i) => (
                    <li key={i}>{line}</li>
                  ))}
                </ul>
              </details>
            )}
            <button type="button" class="button secondary" onClick={() => onDismiss(notice.id)}>
              {t("open.dismiss")}
            </button>
          </div>
        ))}
      </div>
    </section>
  );
}
