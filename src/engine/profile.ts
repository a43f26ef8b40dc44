/**
 * The profile facts the rules read, with the one set of defaults for unanswered questions. Every rule, and every
 * screen that shows or edits these facts (the staff workspace included), reads them through `readProfile`, so an
 * unanswered question means the same thing everywhere.
 */
import type { Answers } from "./answers.ts";

/** AI roles that make ISO/IEC 42001 applicable (the other option of `ai_roles` is "none"). */
export const aiRoleIds = ["producer", "developer", "provider", "user"] as const;
export type AiRole = (typeof aiRoleIds)[number];

export interface Profile {
  /** Total headcount; 1 when unanswered. */
  readonly headcount: number;
  /** Locations the services run from; 1 when unanswered. */
  readonly sites: number;
  /** Whether the locations run the same processes; assumed so when unanswered (the question is asked from 2 sites). */
  readonly sitesSameProcesses: boolean;
  /** Systems in scope; 1 when unanswered. */
  readonly systems: number;
  readonly hosting: string | undefined;
  /** Subservice organisations; 0 when unanswered. */
  readonly subserviceCount: number;
  /** carve_out, inclusive or unsure ("unsure" when unanswered). */
  readonly subserviceMethod: "carve_out" | "inclusive" | "unsure";
  /** The AI roles chosen (producer, developer, provider, user); empty when none or unanswered. */
  readonly aiRoles: readonly AiRole[];
  /** Whether `ai_roles` has been answered at all. */
  readonly aiRolesAnswered: boolean;
  /** AI-related personnel; 1 when unanswered. */
  readonly aiHeadcount: number;
  /** AI systems in scope; 1 when unanswered. */
  readonly aiSystems: number;
  /** High-risk AI uses chosen (without "none"). */
  readonly aiHighRisk: readonly string[];
  readonly regulatedStatus: readonly string[];
  readonly priorCertifications: readonly string[];
  /** Frameworks the organisation is preparing for; both when unanswered. */
  readonly targets: readonly ("soc2" | "iso42001")[];
}

const number = (answers: Answers, id: string, fallback: number): number => {
  const value = answers[id];
  return typeof value === "number" ? value : fallback;
};
const text = (answers: Answers, id: string): string | undefined => {
  const value = answers[id];
  return typeof value === "string" ? value : undefined;
};
const list = (answers: Answers, id: string): readonly string[] => {
  const value = answers[id];
  return Array.isArray(value) ? value.filter((v) => v !== "none") : [];
};

/** The profile facts from a set of (visible) answers. */
export function readProfile(answers: Answers): Profile {
  const method = text(answers, "subservice_method");
  const targets = list(answers, "target_frameworks").filter((t): t is "soc2" | "iso42001" =>
    ["soc2", "iso42001"].includes(t),
  );
  return {
    headcount: number(answers, "headcount", 1),
    sites: number(answers, "sites", 1),
    sitesSameProcesses: text(answers, "sites_same_processes") !== "different",
    systems: number(answers, "systems_count", 1),
    hosting: text(answers, "hosting"),
    subserviceCount: number(answers, "subservice_count", 0),
    subserviceMethod: method === "carve_out" || method === "inclusive" ? method : "unsure",
    aiRoles: list(answers, "ai_roles").filter((r): r is AiRole => (aiRoleIds as readonly string[]).includes(r)),
    aiRolesAnswered: Array.isArray(answers.ai_roles),
    aiHeadcount: number(answers, "ai_headcount", 1),
    aiSystems: number(answers, "ai_systems_count", 1),
    aiHighRisk: list(answers, "ai_high_risk"),
    regulatedStatus: list(answers, "regulated_status"),
    priorCertifications: list(answers, "prior_certifications"),
    targets: targets.length > 0 ? targets : ["soc2", "iso42001"],
  };
}
