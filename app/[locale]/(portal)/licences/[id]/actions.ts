"use server";

import { redirect } from "next/navigation";
import { z } from "zod";
import { startOnLicence } from "@/lib/applications/on-licence";
import { startReport } from "@/lib/applications/reports";
import { bound, redirectAction } from "@/lib/forms/action";
import { withFlash } from "@/lib/forms/flash";

/**
 * "Apply for a change": starts the change application the licence's kind declares, or returns to
 * the one this account already has open. Who holds the licence, its status and the one-change
 * rule are checked in lib/applications/on-licence; a refusal comes back to the licence page.
 */
export const startChangeAction = redirectAction({
  guard: "user",
  bound: [bound.locale, bound.id],
  schema: z.object({}),
  run: async ({ user, args: [locale, licenceId] }) => {
    const started = await startOnLicence(user, licenceId, "change");
    redirect(
      started.ok
        ? `/${locale}/applications/${started.id}`
        : withFlash(`/${locale}/licences/${licenceId}`, { error: started.reason }),
    );
  },
});

/**
 * "File the post-event report", "Report an incident": starts the report the licence's kind
 * declares (or continues this account's draft of it). The kind comes from the button, and
 * lib/applications/reports checks it is a report on this licence's kind and that the account holds it.
 */
export const startReportAction = redirectAction({
  guard: "user",
  bound: [bound.locale, bound.id],
  schema: z.object({ kind: z.string().max(100) }),
  run: async ({ user, args: [locale, licenceId], input }) => {
    const started = await startReport(user, licenceId, input.kind);
    redirect(
      started.ok
        ? `/${locale}/applications/${started.id}`
        : withFlash(`/${locale}/licences/${licenceId}`, { error: started.reason }),
    );
  },
});
