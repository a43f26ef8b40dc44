/**
 * The enquiry form. Validates with the same zod schema as the server, sends once per content (an idempotency key kept
 * across retries), keeps what was typed on failure, and can attach the readiness assessment (answers only; the
 * server recomputes the results). Shows the collection statement and a separate, unticked marketing consent. With an
 * assessment attached, the interest and timing are filled in from it (the visitor may change them); only the name,
 * the company and the email are required.
 */
import { useEffect, useMemo, useRef, useState } from "preact/hooks";
import type { AnswerSet } from "../../engine/answers.ts";
import { sanitizeAnswerSet } from "../../engine/answers.ts";
import { evaluate } from "../../engine/index.ts";
import { indexMethod, type Method, type MethodData } from "../../engine/method-index.ts";
import type { Locale } from "../../i18n/locales.ts";
import type { EnquiryFormKey } from "../../i18n/packs/enquiry-form.ts";
import { createT, type Pack } from "../../i18n/translate.ts";
import {
  currentPicsVersion,
  type EnquiryErrorKey,
  type EnquiryFieldErrorCode,
  type EnquiryRequestErrorCode,
  enquiryEndpoint,
  enquiryErrorKey,
  interests,
  parseEnquiry,
  timings,
} from "../../lib/enquiry.ts";
import { enquiryPrefill } from "../../lib/enquiry-prefill.ts";
import { hongKongToday } from "../../lib/hong-kong-date.ts";
import { createFormatter } from "../../report/format.ts";

export interface EnquiryFormProps {
  locale: Locale;
  text: Pack<EnquiryFormKey>;
  errors: Pack<EnquiryErrorKey>;
  interestLabels: Record<string, string>;
  timingLabels: Record<string, string>;
  firmName: string;
  privacyOfficer: string;
  privacyEmail: string;
  privacyUrl: string;
  assessmentUrl: string;
  dataUrl: string;
}

const attachKey = "hk-readiness.attach";
const savedKey = "hk-readiness.assessment";

type Fields = {
  name: string;
  company: string;
  email: string;
  phone: string;
  role: string;
  interest: string;
  timing: string;
  message: string;
  website: string;
  marketingConsent: boolean;
};
const empty: Fields = {
  name: "",
  company: "",
  email: "",
  phone: "",
  role: "",
  interest: "",
  timing: "",
  message: "",
  website: "",
  marketingConsent: false,
};
const fieldOrder = ["name", "company", "email", "phone", "role", "interest", "timing", "message"] as const;

/** The assessment this browser holds: the one handed over by "talk to us", else saved progress. */
function readAssessmentAnswers(): unknown {
  try {
    const handed = sessionStorage.getItem(attachKey);
    if (handed) return JSON.parse(handed);
    const saved = localStorage.getItem(savedKey);
    if (saved) return (JSON.parse(saved) as { answerSet?: unknown }).answerSet;
  } catch {
    // Unreadable storage means there is nothing to attach.
  }
  return undefined;
}

function newKey(): string {
  return crypto.randomUUID();
}

export default function EnquiryForm(props: EnquiryFormProps) {
  const t = useMemo(() => createT(props.locale, props.text), [props.locale, props.text]);
  const errorText = useMemo(() => createT(props.locale, props.errors), [props.locale, props.errors]);
  const [fields, setFields] = useState<Fields>(empty);
  const [fieldErrors, setFieldErrors] = useState<Record<string, EnquiryFieldErrorCode>>({});
  const [requestError, setRequestError] = useState<EnquiryRequestErrorCode | null>(null);
  const [state, setState] = useState<"editing" | "sending" | "sent">("editing");
  const [reference, setReference] = useState("");
  const [method, setMethod] = useState<Method | null>(null);
  const [answerSet, setAnswerSet] = useState<AnswerSet | null>(null);
  const [attach, setAttach] = useState(false);
  const key = useRef(newKey());
  // Until the island has hydrated, the server-rendered fields stay disabled, so nothing typed early is lost.
  const [ready, setReady] = useState(false);
  useEffect(() => setReady(true), []);
  const summaryRef = useRef<HTMLDivElement>(null);
  const successRef = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    const raw = readAssessmentAnswers();
    if (raw === undefined) return;
    fetch(props.dataUrl)
      .then((r) => (r.ok ? (r.json() as Promise<MethodData>) : Promise.reject(new Error(String(r.status)))))
      .then((data) => {
        const m = indexMethod(data);
        const checked = sanitizeAnswerSet(m, raw);
        if (Object.keys(checked.value.answers).length === 0) return;
        setMethod(m);
        setAnswerSet(checked.value);
        setAttach(true);
      })
      .catch(() => {
        // Without the method data the form works; the assessment just cannot be attached.
      });
  }, [props.dataUrl]);

  const preview = useMemo(() => {
    if (!method || !answerSet) return null;
    const f = createFormatter(method, props.locale);
    const a = evaluate(method, { ...answerSet, startDate: answerSet.startDate ?? hongKongToday() });
    const answers = a.visibleQuestions
      .filter((id) => answerSet.answers[id] !== undefined)
      .map((id) => {
        const value = answerSet.answers[id];
        const shown = Array.isArray(value)
          ? value.map((v) => f.option(id, v)).join(", ")
          : typeof value === "string"
            ? f.option(id, value)
            : f.number(value as number);
        return { id, question: f.questionText(id), answer: shown };
      });
    return {
      overall: t("attachOverall", {
        score: f.number(a.readiness.overall.score),
        band: f.message(`band.${a.readiness.overall.band}`),
      }),
      path: t("attachPath", {
        path: f.message(`path.${a.soc2.engagement.path}`),
        criteria: a.soc2.criteria.criteriaCount,
      }),
      iso: a.iso42001.applicable ? t("attachIso", { days: f.number(a.iso42001.days.initial) }) : t("attachIsoNone"),
      answers,
    };
  }, [method, answerSet, props.locale]);

  // What the assessment already says: the interest and timing, filled in once (never over the visitor's own choice).
  useEffect(() => {
    if (!method || !answerSet) return;
    const a = evaluate(method, { ...answerSet, startDate: answerSet.startDate ?? hongKongToday() });
    const prefill = enquiryPrefill(a, answerSet.answers);
    setFields((current) => ({
      ...current,
      interest: current.interest || prefill.interest,
      timing: current.timing || prefill.timing,
    }));
  }, [method, answerSet]);

  const update = <K extends keyof Fields>(name: K, value: Fields[K]) => {
    setFields((current) => ({ ...current, [name]: value }));
    // New content is a new enquiry: a retry of unchanged content reuses the key, so it can never be stored twice.
    key.current = newKey();
    if (fieldErrors[name]) {
      const rest = { ...fieldErrors };
      delete rest[name];
      setFieldErrors(rest);
    }
  };

  const payload = () => ({
    ...Object.fromEntries(
      Object.entries(fields).filter(
        ([name, value]) => !(["role", "interest", "timing"].includes(name) && value === ""),
      ),
    ),
    locale: props.locale,
    picsVersion: currentPicsVersion,
    idempotencyKey: key.current,
    ...(attach && answerSet ? { attachment: { answerSet } } : {}),
  });

  const showFieldErrors = (list: readonly { path: string; code: EnquiryFieldErrorCode }[]) => {
    const next: Record<string, EnquiryFieldErrorCode> = {};
    for (const e of list) next[e.path.split(".")[0] ?? e.path] ??= e.code;
    setFieldErrors(next);
    setRequestError("invalid");
    requestAnimationFrame(() => summaryRef.current?.focus());
  };

  const submit = async (event: Event) => {
    event.preventDefault();
    if (state === "sending") return;
    const body = payload();
    const checked = parseEnquiry(body);
    if (!checked.ok) {
      showFieldErrors(checked.fields);
      return;
    }
    setFieldErrors({});
    setRequestError(null);
    setState("sending");
    try {
      const response = await fetch(enquiryEndpoint, {
        method: "POST",
        headers: { "Content-Type": "application/json", Accept: "application/json" },
        body: JSON.stringify(body),
      });
      const json = (await response.json().catch(() => ({}))) as {
        reference?: string;
        error?: EnquiryRequestErrorCode;
        fields?: { path: string; code: EnquiryFieldErrorCode }[];
      };
      if (response.ok && json.reference) {
        setReference(json.reference);
        setState("sent");
        try {
          sessionStorage.removeItem(attachKey);
        } catch {
          // Nothing to clean up.
        }
        requestAnimationFrame(() => successRef.current?.focus());
        return;
      }
      setState("editing");
      if (json.error === "invalid" && json.fields) showFieldErrors(json.fields);
      else {
        setRequestError(json.error ?? "server_error");
        requestAnimationFrame(() => summaryRef.current?.focus());
      }
    } catch {
      setState("editing");
      setRequestError("network");
      requestAnimationFrame(() => summaryRef.current?.focus());
    }
  };

  if (state === "sent") {
    return (
      <section class="card enquiry-success" aria-labelledby="enquiry-success-title">
        <h2 id="enquiry-success-title" tabIndex={-1} ref={successRef}>
          {t("successTitle")}
        </h2>
        <p>{t("successBody", { reference })}</p>
        {attach && answerSet && <p>{t("successAttached")}</p>}
        <button
          type="button"
          class="button secondary"
          onClick={() => {
            setFields(empty);
            key.current = newKey();
            setState("editing");
          }}
        >
          {t("another")}
        </button>
      </section>
    );
  }

  const errorOf = (name: string) => fieldErrors[name];
  const describedBy = (name: string, hint?: boolean) =>
    [hint ? `enquiry-${name}-hint` : "", errorOf(name) ? `enquiry-${name}-error` : ""].filter(Boolean).join(" ") ||
    undefined;
  const fieldError = (name: string) =>
    errorOf(name) ? (
      <p class="field-error" id={`enquiry-${name}-error`}>
        {errorText(enquiryErrorKey(errorOf(name) as EnquiryFieldErrorCode))}
      </p>
    ) : null;
  const label = (name: string, key: EnquiryFormKey, required: boolean) => (
    <label for={`enquiry-${name}`}>
      {t(key)} {required ? <span class="req">{t("required")}</span> : <span class="muted">{t("optional")}</span>}
    </label>
  );
  const input = (
    name: keyof Fields,
    key: EnquiryFormKey,
    type: string,
    required: boolean,
    autoComplete: string,
    hint?: EnquiryFormKey,
  ) => (
    <div class={`field${errorOf(name) ? " has-error" : ""}`}>
      {label(name, key, required)}
      {hint && (
        <p class="hint" id={`enquiry-${name}-hint`}>
          {t(hint)}
        </p>
      )}
      {fieldError(name)}
      <input
        id={`enquiry-${name}`}
        name={name}
        type={type}
        autoComplete={autoComplete}
        required={required}
        aria-invalid={errorOf(name) ? "true" : undefined}
        aria-describedby={describedBy(name, Boolean(hint))}
        value={fields[name] as string}
        onInput={(e) => update(name, (e.currentTarget as HTMLInputElement).value as never)}
      />
    </div>
  );
  const errorCount = Object.keys(fieldErrors).length;

  return (
    <form class="enquiry" noValidate onSubmit={submit} aria-labelledby="enquiry-title">
      <h2 id="enquiry-title">{t("title")}</h2>
      <p>{t("intro")}</p>

      {requestError && (
        <div class="callout warn" role="alert" tabIndex={-1} ref={summaryRef}>
          <p>
            <strong>{errorText(enquiryErrorKey(requestError))}</strong>
          </p>
          {errorCount > 0 && (
            <>
              <p>{t("errorSummary", { count: errorCount })}</p>
              <ul>
                {fieldOrder
                  .filter((name) => fieldErrors[name])
                  .map((name) => (
                    <li key={name}>
                      <a href={`#enquiry-${name}`}>{t(name as EnquiryFormKey)}</a>
                    </li>
                  ))}
              </ul>
            </>
          )}
        </div>
      )}

      <fieldset class="enquiry-fields" disabled={!ready}>
        <div class="field-grid">
          {input("name", "name", "text", true, "name")}
          {input("company", "company", "text", true, "organization")}
          {input("email", "email", "email", true, "email")}
          {input("phone", "phone", "tel", false, "tel", "phoneHint")}
          {input("role", "role", "text", false, "organization-title", "roleHint")}
        </div>

        {(
          [
            ["interest", "interest", interests, props.interestLabels],
            ["timing", "timing", timings, props.timingLabels],
          ] as const
        ).map(([name, key, options, labels]) => (
          <fieldset
            class={`field choice${errorOf(name) ? " has-error" : ""}`}
            key={name}
            aria-describedby={describedBy(name)}
          >
            <legend>
              {t(key)} <span class="muted">{t("optional")}</span>
            </legend>
            {fieldError(name)}
            <div class="options">
              {options.map((option) => (
                <div class={`option${fields[name] === option ? " is-checked" : ""}`} key={option}>
                  <input
                    type="radio"
                    id={`enquiry-${name}-${option}`}
                    name={name}
                    value={option}
                    checked={fields[name] === option}
                    onChange={() => update(name, option)}
                  />
                  <label for={`enquiry-${name}-${option}`}>{labels[option]}</label>
                </div>
              ))}
            </div>
          </fieldset>
        ))}

        <div class={`field${errorOf("message") ? " has-error" : ""}`}>
          {label("message", "message", false)}
          <p class="hint" id="enquiry-message-hint">
            {t("messageHint")}
          </p>
          {fieldError("message")}
          <textarea
            id="enquiry-message"
            name="message"
            rows={5}
            aria-invalid={errorOf("message") ? "true" : undefined}
            aria-describedby={describedBy("message", true)}
            value={fields.message}
            onInput={(e) => update("message", (e.currentTarget as HTMLTextAreaElement).value)}
          />
        </div>

        <div class="honeypot" aria-hidden="true">
          <label for="enquiry-website">{t("honeypot")}</label>
          <input
            id="enquiry-website"
            name="website"
            type="text"
            tabIndex={-1}
            autoComplete="off"
            value={fields.website}
            onInput={(e) => update("website", (e.currentTarget as HTMLInputElement).value)}
          />
        </div>

        <div class="field attach">
          {preview ? (
            <>
              <div class="option">
                <input
                  type="checkbox"
                  id="enquiry-attach"
                  checked={attach}
                  aria-describedby="enquiry-attach-hint"
                  onChange={(e) => {
                    setAttach((e.currentTarget as HTMLInputElement).checked);
                    key.current = newKey();
                  }}
                />
                <label for="enquiry-attach">{t("attach")}</label>
              </div>
              <p class="hint" id="enquiry-attach-hint">
                {t("attachHint")}
              </p>
              {attach && (
                <details class="attach-preview">
                  <summary>{t("attachPreview")}</summary>
                  <h3>{t("attachSummary")}</h3>
                  <ul>
                    <li>{preview.overall}</li>
                    <li>{preview.path}</li>
                    <li>{preview.iso}</li>
                  </ul>
                  <h3>{t("attachAnswers", { count: preview.answers.length })}</h3>
                  <dl>
                    {preview.answers.map((a) => (
                      <div key={a.id}>
                        <dt>{a.question}</dt>
                        <dd>{a.answer}</dd>
                      </div>
                    ))}
                  </dl>
                </details>
              )}
            </>
          ) : (
            <p class="hint">
              {t("attachNone")} <a href={props.assessmentUrl}>{t("attach")}</a>
            </p>
          )}
        </div>

        <section class="pics" aria-labelledby="pics-title">
          <h3 id="pics-title">{t("picsTitle")}</h3>
          <p>{t("pics1", { firm: props.firmName })}</p>
          <p>{t("pics2")}</p>
          <p>
            {t("pics3", { officer: props.privacyOfficer, privacyEmail: props.privacyEmail })}{" "}
            <a href={props.privacyUrl}>{t("privacyLink")}</a>
          </p>
        </section>

        <div class="option consent">
          <input
            type="checkbox"
            id="enquiry-marketing"
            name="marketingConsent"
            checked={fields.marketingConsent}
            onChange={(e) => update("marketingConsent", (e.currentTarget as HTMLInputElement).checked)}
          />
          <label for="enquiry-marketing">{t("marketing", { firm: props.firmName })}</label>
        </div>

        <div class="actions">
          <button type="submit" class="button" aria-disabled={state === "sending" ? "true" : undefined}>
            {state === "sending" ? t("sending") : requestError && requestError !== "invalid" ? t("retry") : t("submit")}
          </button>
        </div>
      </fieldset>
    </form>
  );
}
