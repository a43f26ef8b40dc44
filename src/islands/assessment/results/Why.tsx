import type { Method } from "../../../engine/method-index.ts";
import type { TraceStep } from "../../../engine/trace.ts";
import type { UiT as T } from "../../../i18n/packs/ui.ts";
import type { Formatter } from "../../../report/format.ts";

/** "Why this number": the figure's trace, one line per step, each with the exact factor it used. */
export function Why({
  t,
  steps,
  format,
  open,
}: {
  t: T;
  steps: readonly TraceStep[];
  format: Formatter;
  open: boolean;
}) {
  return (
    <details class="why" open={open}>
      <summary>{t("results.whyNumber")}</summary>
      <ol>
        {steps.map((step, i) => (
          <li key={i}>{format.step(step)}</li>
        ))}
      </ol>
    </details>
  );
}

/** The finding of a control (its gap text), never the control statement. */
export function findingOf(method: Method, format: Formatter, id: string): string {
  const question = method.questionsById.get(id);
  return question?.type === "maturity" ? format.text(question.gap) : format.questionText(id);
}
