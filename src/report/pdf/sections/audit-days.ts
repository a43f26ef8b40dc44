/**
 * Audit-day estimates: what the days mean, the figures (with hours, auditor-weeks and fees when the plan has them),
 * then the drivers behind each SOC 2 and ISO/IEC 42001 figure.
 */
import { h1, h2 } from "../blocks.ts";
import { contentWidth, type PdfContext, styles } from "../context.ts";

export function drawAuditDays(ctx: PdfContext): void {
  const { L, model, t, n, colon } = ctx;
  const { body, small } = styles;
  const plan = model.plan;
  const iso = model.iso;
  h1(ctx, ctx.nextNumber(), t("days.title"));
  L.paragraph(t("days.intro"), body, { after: 2.5 });
  if (plan) {
    L.paragraph(plan.daysMeaning, { ...body, bold: true }, { after: 2 });
    const fees = plan.dayFigures.some((d) => d.fee);
    const label = (d: (typeof plan.dayFigures)[number]) =>
      d.id === "soc2_type1"
        ? t("soc2.daysType1")
        : d.id === "soc2_type2"
          ? t("soc2.daysType2", { months: n(d.observationMonths ?? 0) })
          : d.id === "soc2_annual"
            ? t("days.annual", { months: n(d.observationMonths ?? 0) })
            : d.id === "iso_initial"
              ? t("iso.initial")
              : t("days.isoCycle");
    const labelWidth = fees ? 64 : 90;
    L.table(
      [
        { header: t("days.estimate"), width: labelWidth },
        { header: t("iso.days"), width: 18, align: "right" },
        { header: t("days.meaningTitle"), width: fees ? 50 : contentWidth - labelWidth - 18 },
        ...(fees ? [{ header: t("days.fee"), width: contentWidth - labelWidth - 68 }] : []),
      ],
      plan.dayFigures.map((d) => [
        label(d),
        [{ text: n(d.days), bold: true }],
        t("days.hoursWeeks", { hours: n(d.hours), weeks: n(d.auditorWeeks) }),
        ...(fees ? [d.fee ?? "–"] : []),
      ]),
      { size: 8.5, zebra: true },
    );
  } else {
    const estimates: [string, number][] = model.soc2.days.map((d) => [d.label, d.days]);
    if (iso.applicable) estimates.push([t("iso.initial"), iso.initial], [t("iso.cycleTotal"), iso.cycleTotal]);
    L.table(
      [
        { header: t("days.estimate"), width: 120 },
        { header: t("iso.days"), width: contentWidth - 120, align: "right" },
      ],
      estimates.map(([label, days]) => [label, [{ text: n(days), bold: true }]]),
      { size: 9, zebra: true },
    );
  }
  for (const d of model.soc2.days) {
    h2(ctx, `${d.label}${colon}${t("days.total", { days: n(d.days) })}`);
    L.list(d.drivers, small, { numbered: true });
  }
  if (iso.applicable) {
    h2(ctx, `${t("iso.initial")}${colon}${t("days.total", { days: n(iso.initial) })}`);
    L.list(iso.drivers, small, { numbered: true });
    h2(ctx, `${t("iso.cycleTotal")}${colon}${t("days.total", { days: n(iso.cycleTotal) })}`);
    L.list(iso.cycleDrivers, small, { numbered: true });
  }
}
