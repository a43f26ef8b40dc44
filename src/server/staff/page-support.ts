/** Small helpers of the staff pages: the locale from the route, a safe return path, dates in Hong Kong time. */
import { intlLocale, isLocale, type Locale } from "../../i18n/locales.ts";

export function routeLocale(value: string | undefined): Locale | undefined {
  return isLocale(value) ? value : undefined;
}

/** A path under this locale's staff area to go to after sign-in; anything else (another site, a scheme) is refused. */
export function safeNext(value: unknown, locale: Locale): string {
  const fallback = `/${locale}/staff/`;
  if (typeof value !== "string") return fallback;
  return /^\/(en|zh-hk)\/staff\/[A-Za-z0-9/_\-.?=&%]*$/.test(value) && !value.includes("//") && !value.includes("sign-")
    ? value
    : fallback;
}

/** Date and time in Hong Kong, e.g. "6 Dec 2026, 21:14". */
export function dateTime(iso: string, locale: Locale): string {
  return new Intl.DateTimeFormat(intlLocale[locale], {
    timeZone: "Asia/Hong_Kong",
    dateStyle: "medium",
    timeStyle: "short",
  }).format(new Date(iso));
}

export function dateOnly(iso: string, locale: Locale): string {
  return new Intl.DateTimeFormat(intlLocale[locale], { timeZone: "Asia/Hong_Kong", dateStyle: "medium" }).format(
    new Date(iso),
  );
}

/** A form field as trimmed text ("" when absent). */
export function field(form: FormData, name: string): string {
  const value = form.get(name);
  return typeof value === "string" ? value.trim() : "";
}
