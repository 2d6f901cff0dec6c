import { expect, test } from "./support";
import {
  NEW_PASSWORD,
  PASSWORD,
  linkFromMailbox,
  register,
  signIn,
  text,
  uniqueEmail,
  type Locale,
} from "./accounts-support";

/**
 * A new user's whole journey, as a person would go through it: register, read the activation
 * e-mail in the dev mailbox, activate, sign in, edit the profile, sign out, reset the password and
 * sign in with the new one. In both languages, with JavaScript on and off.
 */
for (const locale of ["fr", "en"] as Locale[]) {
  for (const javaScript of [true, false]) {
    test.describe(`new user in ${locale}, JavaScript ${javaScript ? "on" : "off"}`, () => {
      test.use({ javaScriptEnabled: javaScript, locale: locale === "fr" ? "fr-CA" : "en-CA" });

      test("registers, activates, signs in, edits the profile, signs out and resets the password", async ({ page }) => {
        test.setTimeout(90_000);
        const t = text[locale];
        const email = uniqueEmail(`journey-${locale}-${javaScript ? "js" : "nojs"}`);

        await register(page, locale, email, javaScript);

        const activation = await linkFromMailbox(page, locale, email);
        await page.goto(activation);
        await page.getByLabel(t.password, { exact: true }).fill(PASSWORD);
        await page.getByRole("button", { name: t.activate }).click();
        await expect(page.getByText(t.activated)).toBeVisible();

        await signIn(page, locale, email, PASSWORD);
        await expect(page.getByRole("heading", { level: 1 })).toHaveText(t.dashboard);

        await page.getByRole("link", { name: t.profile }).first().click();
        await expect(page.getByRole("heading", { level: 1 })).toHaveText(t.profileTitle);
        await page.getByLabel(t.phoneField).fill("416-555-0199");
        await page.getByLabel(t.day).fill("27");
        await page.getByLabel(t.month).fill("3");
        await page.getByLabel(t.year).fill("1980");
        await page.getByRole("button", { name: t.save }).click();
        await expect(page.getByText(t.saved)).toBeVisible();
        await expect(page.getByLabel(t.phoneField)).toHaveValue("416-555-0199");

        await page.getByRole("button", { name: t.signOut, exact: true }).click();
        await expect(page.getByText(t.signedOut)).toBeVisible();
        await page.goto(`/${locale}/profile`);
        await expect(page).toHaveURL(new RegExp(`/${locale}/login\\?next=`));

        await page.getByRole("link", { name: t.forgot }).click();
        await expect(page.getByRole("heading", { level: 1 })).toHaveText(t.forgotTitle);
        await page.getByLabel(t.email).fill(email);
        await page.getByRole("button", { name: t.sendLink }).click();
        await expect(page.getByRole("heading", { level: 1 })).toHaveText(t.checkEmail);

        await page.goto(await linkFromMailbox(page, locale, email));
        await page.getByLabel(t.newPassword, { exact: true }).fill(NEW_PASSWORD);
        await page.getByLabel(t.newPasswordConfirm).fill(NEW_PASSWORD);
        await page.getByRole("button", { name: t.changePassword }).click();
        await expect(page.getByText(t.passwordReset)).toBeVisible();

        await signIn(page, locale, email, PASSWORD);
        await expect(page.getByText(t.invalid)).toBeVisible();
        await signIn(page, locale, email, NEW_PASSWORD);
        await expect(page.getByRole("heading", { level: 1 })).toHaveText(t.dashboard);
      });
    });
  }
}
