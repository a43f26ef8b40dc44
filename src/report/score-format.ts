import { intlLocale, type Locale } from "../i18n/locales.ts";

const formats = new Map<Locale, Intl.NumberFormat>();

/** A readiness score to exactly one decimal ("65.5", "85.0"), the same on the results, the PDF and the print view. */
export function formatScore(score: number, locale: Locale): string {
  let format = formats.get(locale);
  if (!format) {
    format = new Intl.NumberFormat(intlLocale[locale], { minimumFractionDigits: 1, maximumFractionDigits: 1 });
    formats.set(locale, format);
  }
  return format.format(score);
}
