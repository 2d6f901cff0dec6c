"use server";

import { notFound, redirect } from "next/navigation";
import { requireUserForAction } from "@/lib/auth/guards";
import { applyEvent, getApplication, removeListItem, saveListItem, saveSection, type ApplicationView } from "@/lib/applications/data";
import { nextSection } from "@/lib/applications/engine";
import { readFields } from "@/lib/applications/fields";
import { sendDisclosureRequests } from "@/lib/disclosures/requests";
import { deleteDocument } from "@/lib/documents/service";
import { pathAfterUpload, uploadApplicationDocument } from "@/lib/documents/uploads";
import { payFeesAndSubmit } from "@/lib/payments/orders";
import { answerInformationRequest } from "@/lib/applications/review";
import type { AppLocale } from "@/lib/i18n/routing";
import { assertActionLocale } from "@/lib/i18n/server";

/**
 * The application's forms. Each action checks the session and passes the user to the data layer,
 * which finds only the user's own draft; anything else is a 404. Answers are saved before anything
 * is checked, so an error never loses what was typed: the page then shows what is missing.
 */

type Intent = "continue" | "save";

function intentOf(formData: FormData): Intent {
  return formData.get("intent") === "save" ? "save" : "continue";
}

function returnsToReview(formData: FormData): boolean {
  return formData.get("return") === "review";
}

async function ownDraft(id: string): Promise<{ user: Awaited<ReturnType<typeof requireUserForAction>>; application: ApplicationView }> {
  const user = await requireUserForAction();
  const application = await getApplication(user, id);
  if (!application || application.userId !== user.id) notFound();
  return { user, application };
}

/** Where "Continue" leads once a section is complete: the review when changing from it, else the next section. */
function pathAfter(locale: AppLocale, application: ApplicationView, sectionId: string, formData: FormData): string {
  const base = `/${locale}/applications/${application.id}`;
  if (intentOf(formData) === "save") return `${base}?saved=1`;
  if (returnsToReview(formData)) return `${base}/review`;
  const next = nextSection(application.kindDefinition, sectionId);
  return next ? `${base}/${next.id}` : `${base}/review`;
}

function withErrors(path: string, formData: FormData): string {
  return `${path}?errors=1${returnsToReview(formData) ? "&return=review" : ""}`;
}

export async function saveSectionAction(locale: AppLocale, id: string, sectionId: string, formData: FormData): Promise<void> {
  assertActionLocale(locale);
  const { user, application } = await ownDraft(id);
  const section = application.kindDefinition.sections.find((candidate) => candidate.id === sectionId);
  if (!section || section.page !== "form") notFound();
  const saved = await saveSection(user, id, sectionId, readFields(section.fields, formData));
  if (!saved.ok) redirect(`/${locale}/applications/${id}`);
  if (!saved.complete && intentOf(formData) === "continue") redirect(withErrors(`/${locale}/applications/${id}/${sectionId}`, formData));
  redirect(pathAfter(locale, application, sectionId, formData));
}

/** "Continue" from a list or the documents page: nothing to save, but the section must be complete. */
export async function continueFromSectionAction(locale: AppLocale, id: string, sectionId: string, formData: FormData): Promise<void> {
  assertActionLocale(locale);
  const { application } = await ownDraft(id);
  const state = application.sections.find((candidate) => candidate.id === sectionId);
  if (!state) notFound();
  if (state.status !== "completed" && intentOf(formData) === "continue") redirect(withErrors(`/${locale}/applications/${id}/${sectionId}`, formData));
  redirect(pathAfter(locale, application, sectionId, formData));
}

export async function saveItemAction(locale: AppLocale, id: string, sectionId: string, itemId: string | null, formData: FormData): Promise<void> {
  assertActionLocale(locale);
  const { user, application } = await ownDraft(id);
  const section = application.kindDefinition.sections.find((candidate) => candidate.id === sectionId);
  if (!section || section.page !== "list") notFound();
  const saved = await saveListItem(user, id, sectionId, itemId, readFields(section.fields, formData));
  if (!saved.ok) redirect(`/${locale}/applications/${id}/${sectionId}`);
  const listPath = `/${locale}/applications/${id}/${sectionId}${returnsToReview(formData) ? "?return=review" : ""}`;
  if (intentOf(formData) === "save") redirect(`/${locale}/applications/${id}?saved=1`);
  if (!saved.complete) redirect(withErrors(`/${locale}/applications/${id}/${sectionId}/${saved.itemId}`, formData));
  redirect(listPath);
}

export async function removeItemAction(locale: AppLocale, id: string, sectionId: string, itemId: string): Promise<void> {
  assertActionLocale(locale);
  const { user } = await ownDraft(id);
  await removeListItem(user, id, sectionId, itemId);
  redirect(`/${locale}/applications/${id}/${sectionId}`);
}

export async function sendDisclosuresAction(locale: AppLocale, id: string, sectionId: string): Promise<void> {
  assertActionLocale(locale);
  const { user } = await ownDraft(id);
  const result = await sendDisclosureRequests(user, id, sectionId, locale);
  const base = `/${locale}/applications/${id}/${sectionId}`;
  if (!result.ok && result.reason === "tooManyEmails") redirect(`${base}?sendError=tooManyEmails&minutes=${Math.ceil(result.retryAfterSeconds / 60)}`);
  redirect(result.ok ? `${base}?sent=${result.sent}` : `${base}?errors=1`);
}

export async function uploadDocumentAction(locale: AppLocale, id: string, formData: FormData): Promise<void> {
  assertActionLocale(locale);
  const { user } = await ownDraft(id);
  const outcome = await uploadApplicationDocument(user, id, formData);
  // A document sent with an answer to a request for information returns to the application page.
  if (formData.get("return") === "application") redirect(`/${locale}/applications/${id}${outcome.ok ? "" : `?uploadError=${outcome.code}`}#request-title`);
  redirect(pathAfterUpload(locale, id, outcome));
}

/** The answer to a request for information: back to the officer's queue. */
export async function answerInformationAction(locale: AppLocale, id: string, formData: FormData): Promise<void> {
  assertActionLocale(locale);
  const user = await requireUserForAction();
  const result = await answerInformationRequest(user, id, String(formData.get("answer") ?? ""));
  if (!result.ok && result.reason === "notFound") notFound();
  redirect(`/${locale}/applications/${id}${result.ok ? "?answered=1" : `?error=${result.reason}`}`);
}

export async function removeDocumentAction(locale: AppLocale, id: string, documentId: string): Promise<void> {
  assertActionLocale(locale);
  const { user } = await ownDraft(id);
  await deleteDocument(user, documentId);
  redirect(`/${locale}/applications/${id}/documents?removed=1`);
}

/**
 * "Pay fees and submit": the declaration must be ticked and nothing may be missing; the
 * application then waits for its payment, with its order, on the order summary.
 */
export async function declareAndPayAction(locale: AppLocale, id: string, formData: FormData): Promise<void> {
  assertActionLocale(locale);
  const { user, application } = await ownDraft(id);
  const base = `/${locale}/applications/${id}`;
  if (application.missing.length > 0) redirect(`${base}/review`);
  if (formData.get("declaration") !== "yes") redirect(`${base}/fees?errors=1`);
  const submitted = await payFeesAndSubmit(user, id, locale);
  redirect(submitted.ok ? `${base}/payment` : `${base}/review`);
}

export async function withdrawAction(locale: AppLocale, id: string): Promise<void> {
  assertActionLocale(locale);
  const user = await requireUserForAction();
  const result = await applyEvent(user, id, "withdraw", "applicant");
  if (!result.ok && result.reason === "notFound") notFound();
  redirect(`/${locale}/applications/${id}${result.ok ? "?withdrawn=1" : ""}`);
}
