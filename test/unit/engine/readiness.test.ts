import { describe, expect, test } from "vitest";
import { countedControls, countingFramework, scoreReadiness } from "../../../src/engine/readiness.ts";
import { control, method } from "./support.ts";

const isoDomain = method.questionnaire.domains.find((d) => d.framework === "iso42001");
const socDomain = method.questionnaire.domains.find((d) => d.framework === "soc2" && d.category === undefined);

describe("which framework a control counts for", () => {
  test("a control of an ISO/IEC 42001 domain counts for it only while the standard applies", () => {
    const q = control({ domain: isoDomain?.id as string });
    expect(countingFramework(method, ["security"], true)(q)).toBe("iso42001");
    expect(countingFramework(method, ["security"], false)(q)).toBeUndefined();
  });

  test("a SOC 2 control counts while one of its criteria is in an included category", () => {
    const q = control({ domain: socDomain?.id as string, refs: { tsc: ["A1.1"], iso: [], hk: [] } });
    expect(countingFramework(method, ["security"], false)(q)).toBeUndefined();
    expect(countingFramework(method, ["security", "availability"], false)(q)).toBe("soc2");
  });

  test("a control whose domain the questionnaire does not define counts for nothing", () => {
    expect(countingFramework(method, ["security"], true)(control({ domain: "no_such_domain" }))).toBeUndefined();
  });

  test("counted controls keep questionnaire order and leave out those that count for nothing", () => {
    const a = control({ domain: socDomain?.id as string });
    const b = control({ domain: "no_such_domain" });
    const c = control({ domain: isoDomain?.id as string });
    const frameworkOf = countingFramework(method, ["security"], true);
    expect(countedControls([a, b, c], frameworkOf)).toEqual([
      { questionId: a.id, framework: "soc2" },
      { questionId: c.id, framework: "iso42001" },
    ]);
  });
});

describe("readiness scores", () => {
  test("no ISO/IEC 42001 score when the standard does not apply; domains without counted controls are left out", () => {
    const a = control({ domain: socDomain?.id as string });
    const frameworkOf = countingFramework(method, ["security"], false);
    const readiness = scoreReadiness(method, [a], { [a.id]: "evidenced" }, frameworkOf, false);
    expect(readiness.iso42001).toBeNull();
    expect(readiness.domains.map((d) => d.domain)).toEqual([socDomain?.id]);
    expect(readiness.overall.score).toBe(100);
    expect(readiness.blockers).toBe(readiness.overall.blockers);
  });
});
