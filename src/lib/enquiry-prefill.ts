/**
 * What "talk to us" can fill in on the enquiry form from an assessment: the interest (the frameworks the client is
 * preparing for, and for SOC 2 the report it starts with) and the timing (its deadline). Pure.
 */
import type { Answers } from "../engine/answers.ts";
import type { Assessment } from "../engine/index.ts";
import { readProfile } from "../engine/profile.ts";
import type { Interest, Timing } from "./enquiry.ts";

const timingOfDeadline: Readonly<Record<string, Timing>> = {
  within_6w: "within_3m",
  within_3m: "within_3m",
  "3_6m": "3_6m",
  "6_12m": "6_12m",
  over_12m: "later",
  none: "not_sure",
};

export function enquiryPrefill(assessment: Assessment, answers: Answers): { interest: Interest; timing: Timing } {
  const targets = readProfile(answers).targets;
  const soc2 = targets.includes("soc2");
  const iso = targets.includes("iso42001") && assessment.iso42001.applicable;
  const interest: Interest =
    soc2 && iso
      ? "both"
      : iso
        ? "iso42001"
        : assessment.soc2.engagement.firstReport === "type2"
          ? "soc2_type2"
          : "soc2_type1";
  const deadline = answers.report_deadline;
  const timing = typeof deadline === "string" ? (timingOfDeadline[deadline] ?? "not_sure") : "not_sure";
  return { interest, timing };
}
