/**
 * Texts of the enquiry form (labels, collection statement, consent, states), in both languages. `{firm}` and
 * `{privacyEmail}` are filled from content/firm.yaml. `zhHk` must have every key (type-checked).
 */
const en = {
  title: "Send an enquiry",
  intro: "Tell us what you need. We reply within 2 working days.",
  required: "(Required)",
  optional: "(optional)",
  name: "Your name",
  company: "Company",
  email: "Work email",
  phone: "Phone",
  phoneHint: "A Hong Kong number (8 digits) or an international number starting with + and the country code.",
  role: "Your role",
  roleHint: "For example CTO, Head of Compliance, Operations Director.",
  interest: "What are you interested in?",
  timing: "When do you need it?",
  message: "Message",
  messageHint: "Optional: the report a customer asked for, your systems and locations, any deadline.",
  chooseOne: "Choose one",
  attach: "Attach my assessment",
  attachHint:
    "Sends the answers you gave in the readiness assessment, so we can scope the work. We recompute the results ourselves.",
  attachNone:
    "You have no saved assessment in this browser. You can take the readiness assessment first, or send the enquiry without it.",
  attachPreview: "See exactly what will be sent",
  attachSummary: "Summary (recomputed by us from your answers)",
  attachAnswers: "Your answers ({count})",
  attachOverall: "Overall readiness: {score} out of 100 ({band})",
  attachPath: "SOC 2: {path}, {criteria} criteria in scope",
  attachIso: "ISO/IEC 42001 initial audit: about {days} days",
  attachIsoNone: "ISO/IEC 42001: not applicable",
  picsTitle: "Personal Information Collection Statement",
  pics1:
    "{firm} uses the personal data in this form to answer your enquiry, to prepare a proposal and to carry out our engagement acceptance and independence checks.",
  pics2:
    "Giving us your details is voluntary, but without your name, company and email we cannot reply. We may transfer them to our staff, to IT and client-relationship service providers bound by confidentiality, and to our professional advisers. We do not sell personal data.",
  pics3:
    "You may ask for access to, or correction of, your personal data by writing to our {officer} at {privacyEmail}. Our privacy policy explains how long we keep enquiries and your other rights.",
  privacyLink: "Privacy policy",
  marketing:
    "I agree that {firm} may use my name, email and phone number to send me information about its SOC 2 and ISO/IEC 42001 services (direct marketing). This is optional and I can withdraw my consent at any time.",
  honeypot: "Leave this field empty",
  submit: "Send enquiry",
  sending: "Sending…",
  retry: "Try again",
  errorSummary: "Please correct {count} field(s):",
  successTitle: "Thank you: your enquiry has been received",
  successBody:
    "Your reference is {reference}. We will reply within 2 working days. Keep the reference for any follow-up.",
  successAttached: "Your assessment answers were attached.",
  another: "Send another enquiry",
} as const;

export type EnquiryFormKey = keyof typeof en;

const zhHk: Record<EnquiryFormKey, string> = {
  title: "提交查詢",
  intro: "告訴我們你的需要。我們會在 2 個工作天內回覆。",
  required: "（必填）",
  optional: "（選填）",
  name: "你的姓名",
  company: "公司",
  email: "工作電郵",
  phone: "電話",
  phoneHint: "香港號碼（8 位數字），或以 + 及國家代碼開頭的國際號碼。",
  role: "你的職位",
  roleHint: "例如技術總監、合規主管、營運總監。",
  interest: "你對哪項服務有興趣？",
  timing: "你何時需要？",
  message: "訊息",
  messageHint: "選填：客戶要求的報告、你的系統及營運地點、任何期限。",
  chooseOne: "請選擇",
  attach: "附上我的評估",
  attachHint: "傳送你在準備程度評估中的答案，方便我們確定工作範圍。結果會由我們重新計算。",
  attachNone: "這個瀏覽器內沒有已儲存的評估。你可先完成準備程度評估，或直接提交查詢。",
  attachPreview: "查看將會傳送的內容",
  attachSummary: "摘要（由我們按你的答案重新計算）",
  attachAnswers: "你的答案（{count} 項）",
  attachOverall: "整體準備程度：{score}（滿分 100，{band}）",
  attachPath: "SOC 2：{path}，範圍內共 {criteria} 項準則",
  attachIso: "ISO/IEC 42001 初次審核：約 {days} 日",
  attachIsoNone: "ISO/IEC 42001：不適用",
  picsTitle: "收集個人資料聲明",
  pics1: "{firm}會使用本表格內的個人資料回覆你的查詢、準備建議書，以及進行委聘接納及獨立性審查。",
  pics2:
    "提供資料屬自願性質，但如沒有你的姓名、公司及電郵，我們將無法回覆。我們可能會把資料轉移給本所員工、受保密責任約束的資訊科技及客戶關係服務供應商，以及我們的專業顧問。我們不會出售個人資料。",
  pics3:
    "你可致函{officer}（{privacyEmail}）要求查閱或改正你的個人資料。我們的私隱政策說明查詢紀錄的保存期限及你的其他權利。",
  privacyLink: "私隱政策",
  marketing:
    "本人同意{firm}使用本人的姓名、電郵及電話號碼，向本人發送有關其 SOC 2 及 ISO/IEC 42001 服務的資訊（直接促銷）。此項屬選擇性質，本人可隨時撤回同意。",
  honeypot: "請勿填寫此欄",
  submit: "提交查詢",
  sending: "正在傳送……",
  retry: "再試一次",
  errorSummary: "請修正以下 {count} 個欄位：",
  successTitle: "謝謝：我們已收到你的查詢",
  successBody: "你的參考編號是 {reference}。我們會在 2 個工作天內回覆。如需跟進，請保留此編號。",
  successAttached: "已附上你的評估答案。",
  another: "提交另一項查詢",
};

export const enquiryFormText: Record<"en" | "zh-hk", Record<EnquiryFormKey, string>> = { en, "zh-hk": zhHk };
