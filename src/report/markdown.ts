/** The gap report as Markdown (CLI `--format md`). Same content and order as the PDF. */
import type { ReportModel } from "./model.ts";
import { formatScore } from "./score-format.ts";

const cell = (text: string) => text.replace(/\|/g, "\\|").replace(/\n/g, " ");
const table = (head: string[], rows: string[][]) =>
  [
    `| ${head.map(cell).join(" | ")} |`,
    `| ${head.map(() => "---").join(" | ")} |`,
    ...rows.map((r) => `| ${r.map(cell).join(" | ")} |`),
  ].join("\n");

export function renderMarkdown(model: ReportModel, options: { explain?: boolean; organisation?: string } = {}): string {
  const { t, format: f } = model;
  const out: string[] = [];
  const n = (value: number) => f.number(value);
  const sc = (value: number) => formatScore(value, model.locale);
  const plan = model.plan;
  out.push(`# ${t("report.title")}`, "");
  out.push(
    `- ${t("report.preparedFor")}: ${options.organisation || t("report.organisationUnnamed")}`,
    `- ${t("report.startDate")}: ${f.date(model.startDate)}`,
    `- ${t("report.method")}: ${model.methodVersion} · ${t("report.questionnaire")}: ${model.questionnaireVersion}`,
    "",
  );
  out.push(`> ${model.notices.join(" ")}`, "");
  if (!model.summary.complete) out.push(`> ${t("report.incomplete")}`, "");

  out.push(`## ${t("summary.title")}`, "");
  out.push(
    `**${t("summary.overall")}: ${sc(model.summary.overall)} / 100 (${model.summary.band})**`,
    "",
    model.summary.bandSummary,
    "",
  );
  out.push(`- ${t("summary.soc2")}: ${sc(model.summary.soc2.score)} (${model.summary.soc2.band})`);
  if (model.summary.iso) out.push(`- ${t("summary.iso")}: ${sc(model.summary.iso.score)} (${model.summary.iso.band})`);
  out.push(`- ${t("summary.path")}: ${model.summary.path}`, "");
  if (plan) {
    if (plan.quickOnly) out.push(`> ${t("summary.firstEstimate")}`, "");
    if (plan.missing.length) out.push(`### ${t("summary.missing")}`, "", ...plan.missing.map((x) => `- ${x}`), "");
    out.push(`### ${t("summary.outlook")}`, "");
    for (const o of plan.outlook) out.push(`**${o.framework}**`, "", ...o.sentences.map((x) => `- ${x}`), "");
    out.push(`### ${t("summary.nextSteps")}`, "", ...plan.nextSteps.map((x, i) => `${i + 1}. ${x.text}`), "");
  }
  out.push(`### ${t("summary.findings")}`, "");
  out.push(
    ...(model.summary.topFindings.length
      ? model.summary.topFindings.map((x, i) => `${i + 1}. ${x}`)
      : [t("summary.noFindings")]),
    "",
  );
  out.push(`### ${t("summary.blockers")}`, "");
  out.push(
    ...(model.summary.blockers.length ? model.summary.blockers.map((x) => `- ${x}`) : [t("summary.noBlockers")]),
    "",
  );

  if (plan?.profile.length) {
    out.push(
      `## ${t("told.title")}`,
      "",
      table(
        [t("told.question"), t("told.answer")],
        plan.profile.map((p) => [p.question, p.answer]),
      ),
      "",
    );
  }
  if (plan) {
    out.push(`## ${t("plan.title")}`, "", t("plan.intro"), "");
    out.push(
      table(
        [t("plan.phase"), t("plan.due"), t("plan.findings")],
        plan.phases.map((p) => [p.title, p.dueText, p.findings.join("; ")]),
      ),
      "",
    );
  }
  out.push(`## ${t("soc2.title")}`, "");
  out.push(`- ${t("soc2.firstReport")}: ${model.soc2.firstReport}`, `- ${t("soc2.path")}: ${model.soc2.path}`);
  out.push(`- ${t("soc2.observation")}: ${t("soc2.months", { months: n(model.soc2.observationMonths) })}`, "");
  out.push(`### ${t("soc2.why")}`, "", ...model.soc2.reasons.map((r) => `- ${r}`), "");
  out.push(`### ${t("soc2.criteria")}`, "");
  out.push(
    table(
      [t("soc2.category"), t("soc2.inScope"), t("soc2.criteriaCount"), t("soc2.reason")],
      model.soc2.categories.map((c) => [
        c.label,
        c.included ? t("soc2.yes") : t("soc2.no"),
        n(c.count),
        c.reasons.join(" "),
      ]),
    ),
    "",
    t("soc2.criteriaTotal", { count: n(model.soc2.criteriaCount) }),
    "",
  );

  out.push(`## ${t("iso.title")}`, "");
  out.push(...model.iso.reasons.map((r) => `- ${r}`), "");
  if (model.iso.applicable) {
    out.push(`- ${t("iso.role")}: ${model.iso.role}`, "");
    out.push(
      table(
        [t("iso.stage"), t("iso.year"), t("iso.days")],
        [
          ...model.iso.rows.map((r) => [r.label, n(r.year), n(r.days)]),
          [t("iso.cycleTotal"), "1–3", n(model.iso.cycleTotal)],
        ],
      ),
      "",
    );
  }

  out.push(`## ${t("days.title")}`, "", t("days.intro"), "");
  for (const d of model.soc2.days) {
    out.push(`### ${d.label}: ${t("days.total", { days: n(d.days) })}`, "", ...d.drivers.map((s) => `- ${s}`), "");
  }
  if (model.iso.applicable) {
    out.push(`### ${t("iso.initial")}: ${t("days.total", { days: n(model.iso.initial) })}`, "");
    out.push(...model.iso.drivers.map((s) => `- ${s}`), ...model.iso.cycleDrivers.map((s) => `- ${s}`), "");
  }

  out.push(`## ${t("domains.title")}`, "");
  out.push(
    table(
      [t("domains.domain"), t("domains.score"), t("domains.band")],
      model.domains.map((d) => [d.label, sc(d.score), d.band]),
    ),
    "",
  );

  out.push(`## ${t("timeline.title")}`, "");
  out.push(
    table(
      [t("timeline.milestone"), t("timeline.framework"), t("timeline.when")],
      model.timeline.map((m) => [m.label, m.framework, m.when]),
    ),
    "",
  );

  out.push(`## ${t("gaps.title")}`, "");
  if (model.gaps.length === 0) out.push(t("gaps.none"), "");
  for (const g of model.gaps) {
    const refs = [...g.tsc, ...g.iso, ...g.hk.map((h) => `${t("gaps.hk")}: ${h}`)].join(", ");
    out.push(`${g.priority}. **${g.severity}** · ${g.domain}: ${g.finding}`);
    out.push(`   - ${t("gaps.references")}: ${refs}`, `   - ${t("gaps.evidence")}: ${g.evidence}`);
    if (g.unknown) out.push(`   - ${t("gaps.unknown")}`);
  }
  out.push("");

  out.push(`## ${t("overlay.title")}`, "");
  if (model.overlay.length === 0) out.push(t("overlay.none"), "");
  for (const o of model.overlay) {
    out.push(`### ${o.regulator}: ${o.ref}, ${o.title} (${o.date})`, "");
    out.push(`- ${t("overlay.expects")}: ${o.expects}`, `- ${t("overlay.why")}: ${o.why}`);
    out.push(`- ${t("overlay.related", { gaps: n(o.gaps) })}`, `- <${o.url}>`, "");
  }

  if (!plan) out.push(`## ${t("next.title")}`, "", `1. ${t("next.1")}`, `2. ${t("next.2")}`, `3. ${t("next.3")}`, "");
  if (plan?.evidence.length) {
    out.push(`## ${t("evidence.title")}`, "", t("evidence.intro"), "");
    out.push(
      table(
        [t("evidence.control"), t("evidence.refs"), t("evidence.period"), t("evidence.due"), t("evidence.owner")],
        plan.evidence.map((e) => [`${e.control} ${e.evidence}`, e.refs, e.period, e.due, ""]),
      ),
      "",
    );
  }
  out.push(`## ${t("notice.title")}`, "", ...model.notices.map((x) => `- ${x}`), "");
  if (options.explain) out.push("<!-- explain: the drivers above are the engine's trace -->", "");
  return out.join("\n");
}
