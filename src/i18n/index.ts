import type { Locale } from "./locales.ts";
import { en, type UiKey } from "./ui/en.ts";
import { zhHk } from "./ui/zh-hk.ts";

export * from "./locales.ts";
export type { UiKey } from "./ui/en.ts";

const packs: Record<Locale, Record<UiKey, string>> = { en, "zh-hk": zhHk };

/** All UI strings of one locale (serialisable, for passing to islands). */
export function uiPack(locale: Locale): Record<UiKey, string> {
  return packs[locale];
}

/**
 * Returns a translator for a locale. `{name}` placeholders are filled from `params`.
 * A key that is blank in a locale throws, so a missing translation fails the build rather than showing nothing.
 */
export function useTranslations(locale: Locale) {
  const pack = packs[locale];
  return function t(key: UiKey, params?: Record<string, string | number>): string {
    const text = pack[key];
    if (!text) throw new Error(`Missing UI string "${key}" for locale ${locale}`);
    return params ? text.replace(/\{(\w+)\}/g, (whole, name: string) => String(params[name] ?? whole)) : text;
  };
}
