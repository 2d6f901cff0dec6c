import "server-only";
import { audit } from "@/lib/audit";
import type { SessionUser } from "@/lib/auth/session";
import { can } from "@/lib/auth/permissions";
import { getDb } from "@/lib/db/client";
import { isUuid } from "@/lib/http/ids";
import type { Ok, Refused } from "@/lib/result";
import { localDateTimeMoment } from "@/lib/time/local-date-time";
import { missingForPublishing, newsState } from "./rules";
import type { NewsItemInput } from "./schemas";

/**
 * Staff write news (permission publishNews): save a draft, publish it once both languages are
 * written, withdraw an item that is showing or scheduled. Each step is audited. Readers get the
 * items through lib/news/queries.ts.
 */

/** Every item, newest first: staff see drafts and ended items too. */
export async function listNewsForStaff(staff: SessionUser) {
  if (!can(staff.role, "publishNews")) return null;
  return getDb().newsItem.findMany({ orderBy: [{ createdAt: "desc" }], take: 100 });
}

export type SaveNewsResult = Ok<{ id: string; published: boolean }> | Refused<"notAllowed">;

export async function saveNewsItem(
  staff: SessionUser,
  input: NewsItemInput,
  now: Date = new Date(),
): Promise<SaveNewsResult> {
  if (!can(staff.role, "publishNews")) return { ok: false, reason: "notAllowed" };
  // The schema holds a "Publish" to both languages; checked again here, whoever calls.
  const publish = input.intent === "publish" && missingForPublishing(input).length === 0;
  const data = {
    titleFr: input.titleFr,
    titleEn: input.titleEn,
    bodyFr: input.bodyFr,
    bodyEn: input.bodyEn,
    audience: input.audience,
    showFrom: input.showFrom === "" ? now : localDateTimeMoment(input.showFrom),
    showUntil: input.showUntil === "" ? null : localDateTimeMoment(input.showUntil),
    createdById: staff.id,
    ...(publish ? { publishedAt: now, publishedById: staff.id } : {}),
  };
  return getDb().$transaction(async (tx) => {
    const created = await tx.newsItem.create({ data, select: { id: true } });
    await audit(
      {
        actor: staff,
        action: publish ? "news.published" : "news.drafted",
        subject: { type: "news_item", id: created.id },
        details: { audience: input.audience },
      },
      tx,
    );
    return { ok: true, id: created.id, published: publish };
  });
}

export type PublishNewsResult = Ok | Refused<"notFound" | "incomplete" | "notADraft">;

/** A draft goes live (at its start date) once its title and body exist in both languages. */
export async function publishNewsItem(
  staff: SessionUser,
  id: string,
  now: Date = new Date(),
): Promise<PublishNewsResult> {
  if (!can(staff.role, "publishNews") || !isUuid(id)) return { ok: false, reason: "notFound" };
  return getDb().$transaction(async (tx) => {
    const item = await tx.newsItem.findUnique({ where: { id } });
    if (!item) return { ok: false, reason: "notFound" };
    if (item.publishedAt !== null) return { ok: false, reason: "notADraft" };
    if (missingForPublishing(item).length > 0) return { ok: false, reason: "incomplete" };
    // Only a draft is published: of two clicks at once, the second changes nothing.
    const { count } = await tx.newsItem.updateMany({
      where: { id, publishedAt: null },
      data: { publishedAt: now, publishedById: staff.id },
    });
    if (count === 0) return { ok: false, reason: "notADraft" };
    await audit({ actor: staff, action: "news.published", subject: { type: "news_item", id } }, tx);
    return { ok: true };
  });
}

/** An item showing or scheduled stops showing now; a draft or an ended item is left as it is. */
export async function withdrawNewsItem(staff: SessionUser, id: string, now: Date = new Date()): Promise<boolean> {
  if (!can(staff.role, "publishNews") || !isUuid(id)) return false;
  return getDb().$transaction(async (tx) => {
    const item = await tx.newsItem.findUnique({ where: { id } });
    if (!item) return false;
    const state = newsState(item, now);
    if (state !== "showing" && state !== "scheduled") return false;
    await tx.newsItem.update({ where: { id }, data: { showUntil: now } });
    await audit({ actor: staff, action: "news.withdrawn", subject: { type: "news_item", id } }, tx);
    return true;
  });
}
