/** The list of questions still to answer on a step, linked to each; it takes focus when shown. */
import { useEffect, useRef } from "preact/hooks";
import type { Question } from "../../engine/schema.ts";
import type { UiT as T } from "../../i18n/packs/ui.ts";
import type { Formatter } from "../../report/format.ts";

export function ErrorSummary({
  t,
  format,
  missing,
  attempt,
}: {
  t: T;
  format: Formatter;
  missing: readonly Question[];
  attempt: number;
}) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => ref.current?.focus(), [attempt]);
  if (missing.length === 0) return null;
  return (
    <div class="callout warn error-summary" role="alert" tabIndex={-1} ref={ref}>
      <p>
        <strong>
          {t(missing.length === 1 ? "assess.unansweredOne" : "assess.unanswered", { count: missing.length })}
        </strong>
      </p>
      <ul>
        {missing.map((q) => (
          <li key={q.id}>
            <a href={`#q-${q.id}`}>{format.text(q.text)}</a>
          </li>
        ))}
      </ul>
    </div>
  );
}
