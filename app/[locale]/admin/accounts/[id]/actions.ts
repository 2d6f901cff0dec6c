"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { requirePermission } from "@/lib/auth/guards";
import { changeRole, setAccountDisabled } from "@/lib/accounts/staff";
import { formDataToObject } from "@/lib/forms/state";
import { assertActionLocale } from "@/lib/i18n/server";

export async function setAccountDisabledAction(locale: string, formData: FormData): Promise<void> {
  assertActionLocale(locale);
  const staff = await requirePermission("disableAccounts");
  const parsed = z.object({ userId: z.uuid(), disabled: z.enum(["yes", "no"]) }).safeParse(formDataToObject(formData));
  if (!parsed.success) return;
  await setAccountDisabled(staff, parsed.data.userId, parsed.data.disabled === "yes");
  revalidatePath(`/${locale}/admin/accounts/${parsed.data.userId}`);
}

export async function changeRoleAction(locale: string, formData: FormData): Promise<void> {
  assertActionLocale(locale);
  const admin = await requirePermission("manageStaff");
  const parsed = z
    .object({ userId: z.uuid(), role: z.enum(["applicant", "customer_service", "licensing_officer", "admin"]) })
    .safeParse(formDataToObject(formData));
  if (!parsed.success) return;
  await changeRole(admin, parsed.data.userId, parsed.data.role);
  revalidatePath(`/${locale}/admin/accounts/${parsed.data.userId}`);
  revalidatePath(`/${locale}/admin/staff`);
}
