/**
 * Texts for the enquiry schema's codes: the error of each field and of each refused request as the form shows it
 * (`enquiry.error.<code>`), the labels of the interest and timing choices (`interest.<id>`, `timing.<id>`), and the
 * short messages of the enquiry API's error responses (`api.<code>`; the server sends the English ones).
 * This object defines the pack's keys; `zh-hk/enquiry.ts` must provide every one (a missing or extra key is a type error).
 */
export const enquiry = {
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
  "interest.soc2_type1": "SOC 2 Type I",
  "interest.soc2_type2": "SOC 2 Type II",
  "interest.iso42001": "ISO/IEC 42001 certification",
  "interest.both": "SOC 2 and ISO/IEC 42001",
  "interest.not_sure": "Not sure yet",
  "timing.within_3m": "Within 3 months",
  "timing.3_6m": "In 3 to 6 months",
  "timing.6_12m": "In 6 to 12 months",
  "timing.later": "Later than 12 months",
  "timing.not_sure": "Not sure yet",
  "api.invalid": "Some fields are not valid.",
  "api.malformed": "The body is not valid JSON.",
  "api.too_large": "The body is too large.",
  "api.unsupported_media_type": "Send the enquiry as application/json (UTF-8).",
  "api.method_not_allowed": "Only POST is allowed.",
  "api.forbidden": "Cross-site requests are not accepted.",
  "api.rate_limited": "Too many requests. Try again later.",
  "api.conflict": "This idempotency key was used for a different enquiry.",
  "api.server_error": "The enquiry could not be saved. Try again.",
} as const;

export type EnquiryKey = keyof typeof enquiry;
