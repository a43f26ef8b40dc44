/** "Check your answers" for one section: each question with the answer given and a link to change it. */
import { useStore } from "@nanostores/preact";
import { answerText } from "../../report/answer-text.ts";
import { $answerSet, $tasks, $visibility } from "../../stores/assessment.ts";
import { navigate, routePath } from "../../stores/router.ts";
import { nextOpenSection } from "./SectionStep.tsx";
import { ViewLink } from "./TaskList.tsx";
import { useViewHeading, type ViewProps } from "./view.ts";

export function CheckAnswers({ t, format, method, base, moved, sectionId }: ViewProps & { sectionId: string }) {
  const visibility = useStore($visibility);
  const answerSet = useStore($answerSet);
  const heading = useViewHeading(moved, `check-${sectionId}`);
  const section = method.questionnaire.sections.find((s) => s.id === sectionId);
  const questions = visibility?.sections.find((s) => s.section.id === sectionId)?.questions ?? [];
  const sectionPath = routePath(base, { name: "section", id: sectionId });
  const confirm = () => {
    const list = $tasks.get();
    const after = list ? nextOpenSection(list.tasks, sectionId) : undefined;
    if (after) navigate({ name: "section", id: after });
    else navigate(list && list.done === list.tasks.length ? { name: "results" } : { name: "tasks" });
  };
  return (
    <div class="assess-view assess-check">
      <p class="assess-crumbs small">
        <ViewLink href={routePath(base, { name: "tasks" })} onGo={() => navigate({ name: "tasks" })}>
          {t("section.toTasks")}
        </ViewLink>
      </p>
      <h1 class="assess-view-title" tabIndex={-1} ref={heading}>
        {t("check.title", { section: section ? format.text(section.title) : sectionId })}
      </h1>
      <dl class="check-list">
        {questions.map((question) => (
          <div key={question.id} class="check-row">
            <dt>{format.text(question.text)}</dt>
            <dd>{answerText(format, question, answerSet.answers[question.id]) ?? t("check.notAnswered")}</dd>
            <dd class="check-change">
              <a
                href={`${sectionPath}#q-${question.id}`}
                onClick={(e) => {
                  e.preventDefault();
                  navigate({ name: "section", id: sectionId }, { hash: `#q-${question.id}` });
                }}
              >
                {t("check.change")}
                <span class="visually-hidden">: {format.text(question.text)}</span>
              </a>
            </dd>
          </div>
        ))}
      </dl>
      <div class="actions assess-nav">
        <button type="button" class="button" id="assess-next" onClick={confirm}>
          {t("check.confirm")}
        </button>
      </div>
    </div>
  );
}
