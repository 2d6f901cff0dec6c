import { expect, expectNoAxeViolations, expectOneH1, test } from "./support";
import { signedIn } from "./accounts-support";

/**
 * An order of $30,000 or more (the seeded $100,000 gaming registration of agent.conseil): only
 * wire or EFT is offered, in both languages, and staff reconciliation submits it.
 */
const GAMING_APPLICATION = "15000000-0000-4000-8000-000000000001";
const text = {
  fr: {
    title: "Récapitulatif de la commande",
    wire: "Payer par virement bancaire ou par transfert électronique de fonds (TEF)",
    amount: "100 000,00 $",
    makePayment: "Effectuer le paiement",
  },
  en: {
    title: "Order summary",
    wire: "Pay by wire transfer or electronic funds transfer (EFT)",
    amount: "$100,000.00",
    makePayment: "Make payment",
  },
} as const;

test("a $100,000 order offers only wire or EFT in both languages, and staff reconciliation submits it", async ({
  browser,
}) => {
  test.setTimeout(90_000);
  for (const locale of ["fr", "en"] as const) {
    const sophie = await signedIn(browser, "agent.conseil@example.com", locale);
    await sophie.goto(`/${locale}/applications/${GAMING_APPLICATION}/payment`);
    await expect(sophie.getByRole("heading", { level: 1 })).toHaveText(text[locale].title);
    await expect(sophie.getByRole("heading", { name: text[locale].wire })).toBeVisible();
    await expect(sophie.getByText("PAY-100K0000").first()).toBeVisible();
    await expect(sophie.getByText(text[locale].amount).first()).toBeVisible();
    await expect(sophie.getByRole("button", { name: text[locale].makePayment })).toHaveCount(0);
    await expectOneH1(sophie);
    await expectNoAxeViolations(sophie);
  }

  // Another applicant cannot see the order.
  const john = await signedIn(browser, "john.smith@example.com", "en");
  expect((await john.goto(`/en/applications/${GAMING_APPLICATION}/payment`))?.status()).toBe(404);

  const staff = await signedIn(browser, "service@example.com", "en");
  await staff.goto("/en/admin/payments");
  await expectOneH1(staff);
  await expectNoAxeViolations(staff);
  const order = staff.locator("li", { hasText: "GMR-N-2026-D3M0GX" });
  // A short payment is flagged, not applied.
  await order.getByLabel("Amount received").fill("99000");
  await order.getByLabel("Day").fill("20");
  await order.getByLabel("Month").fill("11");
  await order.getByLabel("Year").fill("2026");
  await order.getByLabel("Bank reference of the transfer").fill("E2E-WIRE-1");
  await order.getByLabel("Payment reference quoted by the payer").fill("PAY-100K0000");
  await order.getByRole("button", { name: /Record the funds/ }).click();
  await expect(staff.getByRole("heading", { name: "The funds were recorded but not applied" })).toBeVisible();
  await expectNoAxeViolations(staff);

  await order.getByLabel("Amount received").fill("100,000.00");
  await order.getByLabel("Day").fill("21");
  await order.getByLabel("Month").fill("11");
  await order.getByLabel("Year").fill("2026");
  await order.getByLabel("Bank reference of the transfer").fill("E2E-WIRE-2");
  await order.getByLabel("Payment reference quoted by the payer").fill("PAY-100K0000");
  await order.getByRole("button", { name: /Record the funds/ }).click();
  await expect(
    staff.getByRole("heading", { name: "The funds were recorded and the application is submitted" }),
  ).toBeVisible();

  const sophie = await signedIn(browser, "agent.conseil@example.com", "fr");
  await sophie.goto(`/fr/applications/${GAMING_APPLICATION}`);
  await expect(sophie.getByRole("main")).toContainText("Envoyée");
  await sophie.goto("/fr/admin/payments");
  expect((await sophie.goto("/fr/admin/payments"))?.status()).toBe(404);
});

test("the fee schedule is shown to staff, in both languages, and to no applicant", async ({ browser }) => {
  for (const locale of ["fr", "en"] as const) {
    const admin = await signedIn(browser, "admin@example.com", locale);
    await admin.goto(`/${locale}/admin/fees`);
    await expect(admin.getByText(locale === "fr" ? "1 055,00 $" : "$1,055.00")).toBeVisible();
    await expectOneH1(admin);
    await expectNoAxeViolations(admin);
  }
  const marie = await signedIn(browser, "marie.tremblay@example.com", "fr");
  expect((await marie.goto("/fr/admin/fees"))?.status()).toBe(404);
});

test("the return page shows nothing for a forged session id, in both languages, and another applicant gets a 404", async ({
  browser,
}) => {
  const titles = { fr: "Nous n’avons pas trouvé ce paiement", en: "We could not find this payment" } as const;
  for (const locale of ["fr", "en"] as const) {
    const sophie = await signedIn(browser, "agent.conseil@example.com", locale);
    await sophie.goto(`/${locale}/applications/${GAMING_APPLICATION}/payment/return?session_id=cs_test_forged123`);
    await expect(sophie.getByRole("heading", { level: 1 })).toHaveText(titles[locale]);
    await expectNoAxeViolations(sophie);
  }
  const john = await signedIn(browser, "john.smith@example.com", "en");
  expect(
    (await john.goto(`/en/applications/${GAMING_APPLICATION}/payment/return?session_id=cs_test_forged123`))?.status(),
  ).toBe(404);
});

test("the reconciliation queue passes axe in French", async ({ browser }) => {
  const staff = await signedIn(browser, "service@example.com", "fr");
  await staff.goto("/fr/admin/payments");
  await expectOneH1(staff);
  await expectNoAxeViolations(staff);
});
