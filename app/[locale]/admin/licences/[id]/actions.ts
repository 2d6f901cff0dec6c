"use server";

import { notFound, redirect } from "next/navigation";
import { bound, stateAction } from "@/lib/forms/action";
import { withFlash } from "@/lib/forms/flash";
import { formFailure } from "@/lib/forms/state";
import { licenceStatusActions, statusActionSchema } from "@/lib/licences/status-actions";
import { changeLicenceStatus } from "@/lib/licences/status-changes";

/**
 * Suspend, cancel, reinstate, record a surrender: one action, the chosen one bound by the page.
 * The permission is checked here and again in lib/licences/status-changes, which checks the status.
 */
const statusAction = bound.oneOf(licenceStatusActions);

export const changeLicenceStatusAction = stateAction({
  guard: { permission: "manageLicenceStatus" },
  bound: [bound.locale, bound.id, statusAction],
  schema: (_locale, _id, action) => statusActionSchema(action),
  run: async ({ user: staff, args: [locale, licenceId, action], input, formData }) => {
    const changed = await changeLicenceStatus(staff, { licenceId, action, ...input });
    if (!changed.ok && changed.reason === "notFound") notFound();
    // Another officer changed the status since this page was opened: the form says so, keeping the reason typed.
    if (!changed.ok) return formFailure(`AdminLicencePage.statusSection.errors.${changed.reason}`, formData);
    redirect(withFlash(`/${locale}/admin/licences/${licenceId}`, { done: action }));
  },
});
