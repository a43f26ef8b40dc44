/**
 * The method, bundled at build time from content/assessment/*.yaml and validated once (a bad file fails the build).
 * For the site and the server; the CLI reads the same files from disk (src/node/method-files.ts).
 */
import changelog from "../../content/assessment/changelog.yaml";
import estimation from "../../content/assessment/estimation.yaml";
import frameworks from "../../content/assessment/frameworks.yaml";
import messages from "../../content/assessment/messages.yaml";
import questionnaire from "../../content/assessment/questionnaire.yaml";
import regulators from "../../content/assessment/regulators.yaml";
import { loadMethod } from "../engine/method.ts";

export const method = loadMethod({ questionnaire, estimation, frameworks, regulators, messages, changelog });
