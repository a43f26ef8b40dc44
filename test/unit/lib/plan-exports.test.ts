import { describe, expect, it } from "vitest";
import { assessResults } from "../../../src/engine/results.ts";
import { evidenceCsv, periodText, roadmapCsv, roadmapIcs } from "../../../src/lib/plan-exports.ts";
import { createFormatter } from "../../../src/report/format.ts";
import { roadmapKey } from "../../../src/report/milestone-label.ts";
import { parseCsv } from "../../support/csv.ts";
import { dated } from "../../support/dated.ts";
import { method, persona } from "../engine/support.ts";

const results = assessResults(method, dated(persona("7-").answerSet as never));
const f = createFormatter(method, "en");
const labels = {
  header: ["framework", "control", "evidence", "refs", "period", "due", "gap", "owner", "status"],
  yes: "yes",
  no: "no",
};

describe("exports of the plan", () => {
  it("the evidence list has one row per request with the engine's references, periods and due dates, and empty owner and status columns", () => {
    const rows = parseCsv(evidenceCsv(method, results, f, labels));
    expect(rows[0]).toEqual(labels.header);
    expect(rows).toHaveLength(results.evidence.length + 1);
    results.evidence.forEach((request, i) => {
      const row = rows[i + 1] ?? [];
      expect(row[1]).toBe(f.questionText(request.questionId));
      expect(row[3]).toBe(request.refs.join(" "));
      expect(row[4]).toBe(request.periods.map((p) => periodText(f, p)).join("; "));
      expect(row[5]).toBe(request.due ? f.date(request.due) : "");
      expect(row[6]).toBe(request.gap ? "yes" : "no");
      expect([row[7], row[8]]).toEqual(["", ""]);
    });
  });

  it("the roadmap CSV lists every finding of every phase with its due date, then every milestone", () => {
    const rows = parseCsv(roadmapCsv(method, results, f, ["item", "from", "to", "finding"]));
    const findings = results.roadmap.reduce((n, p) => n + p.gaps.length, 0);
    expect(rows).toHaveLength(1 + findings + results.assessment.timeline.milestones.length);
    const first = results.roadmap[0];
    if (!first) throw new Error("persona 7 has a roadmap");
    expect(rows[1]?.slice(0, 3)).toEqual([f.message(roadmapKey(first.id)), f.date(first.start), f.date(first.due)]);
  });

  it("the calendar has an all-day event per phase due date and per milestone", () => {
    const ics = roadmapIcs(results, f, { prodId: "-//test//EN", name: "Plan", host: "example.hk", stamp: new Date(0) });
    const events = ics.split("BEGIN:VEVENT").length - 1;
    expect(events).toBe(results.roadmap.length + results.assessment.timeline.milestones.length);
    const due = results.roadmap[0]?.due.replace(/-/g, "");
    expect(ics).toContain(`DTSTART;VALUE=DATE:${due}`);
  });

  it("every roadmap phase of the method has a title in both languages", () => {
    for (const phase of method.estimation.planning.roadmap) {
      for (const locale of ["en", "zh-hk"] as const) {
        expect(() => createFormatter(method, locale).message(roadmapKey(phase.id)), phase.id).not.toThrow();
      }
    }
  });
});
