import type { UiKey } from "../i18n/index.ts";

/** Primary navigation: slug (same in every locale) and the UI string naming it. */
export const primaryNav: ReadonlyArray<{ slug: string; label: UiKey }> = [
  { slug: "soc-2", label: "nav.soc2" },
  { slug: "iso-42001", label: "nav.iso42001" },
  { slug: "hong-kong-regulators", label: "nav.regulators" },
  { slug: "costs-and-audit-days", label: "nav.costs" },
  { slug: "assessment", label: "nav.assessment" },
  { slug: "contact", label: "nav.contact" },
];

/** Footer links about the firm: who we are, and checking what we issued (ISO/IEC 17021-1 public information). */
export const firmNav: ReadonlyArray<{ slug: string; label: UiKey }> = [
  { slug: "about", label: "footer.aboutUs" },
  { slug: "verification", label: "footer.verification" },
];

/** Footer links to the reference pages prospects look for. */
export const resourcesNav: ReadonlyArray<{ slug: string; label: UiKey }> = [
  { slug: "soc-reports", label: "footer.socReports" },
  { slug: "framework-map", label: "footer.frameworkMap" },
  { slug: "glossary", label: "footer.glossary" },
];

/** Footer links to the legal and method pages. */
export const footerNav: ReadonlyArray<{ slug: string; label: UiKey }> = [
  { slug: "method", label: "footer.method" },
  { slug: "privacy", label: "footer.privacy" },
  { slug: "accessibility", label: "footer.accessibility" },
  { slug: "terms", label: "footer.terms" },
];
