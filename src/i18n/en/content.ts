/**
 * Texts of the components used on content pages (MDX tables, diagrams, the verification register) and the punctuation
 * each language writes between a label and its value, in lists and around an aside.
 * This object defines the pack's keys; `zh-hk/content.ts` must provide every one (a missing or extra key is a type error).
 */
export const content = {
  "punct.colon": ": ",
  "punct.labelColon": ":",
  "punct.listSeparator": ", ",
  "punct.comma": ", ",
  "punct.parenthesis": " ({text})",
  "table.label": "Table {number}: {headings} (scrolls sideways)",
  "questionRefs.soc2": "SOC 2 criteria",
  "questionRefs.iso": "ISO/IEC 42001 clauses and controls",
  "questionRefs.caption": "{name} cited by the questionnaire",
  "questionRefs.region": "Table: {name} cited by the questionnaire (scrolls sideways)",
  "questionRefs.ref": "Reference",
  "questionRefs.count": "Questions",
  "questionRefs.questions": "Questions that cite it",
  "questionRefs.none": "No question cites this yet",
  "questionRefs.uncovered": "No question cites these yet: {ids}.",
  "glossary.group.soc": "SOC reports",
  "glossary.group.iso": "ISO/IEC 42001 and certification",
  "glossary.group.hk": "Hong Kong",
  "glossary.group.general": "General",
  "glossary.groupLabel": "Table: glossary, {group} (scrolls sideways)",
  "glossary.documentsCaption": "Chinese titles of Hong Kong documents",
  "glossary.documentsLabel": "Table: Chinese titles of Hong Kong documents (scrolls sideways)",
  "frameworkMap.none": "no direct match",
  "socTimeline.title": "SOC 2 Type I and Type II on a time axis",
  "socTimeline.caption":
    "A Type I report speaks as of one specified date; a Type II report covers an observation period. Not to scale.",
  "socTimeline.type1": "Type I",
  "socTimeline.type2": "Type II",
  "socTimeline.start": "engagement starts",
  "socTimeline.asOf": "as-of date",
  "socTimeline.report": "report",
  "socTimeline.period": "observation period",
  "socTimeline.testing": "testing and reporting",
  "socTimeline.axis": "time",
  "socTimeline.steps.0":
    "Type I: the opinion is as of a date specified in the report (in our planning, month {type1AsOfMonths} of the engagement); the report is typically issued {type1ReportMonths} months after the engagement starts.",
  "socTimeline.steps.1":
    "Type II: controls must operate, with records, throughout the observation period: at least {minObservationMonths} months for a first report in our practice and {annualObservationMonths} months for the reports that follow each year.",
  "socTimeline.steps.2":
    "After the period, testing and reporting take {type2ReportingMonths} months, so a first Type II report arrives about {firstType2MonthsFromPeriodStart} months after the period starts.",
  "assessmentFlow.title": "How the readiness assessment turns answers into results",
  "assessmentFlow.caption":
    "The order in which the assessment's engine works. The result is a self-assessment, not an audit or attestation.",
  "assessmentFlow.boxes.0": "Your answers",
  "assessmentFlow.boxes.1": "Which questions apply",
  "assessmentFlow.boxes.2": "Scores",
  "assessmentFlow.boxes.3": "Bands and blockers",
  "assessmentFlow.boxes.4": "Report type and scope",
  "assessmentFlow.boxes.5": "Audit days and timeline",
  "assessmentFlow.boxes.6": "Gaps and Hong Kong overlay",
  "assessmentFlow.boxes.7": "Results on screen and in the PDF",
  "assessmentFlow.steps.0": "Your answers: your profile and your controls; they stay in your browser.",
  "assessmentFlow.steps.1":
    "Which questions apply: some questions appear only after certain answers; skipped questions are not scored.",
  "assessmentFlow.steps.2":
    "Scores: each answer earns the points and weight the questionnaire sets, giving scores per domain, for SOC 2 and for ISO/IEC 42001.",
  "assessmentFlow.steps.3":
    "Bands and blockers: each score falls in a readiness band; a blocker question answered too low caps the band.",
  "assessmentFlow.steps.4":
    "Report type and scope: a suggested SOC 2 Type I or Type II report, observation period and Trust Services categories, and whether ISO/IEC 42001 applies.",
  "assessmentFlow.steps.5":
    "Audit days and timeline: audit days per stage from the published method, and a timeline from the start date you choose.",
  "assessmentFlow.steps.6":
    "Gaps and Hong Kong overlay: prioritised gaps, and the Hong Kong regulatory references your answers point to.",
  "assessmentFlow.steps.7":
    "Results on screen and in the PDF: every figure with its reasoning. A self-assessment, not an audit, attestation or advice.",
  "isoCycle.title": "The ISO/IEC 42001 three-year certification cycle",
  "isoCycle.caption":
    "From Stage 1 to recertification. The certificate's three years are drawn to scale; the initial audits are not.",
  "isoCycle.stage1": "Stage 1",
  "isoCycle.stage2": "Stage 2",
  "isoCycle.decision": "decision",
  "isoCycle.valid": "certificate valid {certificateValidityYears} years",
  "isoCycle.s1": "surveillance",
  "isoCycle.s2": "surveillance",
  "isoCycle.re": "recertification",
  "isoCycle.months": "months after the decision",
  "isoCycle.steps.0":
    "Stage 1: documentation and readiness review; about {stage2AfterStage1Weeks} weeks before Stage 2 to close the Stage 1 findings.",
  "isoCycle.steps.1":
    "Stage 2: implementation and effectiveness audit. From Stage 1 to the certification decision typically takes {stage1ToCertificateWeeks} weeks.",
  "isoCycle.steps.2": "Certification decision: made by someone who was not on the audit team.",
  "isoCycle.steps.3":
    "The certificate is valid for {certificateValidityYears} years. In our planning the surveillance audits fall by month {firstSurveillanceMonth} and month {secondSurveillanceMonth} after the decision, each about {surveillancePercent}% of the initial audit time.",
  "isoCycle.steps.4":
    "The recertification audit is completed before the certificate expires (about month {recertificationMonth}), at about {recertificationPercent}% of the initial audit time, and starts a new cycle.",
  "verification.caption": "Certificates and reports issued by us",
  "verification.ref": "Reference",
  "verification.holder": "Holder",
  "verification.standard": "Standard or report",
  "verification.scope": "Scope",
  "verification.status": "Status",
  "verification.dates": "Dates",
  "verification.example": "Example",
  "verification.statuses.valid": "Valid",
  "verification.statuses.suspended": "Suspended",
  "verification.statuses.withdrawn": "Withdrawn",
  "verification.issued": "issued",
  "verification.expires": "expires",
  "verification.period": "period covered",
  "verification.since": "status since",
  "verification.examplesTitle": "Example entries",
  "verification.examples":
    "Entries marked “(Example)” are fictitious examples, shown so that you can see how the register works. None of them is a real certificate or report.",
  "glossary.en": "English",
  "glossary.zh": "Chinese (Hong Kong)",
  "glossary.definition": "Meaning",
  "glossary.title": "English title",
  "glossary.zhTitle": "Chinese title",
  "glossary.status": "Chinese title",
  "glossary.checked": "checked",
  "glossary.unchecked": "not yet checked",
  "frameworkMap.caption": "Themes across SOC 2, ISO/IEC 27001, ISO/IEC 42001 and the NIST AI RMF",
  "frameworkMap.region": "Table: cross-framework map (scrolls sideways)",
  "frameworkMap.theme": "Theme",
} as const;

export type ContentKey = keyof typeof content;
