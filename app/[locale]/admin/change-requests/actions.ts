"use server";

import { revalidatePath } from "next/cache";
import { requirePermission } from "@/lib/auth/guards";
import { handleChangeRequest, handleChangeRequestSchema } from "@/lib/licences/change-requests";
import { formDataToObject } from "@/lib/forms/state";
import { assertActionLocale } from "@/lib/i18n/server";

export async function handleChangeRequestAction(locale: string, formData: FormData): Promise<void> {
  assertActionLocale(locale);
  const staff = await requirePermission("handleChangeRequests");
  const parsed = handleChangeRequestSchema.safeParse(formDataToObject(formData));
  if (!parsed.success) return;
  await handleChangeRequest(staff, parsed.data);
  revalidatePath(`/${locale}/admin/change-requests`);
}
