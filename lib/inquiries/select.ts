import type { Prisma } from "@/lib/db/generated/client";

/** What an inquiry's page shows of it, to the applicant and to staff alike. */
export const inquiryHeadingSelect = {
  id: true,
  reference: true,
  subject: true,
  status: true,
  createdAt: true,
  updatedAt: true,
} satisfies Prisma.InquirySelect;
