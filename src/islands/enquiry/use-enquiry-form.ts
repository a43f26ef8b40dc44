/**
 * The enquiry form's state and submission: the fields, their errors (validated with the same zod schema as the
 * server before sending, and as the server answered), the request error, the idempotency key (renewed whenever the
 * content changes, kept across retries of the same content, so an enquiry is never stored twice), and the editing →
 * sending → sent states. Focus moves to the error summary or the success heading. The interest and timing are filled
 * in once from the attached assessment, never over the visitor's own choice.
 */
import { useEffect, useRef, useState } from "preact/hooks";
import type { Locale } from "../../i18n/locales.ts";
import {
  type EnquiryFieldErrorCode,
  type EnquiryRequestErrorCode,
  enquiryEndpoint,
  parseEnquiry,
} from "../../lib/enquiry.ts";
import { forgetHandedAssessment } from "./attached-assessment.ts";
import type { Attachment } from "./attachment-summary.ts";
import { buildEnquiryPayload, emptyFields, type Fields, toFieldErrors } from "./form-model.ts";

export type FormState = "editing" | "sending" | "sent";

/** What the server answers: a reference, or an error code with the failing fields. */
interface EnquiryResponse {
  reference?: string;
  error?: EnquiryRequestErrorCode;
  fields?: { path: string; code: EnquiryFieldErrorCode }[];
}

const newKey = (): string => crypto.randomUUID();

export function useEnquiryForm(options: {
  locale: Locale;
  /** The assessment this browser holds, once loaded (use-attached-assessment.ts). */
  attachment: Attachment | null;
  /** Whether the visitor keeps it attached. */
  attach: boolean;
}) {
  const { locale, attachment, attach } = options;
  const [fields, setFields] = useState<Fields>(emptyFields);
  const [fieldErrors, setFieldErrors] = useState<Record<string, EnquiryFieldErrorCode>>({});
  const [requestError, setRequestError] = useState<EnquiryRequestErrorCode | null>(null);
  const [state, setState] = useState<FormState>("editing");
  const [reference, setReference] = useState("");
  const key = useRef(newKey());
  // Until the island has hydrated, the server-rendered fields stay disabled, so nothing typed early is lost.
  const [ready, setReady] = useState(false);
  useEffect(() => setReady(true), []);
  const summaryRef = useRef<HTMLDivElement>(null);
  const successRef = useRef<HTMLHeadingElement>(null);

  // What the assessment already says: the interest and timing, filled in once (never over the visitor's own choice).
  useEffect(() => {
    if (!attachment) return;
    const { prefill } = attachment;
    setFields((current) => ({
      ...current,
      interest: current.interest || prefill.interest,
      timing: current.timing || prefill.timing,
    }));
  }, [attachment]);

  /** New content is a new enquiry: a retry of unchanged content reuses the key, so it can never be stored twice. */
  const renewKey = () => {
    key.current = newKey();
  };

  const update = <K extends keyof Fields>(name: K, value: Fields[K]) => {
    setFields((current) => ({ ...current, [name]: value }));
    renewKey();
    if (fieldErrors[name]) {
      const rest = { ...fieldErrors };
      delete rest[name];
      setFieldErrors(rest);
    }
  };

  const focusSummary = () => requestAnimationFrame(() => summaryRef.current?.focus());

  const showFieldErrors = (list: readonly { path: string; code: EnquiryFieldErrorCode }[]) => {
    setFieldErrors(toFieldErrors(list));
    setRequestError("invalid");
    focusSummary();
  };

  const submit = async (event: Event) => {
    event.preventDefault();
    if (state === "sending") return;
    const body = buildEnquiryPayload(fields, {
      locale,
      idempotencyKey: key.current,
      answerSet: attach ? attachment?.answerSet : null,
    });
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
      const json = (await response.json().catch(() => ({}))) as EnquiryResponse;
      if (response.ok && json.reference) {
        setReference(json.reference);
        setState("sent");
        forgetHandedAssessment();
        requestAnimationFrame(() => successRef.current?.focus());
        return;
      }
      setState("editing");
      if (json.error === "invalid" && json.fields) showFieldErrors(json.fields);
      else {
        setRequestError(json.error ?? "server_error");
        focusSummary();
      }
    } catch {
      setState("editing");
      setRequestError("network");
      focusSummary();
    }
  };

  /** "Send another enquiry": empty fields, a new key, back to editing. */
  const reset = () => {
    setFields(emptyFields);
    renewKey();
    setState("editing");
  };

  return {
    fields,
    update,
    fieldErrors,
    requestError,
    state,
    reference,
    ready,
    submit,
    reset,
    renewKey,
    summaryRef,
    successRef,
  };
}

export type EnquiryFormModel = ReturnType<typeof useEnquiryForm>;
