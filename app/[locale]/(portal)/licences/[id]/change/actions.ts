"use server";

import { notFound, redirect } from "next/navigation";
import { changeFormSchema, requestableKinds } from "@/lib/licences/change-proposals";
import { createChangeRequest } from "@/lib/change-requests/requests";
import { readAttachedFiles } from "@/lib/documents/uploads";
import { bound, stateAction } from "@/lib/forms/action";
import { withFlash } from "@/lib/forms/flash";
import { echoValues, formFailure, type FormState } from "@/lib/forms/state";
import { consumeAttempt } from "@/lib/rate-limit";

const requestedKind = bound.oneOf(requestableKinds);

/** The attachments box's error, kept with what was typed. */
function attachmentsFailure(code: string, formData: FormData): FormState {
  return {
    status: "error",
    fieldErrors: { attachments: `ChangeRequestPage.errors.${code}` },
    values: echoValues(formData),
    submittedAt: Date.now(),
  };
}

/**
 * Sends a change request of one kind (bound by the page: the kind's questions are the ones the
 * form showed). The licence, the kind it offers and the areas named are checked in lib/licences;
 * a licence this account does not hold is "not found".
 */
export const createChangeRequestAction = stateAction({
  guard: "user",
  bound: [bound.locale, bound.id, requestedKind],
  schema: (_locale, _licenceId, kind) => changeFormSchema(kind),
  run: async ({ user, args: [locale, licenceId, kind], input, formData }) => {
    const limit = await consumeAttempt("messagesToStaffByAccount", user.id);
    if (!limit.allowed)
      return formFailure("Validation.tooManyAttempts", formData, { minutes: Math.ceil(limit.retryAfterSeconds / 60) });
    const files = await readAttachedFiles(formData, "attachments");
    if (!files.ok) return attachmentsFailure(files.code, formData);
    const created = await createChangeRequest(user, { licenceId, kind, ...input, files: files.files });
    if (!created.ok) {
      if (created.reason === "notFound" || created.reason === "kindNotOffered") notFound();
      if (created.reason === "areaNotOnLicence")
        return formFailure("ChangeRequestPage.errors.areaNotOnLicence", formData);
      return attachmentsFailure(created.reason, formData);
    }
    redirect(withFlash(`/${locale}/licences/${licenceId}`, { done: "change-sent" }, { reference: created.reference }));
  },
});
