import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { loadMethod, MethodError, type MethodSources } from "../../../src/engine/method.ts";
import { method } from "./support.ts";

// Tests edit parsed YAML freely; the loader is what checks its shape.
// biome-ignore lint/suspicious/noExplicitAny: mutable view of parsed YAML documents
type Loose = any;

const read = (name: string): unknown => parse(readFileSync(`content/assessment/${name}.yaml`, "utf8"));
const sources = (): MethodSources => ({
  questionnaire: read("questionnaire"),
  estimation: read("estimation"),
  frameworks: read("frameworks"),
  regulators: read("regulators"),
  messages: read("messages"),
  changelog: read("changelog"),
});

const questionIn = (s: Loose, id: string): Loose =>
  s.questionnaire.sections.flatMap((x: Loose) => x.questions).find((q: Loose) => q.id === id);
const sectionIn = (s: Loose, id: string): Loose => s.questionnaire.sections.find((x: Loose) => x.id === id);

function problemsOf(edit: (s: Loose) => void): string[] {
  const s = sources() as Loose;
  edit(s);
  try {
    loadMethod(s);
    return [];
  } catch (error) {
    if (error instanceof MethodError) return [...error.problems];
    throw error;
  }
}

describe("the method's data files", () => {
  it("are valid and consistent with each other", () => {
    expect(method.controlQuestions.length).toBeGreaterThan(50);
    expect(method.frameworks.tsc.map((c) => c.criteria.length)).toEqual([33, 3, 2, 5, 18]);
    expect(method.frameworks.iso42001.annexA.flatMap((d) => d.controls)).toHaveLength(38);
    expect(method.frameworks.iso42001.annexA).toHaveLength(9);
  });

  it("ids are stable, lower_snake_case and unique", () => {
    const ids = [...method.questionsById.keys()];
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[a-z][a-z0-9_]*$/);
  });

  it("reject a reference to a criterion, clause or regulatory id that does not exist", () => {
    const problems = problemsOf((s) => {
      const question = s.questionnaire.sections.find((x: Loose) => x.kind === "controls").questions[0];
      question.refs.tsc.push("CC99.9");
      question.refs.iso.push("A.99");
      question.refs.hk.push("nowhere");
    });
    expect(problems.join("\n")).toMatch(
      /unknown criterion CC99\.9[\s\S]*unknown ISO\/IEC 42001 id A\.99[\s\S]*unknown regulatory id nowhere/,
    );
  });

  it("reject a condition on a question asked later or with an option that does not exist", () => {
    const problems = problemsOf((s) => {
      s.questionnaire.sections[0].questions[0].showIf = { q: "ai_roles", has: "producer" };
      s.regulators.expectations[0].appliesWhen = { q: "regulated_status", has: "martian_bank" };
    });
    expect(problems.some((p) => p.includes('"ai_roles", which is not asked earlier'))).toBe(true);
    expect(problems.some((p) => p.includes("has: martian_bank"))).toBe(true);
  });

  it("reject a missing Traditional Chinese text", () => {
    const problems = problemsOf((s) => {
      s.questionnaire.sections[0].questions[0].text["zh-hk"] = "";
    });
    expect(problems.some((p) => p.includes("questionnaire.yaml") && p.includes("zh-hk"))).toBe(true);
  });

  it("reject a question the engine relies on being renamed", () => {
    const problems = problemsOf((s) => {
      const q = s.questionnaire.sections
        .flatMap((x: Loose) => x.questions)
        .find((x: Loose) => x.id === "evidence_months");
      q.id = "evidence_period";
    });
    expect(problems.some((p) => p.includes('the engine needs question "evidence_months"'))).toBe(true);
  });

  it("reject an estimation table that is out of order", () => {
    const problems = problemsOf((s) => {
      s.estimation.soc2.days.headcount[1].max = 10;
    });
    expect(problems.some((p) => p.includes("soc2.days.headcount"))).toBe(true);
  });
});

describe("loadMethod's cross-checks", () => {
  it("a valid set of files gives the method with its lookup tables", () => {
    const loaded = loadMethod(sources());
    expect(loaded.questionsById.get("hosting")?.type).toBe("single");
    expect(loaded.sectionOfQuestion.get("acc_mfa")?.id).toBe("access_protection");
    expect(loaded.controlQuestions.every((q) => q.type === "maturity")).toBe(true);
    expect(loaded.controlQuestions).toHaveLength(method.controlQuestions.length);
    expect(loaded.tscCategoryOf.get("CC6.1")).toBe("security");
    expect(loaded.tscCategoryOf.get("A1.2")).toBe("availability");
    expect(loaded.isoIds.has("A.6.2.4")).toBe(true);
    expect(loaded.isoIds.has("9.2")).toBe(true);
  });

  it("every problem is listed with its file and path, for several files at once, up to 50 per file", () => {
    const problems = problemsOf((s) => {
      s.estimation.methodVersion = "soon";
      s.frameworks.tsc[0].criteria = [];
      for (const section of s.questionnaire.sections) for (const q of section.questions) q.text = {};
    });
    expect(problems.some((p) => p.startsWith("estimation.yaml: methodVersion:"))).toBe(true);
    expect(problems.some((p) => p.startsWith("frameworks.yaml: tsc.0.criteria:"))).toBe(true);
    expect(problems.filter((p) => p.startsWith("questionnaire.yaml:"))).toHaveLength(50);
  });

  it("a file that is not a document of the right shape is reported at its root, each file under its own name", () => {
    const problems = problemsOf((s) => {
      s.estimation = "text";
      s.regulators.regulators = "none";
      s.messages = { "Not A Key": { en: "x", "zh-hk": "字" } };
      s.changelog = [{ version: "1", date: "2026-12-04x", changes: [] }];
    });
    expect(problems.some((p) => p.startsWith("estimation.yaml: (root): "))).toBe(true);
    expect(problems.some((p) => p.startsWith("regulators.yaml: regulators: "))).toBe(true);
    expect(problems.some((p) => p.startsWith("messages.yaml: "))).toBe(true);
    expect(problems.some((p) => p.startsWith("changelog.yaml: 0.date: "))).toBe(true);
  });

  it("changelog dates are full dates, with nothing before or after", () => {
    for (const date of ["2026-12-04x", "x2026-12-04", "2026-12"]) {
      const problems = problemsOf((s) => {
        s.changelog[0].date = date;
      });
      expect(
        problems.some((p) => p.startsWith("changelog.yaml: 0.date: ")),
        date,
      ).toBe(true);
    }
  });

  it("the error names itself and lists every problem on its own line", () => {
    const error = new MethodError(["first", "second"]);
    expect(error.name).toBe("MethodError");
    expect(error.problems).toEqual(["first", "second"]);
    expect(error.message).toBe("The assessment data files are not valid:\n  - first\n  - second");
    expect(error).toBeInstanceOf(Error);
  });

  it("rejects a repeated question id, option id or section id, and a number question with min above max", () => {
    const problems = problemsOf((s) => {
      questionIn(s, "sites").id = "headcount";
      const hosting = questionIn(s, "hosting");
      hosting.options.push({ ...hosting.options[0] });
      questionIn(s, "systems_count").min = 500;
      const commitments = questionIn(s, "commitments");
      commitments.options.push({ ...commitments.options[0] });
      s.questionnaire.sections[1].id = s.questionnaire.sections[0].id;
    });
    expect(problems).toEqual(
      expect.arrayContaining([
        'questionnaire.yaml: question id "headcount" is used twice',
        "questionnaire.yaml: hosting repeats an option id",
        "questionnaire.yaml: commitments repeats an option id",
        "questionnaire.yaml: systems_count has min above max",
        "questionnaire.yaml: a section id is used twice",
      ]),
    );
  });

  it("a number question may have min equal to max", () => {
    const problems = problemsOf((s) => {
      const q = questionIn(s, "systems_count");
      q.max = q.min;
    });
    expect(problems.filter((p) => p.includes("min above max"))).toEqual([]);
  });

  it("a section's condition may read only questions asked before the section", () => {
    const problems = problemsOf((s) => {
      const section = sectionIn(s, "scope");
      section.showIf = { q: section.questions[0].id, gte: 1 };
    });
    expect(problems).toContain('section scope: condition refers to "systems_count", which is not asked earlier');
    expect(
      problemsOf((s) => {
        sectionIn(s, "scope").showIf = { q: "headcount", gte: 1 };
      }),
    ).toEqual([]);
  });

  it("a question's condition may not read itself or an unknown question", () => {
    const problems = problemsOf((s) => {
      questionIn(s, "hosting").showIf = { q: "hosting", is: "hybrid" };
      questionIn(s, "sites").showIf = { q: "no_such", is: "x" };
    });
    expect(problems).toContain('question hosting: condition refers to "hosting", which is not asked earlier');
    expect(problems).toContain('question sites: condition refers to unknown question "no_such"');
  });

  it("each kind of test must fit the question it reads, with options that exist", () => {
    const problems = problemsOf((s) => {
      s.regulators.expectations[0].appliesWhen = {
        all: [
          { q: "commitments", is: "uptime_sla" },
          { q: "hosting", is: "mainframe" },
          { q: "hosting", in: ["hybrid", "mainframe"] },
          { q: "commitments", in: ["uptime_sla"] },
          { q: "hosting", has: "hybrid" },
          { q: "commitments", has: "warp" },
          { q: "hosting", hasAny: ["hybrid"] },
          { q: "commitments", hasAny: ["uptime_sla", "warp"] },
          { q: "hosting", gte: 1 },
          { not: { any: [{ q: "sites", is: "2" }] } },
        ],
      };
    });
    const where = `regulators.yaml: ${method.regulators.expectations[0]?.id}`;
    expect(problems).toEqual(
      expect.arrayContaining([
        `${where}: "is: uptime_sla" does not fit question "commitments" (multi)`,
        `${where}: "is: mainframe" does not fit question "hosting" (single)`,
        `${where}: "in: hybrid,mainframe" does not fit question "hosting" (single)`,
        `${where}: "in: uptime_sla" does not fit question "commitments" (multi)`,
        `${where}: "has: hybrid" does not fit question "hosting" (single)`,
        `${where}: "has: warp" does not fit question "commitments" (multi)`,
        `${where}: "hasAny: hybrid" does not fit question "hosting" (single)`,
        `${where}: "hasAny: uptime_sla,warp" does not fit question "commitments" (multi)`,
        `${where}: "gte: 1" does not fit question "hosting" (single)`,
        `${where}: "is: 2" does not fit question "sites" (number)`,
      ]),
    );
    expect(problems).toHaveLength(10);
  });

  it("tests that fit their questions pass", () => {
    const problems = problemsOf((s) => {
      s.regulators.expectations[0].appliesWhen = {
        any: [
          { q: "hosting", is: "hybrid" },
          { q: "hosting", in: ["hybrid", "own_dc"] },
          { q: "commitments", has: "uptime_sla" },
          { q: "commitments", hasAny: ["uptime_sla", "none"] },
          { q: "sites", gte: 2 },
        ],
      };
    });
    expect(problems).toEqual([]);
  });

  it("control sections hold only maturity questions, and profile sections none", () => {
    const problems = problemsOf((s) => {
      const controls = s.questionnaire.sections.find((x: Loose) => x.kind === "controls");
      const profile = s.questionnaire.sections.find((x: Loose) => x.kind === "profile");
      const maturity = controls.questions[0];
      controls.questions.push({ ...questionIn(s, "hosting"), id: "hosting_again" });
      profile.questions.push({ ...maturity, id: "maturity_in_profile" });
    });
    expect(problems).toContain("question hosting_again: control sections hold maturity questions only");
    expect(problems).toContain("question maturity_in_profile: profile sections hold no maturity questions");
  });

  it("a control needs a known domain, and a domain needs questions", () => {
    const problems = problemsOf((s) => {
      questionIn(s, "gov_code_conduct").domain = "astrology";
      s.questionnaire.domains.push({ id: "empty_domain", title: { en: "Empty", "zh-hk": "空" }, framework: "soc2" });
    });
    expect(problems).toContain('question gov_code_conduct: unknown domain "astrology"');
    expect(problems).toContain("domain empty_domain has no questions");
  });

  it("a SOC 2 domain's question has Trust Services references and no ISO ones; an ISO/IEC 42001 one the reverse", () => {
    const problems = problemsOf((s) => {
      questionIn(s, "acc_mfa").refs.iso = ["9.2"];
      questionIn(s, "acc_reviews").refs.tsc = [];
      questionIn(s, "ai_policy").refs.tsc = ["CC1.1"];
      questionIn(s, "ai_internal_audit").refs.iso = [];
    });
    const soc2 = "a SOC 2 domain's question needs Trust Services references and no ISO ones";
    const iso = "an ISO/IEC 42001 domain's question needs ISO references and no Trust Services ones";
    expect(problems).toEqual(
      expect.arrayContaining([
        `question acc_mfa: ${soc2}`,
        `question acc_reviews: ${soc2}`,
        `question ai_policy: ${iso}`,
        `question ai_internal_audit: ${iso}`,
      ]),
    );
  });

  it("the questions the engine reads must exist with their type and options", () => {
    const problems = problemsOf((s) => {
      questionIn(s, "sites").type = "single";
      questionIn(s, "sites").options = [
        { id: "one", label: { en: "One", "zh-hk": "一" } },
        { id: "many", label: { en: "Many", "zh-hk": "多" } },
      ];
      delete questionIn(s, "sites").min;
      delete questionIn(s, "sites").max;
      delete questionIn(s, "sites").unit;
      const roles = questionIn(s, "ai_roles");
      roles.options = roles.options.filter((o: Loose) => o.id !== "producer");
    });
    expect(problems).toContain('questionnaire.yaml: "sites" must be of type number');
    expect(problems).toContain('questionnaire.yaml: "ai_roles" needs option "producer"');
  });

  it("estimation tables keyed by answer options have one entry per option", () => {
    const problems = problemsOf((s) => {
      delete s.estimation.soc2.engagement.evidenceMonths.lt3;
      s.estimation.soc2.engagement.deadlineMonths.yesterday = 0;
      delete s.estimation.soc2.days.hosting.hybrid;
    });
    expect(problems).toEqual(
      expect.arrayContaining([
        'estimation.yaml: soc2.engagement.evidenceMonths must have one entry per option of "evidence_months"',
        'estimation.yaml: soc2.engagement.deadlineMonths must have one entry per option of "report_deadline"',
        'estimation.yaml: soc2.days.hosting must have one entry per option of "hosting"',
      ]),
    );
  });

  it("an estimation table keyed by the options of a question without options is reported, not a crash", () => {
    const problems = problemsOf((s) => {
      const hosting = questionIn(s, "hosting");
      hosting.type = "number";
      hosting.min = 1;
      hosting.max = 3;
      delete hosting.options;
    });
    expect(problems).toContain('questionnaire.yaml: "hosting" must be of type single');
    expect(problems).toContain('estimation.yaml: soc2.days.hosting must have one entry per option of "hosting"');
  });

  it("the AI systems table and the ISO/IEC 42001 headcount table rise strictly too", () => {
    const problems = problemsOf((s) => {
      s.estimation.iso42001.aiSystems[1].max = s.estimation.iso42001.aiSystems[0].max;
      s.estimation.iso42001.headcountTable[2].max = s.estimation.iso42001.headcountTable[1].max;
    });
    expect(problems).toContain("estimation.yaml: iso42001.aiSystems: row 2 max must be greater than the row before");
    expect(problems).toContain(
      "estimation.yaml: iso42001.headcountTable: row 3 max must be greater than the row before",
    );
  });

  it("banded tables rise strictly, end with an open row, and only the last row is open", () => {
    const problems = problemsOf((s) => {
      s.estimation.soc2.days.systems[2].max = s.estimation.soc2.days.systems[1].max;
      s.estimation.soc2.days.headcount[0].max = null;
      s.estimation.iso42001.aiSystems[s.estimation.iso42001.aiSystems.length - 1].max = 9999;
    });
    expect(problems).toEqual(
      expect.arrayContaining([
        "estimation.yaml: soc2.days.systems: row 3 max must be greater than the row before",
        "estimation.yaml: soc2.days.headcount: only the last row may have max: null",
        "estimation.yaml: a banded table must end with max: null",
      ]),
    );
  });

  it("the ISO/IEC 42001 headcount rows are all bounded", () => {
    const problems = problemsOf((s) => {
      const rows = s.estimation.iso42001.headcountTable;
      rows[rows.length - 1].max = null;
    });
    expect(problems).toContain(
      "estimation.yaml: iso42001.headcountTable rows are bounded; beyondTable covers larger numbers",
    );
  });

  it("readiness bands go from the highest minimum down to 0, each once", () => {
    const equal = problemsOf((s) => {
      s.estimation.scoring.bands[1].min = s.estimation.scoring.bands[0].min;
    });
    expect(equal).toContain("estimation.yaml: scoring.bands must go from the highest minimum down to 0");
    const notZero = problemsOf((s) => {
      s.estimation.scoring.bands[3].min = 10;
    });
    expect(notZero).toContain("estimation.yaml: scoring.bands must go from the highest minimum down to 0");
    const twice = problemsOf((s) => {
      s.estimation.scoring.bands[1].id = s.estimation.scoring.bands[0].id;
    });
    expect(twice).toContain("estimation.yaml: a band appears twice");
  });

  it("criteria rules name known message keys and conditions; an optional category needs rules", () => {
    const problems = problemsOf((s) => {
      const availability = s.frameworks.tsc.find((c: Loose) => c.id === "availability");
      availability.includedWhen[0].reason = "reason.criteria.made_up";
      availability.includedWhen[1].when = { q: "industry", is: "space" };
      const privacy = s.frameworks.tsc.find((c: Loose) => c.id === "privacy");
      privacy.notesWhen[0].reason = "reason.criteria.also_made_up";
      s.frameworks.tsc.find((c: Loose) => c.id === "confidentiality").includedWhen = [];
    });
    expect(problems).toEqual(
      expect.arrayContaining([
        'frameworks.yaml: availability: "reason.criteria.made_up" is not a message key the engine knows',
        'frameworks.yaml: availability: "is: space" does not fit question "industry" (single)',
        'frameworks.yaml: privacy: "reason.criteria.also_made_up" is not a message key the engine knows',
        "frameworks.yaml: confidentiality: needs includedWhen rules",
      ]),
    );
  });

  it("the annual-reports condition and the regulated statuses name questions and options that exist", () => {
    const problems = problemsOf((s) => {
      s.estimation.soc2.engagement.annualReportsWhen = { q: "report_cycle", is: "weekly" };
      s.estimation.iso42001.regulatedStatuses.push("casino");
    });
    expect(problems).toContain(
      'estimation.yaml: soc2.engagement.annualReportsWhen: "is: weekly" does not fit question "report_cycle" (single)',
    );
    expect(problems).toContain('estimation.yaml: iso42001.regulatedStatuses names unknown option "casino"');
  });

  it("ISO/IEC 42001 rows keep the producer at or above the ISMS time, one role at or below it, several at or above", () => {
    const problems = problemsOf((s) => {
      const [first, second, third] = s.estimation.iso42001.headcountTable;
      first.isms = first.producer + 1;
      second.developer_provider_user = second.producer + 0.5;
      third.multiple = third.producer - 0.5;
    });
    expect(problems).toEqual(
      expect.arrayContaining([
        "estimation.yaml: iso42001.headcountTable row 1: the producer column is below the ISMS audit time",
        "estimation.yaml: iso42001.headcountTable row 2: a single role must not exceed, and several roles must not fall below, the producer",
        "estimation.yaml: iso42001.headcountTable row 3: a single role must not exceed, and several roles must not fall below, the producer",
      ]),
    );
    const equal = problemsOf((s) => {
      const [first] = s.estimation.iso42001.headcountTable;
      first.isms = first.producer;
      first.developer_provider_user = first.producer;
      first.multiple = first.producer;
    });
    expect(equal).toEqual([]);
  });

  it("only the first ISO/IEC 42001 row may stand on the ISO/IEC 42006 example", () => {
    const problems = problemsOf((s) => {
      s.estimation.iso42001.headcountTable[1].basis = "iso42006";
    });
    expect(problems).toEqual([
      "estimation.yaml: iso42001.headcountTable row 2: only the first row is the ISO/IEC 42006 example",
    ]);
  });

  it("published examples and roles are valid answers to known questions", () => {
    const problems = problemsOf((s) => {
      const example = s.estimation.publishedIsoExamples[0];
      example.low.no_such = 1;
      example.high.ai_headcount = 0;
      s.estimation.publishedIsoRoles[0].roles = ["oracle"];
    });
    const id = method.estimation.publishedIsoExamples[0]?.id;
    const role = method.estimation.publishedIsoRoles[0]?.id;
    expect(problems).toEqual(
      expect.arrayContaining([
        `estimation.yaml: publishedIsoExamples.${id}.low: unknown question "no_such"`,
        `estimation.yaml: publishedIsoExamples.${id}.high: "ai_headcount" is not a valid answer`,
        `estimation.yaml: publishedIsoRoles.${role}: "ai_roles" is not a valid answer`,
      ]),
    );
  });

  it("regulatory entries check their conditions, need a fallback text, and name a known regulator", () => {
    const problems = problemsOf((s) => {
      const entry = s.regulators.expectations.find((e: Loose) => e.id === "hkma-tm-g-1");
      entry.why = entry.why.map((v: Loose) => ({ ...v, when: { q: "regulated_status", has: "hkma_ai" } }));
      entry.regulator = "fsa";
      const sfc = s.regulators.expectations.find((e: Loose) => e.id === "sfc-24ec55");
      sfc.notes[0].when = { q: "ai_high_risk", has: "astrology" };
      sfc.why[0].when = { q: "regulated_status", has: "astrology" };
    });
    expect(problems).toEqual(
      expect.arrayContaining([
        "regulators.yaml: hkma-tm-g-1.why needs one text without a condition (the fallback)",
        "regulators.yaml: hkma-tm-g-1 names unknown regulator fsa",
        'regulators.yaml: sfc-24ec55.notes: "has: astrology" does not fit question "ai_high_risk" (multi)',
        'regulators.yaml: sfc-24ec55.why: "has: astrology" does not fit question "regulated_status" (multi)',
      ]),
    );
  });
});
