import type { APIRoute } from "astro";
import type { MethodData } from "../../../engine/method-index.ts";
import { isLocale, locales } from "../../../i18n/locales.ts";
import { localizeMethodData } from "../../../lib/localize-method.ts";
import { method } from "../../../lib/method-data.ts";

/** The validated method data for the assessment island, one file per language (built at build time). */
export function getStaticPaths() {
  return locales.map((lang) => ({ params: { lang } }));
}

export const GET: APIRoute = ({ params }) => {
  const locale = isLocale(params.lang) ? params.lang : "en";
  const data: MethodData = {
    questionnaire: method.questionnaire,
    estimation: method.estimation,
    frameworks: method.frameworks,
    regulators: method.regulators,
    messages: method.messages,
    changelog: method.changelog,
  };
  return new Response(JSON.stringify(localizeMethodData(data, locale)), {
    headers: { "Content-Type": "application/json; charset=utf-8" },
  });
};
