-- CreateEnum
CREATE TYPE "PaymentFlagResolution" AS ENUM ('refund_made', 'applied', 'written_off');

-- AlterTable
ALTER TABLE "User" DROP COLUMN "pendingAccessCode";

-- AlterTable
ALTER TABLE "OneTimeToken" ADD COLUMN     "payload" JSONB;

-- AlterTable
ALTER TABLE "Payment" ADD COLUMN     "flagResolution" "PaymentFlagResolution",
ADD COLUMN     "flagResolutionNote" TEXT,
ADD COLUMN     "flagResolvedAt" TIMESTAMP(3),
ADD COLUMN     "flagResolvedById" UUID;

-- CreateTable
CREATE TABLE "UserSession" (
    "id" UUID NOT NULL,
    "userId" UUID NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "lastSeenAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "endedAt" TIMESTAMP(3),

    CONSTRAINT "UserSession_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "UserSession_userId_endedAt_idx" ON "UserSession"("userId", "endedAt");

-- AddForeignKey
ALTER TABLE "UserSession" ADD CONSTRAINT "UserSession_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;
