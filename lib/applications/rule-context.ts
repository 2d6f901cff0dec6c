import "server-only";
import type { Prisma } from "@/lib/db/generated/client";
import { commissionToday } from "@/lib/time/commission-date";
import type { PortalKind } from "./kinds/names";
import type { SavedAnswers } from "./engine";
import type { RuleContext } from "./outcome";
import { licenceFacts } from "./outcomes";
import { quotedFile } from "./quoted-file";

/**
 * The one place a kind's rules get their context from the database: today in the Commission's
 * time zone, the licence the application is on, and the file it quotes — so the review page, the
 * submission, the payment and the officer's approval judge the same facts.
 */
export async function ruleContext(
  db: Prisma.TransactionClient,
  kind: PortalKind,
  application: { userId: string; answers: SavedAnswers; licenceId: string | null },
  now: Date,
  stage: RuleContext["stage"] = "draft",
): Promise<RuleContext> {
  const [licence, quoted] = await Promise.all([
    licenceFacts(db, application.licenceId),
    quotedFile(db, kind, application.userId, application.answers),
  ]);
  return { today: commissionToday(now), licence, quoted, stage };
}
