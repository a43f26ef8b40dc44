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

/** The fintech CTO of issue 13 (a bank client waiting for SOC 2; AI developer and provider). */
export function ctoFixture(): { answerSet: { version: number; answers: Record<string, unknown>; startDate: string } } {
  return JSON.parse(readFileSync("test/fixtures/journeys/fintech-cto.json", "utf8"));
}

interface Q {
  id: string;
  type: "single" | "multi" | "number" | "maturity";
  options?: { id: string }[];
  allowNa?: boolean;
  quick?: boolean;
}
const questionnaire = parse(readFileSync("content/assessment/questionnaire.yaml", "utf8")) as {
  sections: { id: string; questions: Q[] }[];
};
export const questions = new Map(questionnaire.sections.flatMap((s) => s.questions).map((q) => [q.id, q]));
export const quickIds = new Set([...questions.values()].filter((q) => q.quick).map((q) => q.id));
export const sectionIds = questionnaire.sections.map((s) => s.id);
const maturity = ["none", "informal", "documented", "evidenced", "na", "unknown"];

function optionIds(q: Q): string[] {
  return q.type === "maturity" ? maturity.filter((l) => l !== "na" || q.allowNa) : (q.options ?? []).map((o) => o.id);
}

/** Ids of the questions shown on the current view, in page order. */
export async function shownQuestionIds(page: Page): Promise<string[]> {
  return page
    .locator(".assess-questions > .question")
    .evaluateAll((nodes) => nodes.map((n) => n.id.replace(/^q-/, "")));
}

interface Focused {
  id: string;
  name: string;
  tag: string;
  href: string;
}

/** Presses Tab until the focused element matches, failing after `limit` presses. Counts the presses. */
export async function tabTo(page: Page, matches: (el: Focused) => boolean, description: string, counter?: Counter) {
  for (let i = 0; i < 300; i++) {
    await page.keyboard.press("Tab");
    if (counter) counter.keys++;
    const active = await page.evaluate(() => {
      const el = document.activeElement as HTMLInputElement | HTMLAnchorElement | null;
      return {
        id: el?.id ?? "",
        name: el?.getAttribute("name") ?? "",
        tag: el?.tagName ?? "",
        href: el instanceof HTMLAnchorElement ? el.href : "",
      };
    });
    if (matches(active)) return;
  }
  throw new Error(`could not reach ${description} with Tab`);
}

/** What a walk through the assessment cost the visitor. */
export interface Counter {
  answers: number;
  /** Clicks (mouse) or activations (Enter or Space on a button or link, a choice picked or a number typed). */
  clicks: number;
  keys: number;
}
export const newCounter = (): Counter => ({ answers: 0, clicks: 0, keys: 0 });

/** Answers one question with the keyboard only (Tab, arrow keys, Space, typing). */
export async function answerByKeyboard(page: Page, id: string, value: unknown, counter?: Counter): Promise<void> {
  const q = questions.get(id);
  if (!q) throw new Error(`unknown question ${id}`);
  const base = `q-${id}`;
  if (counter) counter.answers++;
  if (q.type === "number") {
    await tabTo(page, (el) => el.id === `${base}-input`, id, counter);
    await page.keyboard.type(String(value));
    if (counter) counter.clicks++;
    return;
  }
  if (q.type === "multi") {
    for (const option of value as string[]) {
      await tabTo(page, (el) => el.id === `${base}-${option}`, `${id}/${option}`, counter);
      await page.keyboard.press("Space");
      if (counter) counter.clicks++;
    }
    return;
  }
  // Radio group: Tab lands on the group, arrow keys move and select.
  const ids = optionIds(q);
  const target = ids.indexOf(String(value));
  await tabTo(page, (el) => el.name === base, id, counter);
  const current = await page.evaluate(() => (document.activeElement as HTMLInputElement).value);
  let index = ids.indexOf(current);
  const checked = await page.evaluate(() => (document.activeElement as HTMLInputElement).checked);
  if (!checked) await page.keyboard.press("Space");
  while (index < target) {
    await page.keyboard.press("ArrowDown");
    index++;
  }
  while (index > target) {
    await page.keyboard.press("ArrowUp");
    index--;
  }
  if (counter) counter.clicks++;
}

/** Answers one question by clicking its labels with the mouse. */
export async function answerByMouse(page: Page, id: string, value: unknown, counter?: Counter): Promise<void> {
  const q = questions.get(id);
  const base = `#q-${id}`;
  if (counter) counter.answers++;
  if (q?.type === "number") {
    await page.locator(`${base}-input`).click();
    await page.locator(`${base}-input`).fill(String(value));
    if (counter) counter.clicks++;
    return;
  }
  const values = Array.isArray(value) ? value : [value];
  for (const option of values) {
    await page.locator(`label[for="q-${id}-${option}"]`).click();
    if (counter) counter.clicks++;
  }
}

/** Answers every question the current view shows (and the follow-ups answering reveals). */
export async function answerShown(
  page: Page,
  answers: Record<string, unknown>,
  how: "keyboard" | "mouse",
  counter?: Counter,
): Promise<string[]> {
  const done = new Set<string>();
  // The view's questions appear once the island has its data.
  await page.locator(".assess-questions > .question").first().waitFor();
  for (;;) {
    let pending = (await shownQuestionIds(page)).filter((id) => !done.has(id));
    if (pending.length === 0) {
      // An answer can reveal follow-up questions on the next render: let two frames pass and look again.
      await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
      pending = (await shownQuestionIds(page)).filter((id) => !done.has(id));
      if (pending.length === 0) return [...done];
    }
    for (const id of pending) {
      if (!(id in answers)) throw new Error(`the page asks ${id}, which the fixture does not answer`);
      // Already answered so (e.g. in the quick check): leave it, as a visitor would.
      if (await hasAnswer(page, id, answers[id])) {
        done.add(id);
        continue;
      }
      if (how === "keyboard") await answerByKeyboard(page, id, answers[id], counter);
      else await answerByMouse(page, id, answers[id], counter);
      done.add(id);
    }
  }
}

/** Whether the question on the page already shows this answer. */
async function hasAnswer(page: Page, id: string, value: unknown): Promise<boolean> {
  const q = questions.get(id);
  if (q?.type === "number") return (await page.locator(`#q-${id}-input`).inputValue()) === String(value);
  const checked = await page
    .locator(`#q-${id} input:checked`)
    .evaluateAll((nodes) => nodes.map((n) => (n as HTMLInputElement).value).sort());
  const wanted = (Array.isArray(value) ? [...value] : [value]).map(String).sort();
  return JSON.stringify(checked) === JSON.stringify(wanted);
}

/** Presses the view's main button (#assess-next) by keyboard or mouse. */
export async function pressNext(page: Page, how: "keyboard" | "mouse", counter?: Counter) {
  if (how === "keyboard") {
    await tabTo(page, (el) => el.id === "assess-next", "the main button", counter);
    await page.keyboard.press("Enter");
  } else await page.locator("#assess-next").click();
  if (counter) counter.clicks++;
}

/**
 * From the task list, answers every section in order (section, then "check your answers", then the next section)
 * until the results. Returns the ids answered.
 */
export async function completeFullAssessment(
  page: Page,
  answers: Record<string, unknown>,
  how: "keyboard" | "mouse",
  counter?: Counter,
): Promise<string[]> {
  const first = page.locator(".task-list a").first();
  if (how === "keyboard") {
    const href = await first.evaluate((a) => (a as HTMLAnchorElement).href);
    await tabTo(page, (el) => el.href === href, "the first section", counter);
    await page.keyboard.press("Enter");
  } else await first.click();
  if (counter) counter.clicks++;
  const answered: string[] = [];
  for (let guard = 0; guard < 40; guard++) {
    await page.locator(".assess-step, .assess-check, .results .summary").first().waitFor();
    if (await page.locator(".results .summary").count()) return answered;
    if (await page.locator(".assess-step").count()) {
      await expect(page.locator(".assess-view-title")).toBeFocused();
      answered.push(...(await answerShown(page, answers, how, counter)));
      await pressNext(page, how, counter);
      await page.locator(".assess-check").waitFor();
      continue;
    }
    await expect(page.locator(".assess-view-title")).toBeFocused();
    const title = await page.locator(".assess-view-title").textContent();
    await pressNext(page, how, counter);
    await page.waitForFunction((t) => document.querySelector(".assess-view-title")?.textContent !== t, title);
  }
  throw new Error("did not reach the results");
}
