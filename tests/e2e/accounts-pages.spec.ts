import { expect, expectNoAxeViolations, expectOneH1, test } from "./support";
import {
  PASSWORD,
  NEW_PASSWORD,
  linkFromMailbox,
  register,
  signIn,
  text,
  uniqueEmail,
  type Locale,
} from "./accounts-support";

const DEMO = { fr: "marie.tremblay@example.com", en: "john.smith@example.com" } as const;
const DEMO_PASSWORD = "Demo!Soleil2026";

for (const locale of ["fr", "en"] as Locale[]) {
  test.describe(`account pages in ${locale}`, () => {
    for (const path of [
      "/register",
      "/login",
      "/forgot-password",
      "/register/check-email",
      "/forgot-password/check-email",
      "/activate?token=nope",
      "/reset-password?token=nope",
      "/dev/mailbox",
    ]) {
      test(`${path} passes axe with one h1`, async ({ page }) => {
        await page.goto(`/${locale}${path}`);
        await expectOneH1(page);
        await expectNoAxeViolations(page);
      });
    }

    test("the error summary takes focus, links to each field and prefixes the title", async ({ page }) => {
      await page.goto(`/${locale}/register`);
      await page.getByRole("button", { name: text[locale].finish }).click();
      const summary = page.getByRole("alert", { name: text[locale].problem });
      await expect(summary).toBeFocused();
      await expect(page).toHaveTitle(locale === "fr" ? /^Erreur\u00a0: / : /^Error: /);
      await summary.getByRole("link").first().click();
      await expect(page.getByLabel(text[locale].email, { exact: true })).toBeFocused();
      await expectNoAxeViolations(page);
    });

    test("signed-in pages pass axe: main menu and profile", async ({ page }) => {
      await signIn(page, locale, DEMO[locale], DEMO_PASSWORD);
      await expect(page.getByRole("heading", { level: 1 })).toHaveText(text[locale].dashboard);
      await expectNoAxeViolations(page);
      await page.goto(`/${locale}/profile`);
      await expectOneH1(page);
      await expectNoAxeViolations(page);
    });
  });
}

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("a registration with errors keeps what was typed (but not the password) and lists the problems", async ({
    page,
  }) => {
    await page.goto("/en/register");
    await page.getByLabel("E-mail address", { exact: true }).fill("not-an-email");
    await page.getByLabel("First name").fill("Camille");
    await page.getByLabel("Password", { exact: true }).fill("Verte-prairie-7");
    await page.getByRole("button", { name: "Finish registration" }).click();
    await expect(page.getByRole("alert", { name: "There is a problem" })).toContainText(
      "Enter an e-mail address in the correct format",
    );
    await expect(page.getByLabel("First name")).toHaveValue("Camille");
    await expect(page.getByLabel("E-mail address", { exact: true })).toHaveValue("not-an-email");
    await expect(page.getByLabel("Password", { exact: true })).toHaveValue("");
  });

  test("a wrong sign-in says so without telling which part was wrong", async ({ page }) => {
    await signIn(page, "fr", "personne-inconnue@example.com", "Mauvais-mot-2");
    await expect(page.getByRole("alert", { name: text.fr.problem })).toContainText(text.fr.invalid);
  });
});

test.describe("sessions end for real", () => {
  test("an old session cookie is refused after sign-out", async ({ browser }) => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await signIn(page, "en", DEMO.en, DEMO_PASSWORD);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Main menu");
    const stolen = await context.storageState();

    await page.getByRole("button", { name: "Sign out" }).click();
    await expect(page.getByText("You have signed out.")).toBeVisible();

    const replay = await browser.newContext({ storageState: stolen });
    const replayPage = await replay.newPage();
    await replayPage.goto("/en/dashboard");
    await expect(replayPage).toHaveURL(/\/en\/login\?next=/);
    await Promise.all([context.close(), replay.close()]);
  });

  test("an old session cookie is refused after a password reset", async ({ browser }) => {
    const email = uniqueEmail("reset-session");
    const context = await browser.newContext();
    const page = await context.newPage();
    await register(page, "fr", email, true);
    await page.goto(await linkFromMailbox(page, "fr", email));
    await page.getByLabel("Mot de passe", { exact: true }).fill(PASSWORD);
    await page.getByRole("button", { name: "Activer mon compte" }).click();
    // Signing in before the activation has been answered would find the account not yet active.
    await expect(page.getByText("Votre compte est activé")).toBeVisible();
    await signIn(page, "fr", email, PASSWORD);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Menu principal");
    const stolen = await context.storageState();

    const other = await browser.newContext();
    const otherPage = await other.newPage();
    await otherPage.goto("/fr/forgot-password");
    await otherPage.getByLabel("Adresse courriel").fill(email);
    await otherPage.getByRole("button", { name: "Envoyer le lien" }).click();
    await expect(otherPage.getByRole("heading", { level: 1 })).toHaveText("Consultez vos courriels");
    await otherPage.goto(await linkFromMailbox(otherPage, "fr", email));
    await otherPage.getByLabel("Nouveau mot de passe", { exact: true }).fill(NEW_PASSWORD);
    await otherPage.getByLabel("Confirmez votre nouveau mot de passe").fill(NEW_PASSWORD);
    await otherPage.getByRole("button", { name: "Modifier mon mot de passe" }).click();
    await expect(otherPage.getByText("Votre mot de passe a été modifié")).toBeVisible();

    const replay = await browser.newContext({ storageState: stolen });
    const replayPage = await replay.newPage();
    await replayPage.goto("/fr/profile");
    await expect(replayPage).toHaveURL(/\/fr\/login\?next=/);
    await Promise.all([context.close(), other.close(), replay.close()]);
  });

  test("a used activation link shows its own page with the way forward", async ({ page }) => {
    const email = uniqueEmail("used-link");
    await register(page, "en", email, true);
    const link = await linkFromMailbox(page, "en", email);
    await page.goto(link);
    await page.getByLabel("Password", { exact: true }).fill(PASSWORD);
    await page.getByRole("button", { name: "Activate my account" }).click();
    await expect(page.getByText("Your account is active")).toBeVisible();
    await page.goto(link);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("This activation link can no longer be used");
    await expect(page.getByRole("link", { name: "Sign in" }).last()).toBeVisible();
  });

  test("sign-in sends you back only to a page of this site", async ({ page }) => {
    await page.goto(`/en/login?next=${encodeURIComponent("//evil.example/steal")}`);
    await page.getByLabel("E-mail address").fill(DEMO.en);
    await page.getByLabel("Password", { exact: true }).fill(DEMO_PASSWORD);
    await page.getByRole("main").getByRole("button", { name: "Sign in" }).click();
    await expect(page).toHaveURL(/127\.0\.0\.1:\d+\/en\/dashboard$/);
  });

  test("token pages never send their address to other sites", async ({ request }) => {
    const response = await request.get("/fr/reset-password?token=abc");
    expect(response.headers()["referrer-policy"]).toBe("same-origin");
  });
});
