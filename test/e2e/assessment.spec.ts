import { expect, type Page, test } from "@playwright/test";
import { type Assessment, evaluate } from "../../src/engine/index.ts";
import { encodeShareFragment } from "../../src/lib/share-link.ts";
import { readMethod } from "../../src/node/method-files.ts";
import { completeQuestionnaire, personaFixture } from "./assessment-support.ts";
import { expectNoAxeViolations } from "./support.ts";

const method = readMethod();
const storageKey = "hk-readiness.assessment";

function engineResult(prefix: string): Assessment {
  return evaluate(method, personaFixture(prefix).answerSet as never);
}

const numberText = (n: number) => new Intl.NumberFormat("en-HK", { maximumFractionDigits: 1 }).format(n);

/** The figures on the results screen equal the engine's for the same answers. */
async function expectResultsMatch(page: Page, expected: Assessment, locale: "en" | "zh-hk") {
  const messages = method.messages;
  const text = (key: string) => messages[key]?.[locale] ?? key;
  await expect(page.locator('[data-figure="overall"] .score-value')).toContainText(
    numberText(expected.readiness.overall.score),
  );
  await expect(page.locator('[data-figure="overall"] .score-band')).toHaveText(
    text(`band.${expected.readiness.overall.band}`),
  );
  await expect(page.locator('[data-figure="soc2"] .score-value')).toContainText(
    numberText(expected.readiness.soc2.score),
  );
  const facts = page.locator('[data-figure="soc2-facts"]');
  await expect(facts).toContainText(text(`type.${expected.soc2.engagement.firstReport}`));
  await expect(facts).toContainText(text(`path.${expected.soc2.engagement.path}`));
  for (const category of expected.soc2.criteria.categories) {
    const row = page.locator(`[data-category="${category.category}"]`);
    await expect(row).toHaveClass(category.included ? /is-included/ : /is-excluded/);
  }
  if (expected.soc2.days.type1) {
    await expect(page.locator('[data-figure="days-type1"] .day-value')).toContainText(
      numberText(expected.soc2.days.type1.days),
    );
  }
  if (expected.soc2.days.type2) {
    await expect(page.locator('[data-figure="days-type2"] .day-value')).toContainText(
      numberText(expected.soc2.days.type2.days),
    );
  }
  if (expected.iso42001.applicable) {
    await expect(page.locator('[data-figure="days-iso"] .day-value')).toContainText(
      numberText(expected.iso42001.days.initial),
    );
  } else {
    await expect(page.locator('[data-figure="days-iso"]')).toHaveCount(0);
  }
}

test.describe("readiness assessment", () => {
  test("persona 1 completed with the keyboard only in English gets the engine's results", async ({ page }) => {
    test.setTimeout(180_000);
    const fixture = personaFixture("1-");
    await page.goto("/en/assessment/");
    await page.getByRole("button", { name: "Start the assessment" }).focus();
    await page.keyboard.press("Enter");
    await expect(page.locator(".assess-step-title")).toBeFocused();
    await completeQuestionnaire(page, fixture.answerSet.answers, "keyboard");
    await page.locator("#results-start").fill(fixture.answerSet.startDate);
    await expectResultsMatch(page, engineResult("1-"), "en");
    await expect(page.locator(".results")).toContainText("not an audit");
  });

  test("persona 2 completed with the mouse in Traditional Chinese gets the engine's results", async ({ page }) => {
    test.setTimeout(180_000);
    const fixture = personaFixture("2-");
    await page.goto("/zh-hk/assessment/");
    await page.getByRole("button", { name: "開始評估" }).click();
    await completeQuestionnaire(page, fixture.answerSet.answers, "mouse");
    await page.locator("#results-start").fill(fixture.answerSet.startDate);
    await expectResultsMatch(page, engineResult("2-"), "zh-hk");
    await expect(page.locator("html")).toHaveAttribute("lang", "zh-Hant-HK");
    await expect(page.locator(".results")).toContainText("並非審計");
  });

  test("progress is saved as you go and a reload offers to continue", async ({ page }) => {
    await page.goto("/en/assessment/");
    await page.getByRole("button", { name: "Start the assessment" }).click();
    await page.locator('label[for="q-industry-saas"]').click();
    await page.locator("#q-headcount-input").fill("28");
    await page.reload();
    await expect(page.getByRole("heading", { name: "Welcome back" })).toBeVisible();
    await expect(page.getByText(/with 2 of \d+ questions answered/)).toBeVisible();
    await page.getByRole("button", { name: "Continue" }).click();
    await expect(page.locator("#q-industry-saas")).toBeChecked();
    await expect(page.locator("#q-headcount-input")).toHaveValue("28");
  });

  test("a share link restores the same results in a fresh browser, without touching its saved progress", async ({
    browser,
  }) => {
    const fixture = personaFixture("7-");
    const fragment = encodeShareFragment(method, fixture.answerSet as never);
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`/en/assessment/#${fragment}`);
    await expect(page.locator(".results")).toBeVisible();
    await expect(page.getByText("You are viewing a shared assessment")).toBeVisible();
    await expectResultsMatch(page, engineResult("7-"), "en");
    expect(await page.evaluate((key) => localStorage.getItem(key), storageKey)).toBeNull();
    await context.close();
  });

  test("a tampered share link shows a clear notice and loads nothing", async ({ page }) => {
    const fragment = encodeShareFragment(method, personaFixture("2-").answerSet as never);
    const errors: string[] = [];
    page.on("pageerror", (e) => errors.push(e.message));
    await page.goto(`/en/assessment/#${fragment.replace(/:e~/, ":n~")}`);
    await expect(page.getByRole("alert")).toContainText("This share link is damaged or was edited");
    await expect(page.locator(".results")).toHaveCount(0);
    await expect(page.getByRole("button", { name: "Start the assessment" })).toBeVisible();
    expect(errors).toEqual([]);
  });

  test("tampered or stale saved progress is cleaned with a notice, never breaking the page", async ({ page }) => {
    await page.goto("/en/assessment/");
    await page.evaluate((key) => {
      localStorage.setItem(
        key,
        JSON.stringify({
          format: 1,
          savedAt: "2026-01-01T00:00:00Z",
          answerSet: { version: 1, answers: { industry: "saas", headcount: "many", retired_question: "x" } },
        }),
      );
    }, storageKey);
    await page.reload();
    await expect(page.getByRole("alert")).toContainText("no longer fit the current questionnaire and were removed (2)");
    await page.getByRole("button", { name: "Continue" }).click();
    await expect(page.locator("#q-industry-saas")).toBeChecked();

    await page.evaluate((key) => localStorage.setItem(key, "{not json"), storageKey);
    await page.reload();
    await expect(page.getByRole("alert")).toContainText("could not be read, so it was cleared");
    await expect(page.getByRole("button", { name: "Start the assessment" })).toBeVisible();
  });

  test("without JavaScript the page says the assessment needs it and links to the content pages", async ({
    request,
  }) => {
    // Chromium with script execution disabled still parses <noscript> as raw text, so read the served markup.
    for (const [locale, phrase] of [
      ["en", "needs JavaScript"],
      ["zh-hk", "需要啟用 JavaScript"],
    ] as const) {
      const html = await (await request.get(`/${locale}/assessment/`)).text();
      const noscript = /<noscript>([\s\S]*?)<\/noscript>/.exec(html)?.[1] ?? "";
      expect(noscript).toContain(phrase);
      for (const slug of ["soc-2", "iso-42001", "hong-kong-regulators", "costs-and-audit-days", "contact"]) {
        expect(noscript).toContain(`href="/${locale}/${slug}/"`);
      }
    }
  });

  for (const locale of ["en", "zh-hk"] as const) {
    test(`every step and the results have no axe violations (${locale})`, async ({ page }) => {
      test.setTimeout(180_000);
      const fixture = personaFixture("6-");
      await page.goto(`/${locale}/assessment/`);
      await expectNoAxeViolations(page, `${locale} intro`);
      await page.locator(".assess-intro .button").first().click();
      // Walk the steps answering with the fixture, checking each step (with its error summary shown once).
      for (let step = 0; step < 30; step++) {
        const ids = await page.locator(".assess-questions > .question").evaluateAll((n) => n.map((x) => x.id.slice(2)));
        if (step === 0) {
          await page.locator("#assess-next").click();
          await expect(page.locator(".callout.warn[role=alert]")).toBeVisible();
          await expectNoAxeViolations(page, `${locale} step with errors`);
        }
        const { answerByMouse } = await import("./assessment-support.ts");
        const done = new Set<string>();
        for (;;) {
          const current = await page
            .locator(".assess-questions > .question")
            .evaluateAll((n) => n.map((x) => x.id.slice(2)));
          const pending = current.filter((id) => !done.has(id));
          if (pending.length === 0) break;
          for (const id of pending) {
            await answerByMouse(page, id, (fixture.answerSet.answers as Record<string, unknown>)[id]);
            done.add(id);
          }
        }
        await expectNoAxeViolations(page, `${locale} step ${step + 1}`);
        await page.locator("#assess-next").click();
        await page.waitForFunction(
          (first) =>
            !document.querySelector(".assess-questions") ||
            document.querySelector(".assess-questions > .question")?.id !== first,
          `q-${ids[0]}`,
        );
        if ((await page.locator(".assess-questions").count()) === 0) break;
      }
      await expect(page.locator(".results")).toBeVisible();
      await page.locator(".results details").evaluateAll((nodes) => {
        for (const d of nodes) (d as HTMLDetailsElement).open = true;
      });
      await expectNoAxeViolations(page, `${locale} results`);
    });
  }
});
