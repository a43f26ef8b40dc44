/**
 * The site's strings, for build-time and server code: every pack of every locale, and translators over them.
 * Strings live in `src/i18n/<locale>/<pack>.ts` (English defines each pack's keys); `translate.ts` is the one `t()`.
 * Browser code imports `translate.ts` and takes its pack from the page, or imports one `packs/<pack>.ts`, never this
 * module, so an island downloads only the strings it uses.
 */
import { type EnquiryErrorKey, type Interest, interests, type Timing, timings } from "../lib/enquiry.ts";
import type { Locale } from "./locales.ts";
import { content } from "./packs/content.ts";
import { enquiry } from "./packs/enquiry.ts";
import { enquiryForm } from "./packs/enquiry-form.ts";
import { methodPage } from "./packs/method-page.ts";
import { proposal } from "./packs/proposal.ts";
import { report } from "./packs/report.ts";
import { shell } from "./packs/shell.ts";
import { staff } from "./packs/staff.ts";
import { staffArea } from "./packs/staff-area.ts";
import { type UiKey, ui } from "./packs/ui.ts";
import { createT, type Pack, type Translator } from "./translate.ts";

export * from "./locales.ts";
export type { ContentKey } from "./packs/content.ts";
export type { EnquiryKey } from "./packs/enquiry.ts";
export type { EnquiryFormKey } from "./packs/enquiry-form.ts";
export type { MethodPageKey } from "./packs/method-page.ts";
export type { ProposalTextKey } from "./packs/proposal.ts";
export type { ReportKey } from "./packs/report.ts";
export type { ShellKey } from "./packs/shell.ts";
export type { StaffKey } from "./packs/staff.ts";
export type { StaffAreaKey } from "./packs/staff-area.ts";
export type { UiKey } from "./packs/ui.ts";
export * from "./translate.ts";

/** Every pack by name, each in every locale. */
export const packs = {
  ui,
  shell,
  content,
  enquiryForm,
  enquiry,
  methodPage,
  report,
  staff,
  staffArea,
  proposal,
} as const;
export type PackName = keyof typeof packs;
/** The keys of a pack. */
export type KeyOf<N extends PackName> = (typeof packs)[N][Locale] extends Pack<infer K> ? K : never;

/** One pack of one locale (serialisable, for passing to an island). */
export function pack<N extends PackName>(locale: Locale, name: N): Pack<KeyOf<N>> {
  return packs[name][locale] as Pack<KeyOf<N>>;
}

/** All UI strings of one locale (serialisable, for passing to the assessment island). */
export function uiPack(locale: Locale): Pack<UiKey> {
  return ui[locale];
}

/** The translator over one pack (the UI pack when none is named); see `translate.ts` for its contract. */
export function useTranslations<N extends PackName = "ui">(locale: Locale, name?: N): Translator<KeyOf<N>> {
  return createT(locale, pack(locale, name ?? ("ui" as N)));
}

/** The enquiry form's error texts (`enquiry.error.*` of the enquiry pack), for passing to the form island. */
export function enquiryErrorPack(locale: Locale): Pack<EnquiryErrorKey> {
  const all = enquiry[locale];
  return Object.fromEntries(
    Object.entries(all).filter(([key]) => key.startsWith("enquiry.error.")),
  ) as Pack<EnquiryErrorKey>;
}

/** Labels of the enquiry's interest choices, by choice. */
export function interestLabels(locale: Locale): Record<Interest, string> {
  const t = useTranslations(locale, "enquiry");
  return Object.fromEntries(interests.map((id) => [id, t(`interest.${id}`)])) as Record<Interest, string>;
}

/** Labels of the enquiry's timing choices, by choice. */
export function timingLabels(locale: Locale): Record<Timing, string> {
  const t = useTranslations(locale, "enquiry");
  return Object.fromEntries(timings.map((id) => [id, t(`timing.${id}`)])) as Record<Timing, string>;
}

/** Part of a pack (serialisable), for an island that needs only a few strings. */
export function pick<K extends string, P extends K>(from: Pack<K>, keys: readonly P[]): Pack<P> {
  return Object.fromEntries(keys.map((key) => [key, from[key]])) as Pack<P>;
}
