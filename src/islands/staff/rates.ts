/**
 * Day rates for fee ranges: the firm's rate card from the server (edited by admins), typed or changed by staff for
 * one proposal (saved with the lead's draft), or read from a rates file the firm keeps internally. No rate is ever
 * part of the build; public pages never load this module (test/e2e/staff-workspace.spec.ts checks the scripts public
 * pages load).
 *
 * A rates file is JSON: `{ "currency": "HKD", "soc2": [min, max], "iso42001": [min, max] }` (per audit day).
 */
import type { Settings } from "../../engine/schema.ts";

export type DayRates = NonNullable<Settings["dayRates"]>;

/** The rate fields as typed (text), so a half-filled form survives a reload. */
export interface RatesInput {
  readonly currency: string;
  readonly soc2Min: string;
  readonly soc2Max: string;
  readonly isoMin: string;
  readonly isoMax: string;
}

export const emptyRates: RatesInput = { currency: "HKD", soc2Min: "", soc2Max: "", isoMin: "", isoMax: "" };

const currencyPattern = /^[A-Z]{3}$/;

function rate(text: string): number | undefined {
  const trimmed = text.trim();
  if (!/^\d+(\.\d+)?$/.test(trimmed)) return undefined;
  const value = Number(trimmed);
  return Number.isFinite(value) && value > 0 ? value : undefined;
}

/** The rate card's figures as form text. */
export function rateCardInput(card: {
  readonly currency: string;
  readonly soc2: readonly [number, number];
  readonly iso42001: readonly [number, number];
}): RatesInput {
  return {
    currency: card.currency,
    soc2Min: String(card.soc2[0]),
    soc2Max: String(card.soc2[1]),
    isoMin: String(card.iso42001[0]),
    isoMax: String(card.iso42001[1]),
  };
}

/** "incomplete" while a field is empty, "invalid" for a bad value, else the rates for `evaluate`. */
export function readRates(input: RatesInput): DayRates | "incomplete" | "invalid" {
  const fields = [input.soc2Min, input.soc2Max, input.isoMin, input.isoMax];
  if (!input.currency.trim() || fields.some((f) => !f.trim())) return "incomplete";
  const currency = input.currency.trim().toUpperCase();
  const [a, b, c, d] = fields.map(rate);
  if (!currencyPattern.test(currency) || a === undefined || b === undefined || c === undefined || d === undefined) {
    return "invalid";
  }
  if (a > b || c > d) return "invalid";
  return { currency, soc2: [a, b], iso42001: [c, d] };
}

/** Reads a rates file's JSON; null when it is not one. */
export function parseRatesFile(content: string): RatesInput | null {
  let data: unknown;
  try {
    data = JSON.parse(content.replace(/^\uFEFF/, ""));
  } catch {
    return null;
  }
  if (typeof data !== "object" || data === null || Array.isArray(data)) return null;
  const record = data as Record<string, unknown>;
  const pair = (value: unknown) =>
    Array.isArray(value) && value.length === 2 && value.every((v) => typeof v === "number" && Number.isFinite(v))
      ? (value as number[]).map(String)
      : null;
  const soc2 = pair(record.soc2);
  const iso = pair(record.iso42001);
  if (typeof record.currency !== "string" || !soc2 || !iso) return null;
  const input: RatesInput = {
    currency: record.currency.toUpperCase(),
    soc2Min: soc2[0] as string,
    soc2Max: soc2[1] as string,
    isoMin: iso[0] as string,
    isoMax: iso[1] as string,
  };
  return typeof readRates(input) === "object" ? input : null;
}
