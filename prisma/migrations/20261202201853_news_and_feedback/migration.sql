-- CreateEnum
CREATE TYPE "NewsAudience" AS ENUM ('everyone', 'applicants', 'staff');

-- CreateEnum
CREATE TYPE "FeedbackJourney" AS ENUM ('submission', 'payment', 'renewal', 'portal');

-- CreateTable
CREATE TABLE "NewsItem" (
    "id" UUID NOT NULL,
    "titleFr" TEXT NOT NULL DEFAULT '',
    "titleEn" TEXT NOT NULL DEFAULT '',
    "bodyFr" TEXT NOT NULL DEFAULT '',
    "bodyEn" TEXT NOT NULL DEFAULT '',
    "audience" "NewsAudience" NOT NULL,
    "showFrom" TIMESTAMP(3) NOT NULL,
    "showUntil" TIMESTAMP(3),
    "publishedAt" TIMESTAMP(3),
    "publishedById" UUID,
    "createdById" UUID NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "NewsItem_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "FeedbackAnswer" (
    "id" UUID NOT NULL,
    "journey" "FeedbackJourney" NOT NULL,
    "applicationId" UUID,
    "userId" UUID,
    "satisfaction" INTEGER,
    "ease" INTEGER,
    "comment" TEXT,
    "skipped" BOOLEAN NOT NULL DEFAULT false,
    "locale" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "FeedbackAnswer_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "NewsItem_publishedAt_showFrom_idx" ON "NewsItem"("publishedAt", "showFrom");

-- CreateIndex
CREATE UNIQUE INDEX "FeedbackAnswer_applicationId_key" ON "FeedbackAnswer"("applicationId");

-- CreateIndex
CREATE INDEX "FeedbackAnswer_createdAt_idx" ON "FeedbackAnswer"("createdAt");

-- AddForeignKey
ALTER TABLE "FeedbackAnswer" ADD CONSTRAINT "FeedbackAnswer_applicationId_fkey" FOREIGN KEY ("applicationId") REFERENCES "Application"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- Both scales run from 1 to 5 (Prisma cannot declare a CHECK: written by hand).
ALTER TABLE "FeedbackAnswer" ADD CONSTRAINT "FeedbackAnswer_satisfaction_scale" CHECK ("satisfaction" BETWEEN 1 AND 5);
ALTER TABLE "FeedbackAnswer" ADD CONSTRAINT "FeedbackAnswer_ease_scale" CHECK ("ease" BETWEEN 1 AND 5);
