/**
 * What a staff password must be: at least `minPasswordLength` characters, and not guessable (zxcvbn-ts score 3 or
 * more with the common-password and English dictionaries, the person's email counting as a known word). Returns a
 * reason code the enrolment page translates, or null when the password is acceptable.
 */
import { ZxcvbnFactory } from "@zxcvbn-ts/core";
import * as common from "@zxcvbn-ts/language-common";

export const minPasswordLength = 12;
export const maxPasswordLength = 128;

export type PasswordProblem = "too_short" | "too_long" | "too_common";

let checker: ZxcvbnFactory | undefined;

export function passwordProblem(password: string, userInputs: readonly string[] = []): PasswordProblem | null {
  if (password.length < minPasswordLength) return "too_short";
  if (password.length > maxPasswordLength) return "too_long";
  checker ??= new ZxcvbnFactory({
    dictionary: { ...common.dictionary },
    graphs: common.adjacencyGraphs,
  });
  const inputs = userInputs.flatMap((input) => [input, ...input.split(/[@.+_-]/)]).filter((s) => s.length > 2);
  return checker.check(password, inputs).score < 3 ? "too_common" : null;
}
