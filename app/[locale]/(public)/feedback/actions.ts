"use server";

import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { sendPortalFeedback } from "@/lib/feedback/portal";
import { portalFeedbackSchema } from "@/lib/feedback/schemas";
import { bound, stateAction } from "@/lib/forms/action";
import { withFlash } from "@/lib/forms/flash";
import { formFailure } from "@/lib/forms/state";
import { clientIp } from "@/lib/http/client-ip";

/**
 * The public feedback form: no account, limited per IP address (lib/feedback/portal.ts). It stays
 * open during maintenance: it touches no account and no file, only adds one anonymous message,
 * and a visitor held up by the maintenance should be able to say so.
 */
export const sendFeedbackAction = stateAction({
  guard: "public",
  bound: [bound.locale],
  schema: portalFeedbackSchema,
  duringMaintenance: "allow",
  run: async ({ args: [locale], input, formData }) => {
    const sent = await sendPortalFeedback(input, { ip: clientIp(await headers()), locale });
    if (!sent.ok)
      return formFailure("FeedbackPage.errors.tooMany", formData, {
        minutes: Math.ceil(sent.retryAfterSeconds / 60),
      });
    redirect(withFlash(`/${locale}/feedback`, { done: "sent" }));
  },
});
