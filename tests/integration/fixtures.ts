import type { SessionUser } from "@/lib/auth/session";
import { getDb } from "@/lib/db/client";
import { demoUsers } from "@/prisma/seed/demo-data";

/** The session of a demo account (see prisma/seed/demo-data.ts), as getCurrentUser would return it. */
export function demoSession(email: string): SessionUser {
  const user = demoUsers.find((candidate) => candidate.email === email);
  if (!user) throw new Error(`no demo user ${email}`);
  return {
    id: user.id,
    email: user.email,
    firstName: user.firstName,
    lastName: user.lastName,
    role: user.role,
    locale: user.locale,
  };
}

/** Demo ids the tests refer to. */
export const demo = {
  cormoran: "10000000-0000-4000-8000-000000000001",
  harbour: "10000000-0000-4000-8000-000000000002",
  deuxRives: "10000000-0000-4000-8000-000000000003",
  cormoranActiveLicence: "13000000-0000-4000-8000-000000000001",
  cormoranExpiringLicence: "13000000-0000-4000-8000-000000000002",
  harbourExpiredLicence: "13000000-0000-4000-8000-000000000011",
} as const;

let applicantCount = 0;

/** A fresh active applicant with no drafts and no links, as getCurrentUser would return it. */
export async function newApplicant(label = "applicant"): Promise<SessionUser> {
  applicantCount += 1;
  const user = await getDb().user.create({
    data: {
      email: `${label}${applicantCount}-${Date.now()}@example.com`,
      passwordHash: "x",
      status: "active",
      firstName: "Test",
      lastName: `Person${applicantCount}`,
      locale: "fr",
    },
  });
  return {
    id: user.id,
    email: user.email,
    firstName: user.firstName,
    lastName: user.lastName,
    role: user.role,
    locale: user.locale,
  };
}
