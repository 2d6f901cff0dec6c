"use server";

import { notFound, redirect } from "next/navigation";
import { z } from "zod";
import type { SessionUser } from "@/lib/auth/session";
import { getApplication, type ApplicationView } from "@/lib/applications/queries";
import { applyEvent, removeListItem, saveListItem, saveSection } from "@/lib/applications/commands";
import { nextSection } from "@/lib/applications/engine";
import { readFields } from "@/lib/applications/fields";
import { sendDisclosureRequests } from "@/lib/disclosures/requests";
import { deleteDocument } from "@/lib/documents/commands";
import { pathAfterUpload, uploadApplicationDocument } from "@/lib/documents/uploads";
import { payFeesAndSubmit } from "@/lib/payments/orders";
import { answerInformationRequest } from "@/lib/applications/review";
import { bound, redirectAction } from "@/lib/forms/action";
import { withFlash } from "@/lib/forms/flash";
import type { AppLocale } from "@/lib/i18n/routing";

/**
 * The application's forms. Each action checks the session and passes the user to the data layer,
 * which finds only the user's own draft; anything else is a 404. Answers are saved before anything
 * is checked, so an error never loses what was typed: the page then shows what is missing.
 */

/**
 * The buttons and hidden fields every section form has: "Save and come back later" or "Continue",
 * and where the form was opened from. The section's own answers are read by readFields, from the
 * fields its kind declares.
 */
const navigationSchema = z.object({
  intent: z.enum(["continue", "save"]).catch("continue"),
  return: z.enum(["review", "application"]).optional().catch(undefined),
});
type Navigation = z.output<typeof navigationSchema>;

async function ownDraft(user: SessionUser, id: string): Promise<ApplicationView> {
  const application = await getApplication(user, id);
  if (!application || application.userId !== user.id) notFound();
  return application;
}

/** Where "Continue" leads once a section is complete: the review when changing from it, else the next section. */
function pathAfter(locale: AppLocale, application: ApplicationView, sectionId: string, navigation: Navigation): string {
  const base = `/${locale}/applications/${application.id}`;
  if (navigation.intent === "save") return withFlash(base, { done: "saved" });
  if (navigation.return === "review") return `${base}/review`;
  const next = nextSection(application.kindDefinition, sectionId, application.answers);
  return next ? `${base}/${next.id}` : `${base}/review`;
}

/** The form again, showing what is missing. */
function withErrors(path: string, navigation: Navigation): string {
  return withFlash(path, { error: "incomplete" }, navigation.return === "review" ? { return: "review" } : {});
}

export const saveSectionAction = redirectAction({
  guard: "user",
  bound: [bound.locale, bound.id, bound.name],
  schema: navigationSchema,
  run: async ({ user, args: [locale, id, sectionId], input, formData }) => {
    const application = await ownDraft(user, id);
    const section = application.kindDefinition.sections.find((candidate) => candidate.id === sectionId);
    if (!section || section.page !== "form") notFound();
    const values = readFields(section.fields, formData);
    const saved = await saveSection(user, id, sectionId, values);
    if (!saved.ok) redirect(`/${locale}/applications/${id}`);
    if (!saved.complete && input.intent === "continue")
      redirect(withErrors(`/${locale}/applications/${id}/${sectionId}`, input));
    // The next section as the answers now stand: this one may call for a section (an operator's sites).
    const answers = { ...application.answers, [sectionId]: values };
    redirect(pathAfter(locale, { ...application, answers }, sectionId, input));
  },
});

/** "Continue" from a list or the documents page: nothing to save, but the section must be complete. */
export const continueFromSectionAction = redirectAction({
  guard: "user",
  bound: [bound.locale, bound.id, bound.name],
  schema: navigationSchema,
  run: async ({ user, args: [locale, id, sectionId], input }) => {
    const application = await ownDraft(user, id);
    const state = application.sections.find((candidate) => candidate.id === sectionId);
    if (!state) notFound();
    if (state.status !== "completed" && input.intent === "continue")
      redirect(withErrors(`/${locale}/applications/${id}/${sectionId}`, input));
    redirect(pathAfter(locale, application, sectionId, input));
  },
});

export const saveItemAction = redirectAction({
  guard: "user",
  // A list item's key lives in the answers (checked there), not a record id.
  bound: [bound.locale, bound.id, bound.name, bound.optionalName],
  schema: navigationSchema,
  run: async ({ user, args: [locale, id, sectionId, itemId], input, formData }) => {
    const application = await ownDraft(user, id);
    const section = application.kindDefinition.sections.find((candidate) => candidate.id === sectionId);
    if (!section || section.page !== "list") notFound();
    const saved = await saveListItem(user, id, sectionId, itemId, readFields(section.fields, formData));
    if (!saved.ok) redirect(`/${locale}/applications/${id}/${sectionId}`);
    const listPath = `/${locale}/applications/${id}/${sectionId}${input.return === "review" ? "?return=review" : ""}`;
    if (input.intent === "save") redirect(withFlash(`/${locale}/applications/${id}`, { done: "saved" }));
    if (!saved.complete) redirect(withErrors(`/${locale}/applications/${id}/${sectionId}/${saved.itemId}`, input));
    redirect(listPath);
  },
});

export const removeItemAction = redirectAction({
  guard: "user",
  bound: [bound.locale, bound.id, bound.name, bound.name],
  schema: z.object({}),
  run: async ({ user, args: [locale, id, sectionId, itemId] }) => {
    await ownDraft(user, id);
    await removeListItem(user, id, sectionId, itemId);
    redirect(`/${locale}/applications/${id}/${sectionId}`);
  },
});

export const sendDisclosuresAction = redirectAction({
  guard: "user",
  bound: [bound.locale, bound.id, bound.name],
  schema: z.object({}),
  run: async ({ user, args: [locale, id, sectionId] }) => {
    await ownDraft(user, id);
    const result = await sendDisclosureRequests(user, id, sectionId, locale);
    const base = `/${locale}/applications/${id}/${sectionId}`;
    if (!result.ok && result.reason === "tooManyEmails")
      redirect(withFlash(base, { error: "tooManyEmails" }, { minutes: Math.ceil(result.retryAfterSeconds / 60) }));
    redirect(
      result.ok ? withFlash(base, { done: "sent" }, { count: result.sent }) : withFlash(base, { error: "incomplete" }),
    );
  },
});

/**
 * A document from the documents page without JavaScript (the script posts to the upload route).
 * The file and its requirement are read by uploadApplicationDocument, shared with that route.
 */
export const uploadDocumentAction = redirectAction({
  guard: "user",
  bound: [bound.locale, bound.id],
  schema: navigationSchema.pick({ return: true }),
  run: async ({ user, args: [locale, id], input, formData }) => {
    await ownDraft(user, id);
    const outcome = await uploadApplicationDocument(user, id, formData);
    // A document sent with an answer to a request for information returns to the application page.
    if (input.return === "application") {
      const page = `/${locale}/applications/${id}#request-title`;
      redirect(outcome.ok ? page : withFlash(page, { error: outcome.code }));
    }
    redirect(pathAfterUpload(locale, id, outcome));
  },
});

/** The answer to a request for information: back to the officer's queue. */
export const answerInformationAction = redirectAction({
  guard: "user",
  bound: [bound.locale, bound.id],
  // An empty answer is refused by answerInformationRequest, with its own message.
  schema: z.object({ answer: z.string().catch("") }),
  run: async ({ user, args: [locale, id], input }) => {
    const result = await answerInformationRequest(user, id, input.answer);
    if (!result.ok && result.reason === "notFound") notFound();
    redirect(withFlash(`/${locale}/applications/${id}`, result.ok ? { done: "answered" } : { error: result.reason }));
  },
});

export const removeDocumentAction = redirectAction({
  guard: "user",
  bound: [bound.locale, bound.id, bound.id],
  schema: z.object({}),
  run: async ({ user, args: [locale, id, documentId] }) => {
    await ownDraft(user, id);
    await deleteDocument(user, documentId);
    redirect(withFlash(`/${locale}/applications/${id}/documents`, { done: "removed" }));
  },
});

/**
 * "Pay fees and submit": the declaration must be ticked and nothing may be missing; the
 * application then waits for its payment, with its order, on the order summary.
 */
export const declareAndPayAction = redirectAction({
  guard: "user",
  bound: [bound.locale, bound.id],
  schema: z.object({ declaration: z.enum(["yes"]).optional().catch(undefined) }),
  run: async ({ user, args: [locale, id], input }) => {
    const application = await ownDraft(user, id);
    const base = `/${locale}/applications/${id}`;
    if (!application.canSubmit) redirect(`${base}/review`);
    if (input.declaration !== "yes") redirect(withFlash(`${base}/fees`, { error: "declarationRequired" }));
    const submitted = await payFeesAndSubmit(user, id, locale);
    redirect(submitted.ok ? `${base}/payment` : `${base}/review`);
  },
});

/** "Submit" for what owes nothing (a report, an eligibility): straight to the Commission, no order. */
export const submitWithoutFeeAction = redirectAction({
  guard: "user",
  bound: [bound.locale, bound.id],
  schema: z.object({}),
  run: async ({ user, args: [locale, id] }) => {
    await ownDraft(user, id);
    const result = await applyEvent(user, id, "submit", "applicant");
    const base = `/${locale}/applications/${id}`;
    redirect(result.ok ? withFlash(base, { done: "submitted" }) : `${base}/review`);
  },
});

export const withdrawAction = redirectAction({
  guard: "user",
  bound: [bound.locale, bound.id],
  schema: z.object({}),
  run: async ({ user, args: [locale, id] }) => {
    const result = await applyEvent(user, id, "withdraw", "applicant");
    if (!result.ok && result.reason === "notFound") notFound();
    const page = `/${locale}/applications/${id}`;
    redirect(result.ok ? withFlash(page, { done: "withdrawn" }) : page);
  },
});
