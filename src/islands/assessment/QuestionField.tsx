/**
 * One question with native, labelled controls: plain-words hint under the question, a short hint under each answer of
 * the maturity scale, and "why we ask" with the references it evidences, collapsed.
 */
import { useState } from "preact/hooks";
import { type AnswerValue, toggleOption } from "../../engine/answers.ts";
import type { Method } from "../../engine/method-index.ts";
import type { Question } from "../../engine/schema.ts";
import type { UiT as T } from "../../i18n/packs/ui.ts";
import type { Formatter } from "../../report/format.ts";
import { setAnswer } from "../../stores/assessment.ts";

interface Props {
  question: Question;
  value: AnswerValue | undefined;
  t: T;
  format: Formatter;
  method: Method;
  showMissing: boolean;
}

const maturityOrder = ["none", "informal", "documented", "evidenced", "na", "unknown"] as const;

export function QuestionField({ question, value, t, format, method, showMissing }: Props) {
  const id = `q-${question.id}`;
  const errorId = `${id}-error`;
  const hintId = `${id}-hint`;
  const [numberText, setNumberText] = useState(typeof value === "number" ? String(value) : "");
  const [numberError, setNumberError] = useState(false);
  const missing = showMissing && value === undefined;
  const invalid = missing || numberError;
  const describedBy = [question.hint ? hintId : "", invalid ? errorId : ""].filter(Boolean).join(" ") || undefined;

  const hint = question.hint && (
    <p class="question-hint" id={hintId}>
      {format.text(question.hint)}
    </p>
  );
  const why = (
    <details class="assess-why">
      <summary>{t("assess.whyAsked")}</summary>
      <p>{format.text(question.help)}</p>
      {question.type === "maturity" && <References question={question} t={t} method={method} format={format} />}
    </details>
  );
  const error = invalid && (
    <p class="field-error" id={errorId}>
      {numberError && question.type === "number"
        ? t("assess.numberInvalid", { min: question.min, max: question.max })
        : t("assess.required")}
    </p>
  );

  if (question.type === "number") {
    const commit = (text: string) => {
      setNumberText(text);
      const trimmed = text.trim().replace(/[,\s]/g, "");
      if (trimmed === "") {
        setNumberError(false);
        setAnswer(question.id, undefined);
        return;
      }
      const n = Number(trimmed);
      const ok = /^\d+$/.test(trimmed) && n >= question.min && n <= question.max;
      setNumberError(!ok);
      setAnswer(question.id, ok ? n : undefined);
    };
    return (
      <div class={`question${invalid ? " has-error" : ""}`} id={id}>
        <label class="question-text" for={`${id}-input`}>
          {format.text(question.text)}
        </label>
        {hint}
        {error}
        <div class="number-field">
          <input
            id={`${id}-input`}
            type="text"
            inputMode="numeric"
            autoComplete="off"
            value={numberText}
            aria-invalid={invalid ? "true" : undefined}
            aria-describedby={describedBy}
            onInput={(e) => commit((e.currentTarget as HTMLInputElement).value)}
          />
          {question.unit && <span class="unit">{format.text(question.unit)}</span>}
        </div>
        {why}
      </div>
    );
  }

  const scale = method.questionnaire.scale;
  const options =
    question.type === "maturity"
      ? maturityOrder
          .filter((level) => level !== "na" || question.allowNa)
          .map((level) => ({
            id: level,
            label: format.text(scale[level].label),
            short: scale[level].short ? format.text(scale[level].short) : undefined,
          }))
      : question.options.map((o) => ({ id: o.id, label: format.text(o.label), short: undefined }));
  const multi = question.type === "multi";
  const selected = Array.isArray(value) ? value : typeof value === "string" ? [value] : [];

  const toggle = (optionId: string, checked: boolean) => {
    if (question.type !== "multi") {
      setAnswer(question.id, optionId);
      return;
    }
    // The exclusive-option rule is the engine's (toggleOption); the field only asks for the change.
    if (checked === selected.includes(optionId)) return;
    setAnswer(question.id, toggleOption(question, selected, optionId));
  };

  return (
    <fieldset
      class={`question${question.type === "maturity" ? " is-maturity" : ""}${invalid ? " has-error" : ""}`}
      id={id}
      aria-describedby={describedBy}
    >
      <legend class="question-text">{format.text(question.text)}</legend>
      {hint}
      {error}
      <div class={`options${question.type === "maturity" ? " scale" : ""}`}>
        {options.map((option) => {
          const inputId = `${id}-${option.id}`;
          const checked = selected.includes(option.id);
          return (
            <div class={`option${checked ? " is-checked" : ""}`} key={option.id}>
              <input
                type={multi ? "checkbox" : "radio"}
                id={inputId}
                name={id}
                value={option.id}
                checked={checked}
                onChange={(e) => toggle(option.id, (e.currentTarget as HTMLInputElement).checked)}
              />
              <label for={inputId}>
                {option.label}
                {option.short && <span class="option-hint">{option.short}</span>}
              </label>
            </div>
          );
        })}
      </div>
      {why}
    </fieldset>
  );
}

function References({ question, t, method, format }: { question: Question; t: T; method: Method; format: Formatter }) {
  if (question.type !== "maturity") return null;
  const hk = question.refs.hk
    .map((id) => method.regulators.expectations.find((e) => e.id === id))
    .filter((e) => e !== undefined)
    .map(
      (e) =>
        `${e.ref} (${format.text(method.regulators.regulators.find((r) => r.id === e.regulator)?.name ?? e.title)})`,
    );
  return (
    <dl class="refs">
      {question.refs.tsc.length > 0 && (
        <div>
          <dt>{t("assess.refsSoc2")}</dt>
          <dd>{question.refs.tsc.join(", ")}</dd>
        </div>
      )}
      {question.refs.iso.length > 0 && (
        <div>
          <dt>{t("assess.refsIso")}</dt>
          <dd>{question.refs.iso.join(", ")}</dd>
        </div>
      )}
      {hk.length > 0 && (
        <div>
          <dt>{t("assess.refsHk")}</dt>
          <dd>{hk.join("; ")}</dd>
        </div>
      )}
    </dl>
  );
}
