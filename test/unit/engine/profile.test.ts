import { describe, expect, it } from "vitest";
import { readProfile } from "../../../src/engine/profile.ts";

describe("the profile facts the rules read", () => {
  it("an unanswered profile means one person, one site running the same processes, one system, no subservice organisation, no AI role, and both frameworks", () => {
    expect(readProfile({})).toEqual({
      headcount: 1,
      sites: 1,
      sitesSameProcesses: true,
      systems: 1,
      hosting: undefined,
      subserviceCount: 0,
      subserviceMethod: "unsure",
      aiRoles: [],
      aiRolesAnswered: false,
      aiHeadcount: 1,
      aiSystems: 1,
      aiHighRisk: [],
      regulatedStatus: [],
      priorCertifications: [],
      targets: ["soc2", "iso42001"],
    });
  });

  it("numbers and choices are read as answered", () => {
    const profile = readProfile({
      headcount: 250,
      sites: 4,
      systems_count: 7,
      hosting: "hybrid",
      subservice_count: 3,
      subservice_method: "inclusive",
      ai_headcount: 40,
      ai_systems_count: 6,
      ai_high_risk: ["credit", "hiring"],
      regulated_status: ["hkma_ai"],
      prior_certifications: ["iso27001", "iso9001"],
      target_frameworks: ["iso42001"],
      ai_roles: ["producer", "user"],
    });
    expect(profile).toMatchObject({
      headcount: 250,
      sites: 4,
      systems: 7,
      hosting: "hybrid",
      subserviceCount: 3,
      subserviceMethod: "inclusive",
      aiHeadcount: 40,
      aiSystems: 6,
      aiHighRisk: ["credit", "hiring"],
      regulatedStatus: ["hkma_ai"],
      priorCertifications: ["iso27001", "iso9001"],
      targets: ["iso42001"],
      aiRoles: ["producer", "user"],
      aiRolesAnswered: true,
    });
  });

  it("sites run the same processes unless the answer says they differ", () => {
    expect(readProfile({ sites_same_processes: "different" }).sitesSameProcesses).toBe(false);
    expect(readProfile({ sites_same_processes: "same" }).sitesSameProcesses).toBe(true);
  });

  it("a subservice method other than carve-out or inclusive counts as not sure", () => {
    expect(readProfile({ subservice_method: "carve_out" }).subserviceMethod).toBe("carve_out");
    expect(readProfile({ subservice_method: "unsure" }).subserviceMethod).toBe("unsure");
  });

  it('"none" is never a role, a high-risk use, a status or a certificate, though answering it counts as answered', () => {
    const profile = readProfile({
      ai_roles: ["none"],
      ai_high_risk: ["none"],
      regulated_status: ["none"],
      prior_certifications: ["none"],
    });
    expect(profile.aiRoles).toEqual([]);
    expect(profile.aiRolesAnswered).toBe(true);
    expect(profile.aiHighRisk).toEqual([]);
    expect(profile.regulatedStatus).toEqual([]);
    expect(profile.priorCertifications).toEqual([]);
  });

  it("only the two frameworks count as goals, and no goal left means both", () => {
    expect(readProfile({ target_frameworks: ["soc2"] }).targets).toEqual(["soc2"]);
    expect(readProfile({ target_frameworks: ["soc2", "iso42001"] }).targets).toEqual(["soc2", "iso42001"]);
    expect(readProfile({ target_frameworks: ["iso27001"] }).targets).toEqual(["soc2", "iso42001"]);
  });

  it("only the four AI roles count as roles", () => {
    expect(readProfile({ ai_roles: ["developer", "reseller"] }).aiRoles).toEqual(["developer"]);
  });

  it("an answer of the wrong type is read as unanswered", () => {
    const profile = readProfile({ headcount: "many", hosting: ["hybrid"], ai_roles: "producer", sites: "2" });
    expect(profile.headcount).toBe(1);
    expect(profile.hosting).toBeUndefined();
    expect(profile.aiRoles).toEqual([]);
    expect(profile.aiRolesAnswered).toBe(false);
    expect(profile.sites).toBe(1);
  });
});
