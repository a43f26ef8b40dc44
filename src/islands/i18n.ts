import type { UiKey } from "../i18n/ui/en.ts";

export type T = (key: UiKey, params?: Record<string, string | number>) => string;

/** A translator over the UI pack the page passed in (flat keys; `{name}` placeholders). */
export function makeT(ui: Record<UiKey, string>, numberFormat: Intl.NumberFormat): T {
  return (key, params) => {
    const text = ui[key] ?? key;
    if (!params) return text;
    return text.replace(/\{(\w+)\}/g, (whole, name: string) => {
      const value = params[name];
      if (value === undefined) return whole;
      return typeof value === "number" ? numberFormat.format(value) : value;
    });
  };
}
