/**
 * Day rates (kept in this browser only; see rates.ts) and the fee ranges the engine works out from them.
 */
import { useState } from "preact/hooks";
import type { StaffT } from "../../i18n/packs/staff.ts";
import type { Formatter } from "../../report/format.ts";
import { feeRangeText } from "../../report/pdf/appendix.ts";
import { ScrollRegion } from "../assessment/ScrollRegion.tsx";
import { emptyRates, parseRatesFile, type RatesInput, readRates } from "./rates.ts";
import type { Workspace } from "./workspace-model.ts";

export interface RatesPanelProps {
  t: StaffT;
  format: Formatter;
  workspace: Workspace;
  input: RatesInput;
  onChange: (next: RatesInput) => void;
}

export function RatesPanel({ t, format, workspace, input, onChange }: RatesPanelProps) {
  const [message, setMessage] = useState<{ tone: "info" | "warn"; text: string } | null>(null);
  const state = readRates(input);
  const { assessment } = workspace;
  const proposal = assessment.proposal;
  const field = (key: keyof RatesInput, id: string, label: string) => (
    <div class="staff-field">
      <label for={id}>{label}</label>
      <input
        id={id}
        type="number"
        inputMode="decimal"
        min={0}
        step="any"
        autoComplete="off"
        value={input[key]}
        aria-invalid={state === "invalid" && input[key].trim() !== "" ? "true" : undefined}
        onInput={(e) => onChange({ ...input, [key]: (e.currentTarget as HTMLInputElement).value })}
      />
    </div>
  );

  const fees: { id: string; label: string; days: number; range: string }[] = [];
  const soc2Days = assessment.soc2.days;
  if (soc2Days.type1 && proposal.soc2.fees?.type1) {
    fees.push({
      id: "soc2-type1",
      label: t("fees.soc2Type1"),
      days: soc2Days.type1.days,
      range: feeRangeText(format, proposal.soc2.fees.type1),
    });
  }
  if (soc2Days.type2 && proposal.soc2.fees?.type2) {
    fees.push({
      id: "soc2-type2",
      label: t("fees.soc2Type2", { months: soc2Days.type2.observationMonths }),
      days: soc2Days.type2.days,
      range: feeRangeText(format, proposal.soc2.fees.type2),
    });
  }
  const iso = assessment.iso42001;
  if (iso.applicable && proposal.iso42001.applicable && proposal.iso42001.fees) {
    fees.push(
      {
        id: "iso-initial",
        label: t("fees.isoInitial"),
        days: iso.days.initial,
        range: feeRangeText(format, proposal.iso42001.fees.initial),
      },
      {
        id: "iso-cycle",
        label: t("fees.isoCycle"),
        days: iso.days.cycleTotal,
        range: feeRangeText(format, proposal.iso42001.fees.cycle),
      },
    );
  }

  return (
    <section class="results-section staff-rates" aria-labelledby="staff-rates-title">
      <h3 id="staff-rates-title">{t("rates.title")}</h3>
      <p>{t("rates.intro")}</p>
      <div class="staff-grid">
        <div class="staff-field">
          <label for="rates-currency">{t("rates.currency")}</label>
          <input
            id="rates-currency"
            type="text"
            maxLength={3}
            autoComplete="off"
            spellcheck={false}
            value={input.currency}
            aria-describedby="rates-currency-help"
            aria-invalid={state === "invalid" && !/^[A-Za-z]{3}$/.test(input.currency.trim()) ? "true" : undefined}
            onInput={(e) => onChange({ ...input, currency: (e.currentTarget as HTMLInputElement).value.toUpperCase() })}
          />
          <p id="rates-currency-help" class="small muted">
            {t("rates.currencyHelp")}
          </p>
        </div>
      </div>
      <fieldset class="staff-rate-pair">
        <legend>{t("rates.soc2")}</legend>
        <div class="staff-grid">
          {field("soc2Min", "rates-soc2-min", t("rates.min"))}
          {field("soc2Max", "rates-soc2-max", t("rates.max"))}
        </div>
      </fieldset>
      <fieldset class="staff-rate-pair">
        <legend>{t("rates.iso")}</legend>
        <div class="staff-grid">
          {field("isoMin", "rates-iso-min", t("rates.min"))}
          {field("isoMax", "rates-iso-max", t("rates.max"))}
        </div>
      </fieldset>
      <div class="actions">
        <button
          type="button"
          class="button secondary"
          id="rates-clear"
          onClick={() => {
            onChange(emptyRates);
            setMessage({ tone: "info", text: t("rates.cleared") });
          }}
        >
          {t("rates.clear")}
        </button>
      </div>
      <div class="staff-field">
        <label for="rates-file">{t("rates.import")}</label>
        <input
          id="rates-file"
          type="file"
          accept=".json,application/json"
          aria-describedby="rates-file-help"
          onChange={async (e) => {
            const element = e.currentTarget as HTMLInputElement;
            const file = element.files?.[0];
            element.value = "";
            if (!file) return;
            const parsed = file.size < 64 * 1024 ? parseRatesFile(await file.text()) : null;
            if (parsed) {
              onChange(parsed);
              setMessage({ tone: "info", text: t("rates.imported", { name: file.name }) });
            } else {
              setMessage({ tone: "warn", text: t("rates.importFailed") });
            }
          }}
        />
        <p id="rates-file-help" class="small muted">
          {t("rates.importHelp")}
        </p>
      </div>
      <p role="status" class="small" data-rates-state={typeof state === "object" ? "ready" : state}>
        {message?.text ?? ""}
        {state === "invalid" && <strong class="field-error"> {t("rates.invalid")}</strong>}
      </p>

      <h4>{t("fees.title")}</h4>
      {fees.length === 0 ? (
        <p class="muted">{t("rates.incomplete")}</p>
      ) : (
        <>
          <ScrollRegion label={t("fees.title")}>
            <table>
              <caption class="visually-hidden">{t("fees.title")}</caption>
              <thead>
                <tr>
                  <th scope="col">{t("fees.engagement")}</th>
                  <th scope="col">{t("fees.days")}</th>
                  <th scope="col">{t("fees.range")}</th>
                </tr>
              </thead>
              <tbody>
                {fees.map((fee) => (
                  <tr key={fee.id}>
                    <th scope="row">{fee.label}</th>
                    <td>{format.number(fee.days)}</td>
                    <td data-figure={`fee-${fee.id}`}>{fee.range}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </ScrollRegion>
          <p class="small muted">{t("fees.note")}</p>
        </>
      )}
    </section>
  );
}
