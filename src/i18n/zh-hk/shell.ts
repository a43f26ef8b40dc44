/** 網站外框及主頁元件的字串（評估介面不需要的部分）。 */
import type { ShellKey } from "../en/shell.ts";

export const shell: Record<ShellKey, string> = {
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
  "enquiry.noscript": "表格需要啟用 JavaScript。你亦可電郵至 {email} 或致電 {phone}。",
};
