import { expect, type Browser, type Page } from "@playwright/test";

export const PASSWORD = "Verte-prairie-7";
export const NEW_PASSWORD = "Nouvelle-prairie-9";

let sequence = 0;
export function uniqueEmail(prefix: string): string {
  sequence += 1;
  return `${prefix}-${Date.now()}-${sequence}-${Math.floor(Math.random() * 1e6)}@example.com`;
}

export const text = {
  fr: {
    register: "Créer un compte",
    email: "Adresse courriel",
    password: "Mot de passe",
    passwordConfirm: "Confirmez votre mot de passe",
    firstName: "Prénom",
    lastName: "Nom de famille",
    phone: "Numéro de téléphone",
    robot: "Je ne suis pas un robot",
    finish: "Terminer l’inscription",
    checkEmail: "Consultez vos courriels",
    activate: "Activer mon compte",
    activated: "Votre compte est activé",
    signIn: "Se connecter",
    dashboard: "Menu principal",
    profile: "Mon profil",
    profileTitle: "Mon profil",
    phoneField: "Numéro de téléphone",
    day: "Jour",
    month: "Mois",
    year: "Année",
    save: "Enregistrer",
    saved: "Vos renseignements ont été enregistrés.",
    signOut: "Se déconnecter",
    signedOut: "Déconnexion effectuée.",
    forgot: "Mot de passe oublié ?",
    forgotTitle: "Réinitialiser votre mot de passe",
    sendLink: "Envoyer le lien",
    newPassword: "Nouveau mot de passe",
    newPasswordConfirm: "Confirmez votre nouveau mot de passe",
    changePassword: "Modifier mon mot de passe",
    passwordReset: "Votre mot de passe a été modifié",
    problem: "Il y a un problème",
    invalid: "L’adresse courriel ou le mot de passe est incorrect",
  },
  en: {
    register: "Create an account",
    email: "E-mail address",
    password: "Password",
    passwordConfirm: "Confirm your password",
    firstName: "First name",
    lastName: "Last name",
    phone: "Phone number",
    robot: "I’m not a robot",
    finish: "Finish registration",
    checkEmail: "Check your e-mail",
    activate: "Activate my account",
    activated: "Your account is active",
    signIn: "Sign in",
    dashboard: "Main menu",
    profile: "My profile",
    profileTitle: "My profile",
    phoneField: "Phone number",
    day: "Day",
    month: "Month",
    year: "Year",
    save: "Save",
    saved: "Your information has been saved.",
    signOut: "Sign out",
    signedOut: "You have signed out.",
    forgot: "Forgot your password?",
    forgotTitle: "Reset your password",
    sendLink: "Send the link",
    newPassword: "New password",
    newPasswordConfirm: "Confirm your new password",
    changePassword: "Change my password",
    passwordReset: "Your password has been changed",
    problem: "There is a problem",
    invalid: "The e-mail address or password is incorrect",
  },
} as const;

export type Locale = keyof typeof text;

/** Passes the human check: the widget with JavaScript, the arithmetic question without. */
export async function passHumanCheck(page: Page, locale: Locale, javaScript: boolean) {
  if (javaScript) {
    // A person clicks the label; the widget draws its own check mark over the box.
    await page.getByText(text[locale].robot, { exact: true }).click();
    await expect(page.locator('input[name="altcha"]')).not.toHaveValue("", { timeout: 20_000 });
    return;
  }
  const label = await page.locator('label[for="humanCheckAnswer"]').innerText();
  const [a, b] = (label.match(/\d+/g) ?? []).map(Number);
  await page.locator("#humanCheckAnswer").fill(String((a ?? 0) + (b ?? 0)));
}

/** The newest e-mail to this address, opened in the dev mailbox; returns the link it carries. */
export async function linkFromMailbox(page: Page, locale: Locale, email: string): Promise<string> {
  await page.goto(`/${locale}/dev/mailbox?to=${encodeURIComponent(email)}`);
  await page.locator("main table tbody tr").first().getByRole("link").click();
  const link = page.locator("main a[href*='token=']").first();
  await expect(link).toBeVisible();
  return (await link.getAttribute("href")) ?? "";
}

export async function register(page: Page, locale: Locale, email: string, javaScript: boolean) {
  const t = text[locale];
  await page.goto(`/${locale}/register`);
  await page.getByLabel(t.email, { exact: true }).fill(email);
  await page.getByLabel(t.password, { exact: true }).fill(PASSWORD);
  await page.getByLabel(t.passwordConfirm).fill(PASSWORD);
  await page.getByLabel(t.firstName).fill("Camille");
  await page.getByLabel(t.lastName).fill("Okonkwo");
  await page.getByLabel(t.phone).fill("613-555-0123");
  await passHumanCheck(page, locale, javaScript);
  await page.getByRole("button", { name: t.finish }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(t.checkEmail);
}

export async function signIn(page: Page, locale: Locale, email: string, password: string) {
  const t = text[locale];
  await page.goto(`/${locale}/login`);
  await page.getByLabel(t.email).fill(email);
  await page.getByLabel(t.password, { exact: true }).fill(password);
  await page.getByRole("main").getByRole("button", { name: t.signIn }).click();
}

/** The demo accounts' shared password (prisma/seed/demo-data.ts). */
export const DEMO_PASSWORD = "Demo!Soleil2026";

/** A new browser context in the locale's language, signed in as a demo account, on its main menu. */
export async function signedIn(
  browser: Browser,
  email: string,
  locale: Locale,
  javaScriptEnabled = true,
): Promise<Page> {
  const context = await browser.newContext({ javaScriptEnabled, locale: locale === "fr" ? "fr-CA" : "en-CA" });
  const page = await context.newPage();
  await signIn(page, locale, email, DEMO_PASSWORD);
  await page.waitForURL(/dashboard/);
  return page;
}
