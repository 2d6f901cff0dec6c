"use server";

import { redirect } from "next/navigation";
import { z } from "zod";
import { startOnLicence } from "@/lib/applications/on-licence";
import { bound, redirectAction } from "@/lib/forms/action";
import { withFlash } from "@/lib/forms/flash";

/** "Start the renewal": the window and the one-renewal rule are checked in lib/applications/on-licence. */
export const startRenewalAction = redirectAction({
  guard: "user",
  bound: [bound.locale, bound.id],
  schema: z.object({}),
  run: async ({ user, args: [locale, licenceId] }) => {
    const started = await startOnLicence(user, licenceId, "renewal");
    // Refused: the renewal page explains why from the licence's state.
    redirect(
      started.ok
        ? `/${locale}/applications/${started.id}`
        : withFlash(`/${locale}/licences/${licenceId}/renew`, { error: started.reason }),
    );
  },
});
