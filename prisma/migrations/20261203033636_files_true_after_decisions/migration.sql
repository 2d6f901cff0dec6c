-- AlterEnum
ALTER TYPE "LinkVia" ADD VALUE 'person_on_file';

-- AlterEnum
-- This migration adds more than one value to an enum.
-- With PostgreSQL versions 11 and earlier, this is not possible
-- in a single migration. This can be worked around by creating
-- multiple migrations, each migration adding only one value to
-- the enum.


ALTER TYPE "ChangeKind" ADD VALUE 'operating_name';
ALTER TYPE "ChangeKind" ADD VALUE 'contact';
ALTER TYPE "ChangeKind" ADD VALUE 'surrender';

-- AlterEnum
-- This migration adds more than one value to an enum.
-- With PostgreSQL versions 11 and earlier, this is not possible
-- in a single migration. This can be worked around by creating
-- multiple migrations, each migration adding only one value to
-- the enum.


ALTER TYPE "ChangeRequestStatus" ADD VALUE 'approved';
ALTER TYPE "ChangeRequestStatus" ADD VALUE 'refused';

-- DropIndex
DROP INDEX "EntityPerson_entityId_idx";

-- AlterTable
ALTER TABLE "EntityPerson" ADD COLUMN     "addReason" TEXT,
ADD COLUMN     "addedById" UUID,
ADD COLUMN     "applicationId" UUID,
ADD COLUMN     "endReason" TEXT,
ADD COLUMN     "endedById" UUID;

-- AlterTable
ALTER TABLE "Licence" ADD COLUMN     "suspendedUntil" DATE;

-- AlterTable
ALTER TABLE "LicenceStatusEvent" ADD COLUMN     "actorId" UUID;

-- AlterTable
ALTER TABLE "LicenceDocument" ADD COLUMN     "documentId" UUID,
ADD COLUMN     "issuedById" UUID,
ALTER COLUMN "body" DROP NOT NULL;

-- AlterTable
ALTER TABLE "ChangeRequest" ADD COLUMN     "after" JSONB,
ADD COLUMN     "before" JSONB,
ADD COLUMN     "proposed" JSONB;

-- AlterTable
ALTER TABLE "Document" ADD COLUMN     "changeRequestId" UUID;

-- CreateIndex
CREATE INDEX "EntityPerson_entityId_removedAt_idx" ON "EntityPerson"("entityId", "removedAt");

-- CreateIndex
CREATE UNIQUE INDEX "LicenceDocument_documentId_key" ON "LicenceDocument"("documentId");

-- CreateIndex
CREATE INDEX "Document_changeRequestId_idx" ON "Document"("changeRequestId");

-- AddForeignKey
ALTER TABLE "LicenceDocument" ADD CONSTRAINT "LicenceDocument_documentId_fkey" FOREIGN KEY ("documentId") REFERENCES "Document"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Document" ADD CONSTRAINT "Document_changeRequestId_fkey" FOREIGN KEY ("changeRequestId") REFERENCES "ChangeRequest"("id") ON DELETE SET NULL ON UPDATE CASCADE;
