import type { Question } from "../../engine/schema.ts";

/** The questionnaire order of one version: question id, type and (for choices) option ids. */
export type Layout = readonly (readonly [string, Question["type"], (readonly string[])?])[];
