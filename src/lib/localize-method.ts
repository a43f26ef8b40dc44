import type { MethodData } from "../engine/method-index.ts";
import type { Locale } from "../i18n/locales.ts";

/**
 * The method data for one language: every {en, zh-hk} text keeps only that language (the other becomes ""), which
 * halves what the browser downloads. The engine reads ids and numbers only, so results are unchanged.
 */
export function localizeMethodData(data: MethodData, locale: Locale): MethodData {
  const walk = (value: unknown): unknown => {
    if (Array.isArray(value)) return value.map(walk);
    if (!value || typeof value !== "object") return value;
    const record = value as Record<string, unknown>;
    if (typeof record.en === "string" && typeof record["zh-hk"] === "string" && Object.keys(record).length === 2) {
      return locale === "en" ? { en: record.en, "zh-hk": "" } : { en: "", "zh-hk": record["zh-hk"] };
    }
    return Object.fromEntries(Object.entries(record).map(([k, v]) => [k, walk(v)]));
  };
  return walk(data) as MethodData;
}
