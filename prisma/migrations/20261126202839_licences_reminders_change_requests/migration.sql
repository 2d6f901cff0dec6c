-- CreateEnum
CREATE TYPE "ReminderKind" AS ENUM ('days_60', 'days_7');

-- CreateEnum
CREATE TYPE "ChangeKind" AS ENUM ('address', 'licensed_area', 'capacity', 'other');

-- CreateEnum
CREATE TYPE "ChangeRequestStatus" AS ENUM ('open', 'handled');

-- CreateTable
CREATE TABLE "LicensedArea" (
    "id" UUID NOT NULL,
    "premisesId" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "indoor" BOOLEAN NOT NULL,
    "floor" TEXT NOT NULL,
    "capacity" INTEGER NOT NULL,

    CONSTRAINT "LicensedArea_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "LicenceReminder" (
    "id" UUID NOT NULL,
    "licenceId" UUID NOT NULL,
    "kind" "ReminderKind" NOT NULL,
    "expiresOn" DATE NOT NULL,
    "sentAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "LicenceReminder_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "LicenceDocument" (
    "id" UUID NOT NULL,
    "licenceId" UUID NOT NULL,
    "title" TEXT NOT NULL,
    "body" TEXT NOT NULL,
    "issuedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "LicenceDocument_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ChangeRequest" (
    "id" UUID NOT NULL,
    "reference" TEXT NOT NULL,
    "licenceId" UUID NOT NULL,
    "userId" UUID NOT NULL,
    "kind" "ChangeKind" NOT NULL,
    "description" TEXT NOT NULL,
    "status" "ChangeRequestStatus" NOT NULL DEFAULT 'open',
    "staffReply" TEXT,
    "handledById" UUID,
    "handledAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ChangeRequest_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "LicensedArea_premisesId_idx" ON "LicensedArea"("premisesId");

-- CreateIndex
CREATE UNIQUE INDEX "LicenceReminder_licenceId_kind_expiresOn_key" ON "LicenceReminder"("licenceId", "kind", "expiresOn");

-- CreateIndex
CREATE INDEX "LicenceDocument_licenceId_issuedAt_idx" ON "LicenceDocument"("licenceId", "issuedAt");

-- CreateIndex
CREATE UNIQUE INDEX "ChangeRequest_reference_key" ON "ChangeRequest"("reference");

-- CreateIndex
CREATE INDEX "ChangeRequest_status_createdAt_idx" ON "ChangeRequest"("status", "createdAt");

-- CreateIndex
CREATE INDEX "ChangeRequest_licenceId_createdAt_idx" ON "ChangeRequest"("licenceId", "createdAt");

-- AddForeignKey
ALTER TABLE "LicensedArea" ADD CONSTRAINT "LicensedArea_premisesId_fkey" FOREIGN KEY ("premisesId") REFERENCES "Premises"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "LicenceReminder" ADD CONSTRAINT "LicenceReminder_licenceId_fkey" FOREIGN KEY ("licenceId") REFERENCES "Licence"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "LicenceDocument" ADD CONSTRAINT "LicenceDocument_licenceId_fkey" FOREIGN KEY ("licenceId") REFERENCES "Licence"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ChangeRequest" ADD CONSTRAINT "ChangeRequest_licenceId_fkey" FOREIGN KEY ("licenceId") REFERENCES "Licence"("id") ON DELETE CASCADE ON UPDATE CASCADE;
