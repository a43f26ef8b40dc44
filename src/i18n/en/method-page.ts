/**
 * Prose of the method page (/<lang>/method/). `{name}` placeholders are filled from the method's data files when the
 * page is built, so no figure that lives in content/assessment/*.yaml is written here.
 * This object defines the pack's keys; `zh-hk/method-page.ts` must provide every one (a missing or extra key is a type error).
 */
export const methodPage = {
  "meta.title": "How the readiness assessment works",
  "meta.description":
    "The published method behind the readiness assessment: scoring, the Type I or Type II recommendation, criteria selection and audit-day estimates.",

  "version.heading": "Method version",
  "version.method": "Method version",
  "version.questionnaire": "Questionnaire version",
  "version.published": "Published",
  "version.intro":
    "This page sets out our own method for the readiness assessment: how it scores readiness, recommends a SOC 2 Type I or Type II report, chooses the Trust Services Criteria and estimates audit days. Every figure on this page is read from the same data files the assessment uses, so the page and your results cannot disagree. Each result states the method version it was worked out with; when a figure changes, the version changes and the changelog at the end of this page says what changed.",
  "version.notAudit":
    "The assessment is a self-assessment aid. It gives generic guidance based on the standards and on your own answers; it is not an audit, an attestation or consultancy, and its day figures are planning estimates, not a quote. As auditors we stay independent, so we do not design your controls. See our {terms}.",
  "version.termsLink": "terms and disclaimer",

  "scoring.heading": "How readiness is scored",
  "scoring.scale":
    "Each control question is answered on a maturity scale, and each answer earns points between 0 and 1:",
  "scoring.scaleCaption": "Points for each answer on the maturity scale",
  "scoring.colAnswer": "Answer",
  "scoring.colPoints": "Points",
  "scoring.leftOut": "Left out of the score",
  "scoring.weights":
    "Each question carries a weight from 1 (useful) to 3 (essential). A score is the weighted average of the points of the questions that count, shown on a scale of 0 to 100 and rounded to one decimal place: the sum of points times weight, divided by the sum of the weights.",
  "scoring.unknownNa":
    "“{unknown}” earns {points} points and is flagged for follow-up: if you cannot tell whether a control exists, an auditor could not rely on it either, so it counts as a gap. “{na}” is left out of the average altogether, so it neither raises nor lowers a score.",
  "scoring.sets":
    "The same formula gives every score; only the set of questions differs. Each control question belongs to a domain, and each domain to one framework: SOC 2 questions count for SOC 2 while one of their Trust Services criteria is in your scope (a domain tied to an optional category, such as Privacy, counts only when that category is in scope), and AI management questions count for ISO/IEC 42001 when the standard applies to you. The overall score covers every question that counts for either framework, and each domain score covers that domain's share of them. Questions that your earlier answers skip do not count.",
  "scoring.bandsIntro": "A score falls in the first of these bands whose minimum it reaches:",
  "scoring.bandsCaption": "Readiness bands and their minimum scores",
  "scoring.colBand": "Band",
  "scoring.colMin": "Minimum score",
  "scoring.blockers":
    "Some questions are marked as critical: controls whose absence is likely to lead to exceptions or a modified opinion in a SOC 2 examination, or to a major nonconformity that prevents a recommendation for certification at an ISO/IEC 42001 Stage 2 audit. A critical question answered below “{level}”, or answered “{unknown}”, is a critical gap for the framework of its domain. With any critical gap a framework's band is no better than “{cap}”, however high its score; a SOC 2 critical gap never affects the ISO/IEC 42001 band, and the reverse.",
  "scoring.typeII":
    "A Type II report and an ISO/IEC 42001 Stage 2 audit test controls in operation, so your results also show the share of counted questions answered “{level}”.",
  "scoring.domainsHeading": "Domains",
  "scoring.domainsIntro":
    "Questionnaire version {version} has {questions} control questions in {domains} domains, {blockers} of them critical. Each domain belongs to SOC 2 or to ISO/IEC 42001:",
  "scoring.domainsCaption": "Readiness domains with their framework and number of questions",
  "scoring.colDomain": "Domain",
  "scoring.colFramework": "Framework",
  "scoring.colQuestions": "Control questions",
  "scoring.colBlockers": "Critical questions",

  "soc2.heading": "SOC 2: Type I or Type II",
  "soc2.type1":
    "A Type I report describes your controls as of one date, set {asOf} after the engagement starts, and is issued {min} to {max} months after the start.",
  "soc2.type2":
    "A Type II report also tests whether the controls operated throughout an observation period of at least {min} months, or {annual} months for an annual report. It is issued {reportMin} to {reportMax} months after the period ends, once testing and reporting are done.",
  "soc2.directHeading": "When we recommend a Type II first",
  "soc2.directIntro": "We recommend going straight to a Type II only when all of these hold:",
  "soc2.directBands": "your SOC 2 readiness is in the band {bands}, with no SOC 2 critical gaps;",
  "soc2.directEvidence": "your key controls have run with records for at least {min} months (see the table below);",
  "soc2.directDeadline":
    "any deadline you gave leaves time for the readiness work your band needs, the observation period and {reportMax} months of testing and reporting.",
  "soc2.type1First":
    "Otherwise we recommend a Type I report first. The Type II observation period then starts the day after the Type I date and runs for {min} months. If only a Type I was asked for and your customers do not expect a report every year, we recommend the Type I alone.",
  "soc2.renewal":
    "If you already hold a Type II report and still meet the band and critical-gap conditions above, we plan the next continuous annual period of {annual} months.",
  "soc2.annual":
    "When your customers expect a new report every year — you tell us so, or banks, insurers or other regulated financial institutions are among those asking — each period after the first runs for {annual} months without gaps. The first period is {annual} months too when your records already cover that long and the report can still meet your deadline; otherwise it is {min} months.",
  "soc2.period":
    "The observation period is agreed in the engagement terms before the engagement starts and runs forward from the start. {lookBack}",
  "soc2.lookBackOff": "We do not place a first period over months already past.",
  "soc2.lookBackOn":
    "Where your records are complete, a first period may look back over months already evidenced and end when the engagement starts.",
  "soc2.deadlineCheck":
    "Your results compare the first report's expected window with your deadline: met when the whole window falls by it, tight when only its start does, missed when even the earliest realistic date is later — then the result says so and gives that date.",
  "soc2.evidenceIntro":
    "How we read your answer on how long your key controls have run with records (we count the lower end of each range):",
  "soc2.evidenceCaption": "Months of evidence counted for each answer",
  "soc2.colAnswer": "Your answer",
  "soc2.colEvidenceMonths": "Months counted",
  "soc2.deadlineIntro": "And your answer on when you need the first report, as months from your start date:",
  "soc2.deadlineCaption": "Report deadline answers as months from the start date",
  "soc2.colDeadlineMonths": "Months from the start",
  "soc2.noDeadline": "No deadline",

  "rule.answer": "“{answers}” is chosen for “{question}”",
  "rule.atLeast": "the answer to “{question}” is {value} or more",
  "rule.not": "not: {text}",
  "criteria.heading": "Trust Services Criteria in scope",
  "criteria.intro":
    "Security, the common criteria, is part of every SOC 2 report. The other four categories follow what you promise your customers, because that is what their due diligence looks for, so we add a category when your answers show the commitment behind it:",
  "criteria.caption": "Trust Services categories, their criteria and when we include them",
  "criteria.colCategory": "Category",
  "criteria.colCount": "Criteria",
  "criteria.colIds": "Criteria IDs",
  "criteria.colWhen": "When we include it",
  "criteria.security": "Always",
  "criteria.availability":
    "Your commitments to customers include “{sla}”, or you describe your organisation as “{cloud}”.",
  "criteria.confidentiality": "Your commitments to customers include “{nda}”.",
  "criteria.processingIntegrity": "Your commitments to customers include “{transactions}”.",
  "criteria.privacy":
    "Personal data is central to the service and you make commitments about it. When you handle personal data only on clients' instructions, Privacy stays optional and the result explains why.",
  "criteria.total": "A report with every category covers {total} criteria.",
  "criteria.ruleOr": "or",

  "days.heading": "SOC 2 audit days",
  "days.intro":
    "Our estimate of auditor-days for a SOC 2 examination is our own model, built from the factors that drive the work. It is worked out in six steps:",
  "days.step1": "Start from the base for the report type: {type1} for a Type I, {type2} for a Type II.",
  "days.step2": "For a Type II, add {perMonth} for each month of the observation period.",
  "days.step3":
    "Add the scope drivers: each optional Trust Services category, your headcount, the number of systems in scope, {perSite} for each location beyond the first, your hosting model and your subservice organisations.",
  "days.step4":
    "In a Type II, multiply the scope drivers by {factor}, because each control is tested over a period rather than at one date.",
  "days.step5":
    "Multiply the total by the factor for your SOC 2 readiness band: controls still being fixed during an audit take longer to test.",
  "days.step6": "Round to the nearest {step}, and never below {step}.",
  "days.tablesIntro": "The figures used in each step:",
  "days.fixedCaption": "Fixed terms of the SOC 2 audit-day model",
  "days.colTerm": "Term",
  "days.colValue": "Value",
  "days.baseType1": "Base, Type I (days)",
  "days.baseType2": "Base, Type II (days)",
  "days.perMonth": "Each month of observation, Type II (days)",
  "days.perSite": "Each location beyond the first (days)",
  "days.type2Multiplier": "Type II multiplier on the scope drivers",
  "days.rounding": "Rounding step (days)",
  "days.categoriesCaption": "Days added for each optional Trust Services category (Security is in the base)",
  "days.colCategory": "Category",
  "days.colDays": "Days added",
  "days.headcountCaption": "Days added by headcount",
  "days.colHeadcount": "People in the organisation",
  "days.systemsCaption": "Days added by the number of systems in scope",
  "days.colSystems": "Systems in scope",
  "days.hostingCaption": "Days added by hosting model",
  "days.colHosting": "Where the systems run",
  "days.subserviceCaption": "Days added for each subservice organisation",
  "days.colSubservice": "How the report treats it",
  "days.colPerOrganisation": "Days per organisation",
  "days.subserviceNote": "If you are not sure yet, we estimate as for carve-out.",
  "days.maturityCaption": "Control-maturity factor by SOC 2 readiness band",
  "days.colFactor": "Factor",
  "days.example":
    "Example: a Type II report with a {months}-month period covering Security and Availability, for {headcount} people running {systems} systems on one public cloud at one location, with no subservice organisations and readiness “{band}”, comes to {days}.",

  "iso.heading": "ISO/IEC 42001 audit days",
  "iso.applies":
    "ISO/IEC 42001 applies when you tell us you produce, develop, provide or use AI systems and are preparing for it. Your AI roles choose the column: a producer alone uses the producer column; one developer, provider or user role uses the middle column; two or more roles use the column for several roles.",
  "iso.table":
    "The table gives the initial certification audit, Stage 1 and Stage 2 together, in auditor-days by AI-related personnel: the staff, contractors and partners involved in the processes the AI management system governs. The first row ({firstRow} people) is the example published for ISO/IEC 42006. The rows above it are our own extrapolation, marked as such: the producer column follows the audit-time table for information security management systems (ISO/IEC 27006-1) for the same number of persons and never falls below it; a single other role takes {single} and several roles {several} times the producer figure, the ratios of the ISO/IEC 42006 example row. Our page on {costs} lists the sources.",
  "iso.costsLink": "costs and audit days",
  "iso.tableCaption": "Initial audit days by AI-related personnel and AI role",
  "iso.colPersonnel": "AI-related personnel",
  "iso.colProducer": "AI producer",
  "iso.colDeveloperProviderUser": "AI developer, provider or user",
  "iso.colMultiple": "Several roles",
  "iso.colIsms": "ISMS audit time (ISO/IEC 27006-1)",
  "iso.colBasis": "Basis",
  "iso.basisIso42006": "ISO/IEC 42006 example",
  "iso.basisExtrapolated": "Our extrapolation",
  "iso.beyond":
    "Above {last} people, for every further {persons} people or part of them, add {producer} for a producer, {single} for a single other role and {several} for several roles.",
  "iso.adjustmentsHeading": "Adjustments",
  "iso.increasesIntro": "The table days are then raised by percentages, which add up:",
  "iso.systemsCaption": "Increase by the number of AI systems in scope",
  "iso.colSystems": "AI systems in scope",
  "iso.colIncrease": "Increase",
  "iso.increasesCaption": "Increases for higher-risk contexts",
  "iso.colContext": "Context",
  "iso.highRisk": "AI makes or supports decisions in any of these areas:",
  "iso.regulated": "Your organisation is one of these:",
  "iso.genai": "Generative AI in products or services your customers use",
  "iso.floor":
    "A regulated financial institution (one of the statuses above) with AI in a high-risk area needs at least {days} for the initial audit, whatever the other figures give: regulatory evidence to examine and specialist auditors.",
  "iso.sites":
    "Several sites: when they run the same processes under one management system, we sample them as IAF MD 1 describes, auditing the square root of the number of sites, rounded up, at the initial audit; each sampled site beyond the first adds {perSampled}. When the sites run different processes, every site is audited and each one beyond the first adds {perSite}.",
  "iso.reductionsIntro":
    "If you hold a current management-system certificate and its system is integrated with the AI management system and audited together with it (IAF MD 11), shared processes are not audited twice, so we take off a percentage. A certificate audited separately, or one that has lapsed, gives no reduction. Reductions add up, but never to more than {cap} in total.",
  "iso.reductionsCaption": "Reductions for an integrated management system",
  "iso.colCertificate": "Certificate you hold",
  "iso.colReduction": "Reduction",
  "iso.cycleHeading": "From table days to the three-year cycle",
  "iso.step1": "Multiply the table days by one plus the sum of the increases.",
  "iso.step2": "Add the site days.",
  "iso.step3": "Take off the integration reductions, within their cap.",
  "iso.step3b":
    "Raise the result to the floor for a regulated financial institution with high-risk AI, where it applies.",
  "iso.step4": "Round to the nearest {step}: this is the initial certification audit.",
  "iso.step5":
    "Stage 1 takes {share} of it, rounded the same way and always leaving time for Stage 2; Stage 2 takes the rest.",
  "iso.step6":
    "Each of the two annual surveillance audits is about {surveillance} of the initial audit, and the recertification audit before the certificate expires about {recertification}, both rounded the same way.",
  "iso.example":
    "Example: an AI developer with {headcount} AI-related people, one AI system, one site and no other certificate needs {initial} for the initial audit (Stage 1: {stage1}; Stage 2: {stage2}), {surveillance} for each surveillance audit and {recertification} for recertification.",

  "timeline.heading": "Timeline defaults",
  "timeline.intro":
    "Your timeline counts from the start date you choose. Before an audit engagement starts we allow time for readiness work, depending on your readiness band (your SOC 2 band for SOC 2, your ISO/IEC 42001 band for ISO/IEC 42001):",
  "timeline.readinessCaption": "Months of readiness work before the engagement starts, by band",
  "timeline.colMonths": "Readiness work",
  "timeline.soc2":
    "For SOC 2 the dates then follow the rules above: a Type I date {asOf} after the engagement starts and the report {t1min} to {t1max} months after the start; a Type II report {t2min} to {t2max} months after the observation period ends, with the next annual period starting the day after.",
  "timeline.isoIntro": "For ISO/IEC 42001 we plan these milestones:",
  "timeline.isoCaption": "ISO/IEC 42001 milestones and when we plan them",
  "timeline.colMilestone": "Milestone",
  "timeline.colWhen": "When",
  "timeline.stage1When": "{weeks} after the engagement starts",
  "timeline.stage2When": "{min} to {max} weeks after Stage 1, to close Stage 1 findings",
  "timeline.certificateWhen":
    "{min} to {max} weeks after Stage 2, for closing nonconformities and the certification decision ({total} weeks from Stage 1)",
  "timeline.afterCertificate": "{months} after the certificate is issued",

  "overlay.heading": "Hong Kong regulatory overlay",
  "overlay.intro":
    "The assessment names the Hong Kong regulatory expectations, and the EU AI Act, that bear on your organisation. Each one below carries a condition on your profile answers: who supervises you or whom you serve, whether you build or use AI, whether you handle personal data, how you use generative AI and whether your AI reaches the European Union. When the condition holds, the result lists the expectation, the answers that made it apply and the control questions that give evidence for it.",
  "overlay.notAdvice":
    "This is a pointer, not legal advice: whether and how a rule applies to you is for you and your advisers to confirm.",
  "overlay.caption": "Regulatory expectations the overlay can name",
  "overlay.colRegulator": "Regulator",
  "overlay.colRef": "Reference",
  "overlay.colTitle": "Title",
  "overlay.colDate": "Date",

  "changelog.heading": "Changelog",
  "changelog.intro":
    "Every change to a figure, or to what is scored, gets a new method version and an entry here, newest first.",
  "changelog.entry": "Version {version}, {date}",

  "unit.day": "{n} day",
  "unit.days": "{n} days",
  "unit.month": "{n} month",
  "unit.months": "{n} months",
  "unit.week": "{n} week",
  "unit.weeks": "{n} weeks",
  "range.between": "{from}–{to}",
  "range.andAbove": "{from} or more",
  factor: "×{factor}",
  "table.region": "{name} (scrolls sideways)",
  "punct.colon": ": ",
  quote: "“{text}”",
} as const;

export type MethodPageKey = keyof typeof methodPage;
