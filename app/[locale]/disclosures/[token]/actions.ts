"use server";

import { redirect } from "next/navigation";
import { z } from "zod";
import { readFields } from "@/lib/applications/fields";
import { allDisclosureFields } from "@/lib/disclosures/form";
import { saveDisclosure } from "@/lib/disclosures/requests";
import { bound, redirectAction } from "@/lib/forms/action";
import { withFlash } from "@/lib/forms/flash";

/**
 * No session here: the single-use link is the person's only credential, checked again on every
 * save. What they typed is kept even when incomplete, and the page shows what is missing. The
 * answers are the declared disclosure fields, read by readFields (as an application section's are);
 * saveDisclosure keeps those of the link's own form.
 */
export const saveDisclosureAction = redirectAction({
  guard: "public",
  bound: [bound.locale, bound.name],
  schema: z.object({}),
  run: async ({ args: [locale, token], formData }) => {
    const result = await saveDisclosure(token, readFields(allDisclosureFields, formData));
    const path = `/${locale}/disclosures/${encodeURIComponent(token)}`;
    if (result.ok && result.completed) redirect(withFlash(path, { done: "completed" }));
    redirect(result.ok ? withFlash(path, { error: "incomplete" }) : path);
  },
});
