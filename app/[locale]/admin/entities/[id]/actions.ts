"use server";

import { notFound, redirect } from "next/navigation";
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { issueAccessCode, issueAccessCodeSchema, revokeAccessCode } from "@/lib/access-codes/codes";
import { setReportsAccess, unlinkAccount } from "@/lib/access-codes/account-links";
import { publishReport, publishReportSchema } from "@/lib/entities/reports";
import { addPersonOnFile, addPersonSchema, endPersonOnFile, endPersonSchema } from "@/lib/entities/people";
import { bound, redirectAction, stateAction } from "@/lib/forms/action";

/** Staff actions on an entity's file. Each checks its own permission; ids come from hidden fields and are validated. */
const idForm = z.object({ id: z.uuid(), entityId: z.uuid() });

function entityPage(locale: string, entityId: string): string {
  return `/${locale}/admin/entities/${entityId}`;
}

/** The new code is shown once on the page, so the form stays where it is and the page is refreshed. */
export const issueAccessCodeAction = stateAction({
  guard: { permission: "issueAccessCodes" },
  bound: [bound.id],
  schema: (entityId) => z.preprocess((fields) => ({ ...(fields as object), entityId }), issueAccessCodeSchema),
  run: async ({ user: staff, args: [entityId], input }) => {
    const issued = await issueAccessCode(staff, input);
    if (!issued) return { status: "error", fieldErrors: { callerPersonId: "callerRequired" }, submittedAt: Date.now() };
    revalidatePath(entityPage(staff.locale, entityId));
    return {
      status: "success",
      result: { code: issued.formatted, expiresAt: issued.expiresAt.toISOString() },
      submittedAt: Date.now(),
    };
  },
});

export const revokeAccessCodeAction = redirectAction({
  guard: { permission: "revokeAccessCodes" },
  bound: [bound.locale],
  schema: idForm,
  run: async ({ user: staff, args: [locale], input }) => {
    await revokeAccessCode(staff, input.id);
    redirect(entityPage(locale, input.entityId));
  },
});

export const unlinkAccountAction = redirectAction({
  guard: { permission: "unlinkAccounts" },
  bound: [bound.locale],
  schema: idForm,
  run: async ({ user: staff, args: [locale], input }) => {
    await unlinkAccount(staff, input.id);
    redirect(entityPage(locale, input.entityId));
  },
});

export const setReportsAccessAction = redirectAction({
  guard: { permission: "grantReportsAccess" },
  bound: [bound.locale],
  schema: idForm.extend({ granted: z.enum(["yes", "no"]) }),
  run: async ({ user: staff, args: [locale], input }) => {
    await setReportsAccess(staff, input.id, input.granted === "yes");
    redirect(entityPage(locale, input.entityId));
  },
});

export const publishReportAction = stateAction({
  guard: { permission: "publishReports" },
  bound: [bound.id],
  schema: (entityId) => z.preprocess((fields) => ({ ...(fields as object), entityId }), publishReportSchema),
  run: async ({ user: staff, args: [entityId], input }) => {
    await publishReport(staff, input);
    revalidatePath(entityPage(staff.locale, entityId));
    return { status: "success", submittedAt: Date.now() };
  },
});

/** The form is cleared once the person is on file; someone already on file in that role is refused in place. */
export const addPersonAction = stateAction({
  guard: { permission: "managePeopleOnFile" },
  bound: [bound.id],
  schema: (entityId) => z.preprocess((fields) => ({ ...(fields as object), entityId }), addPersonSchema),
  run: async ({ user: staff, args: [entityId], input }) => {
    const added = await addPersonOnFile(staff, input);
    if (!added.ok && added.reason === "alreadyOnFile")
      return { status: "error", fieldErrors: { lastName: "personAlreadyOnFile" }, submittedAt: Date.now() };
    if (!added.ok) notFound();
    revalidatePath(entityPage(staff.locale, entityId));
    return { status: "success", submittedAt: Date.now() };
  },
});

export const endPersonAction = stateAction({
  guard: { permission: "managePeopleOnFile" },
  bound: [bound.id],
  schema: (entityId) => z.preprocess((fields) => ({ ...(fields as object), entityId }), endPersonSchema),
  run: async ({ user: staff, args: [entityId], input }) => {
    const ended = await endPersonOnFile(staff, input);
    if (!ended.ok)
      return { status: "error", fieldErrors: { personId: "personToEndRequired" }, submittedAt: Date.now() };
    revalidatePath(entityPage(staff.locale, entityId));
    return { status: "success", submittedAt: Date.now() };
  },
});
