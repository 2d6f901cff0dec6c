-- CreateEnum
CREATE TYPE "Locale" AS ENUM ('fr', 'en');

-- CreateEnum
CREATE TYPE "UserRole" AS ENUM ('applicant', 'customer_service', 'licensing_officer', 'admin');

-- CreateEnum
CREATE TYPE "UserStatus" AS ENUM ('pending', 'active', 'disabled');

-- CreateEnum
CREATE TYPE "EntityType" AS ENUM ('corporation', 'partnership', 'limited_partnership', 'sole_proprietorship', 'association', 'first_nation', 'non_profit', 'municipality', 'other');

-- CreateEnum
CREATE TYPE "EntityPersonRole" AS ENUM ('officer', 'director', 'shareholder', 'partner', 'sole_proprietor', 'premises_manager');

-- CreateEnum
CREATE TYPE "LicenceKind" AS ENUM ('liquor_sales', 'liquor_delivery', 'grocery_store', 'special_occasion_permit', 'charitable_gaming', 'gaming_registration', 'horse_racing');

-- CreateEnum
CREATE TYPE "LicenceStatus" AS ENUM ('active', 'expired', 'suspended', 'surrendered', 'cancelled');

-- CreateTable
CREATE TABLE "User" (
    "id" UUID NOT NULL,
    "email" TEXT NOT NULL,
    "passwordHash" TEXT NOT NULL,
    "status" "UserStatus" NOT NULL DEFAULT 'pending',
    "role" "UserRole" NOT NULL DEFAULT 'applicant',
    "firstName" TEXT NOT NULL,
    "lastName" TEXT NOT NULL,
    "phone" TEXT,
    "dateOfBirth" DATE,
    "locale" "Locale" NOT NULL DEFAULT 'fr',
    "sessionVersion" INTEGER NOT NULL DEFAULT 0,
    "activatedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "User_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Entity" (
    "id" UUID NOT NULL,
    "legalName" TEXT NOT NULL,
    "operatingName" TEXT,
    "type" "EntityType" NOT NULL,
    "businessNumber" TEXT,
    "email" TEXT,
    "phone" TEXT,
    "mailingAddress" JSONB,
    "physicalAddress" JSONB,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Entity_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "EntityPerson" (
    "id" UUID NOT NULL,
    "entityId" UUID NOT NULL,
    "firstName" TEXT NOT NULL,
    "lastName" TEXT NOT NULL,
    "email" TEXT,
    "role" "EntityPersonRole" NOT NULL,
    "shareBasisPoints" INTEGER,
    "title" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "removedAt" TIMESTAMP(3),

    CONSTRAINT "EntityPerson_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Premises" (
    "id" UUID NOT NULL,
    "entityId" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "address" JSONB NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Premises_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Licence" (
    "id" UUID NOT NULL,
    "number" TEXT NOT NULL,
    "kind" "LicenceKind" NOT NULL,
    "status" "LicenceStatus" NOT NULL DEFAULT 'active',
    "entityId" UUID NOT NULL,
    "premisesId" UUID,
    "termYears" INTEGER NOT NULL,
    "issuedOn" DATE NOT NULL,
    "expiresOn" DATE NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Licence_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "LicenceStatusEvent" (
    "id" UUID NOT NULL,
    "licenceId" UUID NOT NULL,
    "status" "LicenceStatus" NOT NULL,
    "reason" TEXT,
    "occurredAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "LicenceStatusEvent_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "User_email_key" ON "User"("email");

-- CreateIndex
CREATE INDEX "User_role_idx" ON "User"("role");

-- CreateIndex
CREATE UNIQUE INDEX "Entity_businessNumber_key" ON "Entity"("businessNumber");

-- CreateIndex
CREATE INDEX "Entity_legalName_idx" ON "Entity"("legalName");

-- CreateIndex
CREATE INDEX "EntityPerson_entityId_idx" ON "EntityPerson"("entityId");

-- CreateIndex
CREATE INDEX "Premises_entityId_idx" ON "Premises"("entityId");

-- CreateIndex
CREATE UNIQUE INDEX "Licence_number_key" ON "Licence"("number");

-- CreateIndex
CREATE INDEX "Licence_entityId_idx" ON "Licence"("entityId");

-- CreateIndex
CREATE INDEX "Licence_status_expiresOn_idx" ON "Licence"("status", "expiresOn");

-- CreateIndex
CREATE INDEX "LicenceStatusEvent_licenceId_occurredAt_idx" ON "LicenceStatusEvent"("licenceId", "occurredAt");

-- AddForeignKey
ALTER TABLE "EntityPerson" ADD CONSTRAINT "EntityPerson_entityId_fkey" FOREIGN KEY ("entityId") REFERENCES "Entity"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Premises" ADD CONSTRAINT "Premises_entityId_fkey" FOREIGN KEY ("entityId") REFERENCES "Entity"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Licence" ADD CONSTRAINT "Licence_entityId_fkey" FOREIGN KEY ("entityId") REFERENCES "Entity"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Licence" ADD CONSTRAINT "Licence_premisesId_fkey" FOREIGN KEY ("premisesId") REFERENCES "Premises"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "LicenceStatusEvent" ADD CONSTRAINT "LicenceStatusEvent_licenceId_fkey" FOREIGN KEY ("licenceId") REFERENCES "Licence"("id") ON DELETE CASCADE ON UPDATE CASCADE;
