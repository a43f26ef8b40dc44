/** The site's locales. `en` is the default; `zh-hk` is Traditional Chinese as written in Hong Kong. */
export const locales = ["en", "zh-hk"] as const;
export type Locale = (typeof locales)[number];
export const defaultLocale: Locale = "en";

/** BCP 47 tags for `<html lang>` and `hreflang`. */
export const htmlLang: Record<Locale, string> = { en: "en-HK", "zh-hk": "zh-Hant-HK" };
export const hreflang: Record<Locale, string> = { en: "en", "zh-hk": "zh-Hant-HK" };
/** Open Graph `og:locale` values. */
export const ogLocale: Record<Locale, string> = { en: "en_HK", "zh-hk": "zh_HK" };
/** Tags for Intl number / date formatting. */
export const intlLocale: Record<Locale, string> = { en: "en-HK", "zh-hk": "zh-HK" };
/** The writing system: a PDF in a Latin-script locale uses the standard fonts, a Han one embeds Noto Sans HK. */
export const script: Record<Locale, "latin" | "han"> = { en: "latin", "zh-hk": "han" };
/** The document language a PDF declares. */
export const pdfLanguage: Record<Locale, string> = { en: "en-GB", "zh-hk": "zh-HK" };
/** The language part of an iCalendar PRODID. */
export const icsLanguage: Record<Locale, string> = { en: "EN", "zh-hk": "ZH-HK" };
/** How each locale names itself in the language switcher. */
export const localeSelfName: Record<Locale, string> = { en: "English", "zh-hk": "繁體中文" };

export function isLocale(value: unknown): value is Locale {
  return typeof value === "string" && (locales as readonly string[]).includes(value);
}

/** `/en/soc-2/` style path for a slug ("" is the locale's home). */
export function localePath(locale: Locale, slug = ""): string {
  const clean = slug.replace(/^\/+|\/+$/g, "");
  return clean ? `/${locale}/${clean}/` : `/${locale}/`;
}

/** Splits `/zh-hk/soc-2/` into its locale and slug; the locale is undefined when the path has none. */
export function splitLocalePath(pathname: string): { locale: Locale | undefined; slug: string } {
  const parts = pathname.replace(/^\/+|\/+$/g, "").split("/");
  const first = parts[0];
  if (isLocale(first)) return { locale: first, slug: parts.slice(1).join("/") };
  return { locale: undefined, slug: parts.join("/") };
}

/** Picks the best locale from an Accept-Language header; English when nothing matches. */
export function negotiateLocale(acceptLanguage: string | null | undefined): Locale {
  if (!acceptLanguage) return defaultLocale;
  const ranked = acceptLanguage
    .split(",")
    .map((part) => {
      const [tag = "", ...params] = part.trim().split(";");
      const q = params.map((p) => p.trim()).find((p) => p.startsWith("q="));
      return { tag: tag.toLowerCase(), q: q ? Number(q.slice(2)) || 0 : 1 };
    })
    .filter((entry) => entry.tag && entry.q > 0)
    .sort((a, b) => b.q - a.q);
  for (const { tag } of ranked) {
    if (tag.startsWith("en")) return "en";
    // Any Traditional-script or Hong Kong / Macau / Taiwan Chinese reads our zh-HK pages.
    if (tag === "zh" || tag.startsWith("zh-hant") || /^zh-(hk|mo|tw)/.test(tag)) return "zh-hk";
  }
  return defaultLocale;
}
