/** Figures the answers cannot support yet (with what to answer), and what a first estimate assumes. */
import { routePath } from "../../../stores/router.ts";
import type { ResultsContext } from "./context.ts";

export function MissingFigures({ t, format, method, results, base }: ResultsContext) {
  const { withheld, assumed } = results.missing;
  if (withheld.length === 0 && assumed.length === 0) return null;
  const sectionLink = (id: string) => {
    const section = method.sectionOfQuestion.get(id);
    return section
      ? `${routePath(base, { name: "section", id: section.id })}#q-${id}`
      : routePath(base, { name: "tasks" });
  };
  return (
    <div class="missing">
      {withheld.length > 0 && (
        <div class="callout warn" data-figure="missing">
          <p>
            <strong>{t("missing.title")}</strong> {t("missing.intro")}
          </p>
          <ul>
            {withheld.map((item) => (
              <li key={item.figure}>
                <strong>{format.message(`figure.${item.figure}`)}</strong>: {t("missing.answer")}{" "}
                {item.questions.map((id, i) => (
                  <span key={id}>
                    {i > 0 && "; "}
                    <a href={sectionLink(id)}>{format.questionText(id)}</a>
                  </span>
                ))}
              </li>
            ))}
          </ul>
        </div>
      )}
      {assumed.length > 0 && (
        <details class="assumed" data-figure="assumed">
          <summary>{t("missing.assumedTitle", { count: assumed.length })}</summary>
          <p>{t("missing.assumedIntro")}</p>
          <ul>
            {assumed.map((id) => (
              <li key={id}>{format.questionText(id)}</li>
            ))}
          </ul>
        </details>
      )}
    </div>
  );
}
