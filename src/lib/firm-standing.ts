import type { Locale } from "../i18n/locales.ts";
import type { Firm, FirmStanding, Soc2Basis } from "./firm.ts";

/**
 * The firm's standing as sentences, from its settings only: the footer, the about page, the PDF and the MDX pages
 * (`<FirmStanding />`) all show these, so no page claims more than `content/firm.yaml` says. Browser-safe (no zod).
 */

/** Shown wherever a value the firm has not set yet would appear: visibly a placeholder, never a plausible number. */
export const placeholderText: Record<Locale, string> = {
  en: "[placeholder: to be set by the firm]",
  "zh-hk": "［待定資料：由本所填寫］",
};

/** The AFRC registration line. */
export function registrationLine(standing: FirmStanding, locale: Locale): string {
  const { kind, number } = standing.registration;
  const shown = number ?? placeholderText[locale];
  if (locale === "zh-hk") {
    const what = kind === "corporate-practice" ? "執業法團" : "會計師事務所";
    return `已於會計及財務匯報局註冊的${what}，註冊編號：${shown}`;
  }
  const what = kind === "corporate-practice" ? "Corporate practice" : "CPA firm";
  return `${what} registered with the Accounting and Financial Reporting Council (AFRC), registration no. ${shown}`;
}

const soc2Text: Record<Soc2Basis, Record<Locale, string>> = {
  aicpa: {
    en: "SOC 2 reports issued under the AICPA attestation standards (AT-C sections 105 and 205, as amended by SSAE No. 21)",
    "zh-hk": "SOC 2 報告按美國註冊會計師協會（AICPA）的鑒證準則（經 SSAE 第 21 號修訂的 AT-C 第 105 及 205 節）簽發",
  },
  hksae3000: {
    en: "SOC 2 reports issued under HKSAE 3000 (Revised), with the AICPA Trust Services Criteria as the criteria",
    "zh-hk": "SOC 2 報告按《香港鑒證業務準則》第 3000 號（經修訂）簽發，並以 AICPA 信託服務準則為評估準則",
  },
  both: {
    en: "SOC 2 reports issued under both the AICPA attestation standards (AT-C sections 105 and 205, as amended by SSAE No. 21) and HKSAE 3000 (Revised)",
    "zh-hk":
      "SOC 2 報告同時按 AICPA 鑒證準則（經 SSAE 第 21 號修訂的 AT-C 第 105 及 205 節）及《香港鑒證業務準則》第 3000 號（經修訂）簽發",
  },
};

/** The standard the firm signs SOC 2 reports under. */
export function soc2BasisLine(standing: FirmStanding, locale: Locale): string {
  return soc2Text[standing.soc2.basis][locale];
}

/** Whether the firm's ISO/IEC 42001 certificates are accredited (a named body, number and scope in the settings). */
export function isIso42001Accredited(standing: FirmStanding): boolean {
  return standing.iso42001.status === "accredited";
}

/** The ISO/IEC 42001 certification line: the accreditation with body, number and scope, or a plain "not accredited". */
export function iso42001Line(standing: FirmStanding, locale: Locale): string {
  const iso = standing.iso42001;
  if (iso.status === "not-accredited") {
    return locale === "zh-hk"
      ? "ISO/IEC 42001 認證：本所並未就 ISO/IEC 42001 獲得認可，本所簽發的證書不屬經認可的證書"
      : "ISO/IEC 42001 certification: we hold no accreditation for ISO/IEC 42001, so our certificates are not accredited certificates";
  }
  return locale === "zh-hk"
    ? `ISO/IEC 42001 認證：獲${iso.accreditationBody["zh-hk"]}認可（認可編號：${iso.accreditationNumber}；範圍：${iso.scope["zh-hk"]}）`
    : `ISO/IEC 42001 certification accredited by ${iso.accreditationBody.en} (accreditation no. ${iso.accreditationNumber}; scope: ${iso.scope.en})`;
}

/** Notice shown while `content/firm.yaml` holds example details. */
export const exampleNotice: Record<Locale, string> = {
  en: "Example settings: the firm's name, registration and contact details shown on this site are placeholders, not a real firm's.",
  "zh-hk": "示例設定：本網站顯示的事務所名稱、註冊及聯絡資料均為待定的示例資料，並非真實事務所的資料。",
};

/** Every standing line in display order (footer, PDF, about page). */
export function standingLines(firm: Firm, locale: Locale): string[] {
  return [
    registrationLine(firm.standing, locale),
    soc2BasisLine(firm.standing, locale),
    iso42001Line(firm.standing, locale),
    ...(firm.example ? [exampleNotice[locale]] : []),
  ];
}

/**
 * The credentials structured data may carry: only values the firm has actually set (no placeholder, no example
 * firm), so search engines never read a claim the settings do not back.
 */
export function standingCredentials(firm: Firm): Record<string, unknown>[] {
  if (firm.example) return [];
  const out: Record<string, unknown>[] = [];
  const { registration, iso42001 } = firm.standing;
  if (registration.number) {
    out.push({
      "@type": "EducationalOccupationalCredential",
      credentialCategory: "registration",
      name: registrationLine(firm.standing, "en"),
      recognizedBy: { "@type": "GovernmentOrganization", name: "Accounting and Financial Reporting Council" },
    });
  }
  if (iso42001.status === "accredited") {
    out.push({
      "@type": "EducationalOccupationalCredential",
      credentialCategory: "accreditation",
      name: iso42001Line(firm.standing, "en"),
      recognizedBy: { "@type": "Organization", name: iso42001.accreditationBody.en },
    });
  }
  return out;
}
