import "server-only";
import { getDb } from "@/lib/db/client";
import { consumeAttempt } from "@/lib/rate-limit";
import type { AppLocale } from "@/lib/i18n/routing";
import type { Result } from "@/lib/result";
import type { PortalFeedbackInput } from "./schemas";

/**
 * The public "Feedback about the portal" page: anyone, signed in or not, and anonymous (no account
 * is recorded with it). Each message counts against the sender's IP address, so a script cannot
 * fill the staff's list of comments.
 */
export async function sendPortalFeedback(
  input: PortalFeedbackInput,
  { ip, locale }: { ip: string; locale: AppLocale },
): Promise<Result<object, "tooManyAttempts", { retryAfterSeconds: number }>> {
  const limit = await consumeAttempt("portalFeedbackByIp", ip);
  if (!limit.allowed) return { ok: false, reason: "tooManyAttempts", retryAfterSeconds: limit.retryAfterSeconds };
  await getDb().feedbackAnswer.create({
    data: { journey: "portal", satisfaction: input.satisfaction, comment: input.comment, locale },
  });
  return { ok: true };
}
