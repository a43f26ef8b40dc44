/**
 * Where the assessment the form can attach comes from: this browser's storage (the one handed over by "talk to us",
 * else saved progress). No engine code here: what the form shows of it is attachment-summary.ts, loaded only when
 * there is something to attach.
 */

const attachKey = "hk-readiness.attach";
const savedKey = "hk-readiness.assessment";

/** The assessment this browser holds: the one handed over by "talk to us", else saved progress. */
export function readAssessmentAnswers(): unknown {
  try {
    const handed = sessionStorage.getItem(attachKey);
    if (handed) return JSON.parse(handed);
    const saved = localStorage.getItem(savedKey);
    if (saved) return (JSON.parse(saved) as { answerSet?: unknown }).answerSet;
  } catch {
    // Unreadable storage means there is nothing to attach.
  }
  return undefined;
}

/** After a successful send: the handed-over assessment is not offered again. */
export function forgetHandedAssessment(): void {
  try {
    sessionStorage.removeItem(attachKey);
  } catch {
    // Nothing to clean up.
  }
}
