/**
 * The proposal inputs on screen: where they came from and the versions, the organisation's facts, the scope (slot),
 * SOC 2, ISO/IEC 42001 days per stage and per year with the sampled locations, day rates and fees (slot), the
 * timeline, the regulator flags and the top gaps.
 */
import type { ComponentChildren, RefObject } from "preact";
import type { Method } from "../../engine/method-index.ts";
import type { StaffT } from "../../i18n/packs/staff.ts";
import type { Formatter } from "../../report/format.ts";
import { ScrollRegion } from "../assessment/ScrollRegion.tsx";
import type { Workspace } from "./workspace-model.ts";

export interface ProposalViewProps {
  t: StaffT;
  format: Formatter;
  method: Method;
  workspace: Workspace;
  source: string;
  headingRef: RefObject<HTMLHeadingElement>;
  scope: ComponentChildren;
  rates: ComponentChildren;
}

export function ProposalView({ t, format, method, workspace, source, headingRef, scope, rates }: ProposalViewProps) {
  const { assessment } = workspace;
  const p = assessment.proposal;
  const answers = workspace.answerSet.answers;
  const engagement = assessment.soc2.engagement;
  const iso = assessment.iso42001;
  const days = assessment.soc2.days;

  // Findings read as findings: the gap text, never the control statement.
  const gapFinding = (questionId: string) => {
    const question = method.questionsById.get(questionId);
    return question?.type === "maturity" ? format.text(question.gap) : questionId;
  };
  const option = (questionId: string, id: string | undefined) =>
    id === undefined ? t("org.notAnswered") : format.option(questionId, id);
  const count = (value: number | undefined) => (value === undefined ? t("org.notAnswered") : format.number(value));
  const list = (questionId: string, ids: readonly string[]) => {
    if (answers[questionId] === undefined) return t("org.notAnswered");
    if (ids.length === 0) return t("org.none");
    return ids.map((id) => format.option(questionId, id)).join(t("punct.listSeparator"));
  };
  const o = p.organisation;
  const organisation: [string, string, string][] = [
    ["industry", t("org.industry"), option("industry", o.industry)],
    ["headcount", t("org.headcount"), count(o.headcount)],
    ["ai_headcount", t("org.aiHeadcount"), count(o.aiHeadcount)],
    ["sites", t("org.sites"), count(o.sites)],
    ...(assessment.visibleQuestions.includes("sites_same_processes")
      ? [
          [
            "sites_same_processes",
            t("org.sitesSameProcesses"),
            option("sites_same_processes", o.sitesSameProcesses),
          ] as [string, string, string],
        ]
      : []),
    ["hosting", t("org.hosting"), option("hosting", o.hosting)],
    ["systems", t("org.systems"), count(o.systems)],
    ["subservice_organisations", t("org.subserviceOrganisations"), count(o.subserviceOrganisations)],
    ...(o.subserviceMethod
      ? [
          ["subservice_method", t("org.subserviceMethod"), option("subservice_method", o.subserviceMethod)] as [
            string,
            string,
            string,
          ],
        ]
      : []),
    ["ai_systems", t("org.aiSystems"), count(o.aiSystems)],
    ["ai_roles", t("org.aiRoles"), list("ai_roles", o.aiRoles)],
    ["regulated_status", t("org.regulatedStatus"), list("regulated_status", o.regulatedStatus)],
    ["prior_certifications", t("org.priorCertifications"), list("prior_certifications", o.priorCertifications)],
  ];

  const summary = t("scope.summary", {
    soc2: [
      days.type1 ? `${format.message("type.type1")} ${t("soc2.days", { days: days.type1.days })}` : "",
      days.type2 ? `${format.message("type.type2")} ${t("soc2.days", { days: days.type2.days })}` : "",
    ]
      .filter(Boolean)
      .join(", "),
    iso: iso.applicable ? t("soc2.days", { days: iso.days.initial }) : t("scope.summaryNone"),
  });

  return (
    <div class="staff-proposal">
      <section class="results-section" aria-labelledby="staff-head-title">
        <h2 id="staff-head-title" tabIndex={-1} ref={headingRef}>
          {t("head.title")}
        </h2>
        <dl class="facts" data-figure="head">
          <div>
            <dt>{t("head.source")}</dt>
            <dd>{source}</dd>
          </div>
          <div>
            <dt>{t("head.method")}</dt>
            <dd data-figure="method-version">{p.methodVersion}</dd>
          </div>
          <div>
            <dt>{t("head.questionnaire")}</dt>
            <dd data-figure="questionnaire-version">{format.number(p.questionnaireVersion)}</dd>
          </div>
          <div>
            <dt>{t("head.readiness")}</dt>
            <dd>
              {t("head.readinessValue", {
                score: p.readiness.overall,
                band: format.message(`band.${p.readiness.band}`),
              })}
            </dd>
          </div>
          <div>
            <dt>{t("head.answered")}</dt>
            <dd>
              {t("head.answeredValue", {
                answered: assessment.completeness.answered,
                total: assessment.completeness.total,
              })}
            </dd>
          </div>
        </dl>
        <p class="small muted">{t("head.estimates")}</p>
        <p class="visually-hidden" aria-live="polite">
          {summary}
        </p>
      </section>

      <section class="results-section" aria-labelledby="staff-org-title">
        <h3 id="staff-org-title">{t("org.title")}</h3>
        <dl class="facts staff-org" data-figure="organisation">
          {organisation.map(([id, label, value]) => (
            <div key={id} data-field={id}>
              <dt>{label}</dt>
              <dd>{value}</dd>
            </div>
          ))}
        </dl>
      </section>

      {scope}

      <section class="results-section" aria-labelledby="staff-soc2-title">
        <h3 id="staff-soc2-title">{t("soc2.title")}</h3>
        <dl class="facts" data-figure="soc2-facts">
          <div>
            <dt>{t("soc2.firstReport")}</dt>
            <dd>{format.message(`type.${engagement.firstReport}`)}</dd>
          </div>
          <div>
            <dt>{t("soc2.path")}</dt>
            <dd>{format.message(`path.${engagement.path}`)}</dd>
          </div>
          {engagement.path !== "type1_only" && (
            <div>
              <dt>{t("soc2.observation")}</dt>
              <dd data-figure="observation">{t("soc2.months", { months: engagement.observationMonths })}</dd>
            </div>
          )}
          <div>
            <dt>{t("soc2.criteriaCount")}</dt>
            <dd data-figure="criteria-count">{format.number(p.soc2.criteriaCount)}</dd>
          </div>
        </dl>
        <p>
          {t("soc2.categoriesInScope")}:{" "}
          <strong data-figure="categories">
            {p.soc2.categories.map(format.category).join(t("punct.listSeparator"))}
          </strong>
        </p>
        <div class="day-cards">
          {days.type1 && (
            <div class="day-card">
              <p class="day-label">{t("soc2.type1Days")}</p>
              <p class="day-value" data-figure="days-type1">
                {t("soc2.days", { days: days.type1.days })}
              </p>
            </div>
          )}
          {days.type2 && (
            <div class="day-card">
              <p class="day-label">{t("soc2.type2Days", { months: days.type2.observationMonths })}</p>
              <p class="day-value" data-figure="days-type2">
                {t("soc2.days", { days: days.type2.days })}
              </p>
            </div>
          )}
        </div>
        <details class="why">
          <summary>{t("soc2.why")}</summary>
          <ul>
            {engagement.reasons.map((r, i) => (
              <li key={i}>{format.step(r)}</li>
            ))}
          </ul>
        </details>
      </section>

      <section class="results-section" aria-labelledby="staff-iso-title">
        <h3 id="staff-iso-title">{t("iso.title")}</h3>
        {iso.applicable ? (
          <>
            <dl class="facts">
              <div>
                <dt>{t("iso.title")}</dt>
                <dd data-figure="iso-applicable">{t("iso.applicable")}</dd>
              </div>
              <div>
                <dt>{t("iso.role")}</dt>
                <dd>{format.message(`role.${iso.roleColumn}`)}</dd>
              </div>
              <div>
                <dt>{t("iso.sitesAudited")}</dt>
                <dd data-figure="iso-sites">
                  {iso.sites.kind === "single"
                    ? t("iso.sitesSingle")
                    : iso.sites.kind === "all"
                      ? t("iso.sitesAll", { sites: iso.sites.sites })
                      : t("iso.sitesSampled", { audited: iso.sites.audited, sites: iso.sites.sites })}
                </dd>
              </div>
            </dl>
            <ScrollRegion label={t("iso.stagesTable")}>
              <table>
                <caption>{t("iso.stagesTable")}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t("iso.audit")}</th>
                    <th scope="col">{t("iso.year")}</th>
                    <th scope="col">{t("iso.days")}</th>
                  </tr>
                </thead>
                <tbody>
                  {iso.days.audits.map((audit) => (
                    <tr key={audit.id}>
                      <th scope="row">{t(`iso.${audit.id}`)}</th>
                      <td>{format.number(audit.year)}</td>
                      <td data-figure={`iso-${audit.id}`}>{format.number(audit.days)}</td>
                    </tr>
                  ))}
                  <tr class="total">
                    <th scope="row">{t("iso.total")}</th>
                    <td>{t("iso.allYears")}</td>
                    <td data-figure="iso-total">{format.number(iso.days.cycleTotal)}</td>
                  </tr>
                </tbody>
              </table>
            </ScrollRegion>
            <ScrollRegion label={t("iso.yearsTable")}>
              <table>
                <caption>{t("iso.yearsTable")}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t("iso.year")}</th>
                    <th scope="col">{t("iso.days")}</th>
                  </tr>
                </thead>
                <tbody>
                  {iso.days.byYear.map((row) => (
                    <tr key={row.year}>
                      <th scope="row">{t("iso.yearN", { year: row.year })}</th>
                      <td data-figure={`iso-year-${row.year}`}>{format.number(row.days)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </ScrollRegion>
          </>
        ) : (
          <>
            <p data-figure="iso-applicable">
              <strong>{t("iso.notApplicable")}</strong>
            </p>
            <ul>
              {iso.reasons.map((r, i) => (
                <li key={i}>{format.step(r)}</li>
              ))}
            </ul>
          </>
        )}
      </section>

      {rates}

      <section class="results-section" aria-labelledby="staff-timeline-title">
        <h3 id="staff-timeline-title">{t("timeline.title")}</h3>
        <ScrollRegion label={t("timeline.table")}>
          <table data-figure="timeline">
            <caption class="visually-hidden">{t("timeline.table")}</caption>
            <thead>
              <tr>
                <th scope="col">{t("timeline.milestone")}</th>
                <th scope="col">{t("timeline.framework")}</th>
                <th scope="col">{t("timeline.when")}</th>
              </tr>
            </thead>
            <tbody>
              {assessment.timeline.milestones.map((m) => (
                <tr key={m.id} data-milestone={m.id}>
                  <th scope="row">{format.message(m.key)}</th>
                  <td>{format.message(`framework.${m.framework}`)}</td>
                  <td>{m.endDate ? format.dateRange(m.date, m.endDate) : format.date(m.date)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollRegion>
      </section>

      <section class="results-section" aria-labelledby="staff-flags-title">
        <h3 id="staff-flags-title">{t("flags.title")}</h3>
        {assessment.overlay.length === 0 ? (
          <p>{t("flags.none")}</p>
        ) : (
          <ScrollRegion label={t("flags.table")}>
            <table data-figure="flags">
              <caption class="visually-hidden">{t("flags.table")}</caption>
              <thead>
                <tr>
                  <th scope="col">{t("flags.reference")}</th>
                  <th scope="col">{t("flags.expectation")}</th>
                  <th scope="col">{t("flags.regulator")}</th>
                </tr>
              </thead>
              <tbody>
                {assessment.overlay.map((item) => {
                  const e = method.regulators.expectations.find((x) => x.id === item.id);
                  const regulator = method.regulators.regulators.find((r) => r.id === item.regulator);
                  return (
                    <tr key={item.id} data-flag={item.id}>
                      <th scope="row">{e?.ref ?? item.id}</th>
                      <td>{e ? format.text(e.title) : item.id}</td>
                      <td>{regulator ? format.text(regulator.name) : item.regulator}</td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </ScrollRegion>
        )}
      </section>

      <section class="results-section" aria-labelledby="staff-gaps-title">
        <h3 id="staff-gaps-title">{t("gaps.title")}</h3>
        {p.topGaps.length === 0 ? (
          <p>{t("gaps.none")}</p>
        ) : (
          <ol class="staff-gaps" data-figure="gaps">
            {assessment.gaps
              .filter((gap) => p.topGaps.includes(gap.questionId))
              .map((gap) => (
                <li key={gap.questionId} class={`severity-${gap.severity}`} data-gap={gap.questionId}>
                  <span class="badge">{format.message(`severity.${gap.severity}`)}</span> {gapFinding(gap.questionId)}{" "}
                  <span class="small muted">
                    ({t("gaps.answer")}:{" "}
                    {gap.answer === "unanswered" ? t("gaps.unanswered") : format.option("maturity", gap.answer)})
                  </span>
                </li>
              ))}
          </ol>
        )}
      </section>
    </div>
  );
}
