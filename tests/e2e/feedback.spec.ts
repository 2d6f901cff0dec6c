import { readFile } from "node:fs/promises";
import { expect, expectNoAxeViolations, expectOneH1, test } from "./support";
import { signedIn } from "./accounts-support";

/**
 * Satisfaction and feedback (issue 17): the public feedback page in French without JavaScript; the
 * survey under a paid file's confirmation, answered in English (axe on the form, its errors and
 * its thank-you); the survey of a file submitted without a fee, skipped without JavaScript; the
 * staff page of the satisfaction rate, in English with axe, and its CSV export.
 *
 * Noah (noah.brown@example.com) holds the two files the survey journeys answer: no other journey
 * signs in as him, so the surveys are still open when these run.
 */
const NOAH = "noah.brown@example.com";
const PAID_FILE = "15000000-0000-4000-8000-000000000171";
const FREE_FILE = "15000000-0000-4000-8000-000000000173";

test.describe("fr, without JavaScript", () => {
  test.use({ javaScriptEnabled: false, locale: "fr-CA" });

  test("the public feedback page refuses an empty or too long message, keeps what was typed, then thanks", async ({
    page,
  }) => {
    await page.goto("/fr");
    await page.locator("footer").getByRole("link", { name: "Commentaires sur le portail" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Commentaires sur le portail" })).toBeVisible();
    await expectOneH1(page);

    await page.getByRole("button", { name: "Envoyer mes commentaires" }).click();
    const summary = page.getByRole("alert", { name: "Il y a un problème" });
    await expect(summary.getByRole("heading", { name: "Il y a un problème" })).toBeVisible();
    await expect(
      summary.getByRole("link", { name: "Indiquez si vous êtes satisfait, ou écrivez vos commentaires" }),
    ).toBeVisible();

    const tooLong = `Le formulaire de renouvellement est clair. ${"x".repeat(2000)}`;
    await page.getByRole("radio", { name: "Satisfait", exact: true }).check();
    await page.getByRole("textbox", { name: "Vos commentaires" }).fill(tooLong);
    await page.getByRole("button", { name: "Envoyer mes commentaires" }).click();
    await expect(summary.getByRole("link", { name: /au plus 2.000 caractères/ })).toBeVisible();
    await expect(page.getByRole("radio", { name: "Satisfait", exact: true })).toBeChecked();
    await expect(page.getByRole("textbox", { name: "Vos commentaires" })).toHaveValue(
      /^Le formulaire de renouvellement est clair\. x+$/,
    );

    await page.getByRole("textbox", { name: "Vos commentaires" }).fill("Le formulaire de renouvellement est clair.");
    await page.getByRole("button", { name: "Envoyer mes commentaires" }).click();
    await expect(page.getByRole("heading", { name: "Merci de vos commentaires" })).toBeVisible();
    await expect(page.getByRole("button", { name: "Envoyer mes commentaires" })).toHaveCount(0);
    await expectOneH1(page);
  });
});

test("en: the survey under a paid file's confirmation is answered once, then thanks instead of asking", async ({
  browser,
}) => {
  const page = await signedIn(browser, NOAH, "en");
  await page.goto(`/en/applications/${PAID_FILE}/confirmation`);
  await expect(page.getByRole("heading", { level: 1, name: "Payment received – application submitted" })).toBeVisible();
  const survey = page.getByRole("region", { name: "Tell us how it went" });
  await expect(survey).toBeVisible();
  await expectOneH1(page);
  await expectNoAxeViolations(page);

  // Sent empty: the error summary takes focus and links to the first question.
  await survey.getByRole("button", { name: "Send my answers" }).click();
  const summary = page.getByRole("alert", { name: "There is a problem" });
  await expect(summary).toBeFocused();
  await expect(summary.getByRole("link", { name: /Answer at least one question/ })).toBeVisible();
  await expect(page).toHaveTitle(/^Error: /);
  await expectNoAxeViolations(page);

  const satisfaction = page.getByRole("group", { name: /how satisfied are you/ });
  await satisfaction.getByRole("radio", { name: "Satisfied", exact: true }).check();
  await page
    .getByRole("group", { name: /How easy was it/ })
    .getByRole("radio", { name: "Very easy" })
    .check();
  await page.getByRole("textbox", { name: /How could we improve/ }).fill("Paying by card took a minute.");
  await page.getByRole("button", { name: "Send my answers" }).click();
  await expect(page.getByRole("heading", { name: "Thank you for your answers" })).toBeVisible();
  await expectNoAxeViolations(page);

  // Never asked again for this file.
  await page.reload();
  await expect(page.getByRole("heading", { name: "Thank you for your answers" })).toBeVisible();
  await expect(page.getByRole("button", { name: "Send my answers" })).toHaveCount(0);
  await page.context().close();
});

test("en, without JavaScript: the survey of a file submitted without a fee is skipped, and not asked again", async ({
  browser,
}) => {
  const page = await signedIn(browser, NOAH, "en", false);
  await page.goto(`/en/applications/${FREE_FILE}/confirmation`);
  await expect(page.getByRole("heading", { level: 1, name: "Application submitted" })).toBeVisible();
  await expect(page.getByText("Amount paid")).toHaveCount(0);
  await page.getByRole("button", { name: "Skip the survey" }).click();
  await expect(page.getByRole("heading", { name: "Thank you", exact: true })).toBeVisible();
  await expect(page.getByRole("link", { name: "feedback page" })).toHaveAttribute("href", "/en/feedback");
  await page.goto(`/en/applications/${FREE_FILE}/confirmation`);
  await expect(page.getByRole("button", { name: "Skip the survey" })).toHaveCount(0);
  await page.context().close();
});

test("en: staff read the satisfaction rate by month and by journey, and download the answers", async ({ browser }) => {
  const page = await signedIn(browser, "service@example.com", "en");
  await page.goto("/en/admin");
  await page.getByRole("navigation", { name: "Staff menu" }).getByRole("link", { name: "Satisfaction" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Satisfaction with the portal" })).toBeVisible();
  await expectOneH1(page);
  // The demo data's months: about 87 %, give or take the answers of the journeys running beside this one.
  await expect(page.getByText(/^\d{1,3}% satisfied$/)).toBeVisible();
  await expect(page.getByRole("table", { name: "By month" }).getByRole("row")).toHaveCount(13);
  await expect(page.getByRole("table", { name: "By journey" }).getByRole("rowheader")).toHaveText([
    "Submission without a fee",
    "Payment and submission",
    "Renewal",
    "Feedback page",
  ]);
  await expect(page.getByRole("region", { name: "Latest comments" }).getByRole("listitem").first()).toBeVisible();
  await expectNoAxeViolations(page);

  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("link", { name: /Download every answer/ }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/^satisfaction-\d{4}-\d{2}-\d{2}\.csv$/);
  const csv = await readFile(await download.path(), "utf8");
  expect(
    csv.startsWith(
      "\uFEFFDate (Eastern Time),Journey,Satisfaction (1 to 5),Ease (1 to 5),Skipped,Comment,Language\r\n",
    ),
  ).toBe(true);
  expect(csv.split("\r\n").length).toBeGreaterThan(100);
  await page.context().close();
});
