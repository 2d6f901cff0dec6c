"use server";

import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { revalidatePath } from "next/cache";
import { registerSchema } from "@/lib/accounts/schemas";
import { checkPassword } from "@/lib/accounts/password-policy";
import { register } from "@/lib/accounts/registration";
import { verifyHumanCheck } from "@/lib/human-check";
import { clientIp } from "@/lib/http/client-ip";
import { bound, stateAction } from "@/lib/forms/action";
import { echoValues, formFailure, type FormState } from "@/lib/forms/state";

export const registerAction = stateAction({
  guard: "public",
  bound: [bound.locale],
  schema: registerSchema,
  run: async ({ args: [locale], input, formData }) => {
    const passwordProblem = checkPassword(input.password, input);
    if (passwordProblem) return fieldFailure("password", passwordProblem, formData);

    // Checked last: a proof is good once, so it is not spent on a form that had other errors.
    // The widget's fields are the human check's own (lib/human-check reads them from the form).
    if (!(await verifyHumanCheck(formData))) {
      revalidatePath(`/${locale}/register`);
      return fieldFailure("humanCheck", "humanCheckFailed", formData);
    }

    const limit = await register(input, { ip: clientIp(await headers()) });
    if (!limit.allowed) {
      return formFailure("Validation.tooManyAttempts", formData, { minutes: Math.ceil(limit.retryAfterSeconds / 60) });
    }
    redirect(`/${locale}/register/check-email`);
  },
});

function fieldFailure(field: string, message: string, formData: FormData): FormState {
  return { status: "error", fieldErrors: { [field]: message }, values: echoValues(formData), submittedAt: Date.now() };
}
