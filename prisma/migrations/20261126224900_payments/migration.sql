-- CreateEnum
CREATE TYPE "FeeAction" AS ENUM ('new', 'renewal', 'change');

-- CreateEnum
CREATE TYPE "OrderStatus" AS ENUM ('open', 'paid');

-- CreateEnum
CREATE TYPE "PaymentMethod" AS ENUM ('card', 'wire', 'eft');

-- CreateEnum
CREATE TYPE "PaymentStatus" AS ENUM ('pending', 'succeeded', 'failed');

-- CreateTable
CREATE TABLE "FeeSchedule" (
    "id" UUID NOT NULL,
    "kind" TEXT NOT NULL,
    "action" "FeeAction" NOT NULL,
    "termYears" INTEGER,
    "amountCents" INTEGER NOT NULL,
    "effectiveFrom" DATE NOT NULL,
    "effectiveTo" DATE,
    "isDemoFigure" BOOLEAN NOT NULL DEFAULT false,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "FeeSchedule_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Order" (
    "id" UUID NOT NULL,
    "applicationId" UUID NOT NULL,
    "userId" UUID NOT NULL,
    "reference" TEXT NOT NULL,
    "items" JSONB NOT NULL,
    "totalCents" INTEGER NOT NULL,
    "currency" TEXT NOT NULL DEFAULT 'CAD',
    "status" "OrderStatus" NOT NULL DEFAULT 'open',
    "paidAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Order_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Payment" (
    "id" UUID NOT NULL,
    "orderId" UUID NOT NULL,
    "method" "PaymentMethod" NOT NULL,
    "provider" TEXT NOT NULL,
    "providerReference" TEXT,
    "idempotencyKey" TEXT NOT NULL,
    "amountCents" INTEGER NOT NULL,
    "currency" TEXT NOT NULL DEFAULT 'CAD',
    "status" "PaymentStatus" NOT NULL DEFAULT 'pending',
    "cardBrand" TEXT,
    "failureCode" TEXT,
    "flaggedReason" TEXT,
    "receivedOn" DATE,
    "recordedById" UUID,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Payment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PaymentEvent" (
    "id" TEXT NOT NULL,
    "type" TEXT NOT NULL,
    "receivedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "PaymentEvent_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "FeeSchedule_kind_action_termYears_effectiveFrom_idx" ON "FeeSchedule"("kind", "action", "termYears", "effectiveFrom");

-- CreateIndex
CREATE UNIQUE INDEX "Order_applicationId_key" ON "Order"("applicationId");

-- CreateIndex
CREATE UNIQUE INDEX "Order_reference_key" ON "Order"("reference");

-- CreateIndex
CREATE INDEX "Order_status_createdAt_idx" ON "Order"("status", "createdAt");

-- CreateIndex
CREATE INDEX "Order_userId_idx" ON "Order"("userId");

-- CreateIndex
CREATE UNIQUE INDEX "Payment_providerReference_key" ON "Payment"("providerReference");

-- CreateIndex
CREATE UNIQUE INDEX "Payment_idempotencyKey_key" ON "Payment"("idempotencyKey");

-- CreateIndex
CREATE INDEX "Payment_orderId_createdAt_idx" ON "Payment"("orderId", "createdAt");

-- CreateIndex
CREATE INDEX "Payment_flaggedReason_idx" ON "Payment"("flaggedReason");

-- AddForeignKey
ALTER TABLE "Order" ADD CONSTRAINT "Order_applicationId_fkey" FOREIGN KEY ("applicationId") REFERENCES "Application"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Order" ADD CONSTRAINT "Order_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Payment" ADD CONSTRAINT "Payment_orderId_fkey" FOREIGN KEY ("orderId") REFERENCES "Order"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- The fee schedule in effect from 2026-01-01 (SPEC §7, public AGCO figures). Figures the spec does
-- not give (renewals, changes) are demo figures and marked as such.
INSERT INTO "FeeSchedule" ("id", "kind", "action", "termYears", "amountCents", "effectiveFrom", "isDemoFigure") VALUES
  ('f0000000-0000-4000-8000-000000000001', 'liquor_sales_new', 'new', 2, 105500, '2026-01-01', false),
  ('f0000000-0000-4000-8000-000000000002', 'liquor_sales_new', 'new', 4, 135500, '2026-01-01', false),
  ('f0000000-0000-4000-8000-000000000003', 'liquor_sales_renewal', 'renewal', 2, 95500, '2026-01-01', true),
  ('f0000000-0000-4000-8000-000000000004', 'liquor_sales_renewal', 'renewal', 4, 125500, '2026-01-01', true),
  ('f0000000-0000-4000-8000-000000000005', 'liquor_sales_change', 'change', NULL, 15000, '2026-01-01', true),
  ('f0000000-0000-4000-8000-000000000006', 'liquor_delivery_new', 'new', 2, 20000, '2026-01-01', false),
  ('f0000000-0000-4000-8000-000000000007', 'liquor_delivery_new', 'new', 4, 40000, '2026-01-01', false),
  ('f0000000-0000-4000-8000-000000000008', 'grocery_store_new', 'new', 1, 325000, '2026-01-01', false),
  ('f0000000-0000-4000-8000-000000000009', 'special_occasion_sale', 'new', NULL, 15000, '2026-01-01', false),
  ('f0000000-0000-4000-8000-000000000010', 'special_occasion_no_sale', 'new', NULL, 5000, '2026-01-01', false),
  ('f0000000-0000-4000-8000-000000000011', 'special_occasion_tailgate', 'new', NULL, 15000, '2026-01-01', false),
  ('f0000000-0000-4000-8000-000000000012', 'gaming_operator_new', 'new', NULL, 10000000, '2026-01-01', false),
  ('f0000000-0000-4000-8000-000000000013', 'charitable_gaming_site_operator_frequent', 'new', NULL, 1200000, '2026-01-01', false),
  ('f0000000-0000-4000-8000-000000000014', 'charitable_gaming_site_operator', 'new', NULL, 70000, '2026-01-01', false),
  ('f0000000-0000-4000-8000-000000000015', 'gaming_equipment_manufacturer_new', 'new', NULL, 1500000, '2026-01-01', false),
  ('f0000000-0000-4000-8000-000000000016', 'gaming_related_supplier_new', 'new', NULL, 300000, '2026-01-01', false),
  ('f0000000-0000-4000-8000-000000000017', 'non_gaming_supplier_new', 'new', NULL, 200000, '2026-01-01', false),
  ('f0000000-0000-4000-8000-000000000018', 'gaming_assistant_category_1', 'new', NULL, 30000, '2026-01-01', false),
  ('f0000000-0000-4000-8000-000000000019', 'gaming_assistant_category_2', 'new', NULL, 16500, '2026-01-01', false);
