import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import type { Firm } from "../../../src/lib/firm.ts";
import { parseFirm } from "../../../src/lib/firm.ts";
import {
  iso42001Line,
  placeholderText,
  registrationLine,
  soc2BasisLine,
  standingCredentials,
  standingLines,
} from "../../../src/lib/firm-standing.ts";

const shipped = parse(readFileSync("content/firm.yaml", "utf8"));

function withStanding(standing: unknown, example = false): Firm {
  return parseFirm({ ...shipped, example, standing: { ...shipped.standing, ...(standing as object) } });
}

const accredited = {
  status: "accredited",
  accreditationBody: { en: "Accreditation Body X", "zh-hk": "認可機構X" },
  accreditationNumber: "CB-001",
  scope: { en: "ISO/IEC 42001 with ISO/IEC 42006", "zh-hk": "ISO/IEC 42001（連同 ISO/IEC 42006）" },
};

describe("firm settings", () => {
  it("the shipped settings file is valid and names the firm in both languages", () => {
    const firm = parseFirm(shipped);
    expect(firm.name.en).not.toBe("");
    expect(firm.name["zh-hk"]).toMatch(/[\u3400-\u9fff]/);
  });

  it("a broken settings file fails with every problem listed by path", () => {
    const broken = { ...shipped, email: "not-an-email", name: { en: "Only English" } };
    expect(() => parseFirm(broken, "firm.yaml")).toThrowError(
      /firm\.yaml is not valid:(?=[\s\S]*email)(?=[\s\S]*name\.zh-hk)/,
    );
  });

  it("registration is with the AFRC only; the old HKICPA wording cannot be configured", () => {
    expect(() => withStanding({ registration: { regulator: "HKICPA", kind: "cpa-firm", number: null } })).toThrow(
      /standing\.registration\.regulator/,
    );
  });

  it("an accreditation without a body, number and a scope naming ISO/IEC 42001 is rejected", () => {
    expect(() => withStanding({ iso42001: { status: "accredited" } })).toThrow(/standing\.iso42001/);
    expect(() => withStanding({ iso42001: { ...accredited, scope: { en: "ISO 9001", "zh-hk": "ISO 9001" } } })).toThrow(
      /must name ISO\/IEC 42001/,
    );
  });
});

describe("firm standing as shown on the site and in the PDF", () => {
  it("an unset registration number shows a visible placeholder, never a made-up number", () => {
    const firm = withStanding({ registration: { regulator: "AFRC", kind: "corporate-practice", number: null } });
    expect(registrationLine(firm.standing, "en")).toContain(placeholderText.en);
    expect(registrationLine(firm.standing, "zh-hk")).toContain(placeholderText["zh-hk"]);
    expect(registrationLine(firm.standing, "zh-hk")).toContain("會計及財務匯報局");
  });

  it("a set registration number is shown with the AFRC as the registering body", () => {
    const firm = withStanding({ registration: { regulator: "AFRC", kind: "cpa-firm", number: "1234" } });
    expect(registrationLine(firm.standing, "en")).toBe(
      "CPA firm registered with the Accounting and Financial Reporting Council (AFRC), registration no. 1234",
    );
  });

  it("each SOC 2 reporting basis names its standard; AT-C 205 always appears as amended by SSAE No. 21", () => {
    const aicpa = soc2BasisLine(withStanding({ soc2: { basis: "aicpa" } }).standing, "en");
    const hk = soc2BasisLine(withStanding({ soc2: { basis: "hksae3000" } }).standing, "en");
    const both = soc2BasisLine(withStanding({ soc2: { basis: "both" } }).standing, "en");
    expect(aicpa).toMatch(/AT-C sections 105 and 205, as amended by SSAE No\. 21/);
    expect(aicpa).not.toMatch(/HKSAE/);
    expect(hk).toMatch(/HKSAE 3000 \(Revised\)/);
    expect(hk).not.toMatch(/AT-C/);
    expect(both).toMatch(/SSAE No\. 21[\s\S]*HKSAE 3000 \(Revised\)/);
    expect(`${aicpa}${hk}${both}`).not.toMatch(/SSAE 18/);
  });

  it("not accredited is said plainly; accredited names the body, number and scope", () => {
    const notAccredited = withStanding({ iso42001: { status: "not-accredited" } });
    expect(iso42001Line(notAccredited.standing, "en")).toMatch(/not accredited/);
    expect(iso42001Line(notAccredited.standing, "zh-hk")).toMatch(/不屬經認可的證書/);
    const yes = withStanding({ iso42001: accredited });
    expect(iso42001Line(yes.standing, "en")).toMatch(/Accreditation Body X.*CB-001.*ISO\/IEC 42001/);
  });

  it("example settings are announced in the standing lines and never reach structured data", () => {
    const example = withStanding({ registration: { regulator: "AFRC", kind: "cpa-firm", number: "1234" } }, true);
    expect(standingLines(example, "en").at(-1)).toMatch(/Example settings/);
    expect(standingCredentials(example)).toEqual([]);
  });

  it("structured data carries only the credentials the settings back", () => {
    const placeholder = withStanding({ registration: { regulator: "AFRC", kind: "cpa-firm", number: null } });
    expect(standingCredentials(placeholder)).toEqual([]);
    const real = withStanding({
      registration: { regulator: "AFRC", kind: "cpa-firm", number: "1234" },
      iso42001: accredited,
    });
    expect(standingCredentials(real).map((c) => c.credentialCategory)).toEqual(["registration", "accreditation"]);
  });
});

describe("firm logo and people", () => {
  it("the shipped logo is drawable path data and the shipped people are marked as placeholders", () => {
    const firm = parseFirm(shipped);
    expect(firm.logo.paths.length).toBeGreaterThan(0);
    expect(firm.people.length).toBeGreaterThan(0);
    for (const person of firm.people) expect(person.placeholder).toBe(true);
  });

  it("a logo with an arc or a person without a Chinese name fails with the field's path", () => {
    const arc = { ...shipped, logo: { size: 48, paths: [{ fill: "primary", d: "M0 0A5 5 0 0 1 10 10Z" }] } };
    expect(() => parseFirm(arc)).toThrow(/logo\.paths\.0\.d: path data: unsupported path command "A"/);
    const person = { ...shipped, people: [{ name: { en: "A Partner" }, role: { en: "Partner", "zh-hk": "合夥人" } }] };
    expect(() => parseFirm(person)).toThrow(/people\.0\.name\.zh-hk/);
  });

  it("people are real entries unless marked as placeholders", () => {
    const person = { name: { en: "A Partner", "zh-hk": "合夥人" }, role: { en: "Partner", "zh-hk": "合夥人" } };
    expect(parseFirm({ ...shipped, people: [person] }).people[0]?.placeholder).toBe(false);
  });
});

describe("the firm's optional indicative day rates", () => {
  it("are optional: the shipped settings have none, so no fee is published", () => {
    expect(parseFirm(shipped).indicativeDayRates).toBeUndefined();
  });

  it("a day-rate range needs an ISO currency code and its lowest rate first", () => {
    const rates = { currency: "HKD", soc2: [12000, 18000], iso42001: [14000, 20000] };
    expect(parseFirm({ ...shipped, indicativeDayRates: rates }).indicativeDayRates).toEqual(rates);
    expect(() => parseFirm({ ...shipped, indicativeDayRates: { ...rates, soc2: [18000, 12000] } })).toThrow(
      /indicativeDayRates\.soc2/,
    );
    expect(() => parseFirm({ ...shipped, indicativeDayRates: { ...rates, currency: "hk$" } })).toThrow(
      /indicativeDayRates\.currency/,
    );
  });
});
