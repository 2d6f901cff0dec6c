"use server";

import { redirect } from "next/navigation";
import { z } from "zod";
import { requireUserForAction } from "@/lib/auth/guards";
import { MAX_OPEN_DRAFTS, startApplication } from "@/lib/applications/data";
import { formDataToObject, formFailure, type FormState } from "@/lib/forms/state";
import type { AppLocale } from "@/lib/i18n/routing";
import { assertActionLocale } from "@/lib/i18n/server";

const startSchema = z.object({
  kind: z.enum(["liquor_sales_new"], { error: "applicationKindRequired" }),
  entityId: z.union([z.literal("new"), z.uuid()], { error: "applicationEntityRequired" }),
});

export async function startApplicationAction(locale: AppLocale, _previous: FormState, formData: FormData): Promise<FormState> {
  assertActionLocale(locale);
  const user = await requireUserForAction();
  const parsed = startSchema.safeParse(formDataToObject(formData));
  if (!parsed.success) {
    return { status: "error", fieldErrors: Object.fromEntries(parsed.error.issues.map((issue) => [String(issue.path[0]), issue.message])), submittedAt: Date.now() };
  }
  const started = await startApplication(user, parsed.data.kind, parsed.data.entityId === "new" ? {} : { entityId: parsed.data.entityId });
  if (!started.ok && started.reason === "tooManyDrafts") return formFailure("NewApplicationPage.tooManyDrafts", formData, { max: MAX_OPEN_DRAFTS });
  if (!started.ok) return { status: "error", fieldErrors: { entityId: "applicationEntityRequired" }, submittedAt: Date.now() };
  redirect(`/${locale}/applications/${started.id}`);
}
