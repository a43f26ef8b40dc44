/**
 * The quick check: the questions flagged `quick` on one page (the profile facts that decide the report type, criteria
 * and audit days, then a few key controls), all required, then a first estimate on the results view.
 */
import { useStore } from "@nanostores/preact";
import { useMemo, useState } from "preact/hooks";
import { quickLimit, quickMethod } from "../../engine/quick.ts";
import { resolveVisibility } from "../../engine/visibility.ts";
import { $answerSet } from "../../stores/assessment.ts";
import { navigate } from "../../stores/router.ts";
import { ErrorSummary } from "./ErrorSummary.tsx";
import { QuestionField } from "./QuestionField.tsx";
import { useViewHeading, type ViewProps } from "./view.ts";

export function QuickCheck({ t, format, method, moved }: ViewProps) {
  const answerSet = useStore($answerSet);
  const cut = useMemo(() => quickMethod(method), [method]);
  const [attempt, setAttempt] = useState(0);
  const heading = useViewHeading(moved, "quick");
  const visible = resolveVisibility(cut, answerSet.answers).sections.flatMap((s) =>
    s.questions.map((q) => ({ question: q, kind: s.section.kind })),
  );
  const missing = attempt > 0 ? visible.filter((v) => answerSet.answers[v.question.id] === undefined) : [];
  const group = (kind: "profile" | "controls") => visible.filter((v) => v.kind === kind);

  const submit = (event: Event) => {
    event.preventDefault();
    const answers = $answerSet.get().answers;
    const latest = resolveVisibility(cut, answers).sections.flatMap((s) => s.questions);
    if (latest.some((q) => answers[q.id] === undefined)) {
      setAttempt((n) => n + 1);
      return;
    }
    navigate({ name: "results" });
  };

  return (
    <form class="assess-view assess-quick" noValidate onSubmit={submit}>
      <h1 class="assess-view-title" tabIndex={-1} ref={heading}>
        {t("quick.title")}
      </h1>
      <p class="lede-small">{t("quick.intro", { count: quickLimit })}</p>
      <ErrorSummary t={t} format={format} missing={missing.map((m) => m.question)} attempt={attempt} />
      {(["profile", "controls"] as const).map((kind) =>
        group(kind).length > 0 ? (
          <section key={kind} class="assess-group" aria-labelledby={`quick-${kind}`}>
            <h2 id={`quick-${kind}`}>{t(kind === "profile" ? "quick.profile" : "quick.controls")}</h2>
            {kind === "controls" && <p class="small muted">{t("quick.controlsIntro")}</p>}
            <div class="assess-questions">
              {group(kind).map(({ question }) => (
                <QuestionField
                  key={question.id}
                  question={question}
                  value={answerSet.answers[question.id]}
                  t={t}
                  format={format}
                  method={method}
                  showMissing={attempt > 0}
                />
              ))}
            </div>
          </section>
        ) : null,
      )}
      <div class="actions assess-nav">
        <button type="submit" class="button" id="assess-next">
          {t("quick.submit")}
        </button>
        <button type="button" class="button secondary" onClick={() => navigate({ name: "tasks" })}>
          {t("quick.toFull")}
        </button>
      </div>
    </form>
  );
}
