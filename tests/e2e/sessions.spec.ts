import type { Browser, Page } from "@playwright/test";
import { expect, expectNoAxeViolations, test } from "./support";
import {
  DEMO_PASSWORD,
  PASSWORD,
  linkFromMailbox,
  register,
  signIn,
  signedIn,
  text as accountText,
  uniqueEmail,
  type Locale,
} from "./accounts-support";

/**
 * Sessions as a person meets them: "Sign out" ends this browser only, "Sign out everywhere" ends
 * them all, the inactivity warning keeps the page as it is, the timeout saves an open application
 * form first, and a form sent after the session ended leads to sign-in and back — in both languages.
 * The browser's clock is fast-forwarded (page.clock); the server's session is real.
 */
const text = {
  fr: {
    demo: "marie.tremblay@example.com",
    signOutEverywhere: "Se déconnecter partout",
    signedOutEverywhere: "Déconnexion effectuée partout",
    warning: "Votre session va bientôt se fermer",
    stay: "Prolonger ma session",
    timedOut: "votre session s’est fermée après une période d’inactivité",
    start: "Commencer la demande",
    newEntity: "Une nouvelle entreprise ou un nouvel organisme",
    continue: "Continuer",
  },
  en: {
    demo: "john.smith@example.com",
    signOutEverywhere: "Sign out everywhere",
    signedOutEverywhere: "You have signed out everywhere",
    warning: "Your session is about to end",
    stay: "Stay signed in",
    timedOut: "your session ended after a period of inactivity",
    start: "Start the application",
    newEntity: "A new business or organization",
    continue: "Continue",
  },
} as const;

/** The default idle timeout (30 minutes) as the page counts it: a minute less, the warning 2 minutes before. */
const WARNING_AFTER = "27:05";
const TIMEOUT_AFTER = "28:45";

async function newBrowserPage(browser: Browser, locale: Locale, javaScriptEnabled = true): Promise<Page> {
  const context = await browser.newContext({ javaScriptEnabled, locale: locale === "fr" ? "fr-CA" : "en-CA" });
  return context.newPage();
}

/** A new account of its own: "sign out everywhere" must not sign out the demo accounts other journeys use. */
async function newAccount(browser: Browser, locale: Locale): Promise<string> {
  const email = uniqueEmail(`sessions-${locale}`);
  const page = await newBrowserPage(browser, locale);
  await register(page, locale, email, true);
  await page.goto(await linkFromMailbox(page, locale, email));
  await page.getByLabel(accountText[locale].password, { exact: true }).fill(PASSWORD);
  await page.getByRole("button", { name: accountText[locale].activate }).click();
  await expect(page.getByText(accountText[locale].activated)).toBeVisible();
  await page.context().close();
  return email;
}

async function expectSignedIn(page: Page, locale: Locale) {
  await page.goto(`/${locale}/dashboard`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(accountText[locale].dashboard);
}

async function expectSignedOut(page: Page, locale: Locale) {
  await page.goto(`/${locale}/dashboard`);
  await expect(page).toHaveURL(new RegExp(`/${locale}/login\\?next=`));
}

/** A new application's contact details: a form of text fields, marked for saving at the timeout. */
async function openContactDetails(page: Page, locale: Locale): Promise<string> {
  await page.goto(`/${locale}/applications/new`);
  await page.locator('a[href$="/applications/new/liquor_sales_new"]').click();
  await page.getByRole("radio", { name: text[locale].newEntity }).check();
  await page.getByRole("button", { name: text[locale].start }).click();
  await page.waitForURL(new RegExp(`/${locale}/applications/[0-9a-f-]{36}$`));
  const path = `${new URL(page.url()).pathname}/contactDetails`;
  await page.goto(path);
  await expect(page.locator('[name="contactName"]')).toBeVisible();
  return path;
}

async function signInOnThisPage(page: Page, locale: Locale, email: string, password: string) {
  await page.getByLabel(accountText[locale].email).fill(email);
  await page.getByLabel(accountText[locale].password, { exact: true }).fill(password);
  await page.getByRole("main").getByRole("button", { name: accountText[locale].signIn }).click();
}

for (const locale of ["fr", "en"] as const) {
  const t = text[locale];

  test(`${locale}: "Sign out" ends this browser's session only; "Sign out everywhere" ends both`, async ({
    browser,
  }) => {
    test.setTimeout(90_000);
    const email = await newAccount(browser, locale);
    const laptop = await newBrowserPage(browser, locale);
    const phone = await newBrowserPage(browser, locale);
    for (const page of [laptop, phone]) {
      await signIn(page, locale, email, PASSWORD);
      await page.waitForURL(/dashboard/);
    }

    await laptop.getByRole("button", { name: accountText[locale].signOut }).click();
    await expect(laptop.getByText(accountText[locale].signedOut)).toBeVisible();
    await expectSignedOut(laptop, locale);
    await expectSignedIn(phone, locale);

    await signIn(laptop, locale, email, PASSWORD);
    await laptop.waitForURL(/dashboard/);
    await laptop.goto(`/${locale}/profile`);
    await laptop.getByRole("button", { name: t.signOutEverywhere }).click();
    await expect(laptop.getByText(t.signedOutEverywhere)).toBeVisible();
    await expectSignedOut(laptop, locale);
    await expectSignedOut(phone, locale);
    await Promise.all([laptop.context().close(), phone.context().close()]);
  });

  test(`${locale}: the inactivity warning is an accessible dialog, and staying signed in keeps what was typed`, async ({
    browser,
  }) => {
    const page = await signedIn(browser, t.demo, locale);
    await page.clock.install();
    await openContactDetails(page, locale);
    const typed = page.locator('[name="contactName"]');
    await typed.fill("Camille Okonkwo");

    await page.clock.fastForward(WARNING_AFTER);
    const dialog = page.getByRole("alertdialog", { name: t.warning });
    await expect(dialog).toBeVisible();
    const stay = dialog.getByRole("button", { name: t.stay });
    await expect(stay).toBeFocused();
    await expectNoAxeViolations(page);

    // Its answer counts as activity too: wait for it, or it could restart the count after the jump below.
    const answered = page.waitForResponse((response) => response.request().headers()["next-action"] !== undefined);
    await page.keyboard.press("Enter");
    await answered;
    await expect(dialog).toBeHidden();
    await expect(typed).toHaveValue("Camille Okonkwo");
    await expect(typed).toBeFocused();
    // The server counted the request: the page is still signed in for another full period. The page
    // may count the answer again a moment later (when it sees the request end, or the page refresh it
    // brings), so time moves a minute at a time after the first jump: the warning stays two minutes.
    // Each minute waits long enough for a busy machine to open the dialog, or the next jump could
    // pass the end of the session while the dialog was opening.
    await page.clock.fastForward(WARNING_AFTER);
    await expect(async () => {
      if (!(await dialog.isVisible())) await page.clock.fastForward("01:00");
      await expect(dialog).toBeVisible({ timeout: 5_000 });
    }).toPass();
    await page.keyboard.press("Escape");
    await expect(dialog).toBeHidden();
    await expect(typed).toHaveValue("Camille Okonkwo");
    await page.context().close();
  });

  test(`${locale}: at the timeout the open form is saved, then sign-in comes back to it`, async ({ browser }) => {
    const page = await signedIn(browser, t.demo, locale);
    await page.clock.install();
    const path = await openContactDetails(page, locale);
    await page.locator('[name="contactName"]').fill("Ana Lima");

    await page.clock.fastForward(TIMEOUT_AFTER);
    await page.waitForURL(new RegExp(`/${locale}/login\\?done=timed-out&next=${encodeURIComponent(path)}$`));
    await expect(page.getByText(t.timedOut)).toBeVisible();
    await expectSignedOut(page, locale);

    await page.goto(`/${locale}/login?next=${encodeURIComponent(path)}`);
    await signInOnThisPage(page, locale, t.demo, DEMO_PASSWORD);
    await page.waitForURL(new RegExp(`${path}$`));
    await expect(page.locator('[name="contactName"]')).toHaveValue("Ana Lima");
    await page.context().close();
  });

  for (const javaScript of [true, false]) {
    test(`${locale}, JavaScript ${javaScript ? "on" : "off"}: a form sent after the session ended leads to sign-in, then back to the form`, async ({
      browser,
    }) => {
      const page = await signedIn(browser, t.demo, locale, javaScript);
      const path = await openContactDetails(page, locale);
      await page.locator('[name="contactName"]').fill("Luc Gagnon");
      await page.context().clearCookies({ name: "authjs.session-token" });

      await page.getByRole("button", { name: t.continue, exact: true }).click();
      await page.waitForURL(new RegExp(`/${locale}/login\\?next=${encodeURIComponent(path)}$`));
      await signInOnThisPage(page, locale, t.demo, DEMO_PASSWORD);
      await page.waitForURL(new RegExp(`${path}$`));
      await expect(page.locator('[name="contactName"]')).toBeVisible();
      await page.context().close();
    });
  }
}
