/**
 * English UI strings: flat dotted keys. This object defines the key set; `zh-hk.ts` must provide
 * every key (a missing or extra key there is a type error).
 */
export const en = {
  "site.skipToContent": "Skip to main content",
  "site.primaryNav": "Main",
  "site.languageSwitcher": "Language",
  "site.switchTo": "閱讀中文版",
  "site.homeLink": "home page",
  "nav.soc2": "SOC 2",
  "nav.iso42001": "ISO 42001",
  "nav.regulators": "Hong Kong regulators",
  "nav.costs": "Costs & audit days",
  "nav.assessment": "Readiness assessment",
  "nav.contact": "Contact",
  "footer.about": "About the firm",
  "footer.licences": "Licences and registrations",
  "footer.contact": "Contact",
  "footer.legal": "Legal",
  "footer.privacy": "Privacy policy",
  "footer.accessibility": "Accessibility",
  "footer.terms": "Terms and disclaimer",
  "footer.method": "Assessment method",
  "footer.independence":
    "The online readiness assessment is a self-assessment that gives generic, standard-based guidance. It is not an audit, an attestation or consultancy, and it does not affect the independence of any engagement.",
  "footer.copyright": "© {year} {firm}. All rights reserved.",
  "footer.email": "Email",
  "footer.phone": "Phone",
  "footer.address": "Address",
  "page.lastReviewed": "Last reviewed",
  "page.sources": "Sources",
  "page.related": "Related pages",
  "page.faq": "Frequently asked questions",
  "page.breadcrumb": "Breadcrumb",
  "root.choose": "Choose a language",
  "page.onThisPage": "On this page",
  "page.breadcrumbHome": "Home",
  "cta.startAssessment": "Start the readiness assessment",
  "cta.talkToUs": "Talk to us",
  "cta.assessmentTime": "About 10–15 minutes. Your answers stay in your browser.",
  "notFound.title": "Page not found",
  "notFound.body": "We could not find the page at this address. It may have moved, or the link may be mistyped.",
  "notFound.home": "Go to the home page",
  "notFound.assessment": "Start the readiness assessment",
  "placeholder.notice": "This page is being written. It will cover:",
} as const;

export type UiKey = keyof typeof en;
