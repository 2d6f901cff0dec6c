import type { Page } from "@playwright/test";
import { commissionClock } from "@/lib/time/commission-clock";
import { expect, expectNoAxeViolations, expectOneH1, locales, test } from "./support";
import { signedIn } from "./accounts-support";

/**
 * Maintenance windows, as users meet them: the maintenance page in both languages; an
 * administrator adds a window starting now; applicants' saves are refused with the message beside
 * the form and what they typed kept (French with JavaScript, English without); the administrator
 * cancels the window.
 *
 * Windows are global: while the window of the second test is open, every applicant's write in the
 * journeys running beside this one is refused too. So that test prepares everything first (sign-ins,
 * pages, typing), keeps the window short (it would end by itself five minutes after it started) and
 * cancels it in `finally`, whatever happened: it is open for a few seconds. The tests of this file
 * run one after the other (serial), so two of its windows never overlap. Staff journeys are not
 * affected (staff may sign in and act during maintenance), nor are pages, which stay readable.
 */
test.describe.configure({ mode: "serial" });

const ADMIN = "admin@example.com";
const APPLICANT = { fr: "antoine.lefebvre@example.com", en: "emily.wong@example.com" } as const;

const text = {
  fr: {
    pageTitle: "Maintenance du portail",
    weekly: "Chaque semaine",
    during: "Pendant la maintenance",
    underWay: "La maintenance est en cours",
    adminTitle: "Périodes de maintenance",
    start: "Début",
    end: "Fin",
    messageFr: "Message en français",
    messageEn: "Message en anglais",
    add: "Ajouter la période",
    added: "La période a été ajoutée",
    cancelled: "La période a été annulée",
    phone: "Numéro de téléphone",
    save: "Enregistrer",
    problem: "Il y a un problème",
    refused: "Le portail est en maintenance jusqu’au",
    moreLink: "En savoir plus sur la maintenance",
  },
  en: {
    pageTitle: "Portal maintenance",
    weekly: "Every week",
    during: "During maintenance",
    underWay: "Maintenance is under way",
    adminTitle: "Maintenance windows",
    start: "Start",
    end: "End",
    messageFr: "Message in French",
    messageEn: "Message in English",
    add: "Add the window",
    added: "The window was added",
    cancelled: "The window was cancelled",
    phone: "Phone number",
    save: "Save",
    problem: "There is a problem",
    refused: "The portal is under maintenance until",
    moreLink: "About the maintenance",
  },
} as const;

/** A moment as a datetime-local field takes it, on the Commission's clock. */
function torontoInput(moment: Date): string {
  const { date, minutes } = commissionClock(moment);
  const pad = (value: number) => String(value).padStart(2, "0");
  return `${date}T${pad(Math.floor(minutes / 60))}:${pad(minutes % 60)}`;
}

/** Cancels, on the admin page, the window whose message carries `runId` — if it was added at all. */
async function cancelWindow(admin: Page, runId: string) {
  await admin.goto("/fr/admin/maintenance");
  const row = admin.getByRole("row").filter({ hasText: runId });
  if ((await row.count()) === 0) return;
  await row.getByRole("button").click();
  await expect(admin.getByRole("heading", { name: new RegExp(text.fr.cancelled) })).toBeVisible();
}

test("the maintenance page says when and what, in French and in English, and passes axe", async ({ page }) => {
  for (const locale of locales) {
    const t = text[locale];
    await page.goto(`/${locale}/maintenance`);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(t.pageTitle);
    await expect(page.getByRole("heading", { name: t.weekly })).toBeVisible();
    await expect(page.getByRole("heading", { name: t.during })).toBeVisible();
    await expectOneH1(page);
    await expectNoAxeViolations(page);
  }
  // Linked from the home page's maintenance section.
  await page.goto("/en");
  await page.getByRole("region", { name: "Maintenance", exact: true }).getByRole("link").click();
  await expect(page).toHaveURL(/\/en\/maintenance$/);
});

test("the administrators' page lists the weekly window to come and passes axe, in English and in French", async ({
  browser,
}) => {
  for (const locale of locales) {
    const admin = await signedIn(browser, ADMIN, locale);
    await admin.goto(`/${locale}/admin/maintenance`);
    await expect(admin.getByRole("heading", { level: 1 })).toHaveText(text[locale].adminTitle);
    await expect(admin.getByRole("button", { name: text[locale].add })).toBeVisible();
    await expectOneH1(admin);
    await expectNoAxeViolations(admin);
    await admin.context().close();
  }
});

test("an administrator's window refuses applicants' saves beside the form, keeping what they typed; cancelled, nothing was saved", async ({
  browser,
}) => {
  test.setTimeout(120_000);
  const runId = `e2e-${Date.now()}`;
  const message = { fr: `Essai de bout en bout ${runId}.`, en: `End-to-end check ${runId}.` };
  const typed = { fr: `613-555-${String(Date.now()).slice(-4)}`, en: `416-555-${String(Date.now()).slice(-4)}` };

  // Everything that needs no window comes first: sign-ins, pages, typing.
  const admin = await signedIn(browser, ADMIN, "fr");
  const applicants = {
    fr: await signedIn(browser, APPLICANT.fr, "fr"),
    en: await signedIn(browser, APPLICANT.en, "en", false),
  };
  for (const locale of locales) {
    const page = applicants[locale];
    await page.goto(`/${locale}/profile`);
    await page.getByLabel(text[locale].phone).fill(typed[locale]);
  }
  await admin.goto("/fr/admin/maintenance");
  await expect(admin.getByRole("heading", { level: 1 })).toHaveText(text.fr.adminTitle);
  await expectNoAxeViolations(admin);
  const now = new Date();
  await admin.getByLabel(text.fr.start, { exact: true }).fill(torontoInput(now));
  await admin.getByLabel(text.fr.end, { exact: true }).fill(torontoInput(new Date(now.getTime() + 5 * 60_000)));
  await admin.getByLabel(text.fr.messageFr).fill(message.fr);
  await admin.getByLabel(text.fr.messageEn).fill(message.en);

  try {
    await admin.getByRole("button", { name: text.fr.add }).click();
    await expect(admin.getByRole("heading", { name: new RegExp(text.fr.added) })).toBeVisible();
    await expect(admin.getByRole("row").filter({ hasText: runId })).toBeVisible();

    for (const locale of locales) {
      const t = text[locale];
      const page = applicants[locale];
      await page.getByRole("button", { name: t.save }).click();
      const summary = page.getByRole("alert", { name: t.problem });
      await expect(summary).toContainText(t.refused);
      await expect(page.getByLabel(t.phone)).toHaveValue(typed[locale]);
      // axe needs the page's own timers, which do not run with JavaScript off (the English visitor).
      const javaScriptOn = locale === "fr";
      if (javaScriptOn) await expectNoAxeViolations(page);

      await summary.getByRole("link", { name: t.moreLink }).click();
      await expect(page.getByRole("heading", { level: 1 })).toHaveText(t.pageTitle);
      await expect(page.getByRole("region", { name: t.underWay, exact: true })).toContainText(message[locale]);
      if (javaScriptOn) await expectNoAxeViolations(page);
    }
  } finally {
    await cancelWindow(admin, runId);
  }

  // Open again, and nothing was saved while it was closed.
  for (const locale of locales) {
    const page = applicants[locale];
    await page.goto(`/${locale}/profile`);
    await expect(page.getByLabel(text[locale].phone)).not.toHaveValue(typed[locale]);
  }
  await Promise.all([admin.context().close(), applicants.fr.context().close(), applicants.en.context().close()]);
});
