import { describe, expect, test } from "vitest";
import type { Method } from "../../../../src/engine/method-index.ts";
import { locales } from "../../../../src/i18n/index.ts";
import { methodPageText } from "../../../../src/lib/method-page/format.ts";
import type { Cell, TableSpec } from "../../../../src/lib/method-page/tables.ts";
import { methodPageView } from "../../../../src/lib/method-page/view-model.ts";
import { method, withData, withEstimation } from "../../engine/support.ts";

const view = (m: Method = method, locale: (typeof locales)[number] = "en") =>
  methodPageView(m, locale, methodPageText(locale));
const en = view();
const numberEn = new Intl.NumberFormat("en-GB", { maximumFractionDigits: 2 });
const n = (value: number) => numberEn.format(value);
/** The text of a cell (its text, link text and date text). */
const cellText = (cell: Cell | undefined) =>
  typeof cell === "object" ? [cell.text, cell.link?.text, cell.time?.text].filter(Boolean).join(" ") : cell;
const column = (table: TableSpec, key: string) => table.rows.map((row) => cellText(row[key]));

/** Every table spec of a view, by its path. */
function tablesOf(value: unknown, path = ""): [string, TableSpec][] {
  if (value && typeof value === "object" && "columns" in value && "rows" in value) return [[path, value as TableSpec]];
  if (value && typeof value === "object") {
    return Object.entries(value).flatMap(([key, child]) => tablesOf(child, path ? `${path}.${key}` : key));
  }
  return [];
}

describe("the method page view-model", () => {
  test("builds the page's twenty tables, each with a distinct caption and region name, and a cell for every column", () => {
    for (const locale of locales) {
      const tables = tablesOf(view(method, locale));
      expect(tables).toHaveLength(20);
      expect(new Set(tables.map(([, t]) => t.caption)).size).toBe(20);
      expect(new Set(tables.map(([, t]) => t.label)).size).toBe(20);
      for (const [path, table] of tables) {
        expect(table.rows.length, path).toBeGreaterThan(0);
        for (const row of table.rows) {
          expect(Object.keys(row).sort(), path).toEqual(table.columns.map((c) => c.key).sort());
        }
      }
    }
  });

  test("the ISO/IEC 42001 days table's rows are estimation.yaml's headcountTable", () => {
    const table = en.isoDays.headcount;
    const rows = method.estimation.iso42001.headcountTable;
    expect(table.rows).toHaveLength(rows.length);
    expect(column(table, "producer")).toEqual(rows.map((r) => n(r.producer)));
    expect(column(table, "developerProviderUser")).toEqual(rows.map((r) => n(r.developer_provider_user)));
    expect(column(table, "multiple")).toEqual(rows.map((r) => n(r.multiple)));
    expect(column(table, "isms")).toEqual(rows.map((r) => n(r.isms)));
    expect(table.columns[0]?.rowHeader).toBe(true);
    expect(table.bodyTestId).toBe("iso-headcount-table");
  });

  test("the bands table is scoring.bands, in order", () => {
    const bands = method.estimation.scoring.bands;
    expect(column(en.scoring.bands, "min")).toEqual(bands.map((b) => n(b.min)));
    expect(en.scoring.bands.rows).toHaveLength(bands.length);
  });

  test("the banded rows are labelled from the previous row's maximum: 1–max, then max+1–…, and an open last row", () => {
    const rows = method.estimation.iso42001.headcountTable;
    const labels = column(en.isoDays.headcount, "personnel");
    expect(labels[0]).toBe(`1–${n(rows[0]?.max as number)}`);
    expect(labels[1]).toBe(`${n((rows[0]?.max as number) + 1)}–${n(rows[1]?.max as number)}`);
    const single = withEstimation((e) => {
      e.soc2.days.systems = [
        { max: 1, days: 0 },
        { max: 2, days: 1 },
        { max: null, days: 2 },
      ];
    });
    expect(column(view(single).soc2Days.systems, "range")).toEqual(["1", "2", "3 or more"]);
  });

  test("changing a number in a copy of the method changes its row", () => {
    const edited = view(
      withEstimation((e) => {
        const first = e.iso42001.headcountTable[0];
        if (first) first.producer = 123.5;
        const last = e.scoring.bands[e.scoring.bands.length - 1];
        if (last) last.min = 77;
        e.soc2.days.base.type1 = 9.5;
        e.soc2.days.hosting.own_dc = 4.25;
        e.iso42001.reductions.iso9001 = 12.5;
        e.timeline.readinessMonths.not_ready = 11;
      }),
    );
    expect(cellText(edited.isoDays.headcount.rows[0]?.producer)).toBe("123.5");
    expect(column(edited.scoring.bands, "min").at(-1)).toBe("77");
    expect(cellText(edited.soc2Days.fixed.rows[0]?.value)).toBe("9.5");
    expect(edited.soc2Days.steps[0]).toContain("9.5 days");
    const hosting = method.questionsById.get("hosting");
    const ownDc = hosting?.type === "single" ? hosting.options.findIndex((o) => o.id === "own_dc") : -1;
    expect(cellText(edited.soc2Days.hosting.rows[ownDc]?.days)).toBe("4.25");
    expect(cellText(edited.isoDays.reductions.rows[1]?.reduction)).toBe("12.5%");
    expect(column(edited.timeline.readiness, "months")).toContain("11 months");
    // The other rows stay as they were.
    expect(edited.isoDays.headcount.rows.slice(1)).toEqual(en.isoDays.headcount.rows.slice(1));
  });

  test("the SOC 2 days tables are estimation.yaml#soc2.days", () => {
    const model = method.estimation.soc2.days;
    expect(column(en.soc2Days.headcount, "days")).toEqual(model.headcount.map((r) => n(r.days)));
    expect(column(en.soc2Days.systems, "days")).toEqual(model.systems.map((r) => n(r.days)));
    expect(column(en.soc2Days.subservice, "days")).toEqual([
      n(model.subserviceDaysPerOrganisation.carve_out),
      n(model.subserviceDaysPerOrganisation.inclusive),
    ]);
    expect(column(en.soc2Days.maturity, "factor")).toEqual(
      method.estimation.scoring.bands.map((b) => `×${n(model.maturityMultiplier[b.id])}`),
    );
    const optional = method.frameworks.tsc.filter((c) => !c.mandatory);
    expect(column(en.soc2Days.categories, "category")).toEqual(optional.map((c) => c.title.en));
  });

  test("the scale table gives each answer's points and leaves “not applicable” out", () => {
    const points = method.estimation.scoring.levelPoints;
    expect(column(en.scoring.scale, "points")).toEqual([
      ...(["none", "informal", "documented", "evidenced", "unknown"] as const).map((id) => n(points[id])),
      methodPageText("en").t("scoring.leftOut"),
    ]);
  });

  test("the domains table counts each domain's control questions and blockers", () => {
    const domains = method.questionnaire.domains;
    expect(en.scoring.domains.rows).toHaveLength(domains.length);
    const questions = column(en.scoring.domains, "questions").map(Number);
    expect(questions.reduce((a, b) => a + b, 0)).toBe(method.controlQuestions.length);
    const blockers = column(en.scoring.domains, "blockers").map(Number);
    expect(blockers.reduce((a, b) => a + b, 0)).toBe(method.controlQuestions.filter((q) => q.blocker).length);
  });

  test("the evidence and deadline tables have one row per answer option, no deadline in words", () => {
    const deadline = method.questionsById.get("report_deadline");
    const options = deadline?.type === "single" ? deadline.options : [];
    expect(en.soc2.deadline.rows).toHaveLength(options.length);
    const months = method.estimation.soc2.engagement.deadlineMonths;
    options.forEach((o, i) => {
      const value = months[o.id];
      expect(cellText(en.soc2.deadline.rows[i]?.months)).toBe(
        value === undefined || value === null ? methodPageText("en").t("soc2.noDeadline") : n(value),
      );
    });
    const evidence = method.questionsById.get("evidence_months");
    expect(en.soc2.evidence.rows).toHaveLength(evidence?.type === "single" ? evidence.options.length : -1);
  });

  test("the criteria table lists each category's criteria and its inclusion rules, several as a list joined by “or”", () => {
    const tsc = method.frameworks.tsc;
    expect(column(en.criteria.table, "count")).toEqual(tsc.map((c) => n(c.criteria.length)));
    expect(column(en.criteria.table, "ids")).toEqual(tsc.map((c) => `${c.criteria[0]}–${c.criteria.at(-1)}`));
    tsc.forEach((category, i) => {
      const when = en.criteria.table.rows[i]?.when;
      if (typeof when !== "object") throw new Error("the when cell is structured");
      const rules = category.mandatory ? 1 : category.includedWhen.length;
      if (rules === 1) expect(when.text).toBeTruthy();
      else {
        expect(when.list).toHaveLength(rules);
        expect(when.list?.slice(1).every((rule) => rule.startsWith("or "))).toBe(true);
      }
      expect(when.notes).toHaveLength(category.notesWhen.length);
    });
    expect(en.criteria.total).toContain(n(tsc.reduce((sum, c) => sum + c.criteria.length, 0)));
  });

  test("the overlay table links each expectation to its source and dates it", () => {
    const expectations = method.regulators.expectations;
    expect(en.overlay.table.rows).toHaveLength(expectations.length);
    expectations.forEach((e, i) => {
      const row = en.overlay.table.rows[i];
      expect(row?.ref).toEqual({ link: { href: e.url, text: e.ref } });
      expect(typeof row?.date === "object" && row.date.time?.datetime).toBe(e.date);
    });
    const renamed = view(
      withData((d) => {
        const first = d.regulators.regulators[0];
        if (first) first.name.en = "Renamed regulator";
      }),
    );
    expect(column(renamed.overlay.table, "regulator")).toContain("Renamed regulator");
  });

  test("dates are shown as precisely as the data gives them", () => {
    const regulators = structuredClone(method.regulators);
    const [a, b, c] = regulators.expectations;
    if (!a || !b || !c) throw new Error("three expectations");
    a.date = "2024";
    b.date = "2024-03";
    c.date = "2024-03-05";
    const dates = column(view({ ...method, regulators }).overlay.table, "date");
    expect(dates.slice(0, 3)).toEqual(["2024", "March 2024", "5 March 2024"]);
  });

  test("the ISO/IEC 42001 milestones come from estimation.yaml#timeline.iso", () => {
    const plan = method.estimation.timeline.iso;
    const when = column(en.timeline.iso, "when");
    expect(when).toHaveLength(7);
    expect(when[0]).toContain(n(plan.stage1AfterStartWeeks));
    expect(when[6]).toContain(n(plan.certificateValidityMonths));
  });

  test("the version is the method's, reviewed on the latest changelog date, with one entry per change set", () => {
    expect(en.version.method).toBe(method.estimation.methodVersion);
    const latest = [...method.changelog].sort((a, b) => b.date.localeCompare(a.date))[0];
    expect(en.reviewed.datetime).toBe(latest?.date);
    expect(en.changelog).toHaveLength(method.changelog.length);
    expect(() => view({ ...method, changelog: [] })).toThrow(/changelog/);
  });

  test("the contents list names the nine sections in order", () => {
    expect(en.toc.map((s) => s.slug)).toEqual([
      "method-version",
      "scoring",
      "soc2-type",
      "criteria",
      "soc2-days",
      "iso-days",
      "timeline",
      "overlay",
      "changelog",
    ]);
  });

  test("the Chinese page uses the Chinese option labels and titles", () => {
    const zh = view(method, "zh-hk");
    const domains = method.questionnaire.domains;
    expect(column(zh.scoring.domains, "domain")).toEqual(domains.map((d) => d.title["zh-hk"]));
  });
});
