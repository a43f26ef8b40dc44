import { readFileSync } from "node:fs";
import { expect, type Page } from "@playwright/test";
import { parse } from "yaml";

/** Persona fixture (answers) and the questionnaire (for question types and option order). */
export function personaFixture(prefix: string): { answerSet: { answers: Record<string, unknown>; startDate: string } } {
  const names = [
    "1-saas-startup",
    "2-svf-payment-processor",
    "3-hr-software-vendor",
    "4-small-ai-developer",
    "5-mid-size-ai-user-provider",
    "6-large-enterprise-several-roles",
    "7-bank-ai-credit",
    "8-mid-size-with-iso27001",
  ];
  const file = names.find((n) => n.startsWith(prefix));
  return JSON.parse(readFileSync(`test/fixtures/personas/${file}.json`, "utf8"));
}

interface Q {
  id: string;
  type: "single" | "multi" | "number" | "maturity";
  options?: { id: string }[];
  allowNa?: boolean;
}
const questionnaire = parse(readFileSync("content/assessment/questionnaire.yaml", "utf8")) as {
  sections: { id: string; questions: Q[] }[];
};
export const questions = new Map(questionnaire.sections.flatMap((s) => s.questions).map((q) => [q.id, q]));
const maturity = ["none", "informal", "documented", "evidenced", "na", "unknown"];

function optionIds(q: Q): string[] {
  return q.type === "maturity" ? maturity.filter((l) => l !== "na" || q.allowNa) : (q.options ?? []).map((o) => o.id);
}

/** Ids of the questions shown on the current step, in page order. */
export async function stepQuestionIds(page: Page): Promise<string[]> {
  return page
    .locator(".assess-questions > .question")
    .evaluateAll((nodes) => nodes.map((n) => n.id.replace(/^q-/, "")));
}

/** Presses Tab until the focused element matches, failing after `limit` presses. */
async function tabTo(
  page: Page,
  matches: (el: { id: string; name: string; tag: string }) => boolean,
  description: string,
) {
  for (let i = 0; i < 250; i++) {
    await page.keyboard.press("Tab");
    const active = await page.evaluate(() => {
      const el = document.activeElement as HTMLInputElement | null;
      return { id: el?.id ?? "", name: el?.getAttribute("name") ?? "", tag: el?.tagName ?? "" };
    });
    if (matches(active)) return;
  }
  throw new Error(`could not reach ${description} with Tab`);
}

/** Answers one question with the keyboard only (Tab, arrow keys, Space, typing). */
export async function answerByKeyboard(page: Page, id: string, value: unknown): Promise<void> {
  const q = questions.get(id);
  if (!q) throw new Error(`unknown question ${id}`);
  const base = `q-${id}`;
  if (q.type === "number") {
    await tabTo(page, (el) => el.id === `${base}-input`, id);
    await page.keyboard.type(String(value));
    return;
  }
  if (q.type === "multi") {
    for (const option of value as string[]) {
      await tabTo(page, (el) => el.id === `${base}-${option}`, `${id}/${option}`);
      await page.keyboard.press("Space");
    }
    return;
  }
  // Radio group: Tab lands on the group, arrow keys move and select.
  const ids = optionIds(q);
  const target = ids.indexOf(String(value));
  await tabTo(page, (el) => el.name === base, id);
  const current = await page.evaluate(() => (document.activeElement as HTMLInputElement).value);
  let index = ids.indexOf(current);
  const checked = await page.evaluate(() => (document.activeElement as HTMLInputElement).checked);
  if (!checked) {
    await page.keyboard.press("Space");
  }
  while (index < target) {
    await page.keyboard.press("ArrowDown");
    index++;
  }
  while (index > target) {
    await page.keyboard.press("ArrowUp");
    index--;
  }
}

/** Answers one question by clicking its labels with the mouse. */
export async function answerByMouse(page: Page, id: string, value: unknown): Promise<void> {
  const q = questions.get(id);
  const base = `#q-${id}`;
  if (q?.type === "number") {
    await page.locator(`${base}-input`).click();
    await page.locator(`${base}-input`).fill(String(value));
    return;
  }
  const values = Array.isArray(value) ? value : [value];
  for (const option of values) await page.locator(`label[for="q-${id}-${option}"]`).click();
}

/** Walks every step, answering what the fixture holds; ends on the results. */
export async function completeQuestionnaire(page: Page, answers: Record<string, unknown>, how: "keyboard" | "mouse") {
  for (let guard = 0; guard < 30; guard++) {
    // Answering can reveal follow-up questions on the same step, so read the step again until all are answered.
    const answered = new Set<string>();
    let ids: string[] = [];
    for (;;) {
      ids = await stepQuestionIds(page);
      const pending = ids.filter((id) => !answered.has(id));
      if (pending.length === 0) break;
      for (const id of pending) {
        if (!(id in answers)) throw new Error(`the page asks ${id}, which the fixture does not answer`);
        if (how === "keyboard") await answerByKeyboard(page, id, answers[id]);
        else await answerByMouse(page, id, answers[id]);
        answered.add(id);
      }
    }
    const next = page.locator("#assess-next");
    if (how === "keyboard") {
      await tabTo(page, (el) => el.id === "assess-next", "the next button");
      await page.keyboard.press("Enter");
    } else {
      await next.click();
    }
    // Wait for the next step (or the results) to replace this one.
    await page.waitForFunction(
      (first) =>
        !document.querySelector(".assess-questions") ||
        document.querySelector(".assess-questions > .question")?.id !== first,
      `q-${ids[0]}`,
    );
    if ((await page.locator(".assess-questions").count()) === 0) {
      await page.locator(".results").waitFor();
      return;
    }
    await expect(page.locator(".assess-step-title")).toBeFocused();
  }
  throw new Error("did not reach the results");
}
