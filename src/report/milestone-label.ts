/** A milestone's label: the readiness periods name their framework, so two "readiness work" rows never look alike. */
import type { Milestone } from "../engine/timeline.ts";
import type { MessageKey } from "../engine/trace.ts";
import type { Formatter } from "./format.ts";

export function milestoneLabel(format: Formatter, milestone: Pick<Milestone, "id" | "key" | "framework">): string {
  if (milestone.key === "milestone.readiness_start") {
    return format.message(milestone.framework === "soc2" ? "milestone.readiness_soc2" : "milestone.readiness_iso42001");
  }
  return format.message(milestone.key);
}

/** The message key of a roadmap phase's title (estimation.yaml#planning.roadmap ids; messages.yaml has each). */
export function roadmapKey(phaseId: string): MessageKey {
  return `roadmap.${phaseId}` as MessageKey;
}
