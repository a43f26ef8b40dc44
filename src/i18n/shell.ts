/**
 * Texts of the site shell and the home page's components that are not in the islands' UI pack (so the islands do not
 * download them). `en` defines the keys; the Traditional Chinese pack is a typed Record, so a gap is a type error.
 */
import type { Locale } from "./locales.ts";

const en = {
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
} as const;

export type ShellKey = keyof typeof en;

const zhHk: Record<ShellKey, string> = {
  "menu.open": "選單",
  "cta.title": "在審計之前，先了解你的準備程度",
  "table.stackedHint": "在細小螢幕上，每一行會以清單顯示。",
  "placeholder.badge": "佔位資料——由事務所設定",
  "example.badge": "示例",
  "credentials.heading": "註冊及資格",
  "credentials.standardsHeading": "我們依循的標準",
  "credentials.soc2": "SOC 2 審驗",
  "credentials.iso": "ISO/IEC 42001 認證",
  "credentials.isoStandards": "按 ISO/IEC 17021-1 及 ISO/IEC 42006:2025，依 ISO/IEC 42001:2023 進行審核。",
  "people.heading": "負責你委聘工作的人員",
  "people.intro": "由誰簽署你的報告，由誰審核你的人工智能管理體系。",
  "preview.title": "評估結果示例",
  "preview.caption": "由評估工具為一間虛構公司計算：{profile}。你的結果視乎你的答案。",
  "preview.firstReport": "建議首份報告",
  "preview.days": "估算審核日數",
  "preview.gaps": "按優先次序排列的差距",
  "preview.gapsValue": "{count} 項，並列出審計師會查看的證據",
  "report.title": "PDF 差距報告",
  "report.caption": "報告封面及目錄，取自報告本身的標題。",
  "report.preparedFor": "貴機構",
};

const packs: Record<Locale, Record<ShellKey, string>> = { en, "zh-hk": zhHk };

/** A translator for the shell's texts; `{name}` placeholders are filled from `params`. */
export function shellText(locale: Locale) {
  const pack = packs[locale];
  return (key: ShellKey, params?: Record<string, string | number>): string => {
    const text = pack[key];
    return params ? text.replace(/\{(\w+)\}/g, (whole, name: string) => String(params[name] ?? whole)) : text;
  };
}
