"use server";

import { notFound, redirect } from "next/navigation";
import { z } from "zod";
import { bound, redirectAction, stateAction } from "@/lib/forms/action";
import { withFlash } from "@/lib/forms/flash";
import { refreshPublicPages } from "@/lib/page-cache/public-pages";
import { newsItemSchema } from "@/lib/news/schemas";
import { publishNewsItem, saveNewsItem, withdrawNewsItem } from "@/lib/news/staff";

/** Staff news: write (as a draft or published), publish a draft, withdraw. Permission publishNews. */

const pagePath = (locale: string) => `/${locale}/admin/news`;

export const saveNewsItemAction = stateAction({
  guard: { permission: "publishNews" },
  bound: [bound.locale],
  schema: newsItemSchema,
  run: async ({ user: staff, args: [locale], input }) => {
    const saved = await saveNewsItem(staff, input);
    if (!saved.ok) notFound();
    refreshPublicPages();
    redirect(withFlash(pagePath(locale), { done: saved.published ? "published" : "drafted" }));
  },
});

const itemForm = z.object({ itemId: z.uuid() });

export const publishNewsItemAction = redirectAction({
  guard: { permission: "publishNews" },
  bound: [bound.locale],
  schema: itemForm,
  run: async ({ user: staff, args: [locale], input }) => {
    const published = await publishNewsItem(staff, input.itemId);
    refreshPublicPages();
    if (!published.ok && published.reason === "notFound") notFound();
    redirect(
      withFlash(
        pagePath(locale),
        published.ok
          ? { done: "published" }
          : { error: published.reason === "incomplete" ? "incomplete" : "notChanged" },
      ),
    );
  },
});

export const withdrawNewsItemAction = redirectAction({
  guard: { permission: "publishNews" },
  bound: [bound.locale],
  schema: itemForm,
  run: async ({ user: staff, args: [locale], input }) => {
    const withdrawn = await withdrawNewsItem(staff, input.itemId);
    refreshPublicPages();
    redirect(withFlash(pagePath(locale), withdrawn ? { done: "withdrawn" } : { error: "notChanged" }));
  },
});
