import type { Page } from "@playwright/test";
import { expect, expectNoAxeViolations, expectOneH1, test } from "./support";
import { signedIn } from "./accounts-support";

/**
 * The licensing officers' queue with the demo data (prisma/seed/queue-demo.ts): files in several
 * states, shared among four officers. Geneviève (fr) and Daniel (en) are used by no other journey,
 * so the files assigned to them are the demo's alone.
 */
const text = {
  fr: {
    officer: "genevieve.tremblay@example.com",
    name: "Geneviève Tremblay",
    queueStatuses: ["Envoyée", "En cours d’examen", "Renseignements demandés"],
    assignedTo: "Attribuée à",
    status: "État",
    me: "Moi",
    unassigned: "Non attribuée",
    approved: "Approuvée",
    apply: "Appliquer les filtres",
  },
  en: {
    officer: "daniel.okafor@example.com",
    name: "Daniel Okafor",
    queueStatuses: ["Submitted", "Under review", "Information requested"],
    assignedTo: "Assigned to",
    status: "Status",
    me: "Me",
    unassigned: "Unassigned",
    approved: "Approved",
    apply: "Apply the filters",
  },
} as const;

/** The text of one column of the queue's rows (the file number is the row's header, the other cells follow). */
function column(page: Page, name: "file" | "status" | "assignedTo") {
  const cells = page.getByRole("table").locator("tbody tr");
  if (name === "file") return cells.locator("th").allInnerTexts();
  return cells.locator(name === "status" ? "td:nth-child(4)" : "td:last-child").allInnerTexts();
}

async function filter(page: Page, label: string, option: string, apply: string) {
  await page.getByLabel(label, { exact: true }).selectOption({ label: option });
  await page.getByRole("button", { name: apply }).click();
  await page.waitForURL(/\?/);
}

for (const locale of ["fr", "en"] as const) {
  const t = text[locale];
  test(`${locale}: the queue shows files in several states, and filtered by an officer lists theirs`, async ({
    browser,
  }) => {
    // Three pages checked by axe, each a full table: as long as the other staff journeys.
    test.setTimeout(120_000);
    const page = await signedIn(browser, t.officer, locale);
    await page.goto(`/${locale}/admin/applications`);
    await expectOneH1(page);
    const statuses = await column(page, "status");
    for (const status of t.queueStatuses) expect(statuses).toContain(status);
    expect(await column(page, "assignedTo")).toContain(t.unassigned);
    await expectNoAxeViolations(page);

    // Another officer's files: Daniel Okafor's, among them the one waiting for the applicant's answer.
    await filter(page, t.assignedTo, "Daniel Okafor", t.apply);
    const daniel = await column(page, "assignedTo");
    expect(daniel.length).toBeGreaterThan(0);
    expect(new Set(daniel)).toEqual(new Set(["Daniel Okafor"]));
    expect((await column(page, "file")).some((file) => /-QD0003$/.test(file))).toBe(true);
    await expectNoAxeViolations(page);

    // Mine, then nobody's.
    await filter(page, t.assignedTo, t.me, t.apply);
    expect(new Set(await column(page, "assignedTo"))).toEqual(new Set([t.name]));
    await filter(page, t.assignedTo, t.unassigned, t.apply);
    expect(new Set(await column(page, "assignedTo"))).toEqual(new Set([t.unassigned]));

    // Decided files, by status: the filter kept in the address, every row approved.
    await page.goto(`/${locale}/admin/applications?status=approved`);
    await expect(page.getByLabel(t.status, { exact: true })).toHaveValue("approved");
    const approved = await column(page, "status");
    expect(approved.length).toBeGreaterThanOrEqual(3);
    expect(new Set(approved)).toEqual(new Set([t.approved]));
    await expectNoAxeViolations(page);
  });
}

test("the filters work without JavaScript; a tampered assignee filters nothing; an applicant gets no queue", async ({
  browser,
}) => {
  const page = await signedIn(browser, "daniel.okafor@example.com", "en", false);
  await page.goto("/en/admin/applications");
  await filter(page, text.en.assignedTo, text.en.unassigned, text.en.apply);
  expect(new Set(await column(page, "assignedTo"))).toEqual(new Set([text.en.unassigned]));

  // The demo's files alone (their numbers end in QD00…): journeys running beside this one add none.
  await page.goto("/en/admin/applications?q=QD00");
  const all = await column(page, "file");
  expect(all.length).toBeGreaterThan(10);
  await page.goto("/en/admin/applications?q=QD00&assignee=%27%20OR%201%3D1%20--");
  expect(await column(page, "file")).toEqual(all);

  const applicant = await signedIn(browser, "john.smith@example.com", "en");
  expect((await applicant.goto("/en/admin/applications?assignee=me"))?.status()).toBe(404);
});
