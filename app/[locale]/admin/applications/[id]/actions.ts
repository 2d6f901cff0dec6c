"use server";

import { notFound, redirect } from "next/navigation";
import { z } from "zod";
import { addInternalNote, assignApplication, decide, type Decision } from "@/lib/applications/review";
import { bound, redirectAction } from "@/lib/forms/action";
import { withFlash } from "@/lib/forms/flash";

/** Staff actions on a file: each checks the permission here and again in lib/applications/review. */

const decisions = ["startReview", "requestInformation", "approve", "refuse"] as const satisfies readonly Decision[];
const decision = bound.oneOf(decisions);

export const decideAction = redirectAction({
  guard: { permission: "reviewApplications" },
  bound: [bound.locale, bound.id, decision],
  // Each decision's form has its own message box ("message-approve"…); whether one is needed is decide's rule.
  schema: (_locale, _id, chosen) =>
    z
      .object({ [`message-${chosen}`]: z.string().catch("") })
      .transform((fields) => ({ message: fields[`message-${chosen}`] ?? "" })),
  run: async ({ user: staff, args: [locale, id, chosen], input }) => {
    const base = `/${locale}/admin/applications/${id}`;
    const result = await decide(staff, id, chosen, input.message);
    redirect(
      result.ok ? withFlash(base, { done: chosen }) : withFlash(base, { error: result.reason }, { decision: chosen }),
    );
  },
});

export const assignAction = redirectAction({
  guard: { permission: "reviewApplications" },
  bound: [bound.locale, bound.id],
  // An empty choice unassigns the file; a staff id is checked by assignApplication.
  schema: z.object({ assignee: z.string().catch("") }),
  run: async ({ user: staff, args: [locale, id], input }) => {
    await assignApplication(staff, id, input.assignee === "" ? null : input.assignee);
    redirect(withFlash(`/${locale}/admin/applications/${id}`, { done: "assigned" }));
  },
});

export const noteAction = redirectAction({
  guard: { permission: "reviewApplications" },
  bound: [bound.locale, bound.id],
  // An empty note is refused by addInternalNote.
  schema: z.object({ note: z.string().catch("") }),
  run: async ({ user: staff, args: [locale, id], input }) => {
    const added = await addInternalNote(staff, id, input.note);
    if (!added.ok && added.reason === "notFound") notFound();
    const page = `/${locale}/admin/applications/${id}#notes`;
    redirect(withFlash(page, added.ok ? { done: "note" } : { error: added.reason }));
  },
});
