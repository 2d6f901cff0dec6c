"use server";

import { redirect } from "next/navigation";
import { handleChangeRequest, handleChangeRequestSchema } from "@/lib/licences/change-requests";
import { bound, redirectAction } from "@/lib/forms/action";
import { withFlash } from "@/lib/forms/flash";

export const handleChangeRequestAction = redirectAction({
  guard: { permission: "handleChangeRequests" },
  bound: [bound.locale],
  schema: handleChangeRequestSchema,
  // An empty reply: back to the list, where the request is still open.
  invalid: ({ args: [locale] }) => redirect(withFlash(`/${locale}/admin/change-requests`, { error: "replyRequired" })),
  run: async ({ user: staff, args: [locale], input }) => {
    await handleChangeRequest(staff, input);
    redirect(`/${locale}/admin/change-requests`);
  },
});
