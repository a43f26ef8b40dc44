/**
 * Everything the results view, the PDF and the print view show for one answer set: the engine's Assessment (a first
 * estimate from the quick-check questions when only those are answered), the figures the answers cannot support yet,
 * the remediation roadmap, the evidence request list and the outlook. Pure.
 */
import type { DatedAnswerSet } from "./answers.ts";
import { type EvidenceRequest, evidenceRequests } from "./evidence.ts";
import { type Assessment, evaluate } from "./index.ts";
import type { Method } from "./method-index.ts";
import { type MissingFigures, missingFigures } from "./missing.ts";
import { buildOutlook, type Outlook } from "./outlook.ts";
import { isQuickOnly, quickMethod } from "./quick.ts";
import { buildRoadmap, type RoadmapPhase } from "./roadmap.ts";
import type { Settings } from "./schema.ts";
import { resolveVisibility } from "./visibility.ts";

export interface Results {
  readonly assessment: Assessment;
  /** The answers are a quick check: the assessment is a first estimate over the quick-check questions. */
  readonly quickOnly: boolean;
  readonly missing: MissingFigures;
  readonly roadmap: readonly RoadmapPhase[];
  readonly evidence: readonly EvidenceRequest[];
  readonly outlook: Outlook;
}

export function assessResults(method: Method, answerSet: DatedAnswerSet, settings: Settings = {}): Results {
  const quickOnly = isQuickOnly(method, answerSet.answers);
  const scope = quickOnly ? quickMethod(method) : method;
  const assessment = evaluate(scope, answerSet, settings);
  const answers = resolveVisibility(scope, answerSet.answers).effective;
  const roadmap = buildRoadmap(scope, assessment);
  return {
    assessment,
    quickOnly,
    missing: missingFigures(method, answerSet.answers, { quickOnly }),
    roadmap,
    evidence: evidenceRequests(scope, assessment, answers, roadmap),
    outlook: buildOutlook(scope, assessment, answers, roadmap, settings),
  };
}
