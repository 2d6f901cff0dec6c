-- CreateEnum
CREATE TYPE "AmendmentType" AS ENUM ('change', 'transfer');

-- AlterEnum
ALTER TYPE "EntityType" ADD VALUE 'individual';

-- AlterEnum
ALTER TYPE "LinkVia" ADD VALUE 'self';

-- AlterEnum
ALTER TYPE "ApplicationType" ADD VALUE 'transfer';

-- AlterEnum
ALTER TYPE "FeeAction" ADD VALUE 'transfer';

-- AlterTable
ALTER TABLE "Entity" ADD COLUMN     "personUserId" UUID;

-- AlterTable
ALTER TABLE "Licence" ADD COLUMN     "details" JSONB,
ALTER COLUMN "termYears" DROP NOT NULL;

-- CreateTable
CREATE TABLE "LicenceAmendment" (
    "id" UUID NOT NULL,
    "licenceId" UUID NOT NULL,
    "applicationId" UUID NOT NULL,
    "type" "AmendmentType" NOT NULL,
    "before" JSONB NOT NULL,
    "after" JSONB NOT NULL,
    "occurredAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "LicenceAmendment_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "LicenceAmendment_licenceId_occurredAt_idx" ON "LicenceAmendment"("licenceId", "occurredAt");

-- CreateIndex
CREATE UNIQUE INDEX "Entity_personUserId_key" ON "Entity"("personUserId");

-- AddForeignKey
ALTER TABLE "LicenceAmendment" ADD CONSTRAINT "LicenceAmendment_licenceId_fkey" FOREIGN KEY ("licenceId") REFERENCES "Licence"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- One change application at a time per licence, as for renewals: two at once would each be judged
-- against areas the other is changing. Written by hand: Prisma's schema has no partial unique index.
CREATE UNIQUE INDEX "Application_one_open_change_per_licence" ON "Application"("licenceId")
  WHERE "type" = 'change' AND "status" NOT IN ('withdrawn', 'refused', 'approved');
