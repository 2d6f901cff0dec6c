/**
 * The benchmark's volume, loaded into an already migrated and seeded database in a few set-based
 * statements (generate_series), not row by row. BENCH_SCALE = 1 is issue 18's size: 50,000
 * accounts, 20,000 businesses, 25,000 licences in every state, 100,000 applications across every
 * kind and status with their timelines, 100,000 document records, 20,000 inquiries, and the demo
 * agent linked to 300 businesses. Ids are md5-derived from each row's number, so later statements
 * find a row without a lookup, and every run loads the same data.
 */
import type pg from "pg";
import { applicationKinds } from "@/lib/applications/registry";

export const baseCounts = {
  accounts: 50_000,
  businesses: 20_000,
  licences: 25_000,
  applications: 100_000,
  documents: 100_000,
  inquiries: 20_000,
};

export type Counts = typeof baseCounts & { agentBusinesses: number };

export function countsAt(scale: number): Counts {
  const at = (count: number) => Math.max(10, Math.round(count * scale));
  const counts = {
    accounts: at(baseCounts.accounts),
    businesses: at(baseCounts.businesses),
    licences: at(baseCounts.licences),
    applications: at(baseCounts.applications),
    documents: at(baseCounts.documents),
    inquiries: at(baseCounts.inquiries),
  };
  return { ...counts, agentBusinesses: Math.min(300, counts.businesses) };
}

/** The demo accounts the scenarios sign in as (prisma/seed/demo-data.ts). */
export const benchAccounts = {
  holder: "marie.tremblay@example.com",
  agent: "agent.conseil@example.com",
  officer: "officer@example.com",
  service: "service@example.com",
} as const;

/** The holder's draft, which the task list and section save scenarios open. */
export const holderDraftId = "b0000000-0000-4000-8000-00000000d2af";

/** A complete liquor sales licence application, in the engine's stored shape (lists hold `items`). */
const address = { line1: "123, rue Principale", city: "Ottawa", province: "ON", postalCode: "K1A 0A1" };
const liquorAnswers = {
  applicationType: { endorsements: [] },
  applicantType: { applicantType: "corporation" },
  applicantDetails: { legalName: "Bistro du Canal inc.", businessNumber: "512345678" },
  contactDetails: { contactName: "Camille Okonkwo", email: "camille@example.com", phone: "613-555-0123" },
  addresses: { mailing: address, physicalSameAsMailing: "yes", businessSameAsMailing: "yes" },
  associatedPersons: {
    items: [
      { id: "p1", firstName: "Camille", lastName: "Okonkwo", email: "camille@example.com", role: "officer" },
      { id: "p2", firstName: "Luc", lastName: "Gagnon", email: "luc@example.com", role: "director" },
    ],
  },
  premisesDetails: {
    premisesName: "Bistro du Canal",
    establishment: "restaurant",
    description: "Salle à manger et terrasse au bord du canal.",
  },
  premisesAddresses: { premisesPhysical: address, mailingSameAsPhysical: "yes" },
  premisesContact: {
    premisesContactName: "Camille Okonkwo",
    premisesContactEmail: "camille@example.com",
    premisesContactPhone: "613-555-0123",
  },
  premisesManagers: { items: [{ id: "m1", firstName: "Luc", lastName: "Gagnon", managerEmail: "luc@example.com" }] },
  licensedAreas: {
    items: [
      { id: "a1", areaName: "Salle", setting: "indoor", floor: "1", capacity: "60" },
      { id: "a2", areaName: "Terrasse", setting: "outdoor", floor: "1", capacity: "40" },
    ],
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

// prettier-ignore
const firstNames = [
  "Marie", "Jean", "Sophie", "Luc", "Julie", "Marc", "Isabelle", "Pierre", "Nathalie", "François", "Chantal", "Michel",
  "Émilie", "Louis", "Catherine", "Alexandre", "Geneviève", "Olivier", "Valérie", "Mathieu", "John", "Sarah", "Michael",
  "Emily", "David", "Jessica", "James", "Ashley", "Robert", "Amanda", "Daniel", "Jennifer", "Matthew", "Priya", "Wei",
  "Fatima", "Mohamed", "Aisha", "Hiroshi", "Ana",
];
// prettier-ignore
const lastNames = [
  "Tremblay", "Gagnon", "Roy", "Côté", "Bouchard", "Gauthier", "Morin", "Lavoie", "Fortin", "Gagné", "Ouellet",
  "Pelletier", "Bélanger", "Lévesque", "Bergeron", "Leblanc", "Paquette", "Girard", "Simard", "Boucher", "Caron",
  "Beaulieu", "Cloutier", "Dubé", "Poirier", "Fournier", "Lapointe", "Leclerc", "Lefebvre", "Poulin", "Smith", "Brown",
  "Wilson", "MacDonald", "Taylor", "Campbell", "Anderson", "Jones", "Martin", "Thompson", "Young", "Wright", "Scott",
  "Green", "Baker", "Patel", "Singh", "Chen", "Wong", "Nguyen", "Li", "Kim", "Ahmed", "Khan", "Haddad", "Santos",
  "Kowalski", "O'Brien", "Murphy", "Walsh",
];
// prettier-ignore
const businessWords = [
  "Cormoran", "Écluses", "Rideau", "Outaouais", "Érable", "Boréal", "Harbourfront", "Northshore", "Kingsway", "Lakeview",
  "Riverside", "Maple", "Laurentides", "Gatineau", "Capitale", "Belvédère", "Promenade", "Vieux-Port", "Horizon",
  "Sommet", "Carrefour", "Colline", "Quai", "Prairie", "Bytown", "Glebe", "Westboro", "Hintonburg", "Vanier", "Orléans",
];
const businessTypes = ["Bistro", "Brasserie", "Café", "Restaurant", "Pub", "Taverne", "Épicerie", "Club", "Hôtel"];
const cities = ["Ottawa", "Gatineau", "Kingston", "Toronto", "Sudbury", "Cornwall", "Hawkesbury", "Pembroke"];

/** Licence kinds, repeated by how common each is. */
const licenceKinds = [
  ...Array<string>(6).fill("liquor_sales"),
  "liquor_delivery",
  "grocery_store",
  ...Array<string>(2).fill("special_occasion_permit"),
  "charitable_gaming",
  "gaming_registration",
  "horse_racing",
  "charitable_gaming_eligibility",
  "lottery_retailer",
];
const licencePrefixes: Record<string, string> = {
  liquor_sales: "LSL",
  liquor_delivery: "LDL",
  grocery_store: "GRS",
  special_occasion_permit: "SOP",
  charitable_gaming: "LOT",
  gaming_registration: "GMR",
  horse_racing: "HRL",
  charitable_gaming_eligibility: "CGE",
  lottery_retailer: "LRR",
};

/** The path each status took, as the status writer records it (lib/applications/status.ts). */
const timelines: Record<string, [status: string, event: string][]> = {
  draft: [["draft", "start"]],
  awaiting_payment: [
    ["draft", "start"],
    ["awaiting_payment", "payFeesAndSubmit"],
  ],
  submitted: [
    ["draft", "start"],
    ["awaiting_payment", "payFeesAndSubmit"],
    ["submitted", "confirmPayment"],
  ],
  under_review: [
    ["draft", "start"],
    ["awaiting_payment", "payFeesAndSubmit"],
    ["submitted", "confirmPayment"],
    ["under_review", "startReview"],
  ],
  information_requested: [
    ["draft", "start"],
    ["awaiting_payment", "payFeesAndSubmit"],
    ["submitted", "confirmPayment"],
    ["under_review", "startReview"],
    ["information_requested", "requestInformation"],
  ],
  approved: [
    ["draft", "start"],
    ["awaiting_payment", "payFeesAndSubmit"],
    ["submitted", "confirmPayment"],
    ["under_review", "startReview"],
    ["approved", "approve"],
  ],
  refused: [
    ["draft", "start"],
    ["awaiting_payment", "payFeesAndSubmit"],
    ["submitted", "confirmPayment"],
    ["under_review", "startReview"],
    ["refused", "refuse"],
  ],
  withdrawn: [
    ["draft", "start"],
    ["awaiting_payment", "payFeesAndSubmit"],
    ["submitted", "confirmPayment"],
    ["withdrawn", "withdraw"],
  ],
};

/** Application statuses, repeated by how common each is (out of 20): 35 % in the officers' queue. */
const applicationStatusMix = [
  ...Array<string>(4).fill("draft"),
  "awaiting_payment",
  ...Array<string>(3).fill("submitted"),
  ...Array<string>(3).fill("under_review"),
  "information_requested",
  ...Array<string>(5).fill("approved"),
  "refused",
  ...Array<string>(2).fill("withdrawn"),
];

const sqlText = (value: string) => `'${value.replace(/'/g, "''")}'`;
const sqlArray = (values: readonly string[]) => `ARRAY[${values.map(sqlText).join(", ")}]::text[]`;
/** The row's id: the same for the same table and number on every run. */
const idOf = (table: string, number: string) => `md5('bench-${table}-' || (${number}))::uuid`;

export type LoadStep = { name: string; rows: number; seconds: number };

/** Loads the volume; returns what each step inserted and how long it took. */
export async function loadDataset(db: pg.Client, counts: Counts, log: (line: string) => void): Promise<LoadStep[]> {
  const steps: LoadStep[] = [];
  const step = async (name: string, sql: string, params: unknown[] = []) => {
    const started = performance.now();
    const result = await db.query(sql, params);
    const seconds = (performance.now() - started) / 1000;
    steps.push({ name, rows: result.rowCount ?? 0, seconds });
    log(`  ${name}: ${result.rowCount ?? 0} rows in ${seconds.toFixed(1)} s`);
  };
  const { accounts, businesses, licences, applications, documents, inquiries, agentBusinesses } = counts;
  const staffId = (email: string) => `(SELECT id FROM "User" WHERE email = ${sqlText(email)})`;

  await step(
    "accounts",
    `INSERT INTO "User" (id, email, "passwordHash", status, role, "firstName", "lastName", phone, locale,
       "activatedAt", "createdAt", "updatedAt")
     SELECT ${idOf("user", "i")}, 'bench.account.' || i || '@bench.example',
       -- No password hashes to this: nobody signs in as these accounts.
       '!bench-account-without-password', 'active', 'applicant',
       f.names[1 + i % array_length(f.names, 1)], l.names[1 + (i / 7) % array_length(l.names, 1)],
       '613-555-' || lpad((i % 10000)::text, 4, '0'), (CASE WHEN i % 3 = 0 THEN 'en' ELSE 'fr' END)::"Locale",
       now() - (i % 900) * interval '1 day', now() - (i % 900) * interval '1 day', now()
     FROM generate_series(1, $1::int) AS i, (SELECT ${sqlArray(firstNames)} AS names) AS f,
       (SELECT ${sqlArray(lastNames)} AS names) AS l`,
    [accounts],
  );

  await step(
    "businesses",
    `INSERT INTO "Entity" (id, "legalName", "operatingName", type, "businessNumber", email, phone,
       "mailingAddress", "physicalAddress", "createdAt", "updatedAt")
     SELECT ${idOf("entity", "i")},
       l.names[1 + i % array_length(l.names, 1)] || ' ' || w.words[1 + (i / 60) % array_length(w.words, 1)]
         || (CASE i % 3 WHEN 0 THEN ' inc.' WHEN 1 THEN ' Ltd.' ELSE ' enr.' END) || ' ' || i,
       t.words[1 + i % array_length(t.words, 1)] || ' ' || w.words[1 + (i / 7) % array_length(w.words, 1)],
       (ARRAY['corporation', 'partnership', 'limited_partnership', 'sole_proprietorship', 'association',
              'non_profit', 'corporation', 'corporation'])[1 + i % 8]::"EntityType",
       '5' || lpad(i::text, 8, '0'), 'contact.' || i || '@bench.example', '613-555-' || lpad((i % 10000)::text, 4, '0'),
       jsonb_build_object('line1', (1 + i % 999) || ', rue Principale', 'city', c.names[1 + i % array_length(c.names, 1)],
         'province', 'ON', 'postalCode', 'K1A 0A1'),
       jsonb_build_object('line1', (1 + i % 999) || ', rue Principale', 'city', c.names[1 + i % array_length(c.names, 1)],
         'province', 'ON', 'postalCode', 'K1A 0A1'),
       now() - (i % 2000) * interval '1 day', now()
     FROM generate_series(1, $1::int) AS i, (SELECT ${sqlArray(lastNames)} AS names) AS l,
       (SELECT ${sqlArray(businessWords)} AS words) AS w, (SELECT ${sqlArray(businessTypes)} AS words) AS t,
       (SELECT ${sqlArray(cities)} AS names) AS c`,
    [businesses],
  );

  await step(
    "premises",
    `INSERT INTO "Premises" (id, "entityId", name, address, "createdAt")
     SELECT ${idOf("premises", "i")}, ${idOf("entity", "i")}, e."operatingName", e."physicalAddress", e."createdAt"
     FROM generate_series(1, $1::int) AS i JOIN "Entity" e ON e.id = ${idOf("entity", "i")}`,
    [businesses],
  );

  // Every state: 60 % active (a tenth of them within 60 days of expiry), 15 % expired, 5 % suspended,
  // 10 % surrendered, 10 % cancelled.
  await step(
    "licences",
    `INSERT INTO "Licence" (id, number, kind, status, "entityId", "premisesId", "termYears", "issuedOn", "expiresOn",
       "suspendedUntil", "createdAt", "updatedAt")
     SELECT ${idOf("licence", "i")}, p.prefixes->>k.kind || '-' || (2021 + i % 5) || '-' || lpad((100000 + i)::text, 6, '0'),
       k.kind::"LicenceKind", s.status::"LicenceStatus", ${idOf("entity", "1 + i % $2::int")},
       CASE WHEN k.kind IN ('liquor_sales', 'liquor_delivery', 'grocery_store') THEN ${idOf("premises", "1 + i % $2::int")} END,
       CASE WHEN k.kind = 'special_occasion_permit' THEN NULL ELSE 1 + i % 3 END,
       s.expires - (CASE WHEN k.kind = 'special_occasion_permit' THEN 1 ELSE 365 * (1 + i % 3) END),
       s.expires, CASE WHEN s.status = 'suspended' THEN current_date + 30 + i % 60 END,
       now() - (i % 1000) * interval '1 day', now()
     FROM generate_series(1, $1::int) AS i
     CROSS JOIN LATERAL (SELECT (${sqlArray(licenceKinds)})[1 + i % ${licenceKinds.length}] AS kind) AS k
     CROSS JOIN LATERAL (SELECT CASE
         WHEN i % 20 < 12 THEN 'active' WHEN i % 20 < 15 THEN 'expired' WHEN i % 20 < 16 THEN 'suspended'
         WHEN i % 20 < 18 THEN 'surrendered' ELSE 'cancelled' END AS status,
       CASE WHEN i % 20 < 12 THEN current_date + (CASE WHEN i % 10 = 0 THEN i % 60 ELSE 60 + i % 1000 END)
         ELSE current_date - 1 - i % 700 END AS expires) AS s,
     (SELECT $3::jsonb AS prefixes) AS p`,
    [licences, businesses, JSON.stringify(licencePrefixes)],
  );

  await step(
    "licence timelines",
    `INSERT INTO "LicenceStatusEvent" (id, "licenceId", status, reason, "actorId", "occurredAt")
     SELECT gen_random_uuid(), l.id, 'active'::"LicenceStatus", NULL, NULL, l."issuedOn" FROM "Licence" l
     WHERE l.id = ANY (SELECT ${idOf("licence", "i")} FROM generate_series(1, $1::int) AS i)
     UNION ALL
     SELECT gen_random_uuid(), l.id, l.status, 'Benchmark data', ${staffId(benchAccounts.officer)},
       least(l."expiresOn", current_date - 1)
     FROM "Licence" l
     WHERE l.status <> 'active' AND l.id = ANY (SELECT ${idOf("licence", "i")} FROM generate_series(1, $1::int) AS i)`,
    [licences],
  );

  await step(
    "account links",
    `INSERT INTO "AccountLink" (id, "userId", "entityId", via, "reportsAccess", "createdAt")
     SELECT gen_random_uuid(), ${idOf("user", "1 + (i * 7) % $2::int")}, ${idOf("entity", "i")}, 'access_code'::"LinkVia",
       i % 4 = 0, now() - (i % 500) * interval '1 day'
     FROM generate_series(1, $1::int) AS i
     UNION ALL
     SELECT gen_random_uuid(), ${idOf("user", "1 + (i * 13 + 5) % $2::int")}, ${idOf("entity", "i")}, 'access_code'::"LinkVia",
       false, now() - (i % 300) * interval '1 day'
     FROM generate_series(1, $1::int) AS i WHERE i % 3 = 0
     ON CONFLICT ("userId", "entityId") DO NOTHING`,
    [businesses, accounts],
  );

  // The agent: linked to as many businesses as it takes to reach 300 (the demo links it to a few).
  const agent = await db.query<{ id: string; linked: number }>(
    `SELECT id, (SELECT count(*)::int FROM "AccountLink" WHERE "userId" = u.id AND "revokedAt" IS NULL) AS linked
     FROM "User" u WHERE email = $1`,
    [benchAccounts.agent],
  );
  const agentRow = agent.rows[0];
  if (!agentRow) throw new Error(`The demo seed has no ${benchAccounts.agent}: run it before the volume.`);
  const agentLinks = Math.max(0, agentBusinesses - agentRow.linked);
  await step(
    "agent links",
    `INSERT INTO "AccountLink" (id, "userId", "entityId", via, "reportsAccess", "createdAt")
     SELECT gen_random_uuid(), $2::uuid, ${idOf("entity", "i")}, 'access_code'::"LinkVia", false, now() - i * interval '1 day'
     FROM generate_series(1, $1::int) AS i`,
    [agentLinks, agentRow.id],
  );

  // Applications: every kind in turn, statuses by applicationStatusMix. A kind filed on a licence
  // takes a licence of the kind it is for; the agent's businesses' files are the agent's.
  const kinds = applicationKinds.all();
  await db.query(`DROP TABLE IF EXISTS bench_kind; DROP TABLE IF EXISTS bench_licence_pick`);
  await db.query(
    `CREATE TEMP TABLE bench_kind AS
     SELECT (pos - 1)::int AS pos, id, prefix, type, licence_kind, requirement
     FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[])
       WITH ORDINALITY AS k(id, prefix, type, licence_kind, requirement, pos)`,
    [
      kinds.map((kind) => kind.id),
      kinds.map((kind) => kind.prefix),
      kinds.map((kind) => kind.type),
      kinds.map((kind) => kind.onLicence?.licenceKinds[0] ?? null),
      kinds.map((kind) => kind.documents[0]?.id ?? null),
    ],
  );
  await db.query(
    `CREATE TEMP TABLE bench_licence_pick AS
     SELECT l.kind::text AS kind, l.id, 1 + i % $2::int AS entity,
       row_number() OVER (PARTITION BY l.kind ORDER BY l.number) AS rn
     FROM generate_series(1, $1::int) AS i JOIN "Licence" l ON l.id = ${idOf("licence", "i")}`,
    [licences, businesses],
  );
  // How many licences each kind can pick from, beside the kind: the join below is then an equality.
  await db.query(`ALTER TABLE bench_kind ADD COLUMN licences int`);
  await db.query(
    `UPDATE bench_kind k SET licences = (SELECT count(*) FROM bench_licence_pick p WHERE p.kind = k.licence_kind)`,
  );
  await db.query(`ANALYZE bench_kind; ANALYZE bench_licence_pick`);
  const templates = await db.query<{ kind: string; answers: unknown }>(
    `SELECT DISTINCT ON (kind) kind, answers FROM "Application" ORDER BY kind, length(answers::text) DESC`,
  );
  const answersByKind: Record<string, unknown> = Object.fromEntries(
    templates.rows.map((row) => [row.kind, row.answers]),
  );
  for (const kind of kinds) if (kind.id.startsWith("liquor_sales")) answersByKind[kind.id] ??= liquorAnswers;
  const alphabet = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
  // Six characters, the first always 0 (the demo's file numbers start otherwise): unique per row.
  const suffix = [4, 3, 2, 1, 0].map((power) => `substr('${alphabet}', 1 + (i / ${32 ** power}) % 32, 1)`).join(" || ");
  await step(
    "applications",
    `INSERT INTO "Application" (id, "fileNumber", kind, type, status, "userId", "entityId", "licenceId", answers,
       "createdAt", "updatedAt", "submittedAt", "assignedToId", "decidedAt")
     SELECT ${idOf("application", "i")},
       k.prefix || '-' || (CASE k.type WHEN 'new' THEN 'N' WHEN 'renewal' THEN 'R' WHEN 'change' THEN 'C'
         WHEN 'transfer' THEN 'T' ELSE 'D' END) || '-' || extract(year FROM d.created)::int || '-0' || ${suffix},
       k.id, k.type::"ApplicationType", s.status::"ApplicationStatus",
       CASE WHEN e.n <= $5::int THEN ${staffId(benchAccounts.agent)} ELSE ${idOf("user", "1 + (i * 31) % $2::int")} END,
       ${idOf("entity", "e.n")}, lp.id, coalesce(t.answers -> k.id, '{}'::jsonb),
       d.created, d.created + interval '3 days', CASE WHEN s.status <> 'draft' THEN d.created + interval '2 days' END,
       CASE WHEN s.status IN ('under_review', 'information_requested', 'approved', 'refused') AND i % 4 <> 0
         THEN ${staffId(benchAccounts.officer)} END,
       CASE WHEN s.status IN ('approved', 'refused') THEN d.created + interval '20 days' END
     FROM generate_series(1, $1::int) AS i
     JOIN bench_kind k ON k.pos = i % ${kinds.length}
     LEFT JOIN bench_licence_pick lp
       ON lp.kind = k.licence_kind AND lp.rn = 1 + (i / ${kinds.length}) % greatest(k.licences, 1)
     -- One open renewal or change per licence (a partial unique index): once a kind has used every
     -- licence of its licence kind, its further files on them are decided ones.
     CROSS JOIN LATERAL (SELECT CASE
       WHEN k.type IN ('renewal', 'change') AND (i / ${kinds.length}) >= k.licences AND m.status NOT IN ('approved', 'refused', 'withdrawn')
       THEN 'approved' ELSE m.status END AS status
       FROM (SELECT (${sqlArray(applicationStatusMix)})[1 + (i / ${kinds.length}) % 20] AS status) AS m) AS s
     -- The business: the licence's, or one in turn.
     CROSS JOIN LATERAL (SELECT coalesce(lp.entity, 1 + (i * 13) % $3::int) AS n) AS e
     -- Files in the queue are recent; the others span two years.
     CROSS JOIN LATERAL (SELECT now() - (CASE WHEN s.status IN ('submitted', 'under_review', 'information_requested')
       THEN (i * 7919) % (90 * 24) ELSE (i * 7919) % (730 * 24) END) * interval '1 hour' AS created) AS d
     CROSS JOIN (SELECT $4::jsonb AS answers) AS t`,
    [applications, accounts, businesses, JSON.stringify(answersByKind), agentLinks],
  );

  const paths = Object.entries(timelines).flatMap(([status, path]) =>
    path.map(([eventStatus, event], index) => ({ status, step: index, eventStatus, event })),
  );
  await step(
    "application timelines",
    `INSERT INTO "ApplicationStatusEvent" (id, "applicationId", status, event, "actorId", note, "occurredAt")
     SELECT gen_random_uuid(), a.id, p."eventStatus"::"ApplicationStatus", p.event,
       CASE WHEN p.event IN ('startReview', 'requestInformation', 'approve', 'refuse')
         THEN coalesce(a."assignedToId", ${staffId(benchAccounts.officer)}) WHEN p.event = 'confirmPayment' THEN NULL
         ELSE a."userId" END,
       CASE p.event WHEN 'requestInformation' THEN 'Please send the floor plan of the terrace.'
         WHEN 'refuse' THEN 'The premises do not meet the zoning by-law.' END,
       a."createdAt" + p.step * interval '1 day'
     FROM generate_series(1, $1::int) AS i
     JOIN "Application" a ON a.id = ${idOf("application", "i")}
     JOIN jsonb_to_recordset($2::jsonb) AS p(status text, step int, "eventStatus" text, event text)
       ON p.status = a.status::text`,
    [applications, JSON.stringify(paths)],
  );

  await step(
    "documents",
    `INSERT INTO "Document" (id, "ownerId", "applicationId", requirement, "storageKey", "originalName", "mimeType",
       "sizeBytes", sha256, "createdAt")
     SELECT ${idOf("document", "i")}, a."userId", a.id, k.requirement, 'bench/' || i || '.pdf',
       (ARRAY['plan-salle.pdf', 'statuts.pdf', 'etats-financiers-2025.pdf', 'piece-identite.pdf', 'floor-plan.pdf'])[1 + i % 5],
       'application/pdf', 20000 + (i * 7919) % 2000000, encode(sha256(('bench-' || i)::bytea), 'hex'),
       a."createdAt" + interval '1 hour'
     FROM generate_series(1, $1::int) AS i
     JOIN "Application" a ON a.id = ${idOf("application", "1 + (i * 17) % $2::int")}
     JOIN bench_kind k ON k.id = a.kind`,
    [documents, applications],
  );

  await step(
    "inquiries",
    `INSERT INTO "Inquiry" (id, reference, "userId", "entityId", subject, status, "createdAt", "updatedAt", "closedAt")
     SELECT ${idOf("inquiry", "i")}, 'INQ-' || (2021 + i % 5) || '-' || lpad(i::text, 6, '0'),
       ${idOf("user", "1 + (i * 7) % $2::int")}, CASE WHEN i % 2 = 0 THEN ${idOf("entity", "1 + i % $3::int")} END,
       (ARRAY['other', 'other', 'remove_person', 'close_account'])[1 + i % 4]::"InquirySubject",
       (ARRAY['open', 'answered', 'closed'])[1 + i % 3]::"InquiryStatus",
       now() - (i % 700) * interval '1 day', now() - (i % 700) * interval '1 day' + interval '2 days',
       CASE WHEN i % 3 = 2 THEN now() - (i % 700) * interval '1 day' + interval '3 days' END
     FROM generate_series(1, $1::int) AS i`,
    [inquiries, accounts, businesses],
  );
  await step(
    "inquiry messages",
    `INSERT INTO "InquiryMessage" (id, "inquiryId", "authorId", "fromStaff", body, "createdAt")
     SELECT gen_random_uuid(), q.id, q."userId", false,
       'Bonjour, je voudrais savoir où en est notre demande et s’il manque un document. Merci.', q."createdAt"
     FROM generate_series(1, $1::int) AS i JOIN "Inquiry" q ON q.id = ${idOf("inquiry", "i")}
     UNION ALL
     SELECT gen_random_uuid(), q.id, ${staffId(benchAccounts.service)}, true,
       'Bonjour, votre dossier est complet et un agent l’examine. Nous vous écrirons dès qu’il aura décidé.',
       q."createdAt" + interval '1 day'
     FROM generate_series(1, $1::int) AS i JOIN "Inquiry" q ON q.id = ${idOf("inquiry", "i")}
     WHERE q.status <> 'open'`,
    [inquiries],
  );

  // The holder's own draft, half done: the task list and the section save open it.
  await step(
    "holder's draft",
    `INSERT INTO "Application" (id, "fileNumber", kind, type, status, "userId", answers, "createdAt", "updatedAt")
     SELECT $1::uuid, 'LSL-N-' || extract(year FROM now())::int || '-0BENCH', 'liquor_sales_new', 'new', 'draft', u.id,
       $2::jsonb, now() - interval '2 days', now() - interval '2 days'
     FROM "User" u WHERE u.email = $3`,
    [
      holderDraftId,
      JSON.stringify({
        applicationType: liquorAnswers.applicationType,
        premisesDetails: liquorAnswers.premisesDetails,
        applicantType: liquorAnswers.applicantType,
        applicantDetails: liquorAnswers.applicantDetails,
      }),
      benchAccounts.holder,
    ],
  );
  await step(
    "holder's draft timeline",
    `INSERT INTO "ApplicationStatusEvent" (id, "applicationId", status, event, "actorId", "occurredAt")
     SELECT gen_random_uuid(), a.id, 'draft', 'start', a."userId", a."createdAt" FROM "Application" a WHERE a.id = $1::uuid`,
    [holderDraftId],
  );
  return steps;
}
