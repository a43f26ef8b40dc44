/**
 * The form's field components: a text input, a radio group, the message, and the hidden honeypot. Each shows its
 * label ("required" or "optional"), its hint and its error, and ties them to the control with `aria-describedby`;
 * ids are `enquiry-<name>`, `enquiry-<name>-hint` and `enquiry-<name>-error` (the error summary links to the first).
 * `createFields` binds them to the form's texts, values and errors once per render (plain render functions, not
 * Preact components: the island's initial JavaScript stays as small as when they were inline).
 */
import type { EnquiryFormKey } from "../../i18n/packs/enquiry-form.ts";
import type { Translator } from "../../i18n/translate.ts";
import { type EnquiryErrorKey, type EnquiryFieldErrorCode, enquiryErrorKey } from "../../lib/enquiry.ts";
import type { Fields } from "./form-model.ts";

/** What every field reads: the texts, the current values and errors, and how to change a value. */
export interface FieldKit {
  readonly t: Translator<EnquiryFormKey>;
  readonly errorText: Translator<EnquiryErrorKey>;
  readonly fields: Fields;
  readonly fieldErrors: Readonly<Record<string, EnquiryFieldErrorCode>>;
  readonly update: <K extends keyof Fields>(name: K, value: Fields[K]) => void;
}

export function createFields({ t, errorText, fields, fieldErrors, update }: FieldKit) {
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

  return {
    /** A one-line text input (name, company, email, phone, role); its label is the field's own text. */
    text: (
      name: "name" | "company" | "email" | "phone" | "role",
      type: string,
      required: boolean,
      autoComplete: string,
      hint?: EnquiryFormKey,
    ) => (
      <div class={`field${errorOf(name) ? " has-error" : ""}`}>
        {label(name, name, required)}
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
          value={fields[name]}
          onInput={(e) => update(name, (e.currentTarget as HTMLInputElement).value)}
        />
      </div>
    ),

    /** An optional radio group (interest, timing) with its options' labels. */
    choice: (name: "interest" | "timing", options: readonly string[], labels: Record<string, string>) => (
      <fieldset class={`field choice${errorOf(name) ? " has-error" : ""}`} aria-describedby={describedBy(name)}>
        <legend>
          {t(name)} <span class="muted">{t("optional")}</span>
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
    ),

    /** The optional free-text message. */
    message: () => (
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
    ),

    /** A field people never see and bots fill in (the server accepts it and stores nothing). */
    honeypot: () => (
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
    ),
  };
}
