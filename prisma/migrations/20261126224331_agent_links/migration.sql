-- AlterTable
ALTER TABLE "AccountLink" ADD COLUMN     "applicationId" UUID;

-- CreateIndex
CREATE INDEX "AccountLink_applicationId_idx" ON "AccountLink"("applicationId");

-- AddForeignKey
ALTER TABLE "AccountLink" ADD CONSTRAINT "AccountLink_applicationId_fkey" FOREIGN KEY ("applicationId") REFERENCES "Application"("id") ON DELETE SET NULL ON UPDATE CASCADE;
