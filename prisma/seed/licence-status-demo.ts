import type { Database } from "@/lib/db/create-client";
import type { Locale, UserRole } from "@/lib/db/generated/client";
import { addDays, addYears, commissionToday, isoDateToUtc } from "@/lib/time/commission-date";

/**
 * Demo data for the licence status actions: three businesses each holding one liquor sales licence in
 * force, each with its own holder account (one French, two English), so that an officer
 * (officer@example.com) can suspend, cancel, reinstate or record a surrender on them without
 * touching the licences other demos and journeys rely on. Fixed ids, created only when missing.
 */

export const licenceStatusDemoUsers: Array<{
  id: string;
  email: string;
  firstName: string;
  lastName: string;
  role: UserRole;
  locale: Locale;
  phone: string;
}> = [
  {
    id: "00000000-0000-4000-8000-00000000a101",
    email: "camille.bouchard@example.com",
    firstName: "Camille",
    lastName: "Bouchard",
    role: "applicant",
    locale: "fr",
    phone: "819-555-0141",
  },
  {
    id: "00000000-0000-4000-8000-00000000a102",
    email: "ethan.clarke@example.com",
    firstName: "Ethan",
    lastName: "Clarke",
    role: "applicant",
    locale: "en",
    phone: "705-555-0142",
  },
  {
    id: "00000000-0000-4000-8000-00000000a103",
    email: "priya.nair@example.com",
    firstName: "Priya",
    lastName: "Nair",
    role: "applicant",
    locale: "en",
    phone: "807-555-0144",
  },
];

export const licenceStatusDemo = {
  ecluses: { entityId: "10000000-0000-4000-8000-00000000a101", licenceId: "13000000-0000-4000-8000-00000000a101" },
  northshore: { entityId: "10000000-0000-4000-8000-00000000a102", licenceId: "13000000-0000-4000-8000-00000000a102" },
  lakehead: { entityId: "10000000-0000-4000-8000-00000000a103", licenceId: "13000000-0000-4000-8000-00000000a103" },
} as const;

const businesses = [
  {
    ...licenceStatusDemo.ecluses,
    userId: "00000000-0000-4000-8000-00000000a101",
    legalName: "Café des Écluses inc.",
    operatingName: "Café des Écluses",
    businessNumber: "456123789",
    email: "bonjour@ecluses.example",
    phone: "819-555-0140",
    address: { line1: "8, rue des Écluses", city: "Hawkesbury", province: "ON", postalCode: "K6A 1B2", country: "CA" },
    premisesId: "12000000-0000-4000-8000-00000000a101",
    person: { firstName: "Camille", lastName: "Bouchard", title: "Présidente", email: "camille.bouchard@example.com" },
    personIds: [
      "11000000-0000-4000-8000-00000000a101",
      "11000000-0000-4000-8000-00000000a102",
      "11000000-0000-4000-8000-00000000a103",
    ],
    number: "LSL-2025-004101",
    linkId: "14000000-0000-4000-8000-00000000a101",
  },
  {
    ...licenceStatusDemo.northshore,
    userId: "00000000-0000-4000-8000-00000000a102",
    legalName: "Northshore Taproom Ltd.",
    operatingName: "Northshore Taproom",
    businessNumber: "789456123",
    email: "hello@northshore.example",
    phone: "705-555-0143",
    address: { line1: "210 Lakeshore Drive", city: "North Bay", province: "ON", postalCode: "P1A 2B3", country: "CA" },
    premisesId: "12000000-0000-4000-8000-00000000a102",
    person: { firstName: "Ethan", lastName: "Clarke", title: "President", email: "ethan.clarke@example.com" },
    personIds: [
      "11000000-0000-4000-8000-00000000a104",
      "11000000-0000-4000-8000-00000000a105",
      "11000000-0000-4000-8000-00000000a106",
    ],
    number: "LSL-2025-004102",
    linkId: "14000000-0000-4000-8000-00000000a102",
  },
  {
    ...licenceStatusDemo.lakehead,
    userId: "00000000-0000-4000-8000-00000000a103",
    legalName: "Lakehead Supper Club Ltd.",
    operatingName: "Lakehead Supper Club",
    businessNumber: "654987321",
    email: "hello@lakehead.example",
    phone: "807-555-0145",
    address: { line1: "45 Red River Road", city: "Thunder Bay", province: "ON", postalCode: "P7B 1A5", country: "CA" },
    premisesId: "12000000-0000-4000-8000-00000000a103",
    person: { firstName: "Priya", lastName: "Nair", title: "President", email: "priya.nair@example.com" },
    personIds: [
      "11000000-0000-4000-8000-00000000a107",
      "11000000-0000-4000-8000-00000000a108",
      "11000000-0000-4000-8000-00000000a109",
    ],
    number: "LSL-2025-004103",
    linkId: "14000000-0000-4000-8000-00000000a103",
  },
];

/** The businesses, their people, premises, licences and links (the accounts are created with the other demo users). */
export async function seedLicenceStatusDemo(db: Database, now: Date): Promise<number> {
  const today = commissionToday(now);
  const expiresOn = addDays(today, 500);
  const issuedOn = addYears(expiresOn, -2);
  let created = 0;
  for (const business of businesses) {
    if (await db.entity.findUnique({ where: { id: business.entityId }, select: { id: true } })) continue;
    await db.$transaction(async (tx) => {
      await tx.entity.create({
        data: {
          id: business.entityId,
          legalName: business.legalName,
          operatingName: business.operatingName,
          type: "corporation",
          businessNumber: business.businessNumber,
          email: business.email,
          phone: business.phone,
          mailingAddress: business.address,
          physicalAddress: business.address,
        },
      });
      // One person as officer, director and sole shareholder, as a small business often is.
      const [officerId = "", directorId = "", shareholderId = ""] = business.personIds;
      const { title, ...person } = business.person;
      await tx.entityPerson.createMany({
        data: [
          { id: officerId, entityId: business.entityId, ...person, title, role: "officer" },
          { id: directorId, entityId: business.entityId, ...person, role: "director" },
          {
            id: shareholderId,
            entityId: business.entityId,
            firstName: person.firstName,
            lastName: person.lastName,
            role: "shareholder",
            shareBasisPoints: 10000,
          },
        ],
      });
      await tx.premises.create({
        data: {
          id: business.premisesId,
          entityId: business.entityId,
          name: business.operatingName,
          address: business.address,
        },
      });
      await tx.licence.create({
        data: {
          id: business.licenceId,
          number: business.number,
          kind: "liquor_sales",
          status: "active",
          termYears: 2,
          entityId: business.entityId,
          premisesId: business.premisesId,
          issuedOn: isoDateToUtc(issuedOn),
          expiresOn: isoDateToUtc(expiresOn),
          statusEvents: { create: [{ status: "active", occurredAt: new Date(`${issuedOn}T17:00:00.000Z`) }] },
        },
      });
      await tx.accountLink.create({
        data: {
          id: business.linkId,
          userId: business.userId,
          entityId: business.entityId,
          via: "access_code",
          reportsAccess: false,
          createdAt: now,
        },
      });
    });
    created += 7;
  }
  return created;
}
