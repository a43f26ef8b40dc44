import type { Locale } from "../i18n/index.ts";
import { isLocale } from "../i18n/index.ts";

/** Splits a content entry id (`zh-hk/hong-kong-regulators/hkma`) into locale and slug (`index` → ""). */
export function entryLocaleSlug(id: string): { locale: Locale; slug: string } {
  const [first, ...rest] = id.split("/");
  if (!isLocale(first)) throw new Error(`Content page "${id}" is not under a locale folder (en/ or zh-hk/)`);
  const slug = rest.join("/");
  return { locale: first, slug: slug === "index" ? "" : slug.replace(/\/index$/, "") };
}

export interface Crumb {
  readonly name: string;
  readonly href: string;
}

/** schema.org BreadcrumbList for a trail of locale paths. */
export function breadcrumbJsonLd(trail: readonly Crumb[], site: URL): Record<string, unknown> {
  return {
    "@context": "https://schema.org",
    "@type": "BreadcrumbList",
    itemListElement: trail.map((crumb, index) => ({
      "@type": "ListItem",
      position: index + 1,
      name: crumb.name,
      item: new URL(crumb.href, site).href,
    })),
  };
}
