"use server";

import { redirect } from "next/navigation";
import { z } from "zod";
import { MAX_OPEN_DRAFTS, startApplication } from "@/lib/applications/commands";
import { bound, stateAction } from "@/lib/forms/action";
import { formFailure } from "@/lib/forms/state";

const startSchema = z.object({
  kind: z.enum(["liquor_sales_new"], { error: "applicationKindRequired" }),
  entityId: z.union([z.literal("new"), z.uuid()], { error: "applicationEntityRequired" }),
});

export const startApplicationAction = stateAction({
  guard: "user",
  bound: [bound.locale],
  schema: startSchema,
  run: async ({ user, args: [locale], input, formData }) => {
    const started = await startApplication(
      user,
      input.kind,
      input.entityId === "new" ? {} : { entityId: input.entityId },
    );
    if (!started.ok && started.reason === "tooManyDrafts")
      return formFailure("NewApplicationPage.tooManyDrafts", formData, { max: MAX_OPEN_DRAFTS });
    if (!started.ok)
      return { status: "error", fieldErrors: { entityId: "applicationEntityRequired" }, submittedAt: Date.now() };
    redirect(`/${locale}/applications/${started.id}`);
  },
});
