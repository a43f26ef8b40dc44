import { expect, type Page, test } from "@playwright/test";
import { assessResults, type Results } from "../../src/engine/results.ts";
import { encodeShareFragment } from "../../src/lib/share-link.ts";
import { readMethod } from "../../src/node/method-files.ts";
import {
  answerShown,
  completeFullAssessment,
  ctoFixture,
  newCounter,
  personaFixture,
  pressNext,
  quickIds,
} from "./assessment-support.ts";

const method = readMethod();
const storageKey = "hk-readiness.assessment";
type Locale = "en" | "zh-hk";
type Set = { answers: Record<string, unknown>; startDate: string };

const text = (key: string, locale: Locale) => method.messages[key]?.[locale] ?? key;
const engine = (set: Set): Results => assessResults(method, { version: method.questionnaire.version, ...set } as never);
const onlyQuick = (set: Set): Set => ({
  ...set,
  answers: Object.fromEntries(Object.entries(set.answers).filter(([id]) => quickIds.has(id))),
});

async function saveAnswers(page: Page, set: Set & { version?: number }) {
  await page.addInitScript(
    ([key, answerSet]) => {
      if (sessionStorage.getItem("seeded")) return;
      sessionStorage.setItem("seeded", "1");
      localStorage.setItem(key as string, JSON.stringify({ format: 1, savedAt: "2027-01-04T00:00:00Z", answerSet }));
    },
    [storageKey, { version: method.questionnaire.version, ...set }] as const,
  );
}

/** The summary shows the engine's verdict, first report and audit days. */
async function expectSummaryMatches(page: Page, results: Results, locale: Locale) {
  const { assessment } = results;
  const soc2 = page.locator('[data-figure="verdict-soc2"]');
  await expect(soc2).toContainText(text(`type.${assessment.soc2.engagement.firstReport}`, locale));
  const days = results.outlook.days.find(
    (d) => d.id === (assessment.soc2.engagement.firstReport === "type1" ? "soc2_type1" : "soc2_type2"),
  );
  if (days) {
    await expect(page.locator('[data-figure="summary-days-soc2"]')).toContainText(
      new Intl.NumberFormat(locale === "en" ? "en-HK" : "zh-HK", { maximumFractionDigits: 1 }).format(days.days),
    );
  }
  await expect(page.locator('[data-figure="soc2"] .score-value')).toHaveText(
    new Intl.NumberFormat(locale === "en" ? "en-HK" : "zh-HK", {
      minimumFractionDigits: 1,
      maximumFractionDigits: 1,
    }).format(assessment.readiness.soc2.score),
  );
  for (const category of assessment.soc2.criteria.categories) {
    await expect(page.locator(`[data-category="${category.category}"]`)).toHaveClass(
      category.included ? /is-included/ : /is-excluded/,
    );
  }
}

test.describe("readiness assessment", () => {
  for (const locale of ["en", "zh-hk"] as const) {
    test(`the quick check gives a first estimate within 15 answers (${locale})`, async ({ page }) => {
      const cto = ctoFixture().answerSet;
      const counter = newCounter();
      await page.goto(`/${locale}/assessment/`);
      await page.locator(`a[href="/${locale}/assessment/quick/"]`).click();
      counter.clicks++;
      await expect(page).toHaveURL(new RegExp(`/${locale}/assessment/quick/$`));
      // Nothing answered: the button lists what is missing instead of moving on.
      await page.locator("#assess-next").click();
      await expect(page.locator(".error-summary")).toBeFocused();
      await expect(page).toHaveURL(/\/quick\/$/);
      const answered = await answerShown(page, cto.answers, "mouse", counter);
      expect(answered.length).toBeLessThanOrEqual(15);
      expect(answered.every((id) => quickIds.has(id))).toBe(true);
      await pressNext(page, "mouse", counter);
      await expect(page).toHaveURL(new RegExp(`/${locale}/assessment/results/$`));
      const expected = engine(onlyQuick({ ...cto, startDate: await todayInHongKong(page) }));
      expect(expected.quickOnly).toBe(true);
      await expect(page.locator(".results .assess-view-title")).toHaveText(
        locale === "en" ? "Your first estimate" : "你的初步估算",
      );
      await expectSummaryMatches(page, expected, locale);
      await expect(page.locator('[data-figure="assumed"]')).toBeVisible();
      test.info().annotations.push({
        type: "figures",
        description: `quick check ${locale}: ${counter.answers} answers, ${counter.clicks} clicks to the first result`,
      });
    });

    test.describe(() => {
      // Known intermittent failure under heavy CPU load (about 1 run in 4 on a loaded 2-core machine, both locales in
      // the same run, the SOC 2 days one day apart); not reproduced on a quiet machine. One retry keeps CI honest
      // about real regressions while the cause is found (see the closing note of issue 13).
      test.describe.configure({ retries: 1 });
      test(`a full run by keyboard only reaches the engine's results (${locale})`, async ({ page }) => {
        test.setTimeout(300_000);
        const fixture = locale === "en" ? ctoFixture() : personaFixture("1-");
        const counter = newCounter();
        await page.goto(`/${locale}/assessment/tasks/`);
        await page.locator(".task-list a").first().waitFor();
        await completeFullAssessment(page, fixture.answerSet.answers, "keyboard", counter);
        await expect(page).toHaveURL(new RegExp(`/${locale}/assessment/results/$`));
        const expected = engine({ ...fixture.answerSet, startDate: await todayInHongKong(page) });
        expect(expected.quickOnly).toBe(false);
        expect(expected.assessment.completeness.missing).toEqual([]);
        await expectSummaryMatches(page, expected, locale);
        await expect(page.locator('[data-figure="status"]')).toContainText(
          locale === "en" ? "Complete assessment" : "完整評估",
        );
        test.info().annotations.push({
          type: "figures",
          description: `full run ${locale}: ${counter.answers} answers, ${counter.clicks} activations, ${counter.keys} Tab presses`,
        });
      });
    });
  }

  test("each step has a URL: Back and Forward move between steps, and a reload stays on the step", async ({ page }) => {
    const cto = ctoFixture().answerSet;
    await page.goto("/en/assessment/tasks/");
    await page.locator('.task-list a[href$="/section/organisation/"]').click();
    await expect(page).toHaveURL(/\/section\/organisation\/$/);
    await answerShown(page, cto.answers, "mouse");
    await page.locator("#assess-next").click();
    await expect(page).toHaveURL(/\/check\/organisation\/$/);
    await page.locator("#assess-next").click();
    await expect(page).toHaveURL(/\/section\/scope\/$/);
    await expect(page.locator(".assess-view-title")).toHaveText("Services and commitments");

    await page.goBack();
    await expect(page).toHaveURL(/\/check\/organisation\/$/);
    await expect(page.locator(".check-list")).toContainText("Payments");
    await page.goBack();
    await expect(page).toHaveURL(/\/section\/organisation\/$/);
    await expect(page.locator("#q-industry-payments")).toBeChecked();
    await page.goForward();
    await page.goForward();
    await expect(page).toHaveURL(/\/section\/scope\/$/);
    await page.reload();
    await expect(page.locator(".assess-view-title")).toHaveText("Services and commitments");
    await expect(page.locator("#q-systems_count-input")).toBeVisible();
    // A required question cannot be passed by pressing the button twice.
    await page.locator("#assess-next").click();
    await page.locator("#assess-next").click();
    await expect(page).toHaveURL(/\/section\/scope\/$/);
    await expect(page.locator(".error-summary")).toBeVisible();
  });

  test("the language switch keeps the step, and keeps a shared result", async ({ page }) => {
    await page.goto("/en/assessment/section/reports/");
    await page.locator(".assess-questions").waitFor();
    await page.locator('nav.lang a[hreflang="zh-Hant-HK"]').click();
    await expect(page).toHaveURL(/\/zh-hk\/assessment\/section\/reports\/$/);
    await expect(page.locator(".assess-questions")).toBeVisible();

    const fixture = personaFixture("7-");
    const fragment = encodeShareFragment(method, fixture.answerSet as never);
    await page.goto(`/en/assessment/results/#${fragment}`);
    await page.locator(".results .summary").waitFor();
    await page.locator('nav.lang a[hreflang="zh-Hant-HK"]').click();
    await expect(page).toHaveURL(new RegExp(`/zh-hk/assessment/results/#${fragment.replace(/\./g, "\\.")}$`));
    await expect(page.getByText("你正在查看一份分享的評估")).toBeVisible();
    await expectSummaryMatches(page, engine(fixture.answerSet), "zh-hk");
    await page.locator('nav.lang a[hreflang="en"]').click();
    await expect(page).toHaveURL(/\/en\/assessment\/results\/#v/);
  });

  for (const locale of ["en", "zh-hk"] as const) {
    test(`the summary's PDF and talk-to-us actions are in the first viewport at 1366 x 800 (${locale})`, async ({
      browser,
    }) => {
      const context = await browser.newContext({ viewport: { width: 1366, height: 800 } });
      const page = await context.newPage();
      await saveAnswers(page, ctoFixture().answerSet);
      await page.goto(`/${locale}/assessment/results/`);
      await page.locator(".results .summary").waitFor();
      for (const id of ["#download-pdf", "#talk-to-us", "#copy-link", '[data-figure="verdict-soc2"] .verdict-text']) {
        const box = await page.locator(id).boundingBox();
        expect(box, id).not.toBeNull();
        expect((box?.y ?? 0) + (box?.height ?? 0), id).toBeLessThanOrEqual(800);
      }
      await context.close();
    });
  }

  test("a phone run: the quick check on a 390 x 844 screen, charts whose labels are never clipped or overlapping", async ({
    browser,
  }) => {
    for (const locale of ["en", "zh-hk"] as const) {
      const context = await browser.newContext({
        viewport: { width: 390, height: 844 },
        deviceScaleFactor: 2,
        hasTouch: true,
      });
      const page = await context.newPage();
      await page.goto(`/${locale}/assessment/quick/`);
      await answerShown(page, ctoFixture().answerSet.answers, "mouse");
      await page.locator("#assess-next").click();
      await page.locator(".results .summary").waitFor();
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
      // The actions stay at hand at the foot of the screen.
      const bar = await page.locator(".results-actions-bar").boundingBox();
      expect((bar?.y ?? 0) + (bar?.height ?? 0)).toBeLessThanOrEqual(844);
      await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
      expect((await page.locator(".results-actions-bar").boundingBox())?.y ?? 0).toBeGreaterThan(600);
      await context.close();

      // The full result's charts on the phone.
      const full = await browser.newContext({ viewport: { width: 390, height: 844 }, deviceScaleFactor: 2 });
      const phone = await full.newPage();
      await saveAnswers(phone, ctoFixture().answerSet);
      await phone.goto(`/${locale}/assessment/results/`);
      await phone.locator(".bar-chart").waitFor();
      await expectLabelsFit(phone, ".domain-chart", ".bar-label, .bar-value, .chart-legend li");
      // Below 600 px the timeline is the vertical list: the Gantt chart is not drawn, every date is listed.
      await expect(phone.locator(".gantt")).toBeHidden();
      const rows = await phone.locator(".plan-list tbody tr").count();
      expect(rows).toBe(engine(ctoFixture().answerSet).assessment.timeline.milestones.length);
      await expectLabelsFit(phone, ".plan-list", "th, td");
      await full.close();
    }
  });

  test("on a desktop the Gantt chart's axis labels do not overlap and stay inside the chart, and its labels wrap", async ({
    browser,
  }) => {
    for (const width of [1366, 700]) {
      const context = await browser.newContext({ viewport: { width, height: 900 } });
      const page = await context.newPage();
      await saveAnswers(page, ctoFixture().answerSet);
      await page.goto("/en/assessment/results/");
      await page.locator(".gantt").waitFor();
      const ticks = await visibleBoxes(page, ".gantt-axis .tick-label");
      expect(ticks.length).toBeGreaterThan(2);
      for (let i = 1; i < ticks.length; i++) {
        expect(ticks[i]?.left ?? 0, `tick ${i} at ${width}px`).toBeGreaterThanOrEqual((ticks[i - 1]?.right ?? 0) + 2);
      }
      const track = await page.locator(".gantt-axis .gantt-track").boundingBox();
      expect(ticks[0]?.left ?? 0).toBeGreaterThanOrEqual((track?.x ?? 0) - 1);
      expect(ticks.at(-1)?.right ?? 0).toBeLessThanOrEqual((track?.x ?? 0) + (track?.width ?? 0) + 1);
      await expectLabelsFit(page, ".gantt", ".gantt-label");
      await expectLabelsFit(page, ".domain-chart", ".bar-label, .bar-value");
      // The two readiness rows are told apart by their words, not only by colour.
      await expect(page.locator(".gantt-label", { hasText: "SOC 2 readiness work" })).toHaveCount(1);
      await expect(page.locator(".gantt-label", { hasText: "ISO/IEC 42001 readiness work" })).toHaveCount(1);
      await context.close();
    }
  });

  test("saved answers and share links of questionnaire version 2 open, migrated to the current version", async ({
    page,
    browser,
  }) => {
    const { readFileSync } = await import("node:fs");
    const old = JSON.parse(readFileSync("test/fixtures/v2/5-mid-size-ai-user-provider.json", "utf8")).answerSet;
    expect(old.version).toBe(2);
    expect(old.answers.pol_set).toBeDefined();
    await page.addInitScript(
      ([key, answerSet]) =>
        localStorage.setItem(key as string, JSON.stringify({ format: 1, savedAt: "2026-12-01T00:00:00Z", answerSet })),
      [storageKey, old] as const,
    );
    await page.goto("/en/assessment/tasks/");
    await expect(page.locator(".task.is-completed")).not.toHaveCount(0);
    await expect(page.locator(".task.is-in_progress, .task.is-not_started")).toHaveCount(0);
    await page.goto("/en/assessment/check/governance_risk/");
    await expect(page.locator(".check-list")).toContainText("An acceptable use policy and an access control policy");
    await page.goto("/en/assessment/results/");
    await expectSummaryMatches(page, engine(personaFixture("5-").answerSet), "en");

    // A share link written by version 2 (the frozen layout's indexes), opened in a fresh browser.
    const { layoutV2 } = await import("../../src/lib/share-layouts/v2.ts");
    const { checksum } = await import("../../src/lib/share-link.ts");
    const level: Record<string, string> = {
      none: "n",
      informal: "i",
      documented: "d",
      evidenced: "e",
      na: "a",
      unknown: "u",
    };
    const entries = layoutV2.flatMap(([id, type, options = []], i) => {
      const value = old.answers[id];
      if (value === undefined) return [];
      const code =
        type === "single"
          ? options.indexOf(value).toString(36)
          : type === "multi"
            ? (value as string[]).map((v) => options.indexOf(v).toString(36)).join(".")
            : type === "number"
              ? (value as number).toString(36)
              : level[value as string];
      return [`${i.toString(36)}:${code}`];
    });
    const body = `v2.${old.startDate.replace(/-/g, "")}.${entries.join("~")}`;
    const context = await browser.newContext();
    const fresh = await context.newPage();
    await fresh.goto(`/en/assessment/#${body}.${checksum(body)}`);
    await expect(fresh).toHaveURL(/\/en\/assessment\/results\/#v2\./);
    await fresh.locator(".results .summary").waitFor();
    await expect(fresh.getByText("You are viewing a shared assessment")).toBeVisible();
    await expectSummaryMatches(fresh, engine(personaFixture("5-").answerSet), "en");
    await context.close();
  });

  test("a skipped section: the results say which figures are missing instead of computing them from defaults", async ({
    page,
  }) => {
    const cto = ctoFixture().answerSet;
    const organisation = ["industry", "headcount", "sites", "sites_same_processes", "hosting"];
    await saveAnswers(page, {
      ...cto,
      answers: Object.fromEntries(Object.entries(cto.answers).filter(([id]) => !organisation.includes(id))),
    });
    await page.goto("/en/assessment/section/organisation/");
    await page.locator("#assess-skip").click();
    // Every other section is answered: skipping the last open one returns to the task list.
    await expect(page).toHaveURL(/\/tasks\/$/);
    await page.goto("/en/assessment/tasks/");
    await expect(page.locator(".task.is-skipped")).toContainText("Your organisation");
    await page.goto("/en/assessment/results/");
    const missing = page.locator('[data-figure="missing"]');
    await expect(missing).toContainText("SOC 2 audit days");
    await expect(missing).toContainText("How many people work for the organisation in total");
    await expect(page.locator('[data-figure="days-soc2_type1"]')).toContainText("Missing");
    await expect(page.locator('[data-figure="days-soc2_type1"] .day-value')).toHaveCount(0);
  });

  test("completed runs are kept in the browser, and a new run shows what changed since the last one", async ({
    page,
  }) => {
    const set = ctoFixture().answerSet;
    await page.goto("/en/assessment/tasks/");
    await page.evaluate(
      ([key, answerSet]) =>
        localStorage.setItem(key as string, JSON.stringify({ format: 1, savedAt: "2027-01-04T00:00:00Z", answerSet })),
      [storageKey, set] as const,
    );
    await page.goto("/en/assessment/results/");
    await page.locator(".results .summary").waitFor();
    await expect(page.locator("#progress")).toHaveCount(0);
    // The multi-factor authentication blocker is closed.
    await page.evaluate(
      ([key, answerSet]) =>
        localStorage.setItem(key as string, JSON.stringify({ format: 1, savedAt: "2027-02-04T00:00:00Z", answerSet })),
      [storageKey, { ...set, answers: { ...set.answers, acc_mfa: "evidenced" } }] as const,
    );
    await page.reload();
    const progress = page.locator("#progress");
    await expect(progress).toContainText("Since your last run");
    await expect(progress.locator("dd").nth(2)).toHaveText(/^[1-9]/);
    const runs = await page.evaluate(() => JSON.parse(localStorage.getItem("hk-readiness.runs") ?? "[]").length);
    expect(runs).toBe(2);
  });

  test("when the results cannot load, the page says so and offers to try again (never 'loading' forever)", async ({
    page,
  }) => {
    await saveAnswers(page, ctoFixture().answerSet);
    let block = true;
    await page.route("**/_astro/ResultsView*.js", (route) => (block ? route.abort() : route.continue()));
    await page.goto("/en/assessment/results/");
    await expect(page.getByRole("alert")).toContainText("The results could not be loaded");
    block = false;
    await page.getByRole("button", { name: "Try again" }).click();
    await expect(page.locator(".results .summary")).toBeVisible();

    await page.route("**/assessment/method.json", (route) => route.abort());
    await page.goto("/en/assessment/tasks/");
    await expect(page.getByRole("alert")).toContainText("could not be loaded");
  });

  test("a tampered share link shows a clear notice and loads nothing", async ({ page }) => {
    const fragment = encodeShareFragment(method, personaFixture("2-").answerSet as never);
    const errors: string[] = [];
    page.on("pageerror", (e) => errors.push(e.message));
    await page.goto(`/en/assessment/results/#${fragment.replace(/:e~/, ":n~")}`);
    await expect(page.getByRole("alert")).toContainText("This share link is damaged or was edited");
    await expect(page.locator(".results .summary")).toHaveCount(0);
    expect(errors).toEqual([]);
  });

  test("tampered or stale saved progress is cleaned with a notice, never breaking the page", async ({ page }) => {
    await page.goto("/en/assessment/tasks/");
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
    await page.goto("/en/assessment/section/organisation/");
    await expect(page.locator("#q-industry-saas")).toBeChecked();
    await page.evaluate((key) => localStorage.setItem(key, "{not json"), storageKey);
    await page.reload();
    await expect(page.getByRole("alert")).toContainText("could not be read, so it was cleared");
  });

  test("saved answers are offered on the start page, which needs no engine and shifts nothing when it loads", async ({
    page,
  }) => {
    const scripts: string[] = [];
    page.on("request", (r) => r.resourceType() === "script" && scripts.push(r.url()));
    await page.goto("/en/assessment/");
    const shift = await page.evaluate(
      () =>
        new Promise<number>((resolve) => {
          let total = 0;
          new PerformanceObserver((list) => {
            for (const entry of list.getEntries() as (PerformanceEntry & { value: number })[]) total += entry.value;
          }).observe({ type: "layout-shift", buffered: true });
          setTimeout(() => resolve(total), 1000);
        }),
    );
    expect(shift).toBeLessThan(0.01);
    expect(scripts.some((s) => /AssessmentApp|ResultsView/.test(s))).toBe(false);
    await expect(page.locator(".start-resume")).toHaveCount(0);
    await page.evaluate((key) => {
      localStorage.setItem(
        key,
        JSON.stringify({
          format: 1,
          savedAt: "2026-01-01T00:00:00Z",
          answerSet: { version: 3, answers: { industry: "saas" } },
        }),
      );
    }, storageKey);
    await page.reload();
    await expect(page.locator(".start-resume")).toContainText("1 saved answers");
  });

  test("without JavaScript the start page still explains the assessment and links to the content pages", async ({
    request,
  }) => {
    for (const [locale, phrase] of [
      ["en", "needs JavaScript"],
      ["zh-hk", "需要啟用 JavaScript"],
    ] as const) {
      const html = await (await request.get(`/${locale}/assessment/`)).text();
      expect(html).toContain(`href="/${locale}/assessment/quick/"`);
      const noscript = /<noscript>([\s\S]*?)<\/noscript>/.exec(html)?.[1] ?? "";
      expect(noscript).toContain(phrase);
      for (const slug of ["soc-2", "iso-42001", "hong-kong-regulators", "costs-and-audit-days", "contact"]) {
        expect(noscript).toContain(`href="/${locale}/${slug}/"`);
      }
    }
  });
});

/** Today in Hong Kong as the page computes it (the results' start date when none was chosen). */
async function todayInHongKong(page: Page): Promise<string> {
  return page.evaluate(() => {
    const parts = new Intl.DateTimeFormat("en-CA", {
      timeZone: "Asia/Hong_Kong",
      year: "numeric",
      month: "2-digit",
      day: "2-digit",
    }).formatToParts(new Date());
    const get = (type: string) => parts.find((p) => p.type === type)?.value ?? "";
    return `${get("year")}-${get("month")}-${get("day")}`;
  });
}

/** Boxes of the visible elements matching `selector`, left to right. */
async function visibleBoxes(page: Page, selector: string) {
  return page.locator(selector).evaluateAll((nodes) =>
    nodes
      .map((n) => n.getBoundingClientRect())
      .filter((r) => r.width > 0 && r.height > 0)
      .map((r) => ({ left: r.left, right: r.right }))
      .sort((a, b) => a.left - b.left),
  );
}

/** Every text box inside `container` is whole: not wider than its content area, and inside the container. */
async function expectLabelsFit(page: Page, container: string, selector: string) {
  const problems = await page
    .locator(container)
    .first()
    .evaluate((root, sel) => {
      const outer = root.getBoundingClientRect();
      const bad: string[] = [];
      for (const el of root.querySelectorAll<HTMLElement>(sel)) {
        const box = el.getBoundingClientRect();
        if (box.width === 0) continue;
        const clipped = el.scrollWidth > el.clientWidth + 1;
        const outside = box.left < outer.left - 1 || box.right > outer.right + 1;
        if (clipped || outside)
          bad.push(`${el.textContent?.trim()} (${Math.round(box.left)}–${Math.round(box.right)})`);
      }
      return bad;
    }, selector);
  expect(problems, `${container}: clipped or outside`).toEqual([]);
}
