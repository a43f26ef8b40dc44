import { execFileSync } from "node:child_process";
import { expect, type Page, test } from "@playwright/test";
import { evaluate } from "../../src/engine/index.ts";
import { enquiryPrefill } from "../../src/lib/enquiry-prefill.ts";
import { encodeShareFragment } from "../../src/lib/share-link.ts";
import { readMethod } from "../../src/node/method-files.ts";
import { personaFixture } from "./assessment-support.ts";

const method = readMethod();
// The Playwright web server stores enquiries here (playwright.config.ts).
const dataDir = `test-results/e2e-data-${process.env.E2E_PORT || 4399}`;

function leads(...args: string[]): string {
  return execFileSync(process.execPath, ["src/cli/leads.ts", ...args], {
    encoding: "utf8",
    env: { ...process.env, DATA_DIR: dataDir },
  });
}

async function fill(page: Page, company: string, locale: "en" | "zh-hk") {
  await page.fill("#enquiry-name", locale === "en" ? "Chan Tai Man" : "陳大文");
  await page.fill("#enquiry-company", company);
  await page.fill("#enquiry-email", "tm.chan@pay.example.hk");
  await page.fill("#enquiry-phone", "9123 4567");
  await page.fill("#enquiry-role", locale === "en" ? "CTO" : "技術總監");
  await page.locator('label[for="enquiry-interest-soc2_type2"]').click();
  await page.locator('label[for="enquiry-timing-3_6m"]').click();
  await page.fill("#enquiry-message", "<script>alert(1)</script>'; DROP TABLE leads;--");
}

for (const locale of ["en", "zh-hk"] as const) {
  test(`an enquiry sent from the results reaches the firm with the assessment attached (${locale})`, async ({
    page,
  }) => {
    const fixture = personaFixture("2-");
    const company = `${locale === "en" ? "Pay Example" : "示例支付"} ${Date.now()}`;
    await page.goto(`/${locale}/assessment/results/#${encodeShareFragment(method, fixture.answerSet as never)}`);
    await page.locator("#talk-to-us").click();
    await expect(page).toHaveURL(new RegExp(`/${locale}/contact/`));
    await expect(page.locator("#enquiry-attach")).toBeChecked();
    // What the assessment already says is filled in: the interest and the timing.
    const prefill = enquiryPrefill(evaluate(method, fixture.answerSet as never), fixture.answerSet.answers as never);
    await expect(page.locator(`#enquiry-interest-${prefill.interest}`)).toBeChecked();
    await expect(page.locator(`#enquiry-timing-${prefill.timing}`)).toBeChecked();
    // Sending an empty form lists what is missing, tied to the fields.
    await page.locator("form.enquiry button[type=submit]").click();
    await expect(page.locator("form.enquiry [role=alert]")).toBeFocused();
    await expect(page.locator("#enquiry-name")).toHaveAttribute("aria-invalid", "true");
    await expect(page.locator("#enquiry-name")).toHaveAttribute("aria-describedby", /enquiry-name-error/);
    await fill(page, company, locale);
    await expect(page.locator("#enquiry-marketing")).not.toBeChecked();
    await page.locator("form.enquiry button[type=submit]").click();
    await expect(page.locator(".enquiry-success")).toBeVisible();
    const reference = /ENQ-\d{4}-[A-Z0-9]+/.exec((await page.locator(".enquiry-success").textContent()) ?? "")?.[0];
    expect(reference).toBeTruthy();

    const lead = JSON.parse(leads("show", reference as string, "--json"));
    expect(lead.contact.company).toBe(company);
    expect(lead.contact.phone).toBe("+85291234567");
    expect(lead.locale).toBe(locale);
    expect(lead.marketingConsent).toBe(false);
    expect(lead.message).toBe("<script>alert(1)</script>'; DROP TABLE leads;--");
    expect(lead.answerSet.answers).toEqual(fixture.answerSet.answers);
    const expected = evaluate(method, lead.answerSet);
    expect(lead.proposal).toEqual(JSON.parse(JSON.stringify(expected.proposal)));
  });
}

test("only the name, the company and the email are required", async ({ page }) => {
  await page.goto("/en/contact/");
  await page.locator("form.enquiry fieldset:not([disabled])").first().waitFor();
  await page.locator("form.enquiry button[type=submit]").click();
  await expect(page.locator("form.enquiry [role=alert]")).toBeFocused();
  for (const id of ["name", "company", "email"]) {
    await expect(page.locator(`#enquiry-${id}`)).toHaveAttribute("aria-invalid", "true");
  }
  await expect(page.locator("#enquiry-role")).not.toHaveAttribute("aria-invalid", "true");
  await expect(page.locator(".choice.has-error")).toHaveCount(0);
  const company = `Minimal Example ${Date.now()}`;
  await page.fill("#enquiry-name", "Chan Tai Man");
  await page.fill("#enquiry-company", company);
  await page.fill("#enquiry-email", "tm.chan@example.hk");
  await page.locator("form.enquiry button[type=submit]").click();
  await expect(page.locator(".enquiry-success")).toBeVisible();
  const reference = /ENQ-\d{4}-[A-Z0-9]+/.exec((await page.locator(".enquiry-success").textContent()) ?? "")?.[0];
  const lead = JSON.parse(leads("show", reference as string, "--json"));
  expect([lead.contact.company, lead.interest, lead.timing]).toEqual([company, "not_sure", "not_sure"]);
});

test("a failed send keeps what was typed, and the retry does not create a second lead", async ({ page }) => {
  const company = `Retry Example ${Date.now()}`;
  await page.goto("/en/contact/");
  await fill(page, company, "en");
  // The first request reaches the server, but its response is lost on the way back.
  let first = true;
  await page.route("**/api/enquiries/**", async (route) => {
    if (first) {
      first = false;
      await route.fetch();
      await route.abort("connectionreset");
      return;
    }
    await route.continue();
  });
  await page.locator("form.enquiry button[type=submit]").click();
  await expect(page.locator("form.enquiry [role=alert]")).toContainText("could not reach our server");
  await expect(page.locator("#enquiry-company")).toHaveValue(company);
  await page.getByRole("button", { name: "Try again" }).click();
  await expect(page.locator(".enquiry-success")).toBeVisible();
  const rows = leads("list")
    .split("\n")
    .filter((line) => line.includes(company));
  expect(rows).toHaveLength(1);
});
