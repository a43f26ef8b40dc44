/**
 * Turns the engine's message keys and parameters into text in one language, for the results page, the PDF and the
 * CLI. Pure: the method (messages, questionnaire labels, frameworks) is passed in.
 */
import type { Method } from "../engine/method.ts";
import type { Text } from "../engine/schema.ts";
import type { MessageKey, Param, Params, TraceStep } from "../engine/trace.ts";
import { intlLocale, type Locale } from "../i18n/locales.ts";
import { fillParts } from "../i18n/translate.ts";

export interface Formatter {
  readonly locale: Locale;
  /** A message with its parameters filled in. */
  message(key: MessageKey, params?: Params): string;
  /** One trace step as a sentence. */
  step(step: TraceStep): string;
  text(value: Text): string;
  number(value: number): string;
  /** A calendar date (YYYY-MM-DD) in the locale's long form. */
  date(value: string): string;
  /** A date window, e.g. "3 Mar – 3 May 2027". */
  dateRange(from: string, to: string): string;
  /** Label of an option of a question, or of a maturity answer. */
  option(questionId: string, optionId: string): string;
  questionText(questionId: string): string;
  domain(domainId: string): string;
  category(categoryId: string): string;
  money(amount: number, currency: string): string;
}

export function createFormatter(method: Method, locale: Locale): Formatter {
  const tag = intlLocale[locale];
  // Two decimals: every factor and intermediate figure of a "why this number" line is shown exactly (0.25, 1.25).
  const numbers = new Intl.NumberFormat(tag, { maximumFractionDigits: 2 });
  const plurals = new Intl.PluralRules(tag);
  const dates = new Intl.DateTimeFormat(tag, { dateStyle: "long", timeZone: "UTC" });
  const text = (value: Text) => value[locale];
  const toDate = (iso: string) => new Date(`${iso}T00:00:00Z`);

  const option = (questionId: string, optionId: string): string => {
    const question = method.questionsById.get(questionId);
    if (question?.type === "single" || question?.type === "multi") {
      const found = question.options.find((o) => o.id === optionId);
      if (found) return text(found.label);
    }
    if (question?.type === "maturity" || questionId === "maturity") {
      const level = method.questionnaire.scale[optionId as keyof typeof method.questionnaire.scale];
      if (level) return text(level.label);
    }
    return optionId;
  };
  const domain = (id: string) => {
    const found = method.questionnaire.domains.find((d) => d.id === id);
    return found ? text(found.title) : id;
  };
  const category = (id: string) => {
    const found = method.frameworks.tsc.find((c) => c.id === id);
    return found ? text(found.title) : id;
  };
  const list = (items: string[]) =>
    locale === "en" ? new Intl.ListFormat("en", { type: "conjunction" }).format(items) : items.join("、");

  const param = (value: Param): string => {
    if (typeof value === "number") return numbers.format(value);
    if (typeof value === "string") return value;
    if ("key" in value) return message(value.key);
    if ("option" in value) return option(value.option.q, value.option.id);
    if ("domain" in value) return domain(value.domain);
    if ("tsc" in value) return category(value.tsc);
    if ("date" in value) return dates.format(toDate(value.date));
    if ("range" in value) return rangeText(value.range[0], value.range[1]);
    return list(value.list.map(param));
  };
  const rangeText = (from: number, to: number | null): string => {
    if (to === null) return locale === "zh-hk" ? `${numbers.format(from)} 或以上` : `${numbers.format(from)} or more`;
    if (to === from) return numbers.format(from);
    return locale === "zh-hk"
      ? `${numbers.format(from)} 至 ${numbers.format(to)}`
      : `${numbers.format(from)}–${numbers.format(to)}`;
  };

  function message(key: MessageKey, params?: Params): string {
    const template = method.messages[key]?.[locale];
    if (!template) throw new Error(`No ${locale} text for message "${key}"`);
    return fill(
      template,
      params ?? {},
      (value) => param(value),
      (n) => plurals.select(n),
    );
  }

  return {
    locale,
    message,
    step: (s) => message(s.key, s.params),
    text,
    number: (n) => numbers.format(n),
    date: (iso) => dates.format(toDate(iso)),
    // zh-HK's Intl range falls back to numeric dates; write both ends in full instead.
    dateRange: (from, to) =>
      locale === "en"
        ? dates.formatRange(toDate(from), toDate(to))
        : `${dates.format(toDate(from))} 至 ${dates.format(toDate(to))}`,
    option,
    questionText: (id) => {
      const question = method.questionsById.get(id);
      return question ? text(question.text) : id;
    },
    domain,
    category,
    money: (amount, currency) =>
      new Intl.NumberFormat(tag, { style: "currency", currency, maximumFractionDigits: 0 }).format(amount),
  };
}

/**
 * Fills a message template with the site's one template filler (`fillParts` in src/i18n/translate.ts): `{name}` takes
 * a parameter; `{name, plural, one {…} other {…}}` picks the branch for the locale's plural category of the number
 * (Intl.PluralRules), with `#` standing for the number. A parameter that is not given stays as written, so a missing
 * one is visible rather than silently blank (the engine validates every message's parameters when the method loads).
 */
export function fill(
  template: string,
  params: Params,
  show: (value: Param) => string,
  category: (n: number) => Intl.LDMLPluralRule,
): string {
  return fillParts<never>(template, {
    value: (name) => {
      const value = params[name];
      return value === undefined ? `{${name}}` : show(value);
    },
    count: (name) => {
      const value = params[name];
      return typeof value === "number" ? value : Number.NaN;
    },
    number: (n) => show(n),
    category,
  }).join("");
}
