/**
 * One section of the full assessment. Every question it asks must be answered to continue (to "check your answers");
 * the visitor may instead skip the section on purpose, and the results then say which figures are missing.
 */
import { useStore } from "@nanostores/preact";
import { useState } from "preact/hooks";
import { $answerSet, $tasks, $visibility, setSkipped } from "../../stores/assessment.ts";
import { navigate, routePath } from "../../stores/router.ts";
import { ErrorSummary } from "./ErrorSummary.tsx";
import { QuestionField } from "./QuestionField.tsx";
import { statusKey, ViewLink } from "./TaskList.tsx";
import { useViewHeading, type ViewProps } from "./view.ts";

/** The next section, after `sectionId`, that can be started and is not finished or skipped; undefined when none. */
export function nextOpenSection(tasks: readonly { sectionId: string; status: string }[], sectionId: string) {
  const index = tasks.findIndex((task) => task.sectionId === sectionId);
  return tasks.slice(index + 1).find((task) => task.status === "not_started" || task.status === "in_progress")
    ?.sectionId;
}

export function SectionStep({ t, format, method, base, moved, sectionId }: ViewProps & { sectionId: string }) {
  const visibility = useStore($visibility);
  const answerSet = useStore($answerSet);
  const list = useStore($tasks);
  const [attempt, setAttempt] = useState(0);
  const heading = useViewHeading(moved, `section-${sectionId}-${attempt > 0 ? "" : "start"}`);
  const section = method.questionnaire.sections.find((s) => s.id === sectionId);
  const tasks = list?.tasks ?? [];
  const position = tasks.findIndex((task) => task.sectionId === sectionId);
  const task = tasks[position];
  if (!section || !task || !visibility) {
    return (
      <div class="assess-view">
        <h1 class="assess-view-title">{t("section.unknown")}</h1>
        <ViewLink href={routePath(base, { name: "tasks" })} onGo={() => navigate({ name: "tasks" })}>
          {t("section.toTasks")}
        </ViewLink>
      </div>
    );
  }
  const questions = visibility.sections.find((s) => s.section.id === sectionId)?.questions ?? [];
  const answers = answerSet.answers;
  const missing = attempt > 0 ? questions.filter((q) => answers[q.id] === undefined) : [];
  const blocked = task.status === "cannot_start" || task.status === "not_needed";

  const next = (event: Event) => {
    event.preventDefault();
    // Read the store, not this render's answers: an answer given just before pressing the button may not have rendered.
    const latest = $answerSet.get().answers;
    const current = $visibility.get()?.sections.find((s) => s.section.id === sectionId)?.questions ?? [];
    if (current.some((q) => latest[q.id] === undefined)) {
      setAttempt((n) => n + 1);
      return;
    }
    setSkipped(sectionId, false);
    navigate({ name: "check", id: sectionId });
  };
  const skip = () => {
    setSkipped(sectionId, true);
    const after = nextOpenSection($tasks.get()?.tasks ?? [], sectionId);
    navigate(after ? { name: "section", id: after } : { name: "tasks" });
  };

  return (
    <form class="assess-view assess-step" noValidate onSubmit={next}>
      <p class="assess-crumbs small">
        <ViewLink href={routePath(base, { name: "tasks" })} onGo={() => navigate({ name: "tasks" })}>
          {t("section.toTasks")}
        </ViewLink>
        <span aria-hidden="true"> · </span>
        {t("section.position", { step: position + 1, steps: tasks.length })}
      </p>
      <h1 class="assess-view-title assess-step-title" tabIndex={-1} ref={heading}>
        {format.text(section.title)}
      </h1>
      {blocked ? (
        <p class="callout">
          {t(task.status === "not_needed" ? "section.notNeeded" : "section.cannotStart")}{" "}
          <strong>{t(statusKey[task.status])}</strong>
        </p>
      ) : (
        <>
          <p class="muted">
            {format.text(section.intro)}{" "}
            <span class="small">
              {t(questions.length === 1 ? "tasks.question" : "tasks.questions", { count: questions.length })} ·{" "}
              {t(task.minutes.max === 1 ? "tasks.minute" : "tasks.minutes", { count: task.minutes.max })} ·{" "}
              {t("assess.saved")}
            </span>
          </p>
          {section.kind === "controls" && (
            // Open on wide screens; on a phone the short hint under each answer is there, the full scale one tap away.
            <details class="assess-scale" open={!window.matchMedia("(max-width: 47.99rem)").matches}>
              <summary>{t("section.scaleTitle")}</summary>
              <dl class="assess-scale-legend">
                {(["none", "informal", "documented", "evidenced", "unknown"] as const).map((level) => (
                  <div key={level}>
                    <dt>{format.text(method.questionnaire.scale[level].label)}</dt>
                    <dd>{format.text(method.questionnaire.scale[level].hint)}</dd>
                  </div>
                ))}
              </dl>
            </details>
          )}
          <ErrorSummary t={t} format={format} missing={missing} attempt={attempt} />
          <div class={`assess-questions${section.kind === "controls" ? " is-compact" : ""}`}>
            {questions.map((question) => (
              <QuestionField
                key={question.id}
                question={question}
                value={answers[question.id]}
                t={t}
                format={format}
                method={method}
                showMissing={attempt > 0}
              />
            ))}
          </div>
          <div class="actions assess-nav">
            <button type="submit" class="button" id="assess-next">
              {t("section.continue")}
            </button>
            <button type="button" class="button secondary" id="assess-skip" onClick={skip}>
              {t("section.skip")}
            </button>
          </div>
        </>
      )}
    </form>
  );
}
