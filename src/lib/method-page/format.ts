/**
 * The method page's formatting for one locale: numbers and percentages with Intl, day, month and week counts with the
 * page's units, banded-row labels ("1–25", "1,001 or more") and dates as precisely as the data gives them.
 */
import type { Method } from "../../engine/method-index.ts";
import type { Figure } from "../../engine/published.ts";
import type { BandId } from "../../engine/schema.ts";
import { intlLocale, type Locale, type MethodPageKey, type Translator, useTranslations } from "../../i18n/index.ts";
import { formatFigure } from "../../report/figure-format.ts";
import { createFormatter, type Formatter } from "../../report/format.ts";

/** The method page's string lookups: the translator over the method-page pack and its rich-text form. */
export interface MethodPageText {
  readonly t: Translator<MethodPageKey>;
  readonly rich: Translator<MethodPageKey>["rich"];
}

/** The method page's strings in one locale (`useTranslations(locale, "methodPage")`). */
export function methodPageText(locale: Locale): MethodPageText {
  const t = useTranslations(locale, "methodPage");
  return { t, rich: t.rich };
}

export interface PageFormat {
  readonly locale: Locale;
  readonly t: MethodPageText["t"];
  readonly rich: MethodPageText["rich"];
  /** Message keys and option labels of the method, in the locale. */
  readonly f: Formatter;
  readonly n: (value: number) => string;
  /** A value given in percent (5 means 5%). */
  readonly percent: (value: number) => string;
  /** A ratio (0.25 means 25%), to whole percent. */
  readonly ratio: (value: number) => string;
  readonly days: (value: number) => string;
  readonly months: (value: number) => string;
  readonly weeks: (value: number) => string;
  readonly factor: (value: number) => string;
  readonly band: (id: BandId) => string;
  readonly scaleLabel: (id: keyof Method["questionnaire"]["scale"]) => string;
  /** "a, b or c" in the locale. */
  readonly listOr: (items: readonly string[]) => string;
  readonly rangeText: (figure: Figure) => string;
  /** Label of row `index` of a banded table: "1–25", "26–100", …, "1,001 or more" (rows start at 1, as in the engine). */
  readonly rangeLabel: (rows: readonly { max: number | null }[], index: number) => string;
  /** YYYY-MM-DD, YYYY-MM or YYYY, shown as precisely as the data gives it. */
  readonly formatDate: (value: string) => string;
}

export function pageFormat(method: Method, locale: Locale, text: MethodPageText): PageFormat {
  const { t, rich } = text;
  const f = createFormatter(method, locale);
  const { questionnaire } = method;
  const tag = intlLocale[locale];
  const numberFormat = new Intl.NumberFormat(tag, { maximumFractionDigits: 2 });
  const percentFormat = new Intl.NumberFormat(tag, { style: "percent", maximumFractionDigits: 1 });
  const ratioFormat = new Intl.NumberFormat(tag, { style: "percent", maximumFractionDigits: 0 });
  const listOr = new Intl.ListFormat(tag, { type: "disjunction" });
  const n = (value: number) => numberFormat.format(value);

  function rangeLabel(rows: readonly { max: number | null }[], index: number): string {
    const row = rows[index];
    const previous = rows[index - 1];
    const from = previous?.max == null ? 1 : previous.max + 1;
    if (row?.max == null) return t("range.andAbove", { from: n(from) });
    return row.max === from ? n(from) : t("range.between", { from: n(from), to: n(row.max) });
  }

  const dateFormat = new Intl.DateTimeFormat(tag, { dateStyle: "long", timeZone: "UTC" });
  const monthFormat = new Intl.DateTimeFormat(tag, { year: "numeric", month: "long", timeZone: "UTC" });
  function formatDate(value: string): string {
    if (/^\d{4}$/.test(value)) return value;
    if (/^\d{4}-\d{2}$/.test(value)) return monthFormat.format(new Date(`${value}-01T00:00:00Z`));
    return dateFormat.format(new Date(`${value}T00:00:00Z`));
  }

  return {
    locale,
    t,
    rich,
    f,
    n,
    percent: (value) => percentFormat.format(value / 100),
    ratio: (value) => ratioFormat.format(value),
    days: (value) => t(value === 1 ? "unit.day" : "unit.days", { n: n(value) }),
    months: (value) => t(value === 1 ? "unit.month" : "unit.months", { n: n(value) }),
    weeks: (value) => t(value === 1 ? "unit.week" : "unit.weeks", { n: n(value) }),
    factor: (value) => t("factor", { factor: n(value) }),
    band: (id) => f.message(`band.${id}`),
    scaleLabel: (id) => questionnaire.scale[id].label[locale],
    listOr: (items) => listOr.format(items),
    rangeText: (figure) => formatFigure(figure, locale),
    rangeLabel,
    formatDate,
  };
}

/** Caption and scroll-region name of a table; captions are unique on the page, so region names are too. */
export function tableTitle(t: MethodPageText["t"], key: MethodPageKey): { caption: string; label: string } {
  return { caption: t(key), label: t("table.region", { name: t(key) }) };
}
