/** The Hong Kong regulatory expectations that apply, each folded to its title until opened. */
import { overlayWhy } from "../../../engine/overlay.ts";
import type { ResultsContext } from "./context.ts";

export function OverlaySection({ t, format, method, results, print }: ResultsContext) {
  const { assessment } = results;
  const withheld = results.missing.withheld.some((w) => w.figure === "overlay");
  return (
    <section aria-labelledby="results-overlay" class="results-section" id="overlay">
      <h2 tabIndex={-1} id="results-overlay">
        {t("results.overlayTitle")}
      </h2>
      {withheld && <p class="callout">{t("missing.overlay")}</p>}
      {assessment.overlay.length === 0 ? (
        <p>{t("results.overlayNone")}</p>
      ) : (
        <ul class="overlay">
          {assessment.overlay.map((item) => {
            const e = method.regulators.expectations.find((x) => x.id === item.id);
            const regulator = method.regulators.regulators.find((r) => r.id === item.regulator);
            if (!e) return null;
            const gapCount = assessment.gaps.filter((g) => g.refs.hk.includes(item.id)).length;
            return (
              <li key={item.id} class="overlay-item">
                <details open={print}>
                  <summary>
                    <span class="small muted">{regulator ? format.text(regulator.name) : item.regulator}</span>{" "}
                    <strong>
                      {e.ref}: {format.text(e.title)}
                    </strong>
                  </summary>
                  <p>
                    <strong>{t("results.overlayExpects")}</strong>: {format.text(e.expects)}
                  </p>
                  <p>
                    <strong>{t("results.overlayWhy")}</strong>: {format.text(overlayWhy(method, item) ?? e.expects)}
                  </p>
                  {item.notes.map((note) => {
                    const text = e.notes[note.index]?.text;
                    return text ? (
                      <p key={note.index} class="overlay-note">
                        {format.text(text)}
                      </p>
                    ) : null;
                  })}
                  <p class="small">
                    {t("results.overlayRelated", { gaps: gapCount, controls: item.questions.length })} ·{" "}
                    <a href={e.url} rel="noopener noreferrer" target="_blank">
                      {t("results.overlaySource")}
                    </a>
                  </p>
                </details>
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
