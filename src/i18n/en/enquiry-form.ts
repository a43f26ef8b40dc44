/**
 * Texts of the enquiry form (labels, collection statement, consent, states). `{firm}`, `{officer}` and
 * `{privacyEmail}` are filled from content/firm.yaml. The keys are the form's field names where a text labels a field.
 * This object defines the pack's keys; `zh-hk/enquiry-form.ts` must provide every one (a missing or extra key is a type error).
 */
export const enquiryForm = {
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

export type EnquiryFormKey = keyof typeof enquiryForm;
