"use server";

import { notFound, redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { z } from "zod";
import { MAX_OPEN_DRAFTS, startApplication } from "@/lib/applications/commands";
import { readFields } from "@/lib/applications/fields";
import type { RuleBreach } from "@/lib/applications/outcome";
import { bound, stateAction } from "@/lib/forms/action";
import { echoValues, fieldErrorsFrom, formFailure, type FormState } from "@/lib/forms/state";
import { withDynamicKeys } from "@/lib/i18n/message-keys";
import type { AppLocale } from "@/lib/i18n/routing";
import { translatedFieldErrors } from "@/components/applications/field-errors";
import { readableRuleValues } from "@/components/applications/rule-values";
import { cataloguedKind, startSectionOf, type CataloguedKind } from "./catalogued-kind";
import { applicantSchema, breachErrorId, startOptionsFor } from "./start-choices";

/** The applicant and the start questions are checked together, so every problem shows at once. */
const startFormSchema = z.object({ applicant: z.string().max(100, { error: "applicationEntityRequired" }).optional() });

/**
 * Starts a draft of the kind the page offers. The start questions (a kind's `startSection`) are
 * read as the section's own page reads them and judged by startApplication, with the kind's rules:
 * a broken rule starts nothing and is shown with what was typed.
 */
export const startKindAction = stateAction({
  guard: "user",
  bound: [bound.locale, bound.name],
  schema: startFormSchema,
  run: async ({ user, args: [locale, kindId], input, formData }) => {
    const kind = cataloguedKind(kindId);
    if (!kind) notFound();
    const start = startSectionOf(kind);
    const startAnswers = start ? readFields(start.fields, formData) : undefined;
    const applicant = applicantSchema(kind).safeParse({ applicant: input.applicant });
    // Field errors of a kind's questions are translated here: an address part's message names its address.
    const errors = {
      ...(applicant.success ? {} : fieldErrorsFrom(applicant.error)),
      ...(start ? await translatedFieldErrors(start.fields, startAnswers, kind.messages) : {}),
    };
    if (!applicant.success || Object.keys(errors).length > 0) return failed(formData, errors);

    const started = await startApplication(user, kind.id, {
      ...startOptionsFor(applicant.data.applicant),
      ...(startAnswers ? { startAnswers } : {}),
    });
    if (started.ok) redirect(`/${locale}/applications/${started.id}`);
    switch (started.reason) {
      case "unknownKind":
        return notFound();
      case "entityNotLinked":
        return failed(formData, { applicant: "applicationEntityRequired" });
      case "tooManyDrafts":
        return formFailure("StartApplicationPage.tooManyDrafts", formData, { max: MAX_OPEN_DRAFTS });
      case "startAnswers":
        return failed(formData, start ? await translatedFieldErrors(start.fields, startAnswers, kind.messages) : {});
      case "licenceNotFound":
        return failed(formData, await licenceNotFound(kind, locale));
      case "blocked":
        return failed(formData, await breachMessages(kind, locale, started.breaches));
    }
  },
});

function failed(formData: FormData, fieldErrors: Record<string, string>): FormState {
  return { status: "error", fieldErrors, values: echoValues(formData), submittedAt: Date.now() };
}

/** Beside the quoted number: the kind's own words for a licence it cannot be made for, or the page's. */
async function licenceNotFound(kind: CataloguedKind, locale: AppLocale): Promise<Record<string, string>> {
  const field = kind.onLicence?.numberAnswer?.field;
  if (!field) return {};
  const t = withDynamicKeys(await getTranslations({ locale, namespace: kind.messages }));
  const message = t.has("rules.licenceNotFound")
    ? t("rules.licenceNotFound")
    : (await getTranslations({ locale, namespace: "StartApplicationPage" }))("licenceNotFound");
  return { [field]: message };
}

/** Each broken rule once, in the kind's words with its values, under an id the summary links to. */
async function breachMessages(
  kind: CataloguedKind,
  locale: AppLocale,
  breaches: readonly RuleBreach[],
): Promise<Record<string, string>> {
  const t = withDynamicKeys(await getTranslations({ locale, namespace: kind.messages }));
  const fallback = (await getTranslations({ locale, namespace: "StartApplicationPage" }))("ruleBroken");
  const messages = [
    ...new Set(
      breaches.map((breach) =>
        t.has(`rules.${breach.rule}`) ? t(`rules.${breach.rule}`, readableRuleValues(breach.values, locale)) : fallback,
      ),
    ),
  ];
  return Object.fromEntries(messages.map((message, index) => [breachErrorId(index), message]));
}
