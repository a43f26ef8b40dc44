/**
 * The start page's only script: offers to continue answers saved in this browser, and sends a share link that was
 * opened at the start page's address to the results view. Reads storage only; no method data, no engine.
 */
import { useEffect, useState } from "preact/hooks";

interface Props {
  base: string;
  text: { title: string; body: string; continue: string; results: string };
}

const storageKey = "hk-readiness.assessment";

export default function AssessmentResume({ base, text }: Props) {
  const [answered, setAnswered] = useState(0);
  useEffect(() => {
    if (/^#v\d+\./.test(window.location.hash)) {
      window.location.replace(`${base}results/${window.location.hash}`);
      return;
    }
    try {
      const saved = JSON.parse(localStorage.getItem(storageKey) ?? "null") as {
        answerSet?: { answers?: object };
      } | null;
      setAnswered(Object.keys(saved?.answerSet?.answers ?? {}).length);
    } catch {
      // Unreadable or disabled storage: nothing to continue.
    }
  }, [base]);
  if (answered === 0) return null;
  return (
    <section class="callout start-resume" aria-labelledby="start-resume">
      <h2 id="start-resume">{text.title}</h2>
      <p>{text.body.replace("{count}", String(answered))}</p>
      <p class="actions">
        <a class="button" href={`${base}tasks/`}>
          {text.continue}
        </a>
        <a class="button secondary" href={`${base}results/`}>
          {text.results}
        </a>
      </p>
    </section>
  );
}
