import { expect } from "vitest";
import type { Database } from "@/lib/db/create-client";
import type { SessionUser } from "@/lib/auth/session";
import { saveListItem, saveSection, startApplication } from "@/lib/applications/commands";
import { saveDisclosure, sendDisclosureRequests } from "@/lib/disclosures/requests";
import { payFeesAndSubmit } from "@/lib/payments/orders";
import { startCardPayment } from "@/lib/payments/card";
import { applyCardOutcome } from "@/lib/payments/fulfilment";

/**
 * A liquor sales licence application filled in completely, as the tests of applications and
 * payments need one: the answers, the floor plan, the associated person's and the premises
 * manager's disclosures.
 */
export const address = { line1: "123, rue Principale", city: "Ottawa", province: "ON", postalCode: "K1A 0A1" };

export const completeForms: Record<string, Record<string, unknown>> = {
  // The licence alone: no endorsement (see the endorsement tests for those).
  applicationType: { endorsements: [] },
  applicantType: { applicantType: "sole_proprietorship" },
  applicantDetails: { legalName: "Camille Okonkwo" },
  contactDetails: { contactName: "Camille Okonkwo", email: "camille@example.com", phone: "613-555-0123" },
  addresses: { mailing: address, physicalSameAsMailing: "yes", businessSameAsMailing: "yes" },
  premisesDetails: { premisesName: "Chez Camille", establishment: "restaurant" },
  premisesAddresses: { premisesPhysical: address, mailingSameAsPhysical: "yes" },
  premisesContact: {
    premisesContactName: "Camille Okonkwo",
    premisesContactEmail: "camille@example.com",
    premisesContactPhone: "613-555-0123",
  },
  questions: {
    convictions: "no",
    otherLicences: "no",
    financialInterest: "no",
    taxComplianceNumber: "4CE5T7N9VK3GHJ2",
    taxComplianceStatus: "compliant",
  },
  term: { termYears: "2" },
};

export const completeItems: Record<string, Record<string, unknown>> = {
  associatedPersons: {
    firstName: "Camille",
    lastName: "Okonkwo",
    email: "camille@example.com",
    role: "sole_proprietor",
  },
  premisesManagers: { firstName: "Luc", lastName: "Gagnon", managerEmail: "luc@example.com" },
  licensedAreas: { areaName: "Salle", setting: "indoor", floor: "1", capacity: "40" },
};

export const disclosureAnswers = {
  dateOfBirth: { day: "27", month: "3", year: "1980" },
  homeAddress: address,
  convictions: "no",
  otherInterests: "no",
  declaration: "yes",
};

/** What Luc Gagnon, the premises manager, declares on the manager's form. */
export const managerDisclosureAnswers = {
  dateOfBirth: { day: "14", month: "2", year: "1982" },
  homeAddress: address,
  trainingCertificate: "SS-1234567",
  trainingDate: { day: "15", month: "6", year: "2024" },
  managementExperience: "Gérant de salle au Bistro Cormoran depuis 2019.",
  convictions: "no",
  otherInterests: "no",
  declaration: "yes",
};

/** What a signing officer declares for an associated entity. */
export const entityDisclosureAnswers = {
  incorporationJurisdiction: "Ontario",
  incorporationDate: { day: "4", month: "9", year: "2012" },
  headOffice: "100, rue King Ouest, Toronto (Ontario) M5X 1A9",
  directorsAndOfficers: "Inès Haddad, présidente",
  entityConvictions: "no",
  entityOtherInterests: "no",
  signingOfficerName: "Inès Haddad",
  signingOfficerTitle: "Présidente",
  entityDeclaration: "yes",
};

export async function startDraft(user: SessionUser): Promise<string> {
  const started = await startApplication(user, "liquor_sales_new");
  if (!started.ok) throw new Error(`could not start: ${started.reason}`);
  return started.id;
}

export async function fillEverything(user: SessionUser, id: string) {
  for (const [section, answers] of Object.entries(completeForms)) await saveSection(user, id, section, answers);
  for (const [section, item] of Object.entries(completeItems)) await saveListItem(user, id, section, null, item);
}

/** A document's row for a requirement (the file itself is the documents tests' business). */
export async function uploadDocumentRow(db: Database, user: SessionUser, id: string, requirement: string) {
  await db.document.create({
    data: {
      ownerId: user.id,
      applicationId: id,
      requirement,
      storageKey: `test-${id}-${requirement}`,
      originalName: `${requirement}.pdf`,
      mimeType: "application/pdf",
      sizeBytes: 10,
      sha256: "0".repeat(64),
    },
  });
}

export function uploadFloorPlan(db: Database, user: SessionUser, id: string) {
  return uploadDocumentRow(db, user, id, "floorPlan");
}

/** Pays an application awaiting payment by card, through the sandbox checkout's fulfilment. */
export async function payBySandboxCard(db: Database, user: SessionUser, id: string) {
  const started = await startCardPayment(user, id, "fr");
  if (!started.ok) throw new Error(started.reason);
  const paymentId = /sandbox\/([0-9a-f-]{36})$/.exec(started.url)?.[1] ?? "";
  const payment = await db.payment.findUniqueOrThrow({ where: { id: paymentId } });
  expect(
    await applyCardOutcome({
      eventId: `sandbox:${paymentId}:succeeded`,
      eventType: "sandbox",
      payment: { id: paymentId },
      result: "succeeded",
      amountCents: payment.amountCents,
      currency: "CAD",
      cardBrand: "visa",
    }),
  ).toMatchObject({ status: "applied" });
}

/** The token of the newest disclosure e-mail sent to this address, read from the outbox. */
export async function disclosureTokenFor(db: Database, email: string): Promise<string> {
  const message = await db.emailOutbox.findFirstOrThrow({
    where: { toAddress: email, template: "disclosureRequest" },
    orderBy: { createdAt: "desc" },
  });
  const match = /\/disclosures\/([A-Za-z0-9_-]{43})/.exec(message.textBody);
  if (!match?.[1]) throw new Error("no link in the e-mail");
  return match[1];
}

/** Sends the premises managers' requests and completes Luc Gagnon's manager's disclosure. */
export async function completeManagerDisclosure(db: Database, user: SessionUser, id: string) {
  expect(await sendDisclosureRequests(user, id, "premisesManagers", "fr")).toMatchObject({ ok: true });
  expect(await saveDisclosure(await disclosureTokenFor(db, "luc@example.com"), managerDisclosureAnswers)).toEqual({
    ok: true,
    completed: true,
  });
}

/** A complete application (2 years, $1,055) with its disclosures done: nothing missing. */
export async function completeApplication(db: Database, user: SessionUser): Promise<string> {
  const id = await startDraft(user);
  await fillEverything(user, id);
  await uploadFloorPlan(db, user, id);
  expect(await sendDisclosureRequests(user, id, "associatedPersons", "fr")).toMatchObject({ ok: true });
  expect(await saveDisclosure(await disclosureTokenFor(db, "camille@example.com"), disclosureAnswers)).toEqual({
    ok: true,
    completed: true,
  });
  await completeManagerDisclosure(db, user, id);
  return id;
}

/** The same, moved to "Awaiting payment" with its order. */
export async function applicationAwaitingPayment(db: Database, user: SessionUser): Promise<string> {
  const id = await completeApplication(db, user);
  expect(await payFeesAndSubmit(user, id, "fr")).toEqual({ ok: true });
  return id;
}
