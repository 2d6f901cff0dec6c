import type { Page } from "@playwright/test";
import { expect, expectNoAxeViolations, expectOneH1, test } from "./support";
import { signedIn } from "./accounts-support";

const APPLICANT = { fr: "marie.tremblay@example.com", en: "john.smith@example.com" } as const;
const STAFF = "service@example.com";
const REFERENCE = /INQ-\d{4}-\d{6}/;

const text = {
  fr: {
    other: "Autre chose",
    message: "Votre message",
    send: "Envoyer",
    sent: "Votre demande a été envoyée",
    problem: "Il y a un problème",
    messageRequired: "Entrez votre message",
    reply: "Votre réponse",
    sendReply: "Envoyer la réponse",
    replied: "Votre réponse a été envoyée",
    answered: "Réponse donnée",
    customerService: "Service à la clientèle",
    nextPage: "Page suivante",
  },
  en: {
    other: "Something else",
    message: "Your message",
    send: "Send",
    sent: "Your inquiry has been sent",
    problem: "There is a problem",
    messageRequired: "Enter your message",
    reply: "Your reply",
    sendReply: "Send the reply",
    replied: "Your reply has been sent",
    answered: "Answered",
    customerService: "Customer service",
    nextPage: "Next page",
  },
} as const;

type Locale = keyof typeof text;

/** Sends an "other" inquiry from the new-inquiry page; returns its reference, read on the inquiry's page. */
async function sendInquiry(page: Page, locale: Locale, message: string): Promise<string> {
  const t = text[locale];
  await page.goto(`/${locale}/inquiries/new`);
  await page.getByRole("radio", { name: t.other }).check();
  await page.getByLabel(t.message).fill(message);
  await page.getByRole("button", { name: t.send, exact: true }).click();
  await page.waitForURL(new RegExp(`/${locale}/inquiries/[0-9a-f-]{36}\\?done=sent$`));
  await expect(page.getByRole("status", { name: t.sent })).toBeVisible();
  return (await page.getByRole("heading", { level: 1 }).innerText()).match(REFERENCE)?.[0] ?? "";
}

/** Opens an inquiry from the staff queue (open inquiries, the longest waiting first), paging as needed. */
async function openFromQueue(page: Page, locale: Locale, reference: string) {
  await page.goto(`/${locale}/admin/inquiries`);
  for (;;) {
    const link = page.getByRole("link", { name: reference, exact: true });
    if ((await link.count()) > 0) return link.click();
    const next = page.getByRole("link", { name: text[locale].nextPage });
    if ((await next.count()) === 0) throw new Error(`${reference} is not in the queue`);
    await next.click();
  }
}

test("an applicant asks, customer service replies, the applicant reads the reply (fr)", async ({ browser }) => {
  test.setTimeout(90_000);
  const t = text.fr;
  const applicant = await signedIn(browser, APPLICANT.fr, "fr");
  const question = `Bonjour,\nComment ajouter un gérant d’établissement ? (${Date.now()})`;
  const reference = await sendInquiry(applicant, "fr", question);
  expect(reference).toMatch(REFERENCE);
  const inquiryUrl = applicant.url().replace(/\?.*$/, "");
  await expect(applicant.getByText("Comment ajouter un gérant d’établissement")).toBeVisible();

  const staff = await signedIn(browser, STAFF, "fr");
  await openFromQueue(staff, "fr", reference);
  await expect(staff.getByRole("heading", { level: 1 })).toContainText(reference);
  await expect(staff.getByText("Comment ajouter un gérant d’établissement")).toBeVisible();
  const answer = `Utilisez le bouton « Ajouter » à l’étape des gérants. (${Date.now()})`;
  await staff.getByLabel(t.reply).fill(answer);
  await staff.getByRole("button", { name: t.sendReply }).click();
  await expect(staff.getByRole("status", { name: t.replied })).toBeVisible();
  await expect(staff.getByText(t.answered, { exact: true }).first()).toBeVisible();

  await applicant.goto(inquiryUrl);
  await expect(applicant.getByText(answer)).toBeVisible();
  await expect(applicant.getByRole("heading", { level: 3, name: t.customerService })).toBeVisible();
  await expect(applicant.getByText(t.answered, { exact: true })).toBeVisible();

  // The e-mail says there is a reply, in the applicant's language, with the link to the inquiry.
  await applicant.goto(`/fr/dev/mailbox?to=${encodeURIComponent(APPLICANT.fr)}`);
  await expect(applicant.locator("main table tbody")).toContainText("Réponse à votre demande de renseignements");
});

for (const locale of ["fr", "en"] as const) {
  test.describe(`inquiry pages in ${locale}`, () => {
    test("the applicant's pages pass axe with one h1, errors included", async ({ browser }) => {
      const t = text[locale];
      const page = await signedIn(browser, APPLICANT[locale], locale);
      await page.goto(`/${locale}/inquiries/new`);
      await expectOneH1(page);
      await expectNoAxeViolations(page);

      await page.getByRole("button", { name: t.send, exact: true }).click();
      const summary = page.getByRole("alert", { name: t.problem });
      await expect(summary).toBeFocused();
      await expect(summary).toContainText(t.messageRequired);
      await expectNoAxeViolations(page);

      await sendInquiry(page, locale, `Axe ${locale} ${Date.now()}`);
      await expectOneH1(page);
      await expectNoAxeViolations(page);

      await page.goto(`/${locale}/inquiries`);
      await expectOneH1(page);
      await expectNoAxeViolations(page);
    });

    test("the staff pages pass axe with one h1", async ({ browser }) => {
      const applicant = await signedIn(browser, APPLICANT[locale], locale);
      const reference = await sendInquiry(applicant, locale, `Staff axe ${locale} ${Date.now()}`);

      const staff = await signedIn(browser, STAFF, locale);
      await staff.goto(`/${locale}/admin/inquiries`);
      await expectOneH1(staff);
      await expectNoAxeViolations(staff);
      await openFromQueue(staff, locale, reference);
      await expectOneH1(staff);
      await expectNoAxeViolations(staff);
    });
  });
}

test.describe("inquiries are private", () => {
  test("an applicant opening the staff queue or a staff inquiry page gets a 404", async ({ browser }) => {
    const applicant = await signedIn(browser, APPLICANT.fr, "fr");
    await sendInquiry(applicant, "fr", `Privée ${Date.now()}`);
    const id = new URL(applicant.url()).pathname.split("/").at(-1) ?? "";
    expect((await applicant.goto("/fr/admin/inquiries"))?.status()).toBe(404);
    expect((await applicant.goto(`/fr/admin/inquiries/${id}`))?.status()).toBe(404);
  });

  test("another applicant's inquiry is a 404", async ({ browser }) => {
    const marie = await signedIn(browser, APPLICANT.fr, "fr");
    await sendInquiry(marie, "fr", `Seulement pour Marie ${Date.now()}`);
    const id = new URL(marie.url()).pathname.split("/").at(-1) ?? "";
    const john = await signedIn(browser, APPLICANT.en, "en");
    expect((await john.goto(`/en/inquiries/${id}`))?.status()).toBe(404);
    expect((await john.goto("/en/inquiries/not-an-id"))?.status()).toBe(404);
  });
});

test.describe("without JavaScript", () => {
  test("an inquiry is sent, with the error summary first when the message is missing", async ({ browser }) => {
    const page = await signedIn(browser, APPLICANT.en, "en", false);
    await page.goto("/en/inquiries/new");
    await page.getByRole("radio", { name: text.en.other }).check();
    await page.getByRole("button", { name: text.en.send, exact: true }).click();
    await expect(page.getByRole("alert", { name: text.en.problem })).toContainText(text.en.messageRequired);
    await expect(page.getByRole("radio", { name: text.en.other })).toBeChecked();

    await page.getByLabel(text.en.message).fill(`No script ${Date.now()}`);
    await page.getByRole("button", { name: text.en.send, exact: true }).click();
    await expect(page.getByRole("status", { name: text.en.sent })).toBeVisible();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(REFERENCE);
  });
});
