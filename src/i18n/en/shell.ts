/**
 * Texts of the site shell and the home page's components that the islands do not need (so they do not download them).
 * This object defines the pack's keys; `zh-hk/shell.ts` must provide every one (a missing or extra key is a type error).
 */
export const shell = {
  "menu.open": "Menu",
  "cta.title": "Find out where you stand before the audit",
  "table.stackedHint": "Each row is shown as a list on small screens.",
  "placeholder.badge": "Placeholder — set by the firm",
  "example.badge": "Example",
  "credentials.heading": "Registrations and standing",
  "credentials.standardsHeading": "Standards we work to",
  "credentials.soc2": "SOC 2 examinations",
  "credentials.iso": "ISO/IEC 42001 certification",
  "credentials.isoStandards": "Audits against ISO/IEC 42001:2023 under ISO/IEC 17021-1 and ISO/IEC 42006:2025.",
  "people.heading": "The people on your engagement",
  "people.intro": "Who signs your report and who audits your AI management system.",
  "preview.title": "An example result",
  "preview.caption":
    "Computed by the assessment for a fictional company: {profile}. Your result depends on your answers.",
  "preview.firstReport": "Recommended first report",
  "preview.days": "Estimated audit days",
  "preview.gaps": "Prioritised gaps",
  "preview.gapsValue": "{count}, with the evidence an auditor looks for",
  "report.title": "PDF gap report",
  "report.caption": "The report's cover and contents, drawn from the report's own headings.",
  "report.preparedFor": "Your organisation",
  "enquiry.noscript": "The form needs JavaScript. You can also write to {email} or call {phone}.",
} as const;

export type ShellKey = keyof typeof shell;
