/**
 * Day rates for fee ranges: typed by staff (or read from a rates file the firm keeps internally) and kept only in
 * this browser's localStorage under `ratesStorageKey`. Nothing here sends them anywhere; public pages never load this
 * module (test/e2e/staff-workspace.spec.ts checks the scripts public pages load).
 *
 * A rates file is JSON: `{ "currency": "HKD", "soc2": [min, max], "iso42001": [min, max] }` (per audit day).
 */
import type { Settings } from "../../engine/schema.ts";

export const ratesStorageKey = "hk-readiness.staff.rates";
const storageFormat = 1;

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

function storage(): Storage | null {
  try {
    return typeof localStorage === "undefined" ? null : localStorage;
  } catch {
    // Storage can be disabled by privacy settings; rates then last for this visit only.
    return null;
  }
}

/** The rates saved in this browser, or null (none, or unreadable: then removed). */
export function loadSavedRates(): RatesInput | null {
  const store = storage();
  const raw = store?.getItem(ratesStorageKey);
  if (!raw) return null;
  try {
    const saved = JSON.parse(raw) as Record<string, unknown>;
    const pair = (value: unknown): [string, string] =>
      Array.isArray(value) && value.length === 2 && value.every((v) => typeof v === "string")
        ? [value[0] as string, value[1] as string]
        : ["", ""];
    if (saved.format !== storageFormat || typeof saved.currency !== "string") throw new Error("format");
    const [soc2Min, soc2Max] = pair(saved.soc2);
    const [isoMin, isoMax] = pair(saved.iso42001);
    return { currency: saved.currency, soc2Min, soc2Max, isoMin, isoMax };
  } catch {
    store?.removeItem(ratesStorageKey);
    return null;
  }
}

export function saveRates(input: RatesInput): void {
  const record = {
    format: storageFormat,
    currency: input.currency,
    soc2: [input.soc2Min, input.soc2Max],
    iso42001: [input.isoMin, input.isoMax],
  };
  try {
    storage()?.setItem(ratesStorageKey, JSON.stringify(record));
  } catch {
    // Quota or privacy errors: the rates last for this visit.
  }
}

export function clearSavedRates(): void {
  storage()?.removeItem(ratesStorageKey);
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
