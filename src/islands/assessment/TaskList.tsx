/**
 * The task list (GOV.UK "complete multiple tasks" pattern): every section with its status, its number of questions and
 * an honest time. Sections that do not apply are shown as not needed; control sections wait for the profile.
 */
import { useStore } from "@nanostores/preact";
import type { TaskStatus } from "../../engine/tasks.ts";
import type { UiKey } from "../../i18n/packs/ui.ts";
import { $answerSet, $tasks, startOver } from "../../stores/assessment.ts";
import { navigate, routePath } from "../../stores/router.ts";
import { useViewHeading, type ViewProps } from "./view.ts";

export const statusKey: Record<TaskStatus, UiKey> = {
  not_started: "tasks.notStarted",
  in_progress: "tasks.inProgress",
  completed: "tasks.completed",
  skipped: "tasks.skipped",
  cannot_start: "tasks.cannotStart",
  not_needed: "tasks.notNeeded",
};

/** A link that moves within the page (with a real URL for a new tab or a reload). */
export function ViewLink(props: {
  href: string;
  onGo: () => void;
  class?: string;
  id?: string;
  children: preact.ComponentChildren;
}) {
  return (
    <a
      href={props.href}
      class={props.class}
      id={props.id}
      onClick={(e) => {
        if (e.metaKey || e.ctrlKey || e.shiftKey || e.button !== 0) return;
        e.preventDefault();
        props.onGo();
      }}
    >
      {props.children}
    </a>
  );
}

export function TaskList({ t, format, method, base, moved }: ViewProps) {
  const list = useStore($tasks);
  const answerSet = useStore($answerSet);
  const heading = useViewHeading(moved, "tasks");
  if (!list) return null;
  const total = list.tasks.length;
  const answered = Object.keys(answerSet.answers).length > 0;
  const range = (min: number, max: number, one: UiKey, many: UiKey, between: UiKey) =>
    min === max ? t(min === 1 ? one : many, { count: min }) : t(between, { min, max });

  const row = (task: (typeof list.tasks)[number]) => {
    const section = method.questionnaire.sections.find((s) => s.id === task.sectionId);
    if (!section) return null;
    const title = format.text(section.title);
    const open = task.status !== "cannot_start" && task.status !== "not_needed";
    const hintId = `task-${task.sectionId}-hint`;
    return (
      <li key={task.sectionId} class={`task is-${task.status}`}>
        <div class="task-name">
          {open ? (
            <ViewLink
              href={routePath(base, { name: "section", id: task.sectionId })}
              onGo={() => navigate({ name: "section", id: task.sectionId })}
            >
              <span aria-describedby={hintId}>{title}</span>
            </ViewLink>
          ) : (
            <span>{title}</span>
          )}
          <span class="task-hint small muted" id={hintId}>
            {task.status === "not_needed"
              ? t("tasks.notNeededHint")
              : `${range(task.questions.min, task.questions.max, "tasks.question", "tasks.questions", "tasks.questionsRange")} · ${range(
                  task.minutes.min,
                  task.minutes.max,
                  "tasks.minute",
                  "tasks.minutes",
                  "tasks.minutesRange",
                )}`}
          </span>
        </div>
        <strong class={`tag tag-${task.status}`}>{t(statusKey[task.status])}</strong>
      </li>
    );
  };

  return (
    <div class="assess-view assess-tasks">
      <h1 class="assess-view-title" tabIndex={-1} ref={heading}>
        {t("tasks.title")}
      </h1>
      <p>
        {t("tasks.summary", { done: list.done, total })} {t("tasks.intro")}
      </p>
      <div class="actions">
        {answered && (
          <ViewLink
            class="button"
            href={routePath(base, { name: "results" })}
            onGo={() => navigate({ name: "results" })}
          >
            {list.done === total ? t("tasks.results") : t("tasks.resultsSoFar")}
          </ViewLink>
        )}
        <ViewLink
          class="button secondary"
          href={routePath(base, { name: "quick" })}
          onGo={() => navigate({ name: "quick" })}
        >
          {t("tasks.quick")}
        </ViewLink>
      </div>
      {(["profile", "controls"] as const).map((kind) => (
        <section key={kind} class="task-group" aria-labelledby={`tasks-${kind}`}>
          <h2 id={`tasks-${kind}`}>{t(kind === "profile" ? "tasks.profile" : "tasks.controls")}</h2>
          {kind === "controls" && !list.profileDone && <p class="small muted">{t("tasks.controlsWait")}</p>}
          <ul class="task-list">{list.tasks.filter((task) => task.kind === kind).map(row)}</ul>
        </section>
      ))}
      {answered && (
        <p>
          <button
            type="button"
            class="button secondary"
            onClick={() => {
              if (window.confirm(t("assess.startOverConfirm"))) {
                startOver();
                navigate({ name: "tasks" }, { replace: true });
              }
            }}
          >
            {t("assess.startOver")}
          </button>
        </p>
      )}
    </div>
  );
}
