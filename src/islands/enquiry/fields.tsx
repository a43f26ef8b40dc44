/**
 * The form's field components: a text input, a radio group, the message, and the hidden honeypot. Each shows its
 * label ("required" or "optional"), its hint and its error, and ties them to the control with `aria-describedby`;
 * ids are `enquiry-<name>`, `enquiry-<name>-hint` and `enquiry-<name>-error` (the error summary links to the first).
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

const describedBy = (kit: FieldKit, name: string, hint?: boolean) =>
  [hint ? `enquiry-${name}-hint` : "", kit.fieldErrors[name] ? `enquiry-${name}-error` : ""]
    .filter(Boolean)
    .join(" ") || undefined;

function FieldError({ kit, name }: { kit: FieldKit; name: string }) {
  const code = kit.fieldErrors[name];
  return code ? (
    <p class="field-error" id={`enquiry-${name}-error`}>
      {kit.errorText(enquiryErrorKey(code))}
    </p>
  ) : null;
}

function FieldLabel({
  kit,
  name,
  label,
  required,
}: {
  kit: FieldKit;
  name: string;
  label: EnquiryFormKey;
  required: boolean;
}) {
  const { t } = kit;
  return (
    <label for={`enquiry-${name}`}>
      {t(label)} {required ? <span class="req">{t("required")}</span> : <span class="muted">{t("optional")}</span>}
    </label>
  );
}

const fieldClass = (kit: FieldKit, name: string, base = "field") =>
  `${base}${kit.fieldErrors[name] ? " has-error" : ""}`;

/** A one-line text input (name, company, email, phone, role). */
export function TextField(props: {
  kit: FieldKit;
  name: "name" | "company" | "email" | "phone" | "role";
  type: string;
  required: boolean;
  autoComplete: string;
  hint?: EnquiryFormKey;
}) {
  const { kit, name, hint } = props;
  return (
    <div class={fieldClass(kit, name)}>
      <FieldLabel kit={kit} name={name} label={name} required={props.required} />
      {hint && (
        <p class="hint" id={`enquiry-${name}-hint`}>
          {kit.t(hint)}
        </p>
      )}
      <FieldError kit={kit} name={name} />
      <input
        id={`enquiry-${name}`}
        name={name}
        type={props.type}
        autoComplete={props.autoComplete}
        required={props.required}
        aria-invalid={kit.fieldErrors[name] ? "true" : undefined}
        aria-describedby={describedBy(kit, name, Boolean(hint))}
        value={kit.fields[name]}
        onInput={(e) => kit.update(name, (e.currentTarget as HTMLInputElement).value)}
      />
    </div>
  );
}

/** An optional radio group (interest, timing) with its options' labels. */
export function ChoiceField(props: {
  kit: FieldKit;
  name: "interest" | "timing";
  options: readonly string[];
  labels: Record<string, string>;
}) {
  const { kit, name } = props;
  return (
    <fieldset class={fieldClass(kit, name, "field choice")} aria-describedby={describedBy(kit, name)}>
      <legend>
        {kit.t(name)} <span class="muted">{kit.t("optional")}</span>
      </legend>
      <FieldError kit={kit} name={name} />
      <div class="options">
        {props.options.map((option) => (
          <div class={`option${kit.fields[name] === option ? " is-checked" : ""}`} key={option}>
            <input
              type="radio"
              id={`enquiry-${name}-${option}`}
              name={name}
              value={option}
              checked={kit.fields[name] === option}
              onChange={() => kit.update(name, option)}
            />
            <label for={`enquiry-${name}-${option}`}>{props.labels[option]}</label>
          </div>
        ))}
      </div>
    </fieldset>
  );
}

/** The optional free-text message. */
export function MessageField({ kit }: { kit: FieldKit }) {
  return (
    <div class={fieldClass(kit, "message")}>
      <FieldLabel kit={kit} name="message" label="message" required={false} />
      <p class="hint" id="enquiry-message-hint">
        {kit.t("messageHint")}
      </p>
      <FieldError kit={kit} name="message" />
      <textarea
        id="enquiry-message"
        name="message"
        rows={5}
        aria-invalid={kit.fieldErrors.message ? "true" : undefined}
        aria-describedby={describedBy(kit, "message", true)}
        value={kit.fields.message}
        onInput={(e) => kit.update("message", (e.currentTarget as HTMLTextAreaElement).value)}
      />
    </div>
  );
}

/** A field people never see and bots fill in: a filled one is accepted but not stored (the server decides). */
export function Honeypot({ kit }: { kit: FieldKit }) {
  return (
    <div class="honeypot" aria-hidden="true">
      <label for="enquiry-website">{kit.t("honeypot")}</label>
      <input
        id="enquiry-website"
        name="website"
        type="text"
        tabIndex={-1}
        autoComplete="off"
        value={kit.fields.website}
        onInput={(e) => kit.update("website", (e.currentTarget as HTMLInputElement).value)}
      />
    </div>
  );
}
