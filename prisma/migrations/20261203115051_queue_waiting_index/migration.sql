-- Files waiting for the Commission: the statuses of QUEUE_STATUSES (lib/applications/status.ts).
-- A generated column, written by hand: Prisma's schema declares it (`waiting`) but cannot say
-- GENERATED. The review queue's default page (oldest first) reads the partial index below; a
-- filter on "status" itself cannot use a partial index, since Prisma casts each enum value at run
-- time and the planner cannot prove the index's condition from that.
ALTER TABLE "Application" ADD COLUMN "waiting" BOOLEAN NOT NULL
  GENERATED ALWAYS AS ("status" IN ('submitted', 'under_review', 'information_requested')) STORED;

CREATE INDEX "Application_waiting_submittedAt_idx" ON "Application" ("submittedAt", "id") WHERE "waiting";
