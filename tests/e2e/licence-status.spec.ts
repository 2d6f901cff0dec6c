import { expect, expectNoAxeViolations, expectOneH1, test } from "./support";
import { signedIn } from "./accounts-support";

/**
 * Licence status actions: an officer suspends a licence with a last day and a reason, and its holder sees it on the main menu, the licence page and the public check; a
 * holder asks to surrender their licence, the officer records it, and the holder sees it ended.
 * Each journey has its own demo business (prisma/seed/licence-status-demo.ts), so no other journey
 * meets these licences.
 */
const OFFICER = "officer@example.com";
const ECLUSES = {
  entityId: "10000000-0000-4000-8000-00000000a101",
  licenceId: "13000000-0000-4000-8000-00000000a101",
  number: "LSL-2025-004101",
  holder: "camille.bouchard@example.com",
};
const NORTHSHORE = {
  licenceId: "13000000-0000-4000-8000-00000000a102",
  number: "LSL-2025-004102",
  holder: "ethan.clarke@example.com",
};

/** The Commission's today plus `days`, as day, month and year boxes and as the pages write it. */
function commissionDay(days: number, locale: "fr" | "en") {
  const today = new Intl.DateTimeFormat("en-CA", { timeZone: "America/Toronto" }).format(new Date());
  const date = new Date(`${today}T00:00:00.000Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return {
    day: String(date.getUTCDate()),
    month: String(date.getUTCMonth() + 1),
    year: String(date.getUTCFullYear()),
    written: new Intl.DateTimeFormat(`${locale}-CA`, { dateStyle: "long", timeZone: "UTC" }).format(date),
  };
}

test("fr: an officer suspends a licence with a last day and a reason; its holder sees it everywhere", async ({
  browser,
}) => {
  // Three people, four pages checked with axe: longer than a single page's journey.
  test.setTimeout(120_000);
  const lastDay = commissionDay(14, "fr");
  const officer = await signedIn(browser, OFFICER, "fr");
  await officer.goto(`/fr/admin/entities/${ECLUSES.entityId}`);
  await officer.getByRole("link", { name: ECLUSES.number }).click();
  await expectOneH1(officer);
  const status = officer.getByRole("region", { name: "Statut" });
  await expect(status.getByRole("link", { name: "Rétablir" })).toHaveCount(0);
  await expectNoAxeViolations(officer);

  await status.getByRole("link", { name: "Suspendre" }).click();
  await expect(status.getByRole("heading", { name: `Suspendre le permis ${ECLUSES.number}` })).toBeVisible();
  const lastDayGroup = status.getByRole("group", { name: /Dernier jour de la suspension/ });
  await lastDayGroup.getByLabel("Jour").fill("1");
  await lastDayGroup.getByLabel("Mois").fill("1");
  await lastDayGroup.getByLabel("Année").fill("2020");
  await status.getByRole("button", { name: `Suspendre le permis ${ECLUSES.number}` }).click();
  const summary = officer.getByRole("alert", { name: "Il y a un problème" });
  await expect(summary).toContainText("Indiquez le motif");
  await expect(summary).toContainText("Le dernier jour doit être aujourd’hui ou plus tard");
  await expect(summary).toBeFocused();
  await expectNoAxeViolations(officer);

  await status.getByLabel("Motif").fill("Vente à des mineurs constatée lors de l’inspection du 3 mars.");
  await lastDayGroup.getByLabel("Jour").fill(lastDay.day);
  await lastDayGroup.getByLabel("Mois").fill(lastDay.month);
  await lastDayGroup.getByLabel("Année").fill(lastDay.year);
  await status.getByRole("button", { name: `Suspendre le permis ${ECLUSES.number}` }).click();
  await expect(officer.getByText(`Le permis ${ECLUSES.number} est suspendu.`)).toBeVisible();
  const after = officer.getByRole("region", { name: "Statut" });
  await expect(after).toContainText(`Suspendu jusqu’au ${lastDay.written} inclusivement`);
  await expect(after.getByRole("link", { name: "Rétablir" })).toBeVisible();
  await expect(after).toContainText("Vente à des mineurs constatée");
  await expect(after).toContainText("Par David Chen");
  await expectNoAxeViolations(officer);

  // The holder: main menu, licence page.
  const holder = await signedIn(browser, ECLUSES.holder, "fr");
  const card = holder.getByRole("listitem").filter({ has: holder.getByRole("link", { name: ECLUSES.number }) });
  await expect(card).toContainText("Suspendu");
  await expect(card).toContainText(`Suspendu jusqu’au ${lastDay.written}`);
  await expect(card.getByRole("link", { name: /Renouveler/ })).toHaveCount(0);
  await card.getByRole("link", { name: ECLUSES.number, exact: true }).click();
  await expect(holder.getByText(`Suspendu jusqu’au ${lastDay.written} : aucune vente n’est permise`)).toBeVisible();
  await expect(holder.getByRole("link", { name: "Renouveler ce permis" })).toHaveCount(0);
  await expect(holder.getByText("Un permis suspendu ne peut pas être renouvelé")).toBeVisible();
  await expect(holder.getByRole("region", { name: "Historique de l’état" })).toContainText(
    "Vente à des mineurs constatée",
  );
  await expectNoAxeViolations(holder);

  // Anyone: the public check.
  const visitor = await (await browser.newContext()).newPage();
  await visitor.goto(`/fr/verify?number=${ECLUSES.number}`);
  const result = visitor.getByRole("region", { name: "Résultat de la vérification" });
  await expect(result).toContainText("Ce permis est suspendu.");
  await expect(result).toContainText(`${lastDay.written} inclusivement`);
  await expectNoAxeViolations(visitor);

  // Reinstated, the licence is in force again for the holder (and for the next run of this journey).
  await after.getByRole("link", { name: "Rétablir" }).click();
  await status.getByLabel("Motif").fill("Mesures correctives vérifiées.");
  await status.getByRole("button", { name: `Rétablir le permis ${ECLUSES.number}` }).click();
  await expect(officer.getByText(`Le permis ${ECLUSES.number} est de nouveau en vigueur.`)).toBeVisible();
  await visitor.reload();
  await expect(result).toContainText("Ce permis est en vigueur");
});

const LAKEHEAD = {
  entityId: "10000000-0000-4000-8000-00000000a103",
  licenceId: "13000000-0000-4000-8000-00000000a103",
  number: "LSL-2025-004103",
  holder: "priya.nair@example.com",
};

test("en: an officer suspends a licence until further notice; its holder sees it on the main menu; reinstated, it is in force again", async ({
  browser,
}) => {
  test.setTimeout(120_000);
  const officer = await signedIn(browser, OFFICER, "en");
  await officer.goto(`/en/admin/entities/${LAKEHEAD.entityId}`);
  await officer.getByRole("link", { name: LAKEHEAD.number }).click();
  const status = officer.getByRole("region", { name: "Status" });
  await status.getByRole("link", { name: "Suspend" }).click();
  await expect(status.getByRole("heading", { name: `Suspend licence ${LAKEHEAD.number}` })).toBeVisible();
  await status.getByRole("button", { name: `Suspend licence ${LAKEHEAD.number}` }).click();
  const summary = officer.getByRole("alert", { name: "There is a problem" });
  await expect(summary).toContainText("Enter the reason");
  await expect(summary).toBeFocused();
  await status.getByLabel("Reason").fill("Operating past licensed hours, seen at the inspection of March 3.");
  await status.getByRole("button", { name: `Suspend licence ${LAKEHEAD.number}` }).click();
  await expect(officer.getByText(`Licence ${LAKEHEAD.number} is suspended.`)).toBeVisible();
  await expect(officer.getByRole("region", { name: "Status" })).toContainText(
    "Suspended until further notice: in force again only when reinstated.",
  );
  await expectNoAxeViolations(officer);

  const holder = await signedIn(browser, LAKEHEAD.holder, "en");
  const card = holder.getByRole("listitem").filter({ has: holder.getByRole("link", { name: LAKEHEAD.number }) });
  await expect(card).toContainText("Suspended");
  await expect(card).toContainText("Suspended until further notice: no sale is allowed.");
  await expect(card.getByRole("link", { name: /Renew/ })).toHaveCount(0);
  await expectNoAxeViolations(holder);
  await card.getByRole("link", { name: LAKEHEAD.number, exact: true }).click();
  await expect(holder.getByRole("region", { name: "Status history" })).toContainText("Operating past licensed hours");

  await officer.getByRole("region", { name: "Status" }).getByRole("link", { name: "Reinstate" }).click();
  await status.getByLabel("Reason").fill("Corrective measures checked.");
  await status.getByRole("button", { name: `Reinstate licence ${LAKEHEAD.number}` }).click();
  await expect(officer.getByText(`Licence ${LAKEHEAD.number} is in force again.`)).toBeVisible();
  await holder.goto("/en/dashboard");
  await expect(card).not.toContainText("Suspended");
});

test("en: the holder asks to surrender their licence, the officer records it, the holder sees it surrendered", async ({
  browser,
}) => {
  test.setTimeout(120_000);
  const holder = await signedIn(browser, NORTHSHORE.holder, "en");
  await holder.goto(`/en/licences/${NORTHSHORE.licenceId}`);
  await holder.getByRole("link", { name: "Surrender this licence" }).click();
  await expectOneH1(holder);
  await expect(holder.getByText("A surrender cannot be undone")).toBeVisible();
  await holder.getByRole("button", { name: "Send the surrender request" }).click();
  const summary = holder.getByRole("alert", { name: "There is a problem" });
  await expect(summary).toContainText("Enter the day the licence should end");
  await expect(summary).toContainText("Confirm that you understand the surrender cannot be undone");
  await expect(summary).toBeFocused();
  await expectNoAxeViolations(holder);

  const today = commissionDay(0, "en");
  const day = holder.getByRole("group", { name: "On what day should the licence end?" });
  await day.getByLabel("Day").fill(today.day);
  await day.getByLabel("Month").fill(today.month);
  await day.getByLabel("Year").fill(today.year);
  await holder.getByLabel(/Why are you surrendering it/).fill("The taproom closes at the end of the season.");
  await holder.getByLabel(/I understand that once the surrender is recorded/).check();
  await holder.getByRole("button", { name: "Send the surrender request" }).click();
  await expect(holder.getByText("Your request to surrender the licence was sent")).toBeVisible();
  await expect(holder.getByRole("link", { name: "Surrender this licence" })).toHaveCount(0);
  const surrenderRequest = holder
    .getByRole("region", { name: "Change requests" })
    .getByRole("listitem")
    .filter({ has: holder.getByRole("heading", { name: /Voluntary surrender$/ }) });
  await expect(surrenderRequest).toContainText("Being handled – sent on");
  await expectNoAxeViolations(holder);

  const officer = await signedIn(browser, OFFICER, "en");
  await officer.goto(`/en/admin/licences/${NORTHSHORE.licenceId}`);
  const status = officer.getByRole("region", { name: "Status" });
  await expect(status).toContainText("The holder asked to surrender this licence");
  await expect(status).toContainText(`the licence should end on ${today.written}`);
  await status.getByRole("link", { name: "Record the surrender" }).click();
  await expect(
    status.getByRole("heading", { name: `Record the surrender of licence ${NORTHSHORE.number}` }),
  ).toBeVisible();
  await expectNoAxeViolations(officer);
  await status.getByLabel("Reason").fill("Surrender asked by the holder: the taproom closes.");
  await status.getByRole("button", { name: `Record the surrender of ${NORTHSHORE.number}` }).click();
  await expect(officer.getByText(`The surrender of licence ${NORTHSHORE.number} is recorded.`)).toBeVisible();
  await expect(officer.getByRole("region", { name: "Status" })).toContainText(
    "This licence has been surrendered: its status can no longer be changed.",
  );
  await expectNoAxeViolations(officer);

  await holder.reload();
  await expect(holder.getByText("Surrendered", { exact: true }).first()).toBeVisible();
  await expect(surrenderRequest).toContainText("Approved – sent on");
  await expect(holder.getByRole("link", { name: "Surrender this licence" })).toHaveCount(0);
  await expect(holder.getByRole("link", { name: "Renew this licence" })).toHaveCount(0);
  await expect(holder.getByRole("link", { name: "Request a change" })).toHaveCount(0);
  await expect(holder.getByText("This licence has been surrendered: it cannot be renewed.")).toBeVisible();
  await expectNoAxeViolations(holder);
});

test("fr, JavaScript off: the status form is a plain page; a suspension without a reason is refused, nothing changes", async ({
  browser,
}) => {
  // Marie's licence in force: only looked at here, never changed.
  const licence = { id: "13000000-0000-4000-8000-000000000001", number: "LSL-2025-000101" };
  const officer = await signedIn(browser, OFFICER, "fr", false);
  await officer.goto(`/fr/admin/licences/${licence.id}`);
  const status = officer.getByRole("region", { name: "Statut" });
  await status.getByRole("link", { name: "Suspendre" }).click();
  await status.getByRole("button", { name: `Suspendre le permis ${licence.number}` }).click();
  await expect(officer.getByRole("alert", { name: "Il y a un problème" })).toContainText("Indiquez le motif");
  await status.getByRole("link", { name: "Revenir sans rien changer" }).click();
  await expect(status.getByRole("link", { name: "Suspendre" })).toBeVisible();
  await expect(status.getByText("Actif", { exact: true }).first()).toBeVisible();
});
