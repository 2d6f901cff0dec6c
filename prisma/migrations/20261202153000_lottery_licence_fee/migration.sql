-- The charitable lottery licence is priced as a share of its prizes: a fee for each started $100 of
-- prizes (3 %). No public figure (KINDS.md): a demo figure, marked as such. Charitable gaming
-- eligibility has no fee.
INSERT INTO "FeeSchedule" ("id", "kind", "action", "termYears", "amountCents", "effectiveFrom", "isDemoFigure") VALUES
  ('f0000000-0000-4000-8000-000000000034', 'lottery_licence', 'new', NULL, 300, '2026-01-01', true);
