"use server";

import { redirect } from "next/navigation";
import { decideChangeRequest } from "@/lib/change-requests/requests";
import { decideChangeRequestSchema } from "@/lib/licences/schemas";
import { bound, stateAction } from "@/lib/forms/action";
import { withFlash } from "@/lib/forms/flash";
import { formFailure } from "@/lib/forms/state";

/**
 * Staff's decision on a change request: approve, refuse or answer. The permission, the request's
 * status and kind are checked in lib/licences; a refusal comes back to the form with what was typed.
 */
export const decideChangeRequestAction = stateAction({
  guard: { permission: "handleChangeRequests" },
  bound: [bound.locale],
  schema: decideChangeRequestSchema,
  run: async ({ user: staff, args: [locale], input, formData }) => {
    const decided = await decideChangeRequest(staff, input);
    if (!decided.ok) return formFailure(`AdminChangeRequestPage.refusals.${decided.reason}`, formData);
    redirect(withFlash(`/${locale}/admin/change-requests/${input.id}`, { done: input.decision }));
  },
});
