/**
 * Demo data for change requests (lib/change-requests): two holders, one per language, each with a
 * liquor sales licence of its own at its own premises, so a reviewer (and the journeys in
 * tests/e2e/change-requests.spec.ts) can ask for and decide changes without touching the licences
 * other journeys read. Spread into the demo lists by demo-data.ts.
 */

const address = (line1: string, city: string, postalCode: string) => ({
  line1,
  city,
  province: "ON",
  postalCode,
  country: "CA",
});

export const changeRequestDemoUsers = [
  {
    id: "00000000-0000-4000-8000-00000000c401",
    email: "sophie.caron@example.com",
    firstName: "Sophie",
    lastName: "Caron",
    role: "applicant" as const,
    locale: "fr" as const,
    phone: "613-555-0171",
  },
  {
    id: "00000000-0000-4000-8000-00000000c402",
    email: "ryan.oconnor@example.com",
    firstName: "Ryan",
    lastName: "O’Connor",
    role: "applicant" as const,
    locale: "en" as const,
    phone: "613-555-0172",
  },
];

export const changeRequestDemoEntities = [
  {
    id: "10000000-0000-4000-8000-00000000c401",
    legalName: "Café du Canal inc.",
    operatingName: "Café du Canal",
    type: "corporation" as const,
    businessNumber: "612345789",
    email: "bonjour@cafeducanal.example",
    phone: "613-555-0181",
    address: address("12, rue du Canal", "Ottawa", "K1N 5A1"),
    people: [
      {
        id: "11000000-0000-4000-8000-00000000c401",
        firstName: "Sophie",
        lastName: "Caron",
        role: "officer" as const,
        title: "Présidente",
        email: "sophie.caron@example.com",
      },
      {
        id: "11000000-0000-4000-8000-00000000c402",
        firstName: "Sophie",
        lastName: "Caron",
        role: "shareholder" as const,
        shareBasisPoints: 10000,
      },
      {
        id: "11000000-0000-4000-8000-00000000c405",
        firstName: "Marc",
        lastName: "Caron",
        role: "director" as const,
      },
    ],
    premises: [
      {
        id: "12000000-0000-4000-8000-00000000c401",
        name: "Café du Canal",
        address: address("12, rue du Canal", "Ottawa", "K1N 5A1"),
      },
    ],
    licences: [
      {
        id: "13000000-0000-4000-8000-00000000c401",
        number: "LSL-2025-000901",
        kind: "liquor_sales" as const,
        status: "active" as const,
        termYears: 2,
        expiresInDays: 500,
      },
    ],
  },
  {
    id: "10000000-0000-4000-8000-00000000c402",
    legalName: "Riverside Taproom Ltd.",
    operatingName: "Riverside Taproom",
    type: "corporation" as const,
    businessNumber: "723456189",
    email: "hello@riversidetaproom.example",
    phone: "613-555-0182",
    address: address("88 River Road", "Ottawa", "K1V 1C3"),
    people: [
      {
        id: "11000000-0000-4000-8000-00000000c403",
        firstName: "Ryan",
        lastName: "O’Connor",
        role: "officer" as const,
        title: "President",
        email: "ryan.oconnor@example.com",
      },
      {
        id: "11000000-0000-4000-8000-00000000c404",
        firstName: "Ryan",
        lastName: "O’Connor",
        role: "shareholder" as const,
        shareBasisPoints: 10000,
      },
      {
        id: "11000000-0000-4000-8000-00000000c406",
        firstName: "Aisha",
        lastName: "Bello",
        role: "director" as const,
      },
    ],
    premises: [
      {
        id: "12000000-0000-4000-8000-00000000c402",
        name: "Riverside Taproom",
        address: address("88 River Road", "Ottawa", "K1V 1C3"),
      },
    ],
    licences: [
      {
        id: "13000000-0000-4000-8000-00000000c402",
        number: "LSL-2025-000902",
        kind: "liquor_sales" as const,
        status: "active" as const,
        termYears: 2,
        expiresInDays: 520,
      },
    ],
  },
];

export const changeRequestDemoLinks = [
  {
    id: "14000000-0000-4000-8000-00000000c401",
    userId: "00000000-0000-4000-8000-00000000c401",
    entityId: "10000000-0000-4000-8000-00000000c401",
    reportsAccess: false,
  },
  {
    id: "14000000-0000-4000-8000-00000000c402",
    userId: "00000000-0000-4000-8000-00000000c402",
    entityId: "10000000-0000-4000-8000-00000000c402",
    reportsAccess: false,
  },
];

export const changeRequestDemoAreas = [
  {
    id: "16000000-0000-4000-8000-00000000c401",
    premisesId: "12000000-0000-4000-8000-00000000c401",
    name: "Salle principale",
    indoor: true,
    floor: "Rez-de-chaussée",
    capacity: 70,
  },
  {
    id: "16000000-0000-4000-8000-00000000c402",
    premisesId: "12000000-0000-4000-8000-00000000c402",
    name: "Taproom",
    indoor: true,
    floor: "Ground floor",
    capacity: 110,
  },
  {
    id: "16000000-0000-4000-8000-00000000c403",
    premisesId: "12000000-0000-4000-8000-00000000c402",
    name: "River patio",
    indoor: false,
    floor: "Ground floor",
    capacity: 60,
  },
];
