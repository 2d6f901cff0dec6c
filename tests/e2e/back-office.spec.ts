import type { Page } from "@playwright/test";
import { expect, expectNoAxeViolations, expectOneH1, test } from "./support";
import { PASSWORD, linkFromMailbox, passHumanCheck, signIn, uniqueEmail, signedIn } from "./accounts-support";

const DEUX_RIVES = "10000000-0000-4000-8000-000000000003";
const CORMORAN = "10000000-0000-4000-8000-000000000001";

/** Customer service issues a code for the entity and returns it as read on screen. */
async function issueCode(page: Page, locale: "fr" | "en", entityId: string, caller: RegExp): Promise<string> {
  await page.goto(`/${locale}/admin/entities/${entityId}`);
  await page.getByRole("radio", { name: caller }).check();
  await page.locator('input[name="verificationMethod"]').first().check();
  await page
    .locator('textarea[name="verificationNote"]')
    .fill("Asked for the date of incorporation and the last invoice number.");
  await page.locator('form:has(textarea[name="verificationNote"]) button[type="submit"]').click();
  const code = page.locator('[role="status"] p.font-mono');
  await expect(code).toHaveText(/^[0-9A-Z]{5}-[0-9A-Z]{5}-[0-9A-Z]{5}$/);
  return (await code.textContent()) ?? "";
}

async function registerAndActivate(
  page: Page,
  locale: "fr" | "en",
  email: string,
  lastName: string,
  accessCode?: string,
) {
  await page.goto(`/${locale}/register`);
  const labels =
    locale === "fr"
      ? {
          email: "Adresse courriel",
          password: "Mot de passe",
          confirm: "Confirmez votre mot de passe",
          first: "Prénom",
          last: "Nom de famille",
          phone: "Numéro de téléphone",
          code: "Code d’accès en ligne",
          finish: "Terminer l’inscription",
          activate: "Activer mon compte",
        }
      : {
          email: "E-mail address",
          password: "Password",
          confirm: "Confirm your password",
          first: "First name",
          last: "Last name",
          phone: "Phone number",
          code: "Online access code",
          finish: "Finish registration",
          activate: "Activate my account",
        };
  await page.getByLabel(labels.email, { exact: true }).fill(email);
  await page.getByLabel(labels.password, { exact: true }).fill(PASSWORD);
  await page.getByLabel(labels.confirm).fill(PASSWORD);
  await page.getByLabel(labels.first).fill("Noor");
  await page.getByLabel(labels.last).fill(lastName);
  await page.getByLabel(labels.phone).fill("613-555-0177");
  if (accessCode) await page.getByLabel(labels.code).fill(accessCode);
  await passHumanCheck(page, locale, true);
  await page.getByRole("button", { name: labels.finish }).click();
  await page.waitForURL(/check-email/);
  await page.goto(await linkFromMailbox(page, locale, email));
  await page.getByLabel(labels.password, { exact: true }).fill(PASSWORD);
  await page.getByRole("button", { name: labels.activate }).click();
  await page.waitForURL(/login\?done=activated/);
  await signIn(page, locale, email, PASSWORD);
  await page.waitForURL(/dashboard/);
}

for (const locale of ["fr", "en"] as const) {
  test(`${locale}: customer service issues a code; one applicant registers with it, another adds it in the profile; an inquiry gets the second unlinked`, async ({
    browser,
  }) => {
    test.setTimeout(120_000);
    const staff = await signedIn(browser, "service@example.com", locale);
    const code = await issueCode(staff, locale, DEUX_RIVES, /Étienne Bergeron/);

    const first = await (await browser.newContext()).newPage();
    const run = `${locale}${Date.now() % 1_000_000}`;
    await registerAndActivate(first, locale, uniqueEmail(`code-register-${locale}`), `Haddad-${run}-a`, code);
    await first.goto(`/${locale}/profile`);
    const linked = first.locator("#access-codes");
    await expect(linked).toContainText("Brasserie des Deux Rives S.E.N.C.");
    await expect(linked).toContainText("LSL-2026-000301");

    const second = await (await browser.newContext()).newPage();
    await registerAndActivate(second, locale, uniqueEmail(`code-profile-${locale}`), `Haddad-${run}-b`);
    await second.goto(`/${locale}/profile`);
    await expect(second.locator("#access-codes")).not.toContainText("Deux Rives");
    await second.locator('input[name="accessCode"]').fill(code.toLowerCase().replaceAll("-", " "));
    await second.locator('form:has(input[name="accessCode"]) button[type="submit"]').click();
    await expect(second.locator("#access-codes")).toContainText("Brasserie des Deux Rives S.E.N.C.");

    // The licensee asks, by inquiry, to remove the second person; staff unlink them from the inquiry.
    await first.goto(`/${locale}/inquiries/new`);
    await first.locator('input[name="subject"][value="remove_person"]').check();
    await first.locator('select[name="entityId"]').selectOption({ label: "Brasserie des Deux Rives S.E.N.C." });
    await first.locator('textarea[name="message"]').fill(`Please remove Noor Haddad-${run}-b from our file.`);
    await first.locator('form:has(textarea[name="message"]) button[type="submit"]').click();
    await first.waitForURL(/\/inquiries\/[0-9a-f-]{36}\?done=sent$/);
    const inquiryId = new URL(first.url()).pathname.split("/").pop() ?? "";

    await staff.goto(`/${locale}/admin/inquiries/${inquiryId}`);
    const unlinkSecond = staff.getByRole("button", { name: new RegExp(`^(Dissocier|Unlink) Noor Haddad-${run}-b$`) });
    await expect(
      staff.getByRole("button", { name: new RegExp(`^(Dissocier|Unlink) Noor Haddad-${run}-a$`) }),
    ).toBeVisible();
    await unlinkSecond.click();
    await expect(unlinkSecond).toHaveCount(0);

    await second.goto(`/${locale}/profile`);
    await expect(second.locator("#access-codes")).not.toContainText("Deux Rives");
    await first.goto(`/${locale}/profile`);
    await expect(first.locator("#access-codes")).toContainText("Deux Rives");
  });

  test(`${locale}: staff pages pass axe`, async ({ browser }) => {
    test.setTimeout(120_000);
    const staff = await signedIn(browser, "admin@example.com", locale);
    for (const path of [
      "/admin",
      "/admin?q=cormoran",
      `/admin/entities/${CORMORAN}`,
      "/admin/staff",
      "/admin/audit",
      "/admin/accounts/00000000-0000-4000-8000-000000000001",
      "/admin/applications",
      "/admin/applications/15000000-0000-4000-8000-000000000001",
      "/admin/fees",
    ]) {
      await staff.goto(`/${locale}${path}`);
      await expectOneH1(staff);
      await expectNoAxeViolations(staff);
    }
  });

  test(`${locale}: the reports page passes axe and shows granted reports`, async ({ browser }) => {
    const applicant = await signedIn(browser, "marie.tremblay@example.com", locale);
    await applicant.goto(`/${locale}/reports`);
    await expect(applicant.getByRole("heading", { level: 2 })).toHaveText("Rapport d’inspection – octobre 2026");
    await expectNoAxeViolations(applicant);
  });
}

test.describe("applicants never reach the back office", () => {
  const adminPaths = [
    "/admin",
    "/admin?q=a",
    `/admin/entities/${CORMORAN}`,
    "/admin/accounts/00000000-0000-4000-8000-000000000011",
    "/admin/staff",
    "/admin/audit",
    "/admin/inquiries",
  ];

  test("every admin page is a 404 for an applicant and for a visitor", async ({ browser }) => {
    const applicant = await signedIn(browser, "john.smith@example.com", "en");
    const visitor = await (await browser.newContext()).newPage();
    for (const path of adminPaths) {
      expect((await applicant.goto(`/en${path}`))?.status(), path).toBe(404);
      expect((await visitor.goto(`/fr${path}`))?.status(), path).toBe(404);
    }
  });

  test("a staff form's action replayed by an applicant changes nothing", async ({ browser }) => {
    const staff = await signedIn(browser, "service@example.com", "fr");
    await staff.goto(`/fr/admin/entities/${CORMORAN}`);
    const form = staff.locator("form", { has: staff.getByRole("button", { name: /^Dissocier Marie Tremblay$/ }) });
    const fields = await form.evaluate((element) =>
      [...new FormData(element as HTMLFormElement).entries()].map(([key, value]) => [key, String(value)]),
    );

    const applicant = await signedIn(browser, "john.smith@example.com", "fr");
    // Next.js runs a posted action before it renders the page, so the action's own check is what
    // stands in the way; the state below proves nothing was done.
    const response = await applicant.request.post(`/fr/admin/entities/${CORMORAN}`, {
      multipart: Object.fromEntries(fields),
      headers: { Origin: new URL(applicant.url()).origin },
    });
    expect(response.status()).toBe(404);

    await staff.reload();
    await expect(staff.getByRole("button", { name: /^Dissocier Marie Tremblay$/ })).toBeVisible();
  });

  test("customer service cannot change a role, even by replaying an administrator's form", async ({ browser }) => {
    const admin = await signedIn(browser, "admin@example.com", "en");
    await admin.goto("/en/admin/accounts/00000000-0000-4000-8000-000000000002");
    const form = admin.locator("form", { has: admin.locator('select[name="role"]') });
    await form.locator('select[name="role"]').selectOption("admin");
    const fields = await form.evaluate((element) =>
      [...new FormData(element as HTMLFormElement).entries()].map(([key, value]) => [key, String(value)]),
    );

    const service = await signedIn(browser, "service@example.com", "en");
    await service.goto("/en/admin/accounts/00000000-0000-4000-8000-000000000002");
    await expect(service.locator('select[name="role"]')).toHaveCount(0);
    const response = await service.request.post("/en/admin/accounts/00000000-0000-4000-8000-000000000002", {
      multipart: Object.fromEntries(fields),
      headers: { Origin: new URL(service.url()).origin },
    });
    expect(response.status()).toBe(404);
    await admin.reload();
    await expect(admin.getByRole("main")).toContainText("Applicant");
  });

  test("staff screens show user text as text, never as markup", async ({ browser }) => {
    const email = uniqueEmail("markup");
    const page = await (await browser.newContext()).newPage();
    await page.goto("/en/register");
    await page.getByLabel("E-mail address", { exact: true }).fill(email);
    await page.getByLabel("Password", { exact: true }).fill(PASSWORD);
    await page.getByLabel("Confirm your password").fill(PASSWORD);
    await page.getByLabel("First name").fill('<img src=x onerror="window.__pwned=1">');
    await page.getByLabel("Last name").fill("<script>window.__pwned=1</script>");
    await page.getByLabel("Phone number").fill("613-555-0199");
    await passHumanCheck(page, "en", true);
    await page.getByRole("button", { name: "Finish registration" }).click();
    await page.waitForURL(/check-email/);

    const staff = await signedIn(browser, "service@example.com", "en");
    await staff.goto(`/en/admin?q=${encodeURIComponent(email)}`);
    await expect(staff.getByRole("link", { name: /<img src=x/ })).toBeVisible();
    await staff.getByRole("link", { name: /<img src=x/ }).click();
    await expect(staff.getByRole("heading", { level: 1 })).toContainText("<script>");
    expect(await staff.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
  });
});
