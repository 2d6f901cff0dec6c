-- Fees and data for the lottery, gaming and horse-racing kinds, in a migration of their own (the
-- enum values added by the previous migration cannot be used inside the transaction that added them).
-- Registrations renew at their yearly fee; horse-racing licences and lottery retailer registrations
-- have no public figure (KINDS.md): demo figures, marked as such.
INSERT INTO "FeeSchedule" ("id", "kind", "action", "termYears", "amountCents", "effectiveFrom", "isDemoFigure") VALUES
  ('f0000000-0000-4000-8000-000000000022', 'gaming_operator_new', 'renewal', NULL, 10000000, '2026-01-01', true),
  ('f0000000-0000-4000-8000-000000000023', 'charitable_gaming_site_operator_frequent', 'renewal', NULL, 1200000, '2026-01-01', true),
  ('f0000000-0000-4000-8000-000000000024', 'charitable_gaming_site_operator', 'renewal', NULL, 70000, '2026-01-01', true),
  ('f0000000-0000-4000-8000-000000000025', 'gaming_equipment_manufacturer_new', 'renewal', NULL, 1500000, '2026-01-01', true),
  ('f0000000-0000-4000-8000-000000000026', 'gaming_related_supplier_new', 'renewal', NULL, 300000, '2026-01-01', true),
  ('f0000000-0000-4000-8000-000000000027', 'non_gaming_supplier_new', 'renewal', NULL, 200000, '2026-01-01', true),
  ('f0000000-0000-4000-8000-000000000028', 'gaming_assistant_category_1', 'renewal', NULL, 30000, '2026-01-01', true),
  ('f0000000-0000-4000-8000-000000000029', 'gaming_assistant_category_2', 'renewal', NULL, 16500, '2026-01-01', true),
  ('f0000000-0000-4000-8000-000000000030', 'horse_racing_licence', 'new', NULL, 5000, '2026-01-01', true),
  ('f0000000-0000-4000-8000-000000000031', 'horse_racing_licence', 'renewal', NULL, 5000, '2026-01-01', true),
  ('f0000000-0000-4000-8000-000000000032', 'lottery_retailer', 'new', NULL, 10000, '2026-01-01', true),
  ('f0000000-0000-4000-8000-000000000033', 'lottery_retailer', 'renewal', NULL, 10000, '2026-01-01', true);

-- The placeholder kind "gaming_operator_new" became the gaming registration of every business category.
UPDATE "Application" SET "kind" = 'gaming_registration_new' WHERE "kind" = 'gaming_operator_new';
