/**
 * The start page's only script: offers to continue answers saved in this browser, and sends a share link that was
 * opened at the start page's address to the results view. Reads storage only; no method data, no engine.
 */
import { useEffect, useState } from "preact/hooks";
import type { Locale } from "../../i18n/locales.ts";
import { createT, type Pack } from "../../i18n/translate.ts";

/** The UI strings this island shows (the page passes just these). */
export type ResumeKey = "start.resumeTitle" | "start.resumeBody" | "start.resumeContinue" | "start.resumeResults";

interface Props {
  base: string;
  locale: Locale;
  text: Pack<ResumeKey>;
}

const storageKey = "hk-readiness.assessment";

export default function AssessmentResume({ base, locale, text }: Props) {
  const t = createT(locale, text);
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
      <h2 id="start-resume">{t("start.resumeTitle")}</h2>
      <p>{t("start.resumeBody", { count: answered })}</p>
      <p class="actions">
        <a class="button" href={`${base}tasks/`}>
          {t("start.resumeContinue")}
        </a>
        <a class="button secondary" href={`${base}results/`}>
          {t("start.resumeResults")}
        </a>
      </p>
    </section>
  );
}
