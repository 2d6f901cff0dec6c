-- CreateEnum
CREATE TYPE "DisclosureStatus" AS ENUM ('sent', 'completed');

-- CreateTable
CREATE TABLE "DisclosureRequest" (
    "id" UUID NOT NULL,
    "applicationId" UUID NOT NULL,
    "personId" TEXT NOT NULL,
    "fullName" TEXT NOT NULL,
    "email" TEXT NOT NULL,
    "locale" "Locale" NOT NULL,
    "tokenHash" TEXT NOT NULL,
    "expiresAt" TIMESTAMP(3) NOT NULL,
    "status" "DisclosureStatus" NOT NULL DEFAULT 'sent',
    "answers" JSONB,
    "sentAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "completedAt" TIMESTAMP(3),

    CONSTRAINT "DisclosureRequest_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "DisclosureRequest_tokenHash_key" ON "DisclosureRequest"("tokenHash");

-- CreateIndex
CREATE UNIQUE INDEX "DisclosureRequest_applicationId_personId_key" ON "DisclosureRequest"("applicationId", "personId");

-- AddForeignKey
ALTER TABLE "DisclosureRequest" ADD CONSTRAINT "DisclosureRequest_applicationId_fkey" FOREIGN KEY ("applicationId") REFERENCES "Application"("id") ON DELETE CASCADE ON UPDATE CASCADE;
