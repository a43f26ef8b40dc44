/** Reads and validates the method's data files from disk (for the command-line tools, which run outside Vite). */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parse } from "yaml";
import { loadMethod, type Method } from "../engine/method.ts";

export const methodFiles = [
  "questionnaire",
  "estimation",
  "frameworks",
  "regulators",
  "messages",
  "changelog",
] as const;

export function readMethod(directory = join(import.meta.dirname, "../../content/assessment")): Method {
  const read = (name: string): unknown => parse(readFileSync(join(directory, `${name}.yaml`), "utf8"));
  return loadMethod({
    questionnaire: read("questionnaire"),
    estimation: read("estimation"),
    frameworks: read("frameworks"),
    regulators: read("regulators"),
    messages: read("messages"),
    changelog: read("changelog"),
  });
}
