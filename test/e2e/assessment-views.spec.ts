/** Every view of the assessment, in both languages, has no axe violations (with errors shown, details open). */
import { expect, type Page, test } from "@playwright/test";
import { ctoFixture, quickIds } from "./assessment-support.ts";
import { expectNoAxeViolations } from "./support.ts";

const storageKey = "hk-readiness.assessment";

async function save(page: Page, answers: Record<string, unknown>, skipped: string[] = []) {
  const { answerSet } = ctoFixture();
  await page.addInitScript(
    ([key, set, skip]) =>
      localStorage.setItem(
        key as string,
        JSON.stringify({ format: 1, savedAt: "2027-01-04T00:00:00Z", answerSet: set, skipped: skip }),
      ),
    [storageKey, { ...answerSet, answers }, skipped] as const,
  );
}

const openDetails = (page: Page) =>
  page.locator(".results details").evaluateAll((nodes) => {
    for (const d of nodes) (d as HTMLDetailsElement).open = true;
  });

for (const locale of ["en", "zh-hk"] as const) {
  test(`the start page, the quick check, the task list and the sections have no axe violations (${locale})`, async ({
    page,
  }) => {
    test.setTimeout(120_000);
    await page.goto(`/${locale}/assessment/`);
    await expectNoAxeViolations(page, `${locale} start`);
    await page.goto(`/${locale}/assessment/quick/`);
    await page.locator(".assess-questions > .question").first().waitFor();
    await page.locator("#assess-next").click();
    await expect(page.locator(".error-summary")).toBeVisible();
    await expectNoAxeViolations(page, `${locale} quick check with errors`);
    await page.goto(`/${locale}/assessment/tasks/`);
    await page.locator(".task-list a").first().waitFor();
    await expectNoAxeViolations(page, `${locale} task list, nothing answered`);
    await page.goto(`/${locale}/assessment/section/governance_risk/`);
    await expect(page.locator(".assess-step .callout")).toBeVisible();
    await expectNoAxeViolations(page, `${locale} a section that cannot start yet`);
  });

  test(`a section with errors, check your answers, the results and the print view have no axe violations (${locale})`, async ({
    page,
  }) => {
    test.setTimeout(180_000);
    const { answerSet } = ctoFixture();
    const { sites: _sites, ...answers } = answerSet.answers;
    // The organisation section skipped with a question unanswered: the control sections can start, a figure is missing.
    await save(page, answers, ["organisation"]);
    await page.goto(`/${locale}/assessment/tasks/`);
    await page.locator(".task-list a").first().waitFor();
    await expectNoAxeViolations(page, `${locale} task list, in progress`);
    await page.goto(`/${locale}/assessment/section/organisation/`);
    await page.locator("#assess-next").click();
    await expect(page.locator(".error-summary")).toBeVisible();
    await expectNoAxeViolations(page, `${locale} section with errors`);
    await page.goto(`/${locale}/assessment/section/access_protection/`);
    await page.locator(".assess-questions > .question").first().waitFor();
    await expectNoAxeViolations(page, `${locale} control section`);
    await page.goto(`/${locale}/assessment/check/access_protection/`);
    await page.locator(".check-list").waitFor();
    await expectNoAxeViolations(page, `${locale} check your answers`);
    await page.goto(`/${locale}/assessment/results/`);
    await page.locator(".results .summary").waitFor();
    await expectNoAxeViolations(page, `${locale} results with a missing figure`);
    await page.locator("#copy-link").click();
    await openDetails(page);
    await expectNoAxeViolations(page, `${locale} results, details open, link shown`);
    await page.goto(`/${locale}/assessment/print/`);
    await page.locator(".results.is-print .summary").waitFor();
    await expectNoAxeViolations(page, `${locale} print view`);
  });

  test(`the first estimate of a quick check has no axe violations (${locale})`, async ({ page }) => {
    const { answerSet } = ctoFixture();
    await save(page, Object.fromEntries(Object.entries(answerSet.answers).filter(([id]) => quickIds.has(id))));
    await page.goto(`/${locale}/assessment/results/`);
    await page.locator(".results .summary").waitFor();
    await openDetails(page);
    await expectNoAxeViolations(page, `${locale} first estimate`);
  });
}

test("the print view opens every detail, shows no actions, and prints the whole report", async ({ page }) => {
  await save(page, ctoFixture().answerSet.answers);
  await page.goto("/en/assessment/print/");
  await page.locator(".results.is-print .summary").waitFor();
  await expect(page.locator(".results-actions")).toHaveCount(0);
  const closed = await page.locator(".results details:not([open])").count();
  expect(closed).toBe(0);
  await page.emulateMedia({ media: "print" });
  await expect(page.locator(".print-actions")).toBeHidden();
  await expect(page.locator("#evidence table")).toBeVisible();
});
