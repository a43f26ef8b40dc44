/**
 * The results dashboard. Loaded as its own chunk; Chart.js loads only when the chart is drawn, jsPDF only when the
 * PDF is asked for. Every figure comes from the engine's Assessment; "why this number" panels render its traces.
 */
import { useEffect, useMemo, useRef, useState } from "preact/hooks";
import type { AnswerSet } from "../../engine/answers.ts";
import type { Assessment } from "../../engine/index.ts";
import type { IsoAuditId } from "../../engine/iso.ts";
import type { Method } from "../../engine/method-index.ts";
import { overlayWhy } from "../../engine/overlay.ts";
import type { BandId } from "../../engine/schema.ts";
import type { TraceStep } from "../../engine/trace.ts";
import type { Locale } from "../../i18n/locales.ts";
import { gapsCsv } from "../../lib/exports.ts";
import type { Firm } from "../../lib/firm.ts";
import { saveFile } from "../../lib/save-file.ts";
import { encodeShareFragment } from "../../lib/share-link.ts";
import type { Formatter } from "../../report/format.ts";
import { buildReportModel } from "../../report/model.ts";
import { go, setStartDate } from "../../stores/assessment.ts";
import type { T } from "../i18n.ts";
import { DomainChart } from "./DomainChart.tsx";
import { ScrollRegion } from "./ScrollRegion.tsx";
import { TimelineChart } from "./TimelineChart.tsx";

export interface ResultsProps {
  t: T;
  firm: Firm;
  format: Formatter;
  method: Method;
  assessment: Assessment;
  answerSet: AnswerSet;
  locale: Locale;
  contactUrl: string;
  methodUrl: string;
}

/** Session key under which "talk to us" hands the answers to the enquiry form. */
export const attachKey = "hk-readiness.attach";

/** The results' label of each audit of the ISO/IEC 42001 cycle. */
const isoAuditLabel = {
  stage1: "results.isoStage1",
  stage2: "results.isoStage2",
  surveillance1: "results.isoSurv1",
  surveillance2: "results.isoSurv2",
  recertification: "results.isoRecert",
} as const satisfies Record<IsoAuditId, string>;

function Why({ t, steps, format }: { t: T; steps: readonly TraceStep[]; format: Formatter }) {
  return (
    <details class="why">
      <summary>{t("results.whyNumber")}</summary>
      <ol>
        {steps.map((step, i) => (
          <li key={i}>{format.step(step)}</li>
        ))}
      </ol>
    </details>
  );
}

export function Results({
  t,
  firm,
  format,
  method,
  assessment,
  answerSet,
  locale,
  contactUrl,
  methodUrl,
}: ResultsProps) {
  const headingRef = useRef<HTMLHeadingElement>(null);
  const [gapFilter, setGapFilter] = useState<"all" | "soc2" | "iso42001">("all");
  const [shareState, setShareState] = useState<"idle" | "copied" | "failed">("idle");
  const [pdfState, setPdfState] = useState<"idle" | "working" | "failed">("idle");
  const [organisation, setOrganisation] = useState("");
  useEffect(() => headingRef.current?.focus(), []);

  const { readiness, soc2, iso42001: iso, timeline } = assessment;
  const band = (id: BandId) => format.message(`band.${id}`);
  const shareUrl = useMemo(() => {
    const base = `${window.location.origin}${window.location.pathname}`;
    return `${base}#${encodeShareFragment(method, answerSet)}`;
  }, [method, answerSet]);
  const filtered = assessment.gaps.filter((g) => gapFilter === "all" || g.frameworks.includes(gapFilter));
  // Controls that are documented but not yet evidenced are listed compactly after the real gaps.
  const gaps = filtered.filter((g) => g.severity !== "low");
  const evidenceGaps = filtered.filter((g) => g.severity === "low");
  const domainBars = readiness.domains.map((d) => ({ label: format.domain(d.domain), score: d.score, band: d.band }));
  const stamp = answerSet.startDate ?? assessment.startDate;

  const copyLink = async () => {
    try {
      await navigator.clipboard.writeText(shareUrl);
      setShareState("copied");
    } catch {
      setShareState("failed");
    }
  };
  // jsPDF (and, for Chinese, the font) load only now, on request.
  const downloadPdf = async () => {
    if (pdfState === "working") return;
    setPdfState("working");
    try {
      const { renderPdfInBrowser, savePdf, pdfFileName } = await import("../../report/pdf/browser.ts");
      const model = buildReportModel(method, assessment, locale);
      const name = organisation.trim();
      const bytes = await renderPdfInBrowser({ model, firm, ...(name ? { organisation: name } : {}) });
      savePdf(bytes, pdfFileName(locale));
      setPdfState("idle");
    } catch {
      setPdfState("failed");
    }
  };
  const talkToUs = () => {
    try {
      sessionStorage.setItem(attachKey, JSON.stringify(answerSet));
    } catch {
      // Without session storage the form simply starts without the attachment.
    }
  };

  return (
    <div class="results">
      <div class="results-head">
        <h2 tabIndex={-1} ref={headingRef}>
          {t("results.title")}
        </h2>
        <button type="button" class="button secondary" onClick={() => go({ name: "step", index: 0 })}>
          {t("results.editAnswers")}
        </button>
      </div>

      <aside class="callout warn" aria-labelledby="results-notice">
        <p id="results-notice">
          <strong>{t("results.noticeTitle")}</strong>
        </p>
        <p>{format.message("notice.self_assessment")}</p>
        <p>{format.message("notice.independence")}</p>
      </aside>

      {assessment.completeness.missing.length > 0 && (
        <p class="callout">{t("results.incomplete", { count: assessment.completeness.missing.length })}</p>
      )}

      <section aria-labelledby="results-scores" class="results-section">
        <h3 id="results-scores" class="visually-hidden">
          {t("results.overall")}
        </h3>
        <div class="score-cards">
          <div class={`score-card band-${readiness.overall.band}`} data-figure="overall">
            <p class="score-label">{t("results.overall")}</p>
            <p class="score-value">
              {format.number(readiness.overall.score)} <span class="small">{t("results.outOf")}</span>
            </p>
            <p class="score-band">{band(readiness.overall.band)}</p>
            <p class="small">{format.message(`band.${readiness.overall.band}.summary`)}</p>
          </div>
          <div class={`score-card band-${readiness.soc2.band}`} data-figure="soc2">
            <p class="score-label">{t("results.soc2Readiness")}</p>
            <p class="score-value">
              {format.number(readiness.soc2.score)} <span class="small">{t("results.outOf")}</span>
            </p>
            <p class="score-band">{band(readiness.soc2.band)}</p>
            <p class="small" data-figure="soc2-path">
              {format.message(`path.${soc2.engagement.path}`)}
            </p>
          </div>
          {readiness.iso42001 && (
            <div class={`score-card band-${readiness.iso42001.band}`} data-figure="iso">
              <p class="score-label">{t("results.isoReadiness")}</p>
              <p class="score-value">
                {format.number(readiness.iso42001.score)} <span class="small">{t("results.outOf")}</span>
              </p>
              <p class="score-band">{band(readiness.iso42001.band)}</p>
            </div>
          )}
        </div>
        <Why t={t} steps={readiness.overall.trace} format={format} />
        {readiness.blockers.length > 0 && (
          <div class="callout warn">
            <p>
              <strong>{t("results.blockers")}</strong>: {t("results.blockersIntro")}
            </p>
            <ul>
              {readiness.blockers.map((id) => {
                const question = method.questionsById.get(id);
                // Findings read as findings: the gap text, never the control statement.
                return <li key={id}>{question?.type === "maturity" ? format.text(question.gap) : id}</li>;
              })}
            </ul>
          </div>
        )}
      </section>

      <section aria-labelledby="results-domains" class="results-section">
        <h3 id="results-domains">{t("results.domainsTitle")}</h3>
        <DomainChart bars={domainBars} label={t("results.chartLabel")} locale={locale} />
        <ScrollRegion label={t("results.domainsTable")}>
          <table>
            <caption class="visually-hidden">{t("results.domainsTable")}</caption>
            <thead>
              <tr>
                <th scope="col">{t("results.domain")}</th>
                <th scope="col">{t("results.score")}</th>
                <th scope="col">{t("results.band")}</th>
              </tr>
            </thead>
            <tbody>
              {domainBars.map((d) => (
                <tr key={d.label}>
                  <th scope="row">{d.label}</th>
                  <td>{format.number(d.score)}</td>
                  <td>{band(d.band)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollRegion>
      </section>

      <section aria-labelledby="results-soc2" class="results-section">
        <h3 id="results-soc2">{t("results.soc2Title")}</h3>
        <dl class="facts" data-figure="soc2-facts">
          <div>
            <dt>{t("results.firstReport")}</dt>
            <dd>{format.message(`type.${soc2.engagement.firstReport}`)}</dd>
          </div>
          <div>
            <dt>{t("results.path")}</dt>
            <dd>{format.message(`path.${soc2.engagement.path}`)}</dd>
          </div>
          {soc2.engagement.path !== "type1_only" && (
            <div>
              <dt>{t("results.observation")}</dt>
              <dd>{t("results.months", { months: soc2.engagement.observationMonths })}</dd>
            </div>
          )}
        </dl>
        <h4>{t("results.why")}</h4>
        <ul>
          {soc2.engagement.reasons.map((r, i) => (
            <li key={i}>{format.step(r)}</li>
          ))}
        </ul>
        <h4>{t("results.criteriaTitle")}</h4>
        <p class="small muted">{t("results.criteriaTotal", { count: soc2.criteria.criteriaCount })}</p>
        <ul class="criteria">
          {soc2.criteria.categories.map((c) => (
            <li key={c.category} class={c.included ? "is-included" : "is-excluded"} data-category={c.category}>
              <span class="criteria-name">
                {format.category(c.category)}{" "}
                <span class="small">({t("results.criteriaCount", { count: c.criteriaCount })})</span>
              </span>
              <span class="criteria-state">{c.included ? t("results.included") : t("results.notIncluded")}</span>
              <span class="criteria-reason small">{c.reasons.map((r) => format.step(r)).join(" ")}</span>
            </li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="results-days" class="results-section">
        <h3 id="results-days">{t("results.daysTitle")}</h3>
        <div class="day-cards">
          {soc2.days.type1 && (
            <div class="day-card" data-figure="days-type1">
              <p class="day-label">{t("results.type1Days")}</p>
              <p class="day-value">{t("results.days", { days: soc2.days.type1.days })}</p>
              <Why t={t} steps={soc2.days.type1.trace} format={format} />
            </div>
          )}
          {soc2.days.type2 && (
            <div class="day-card" data-figure="days-type2">
              <p class="day-label">{t("results.type2Days", { months: soc2.days.type2.observationMonths })}</p>
              <p class="day-value">{t("results.days", { days: soc2.days.type2.days })}</p>
              <Why t={t} steps={soc2.days.type2.trace} format={format} />
            </div>
          )}
          {iso.applicable && (
            <div class="day-card" data-figure="days-iso">
              <p class="day-label">{t("results.isoInitial")}</p>
              <p class="day-value">{t("results.days", { days: iso.days.initial })}</p>
              <Why t={t} steps={iso.trace.initial} format={format} />
            </div>
          )}
        </div>
        <p class="small muted">{format.message("notice.estimates")}</p>
      </section>

      <section aria-labelledby="results-iso" class="results-section">
        <h3 id="results-iso">{t("results.isoTitle")}</h3>
        {iso.applicable ? (
          <>
            <ul>
              {iso.reasons.map((r, i) => (
                <li key={i}>{format.step(r)}</li>
              ))}
            </ul>
            <p>
              {t("results.isoRole")}: <strong>{format.message(`role.${iso.roleColumn}`)}</strong>
            </p>
            <ScrollRegion label={t("results.isoTable")}>
              <table>
                <caption class="visually-hidden">{t("results.isoTable")}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t("results.isoAudit")}</th>
                    <th scope="col">{t("results.isoYear")}</th>
                    <th scope="col">{t("results.isoDays")}</th>
                  </tr>
                </thead>
                <tbody>
                  {iso.days.audits.map((audit) => (
                    <tr key={audit.id}>
                      <th scope="row">{t(isoAuditLabel[audit.id])}</th>
                      <td>{format.number(audit.year)}</td>
                      <td>{format.number(audit.days)}</td>
                    </tr>
                  ))}
                  <tr class="total">
                    <th scope="row">{t("results.isoTotal")}</th>
                    <td>{t("results.isoAllYears")}</td>
                    <td>{format.number(iso.days.cycleTotal)}</td>
                  </tr>
                </tbody>
              </table>
            </ScrollRegion>
            <Why t={t} steps={iso.trace.cycle} format={format} />
          </>
        ) : (
          <>
            <p>
              <strong>{t("results.isoNotApplicable")}</strong>
            </p>
            <ul>
              {iso.reasons.map((r, i) => (
                <li key={i}>{format.step(r)}</li>
              ))}
            </ul>
          </>
        )}
      </section>

      <section aria-labelledby="results-timeline" class="results-section">
        <h3 id="results-timeline">{t("results.timelineTitle")}</h3>
        <div class="start-date">
          <label for="results-start">{t("results.startDate")}</label>
          <input
            id="results-start"
            type="date"
            value={stamp}
            aria-describedby="results-start-help"
            onChange={(e) => {
              const value = (e.currentTarget as HTMLInputElement).value;
              if (/^\d{4}-\d{2}-\d{2}$/.test(value)) setStartDate(value);
            }}
          />
          <p id="results-start-help" class="small muted">
            {t("results.startDateHelp")}
          </p>
        </div>
        <TimelineChart timeline={timeline} format={format} />
        <ScrollRegion label={t("results.timelineList")}>
          <table>
            <caption class="visually-hidden">{t("results.timelineList")}</caption>
            <thead>
              <tr>
                <th scope="col">{t("results.timelineList")}</th>
                <th scope="col">{t("results.framework")}</th>
                <th scope="col">{t("results.dateWhen")}</th>
              </tr>
            </thead>
            <tbody>
              {timeline.milestones.map((m) => (
                <tr key={m.id} class={`fw-${m.framework}`}>
                  <th scope="row">{format.message(m.key)}</th>
                  <td>{format.message(`framework.${m.framework}`)}</td>
                  <td>{m.endDate ? format.dateRange(m.date, m.endDate) : format.date(m.date)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollRegion>
        <Why t={t} steps={timeline.trace} format={format} />
      </section>

      <section aria-labelledby="results-gaps" class="results-section">
        <h3 id="results-gaps">{t("results.gapsTitle")}</h3>
        <fieldset class="filter">
          <legend>{t("results.gapsFilter")}</legend>
          {(
            [
              ["all", "results.filterAll"],
              ["soc2", "results.filterSoc2"],
              ["iso42001", "results.filterIso"],
            ] as const
          ).map(([value, key]) => (
            <span class="option" key={value}>
              <input
                type="radio"
                id={`gap-filter-${value}`}
                name="gap-filter"
                checked={gapFilter === value}
                onChange={() => setGapFilter(value)}
              />
              <label for={`gap-filter-${value}`}>{t(key)}</label>
            </span>
          ))}
        </fieldset>
        <p class="small muted" aria-live="polite">
          {t("results.gapsCount", { count: filtered.length })}
        </p>
        {gaps.length === 0 && evidenceGaps.length === 0 ? (
          <p>{t("results.gapsNone")}</p>
        ) : (
          <ol class="gaps">
            {gaps.map((gap) => {
              const question = method.questionsById.get(gap.questionId);
              if (question?.type !== "maturity") return null;
              const hk = gap.refs.hk.map((id) => method.regulators.expectations.find((e) => e.id === id)?.ref ?? id);
              return (
                <li key={gap.questionId} class={`gap severity-${gap.severity}`}>
                  <p class="gap-head">
                    <span class="badge">{format.message(`severity.${gap.severity}`)}</span>{" "}
                    <span class="small muted">{format.domain(gap.domain)}</span>
                  </p>
                  <p class="gap-finding">{format.text(question.gap)}</p>
                  <p class="small">
                    {t("results.yourAnswer")}:{" "}
                    {gap.answer === "unanswered" ? "—" : format.option("maturity", gap.answer)}
                    {gap.unknown && <> · {t("results.unknownFlag")}</>}
                  </p>
                  <details>
                    <summary>{t("results.evidence")}</summary>
                    <p>{format.text(question.evidence)}</p>
                    <p class="small">
                      {t("results.references")}:{" "}
                      {[...gap.refs.tsc, ...gap.refs.iso, ...hk.map((h) => `${t("assess.refsHk")}: ${h}`)].join(", ")}
                    </p>
                  </details>
                </li>
              );
            })}
          </ol>
        )}
        {evidenceGaps.length > 0 && (
          <details class="evidence-gaps">
            <summary>{t("results.evidenceGapsTitle", { count: evidenceGaps.length })}</summary>
            <p>{t("results.evidenceGapsIntro")}</p>
            <ol>
              {evidenceGaps.map((gap) => (
                <li key={gap.questionId}>
                  {format.questionText(gap.questionId)}{" "}
                  <span class="small muted">({[...gap.refs.tsc, ...gap.refs.iso].join(", ")})</span>
                </li>
              ))}
            </ol>
          </details>
        )}
      </section>

      <section aria-labelledby="results-overlay" class="results-section">
        <h3 id="results-overlay">{t("results.overlayTitle")}</h3>
        {assessment.overlay.length === 0 ? (
          <p>{t("results.overlayNone")}</p>
        ) : (
          <ul class="overlay">
            {assessment.overlay.map((item) => {
              const e = method.regulators.expectations.find((x) => x.id === item.id);
              const regulator = method.regulators.regulators.find((r) => r.id === item.regulator);
              if (!e) return null;
              const gapCount = assessment.gaps.filter((g) => g.refs.hk.includes(item.id)).length;
              return (
                <li key={item.id} class="card">
                  <p class="small muted">{regulator ? format.text(regulator.name) : item.regulator}</p>
                  <h4>
                    {e.ref}: {format.text(e.title)}
                  </h4>
                  <p>
                    <strong>{t("results.overlayExpects")}</strong>: {format.text(e.expects)}
                  </p>
                  <p>
                    <strong>{t("results.overlayWhy")}</strong>: {format.text(overlayWhy(method, item) ?? e.expects)}
                  </p>
                  {item.notes.map((note) => {
                    const text = e.notes[note.index]?.text;
                    return text ? (
                      <p key={note.index} class="overlay-note">
                        {format.text(text)}
                      </p>
                    ) : null;
                  })}
                  <p class="small">
                    {t("results.overlayRelated", { gaps: gapCount, controls: item.questions.length })} ·{" "}
                    <a href={e.url} rel="noopener noreferrer" target="_blank">
                      {t("results.overlaySource")}
                    </a>
                  </p>
                </li>
              );
            })}
          </ul>
        )}
      </section>

      <section aria-labelledby="results-actions" class="results-section">
        <h3 id="results-actions">{t("results.actionsTitle")}</h3>
        <div class="pdf-box">
          <label for="pdf-organisation">{t("results.pdfOrganisation")}</label>
          <input
            id="pdf-organisation"
            type="text"
            maxLength={120}
            autoComplete="organization"
            value={organisation}
            onInput={(e) => setOrganisation((e.currentTarget as HTMLInputElement).value)}
          />
          <button
            type="button"
            class="button"
            id="download-pdf"
            aria-disabled={pdfState === "working" ? "true" : undefined}
            onClick={downloadPdf}
          >
            {pdfState === "working" ? t("results.pdfGenerating") : t("results.downloadPdf")}
          </button>
          <p role="status" class="small">
            {pdfState === "failed" ? t("results.pdfFailed") : ""}
          </p>
        </div>
        <div class="actions">
          <a class="button" href={`${contactUrl}?attach=assessment`} onClick={talkToUs}>
            {t("results.talkToUs")}
          </a>
          <button type="button" class="button secondary" onClick={copyLink}>
            {t("results.copyLink")}
          </button>
          <button
            type="button"
            class="button secondary"
            onClick={() =>
              saveFile(
                `readiness-assessment-${stamp}.json`,
                "application/json",
                `${JSON.stringify({ methodVersion: assessment.methodVersion, answerSet, assessment }, null, 2)}\n`,
              )
            }
          >
            {t("results.exportJson")}
          </button>
          <button
            type="button"
            class="button secondary"
            onClick={() =>
              saveFile(`readiness-gaps-${stamp}.csv`, "text/csv;charset=utf-8", gapsCsv(method, assessment, format))
            }
          >
            {t("results.exportCsv")}
          </button>
        </div>
        {shareState !== "idle" && (
          <div role="status" class="share-result">
            <p>{shareState === "copied" ? t("results.linkCopied") : t("results.linkCopyFailed")}</p>
            <label for="share-link">{t("results.shareLinkLabel")}</label>
            <input
              id="share-link"
              type="text"
              readOnly
              value={shareUrl}
              onFocus={(e) => (e.currentTarget as HTMLInputElement).select()}
            />
          </div>
        )}
        <p>
          <a href={methodUrl}>{t("results.methodLink")}</a>
        </p>
      </section>
    </div>
  );
}
