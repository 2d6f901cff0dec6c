"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { requirePermission } from "@/lib/auth/guards";
import { issueAccessCode, issueAccessCodeSchema, revokeAccessCode } from "@/lib/access-codes/codes";
import { setReportsAccess, unlinkAccount } from "@/lib/access-codes/account-links";
import { publishReport, publishReportSchema } from "@/lib/entities/reports";
import { formDataToObject, invalidForm, type FormState } from "@/lib/forms/state";
import { assertActionLocale } from "@/lib/i18n/server";

/** Staff actions on an entity's file. Each checks its own permission; ids come from hidden fields and are validated. */
const idForm = z.object({ id: z.uuid(), entityId: z.uuid() });

function refresh(locale: string, entityId: string) {
  revalidatePath(`/${locale}/admin/entities/${entityId}`);
}

export async function issueAccessCodeAction(entityId: string, _previous: FormState, formData: FormData): Promise<FormState> {
  const staff = await requirePermission("issueAccessCodes");
  const parsed = issueAccessCodeSchema.safeParse({ ...formDataToObject(formData), entityId });
  if (!parsed.success) return invalidForm(parsed.error, formData);
  const issued = await issueAccessCode(staff, parsed.data);
  if (!issued) return { status: "error", fieldErrors: { callerPersonId: "callerRequired" }, submittedAt: Date.now() };
  refresh(staff.locale, entityId);
  return { status: "success", result: { code: issued.formatted, expiresAt: issued.expiresAt.toISOString() }, submittedAt: Date.now() };
}

export async function revokeAccessCodeAction(locale: string, formData: FormData): Promise<void> {
  assertActionLocale(locale);
  const staff = await requirePermission("revokeAccessCodes");
  const parsed = idForm.safeParse(formDataToObject(formData));
  if (!parsed.success) return;
  await revokeAccessCode(staff, parsed.data.id);
  refresh(locale, parsed.data.entityId);
}

export async function unlinkAccountAction(locale: string, formData: FormData): Promise<void> {
  assertActionLocale(locale);
  const staff = await requirePermission("unlinkAccounts");
  const parsed = idForm.safeParse(formDataToObject(formData));
  if (!parsed.success) return;
  await unlinkAccount(staff, parsed.data.id);
  refresh(locale, parsed.data.entityId);
}

export async function setReportsAccessAction(locale: string, formData: FormData): Promise<void> {
  assertActionLocale(locale);
  const staff = await requirePermission("grantReportsAccess");
  const parsed = idForm.extend({ granted: z.enum(["yes", "no"]) }).safeParse(formDataToObject(formData));
  if (!parsed.success) return;
  await setReportsAccess(staff, parsed.data.id, parsed.data.granted === "yes");
  refresh(locale, parsed.data.entityId);
}

export async function publishReportAction(entityId: string, _previous: FormState, formData: FormData): Promise<FormState> {
  const staff = await requirePermission("publishReports");
  const parsed = publishReportSchema.safeParse({ ...formDataToObject(formData), entityId });
  if (!parsed.success) return invalidForm(parsed.error, formData);
  await publishReport(staff, parsed.data);
  refresh(staff.locale, entityId);
  return { status: "success", submittedAt: Date.now() };
}
