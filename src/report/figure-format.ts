import type { Figure } from "../engine/published.ts";
import { intlLocale, type Locale } from "../i18n/locales.ts";

/** A published method figure as text: "6", "6.5", or a range "2–4" (en) / "2 至 4" (zh-hk). */
export function formatFigure(figure: Figure, locale: Locale): string {
  const number = new Intl.NumberFormat(intlLocale[locale], { maximumFractionDigits: 2 });
  if (figure.kind === "number") return number.format(figure.value);
  if (figure.min === figure.max) return number.format(figure.min);
  const separator = locale === "zh-hk" ? " 至 " : "–";
  return `${number.format(figure.min)}${separator}${number.format(figure.max)}`;
}

/**
 * Replaces `{{name}}` tokens in page text that cannot hold a component (front-matter FAQ answers, descriptions) with
 * the named method figure. An unknown name throws, so a typo fails the build instead of reaching a reader.
 */
export function fillFigures(text: string, figures: Readonly<Record<string, Figure>>, locale: Locale): string {
  return text.replace(/\{\{\s*([a-zA-Z0-9_.]+)\s*\}\}/g, (_, name: string) => {
    const figure = figures[name];
    if (!figure) throw new Error(`unknown method figure "${name}" (see src/engine/published.ts)`);
    return formatFigure(figure, locale);
  });
}
