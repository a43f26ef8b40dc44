/**
 * Texts for the enquiry schema's codes, in both site languages: the error of each field and of each refused request,
 * and the labels of the interest and timing choices. Each locale is a full `Record`, so a missing Traditional Chinese
 * text is a type error.
 */
import type { Locale } from "../i18n/locales.ts";
import type { EnquiryErrorKey, Interest, Timing } from "./enquiry.ts";

const en: Record<EnquiryErrorKey, string> = {
  "enquiry.error.required": "Please fill in this field.",
  "enquiry.error.too_long": "This is too long. Please shorten it.",
  "enquiry.error.invalid_characters": "This contains characters we cannot accept. Please remove them.",
  "enquiry.error.invalid_email": "Please enter a valid email address, such as name@company.com.hk.",
  "enquiry.error.invalid_phone":
    "Please enter a Hong Kong number of 8 digits (e.g. 9123 4567) or an international number starting with + and the country code.",
  "enquiry.error.invalid_choice": "Please choose one of the options.",
  "enquiry.error.invalid_type": "This value is not valid.",
  "enquiry.error.invalid_key": "The form could not prepare your enquiry. Please reload the page and try again.",
  "enquiry.error.invalid_attachment":
    "Your assessment answers could not be attached. Untick “Attach my assessment” or reload the assessment and try again.",
  "enquiry.error.invalid": "Some fields need your attention.",
  "enquiry.error.malformed": "Your enquiry could not be read. Please try again.",
  "enquiry.error.too_large": "Your enquiry is too long to send. Please shorten the message.",
  "enquiry.error.unsupported_media_type": "Your enquiry could not be read. Please try again.",
  "enquiry.error.method_not_allowed": "Your enquiry could not be sent. Please try again.",
  "enquiry.error.forbidden": "Your enquiry was refused because it did not come from this website.",
  "enquiry.error.rate_limited": "Too many enquiries have come from your network. Please wait a minute and try again.",
  "enquiry.error.conflict":
    "This enquiry was already sent with different details. Please reload the page to start again.",
  "enquiry.error.server_error":
    "Something went wrong on our side and your enquiry was not saved. Please try again; nothing you typed is lost.",
  "enquiry.error.network":
    "We could not reach our server. Please check your connection and try again; nothing you typed is lost.",
};

const zhHk: Record<EnquiryErrorKey, string> = {
  "enquiry.error.required": "請填寫此欄。",
  "enquiry.error.too_long": "內容過長，請縮短。",
  "enquiry.error.invalid_characters": "內容包含無法接受的字元，請刪除。",
  "enquiry.error.invalid_email": "請輸入有效的電郵地址，例如 name@company.com.hk。",
  "enquiry.error.invalid_phone": "請輸入 8 位數字的香港電話號碼（例如 9123 4567），或以 + 及國家代碼開頭的國際號碼。",
  "enquiry.error.invalid_choice": "請從選項中選擇一項。",
  "enquiry.error.invalid_type": "此值無效。",
  "enquiry.error.invalid_key": "表格未能準備你的查詢，請重新載入頁面後再試。",
  "enquiry.error.invalid_attachment": "未能附上你的評估答案。請取消勾選「附上我的評估」，或重新載入評估後再試。",
  "enquiry.error.invalid": "部分欄位需要修正。",
  "enquiry.error.malformed": "無法讀取你的查詢，請再試一次。",
  "enquiry.error.too_large": "你的查詢過長，無法傳送，請縮短訊息。",
  "enquiry.error.unsupported_media_type": "無法讀取你的查詢，請再試一次。",
  "enquiry.error.method_not_allowed": "未能傳送你的查詢，請再試一次。",
  "enquiry.error.forbidden": "由於查詢並非來自本網站，已被拒絕。",
  "enquiry.error.rate_limited": "你的網絡傳送的查詢過多，請稍候一分鐘再試。",
  "enquiry.error.conflict": "此查詢已以不同資料傳送。請重新載入頁面再開始。",
  "enquiry.error.server_error": "我們的系統出現問題，你的查詢未有儲存。請再試一次；你輸入的內容不會遺失。",
  "enquiry.error.network": "無法連接我們的伺服器。請檢查網絡連線後再試；你輸入的內容不會遺失。",
};

/** Error texts by locale and message key. */
export const enquiryErrorText: Record<Locale, Record<EnquiryErrorKey, string>> = { en, "zh-hk": zhHk };

/** Labels of the interest choices. */
export const interestLabel: Record<Locale, Record<Interest, string>> = {
  en: {
    soc2_type1: "SOC 2 Type I",
    soc2_type2: "SOC 2 Type II",
    iso42001: "ISO/IEC 42001 certification",
    both: "SOC 2 and ISO/IEC 42001",
    not_sure: "Not sure yet",
  },
  "zh-hk": {
    soc2_type1: "SOC 2 第一類報告",
    soc2_type2: "SOC 2 第二類報告",
    iso42001: "ISO/IEC 42001 認證",
    both: "SOC 2 及 ISO/IEC 42001",
    not_sure: "尚未確定",
  },
};

/** Labels of the timing choices. */
export const timingLabel: Record<Locale, Record<Timing, string>> = {
  en: {
    within_3m: "Within 3 months",
    "3_6m": "In 3 to 6 months",
    "6_12m": "In 6 to 12 months",
    later: "Later than 12 months",
    not_sure: "Not sure yet",
  },
  "zh-hk": {
    within_3m: "3 個月內",
    "3_6m": "3 至 6 個月內",
    "6_12m": "6 至 12 個月內",
    later: "12 個月以後",
    not_sure: "尚未確定",
  },
};
