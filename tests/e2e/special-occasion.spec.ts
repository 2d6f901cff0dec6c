import type { Page } from "@playwright/test";
import { expect, expectNoAxeViolations, expectOneH1, test } from "./support";
import { signedIn } from "./accounts-support";
import {
  certificateText,
  continueTo,
  dayFromToday,
  fileNumberOn,
  fillAddress,
  fillDate,
  officerApproves,
  payFromReview,
  sectionOf,
  uploadPdf,
  words,
  type Locale,
} from "./permits-support";

/**
 * Special occasion permits (issue 14): a private event issued the moment it is paid, with its PDF; a
 * public event refused before it starts when it is inside 30 days; a tailgate event approved by an
 * officer; and the start form and a section without JavaScript. Each account is a person applying
 * in their own name (prisma/seed/demo-data.ts), so no other journey sees their applications.
 */
const applicantOf = { fr: "lucie.fortin@example.com", en: "mark.taylor@example.com" } as const;
/** Used only by the refused start: their main menu must stay empty. */
const refusedOf = { fr: "helene.morin@example.com", en: "grace.kim@example.com" } as const;

const text = {
  fr: {
    title: "Permis de circonstance",
    rule: /au moins 30 jours avant son premier jour/,
    privateEvent: "Événement privé",
    tailgateEvent: "Événement d’avant-match",
    fee: "150,00 $",
    tailgateFee: "300,00 $",
    permitHeading: "Votre demande a été approuvée",
    placeName: "Salle communautaire Saint-Jean",
    sportsEvent: "Rouge et Noir d’Ottawa contre les Argonauts de Toronto",
  },
  en: {
    title: "Special occasion permit",
    rule: /at least 30 days before its first day/,
    privateEvent: "Private event",
    tailgateEvent: "Tailgate event",
    fee: "$150.00",
    tailgateFee: "$300.00",
    permitHeading: "Your application was approved",
    placeName: "Riverside Community Hall",
    sportsEvent: "Ottawa Redblacks against Toronto Argonauts",
  },
} as const;

/** The catalogue, then the permit's start page: both pass axe with one h1. */
async function openStartPage(page: Page, locale: Locale) {
  await page.goto(`/${locale}/applications/new`);
  await expectOneH1(page);
  await expectNoAxeViolations(page);
  await page.locator('a[href$="/applications/new/special_occasion_permit"]').click();
  await page.waitForURL(/\/applications\/new\/special_occasion_permit$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(text[locale].title);
  await expectOneH1(page);
  await expectNoAxeViolations(page);
}

type Start = { eventType: string; setting: string; inDays: number; attendance: string };

async function fillStart(page: Page, start: Start) {
  await page.locator('input[name="applicant"][value="self"]').check();
  await page.locator(`input[name="eventType"][value="${start.eventType}"]`).check();
  await page.locator(`input[name="setting"][value="${start.setting}"]`).check();
  await fillDate(page, "firstDay", dayFromToday(start.inDays));
  await page.locator('[name="expectedAttendance"]').fill(start.attendance);
}

/** Starts the permit from the catalogue; returns the application's path. */
async function startPermit(page: Page, locale: Locale, start: Start): Promise<string> {
  await openStartPage(page, locale);
  await fillStart(page, start);
  await page.getByRole("button", { name: words[locale].start }).click();
  await page.waitForURL(new RegExp(`/${locale}/applications/[0-9a-f-]{36}$`));
  return new URL(page.url()).pathname;
}

/** The day listed from the start answers: its hours, from the list's Change link. */
async function giveHours(page: Page, locale: Locale, path: string, from: string, to: string) {
  await page.locator(`a[href*="${path}/eventDays/"]:not([href$="/new"])`).first().click();
  await page.waitForURL(new RegExp(`${path}/eventDays/[0-9a-f-]{36}$`));
  await page.locator('[name="startTime"]').fill(from);
  await page.locator('[name="endTime"]').fill(to);
  await continueTo(page, locale, sectionOf(path)("eventDays"));
}

async function fillPlace(page: Page, locale: Locale, capacity: string) {
  await page.locator('[name="placeName"]').fill(text[locale].placeName);
  await fillAddress(page, "address", "200, rue Main", "Ottawa", "K1S 1C1");
  await page.locator('[name="capacity"]').fill(capacity);
}

for (const locale of ["fr", "en"] as const) {
  test(`${locale}: a private event indoors is applied for, paid by card and issued at once, with its PDF`, async ({
    browser,
  }) => {
    test.setTimeout(180_000);
    const t = text[locale];
    const page = await signedIn(browser, applicantOf[locale], locale);
    const path = await startPermit(page, locale, {
      eventType: "private",
      setting: "indoor",
      inDays: 20,
      attendance: "80",
    });
    const at = sectionOf(path);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(t.title);
    await expectNoAxeViolations(page);

    await page.goto(`${path}/eventClass`);
    await expectOneH1(page);
    await expectNoAxeViolations(page);
    await page.locator('input[name="eventClass"][value="sale"]').check();
    await page.locator('input[name="salesMethod"][value="cash_bar"]').check();
    await continueTo(page, locale, at("eventDays"));
    await expectOneH1(page);
    await expectNoAxeViolations(page);
    await giveHours(page, locale, path, "18:00", "1:00");
    await continueTo(page, locale, at("place"));
    await fillPlace(page, locale, "120");
    await expectNoAxeViolations(page);
    await continueTo(page, locale, at("privateEvent"));
    await page.locator('input[name="invitedOnly"]').check();
    await continueTo(page, locale, at("documents"));
    await expectNoAxeViolations(page);
    await continueTo(page, locale, at("declaration"));
    await page.locator('input[name="confirmed"]').check();
    await continueTo(page, locale, at("review"));
    await expectOneH1(page);
    await expectNoAxeViolations(page);

    await payFromReview(page, locale, path, t.fee);
    await expectNoAxeViolations(page);

    // Issued on payment: no officer. The permit is on the main menu, with its details and PDF.
    await page.goto(path);
    await expect(page.getByRole("main")).toContainText(words[locale].approved);
    await page.getByRole("link", { name: words[locale].licenceLink }).click();
    await page.waitForURL(/licences\/[0-9a-f-]{36}$/);
    const permitNumber = (await page.getByRole("heading", { level: 1 }).innerText()).trim();
    expect(permitNumber).toMatch(/^SOP-\d{4}-\d{6}$/);
    await expect(page.getByRole("main")).toContainText(t.privateEvent);
    await expect(page.getByRole("main")).toContainText(t.placeName);
    await expectNoAxeViolations(page);
    const certificate = await certificateText(page, locale);
    expect(certificate).toContain(permitNumber);
    expect(certificate).toContain(t.privateEvent);
    expect(certificate).toContain(t.placeName);
    expect(certificate).toContain(`/${locale}/verify?number=${permitNumber}`);

    await page.goto(`/${locale}/dashboard`);
    await expect(page.getByRole("link", { name: permitNumber, exact: true })).toBeVisible();
  });

  test(`${locale}: a public event inside 30 days is refused before it starts, and nothing is created`, async ({
    browser,
  }) => {
    test.setTimeout(90_000);
    const t = text[locale];
    const page = await signedIn(browser, refusedOf[locale], locale);
    await openStartPage(page, locale);
    await fillStart(page, { eventType: "public", setting: "indoor", inDays: 15, attendance: "300" });
    await page.getByRole("button", { name: words[locale].start }).click();
    const summary = page.getByRole("alert", { name: words[locale].problem });
    await expect(summary).toBeFocused();
    await expect(summary).toContainText(t.rule);
    await expect(page).toHaveURL(/\/applications\/new\/special_occasion_permit$/);
    // What was typed is kept.
    await expect(page.locator('[name="expectedAttendance"]')).toHaveValue("300");
    await expectNoAxeViolations(page);

    await page.goto(`/${locale}/dashboard`);
    await expect(page.getByText(words[locale].noApplications)).toBeVisible();
  });

  // The tailgate rules are the same in both languages: its journey runs in French (the private
  // event's runs in both), within CI's time budget.
  if (locale === "fr")
    test(`${locale}: a tailgate event is paid, reviewed and approved by an officer`, async ({ browser }) => {
      test.setTimeout(180_000);
      const t = text[locale];
      const page = await signedIn(browser, applicantOf[locale], locale);
      const path = await startPermit(page, locale, {
        eventType: "tailgate",
        setting: "outdoor",
        inDays: 45,
        attendance: "400",
      });
      const at = sectionOf(path);
      const fileNumber = await fileNumberOn(page);

      // A tailgate event has no class: the days come first.
      await page.goto(`${path}/eventDays`);
      await giveHours(page, locale, path, "10:00", "13:00");
      // A second day, added from the list.
      await page.locator(`a[href$="${path}/eventDays/new"]`).click();
      await fillDate(page, "day", dayFromToday(46));
      await page.locator('[name="startTime"]').fill("10:00");
      await page.locator('[name="endTime"]').fill("13:00");
      await continueTo(page, locale, at("eventDays"));
      await continueTo(page, locale, at("place"));
      await fillPlace(page, locale, "2000");
      await continueTo(page, locale, at("tailgateEvent"));
      await expectNoAxeViolations(page);
      await page.locator('[name="sportsEvent"]').fill(t.sportsEvent);
      await continueTo(page, locale, at("documents"));
      await uploadPdf(page, "boundarySketch", "croquis.pdf");
      await uploadPdf(page, "outdoorNotices", "avis.pdf");
      await expectNoAxeViolations(page);
      await continueTo(page, locale, at("declaration"));
      await page.locator('input[name="confirmed"]').check();
      await continueTo(page, locale, at("review"));
      await payFromReview(page, locale, path, t.tailgateFee);

      await page.goto(path);
      await expect(page.getByRole("main")).toContainText(words[locale].submitted);
      await expect(page.getByRole("link", { name: words[locale].licenceLink })).toHaveCount(0);

      await officerApproves(browser, fileNumber);

      await page.goto(path);
      await expect(page.getByRole("main")).toContainText(words[locale].approved);
      await page.getByRole("link", { name: words[locale].licenceLink }).click();
      await page.waitForURL(/licences\/[0-9a-f-]{36}$/);
      const permitNumber = (await page.getByRole("heading", { level: 1 }).innerText()).trim();
      await expect(page.getByRole("main")).toContainText(t.tailgateEvent);
      await page.goto(`/${locale}/dashboard`);
      await expect(page.getByRole("link", { name: permitNumber, exact: true })).toBeVisible();
    });

  test(`${locale}, JavaScript off: the start form refuses, then starts; a section form says what is missing, then saves`, async ({
    browser,
  }) => {
    test.setTimeout(90_000);
    const t = words[locale];
    const page = await signedIn(browser, applicantOf[locale], locale, false);
    await page.goto(`/${locale}/applications/new/special_occasion_permit`);
    // Nothing answered: every question is named in the summary.
    await page.getByRole("button", { name: t.start }).click();
    await expect(page.getByRole("alert", { name: t.problem })).toBeVisible();
    await expect(page.locator('[name="expectedAttendance"]')).toHaveAttribute("aria-invalid", "true");
    await fillStart(page, { eventType: "private", setting: "outdoor", inDays: 40, attendance: "150" });
    await page.getByRole("button", { name: t.start }).click();
    await page.waitForURL(new RegExp(`/${locale}/applications/[0-9a-f-]{36}$`));
    const path = new URL(page.url()).pathname;
    const at = sectionOf(path);

    await page.goto(`${path}/place`);
    await page.locator('[name="placeName"]').fill(text[locale].placeName);
    await continueTo(page, locale, /place\?error=incomplete/);
    await expect(page.getByRole("alert", { name: t.problem })).toBeVisible();
    await expect(page.locator('[name="placeName"]')).toHaveValue(text[locale].placeName);
    await fillPlace(page, locale, "120");
    await continueTo(page, locale, at("privateEvent"));

    await page.goto(`${path}/eventDays`);
    await giveHours(page, locale, path, "17:00", "23:00");
    await expect(page.getByText(locale === "fr" ? "Détails manquants" : "Details missing")).toHaveCount(0);
  });
}
