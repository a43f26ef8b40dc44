/** One questionnaire step at a time, with a section list, progress, and back / next. */
import { useStore } from "@nanostores/preact";
import { useEffect, useRef, useState } from "preact/hooks";
import type { Question } from "../../engine/schema.ts";
import type { Formatter } from "../../report/format.ts";
import { $answerSet, $assessment, $method, $visibility, go } from "../../stores/assessment.ts";
import type { T } from "../i18n.ts";
import { QuestionField } from "./QuestionField.tsx";

interface Props {
  t: T;
  format: Formatter;
  stepIndex: number;
}

export function Questionnaire({ t, format, stepIndex }: Props) {
  const visibility = useStore($visibility);
  const answerSet = useStore($answerSet);
  const assessment = useStore($assessment);
  const method = useStore($method);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const summaryRef = useRef<HTMLDivElement>(null);
  const [showMissing, setShowMissing] = useState(false);
  const sections = visibility?.sections ?? [];
  const index = Math.min(stepIndex, Math.max(0, sections.length - 1));
  const step = sections[index];

  // Moving between steps puts focus on the step's heading so keyboard and screen-reader users start at the top.
  useEffect(() => {
    setShowMissing(false);
    headingRef.current?.focus();
    if (!window.matchMedia("(prefers-reduced-motion: reduce)").matches) {
      headingRef.current?.scrollIntoView({ block: "start", behavior: "smooth" });
    } else {
      headingRef.current?.scrollIntoView({ block: "start" });
    }
  }, [index]);

  if (!step || !assessment || !method) return null;
  const answers = answerSet.answers;
  const missing = step.questions.filter((q) => answers[q.id] === undefined);
  const isLast = index === sections.length - 1;
  const answered = assessment.completeness.answered;
  const total = assessment.completeness.total;

  const next = () => {
    // Read the store, not this render's answers: an answer given just before Next may not have re-rendered yet.
    const latest = $answerSet.get().answers;
    const stillMissing = step.questions.filter((q) => latest[q.id] === undefined);
    if (stillMissing.length > 0 && !showMissing) {
      setShowMissing(true);
      requestAnimationFrame(() => summaryRef.current?.focus());
      return;
    }
    go(isLast ? { name: "results" } : { name: "step", index: index + 1 });
  };

  const status = (questions: readonly Question[]) => {
    const done = questions.filter((q) => answers[q.id] !== undefined).length;
    if (done === questions.length) return "complete";
    return done === 0 ? "notStarted" : "inProgress";
  };

  return (
    <div class="assess-layout">
      <nav class="assess-sections" aria-label={t("assess.sections")}>
        <h2 class="assess-sections-title">{t("assess.sections")}</h2>
        <ol>
          {sections.map((s, i) => {
            const state = status(s.questions);
            return (
              <li key={s.section.id}>
                <button
                  type="button"
                  class={`assess-section-link is-${state}`}
                  aria-current={i === index ? "step" : undefined}
                  onClick={() => go({ name: "step", index: i })}
                >
                  <span class="assess-section-name">{format.text(s.section.title)}</span>
                  <span class="assess-section-state">
                    {state === "complete"
                      ? t("assess.complete")
                      : state === "inProgress"
                        ? t("assess.inProgress")
                        : t("assess.notStarted")}
                  </span>
                </button>
              </li>
            );
          })}
        </ol>
      </nav>

      <div class="assess-step">
        <div class="assess-progress">
          <label for="assess-progress-bar">{t("assess.progressLabel")}</label>
          <progress id="assess-progress-bar" max={total} value={answered} />
          <p class="small muted" aria-live="polite">
            {t("assess.progress", { answered, total })} ·{" "}
            {t("assess.stepOf", { step: index + 1, steps: sections.length })} · {t("assess.saved")}
          </p>
        </div>

        <h2 class="assess-step-title" tabIndex={-1} ref={headingRef}>
          {format.text(step.section.title)}
        </h2>
        <p class="muted">{format.text(step.section.intro)}</p>

        {step.section.kind === "controls" && (
          <details class="assess-scale">
            <summary>{t("assess.scaleTitle")}</summary>
            <dl>
              {(["none", "informal", "documented", "evidenced", "na", "unknown"] as const).map((level) => (
                <div key={level}>
                  <dt>{format.text(method.questionnaire.scale[level].label)}</dt>
                  <dd>{format.text(method.questionnaire.scale[level].hint)}</dd>
                </div>
              ))}
            </dl>
          </details>
        )}

        {showMissing && missing.length > 0 && (
          <div class="callout warn" role="alert" tabIndex={-1} ref={summaryRef}>
            <p>{t("assess.unanswered", { count: missing.length })}</p>
            <ul>
              {missing.map((q) => (
                <li key={q.id}>
                  <a href={`#q-${q.id}`}>{format.text(q.text)}</a>
                </li>
              ))}
            </ul>
          </div>
        )}

        <div class="assess-questions">
          {step.questions.map((question) => (
            <QuestionField
              key={question.id}
              question={question}
              value={answers[question.id]}
              t={t}
              format={format}
              showMissing={showMissing}
              method={method}
            />
          ))}
        </div>

        <div class="actions assess-nav">
          {index > 0 ? (
            <button type="button" class="button secondary" onClick={() => go({ name: "step", index: index - 1 })}>
              {t("assess.back")}
            </button>
          ) : (
            <button type="button" class="button secondary" onClick={() => go({ name: "intro" })}>
              {t("assess.back")}
            </button>
          )}
          <button type="button" class="button" id="assess-next" onClick={next}>
            {isLast ? t("assess.finish") : t("assess.next")}
          </button>
        </div>
      </div>
    </div>
  );
}
