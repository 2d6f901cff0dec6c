-- Fees for the kinds' outcomes, in a migration of their own: the enum value 'transfer' added by the
-- previous migration cannot be used inside the transaction that added it.
-- A change to an issued special occasion permit and the transfer of a liquor sales licence: no public
-- figure (KINDS.md), so demo figures, marked as such.
INSERT INTO "FeeSchedule" ("id", "kind", "action", "termYears", "amountCents", "effectiveFrom", "isDemoFigure") VALUES
  ('f0000000-0000-4000-8000-000000000020', 'special_occasion_change', 'change', NULL, 2500, '2026-01-01', true),
  ('f0000000-0000-4000-8000-000000000021', 'liquor_sales_transfer', 'transfer', NULL, 52500, '2026-01-01', true);
