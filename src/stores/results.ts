/**
 * The results of the current answers (the engine's `assessResults`), loaded with the results view so the questions
 * never wait for the engine. Settings carry the firm's indicative day rates when it publishes them.
 */
import { atom, computed } from "nanostores";
import { assessResults } from "../engine/results.ts";
import type { Settings } from "../engine/schema.ts";
import type { Firm } from "../lib/firm.ts";
import { hongKongToday } from "../lib/hong-kong-date.ts";
import { $answerSet, $method } from "./assessment.ts";

export const $settings = atom<Settings>({});

export const $results = computed([$method, $answerSet, $settings], (method, answerSet, settings) =>
  method ? assessResults(method, { ...answerSet, startDate: answerSet.startDate ?? hongKongToday() }, settings) : null,
);

/** The engine settings for the public results: the firm's indicative day rates, when its settings have them. */
export function publicSettings(firm: Firm): Settings {
  const rates = firm.indicativeDayRates;
  return rates ? { dayRates: { currency: rates.currency, soc2: rates.soc2, iso42001: rates.iso42001 } } : {};
}
